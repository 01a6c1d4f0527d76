extension RecommendationFormatter {
  /// The JSON value of `recommendation`.
  public static func json(_ recommendation: Recommendation) -> JSONValue {
    .object([
      ("role", recommendation.role.map(JSONValue.string) ?? .null),
      ("company", recommendation.company.map(JSONValue.string) ?? .null),
      (
        "fields",
        .array(
          recommendation.fields.map {
            .object([("name", .string($0.name)), ("score", .number($0.score))])
          })
      ),
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
      ("fields", .array(item.question.fields.map(JSONValue.string))),
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
}
