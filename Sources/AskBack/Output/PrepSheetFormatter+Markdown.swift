extension PrepSheetFormatter {
  /// Markdown for notes apps: `##` sections, `###` groups, task-list boxes, letters quoted.
  ///
  /// Text from the posting or the user is written as it is; Markdown readers that render
  /// HTML should escape it themselves.
  ///
  /// - Complexity: O(*n*) in the length of the sheet.
  public static func markdown(_ sheet: PrepSheet) -> String {
    var out = "# " + sheet.title + "\n"
    let meta = metaLines(sheet)
    if !meta.isEmpty { out += "\n" + meta.joined(separator: "  \n") + "\n" }
    for note in sheet.notes { out += "\n> \(note)\n" }

    func groups(_ groups: [PrepSheet.Group]) {
      for group in groups {
        out += "\n### \(group.heading)\n\n"
        for item in group.items { out += "- [ ] \(item.number). \(item.text)\n" }
      }
    }
    func draft(_ draft: Draft) {
      out += "\n**Subject:** \(draft.subject)\n\n"
      out +=
        paragraphs(draft.body).map { paragraph in
          paragraph.split(separator: "\n").map { "> " + $0 }.joined(separator: "  \n")
        }.joined(separator: "\n>\n") + "\n"
    }

    out += "\n## \(PrepSheet.Heading.job)\n\n"
    for (label, value) in jobLines(sheet.job) { out += "- **\(label):** \(value)\n" }
    if !sheet.job.facts.isEmpty {
      out += "\n\(factsIntro)\n\n"
      for (label, evidence) in factLines(sheet.job) { out += "- **\(label):** \(evidence)\n" }
    }
    if let questions = sheet.questions {
      out += "\n## \(sheet.questionsHeading)\n"
      if questions.isEmpty { out += "\nNo question fits this posting and stage.\n" }
      groups(questions)
    }
    if let closing = sheet.closing {
      out += "\n## \(PrepSheet.Heading.closing)\n\n\(closingIntro)\n"
      groups(closing)
    }
    if let checklist = sheet.selfAssessment {
      out += "\n## \(PrepSheet.Heading.selfAssessment)\n\n\(selfAssessmentIntro)\n\n"
      for item in checklist { out += "- [ ] \(item)\n" }
    }
    if let notes = sheet.thankYouNotes {
      out += "\n## \(PrepSheet.Heading.thankYou)\n\n\(thankYouIntro(sheet))\n"
      for note in notes {
        out += "\n### " + (note.to.map { "To \($0)" } ?? "To the hiring team") + "\n"
        draft(note.draft)
      }
    }
    if let plan = sheet.followUp {
      out += "\n## \(PrepSheet.Heading.followUp)\n"
      if !plan.steps.isEmpty { out += "\n\(followUpRules)\n" }
      for step in plan.steps + [plan.feedbackRequest] {
        out += "\n### \(when(step))\n\n- [ ] \(step.action)\n"
        if let reference = draftReference(step, in: sheet) {
          out += "\n\(reference)\n"
        } else {
          draft(step.draft)
        }
      }
    }
    if let offer = sheet.offer {
      out += "\n## \(PrepSheet.Heading.offer)\n"
      if offer.isEmpty { out += "\nNo question fits this posting and stage.\n" }
      groups(offer)
    }
    return out
  }
}
