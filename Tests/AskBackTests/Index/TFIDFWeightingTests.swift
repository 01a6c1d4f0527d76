import Testing

@testable import AskBack

struct TFIDFWeightingTests {
  /// The worked fixture, with the simple analyzer (no stop words, no stems).
  ///
  /// The weights, derived by hand:
  ///
  ///     d0 = "team plan", d1 = "team goal goal", d2 = "plan risk"; n = 3
  ///     df: team 2, plan 2, goal 1, risk 1
  ///     idf(team) = idf(plan) = ln(4/3) + 1 = 1.2876821
  ///     idf(goal) = idf(risk) = ln(4/2) + 1 = 1.6931472
  ///     d0: both weights 1.2876821 -> normalised 1/√2 = 0.7071068 each
  ///     d1: team 1 · 1.2876821, goal (1 + ln 2) · 1.6931472 = 2.8667474
  ///         norm √(1.2876821² + 2.8667474²) = 3.1426692
  ///         -> team 0.4097416, goal 0.9122016
  ///     d2: plan 1.2876821, risk 1.6931472, norm 2.1271746
  ///         -> plan 0.6053485, risk 0.7959605
  ///     query "goal plan": goal 0.7959605, plan 0.6053485
  ///     scores: d0 = 0.6053485 · 0.7071068 = 0.4280460
  ///             d1 = 0.7959605 · 0.9122016 = 0.7260765
  ///             d2 = 0.6053485 · 0.6053485 = 0.3664468
  static func fixture() -> (TFIDFWeighting, InvertedIndex) {
    var builder = IndexBuilder(analyzer: .simple)
    builder.addIndexed("team plan")
    builder.addIndexed("team goal goal")
    builder.addIndexed("plan risk")
    return builder.build()
  }

  @Test func idfIsSmoothed() throws {
    let (weighting, _) = Self.fixture()
    let team = try #require(weighting.vocabulary.id(of: "team"))
    let goal = try #require(weighting.vocabulary.id(of: "goal"))
    #expect(weighting.documentCount == 3)
    #expect(abs(weighting.idf[team] - 1.2876821) < 1e-7)
    #expect(abs(weighting.idf[goal] - 1.6931472) < 1e-7)
  }

  @Test func documentWeightsMatchTheHandDerivation() throws {
    let (weighting, index) = Self.fixture()
    func weight(_ term: String, _ doc: Int) throws -> Float {
      let id = TermID(try #require(weighting.vocabulary.id(of: term)))
      return index.weight(of: id, in: DocID(doc))
    }
    #expect(abs(try weight("team", 0) - 0.7071068) < 1e-6)
    #expect(abs(try weight("team", 1) - 0.4097416) < 1e-6)
    #expect(abs(try weight("goal", 1) - 0.9122016) < 1e-6)
    #expect(abs(try weight("plan", 2) - 0.6053485) < 1e-6)
    #expect(abs(try weight("risk", 2) - 0.7959605) < 1e-6)
  }

  @Test func scoresAreCosineSimilarities() {
    let (weighting, index) = Self.fixture()
    var searcher = TextSearcher(analyzer: .simple, weighting: weighting, index: index)
    let top = searcher.topDocuments(for: "goal plan", limit: 10)
    #expect(top.map(\.document) == [DocID(1), DocID(0), DocID(2)])
    let expected: [Float] = [0.7260765, 0.4280460, 0.3664468]
    for (scored, value) in zip(top, expected) { #expect(abs(scored.score - value) < 1e-6) }
  }

  @Test func unknownTermsAreDroppedBeforeTheNorm() {
    let (weighting, _) = Self.fixture()
    let vector = weighting.vector(for: "goal unknown words", analyzer: .simple)
    #expect(vector.count == 1)
    #expect(abs(vector.weights[0] - 1) < 1e-6)
  }

  @Test func fitOnlyDocumentsChangeIDFButAreNotIndexed() throws {
    var builder = IndexBuilder(analyzer: .simple)
    builder.addIndexed("team plan")
    builder.addFitOnly("team review")
    let (weighting, index) = builder.build()
    #expect(weighting.documentCount == 2)
    #expect(index.documentCount == 1)
    let review = TermID(try #require(weighting.vocabulary.id(of: "review")))
    #expect(index.documentFrequency(of: review) == 0)
  }
}

struct TermCounterTests {
  @Test func touchedTermsAreSortedLikeTheStandardSort() {
    var generator = SeededGenerator(seed: 11)
    for size in [0, 1, 2, 15, 17, 100, 1000] {
      let values = Array(
        Set((0..<size).map { _ in UInt32.random(in: 0..<100_000, using: &generator) }))
      var sorted = values
      sorted.withUnsafeMutableBufferPointer { TermCounter.sortInPlace($0) }
      #expect(sorted == values.sorted())
    }
  }
}
