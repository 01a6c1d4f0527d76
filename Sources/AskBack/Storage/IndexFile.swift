/// The binary index file: a built ``Recommender`` that loads in milliseconds.
///
/// Layout, all integers little-endian:
///
///     "ASKBKIDX"                     8 bytes of magic
///     version                        UInt32, currently 8
///     section count                  UInt32
///     per section: tag, length       UInt32 (four ASCII letters), UInt64
///     the sections, in table order
///     checksum                       UInt64, ``checksum64(_:)`` of every byte
///                                    from the version to the last section
///
/// Sections: `META` (the corpus fingerprint, the analyzer and the whole ``RankingPolicy``),
/// `CRPS` (the questions and the SOC groups' titles), `FEAT` (each question's topic, pay
/// mention, word hashes and keyword terms), `WGHT` (the question weighting's vocabulary and
/// document frequencies), `INDX` (the inverted index's arrays), `OCCM` (the occupation model:
/// the occupations' codes, titles and tasks, the title and body indexes) and `FACT` (what the
/// posting reader knows: ordinary words, the tool and equipment gazetteers, verbs). Each type's
/// codec is in the file named after it here (`InvertedIndex+IndexFile.swift`, ...). Loading
/// checks the magic, the version, the lengths and the checksum, then validates every array
/// against the others, so a damaged file is refused and never read out of bounds.
public enum IndexFile {
  public static let magic: [UInt8] = Array("ASKBKIDX".utf8)
  public static let version: UInt32 = 8
  /// The most sections a file may declare.
  static let maximumSections = 64

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
    func section(_ tag: String, _ write: (inout BinaryWriter) -> Void) {
      var writer = BinaryWriter()
      write(&writer)
      sections.append((tag, writer.bytes))
    }
    section("META") {
      $0.write(fingerprint)
      $0.write(recommender.analyzer.kind.rawValue)
      recommender.policy.write(to: &$0)
    }
    section("CRPS") { recommender.corpus.write(to: &$0) }
    section("FEAT") { recommender.features.write(to: &$0) }
    section("WGHT") { recommender.weighting.write(to: &$0) }
    section("INDX") { recommender.index.write(to: &$0) }
    section("OCCM") { recommender.occupationModel.write(to: &$0) }
    section("FACT") { recommender.reader.write(to: &$0) }

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
    guard sectionCount <= maximumSections else { throw .corrupt("\(sectionCount) sections") }
    var table: [(UInt32, Int)] = []
    var total = 0
    for _ in 0..<sectionCount {
      let tag = try header.readUInt32()
      let length = try header.readCount(limit: 1 << 40)
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
    /// Reads section `tag` whole with `read`.
    func section<T>(
      _ tag: String, _ read: (inout BinaryReader) throws(IndexFileError) -> T
    ) throws(IndexFileError) -> T {
      guard let bytes = sections[tagCode(tag)] else { throw .corrupt("no \(tag) section") }
      var reader = BinaryReader(bytes)
      let value = try read(&reader)
      guard reader.remaining == 0 else { throw .corrupt("extra bytes in the \(tag) section") }
      return value
    }

    let (kind, policy) = try section("META") { reader throws(IndexFileError) in
      let stored = try reader.readUInt64()
      if let fingerprint, fingerprint != stored { throw .differentCorpus }
      guard let kind = Analyzer.Kind(rawValue: try reader.readString()) else {
        throw .corrupt("unknown analyzer")
      }
      return (kind, try RankingPolicy(reading: &reader))
    }
    let analyzer = Analyzer(kind: kind)
    let corpus = try section("CRPS") { reader throws(IndexFileError) in
      try Corpus(reading: &reader)
    }
    guard !corpus.questions.isEmpty else { throw .corrupt("it holds no questions") }
    let weighting = try section("WGHT") { reader throws(IndexFileError) in
      try TFIDFWeighting(reading: &reader)
    }
    let index = try section("INDX") { reader throws(IndexFileError) in
      try InvertedIndex(reading: &reader)
    }
    guard index.documentCount == corpus.questions.count, index.termCount == weighting.termCount
    else {
      throw .corrupt("the index does not match its questions or vocabulary")
    }
    let occupationModel = try section("OCCM") { reader throws(IndexFileError) in
      try OccupationModel(reading: &reader)
    }
    guard occupationModel.configuration == policy.occupationModel else {
      throw .corrupt("the occupation model's weights differ")
    }
    let features = try section("FEAT") { reader throws(IndexFileError) in
      try QuestionFeatures(
        reading: &reader, questions: corpus.questions.count, terms: weighting.termCount)
    }
    let factReader = try section("FACT") { reader throws(IndexFileError) in
      try FactReader(reading: &reader)
    }
    return Recommender(
      corpus: corpus, analyzer: analyzer, weighting: weighting, index: index,
      occupationModel: occupationModel, policy: policy, features: features, reader: factReader)
  }
}

extension IndexFile {
  /// The fingerprint of a corpus's files, as ``fingerprint(_:)`` computes it over every file
  /// name of ``CorpusFiles/names`` in order (an absent file counts as empty).
  public static func fingerprint(of files: CorpusFiles) -> UInt64 {
    fingerprint(CorpusFiles.names.map { files[$0] ?? [] })
  }

  /// The fingerprint of the corpus files in `directory`.
  ///
  /// - Throws: ``CorpusError/unreadable(path:reason:)`` when the folder or its questions file is
  ///   missing, or a file cannot be read.
  public static func fingerprint(ofCorpusAt directory: String) throws(CorpusError) -> UInt64 {
    fingerprint(of: try CorpusLoader.files(directory: directory))
  }
}
