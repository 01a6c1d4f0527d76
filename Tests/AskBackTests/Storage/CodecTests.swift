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
    policy.fieldBonus = 0.07
    policy.ownFieldTarget = 4
    policy.categoryShare = 0.25
    policy.fieldModel.titleWeight = 0.75
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
    #expect(read.fields.map(\.name) == corpus.fields.map(\.name))
    #expect(read.fields.map(\.terms) == corpus.fields.map(\.terms))
    #expect(read.descriptions.isEmpty)
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

    let model = try roundTrip(recommender.fieldModel.write) { reader throws(IndexFileError) in
      try FieldModel(reading: &reader, analyzer: .standard)
    }
    let posting = try RecommenderTests.example("staff-accountant.txt")
    #expect(
      model.scores(posting: posting, title: "Staff Accountant")
        == recommender.fieldModel.scores(posting: posting, title: "Staff Accountant"))
  }

  @Test(arguments: [
    (5, 1e300), (0, -1), (4, 1.5), (0, 1e9), (8, 2e9),
  ])
  func aPolicyValueOutOfRangeIsRefused(slot: Int, value: Double) throws {
    // Eight bytes a value: the field bonus, the hedge, the fill probability, the own-field
    // target (a count), the near-duplicate share, the category share, the category minimum (a
    // count), the description weight and the title weight.
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
    // The first value, the field bonus, becomes NaN.
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
