extension QuestionFeatures {
  /// Writes each question's topic, pay mention, word hashes and keyword terms.
  func write(to writer: inout BinaryWriter) {
    writer.write(
      topics.map { topic in
        topic.map { UInt8(Topic.allCases.firstIndex(of: $0) ?? 0) + 1 } ?? 0
      })
    writer.write(mentionsPay.map { $0 ? UInt8(1) : 0 })
    writer.write(wordHashes.map { UInt32($0.count) })
    writer.write(wordHashes.flatMap { $0 })
    writer.write(keywordTerms.map { UInt32($0.count) })
    writer.write(keywordTerms.flatMap { $0.map { UInt32($0.count) } })
    writer.write(keywordTerms.flatMap { $0.flatMap { $0.map(\.rawValue) } })
  }

  /// Reads what ``write(to:)`` wrote for `questions` questions over `terms` terms.
  init(
    reading reader: inout BinaryReader, questions: Int, terms: Int
  ) throws(IndexFileError) {
    let topicCodes: [UInt8] = try reader.readArray()
    let payFlags: [UInt8] = try reader.readArray()
    let hashCounts: [UInt32] = try reader.readArray()
    let hashes: [UInt32] = try reader.readArray()
    let keywordCounts: [UInt32] = try reader.readArray()
    let termCounts: [UInt32] = try reader.readArray()
    let keywordTermIDs: [UInt32] = try reader.readArray()
    guard topicCodes.count == questions, payFlags.count == questions, hashCounts.count == questions,
      keywordCounts.count == questions,
      topicCodes.allSatisfy({ Int($0) <= Topic.allCases.count }),
      hashCounts.reduce(0, { $0 + Int($1) }) == hashes.count,
      keywordCounts.reduce(0, { $0 + Int($1) }) == termCounts.count,
      termCounts.reduce(0, { $0 + Int($1) }) == keywordTermIDs.count,
      keywordTermIDs.allSatisfy({ Int($0) < terms })
    else { throw .corrupt("the question features") }
    var wordHashes: [[UInt32]] = []
    var start = 0
    for count in hashCounts {
      wordHashes.append(Array(hashes[start..<(start + Int(count))]))
      start += Int(count)
    }
    var keywordTerms: [[[TermID]]] = []
    var keyword = 0
    var term = 0
    for count in keywordCounts {
      var list: [[TermID]] = []
      for _ in 0..<Int(count) {
        let length = Int(termCounts[keyword])
        list.append(keywordTermIDs[term..<(term + length)].map { TermID(rawValue: $0) })
        term += length
        keyword += 1
      }
      keywordTerms.append(list)
    }
    self.init(
      topics: topicCodes.map { $0 == 0 ? nil : Topic.allCases[Int($0) - 1] },
      mentionsPay: payFlags.map { $0 != 0 }, wordHashes: wordHashes, keywordTerms: keywordTerms)
  }
}
