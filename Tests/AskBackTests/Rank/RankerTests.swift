import Testing

@testable import AskBack

struct RankerTests {
  /// Brute force: every document's full vector dotted with the query, then a
  /// full sort, keeping scores above zero.
  static func bruteForce(
    _ query: SparseVector, _ vectors: [SparseVector], limit: Int
  ) -> [ScoredDocument] {
    var scored: [ScoredDocument] = []
    for (d, vector) in vectors.enumerated() {
      var score: Float = 0
      for (term, weight) in zip(query.terms, query.weights) {
        score += weight * vector.weight(of: term)
      }
      if score > 0 { scored.append(ScoredDocument(document: DocID(d), score: score)) }
    }
    return Array(scored.sorted { $0.ranks(before: $1) }.prefix(limit))
  }

  /// A random corpus of `count` documents over a vocabulary of `vocabulary` words.
  static func randomTexts(
    count: Int, vocabulary: Int, length: ClosedRange<Int> = 1...12,
    using generator: inout SeededGenerator
  ) -> [String] {
    (0..<count).map { _ in
      let length = Int.random(in: length, using: &generator)
      return (0..<length).map { _ in "w\(Int.random(in: 0..<vocabulary, using: &generator))" }
        .joined(separator: " ")
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5])
  func agreesWithBruteForce(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let texts = Self.randomTexts(count: 300, vocabulary: 60, using: &generator)
    var builder = IndexBuilder(analyzer: .simple)
    for text in texts { builder.addIndexed(text) }
    let (weighting, index) = builder.build()
    let vectors = texts.map { weighting.vector(for: $0, analyzer: .simple) }
    var ranker = Ranker(index: index)
    for _ in 0..<40 {
      let query = weighting.vector(
        for: Self.randomTexts(count: 1, vocabulary: 80, using: &generator)[0], analyzer: .simple)
      for limit in [1, 10, 50] {
        let fast = ranker.topDocuments(for: query, limit: limit)
        let slow = Self.bruteForce(query, vectors, limit: limit)
        #expect(fast.map(\.document) == slow.map(\.document))
        for (a, b) in zip(fast, slow) { #expect(abs(a.score - b.score) < 1e-5) }
      }
    }
  }

  /// More documents than one block holds, words repeated within documents:
  /// block boundaries and the single/repeated runs must not change a result.
  @Test func agreesWithBruteForceAcrossBlocks() {
    var generator = SeededGenerator(seed: 99)
    let count = InvertedIndex.blockSize * 2 + 1234
    let texts = Self.randomTexts(count: count, vocabulary: 40, length: 1...4, using: &generator)
    var builder = IndexBuilder(analyzer: .simple)
    for text in texts { builder.addIndexed(text) }
    let (weighting, index) = builder.build()
    #expect(index.blockCount == 3)
    var ranker = Ranker(index: index)
    for _ in 0..<5 {
      let queryText = Self.randomTexts(count: 1, vocabulary: 60, length: 3...8, using: &generator)[
        0]
      let query = weighting.vector(for: queryText, analyzer: .simple)
      let fast = ranker.topDocuments(for: query, limit: 20)
      // Brute force from the index's own weights.
      var all: [ScoredDocument] = []
      for d in 0..<count {
        var score: Float = 0
        for (term, weight) in zip(query.terms, query.weights) {
          score += weight * index.weight(of: term, in: DocID(d))
        }
        if score > 0 { all.append(ScoredDocument(document: DocID(d), score: score)) }
      }
      let slow = Array(all.sorted { $0.ranks(before: $1) }.prefix(20))
      #expect(fast.count == slow.count)
      for (a, b) in zip(fast, slow) { #expect(abs(a.score - b.score) < 1e-5) }
      // Equal scores are common here; the documents agree up to ties.
      let lastScore = slow.last?.score ?? 0
      let strict = { (list: [ScoredDocument]) in
        Set(list.filter { $0.score > lastScore + 1e-5 }.map(\.document))
      }
      #expect(strict(fast) == strict(slow))
    }
  }

  @Test func theIndexRefusesArraysThatDoNotFit() {
    func make(
      offsets: [UInt16], frequencies: [UInt8], starts: [UInt32] = [0, 2], repeats: [UInt32] = [1]
    ) -> IndexError? {
      do {
        _ = try InvertedIndex(
          documentCount: 3, blockStarts: starts, repeatStarts: repeats, documentOffsets: offsets,
          termFrequencies: frequencies, termWeights: [1.5], inverseNorms: [1, 1, 1])
        return nil
      } catch {
        return error
      }
    }
    #expect(make(offsets: [0, 2], frequencies: [1, 2]) == nil)
    #expect(make(offsets: [2, 0], frequencies: [1, 1], repeats: [2]) != nil)  // out of order
    #expect(make(offsets: [0, 3], frequencies: [1, 2]) != nil)  // past the documents
    #expect(make(offsets: [0, 2], frequencies: [1, 0]) != nil)  // frequency 0
    #expect(make(offsets: [0, 2], frequencies: [2, 1]) != nil)  // runs mixed up
    #expect(make(offsets: [0, 2], frequencies: [1, 2], starts: [0, 3]) != nil)  // past the postings
    #expect(make(offsets: [0, 2], frequencies: [1, 2], repeats: [5]) != nil)
  }

  /// Rare words reach few documents: the ranker lists them instead of
  /// scanning, and must still agree with brute force.
  @Test func sparseQueriesAgreeWithBruteForce() {
    var generator = SeededGenerator(seed: 21)
    let texts = Self.randomTexts(count: 3000, vocabulary: 2000, length: 2...6, using: &generator)
    var builder = IndexBuilder(analyzer: .simple)
    for text in texts { builder.addIndexed(text) }
    let (weighting, index) = builder.build()
    let vectors = texts.map { weighting.vector(for: $0, analyzer: .simple) }
    var ranker = Ranker(index: index)
    for _ in 0..<30 {
      let queryText = Self.randomTexts(
        count: 1, vocabulary: 2000, length: 1...2, using: &generator)[0]
      let query = weighting.vector(for: queryText, analyzer: .simple)
      let fast = ranker.topDocuments(for: query, limit: 10)
      let slow = Self.bruteForce(query, vectors, limit: 10)
      #expect(fast.map(\.document) == slow.map(\.document))
      // Every matched document, in document order, with its cosine score.
      var seen: [(DocID, Float)] = []
      ranker.forEachScore(for: query) { seen.append(($0, $1)) }
      let matched = vectors.indices.filter { d in
        query.terms.contains { vectors[d].weight(of: $0) > 0 }
      }
      #expect(seen.map(\.0.index) == matched)
      for (doc, score) in seen {
        let expected = zip(query.terms, query.weights).reduce(Float(0)) {
          $0 + $1.1 * vectors[doc.index].weight(of: $1.0)
        }
        #expect(abs(score - expected) < 1e-5)
      }
    }
  }

  @Test func allEqualScoresComeOutInDocumentOrder() {
    // Every document is the same text, so every score is equal.
    var builder = IndexBuilder(analyzer: .simple)
    for _ in 0..<50 { builder.addIndexed("same words here") }
    let (weighting, index) = builder.build()
    var ranker = Ranker(index: index)
    let query = weighting.vector(for: "words", analyzer: .simple)
    let top = ranker.topDocuments(for: query, limit: 10)
    #expect(top.map(\.document) == (0..<10).map { DocID($0) })
    #expect(Set(top.map(\.score)).count == 1)
  }

  @Test func aQueryWithNoKnownTermFindsNothing() {
    let (weighting, index) = TFIDFWeightingTests.fixture()
    var ranker = Ranker(index: index)
    #expect(
      ranker.topDocuments(for: weighting.vector(for: "zebra", analyzer: .simple), limit: 5).isEmpty)
  }
}
