/// A job description from `descriptions.jsonl`.
///
/// Job descriptions feed the idf statistics and, when labelled with their occupation, the
/// occupation model's examples; they are never recommended.
public struct JobDescription: Sendable, Hashable, Identifiable {
  public let id: String
  public let title: String
  /// The field the job belongs to.
  public let category: String
  /// The description's text.
  public let text: String
  /// The O*NET-SOC occupation it is for, when labelled.
  public let occupation: OccupationCode?

  public init(
    id: String, title: String, category: String, text: String, occupation: OccupationCode? = nil
  ) {
    self.id = id
    self.title = title
    self.category = category
    self.text = text
    self.occupation = occupation
  }

  /// The title, a blank line, then the text: the same shape as a pasted posting.
  public var document: String { title.isEmpty ? text : title + "\n\n" + text }
}
