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
    occupationModel.write(to: &writer)
  }

  /// Reads what ``write(to:)`` wrote; every value must be finite and every count in range.
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
    occupationModel = try OccupationModel.Configuration(reading: &reader)
    let values = [
      occupationBonus, minimumOccupationProbability, groundedBonus, employerBonus,
      nearDuplicateJaccard, categoryShare,
    ]
    guard values.allSatisfy(\.isFinite) else { throw .corrupt("the ranking policy") }
  }
}
