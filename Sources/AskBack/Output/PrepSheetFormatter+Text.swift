extension PrepSheetFormatter {
  /// Plain text for a terminal `width` columns wide: sections underlined, questions with a
  /// `[ ]` box, letters indented.
  ///
  /// - Complexity: O(*n*) in the length of the sheet.
  public static func text(_ sheet: PrepSheet, width: Int = 80) -> String {
    var out = TextWrapping.wrap(sheet.title, width: width, first: "", rest: "")
    for line in metaLines(sheet) {
      out += TextWrapping.wrap(line, width: width, first: "", rest: "  ")
    }
    for note in sheet.notes {
      out += TextWrapping.wrap(note, width: width, first: "Note: ", rest: "  ")
    }

    func section(_ heading: String) {
      out += "\n" + heading + "\n" + String(repeating: "=", count: heading.count) + "\n"
    }
    func line(_ text: String, indent: String = "") {
      out += TextWrapping.wrap(text, width: width, first: indent, rest: indent)
    }
    func groups(_ groups: [PrepSheet.Group]) {
      for group in groups {
        out += "\n" + group.heading + "\n"
        for item in group.items {
          let label = "  [ ] \(item.number). "
          out += TextWrapping.wrap(
            item.text, width: width, first: label,
            rest: String(repeating: " ", count: label.count))
        }
      }
    }
    func draft(_ draft: Draft, indent: String) {
      line("Subject: " + draft.subject, indent: indent)
      for paragraph in paragraphs(draft.body) {
        out += "\n"
        for part in paragraph.split(separator: "\n") { line(String(part), indent: indent) }
      }
    }

    section(PrepSheet.Heading.job)
    for (label, value) in jobLines(sheet.job) {
      out += TextWrapping.wrap(value, width: width, first: label + ": ", rest: "  ")
    }
    if !sheet.job.facts.isEmpty {
      line(factsIntro)
      for (label, evidence) in factLines(sheet.job) {
        out += TextWrapping.wrap(evidence, width: width, first: "  \(label): ", rest: "    ")
      }
    }
    if let questions = sheet.questions {
      section(sheet.questionsHeading)
      if questions.isEmpty { line("No question fits this posting and stage.") }
      groups(questions)
    }
    if let closing = sheet.closing {
      section(PrepSheet.Heading.closing)
      line(closingIntro)
      groups(closing)
    }
    if let checklist = sheet.selfAssessment {
      section(PrepSheet.Heading.selfAssessment)
      line(selfAssessmentIntro)
      out += "\n"
      for item in checklist {
        out += TextWrapping.wrap(item, width: width, first: "  [ ] ", rest: "      ")
      }
    }
    if let notes = sheet.thankYouNotes {
      section(PrepSheet.Heading.thankYou)
      line(thankYouIntro(sheet))
      for note in notes {
        out += "\n" + (note.to.map { "To \($0)" } ?? "To the hiring team") + "\n"
        draft(note.draft, indent: "  ")
      }
    }
    if let plan = sheet.followUp {
      section(PrepSheet.Heading.followUp)
      if !plan.steps.isEmpty { line(followUpRules) }
      for step in plan.steps {
        out += "\n"
        line("[ ] " + when(step))
        line(step.action, indent: "    ")
        if let reference = draftReference(step, in: sheet) {
          line(reference, indent: "    ")
        } else {
          out += "\n"
          draft(step.draft, indent: "    ")
        }
      }
      out += "\n"
      line("[ ] " + when(plan.feedbackRequest))
      line(plan.feedbackRequest.action, indent: "    ")
      out += "\n"
      draft(plan.feedbackRequest.draft, indent: "    ")
    }
    if let offer = sheet.offer {
      section(PrepSheet.Heading.offer)
      if offer.isEmpty { line("No question fits this posting and stage.") }
      groups(offer)
    }
    return out
  }
}
