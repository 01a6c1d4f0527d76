/// A job description from `descriptions.jsonl`.
///
/// Job descriptions feed the idf statistics and the field model; they are never recommended.
public struct JobDescription: Sendable, Hashable, Identifiable {
  public let id: String
  public let title: String
  /// The field the job belongs to.
  public let category: String
  /// The description's text.
  public let text: String

  public init(id: String, title: String, category: String, text: String) {
    self.id = id
    self.title = title
    self.category = category
    self.text = text
  }

  /// The title, a blank line, then the text: the same shape as a pasted posting.
  public var document: String { title.isEmpty ? text : title + "\n\n" + text }
}
