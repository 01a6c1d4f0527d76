extension RankingPolicy {
  /// The policy's own constants, in the order the index file stores them.
  ///
  /// Every share and probability lies in 0...1 and every weight in 0...100, so that no damaged
  /// value can make the ranking's arithmetic overflow. The occupation model's weights follow.
  static var stored: [StoredConstant<Self>] {
    [
      .double(\.occupationBonus, 0...100), .double(\.minimumOccupationProbability, 0...1),
      .double(\.groundedBonus, 0...100), .double(\.employerBonus, 0...100),
      .count(\.ownOccupationTarget, limit: 100), .count(\.groundedTarget, limit: 100),
      .count(\.groundedMinimumFacts, limit: 100), .double(\.nearDuplicateJaccard, 0...1),
      .double(\.categoryShare, 0...1), .count(\.categoryMinimum, limit: 100),
      .count(\.competitorsCap, limit: 100),
    ]
  }

  /// Writes every constant of the policy.
  func write(to writer: inout BinaryWriter) {
    StoredConstant.write(Self.stored, of: self, to: &writer)
    occupationModel.write(to: &writer)
  }

  /// Reads what ``write(to:)`` wrote, each constant in its range (``stored``).
  init(reading reader: inout BinaryReader) throws(IndexFileError) {
    self.init()
    try StoredConstant.read(Self.stored, into: &self, from: &reader)
    occupationModel = try OccupationModel.Configuration(reading: &reader)
    guard StoredConstant.inRange(Self.stored, of: self) else {
      throw .corrupt("the ranking policy")
    }
  }
}
