extension RankingPolicy {
  /// Writes every constant of the policy.
  func write(to writer: inout BinaryWriter) {
    writer.write(fieldBonus)
    writer.write(hedgeBelow)
    writer.write(minimumFillProbability)
    writer.write(ownFieldTarget)
    writer.write(nearDuplicateJaccard)
    writer.write(categoryShare)
    writer.write(categoryMinimum)
    writer.write(fieldModel.descriptionWeight)
    writer.write(fieldModel.titleWeight)
    occupationModel.write(to: &writer)
  }

  /// Reads what ``write(to:)`` wrote; every value must be finite and every count in range.
  init(reading reader: inout BinaryReader) throws(IndexFileError) {
    self.init()
    fieldBonus = try reader.readDouble()
    hedgeBelow = try reader.readDouble()
    minimumFillProbability = try reader.readDouble()
    ownFieldTarget = try reader.readCount(limit: 100)
    nearDuplicateJaccard = try reader.readDouble()
    categoryShare = try reader.readDouble()
    categoryMinimum = try reader.readCount(limit: 100)
    fieldModel.descriptionWeight = try reader.readDouble()
    fieldModel.titleWeight = try reader.readDouble()
    occupationModel = try OccupationModel.Configuration(reading: &reader)
    let values = [
      fieldBonus, hedgeBelow, minimumFillProbability, nearDuplicateJaccard, categoryShare,
      fieldModel.descriptionWeight, fieldModel.titleWeight,
    ]
    guard values.allSatisfy(\.isFinite) else { throw .corrupt("the ranking policy") }
  }
}
