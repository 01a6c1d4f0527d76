/// A fact read from a posting, with the line of the posting it was read from.
public struct PostingFact: Sendable, Hashable {
  /// The fact as a question can hold it: "SAP", "reconciling vendor statements".
  public var value: String
  /// The posting's line (or sentence) the fact was read from.
  public var evidence: String

  public init(value: String, evidence: String) {
    self.value = value
    self.evidence = evidence
  }
}

extension PostingFacts {
  /// The facts that may fill `slot`, best first.
  ///
  /// `tools` and `duties` join two or three facts ("SAP and OneDrive"); a duty that already
  /// holds "and" or a comma is not joined with another, so that the fill stays readable. `company` and
  /// `role` are not facts (see ``SlotFills``).
  public func options(for slot: QuestionTemplate.Slot) -> [PostingFact] {
    switch slot {
    case .company, .role: return []
    case .tool: return tools
    case .tools: return tools.count >= 2 ? [Self.join(Array(tools.prefix(3)))] : []
    case .equipment: return equipment
    case .duty: return duties
    case .duties:
      let simple = duties.filter { !$0.value.contains(" and ") && !$0.value.contains(",") }
      return stride(from: 0, to: simple.count - 1, by: 2).map {
        Self.join([simple[$0], simple[$0 + 1]])
      }
    case .team: return teams
    case .credential: return credentials
    case .business: return business.map { [$0] } ?? []
    case .shift: return shifts
    }
  }

  /// "A and B", "A, B and C", with the evidence lines joined.
  static func join(_ facts: [PostingFact]) -> PostingFact {
    let values = facts.map(\.value)
    let value =
      values.count <= 2
      ? values.joined(separator: " and ")
      : values.dropLast().joined(separator: ", ") + " and " + (values.last ?? "")
    var lines: [String] = []
    for fact in facts where !lines.contains(fact.evidence) { lines.append(fact.evidence) }
    return PostingFact(value: value, evidence: lines.joined(separator: " / "))
  }
}
