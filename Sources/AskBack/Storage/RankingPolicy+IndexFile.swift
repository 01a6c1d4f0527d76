extension RankingPolicy {
  /// Writes every constant of the policy.
  func write(to writer: inout BinaryWriter) {
    writer.write(occupationBonus)
    writer.write(minimumOccupationProbability)
    writer.write(groundedBonus)
    writer.write(employerBonus)
    writer.write(ownOccupationTarget)
    writer.write(groundedTarget)
    writer.write(groundedMinimumFacts)
    writer.write(nearDuplicateJaccard)
    writer.write(categoryShare)
    writer.write(categoryMinimum)
    writer.write(competitorsCap)
    occupationModel.write(to: &writer)
  }

  /// Reads what ``write(to:)`` wrote; every count must be in range, every share and
  /// probability in 0...1 and every weight in 0...100, so that no damaged value can make the
  /// ranking's arithmetic overflow.
  init(reading reader: inout BinaryReader) throws(IndexFileError) {
    self.init()
    occupationBonus = try reader.readDouble()
    minimumOccupationProbability = try reader.readDouble()
    groundedBonus = try reader.readDouble()
    employerBonus = try reader.readDouble()
    ownOccupationTarget = try reader.readCount(limit: 100)
    groundedTarget = try reader.readCount(limit: 100)
    groundedMinimumFacts = try reader.readCount(limit: 100)
    nearDuplicateJaccard = try reader.readDouble()
    categoryShare = try reader.readDouble()
    categoryMinimum = try reader.readCount(limit: 100)
    competitorsCap = try reader.readCount(limit: 100)
    occupationModel = try OccupationModel.Configuration(reading: &reader)
    let shares = [minimumOccupationProbability, nearDuplicateJaccard, categoryShare]
    let weights = [occupationBonus, groundedBonus, employerBonus]
    guard shares.allSatisfy({ (0...1).contains($0) }),
      weights.allSatisfy({ (0...100).contains($0) })
    else { throw .corrupt("the ranking policy") }
  }
}
