/// A field of work from `fields.jsonl`: its name, a description, the terms
/// its postings use (tools, certifications, acronyms, duties) and the job
/// titles its postings carry.
public struct FieldProfile: Sendable, Hashable {
  public let name: String
  public let description: String
  public let terms: [String]
  /// Job titles of the field; may be empty.
  public let titles: [String]

  public init(name: String, description: String, terms: [String], titles: [String] = []) {
    self.name = name
    self.description = description
    self.terms = terms
    self.titles = titles
  }

  /// The profile as one text: description, terms and titles.
  public var document: String {
    ([description] + terms + titles).joined(separator: "\n")
  }
}
