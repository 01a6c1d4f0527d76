/// Writes corpus entries back as the JSON Lines that ``CorpusLoader`` reads.
public enum CorpusWriter {
  /// The JSON object of `question`.
  public static func json(_ question: Question) -> JSONValue {
    .object([
      ("id", .string(question.id)),
      ("text", .string(question.text)),
      ("category", .string(question.category.rawValue)),
      ("stages", .array(question.stages.stages.map { .string($0.rawValue) })),
      ("domains", .array(question.domains.map(JSONValue.string))),
      ("keywords", .array(question.keywords.map(JSONValue.string))),
    ])
  }

  /// The JSON object of `profile`.
  public static func json(_ profile: FieldProfile) -> JSONValue {
    .object([
      ("name", .string(profile.name)),
      ("description", .string(profile.description)),
      ("terms", .array(profile.terms.map(JSONValue.string))),
      ("titles", .array(profile.titles.map(JSONValue.string))),
    ])
  }

  /// JSON Lines text: one value a line.
  public static func lines(_ values: [JSONValue]) -> String {
    values.map { JSONWriter.string($0) + "\n" }.joined()
  }
}
