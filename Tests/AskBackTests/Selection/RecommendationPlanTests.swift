import Testing

@testable import AskBack

struct RecommendationPlanTests {
  /// Candidates: `count` per category over the given categories, scored so
  /// that the first categories score highest.
  static func candidates(
    _ categories: [Category], perCategory: Int
  ) throws -> ([Candidate], [[UInt32]]) {
    var candidates: [Candidate] = []
    var words: [[UInt32]] = []
    for (c, category) in categories.enumerated() {
      for k in 0..<perCategory {
        let index = candidates.count
        candidates.append(
          try candidate(
            index, id: "\(category.rawValue)-\(k)", text: "What about topic\(index) here?",
            category: category, theme: "theme-\(index)",
            score: 1.0 - Double(c) * 0.1 - Double(k) * 0.001, stages: [.firstRound, .followUp]))
        words.append([UInt32(index)])
      }
    }
    return (candidates, words)
  }

  /// A candidate at `index` whose question has the given id, text, category and theme, fit
  /// for the first round by default, with no occupation.
  static func candidate(
    _ index: Int, id: String, text: String, category: Category, theme: String?, score: Double,
    stages: StageSet = [.firstRound], fills: [QuestionTemplate.Slot: [PostingFact]] = [:]
  ) throws -> Candidate {
    Candidate(
      index: index,
      question: try Question(
        id: id, text: text, category: category, stages: stages, theme: theme),
      score: score, occupation: nil, signalled: true, fills: fills)
  }

  static func plan(
    _ stage: Stage, limit: Int, grounded: Bool = false, policy: RankingPolicy = .init()
  )
    -> RecommendationPlan
  {
    RecommendationPlan(
      stage: stage, limit: limit, groundedPlaces: grounded, occupationTitle: "Nurses",
      policy: policy)
  }

  @Test func coreCategoriesGetAPlaceEvenWhenTheyScoreLow() throws {
    let (candidates, words) = try Self.candidates(
      [.role, .team, .success, .competitors, .challenges, .concerns, .timeline], perCategory: 5)
    let chosen = Self.plan(.firstRound, limit: 10).select(candidates, words: words)
    let categories = chosen.map(\.candidate.question.category)
    #expect(chosen.count == 10)
    for core in Category.core { #expect(categories.contains(core)) }
    #expect(categories.filter { $0 == .role }.count == 3)
    #expect(chosen.map(\.candidate.score) == chosen.map(\.candidate.score).sorted(by: >))
  }

  @Test func aListTooShortForTheReservedPlacesGoesByScore() throws {
    let (candidates, words) = try Self.candidates(
      [.role, .competitors, .challenges, .concerns, .timeline], perCategory: 2)
    #expect(
      Self.plan(.firstRound, limit: 2).select(candidates, words: words).map(
        \.candidate.question.category) == [.role, .role])
  }

  @Test func theCapIsLiftedRatherThanLeaveTheListShort() throws {
    let (candidates, words) = try Self.candidates([.followup], perCategory: 12)
    #expect(Self.plan(.followUp, limit: 10).select(candidates, words: words).count == 10)
  }

  @Test func nearDuplicatesAndRepeatedThemesAreSkipped() throws {
    var (candidates, words) = try Self.candidates([.role], perCategory: 5)
    words[1] = words[0]  // the second says what the first says
    let repeated = candidates[3]
    candidates[3] = try Self.candidate(
      repeated.index, id: "role-3", text: "What about another topic here?", category: .role,
      theme: candidates[2].question.theme, score: repeated.score, stages: [.followUp])
    let chosen = Self.plan(.followUp, limit: 3).select(candidates, words: words).map(
      \.candidate.index)
    // The fourth shares the third's theme: the fifth comes in instead, though it scores less.
    #expect(chosen == [0, 2, 4])
  }

  @Test func groundedPlacesTakeDistinctFillsTheCandidatesCanHold() throws {
    let duties = ["reconciling statements", "processing invoices", "closing the month"].map {
      PostingFact(value: $0, evidence: "the posting")
    }
    var candidates: [Candidate] = []
    var words: [[UInt32]] = []
    for (k, category) in [Category.competitors, .challenges, .concerns, .timeline].enumerated() {
      candidates.append(
        try Self.candidate(
          k, id: "core-\(k)", text: "What about core \(k)?", category: category,
          theme: "core-\(k)", score: 0.9))
      words.append([UInt32(k)])
    }
    for k in 0..<5 {
      let index = candidates.count
      candidates.append(
        try Self.candidate(
          index, id: "duty-\(k)", text: "How is {duty} done \(k)?", category: .role,
          theme: "duty-\(k)", score: 0.1, fills: [.duty: duties]))
      words.append([UInt32(index)])
    }
    let plainCategories: [Category] = [.team, .success, .culture, .growth, .company]
    for k in 0..<5 {
      let index = candidates.count
      candidates.append(
        try Self.candidate(
          index, id: "plain-\(k)", text: "What about plain \(k)?", category: plainCategories[k],
          theme: "plain-\(k)", score: 0.5))
      words.append([UInt32(index)])
    }
    var policy = RankingPolicy()
    policy.groundedTarget = 3
    let chosen = Self.plan(.firstRound, limit: 10, grounded: true, policy: policy).select(
      candidates, words: words)
    let grounded = chosen.filter { !$0.fills.isEmpty }
    // Three grounded places, though plain questions score higher; no fill twice, and no
    // grounded question once the three facts are used.
    #expect(grounded.count == 3)
    #expect(Set(grounded.compactMap { $0.fills[.duty]?.value }).count == 3)
    let without = Self.plan(.firstRound, limit: 10, grounded: false, policy: policy).select(
      candidates, words: words)
    #expect(without.filter { !$0.fills.isEmpty }.count == 1)
  }

  @Test func aListOfTenHoldsOneQuestionAboutCompetitors() throws {
    var candidates: [Candidate] = []
    var words: [[UInt32]] = []
    let categories: [Category] =
      [.competitors, .competitors, .competitors, .challenges, .concerns, .timeline]
      + [.team, .success, .culture, .growth, .company, .role, .manager]
    for (k, category) in categories.enumerated() {
      candidates.append(
        try Self.candidate(
          k, id: "q-\(k)", text: "What about \(category.rawValue) \(k)?", category: category,
          theme: "theme-\(k)",
          // The competitors questions score highest.
          score: k < 3 ? 0.9 : 0.5 - Double(k) / 100))
      words.append([UInt32(k)])
    }
    let ten = Self.plan(.firstRound, limit: 10).select(candidates, words: words)
    #expect(ten.count == 10)
    #expect(ten.filter { $0.candidate.question.category == .competitors }.count == 1)
    // A longer list goes by the category cap alone.
    let twenty = Self.plan(.firstRound, limit: 20).select(candidates, words: words)
    #expect(twenty.filter { $0.candidate.question.category == .competitors }.count == 3)
  }

  @Test func anUnsignalledOccupationQuestionTakesOnlyTheOccupationsReservedPlaces() throws {
    var policy = RankingPolicy()
    policy.ownOccupationTarget = 1
    let fit = OccupationFit(group: SOCGroup("29-1141")!, probability: 0.9)
    func candidate(_ k: Int, _ score: Double, occupation: Bool) throws -> Candidate {
      Candidate(
        index: k,
        question: try Question(
          id: "q\(k)", text: "What about q\(k)?", category: .role, stages: [.followUp],
          theme: "q\(k)"),
        score: score, occupation: occupation ? fit : nil, signalled: !occupation, fills: [:])
    }
    let candidates = [
      try candidate(0, 0.9, occupation: true), try candidate(1, 0.8, occupation: true),
      try candidate(2, 0.1, occupation: false),
    ]
    let chosen = Self.plan(.firstRound, limit: 2, policy: policy).select(
      candidates, words: [[0], [1], [2]]
    ).map(\.candidate.question.id)
    // q0 takes the occupation's one reserved place; q1 may not take a place beyond it.
    #expect(chosen == ["q0", "q2"])
  }

  @Test func aCorePlacePrefersAQuestionWrittenForTheJob() throws {
    let fit = OccupationFit(group: SOCGroup("29-1141")!, probability: 0.9)
    let fact = [QuestionTemplate.Slot.duty: [PostingFact(value: "charting", evidence: "x")]]
    func candidate(
      _ k: Int, _ score: Double, occupation: Bool = false, signalled: Bool = true,
      fills: [QuestionTemplate.Slot: [PostingFact]] = [:]
    ) throws -> Candidate {
      Candidate(
        index: k,
        question: try Question(
          id: "q\(k)", text: "What about q\(k)?", category: .challenges, stages: [.firstRound],
          theme: "q\(k)"),
        score: score, occupation: occupation ? fit : nil, signalled: signalled, fills: fills)
    }
    /// The question that takes the challenges place.
    func best(_ candidates: [Candidate]) -> String? {
      Self.plan(.firstRound, limit: 4).select(
        candidates, words: (0..<4).map { [UInt32($0)] }
      ).first { $0.reason == .coversCategory(.challenges) }?.candidate.question.id
    }
    let generic = try candidate(0, 0.9)
    let unsignalled = try candidate(1, 0.3, occupation: true, signalled: false)
    let signalled = try candidate(2, 0.2, occupation: true)
    let grounded = try candidate(3, 0.25, fills: fact)
    // An occupation question the posting signals, or a grounded one, comes before a generic
    // question of any score.
    #expect(best([generic, unsignalled, signalled]) == "q2")
    #expect(best([generic, unsignalled, grounded]) == "q3")
    #expect(best([generic, signalled, grounded]) == "q3")
    // An occupation question without its keywords in the posting takes no core place.
    #expect(best([generic, unsignalled]) == "q0")
    #expect(best([unsignalled]) == nil)
  }

  @Test func theCategoryCapGrowsWithTheList() {
    #expect(Self.plan(.firstRound, limit: 10).categoryCap == 3)
    #expect(Self.plan(.firstRound, limit: 20).categoryCap == 6)
    #expect(Self.plan(.firstRound, limit: 3).categoryCap == 3)
  }
}
