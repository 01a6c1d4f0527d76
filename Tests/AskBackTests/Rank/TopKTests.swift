import Testing

@testable import AskBack

struct TopKTests {
  /// The reference: sort everything by score (descending), then document.
  static func fullSort(_ scores: [Float], limit: Int) -> [ScoredDocument] {
    let all = scores.enumerated().map {
      ScoredDocument(document: DocID($0.offset), score: $0.element)
    }
    return Array(all.sorted { $0.ranks(before: $1) }.prefix(limit))
  }

  @Test(arguments: [0, 1, 3, 10, 100])
  func agreesWithAFullSort(limit: Int) {
    var generator = SeededGenerator(seed: UInt64(limit) + 7)
    for _ in 0..<50 {
      let count = Int.random(in: 0...200, using: &generator)
      // Few distinct values, so ties are common.
      let scores = (0..<count).map { _ in Float(Int.random(in: 0...9, using: &generator)) / 8 }
      var top = TopK(limit: limit)
      // Offer the documents in a shuffled order: ties must not depend on it.
      for d in (0..<count).shuffled(using: &generator) { top.consider(DocID(d), score: scores[d]) }
      #expect(top.sortedResults() == Self.fullSort(scores, limit: limit))
    }
  }

  @Test func equalScoresGoToTheLowerDocument() {
    var top = TopK(limit: 3)
    for d in [9, 4, 7, 1, 8, 2] { top.consider(DocID(d), score: 0.5) }
    #expect(top.sortedResults().map(\.document) == [DocID(1), DocID(2), DocID(4)])
  }
}

struct TopKDrainTests {
  @Test func drainingGivesTheSortedResultsAndReusesTheBuffer() {
    var generator = SeededGenerator(seed: 3)
    var results: [ScoredDocument] = []
    for limit in [0, 1, 5, 20] {
      var a = TopK(limit: limit)
      var b = TopK(limit: limit)
      for d in 0..<100 {
        let score = Float(Int.random(in: 0...20, using: &generator))
        a.consider(DocID(d), score: score)
        b.consider(DocID(d), score: score)
      }
      a.drain(into: &results)
      #expect(results == b.sortedResults())
      #expect(a.count == 0)
    }
  }
}
