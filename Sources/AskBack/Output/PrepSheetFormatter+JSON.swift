extension PrepSheetFormatter {
  /// The JSON value of `sheet`, in the shape documented on ``PrepSheetFormatter``.
  public static func json(_ sheet: PrepSheet) -> JSONValue {
    let optional = { (text: String?) in text.map(JSONValue.string) ?? .null }
    func groups(_ groups: [PrepSheet.Group]?) -> JSONValue {
      guard let groups else { return .null }
      return .array(
        groups.map { group in
          .object([
            ("heading", .string(group.heading)),
            (
              "questions",
              .array(
                group.items.map {
                  .object([
                    ("number", .number(Double($0.number))), ("id", .string($0.id)),
                    ("text", .string($0.text)), ("category", .string($0.category.rawValue)),
                  ])
                })
            ),
          ])
        })
    }
    func step(_ step: FollowUpPlan.Step) -> JSONValue {
      .object([
        ("kind", .string(step.kind.rawValue)), ("number", .number(Double(step.number))),
        ("date", optional(step.date?.description)), ("timing", .string(step.timing)),
        ("action", .string(step.action)), ("subject", .string(step.draft.subject)),
        ("body", .string(step.draft.body)),
      ])
    }
    return .object([
      ("title", .string(sheet.title)),
      ("stage", .string(sheet.stage.rawValue)),
      ("role", optional(sheet.job.role)),
      ("company", optional(sheet.job.company)),
      ("occupation", optional(sheet.job.occupation)),
      ("interview_date", optional(sheet.interviewDate?.description)),
      ("decision_date", optional(sheet.decisionDate?.description)),
      ("interviewers", .array(sheet.interviewers.map(JSONValue.string))),
      (
        "facts",
        .array(
          sheet.job.facts.map {
            .object([
              ("topic", .string($0.topic.rawValue)), ("label", .string($0.label)),
              ("evidence", .string($0.evidence)),
            ])
          })
      ),
      ("notes", .array(sheet.notes.map(JSONValue.string))),
      ("questions", groups(sheet.questions)),
      ("closing", groups(sheet.closing)),
      ("self_assessment", sheet.selfAssessment.map { .array($0.map(JSONValue.string)) } ?? .null),
      (
        "thank_you",
        sheet.thankYouNotes.map { notes in
          .array(
            notes.map {
              .object([
                ("to", optional($0.to)), ("subject", .string($0.draft.subject)),
                ("body", .string($0.draft.body)),
              ])
            })
        } ?? .null
      ),
      (
        "follow_up",
        sheet.followUp.map { plan in
          .object([
            ("steps", .array(plan.steps.map(step))),
            ("feedback_request", step(plan.feedbackRequest)),
          ])
        } ?? .null
      ),
      ("offer", groups(sheet.offer)),
    ])
  }
}
