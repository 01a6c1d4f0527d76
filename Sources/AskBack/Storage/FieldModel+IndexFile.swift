extension FieldModel {
  /// Writes the fields, the weights, the weighting, the centroids (sparse) and the calibration.
  func write(to writer: inout BinaryWriter) {
    writer.write(fields)
    writer.write(configuration.descriptionWeight)
    writer.write(configuration.titleWeight)
    weighting.write(to: &writer)
    Self.writeSparse(body, fields: fields.count, to: &writer)
    Self.writeSparse(titles, fields: fields.count, to: &writer)
    writer.write(means)
    writer.write(deviations)
  }

  /// Reads what ``write(to:)`` wrote.
  init(reading reader: inout BinaryReader, analyzer: Analyzer) throws(IndexFileError) {
    let fields = try reader.readStrings()
    var configuration = Configuration()
    configuration.descriptionWeight = try reader.readDouble()
    configuration.titleWeight = try reader.readDouble()
    let weighting = try TFIDFWeighting(reading: &reader)
    let body = try Self.readSparse(&reader, fields: fields.count, terms: weighting.termCount)
    let titles = try Self.readSparse(&reader, fields: fields.count, terms: weighting.termCount)
    let means = try reader.readDoubles()
    let deviations = try reader.readDoubles()
    guard means.count == fields.count, deviations.count == fields.count,
      deviations.allSatisfy({ $0.isFinite && $0 > 0 }), means.allSatisfy(\.isFinite),
      configuration.descriptionWeight.isFinite, configuration.titleWeight.isFinite
    else { throw .corrupt("the field model's calibration") }
    self.init(
      fields: fields, configuration: configuration, analyzer: analyzer, weighting: weighting,
      body: body, titles: titles, means: means, deviations: deviations)
  }

  /// Writes a dense fields × terms matrix as, per field, its nonzero terms
  /// and their values.
  static func writeSparse(_ matrix: [Float], fields: Int, to writer: inout BinaryWriter) {
    let termCount = fields == 0 ? 0 : matrix.count / fields
    for f in 0..<fields {
      var terms: [UInt32] = []
      var values: [Float] = []
      for t in 0..<termCount where matrix[f * termCount + t] != 0 {
        terms.append(UInt32(t))
        values.append(matrix[f * termCount + t])
      }
      writer.write(terms)
      writer.write(values)
    }
  }

  static func readSparse(
    _ reader: inout BinaryReader, fields: Int, terms: Int
  ) throws(IndexFileError) -> [Float] {
    var matrix = [Float](repeating: 0, count: fields * terms)
    for f in 0..<fields {
      let ids: [UInt32] = try reader.readArray()
      let values = try reader.readFloats()
      guard ids.count == values.count else { throw .corrupt("a field centroid") }
      for (id, value) in zip(ids, values) {
        guard Int(id) < terms, value.isFinite else { throw .corrupt("a field centroid") }
        matrix[f * terms + Int(id)] = value
      }
    }
    return matrix
  }
}
