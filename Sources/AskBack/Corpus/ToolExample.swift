/// A technology or tools example from `occupations/technology.jsonl` or
/// `occupations/equipment.jsonl`: a name O*NET gives for software or equipment that
/// occupations use, its UNSPSC commodity title, and how many occupations name it.
public struct ToolExample: Sendable, Hashable {
  public let name: String
  public let category: String
  /// Whether O*NET marks it a hot technology (software only).
  public let hot: Bool
  /// How many occupations name it: the fewer, the more specific.
  public let occupations: Int

  public init(name: String, category: String, hot: Bool = false, occupations: Int) {
    self.name = name
    self.category = category
    self.hot = hot
    self.occupations = occupations
  }
}
