/// The self-contained HTML documents of the prep sheet and of `recommend --format html`: one
/// file, one inline stylesheet, no script, font, image or link to anywhere else.
///
/// The stylesheet reads on a phone (one column, text that wraps) and prints on A4 or Letter:
/// a print stylesheet with 9.5 pt text, ruled lines for notes under each question, groups,
/// letters and steps kept whole across pages, and headings kept with what follows. Colours meet
/// WCAG AA on white: body text #1b1f24 (16:1), headings #0b3d91 (10:1), secondary text
/// #4a5260 (7.9:1).
public enum HTMLDocument {
  /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe in element
  /// content and in quoted attribute values.
  ///
  /// - Complexity: O(*n*).
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    out.appendEscaping(text, characterReferences)
    return out
  }

  /// The characters ``escape(_:)`` replaces, with their references.
  static let characterReferences: [Unicode.Scalar: String] = [
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
  ]

  /// `<!doctype html>` to `<body>`: `lang`, the character set, the viewport, the escaped
  /// title, then `head` (the lines of stylesheets and scripts) as given.
  public static func documentStart(title: String, head: String) -> String {
    """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    \(head)
    </head>
    <body>\n
    """
  }

  /// A whole document: `<!doctype html>`, `lang`, the viewport, the title, the stylesheet and
  /// `body` inside `<main>`.
  public static func page(title: String, body: String) -> String {
    documentStart(title: title, head: "<style>\(styleElementText)</style>")
      + "<main class=\"sheet\">\n\(body)</main>\n</body>\n</html>\n"
  }

  /// The exact text of the documents' `<style>` element, for a Content-Security-Policy hash
  /// (`style-src 'sha256-…'`) when a server sends them.
  public static let styleElementText = "\n" + stylesheet

  /// The stylesheet of both documents, inlined in each.
  public static let stylesheet = """
    :root { color-scheme: light; }
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; color: #1b1f24; background: #ffffff;
      font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
      sans-serif; }
    main { max-width: 46rem; margin: 0 auto; padding: 1rem 1rem 2rem; overflow-wrap: break-word; }
    h1 { font-size: 1.45rem; line-height: 1.25; margin: 0.5rem 0; }
    h2 { font-size: 1.2rem; line-height: 1.3; color: #0b3d91; margin: 1.75rem 0 0.5rem;
      padding-bottom: 0.2rem; border-bottom: 2px solid #0b3d91; }
    h3 { font-size: 1.02rem; line-height: 1.3; margin: 1rem 0 0.3rem; }
    p { margin: 0.4rem 0; }
    .meta, .intro, .timing { color: #4a5260; }
    .meta { margin: 0 0 0.75rem; }
    .note { background: #fff8e1; border-left: 4px solid #8a4b00; padding: 0.4rem 0.75rem; }
    dl.facts { margin: 0.4rem 0; }
    dl.facts div { margin: 0.15rem 0; }
    dl.facts dt { display: inline; font-weight: 600; }
    dl.facts dt::after { content: ": "; }
    dl.facts dd { display: inline; margin: 0; }
    ul.checks { list-style: none; margin: 0.3rem 0; padding: 0; }
    ul.checks li { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0 0.5rem;
      margin: 0.35rem 0; }
    ul.checks input { flex: none; width: 1.05rem; height: 1.05rem; margin: 0.2rem 0 0; }
    ul.checks label { flex: 1 1 0; min-width: 0; }
    .number { font-weight: 600; font-variant-numeric: tabular-nums; }
    .lines { display: none; }
    .letter, .step { border: 1px solid #c9d1dc; border-radius: 0.4rem; padding: 0.5rem 0.85rem;
      margin: 0.6rem 0; }
    .letter h3, .step h3 { margin-top: 0.2rem; }
    .subject { font-weight: 600; }
    .draft p { margin: 0.45rem 0; }
    @media print {
      @page { margin: 12mm 13mm; }
      body { font-size: 9.5pt; line-height: 1.32; }
      main { max-width: none; padding: 0; }
      h1 { font-size: 14pt; margin-top: 0; }
      h2 { font-size: 11.5pt; margin: 9pt 0 3pt; color: #000000; border-color: #000000;
        border-bottom-width: 1pt; }
      h3 { font-size: 9.5pt; margin: 5pt 0 1pt; }
      h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
      p { margin: 2pt 0; }
      .meta { margin-bottom: 4pt; }
      .group, .letter, .step, ul.checks li, dl.facts, .job, .assessment {
        break-inside: avoid; page-break-inside: avoid; }
      ul.checks { margin: 1pt 0; }
      ul.checks li { margin: 1.5pt 0; }
      ul.checks input { width: 9pt; height: 9pt; margin-top: 1.5pt; }
      .lines { display: block; flex: 0 0 100%; padding-left: calc(9pt + 0.5rem); }
      .lines span { display: block; height: 1.15em; border-bottom: 0.5pt solid #8a94a3; }
      .letters, .steps { display: grid; grid-template-columns: 1fr 1fr; gap: 4pt 5mm;
        align-items: start; }
      .letter, .step { border-color: #8a94a3; border-radius: 2pt; padding: 2pt 6pt; margin: 0; }
      .letter h3, .step h3 { margin-top: 1pt; }
      .draft p { margin: 2pt 0; }
      .note { border-left-color: #000000; background: none; }
    }

    """

  /// The checklist of `items`: each a labelled checkbox with its number and, in print, `lines`
  /// ruled lines for notes.
  static func checklist(
    _ items: [(id: String, number: Int?, text: String)], lines: Int
  ) -> String {
    var html = "<ul class=\"checks\">\n"
    for item in items {
      let number = item.number.map { "<span class=\"number\">\($0).</span> " } ?? ""
      html +=
        "<li><input type=\"checkbox\" id=\"\(item.id)\">"
        + "<label for=\"\(item.id)\">\(number)\(escape(item.text))</label>"
      if lines > 0 {
        html +=
          "<span class=\"lines\" aria-hidden=\"true\">"
          + String(repeating: "<span></span>", count: lines) + "</span>"
      }
      html += "</li>\n"
    }
    return html + "</ul>\n"
  }
}

extension RecommendationFormatter {
  /// A self-contained HTML document of the questions, grouped under their headings, each with
  /// a box to tick and, in print, lines for notes; the same style as the prep sheet's.
  public static func html(_ recommendation: Recommendation) -> String {
    var body = "<h1>\(HTMLDocument.escape(headline(recommendation)))</h1>\n"
    for note in recommendation.notes {
      body += "<p class=\"note\">\(HTMLDocument.escape(note))</p>\n"
    }
    var number = 0
    for (category, items) in groups(recommendation.questions) {
      body += "<section class=\"group\">\n<h2>\(HTMLDocument.escape(category.heading))</h2>\n"
      body += HTMLDocument.checklist(
        items.map { item in
          number += 1
          return (id: "q\(number)", number: number, text: item.text)
        }, lines: 2)
      body += "</section>\n"
    }
    if recommendation.questions.isEmpty {
      body += "<p>No question fits this posting and stage.</p>\n"
    }
    return HTMLDocument.page(title: headline(recommendation), body: body)
  }
}
