import AskBack

/// What the page shows: the form's values and, after a submit, the result or an error.
public struct PageModel: Sendable {
  public var text = ""
  public var stage = ""
  public var stages: [String] = []
  public var top = 10
  public var maximumTop = 100
  public var date = ""
  public var decisionDate = ""
  public var interviewers = ""
  public var result: PageResult?
  public var error: String?
  public var version = ""

  public init() {}
}

/// A recommendation as the page shows it: plain strings, grouped as the command line groups them.
public struct PageResult: Sendable {
  public var headline: String
  public var role: String?
  public var company: String?
  public var stage: String
  public var date = ""
  public var decisionDate = ""
  public var interviewers = ""
  public var notes: [String] = []
  /// Category headings with their questions, in reading order.
  public var groups: [(heading: String, questions: [String])] = []
  /// The same list as plain text, for "Copy as text".
  public var plainText = ""

  public init(headline: String, role: String?, company: String?, stage: String) {
    self.headline = headline
    self.role = role
    self.company = company
    self.stage = stage
  }
}

/// The page's HTML, written here; the stylesheet and script are in ``PageAssets``.
///
/// Every text that comes from a posting or a user goes through ``escape(_:)``. The page has no
/// inline script or style (the Content-Security-Policy forbids them) and works without
/// JavaScript: the form posts to `/` and the server renders the result; the download buttons
/// post the same form to `/v1/prep`. With JavaScript, the script reads a dropped or chosen file,
/// submits in place, and adds Print and Copy.
public enum Page {
  /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references.
  ///
  /// - Complexity: O(n).
  public static func escape(_ text: String) -> String { HTMLDocument.escape(text) }

  /// A stage's name for people: `first-round` → `First round`.
  static func label(_ stage: String) -> String {
    let words = stage.replacingDashes()
    return words.prefix(1).uppercased() + words.dropFirst()
  }

  /// The whole page.
  public static func render(_ model: PageModel) -> String {
    var html = documentStart(title: "AskBack: questions to ask the interviewer")
    html += """
      <header class="banner"><div class="wrap">
      <h1>AskBack</h1>
      <p>Paste a job posting and get the questions to ask the interviewer. It runs on this \
      computer: nothing you paste is stored or sent anywhere.</p>
      </div></header>
      <main class="wrap">
      <form id="ask" method="post" action="/">
      <div class="field">
      <label for="text">Job posting</label>
      <textarea id="text" name="text" rows="14" required \
      aria-describedby="text-hint">\(escape(model.text))</textarea>
      <p class="hint" id="text-hint">Paste the text of the posting<span class="js-only" \
      hidden>, or drop a .txt file on the box</span>.</p>
      </div>
      <div class="field js-only" hidden>
      <label for="file">Or choose a text file</label>
      <input type="file" id="file" accept=".txt,text/plain">
      </div>
      <div class="row">
      <div class="field"><label for="stage">Interview stage</label>
      <select id="stage" name="stage">\n
      """
    for stage in model.stages {
      let selected = stage == model.stage ? " selected" : ""
      html += "<option value=\"\(escape(stage))\"\(selected)>\(escape(label(stage)))</option>\n"
    }
    html += """
      </select></div>
      <div class="field"><label for="top">Number of questions</label>
      <input type="number" id="top" name="top" min="1" max="\(model.maximumTop)" \
      value="\(model.top)"></div>
      <div class="field"><label for="interview-date">Interview date (optional)</label>
      <input type="date" id="interview-date" name="interview_date" \
      value="\(escape(model.date))"></div>
      <div class="field"><label for="decision-date">Decision expected (optional)</label>
      <input type="date" id="decision-date" name="decision_date" \
      value="\(escape(model.decisionDate))"></div>
      <div class="field"><label for="interviewers">Interviewers (optional)</label>
      <input type="text" id="interviewers" name="interviewers" autocomplete="off" \
      aria-describedby="interviewers-hint" value="\(escape(model.interviewers))">
      <p class="hint" id="interviewers-hint">Names separated by commas.</p></div>
      </div>
      <button type="submit" id="submit" class="primary">Get my questions</button>
      </form>
      <section id="result" aria-live="polite">\n
      """
    if let error = model.error {
      html += "<p class=\"error\" role=\"alert\">\(escape(error))</p>\n"
    }
    if let result = model.result {
      html += sheet(result, headingLevel: 2)
      html += """
        <div class="actions">
        <button type="button" id="print" class="js-only" hidden>Print</button>
        <button type="button" id="copy" class="js-only" hidden>Copy as text</button>
        <button type="submit" form="ask" \
        formaction="/v1/prep?format=markdown&amp;download=1">Download prep sheet (Markdown)</button>
        <button type="submit" form="ask" \
        formaction="/v1/prep?format=html&amp;download=1">Download prep sheet (HTML)</button>\n
        """
      if !result.date.isEmpty {
        html += """
          <button type="submit" form="ask" \
          formaction="/v1/prep?format=ics&amp;download=1">Download follow-up calendar (ICS)</button>\n
          """
      }
      html += """
        <span id="copy-status" class="hint" role="status"></span>
        </div>
        <pre id="plain" hidden>\(escape(result.plainText))</pre>\n
        """
    }
    html += """
      </section>
      </main>
      <footer class="wrap"><p>AskBack \(escape(model.version)). Your posting stays on this \
      machine.</p></footer>
      </body>
      </html>\n
      """
    return html
  }

  /// `<!doctype html>` to `<body>`, with the stylesheet and script of this server.
  static func documentStart(title: String) -> String {
    HTMLDocument.documentStart(
      title: title,
      head: """
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/style.css">
        <script src="/app.js" defer></script>
        """)
  }

  /// The headline, facts, notes and grouped questions.
  static func sheet(_ result: PageResult, headingLevel level: Int) -> String {
    var html = "<article class=\"sheet\">\n"
    html +=
      "<h\(level) id=\"result-title\" tabindex=\"-1\">\(escape(result.headline))</h\(level)>\n"
    var facts: [(String, String)] = [
      ("Role", result.role ?? "not found in the posting"),
      ("Company", result.company ?? "not found in the posting"),
      ("Stage", label(result.stage)),
    ]
    if !result.date.isEmpty { facts.append(("Interview date", result.date)) }
    if !result.decisionDate.isEmpty { facts.append(("Decision expected", result.decisionDate)) }
    if !result.interviewers.isEmpty { facts.append(("Interviewers", result.interviewers)) }
    html += "<dl class=\"facts\">\n"
    for (name, value) in facts {
      html += "<div><dt>\(escape(name))</dt><dd>\(escape(value))</dd></div>\n"
    }
    html += "</dl>\n"
    for note in result.notes { html += "<p class=\"note\">\(escape(note))</p>\n" }
    var number = 1
    let sub = min(level + 1, 6)
    for group in result.groups {
      html += "<h\(sub)>\(escape(group.heading))</h\(sub)>\n<ol start=\"\(number)\">\n"
      for question in group.questions { html += "<li>\(escape(question))</li>\n" }
      html += "</ol>\n"
      number += group.questions.count
    }
    if result.groups.isEmpty { html += "<p>No question fits this posting and stage.</p>\n" }
    return html + "</article>\n"
  }
}

extension String {
  /// The string with `-` read as spaces.
  fileprivate func replacingDashes() -> String {
    String(map { $0 == "-" ? " " : $0 })
  }
}
