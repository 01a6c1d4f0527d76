extension PrepSheetFormatter {
  /// The sheet as one self-contained HTML document (see ``HTMLDocument``), to read on a phone
  /// or print on A4 or Letter.
  ///
  /// Every text from the posting or the user is escaped. Each question, checklist item and
  /// follow-up step has a labelled checkbox; the questions of the stage's section have lines
  /// for notes in print.
  ///
  /// - Complexity: O(*n*) in the length of the sheet.
  public static func html(_ sheet: PrepSheet) -> String {
    let e = HTMLDocument.escape
    var body = "<h1>\(e(sheet.title))</h1>\n"
    let meta = metaLines(sheet)
    if !meta.isEmpty {
      body += "<p class=\"meta\">" + meta.map(e).joined(separator: "<br>") + "</p>\n"
    }
    for note in sheet.notes { body += "<p class=\"note\">\(e(note))</p>\n" }

    func open(_ id: String, _ heading: String, className: String? = nil) {
      let type = className.map { " class=\"\($0)\"" } ?? ""
      body += "<section id=\"\(id)\"\(type) aria-labelledby=\"\(id)-h\">\n"
      body += "<h2 id=\"\(id)-h\">\(e(heading))</h2>\n"
    }
    func close() { body += "</section>\n" }
    func groups(_ groups: [PrepSheet.Group], lines: Int) {
      if groups.isEmpty { body += "<p>No question fits this posting and stage.</p>\n" }
      for group in groups {
        body += "<div class=\"group\">\n<h3>\(e(group.heading))</h3>\n"
        body += HTMLDocument.checklist(
          group.items.map { (id: "q\($0.number)", number: $0.number, text: $0.text) },
          lines: lines)
        body += "</div>\n"
      }
    }
    /// A `<div>` of `<article>`s, one an element, each under its `<h3>` heading.
    func articles<Element>(
      _ container: String, _ item: String, _ elements: [Element],
      heading: (Element) -> String, content: (Element) -> Void
    ) {
      body += "<div class=\"\(container)\">\n"
      for element in elements {
        body += "<article class=\"\(item)\">\n<h3>\(e(heading(element)))</h3>\n"
        content(element)
        body += "</article>\n"
      }
      body += "</div>\n"
    }
    func draft(_ draft: Draft) {
      body += "<p class=\"subject\">Subject: \(e(draft.subject))</p>\n<div class=\"draft\">\n"
      for paragraph in paragraphs(draft.body) {
        body +=
          "<p>"
          + paragraph.split(separator: "\n").map { e(String($0)) }.joined(
            separator: "<br>") + "</p>\n"
      }
      body += "</div>\n"
    }

    open("job", PrepSheet.Heading.job, className: "job")
    body += "<dl class=\"facts\">\n"
    for (label, value) in jobLines(sheet.job) {
      body += "<div><dt>\(e(label))</dt><dd>\(e(value))</dd></div>\n"
    }
    body += "</dl>\n"
    if !sheet.job.facts.isEmpty {
      body += "<p class=\"intro\">\(e(factsIntro))</p>\n<dl class=\"facts\">\n"
      for (label, evidence) in factLines(sheet.job) {
        body += "<div><dt>\(e(label))</dt><dd>\(e(evidence))</dd></div>\n"
      }
      body += "</dl>\n"
    }
    close()
    if let questions = sheet.questions {
      open("questions", sheet.questionsHeading)
      groups(questions, lines: 2)
      close()
    }
    if let closing = sheet.closing {
      open("closing", PrepSheet.Heading.closing)
      body += "<p class=\"intro\">\(e(closingIntro))</p>\n"
      groups(closing, lines: sheet.questions == nil ? 2 : 0)
      close()
    }
    if let checklist = sheet.selfAssessment {
      open("assessment", PrepSheet.Heading.selfAssessment, className: "assessment")
      body += "<p class=\"intro\">\(e(selfAssessmentIntro))</p>\n"
      body += HTMLDocument.checklist(
        checklist.enumerated().map { (id: "a\($0.offset + 1)", number: nil, text: $0.element) },
        lines: 0)
      close()
    }
    if let notes = sheet.thankYouNotes {
      open("thank-you", PrepSheet.Heading.thankYou)
      body += "<p class=\"intro\">\(e(thankYouIntro(sheet)))</p>\n"
      articles(
        "letters", "letter", notes, heading: { $0.to.map { "To \($0)" } ?? "To the hiring team" }
      ) { draft($0.draft) }
      close()
    }
    if let plan = sheet.followUp {
      open("follow-up", PrepSheet.Heading.followUp)
      if !plan.steps.isEmpty { body += "<p class=\"intro\">\(e(followUpRules))</p>\n" }
      let steps = Array((plan.steps + [plan.feedbackRequest]).enumerated())
      articles("steps", "step", steps, heading: { when($0.element) }) { index, step in
        body += HTMLDocument.checklist(
          [(id: "f\(index + 1)", number: nil, text: step.action)], lines: 0)
        if let reference = draftReference(step, in: sheet) {
          body += "<p>\(e(reference))</p>\n"
        } else {
          draft(step.draft)
        }
      }
      close()
    }
    if let offer = sheet.offer {
      open("offer", PrepSheet.Heading.offer)
      groups(offer, lines: 2)
      close()
    }
    return HTMLDocument.page(title: sheet.title, body: body)
  }
}
