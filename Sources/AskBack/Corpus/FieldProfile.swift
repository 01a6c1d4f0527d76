/// A field of work from `domains.jsonl`: its name, a description and the
/// terms its postings use (titles, tools, certifications, acronyms).
public struct FieldProfile: Sendable, Hashable {
  public let name: String
  public let description: String
  public let terms: [String]

  public init(name: String, description: String, terms: [String]) {
    self.name = name
    self.description = description
    self.terms = terms
  }
}
