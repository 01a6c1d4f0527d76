extension InvertedIndex {
  /// Writes the index's arrays.
  func write(to writer: inout BinaryWriter) {
    writer.write(documentCount)
    writer.write(blockStarts)
    writer.write(repeatStarts)
    writer.write(documentOffsets)
    writer.write(termFrequencies)
    writer.write(termWeights)
    writer.write(inverseNorms)
  }

  /// Reads what ``write(to:)`` wrote; the arrays are validated against each other.
  init(reading reader: inout BinaryReader) throws(IndexFileError) {
    let documentCount = try reader.readCount(limit: 1 << 32)
    let blockStarts: [UInt32] = try reader.readArray()
    let repeatStarts: [UInt32] = try reader.readArray()
    let documentOffsets: [UInt16] = try reader.readArray()
    let termFrequencies: [UInt8] = try reader.readArray()
    let termWeights = try reader.readFloats()
    let inverseNorms = try reader.readFloats()
    do {
      try self.init(
        documentCount: documentCount, blockStarts: blockStarts, repeatStarts: repeatStarts,
        documentOffsets: documentOffsets, termFrequencies: termFrequencies,
        termWeights: termWeights, inverseNorms: inverseNorms)
    } catch {
      throw .corrupt(error.description)
    }
  }
}
