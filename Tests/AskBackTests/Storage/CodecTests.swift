import Foundation
import Testing

@testable import AskBack

/// Each type's index-file codec on its own: what is written reads back equal, and nothing is
/// left over.
struct CodecTests {
  /// Writes with `write`, reads back with `read`, and checks every byte was read.
  func roundTrip<T>(
    _ write: (inout BinaryWriter) -> Void,
    _ read: (inout BinaryReader) throws(IndexFileError) -> T
  ) throws -> T {
    var writer = BinaryWriter()
    write(&writer)
    return try writer.bytes.withUnsafeBufferPointer { buffer in
      var reader = BinaryReader(buffer)
      let value = try read(&reader)
      #expect(reader.remaining == 0)
      return value
    }
  }

  @Test func rankingPolicy() throws {
    var policy = RankingPolicy()
    policy.occupationBonus = 0.07
    policy.ownOccupationTarget = 4
    policy.categoryShare = 0.25
    policy.occupationModel.profileWeight = 2.5
    policy.occupationModel.neighbours = 7
    let read = try roundTrip(policy.write) { reader throws(IndexFileError) in
      try RankingPolicy(reading: &reader)
    }
    #expect(read == policy)
  }

  @Test func corpusQuestionsAndFields() throws {
    let corpus = try shippedCorpus.get()
    let read = try roundTrip(corpus.write) { reader throws(IndexFileError) in
      try Corpus(reading: &reader)
    }
    #expect(read.questions == corpus.questions)
    #expect(read.soc == corpus.soc)
    #expect(read.descriptions.isEmpty)
  }

  /// Found by fuzzing the index loader: a damaged file naming one SOC group twice stopped the
  /// program instead of being refused.
  @Test func aSOCGroupNamedTwiceIsRefused() throws {
    let soc = """
      {"code": "41-0000", "level": "major", "title": "Sales and Related Occupations"}
      {"code": "43-0000", "level": "major", "title": "Office and Administrative Support"}
      """
    let line =
      #"{"id": "a", "text": "Who are your main competitors?", "category": "competitors", "stages": ["screen"]}"#
    let corpus = CorpusLoader.read(
      CorpusFiles(
        folder: "",
        contents: [
          CorpusFiles.questionsFile: Array(line.utf8), CorpusFiles.socFile: Array(soc.utf8),
        ])
    ).corpus
    var writer = BinaryWriter()
    corpus.write(to: &writer)
    var bytes = writer.bytes
    // Every "43-0000" becomes "41-0000": the same length, so only the codes change.
    let from = Array("43-0000".utf8)
    let to = Array("41-0000".utf8)
    var replaced = 0
    var i = 0
    while i + from.count <= bytes.count {
      if Array(bytes[i..<(i + from.count)]) == from {
        bytes.replaceSubrange(i..<(i + from.count), with: to)
        replaced += 1
      }
      i += 1
    }
    #expect(replaced == 1)
    #expect(throws: IndexFileError.corrupt("the SOC groups")) {
      try bytes.withUnsafeBufferPointer { buffer throws(IndexFileError) in
        var reader = BinaryReader(buffer)
        _ = try Corpus(reading: &reader)
      }
    }
  }

  @Test func weightingIndexFeaturesAndFieldModel() throws {
    let recommender = try RecommenderTests.recommender.get()
    let weighting = try roundTrip(recommender.weighting.write) { reader throws(IndexFileError) in
      try TFIDFWeighting(reading: &reader)
    }
    #expect(weighting.vocabulary.keys == recommender.weighting.vocabulary.keys)
    #expect(weighting.documentFrequencies == recommender.weighting.documentFrequencies)
    #expect(weighting.documentCount == recommender.weighting.documentCount)

    let index = try roundTrip(recommender.index.write) { reader throws(IndexFileError) in
      try InvertedIndex(reading: &reader)
    }
    #expect(index.blockStarts == recommender.index.blockStarts)
    #expect(index.documentOffsets == recommender.index.documentOffsets)
    #expect(index.termFrequencies == recommender.index.termFrequencies)
    #expect(index.inverseNorms == recommender.index.inverseNorms)

    let questions = recommender.corpus.questions.count
    let features = try roundTrip(recommender.features.write) { reader throws(IndexFileError) in
      try QuestionFeatures(reading: &reader, questions: questions, terms: weighting.termCount)
    }
    #expect(features == recommender.features)

    let model = try roundTrip(recommender.occupationModel.write) {
      reader throws(IndexFileError) in try OccupationModel(reading: &reader)
    }
    let posting = try RecommenderTests.example("staff-accountant.txt")
    var tokens = TokenBuffer()
    Analyzer.standard.analyze(posting, into: &tokens)
    #expect(
      model.recognise(title: "Staff Accountant", text: tokens)
        == recommender.occupationModel.recognise(title: "Staff Accountant", text: tokens))

    let reader = try roundTrip(recommender.reader.write) { reader throws(IndexFileError) in
      try FactReader(reading: &reader)
    }
    #expect(reader.commonWords == recommender.reader.commonWords)
    #expect(reader.verbs == recommender.reader.verbs)
    #expect(reader.tools == recommender.reader.tools)
    #expect(reader.equipment == recommender.reader.equipment)
  }

  @Test(arguments: [
    (3, 1e300), (0, -1), (1, 1.5), (0, 1e9), (7, 2), (8, -0.5), (2, .infinity),
  ])
  func aPolicyValueOutOfRangeIsRefused(slot: Int, value: Double) throws {
    // Eight bytes a value: the occupation bonus, the least occupation probability, the grounded
    // bonus, the employer bonus, three counts (the own-occupation target, the grounded target,
    // the fewest facts), the near-duplicate share, the category share and the category minimum.
    var writer = BinaryWriter()
    RankingPolicy().write(to: &writer)
    var bytes = writer.bytes
    withUnsafeBytes(of: value.bitPattern.littleEndian) { raw in
      for k in 0..<8 { bytes[8 * slot + k] = raw[k] }
    }
    #expect(throws: IndexFileError.corrupt("the ranking policy")) {
      try bytes.withUnsafeBufferPointer { buffer throws(IndexFileError) in
        var reader = BinaryReader(buffer)
        _ = try RankingPolicy(reading: &reader)
      }
    }
  }

  @Test func theCategoryCapStaysWithinTheList() {
    var policy = RankingPolicy()
    #expect(policy.categoryCap(limit: 10) == 3)
    #expect(policy.categoryCap(limit: 20) == 6)
    policy.categoryShare = 1e300
    #expect(policy.categoryCap(limit: 10) == 10)
    policy.categoryShare = -.infinity
    #expect(policy.categoryCap(limit: 10) == 3)
  }

  @Test func aDamagedPolicyIsRefused() throws {
    var writer = BinaryWriter()
    RankingPolicy().write(to: &writer)
    var bytes = writer.bytes
    // The first value, the occupation bonus, becomes NaN.
    withUnsafeBytes(of: Double.nan.bitPattern.littleEndian) { nan in
      for k in 0..<8 { bytes[k] = nan[k] }
    }
    #expect(throws: IndexFileError.corrupt("the ranking policy")) {
      try bytes.withUnsafeBufferPointer { buffer throws(IndexFileError) in
        var reader = BinaryReader(buffer)
        _ = try RankingPolicy(reading: &reader)
      }
    }
  }
}
