import Testing

@testable import AskBack

struct CandidateScorerTests {
  /// A corpus of two questions for one field, with different keywords.
  static func recommender() throws -> Recommender {
    let field = FieldProfile(
      name: "healthcare", description: "Nurses caring for patients on hospital units.",
      terms: ["RN", "patient care", "telemetry", "charge nurse"], titles: ["Registered Nurse"])
    let questions = [
      try Question(
        id: "q-telemetry", text: "How are telemetry alarms handled on the unit?",
        category: .role, stages: [.firstRound], fields: ["healthcare"], keywords: ["telemetry"]),
      try Question(
        id: "q-charge", text: "How does the charge nurse assign patients on the unit?",
        category: .role, stages: [.firstRound], fields: ["healthcare"], keywords: ["charge nurse"]),
      try Question(
        id: "q-general", text: "What does a good first month on the unit look like?",
        category: .success, stages: [.firstRound]),
    ]
    return Recommender(corpus: Corpus(questions: questions, fields: [field]))
  }

  @Test func aFieldQuestionWithoutItsKeywordsIsUnsignalledAndEarnsNoBonus() throws {
    let recommender = try Self.recommender()
    let posting = "Registered Nurse. The charge nurse assigns patients on our unit each shift."
    var tokens = TokenBuffer()
    recommender.analyzer.analyze(posting, into: &tokens)
    var query = SparseVector()
    var counter = TermCounter()
    recommender.weighting.vectorize(tokens, into: &query, counter: &counter)
    let similarity: [Float] = [0.2, 0.2, 0.2]
    let scored = CandidateScorer(
      corpus: recommender.corpus, features: recommender.features, policy: recommender.policy
    ).score(
      stage: .firstRound, similarity: similarity, queryTerms: query.terms,
      ownFields: ["healthcare"], probability: ["healthcare": 1], facts: PostingFacts())
    let byID = Dictionary(uniqueKeysWithValues: scored.candidates.map { ($0.question.id, $0) })
    let telemetry = try #require(byID["q-telemetry"])
    let charge = try #require(byID["q-charge"])
    let general = try #require(byID["q-general"])
    #expect(!telemetry.signalled)
    #expect(charge.signalled)
    #expect(general.signalled)
    #expect(abs(telemetry.score - 0.2) < 1e-6)
    #expect(abs(charge.score - (0.2 + recommender.policy.fieldBonus)) < 1e-6)
  }

  @Test func anUnsignalledFieldQuestionTakesOnlyItsFieldsReservedPlaces() throws {
    var policy = RankingPolicy()
    policy.ownFieldTarget = 1
    func candidate(_ id: String, _ score: Double, signalled: Bool, field: Bool) throws -> Candidate
    {
      Candidate(
        index: Int(id.dropFirst())!,
        question: try Question(
          id: id, text: "What about \(id)?", category: .role, stages: [.followUp],
          fields: field ? ["healthcare"] : []),
        score: score, field: field ? FieldMatch(name: "healthcare", probability: 0.9) : nil,
        signalled: signalled)
    }
    let candidates = [
      try candidate("q0", 0.9, signalled: false, field: true),
      try candidate("q1", 0.8, signalled: false, field: true),
      try candidate("q2", 0.1, signalled: true, field: false),
    ]
    let plan = RecommendationPlan(
      stage: .firstRound, limit: 2, ownFields: ["healthcare"], policy: policy)
    let chosen = plan.select(candidates, words: [[0], [1], [2]]).map(\.candidate.question.id)
    // q0 takes the field's one reserved place; q1 may not take a place beyond it.
    #expect(chosen == ["q0", "q2"])
  }
}
