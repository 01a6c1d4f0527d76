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
  }

  /// Reads what ``write(to:)`` wrote; every count must be in range, every share and
  /// probability in 0...1 and every weight in 0...100, so that no damaged value can make the
  /// ranking's arithmetic overflow.
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
    let shares = [hedgeBelow, minimumFillProbability, nearDuplicateJaccard, categoryShare]
    let weights = [fieldBonus, fieldModel.descriptionWeight, fieldModel.titleWeight]
    guard shares.allSatisfy({ (0...1).contains($0) }),
      weights.allSatisfy({ (0...100).contains($0) })
    else { throw .corrupt("the ranking policy") }
  }
}
