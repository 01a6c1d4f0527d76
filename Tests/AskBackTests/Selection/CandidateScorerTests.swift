import Testing

@testable import AskBack

struct CandidateScorerTests {
  static func code(_ text: String) -> OccupationCode {
    guard let code = OccupationCode(text) else { preconditionFailure("not a code: \(text)") }
    return code
  }
  static let nurse = OccupationMatch(
    code: code("29-1141.00"), title: "Registered Nurses", score: 0.8)
  static let practical = OccupationMatch(
    code: code("29-2061.00"), title: "Licensed Practical Nurses", score: 0.15)

  static func question(
    _ id: String, _ text: String, occupations: [String] = [], keywords: [String] = [],
    employers: [EmployerKind] = [], category: Category = .role
  ) throws -> Question {
    try Question(
      id: id, text: text, category: category, stages: [.firstRound], keywords: keywords,
      occupations: occupations.compactMap(SOCGroup.init), theme: id, employers: employers)
  }

  /// Scores `questions` for a nurse posting with `facts`, each at similarity 0.2.
  static func score(
    _ questions: [Question], facts: PostingFacts = PostingFacts(),
    occupations: [OccupationMatch] = [nurse, practical], posting: String = ""
  ) -> [String: Candidate] {
    let recommender = Recommender(corpus: Corpus(questions: questions))
    var tokens = TokenBuffer()
    recommender.analyzer.analyze(posting, into: &tokens)
    var query = SparseVector()
    var counter = TermCounter()
    recommender.weighting.vectorize(tokens, into: &query, counter: &counter)
    let scored = CandidateScorer(
      corpus: recommender.corpus, features: recommender.features, policy: recommender.policy
    ).score(
      stage: .firstRound, similarity: [Float](repeating: 0.2, count: questions.count),
      queryTerms: query.terms, occupations: occupations, facts: facts)
    return Dictionary(uniqueKeysWithValues: scored.candidates.map { ($0.question.id, $0) })
  }

  @Test func anOccupationQuestionNeedsATagOverTheLikeliestOccupation() throws {
    let byID = Self.score([
      try Self.question("rn", "How are patients assigned on the unit?", occupations: ["29-1141"]),
      try Self.question(
        "nursing", "How is the unit staffed?", occupations: ["29-1000", "29-2000"]),
      try Self.question("lpn", "How do LPNs and RNs split the work?", occupations: ["29-2061"]),
      try Self.question("mover", "How are moves scheduled?", occupations: ["53-7062"]),
      try Self.question("any", "What does a good first month look like?"),
    ])
    #expect(byID["rn"] != nil)
    #expect(byID["nursing"] != nil)
    // Its tags hold only the second occupation, or none at all.
    #expect(byID["lpn"] == nil)
    #expect(byID["mover"] == nil)
    #expect(byID["any"] != nil)
    // The probability is that of every recognised occupation under the tags.
    #expect(abs((byID["nursing"]?.occupation?.probability ?? 0) - 0.95) < 1e-9)
    #expect(abs((byID["rn"]?.occupation?.probability ?? 0) - 0.8) < 1e-9)
  }

  @Test func anUncertainOccupationGivesItsQuestionsNoPlace() throws {
    let unsure = OccupationMatch(code: Self.code("29-1141.00"), title: "RN", score: 0.2)
    let byID = Self.score(
      [try Self.question("rn", "How are patients assigned on the unit?", occupations: ["29-1141"])],
      occupations: [unsure])
    #expect(byID.isEmpty)
  }

  @Test func anOccupationQuestionWithoutItsKeywordsIsUnsignalledAndEarnsNoBonus() throws {
    let policy = RankingPolicy()
    let byID = Self.score(
      [
        try Self.question(
          "telemetry", "How are telemetry alarms handled on the unit?",
          occupations: ["29-1141"], keywords: ["telemetry"]),
        try Self.question(
          "charge", "How does the charge nurse assign patients on the unit?",
          occupations: ["29-1141"], keywords: ["charge nurse"]),
      ], posting: "Registered Nurse. The charge nurse assigns patients on our unit each shift.")
    let telemetry = try #require(byID["telemetry"])
    let charge = try #require(byID["charge"])
    #expect(!telemetry.signalled)
    #expect(charge.signalled)
    #expect(abs(telemetry.score - 0.2) < 1e-6)
    #expect(abs(charge.score - (0.2 + policy.occupationBonus * 0.8)) < 1e-6)
  }

  @Test func employerKindsAndGroundedSlotsDecideWhoIsACandidate() throws {
    var facts = PostingFacts()
    facts.employerKind = .hospital
    facts.tools = [PostingFact(value: "Epic", evidence: "Charting in Epic.")]
    let byID = Self.score(
      [
        try Self.question(
          "hospital", "How do patients choose this hospital over others?", employers: [.hospital]),
        try Self.question(
          "school", "How do families choose this school over others?", employers: [.school]),
        try Self.question("tool", "How is {tool} set up for the unit?"),
        try Self.question("duty", "How is {duty} handled on the unit?"),
        try Self.question("either", "How is {duty|the daily work} handled on the unit?"),
      ], facts: facts)
    #expect(byID["hospital"] != nil)
    #expect(byID["school"] == nil)
    #expect(byID["tool"]?.fills[.tool]?.map(\.value) == ["Epic"])
    // A grounded slot without a fallback needs the fact; one with a fallback does not.
    #expect(byID["duty"] == nil)
    #expect(byID["either"] != nil && byID["either"]?.isGrounded == false)
  }

  @Test func aCompanySlotWithoutFallbackNeedsTheEmployersName() throws {
    let questions = [
      try Self.question("named", "What win are people at {company} proudest of?"),
      try Self.question("either", "What win are people at {company|the company} proudest of?"),
    ]
    var unnamed = PostingFacts()
    #expect(Set(Self.score(questions, facts: unnamed).keys) == ["either"])
    // An agency posting's unnamed client reads "the client", which is no name either.
    unnamed.isAgencyPosting = true
    #expect(Set(Self.score(questions, facts: unnamed).keys) == ["either"])
    let named = PostingFacts(company: "Acme Health")
    #expect(Set(Self.score(questions, facts: named).keys) == ["named", "either"])
    #expect(try QuestionTemplate("At {company}?").requiresCompany)
    #expect(try !QuestionTemplate("At {company|the firm}?").requiresCompany)
    #expect(throws: SlotError.self) { try QuestionTemplate("As the {role} here?") }
  }
}
