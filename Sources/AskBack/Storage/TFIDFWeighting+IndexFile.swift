extension TFIDFWeighting {
  /// Writes the vocabulary, the document frequencies and the document count.
  func write(to writer: inout BinaryWriter) {
    writer.write(vocabulary.keyBytes)
    writer.write(vocabulary.keyOffsets)
    writer.write(documentFrequencies)
    writer.write(documentCount)
  }

  /// Reads what ``write(to:)`` wrote.
  init(reading reader: inout BinaryReader) throws(IndexFileError) {
    let keyBytes: [UInt8] = try reader.readArray()
    let keyOffsets: [UInt32] = try reader.readArray()
    let frequencies: [UInt32] = try reader.readArray()
    let documentCount = try reader.readCount(limit: 1 << 40)
    guard let vocabulary = TermTable(keyBytes: keyBytes, keyOffsets: keyOffsets),
      vocabulary.count == frequencies.count,
      frequencies.allSatisfy({ $0 >= 1 && Int($0) <= documentCount })
    else { throw .corrupt("a vocabulary") }
    self.init(
      vocabulary: vocabulary, documentFrequencies: frequencies, documentCount: documentCount)
  }
}
