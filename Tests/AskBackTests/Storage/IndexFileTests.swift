import Foundation
import Testing

@testable import AskBack

struct IndexFileTests {
  static let archive: Result<[UInt8], CorpusError> = RecommenderTests.recommender.map {
    IndexFile.encode($0, fingerprint: 42)
  }

  func decode(
    _ bytes: [UInt8], expecting fingerprint: UInt64? = nil
  ) throws(IndexFileError) -> Recommender {
    try bytes.withUnsafeBufferPointer { buffer throws(IndexFileError) in
      try IndexFile.decode(buffer, expecting: fingerprint)
    }
  }

  @Test func aLoadedIndexRecommendsExactlyAsTheBuiltOne() throws {
    let built = try RecommenderTests.recommender.get()
    let loaded = try decode(try Self.archive.get(), expecting: 42)
    #expect(loaded.corpus.questions == built.corpus.questions)
    for example in CLITests.examples {
      let posting = try RecommenderTests.example(example)
      for stage in [Stage.firstRound, .closing, .offer] {
        let a = RecommendationFormatter.json(
          built.recommend(posting, options: .init(limit: 10, stage: stage)))
        let b = RecommendationFormatter.json(
          loaded.recommend(posting, options: .init(limit: 10, stage: stage)))
        #expect(JSONWriter.string(a) == JSONWriter.string(b))
      }
    }
  }

  @Test func encodingIsDeterministic() throws {
    let again = IndexFile.encode(
      Recommender(corpus: try shippedCorpus.get()), fingerprint: 42)
    #expect(again == (try Self.archive.get()))
  }

  @Test func damagedFilesAreRefused() throws {
    let bytes = try Self.archive.get()
    var wrongMagic = bytes
    wrongMagic[0] = UInt8(ascii: "X")
    #expect(throws: IndexFileError.notAnIndex) { try decode(wrongMagic) }
    var otherVersion = bytes
    otherVersion[8] = 9
    #expect(
      throws: IndexFileError.unsupportedVersion(found: 9, supported: IndexFile.version)
    ) {
      try decode(otherVersion)
    }
    #expect(throws: IndexFileError.truncated) { try decode(Array(bytes.prefix(bytes.count / 2))) }
    #expect(throws: IndexFileError.truncated) { try decode(Array(bytes.prefix(12))) }
    #expect(throws: IndexFileError.notAnIndex) { try decode([]) }
    #expect(throws: IndexFileError.differentCorpus) { try decode(bytes, expecting: 7) }
    // A flipped bit anywhere after the magic is caught by the checksum.
    var generator = SeededGenerator(seed: 5)
    for _ in 0..<50 {
      var flipped = bytes
      let at = Int.random(in: 8..<bytes.count, using: &generator)
      flipped[at] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &generator)
      #expect(throws: IndexFileError.self) { try decode(flipped) }
    }
  }

  @Test func inconsistentContentsAreRefusedEvenWithAValidChecksum() throws {
    // Rebuild a file whose postings point past the block, with a correct checksum.
    let bytes = try Self.archive.get()
    var damaged = bytes
    // Zero a stretch in the middle of the payload, then fix the checksum.
    let start = bytes.count / 2
    for k in start..<(start + 64) { damaged[k] = 0xFF }
    let sum = damaged.withUnsafeBufferPointer {
      checksum64(UnsafeBufferPointer(rebasing: $0[8..<(damaged.count - 8)]))
    }
    withUnsafeBytes(of: sum.littleEndian) { raw in
      for k in 0..<8 { damaged[damaged.count - 8 + k] = raw[k] }
    }
    #expect(throws: IndexFileError.self) { try decode(damaged) }
  }

  /// The small index the index-loader fuzz target patches (Fuzz/Targets/FuzzIndexLoader.swift).
  static func fuzzSeed() -> [UInt8] {
    let line =
      #"{"id": "a", "text": "What is the hardest part of the {role|job} position?", "category": "challenges", "stages": ["screen"], "occupations": ["41-3091"], "keywords": ["quota"]}"#
    let second =
      #"{"id": "b", "text": "Who are your main competitors?", "category": "competitors", "stages": ["screen", "first-round"]}"#
    let occupation =
      #"{"code": "41-3091.00", "title": "Sales Representatives of Services", "description": "Sell services.", "titles": ["Account Executive"], "tasks": ["Own a quota."], "technology": ["Salesforce"], "tools": []}"#
    let posting =
      #"{"id": "p", "title": "Account Executive", "category": "sales", "occupation": "41-3091.00", "text": "Own a quota and a pipeline."}"#
    let reading = CorpusLoader.read(
      CorpusFiles(
        folder: "",
        contents: [
          CorpusFiles.questionsFile: Array((line + "\n" + second).utf8),
          CorpusFiles.descriptionsFile: Array(posting.utf8),
          CorpusFiles.occupationsFile: Array(occupation.utf8),
        ]))
    return IndexFile.encode(Recommender(corpus: reading.corpus), fingerprint: 1)
  }

  /// Every input the fuzzer found a fault with, kept in Fixtures/fuzz, now
  /// refused with an error.
  @Test func fuzzFindingsAreRefused() throws {
    let folder = Paths.fixtures.appending(path: "fuzz")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasPrefix("index-")
    }
    #expect(!names.isEmpty)
    for name in names {
      let input = [UInt8](try Data(contentsOf: folder.appending(path: name)))
      var file = Self.fuzzSeed()
      // Patches of (position, value), as the fuzz target applies them.
      var k = 1
      while k + 2 < input.count {
        file[(Int(input[k]) << 8 | Int(input[k + 1])) % (file.count - 8)] = input[k + 2]
        k += 3
      }
      let sum = file.withUnsafeBufferPointer {
        checksum64(UnsafeBufferPointer(rebasing: $0[8..<(file.count - 8)]))
      }
      withUnsafeBytes(of: sum.littleEndian) { raw in
        for j in 0..<8 { file[file.count - 8 + j] = raw[j] }
      }
      #expect(throws: IndexFileError.self, "\(name)") { try decode(file) }
    }
  }

  @Test func theChecksumSeesEverySingleWordChange() {
    let data = [UInt8](repeating: 7, count: 100)
    let base = data.withUnsafeBufferPointer(checksum64)
    for at in stride(from: 0, to: 100, by: 3) {
      var changed = data
      changed[at] = 8
      #expect(changed.withUnsafeBufferPointer(checksum64) != base)
    }
    #expect(Array(data.prefix(99)).withUnsafeBufferPointer(checksum64) != base)
  }
}

extension IndexFileTests {
  @Test func theHeaderDeclaresTheFileSize() throws {
    let bytes = try Self.archive.get()
    let length = try bytes.withUnsafeBufferPointer { buffer throws(IndexFileError) in
      try IndexFile.headerLength(prefix: UnsafeBufferPointer(rebasing: buffer[0..<16]))
    }
    #expect(length == 16 + 12 * 7)
    let declared = try bytes.withUnsafeBufferPointer { buffer throws(IndexFileError) in
      try IndexFile.declaredFileSize(header: UnsafeBufferPointer(rebasing: buffer[0..<length]))
    }
    #expect(declared == bytes.count)
  }

  @Test func aHeaderIsRefusedBeforeTheRestIsRead() {
    func size(_ bytes: [UInt8]) throws(IndexFileError) -> Int {
      try bytes.withUnsafeBufferPointer { buffer throws(IndexFileError) in
        try IndexFile.declaredFileSize(header: buffer)
      }
    }
    var header = IndexFile.magic
    #expect(throws: IndexFileError.truncated) { try size(header) }
    #expect(throws: IndexFileError.notAnIndex) { try size([UInt8](repeating: 0, count: 64)) }
    for value in [IndexFile.version, 2, 0x4154_454D] {
      withUnsafeBytes(of: value.littleEndian) { header += $0 }
    }
    withUnsafeBytes(of: (UInt64(1) << 40).littleEndian) { header += $0 }
    // The table says two sections but holds one.
    #expect(throws: IndexFileError.truncated) { try size(header) }
    header[12] = 1
    #expect((try? size(header)) == (1 << 40) + 36)
    header[12] = 200
    #expect(throws: IndexFileError.corrupt("200 sections")) { try size(header) }
  }
}
