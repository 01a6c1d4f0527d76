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
        let question = try Question(
          id: "\(category.rawValue)-\(k)", text: "What about topic\(index) here?",
          category: category,
          stages: [.firstRound])
        let score = 1.0 - Double(c) * 0.1 - Double(k) * 0.001
        candidates.append(
          Candidate(index: index, question: question, score: score, field: nil, signalled: true))
        words.append([UInt32(index)])
      }
    }
    return (candidates, words)
  }

  @Test func coreCategoriesGetAPlaceEvenWhenTheyScoreLow() throws {
    let (candidates, words) = try Self.candidates(
      [.role, .team, .success, .competitors, .challenges, .concerns, .timeline], perCategory: 5)
    let plan = RecommendationPlan(stage: .firstRound, limit: 10, ownFields: [], policy: .init())
    let chosen = plan.select(candidates, words: words)
    let categories = chosen.map(\.candidate.question.category)
    #expect(chosen.count == 10)
    for core in Category.core { #expect(categories.contains(core)) }
    #expect(categories.filter { $0 == .role }.count == 3)
    #expect(chosen.map(\.candidate.score) == chosen.map(\.candidate.score).sorted(by: >))
  }

  @Test func aListTooShortForTheReservedPlacesGoesByScore() throws {
    let (candidates, words) = try Self.candidates(
      [.role, .competitors, .challenges, .concerns, .timeline], perCategory: 2)
    let plan = RecommendationPlan(stage: .firstRound, limit: 2, ownFields: [], policy: .init())
    #expect(
      plan.select(candidates, words: words).map(\.candidate.question.category) == [.role, .role])
  }

  @Test func theCapIsLiftedRatherThanLeaveTheListShort() throws {
    let (candidates, words) = try Self.candidates([.followup], perCategory: 12)
    let plan = RecommendationPlan(stage: .followUp, limit: 10, ownFields: [], policy: .init())
    #expect(plan.select(candidates, words: words).count == 10)
  }

  @Test func nearDuplicatesAreSkipped() throws {
    var (candidates, words) = try Self.candidates([.role], perCategory: 3)
    words[1] = words[0]  // the second says what the first says
    let plan = RecommendationPlan(stage: .followUp, limit: 3, ownFields: [], policy: .init())
    let chosen = plan.select(candidates, words: words).map(\.candidate.index)
    #expect(chosen == [0, 2])
  }

  @Test func theCategoryCapGrowsWithTheList() {
    #expect(
      RecommendationPlan(stage: .firstRound, limit: 10, ownFields: [], policy: .init()).categoryCap
        == 3)
    #expect(
      RecommendationPlan(stage: .firstRound, limit: 20, ownFields: [], policy: .init()).categoryCap
        == 6)
    #expect(
      RecommendationPlan(stage: .firstRound, limit: 3, ownFields: [], policy: .init()).categoryCap
        == 3)
  }
}
