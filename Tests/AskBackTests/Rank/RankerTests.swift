import AskBack
import Testing

struct RankerTests {
  /// Brute force: every document's full vector dotted with the query, then a
  /// full sort, keeping scores above zero.
  static func bruteForce(
    _ query: SparseVector, _ vectors: [SparseVector], limit: Int,
    allowed: (Int) -> Bool = { _ in true }
  ) -> [ScoredDocument] {
    var scored: [ScoredDocument] = []
    for (d, vector) in vectors.enumerated() where allowed(d) {
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
    count: Int, vocabulary: Int, using generator: inout SeededGenerator
  ) -> [String] {
    (0..<count).map { _ in
      let length = Int.random(in: 1...12, using: &generator)
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
    index.checkInvariants()
    let vectors = texts.map { weighting.vector(for: $0, analyzer: .simple) }
    var ranker = Ranker(index: index)
    let masks = (0..<texts.count).map { UInt8(1 << ($0 % 3)) }
    for _ in 0..<40 {
      let query = weighting.vector(
        for: Self.randomTexts(count: 1, vocabulary: 80, using: &generator)[0], analyzer: .simple)
      for limit in [1, 10, 50] {
        let fast = ranker.topDocuments(for: query, limit: limit)
        let slow = Self.bruteForce(query, vectors, limit: limit)
        #expect(fast.map(\.document) == slow.map(\.document))
        for (a, b) in zip(fast, slow) { #expect(abs(a.score - b.score) < 1e-5) }
        let filter = DocumentFilter(masks: masks, required: 0b010)
        let filtered = ranker.topDocuments(for: query, limit: limit, filter: filter)
        let reference = Self.bruteForce(query, vectors, limit: limit) { masks[$0] & 0b010 != 0 }
        #expect(filtered.map(\.document) == reference.map(\.document))
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
