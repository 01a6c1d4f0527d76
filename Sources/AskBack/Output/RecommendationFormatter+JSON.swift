extension RecommendationFormatter {
  /// The JSON value of `recommendation`.
  public static func json(_ recommendation: Recommendation) -> JSONValue {
    .object([
      ("role", recommendation.role.map(JSONValue.string) ?? .null),
      ("company", recommendation.company.map(JSONValue.string) ?? .null),
      ("occupations", .array(recommendation.occupations.map(json))),
      (
        "fields",
        .array(
          recommendation.fields.map {
            .object([("name", .string($0.name)), ("score", .number($0.score))])
          })
      ),
      ("facts", json(recommendation.facts)),
      ("questions", .array(recommendation.questions.map(json))),
      ("notes", .array(recommendation.notes.map(JSONValue.string))),
      (
        "omitted",
        .array(
          recommendation.omitted.map {
            .object([
              ("id", .string($0.question.id)), ("text", .string($0.text)),
              ("reason", .string($0.reason.description)),
            ])
          })
      ),
    ])
  }

  /// The JSON value of one recommended question.
  public static func json(_ item: RecommendedQuestion) -> JSONValue {
    .object([
      ("id", .string(item.question.id)),
      ("text", .string(item.text)),
      ("category", .string(item.question.category.rawValue)),
      ("stages", .array(item.question.stages.stages.map { .string($0.rawValue) })),
      ("occupations", .array(item.question.occupations.map { .string($0.code) })),
      ("theme", item.question.theme.map(JSONValue.string) ?? .null),
      ("score", .number(item.score)),
      (
        "matched",
        .array(
          item.matched.map {
            .object([
              ("term", .string($0.term)), ("word", .string($0.word)),
              ("weight", .number($0.weight)),
            ])
          })
      ),
      ("why", .array(item.reasons.map { .string($0.description) })),
    ])
  }

  /// The JSON value of a recognised occupation: `{"code", "title", "score"}`.
  public static func json(_ occupation: OccupationMatch) -> JSONValue {
    .object([
      ("code", .string(occupation.code.rawValue)), ("title", .string(occupation.title)),
      ("score", .number(occupation.score)),
    ])
  }

  /// The JSON value of a posting's facts, each with the line it was read from.
  ///
  ///     {"company": {"value", "evidence"} | null, "agency": false, "employer": "hospital",
  ///      "business": {"value", "evidence"} | null, "tools": [...], "equipment": [...],
  ///      "duties": [...], "teams": [...], "credentials": [...], "shifts": [...],
  ///      "answered": [{"topic", "evidence"}]}
  public static func json(_ facts: PostingFacts) -> JSONValue {
    func fact(_ fact: PostingFact) -> JSONValue {
      .object([("value", .string(fact.value)), ("evidence", .string(fact.evidence))])
    }
    let company: JSONValue =
      facts.company.map {
        .object([
          ("value", .string($0)),
          ("evidence", facts.companyEvidence.map(JSONValue.string) ?? .null),
        ])
      } ?? .null
    return .object([
      ("company", company),
      ("agency", .bool(facts.isAgencyPosting)),
      ("employer", .string(facts.employerKind.rawValue)),
      ("business", facts.business.map(fact) ?? .null),
      ("tools", .array(facts.tools.map(fact))),
      ("equipment", .array(facts.equipment.map(fact))),
      ("duties", .array(facts.duties.map(fact))),
      ("teams", .array(facts.teams.map(fact))),
      ("credentials", .array(facts.credentials.map(fact))),
      ("shifts", .array(facts.shifts.map(fact))),
      (
        "answered",
        .array(
          facts.answered.sorted { $0.key < $1.key }.map {
            .object([("topic", .string($0.key.rawValue)), ("evidence", .string($0.value))])
          })
      ),
    ])
  }
}
