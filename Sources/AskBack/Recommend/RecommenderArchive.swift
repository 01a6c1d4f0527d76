/// The binary index file: a built ``Recommender`` that loads in milliseconds.
///
/// Layout, all integers little-endian:
///
///     "ASKBKIDX"                     8 bytes of magic
///     version                        UInt32, currently 2
///     section count                  UInt32
///     per section: tag, length       UInt32 (four ASCII letters), UInt64
///     the sections, in table order
///     checksum                       UInt64, ``checksum64(_:)`` of every byte
///                                    from the version to the last section
///
/// Sections: `META` (the corpus fingerprint, the analyzer and the scoring
/// weights), `CRPS` (the questions and field profiles), `FEAT` (each
/// question's topic, pay mention, word hashes and keyword terms), `WGHT` (the
/// question weighting's vocabulary and document frequencies), `INDX` (the
/// inverted index's arrays), `FLDM` (the field model, its centroids stored
/// sparse) and `WORD` (the ordinary words used when reading company
/// names). Loading checks the magic, the version, the lengths and the
/// checksum, then validates every array against the others, so a damaged
/// file is refused and never read out of bounds.
public enum RecommenderArchive {
  public static let magic: [UInt8] = Array("ASKBKIDX".utf8)
  public static let version: UInt32 = 2

  /// A fingerprint of corpus files: ``checksum64(_:)`` of their bytes, in order.
  public static func fingerprint(_ files: [[UInt8]]) -> UInt64 {
    var writer = BinaryWriter()
    for file in files {
      writer.write(file.count)
      writer.append(raw: file)
    }
    return writer.bytes.withUnsafeBufferPointer(checksum64)
  }

  // MARK: Writing

  /// The index file of `recommender`, built from a corpus with `fingerprint`.
  public static func encode(_ recommender: Recommender, fingerprint: UInt64) -> [UInt8] {
    var sections: [(String, [UInt8])] = []

    var meta = BinaryWriter()
    meta.write(fingerprint)
    meta.write(recommender.analyzer.kind.rawValue)
    meta.write(recommender.policy.fieldBonus)
    meta.write(recommender.policy.hedgeBelow)
    meta.write(recommender.policy.minimumFillProbability)
    sections.append(("META", meta.bytes))

    var corpus = BinaryWriter()
    writeCorpus(recommender.corpus, to: &corpus)
    sections.append(("CRPS", corpus.bytes))

    var features = BinaryWriter()
    writeFeatures(recommender.features, to: &features)
    sections.append(("FEAT", features.bytes))

    var weighting = BinaryWriter()
    write(recommender.weighting, to: &weighting)
    sections.append(("WGHT", weighting.bytes))

    var index = BinaryWriter()
    let inverted = recommender.index
    index.write(inverted.documentCount)
    index.write(inverted.blockStarts)
    index.write(inverted.repeatStarts)
    index.write(inverted.documentOffsets)
    index.write(inverted.termFrequencies)
    index.write(inverted.termWeights)
    index.write(inverted.inverseNorms)
    sections.append(("INDX", index.bytes))

    var field = BinaryWriter()
    let model = recommender.fieldModel
    field.write(model.fields)
    field.write(model.configuration.descriptionWeight)
    field.write(model.configuration.titleWeight)
    write(model.weighting, to: &field)
    writeSparse(model.body, fields: model.fields.count, to: &field)
    writeSparse(model.titles, fields: model.fields.count, to: &field)
    field.write(model.means)
    field.write(model.deviations)
    sections.append(("FLDM", field.bytes))

    var words = BinaryWriter()
    words.write(recommender.commonWords.sorted())
    sections.append(("WORD", words.bytes))

    var body = BinaryWriter()
    body.write(version)
    body.write(UInt32(sections.count))
    for (tag, bytes) in sections {
      body.write(tagCode(tag))
      body.write(UInt64(bytes.count))
    }
    for (_, bytes) in sections { body.append(raw: bytes) }
    var file = BinaryWriter()
    file.append(raw: magic)
    file.append(raw: body.bytes)
    file.write(body.bytes.withUnsafeBufferPointer(checksum64))
    return file.bytes
  }

  static func write(_ weighting: TFIDFWeighting, to writer: inout BinaryWriter) {
    writer.write(weighting.vocabulary.keyBytes)
    writer.write(weighting.vocabulary.keyOffsets)
    writer.write(weighting.documentFrequencies)
    writer.write(weighting.documentCount)
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

  static func tagCode(_ tag: String) -> UInt32 {
    var code: UInt32 = 0
    for (k, byte) in tag.utf8.prefix(4).enumerated() { code |= UInt32(byte) << (8 * UInt32(k)) }
    return code
  }

  // MARK: Reading

  /// The recommender stored in `bytes`.
  ///
  /// - Parameter fingerprint: when given, the fingerprint of the corpus the
  ///   caller expects; an index built from another corpus is refused.
  /// - Throws: ``IndexFileError``.
  public static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, expecting fingerprint: UInt64? = nil
  ) throws(IndexFileError) -> Recommender {
    guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
      throw .notAnIndex
    }
    guard bytes.count >= magic.count + 8 + 8 else { throw .truncated }
    var header = BinaryReader(bytes, position: magic.count)
    let found = try header.readUInt32()
    guard found == version else { throw .unsupportedVersion(found: found, supported: version) }
    let sectionCount = Int(try header.readUInt32())
    guard sectionCount <= 64 else { throw .corrupt("\(sectionCount) sections") }
    var table: [(UInt32, Int)] = []
    var total = 0
    for _ in 0..<sectionCount {
      let tag = try header.readUInt32()
      let length = try header.readCount(limit: bytes.count)
      table.append((tag, length))
      total += length
    }
    guard header.remaining == total + 8 else {
      throw header.remaining < total + 8 ? .truncated : .corrupt("bytes after the last section")
    }
    let checked = UnsafeBufferPointer(rebasing: bytes[magic.count..<(bytes.count - 8)])
    var tail = BinaryReader(bytes, position: bytes.count - 8)
    guard try tail.readUInt64() == checksum64(checked) else { throw .checksumMismatch }

    var sections: [UInt32: UnsafeBufferPointer<UInt8>] = [:]
    var position = header.position
    for (tag, length) in table {
      sections[tag] = UnsafeBufferPointer(rebasing: bytes[position..<(position + length)])
      position += length
    }
    func section(_ tag: String) throws(IndexFileError) -> BinaryReader {
      guard let bytes = sections[tagCode(tag)] else { throw .corrupt("no \(tag) section") }
      return BinaryReader(bytes)
    }
    func finish(_ reader: BinaryReader, _ tag: String) throws(IndexFileError) {
      guard reader.remaining == 0 else { throw .corrupt("extra bytes in the \(tag) section") }
    }

    var meta = try section("META")
    let stored = try meta.readUInt64()
    if let fingerprint, fingerprint != stored { throw .differentCorpus }
    guard let kind = Analyzer.Kind(rawValue: try meta.readString()) else {
      throw .corrupt("unknown analyzer")
    }
    var configuration = RankingPolicy()
    configuration.fieldBonus = try meta.readDouble()
    configuration.hedgeBelow = try meta.readDouble()
    configuration.minimumFillProbability = try meta.readDouble()
    try finish(meta, "META")

    var corpusSection = try section("CRPS")
    let corpus = try readCorpus(&corpusSection)
    try finish(corpusSection, "CRPS")

    var weightingSection = try section("WGHT")
    let weighting = try readWeighting(&weightingSection)
    try finish(weightingSection, "WGHT")

    var indexSection = try section("INDX")
    let documentCount = try indexSection.readCount(limit: 1 << 32)
    let blockStarts: [UInt32] = try indexSection.readArray()
    let repeatStarts: [UInt32] = try indexSection.readArray()
    let documentOffsets: [UInt16] = try indexSection.readArray()
    let termFrequencies: [UInt8] = try indexSection.readArray()
    let termWeights = try indexSection.readFloats()
    let inverseNorms = try indexSection.readFloats()
    try finish(indexSection, "INDX")
    let index: InvertedIndex
    do {
      index = try InvertedIndex(
        documentCount: documentCount, blockStarts: blockStarts, repeatStarts: repeatStarts,
        documentOffsets: documentOffsets, termFrequencies: termFrequencies,
        termWeights: termWeights,
        inverseNorms: inverseNorms)
    } catch {
      throw .corrupt(error.description)
    }
    guard index.documentCount == corpus.questions.count, index.termCount == weighting.termCount
    else {
      throw .corrupt("the index does not match its questions or vocabulary")
    }

    var fieldSection = try section("FLDM")
    let fields = try fieldSection.readStrings()
    guard fields == corpus.fields.map(\.name) else {
      throw .corrupt("the field model's fields differ")
    }
    var fieldConfiguration = FieldModel.Configuration()
    fieldConfiguration.descriptionWeight = try fieldSection.readDouble()
    fieldConfiguration.titleWeight = try fieldSection.readDouble()
    let fieldWeighting = try readWeighting(&fieldSection)
    let body = try readSparse(&fieldSection, fields: fields.count, terms: fieldWeighting.termCount)
    let titles = try readSparse(
      &fieldSection, fields: fields.count, terms: fieldWeighting.termCount)
    let means = try fieldSection.readDoubles()
    let deviations = try fieldSection.readDoubles()
    try finish(fieldSection, "FLDM")
    guard means.count == fields.count, deviations.count == fields.count,
      deviations.allSatisfy({ $0.isFinite && $0 > 0 }), means.allSatisfy(\.isFinite)
    else { throw .corrupt("the field model's calibration") }
    configuration.fieldModel = fieldConfiguration
    let fieldModel = FieldModel(
      fields: fields, configuration: fieldConfiguration, analyzer: Analyzer(kind: kind),
      weighting: fieldWeighting, body: body, titles: titles, means: means, deviations: deviations)

    var featureSection = try section("FEAT")
    let features = try readFeatures(
      &featureSection, questions: corpus.questions.count, terms: weighting.termCount)
    try finish(featureSection, "FEAT")

    var wordSection = try section("WORD")
    let commonWords = Set(try wordSection.readStrings())
    try finish(wordSection, "WORD")

    return Recommender(
      corpus: corpus, analyzer: Analyzer(kind: kind), weighting: weighting, index: index,
      fieldModel: fieldModel, policy: configuration, commonWords: commonWords,
      features: features)
  }

  // MARK: Corpus and features

  static func writeCorpus(_ corpus: Corpus, to writer: inout BinaryWriter) {
    writer.write(corpus.questions.count)
    for question in corpus.questions {
      writer.write(question.id)
      writer.write(question.text)
      writer.write(UInt8(question.category.order))
      writer.write(question.stages.rawValue)
      writer.write(question.domains)
      writer.write(question.keywords)
    }
    writer.write(corpus.fields.count)
    for field in corpus.fields {
      writer.write(field.name)
      writer.write(field.description)
      writer.write(field.terms)
      writer.write(field.titles)
    }
  }

  static func readCorpus(_ reader: inout BinaryReader) throws(IndexFileError) -> Corpus {
    let questionCount = try reader.readCount(limit: reader.remaining)
    var questions: [Question] = []
    questions.reserveCapacity(questionCount)
    var ids = Set<String>()
    for _ in 0..<questionCount {
      let id = try reader.readString()
      let text = try reader.readString()
      let order = Int(try reader.readByte())
      let stages = StageSet(rawValue: try reader.readByte())
      let domains = try reader.readStrings()
      let keywords = try reader.readStrings()
      guard order < Category.allCases.count, stages.rawValue != 0,
        stages.rawValue < 1 << Stage.allCases.count, ids.insert(id).inserted
      else { throw .corrupt("a question") }
      do {
        questions.append(
          try Question(
            id: id, text: text, category: Category.allCases[order], stages: stages,
            domains: domains,
            keywords: keywords))
      } catch {
        throw .corrupt("question \(id): \(error)")
      }
    }
    let fieldCount = try reader.readCount(limit: reader.remaining)
    var fields: [FieldProfile] = []
    for _ in 0..<fieldCount {
      let name = try reader.readString()
      let description = try reader.readString()
      let terms = try reader.readStrings()
      let titles = try reader.readStrings()
      fields.append(
        FieldProfile(name: name, description: description, terms: terms, titles: titles))
    }
    let names = Set(fields.map(\.name))
    guard names.count == fields.count,
      questions.allSatisfy({ $0.domains.allSatisfy(names.contains) })
    else {
      throw .corrupt("the fields")
    }
    return Corpus(questions: questions, fields: fields)
  }

  static func writeFeatures(_ features: QuestionFeatures, to writer: inout BinaryWriter) {
    writer.write(
      features.topics.map { topic in
        topic.map { UInt8(Topic.allCases.firstIndex(of: $0) ?? 0) + 1 } ?? 0
      })
    writer.write(features.mentionsPay.map { $0 ? UInt8(1) : 0 })
    writer.write(features.wordHashes.map { UInt32($0.count) })
    writer.write(features.wordHashes.flatMap { $0 })
    writer.write(features.keywordTerms.map { UInt32($0.count) })
    writer.write(features.keywordTerms.flatMap { $0.map { UInt32($0.count) } })
    writer.write(features.keywordTerms.flatMap { $0.flatMap { $0.map(\.rawValue) } })
  }

  static func readFeatures(
    _ reader: inout BinaryReader, questions: Int, terms: Int
  ) throws(IndexFileError) -> QuestionFeatures {
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
    return QuestionFeatures(
      topics: topicCodes.map { $0 == 0 ? nil : Topic.allCases[Int($0) - 1] },
      mentionsPay: payFlags.map { $0 != 0 }, wordHashes: wordHashes, keywordTerms: keywordTerms)
  }

  static func readWeighting(_ reader: inout BinaryReader) throws(IndexFileError) -> TFIDFWeighting {
    let keyBytes: [UInt8] = try reader.readArray()
    let keyOffsets: [UInt32] = try reader.readArray()
    let frequencies: [UInt32] = try reader.readArray()
    let documentCount = try reader.readCount(limit: 1 << 40)
    guard let vocabulary = TermTable(keyBytes: keyBytes, keyOffsets: keyOffsets),
      vocabulary.count == frequencies.count,
      frequencies.allSatisfy({ $0 >= 1 && Int($0) <= documentCount })
    else { throw .corrupt("a vocabulary") }
    return TFIDFWeighting(
      vocabulary: vocabulary, documentFrequencies: frequencies, documentCount: documentCount)
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
