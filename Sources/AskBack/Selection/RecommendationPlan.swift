/// How a stage's list is filled from scored candidates.
///
/// - At `screen`, `first-round` and `final-round`, the list first takes the best question of
///   each core category (competitors, challenges, concerns, timeline), preferring one written
///   for the job: the best occupation question the posting signals or grounded question, else
///   the best of the rest the posting signals (``PlaceTier``); then grounded questions
///   until it holds ``RankingPolicy/groundedTarget`` when the posting names at least
///   ``RankingPolicy/groundedMinimumFacts`` tools or duties; then questions written for the
///   posting's occupation until it holds ``RankingPolicy/ownOccupationTarget``; then the best of
///   the rest by score.
/// - At `closing`, it first takes the best next-steps question (timeline), the best
///   remaining-concerns question (concerns) and the best "what else can I send" question
///   (closing), then the best of the rest.
/// - At `follow-up`, `offer` and `rejected`, the stage's questions (check-ins, terms, feedback
///   requests) go by score alone.
///
/// A list shorter than the stage's reserved places (fewer than four at an interview stage) goes
/// by score alone.
///
/// Throughout, a category holds at most ``RankingPolicy/categoryCap(limit:)`` questions (3 in a
/// list of ten; more when the list is long), and competitors and the market at most
/// ``RankingPolicy/competitorsCap`` in a list of ten or fewer; a list holds one question of each theme; a
/// grounded question takes the first of its fills that no question already holds (so no two
/// questions share a fill); and a question that shares ``RankingPolicy/nearDuplicateJaccard`` or
/// more of its words with one already taken is skipped. When these rules leave the list short,
/// the category cap is lifted, then the one-per-theme rule, before the list is cut. Equal scores go to the question earlier in
/// the corpus.
struct RecommendationPlan: Sendable {
  /// A candidate taken, with the rule that took it and the facts that fill it.
  struct Choice: Sendable {
    var candidate: Candidate
    var reason: Reason
    var fills: [QuestionTemplate.Slot: PostingFact]
  }

  /// The order in which a reserved place considers candidates: a question written for the job
  /// before a generic one.
  enum PlaceTier: CaseIterable {
    /// Occupation questions with one of their keywords in the posting (or with none to look
    /// for), and grounded questions.
    case forTheJob
    /// Any question whose keywords, if it has any, the posting uses.
    case signalled

    func admits(_ candidate: Candidate) -> Bool {
      switch self {
      case .forTheJob:
        return candidate.signalled && (candidate.occupation != nil || candidate.isGrounded)
      case .signalled: return candidate.signalled
      }
    }
  }

  /// A rule that reserves a place: the first candidate it accepts is taken.
  struct Slot {
    var reason: Reason
    var accepts: @Sendable (Candidate) -> Bool
  }

  let stage: Stage
  let limit: Int
  /// Whether the posting names enough tools and duties for grounded places.
  let groundedPlaces: Bool
  /// The title of the posting's likeliest occupation, for the reasons.
  let occupationTitle: String?
  /// The constants of the rules.
  let policy: RankingPolicy

  /// The most questions of one category in the list: 3 in ten, more in a longer list.
  var categoryCap: Int { policy.categoryCap(limit: limit) }

  /// The most questions of `candidate`'s category the list holds while the caps apply:
  /// ``categoryCap``, and for competitors and the market at most
  /// ``RankingPolicy/competitorsCap`` when the list is ten or shorter.
  func cap(of candidate: Candidate) -> Int {
    guard candidate.question.category == .competitors, limit <= 10 else { return categoryCap }
    return min(categoryCap, policy.competitorsCap)
  }

  var slots: [Slot] {
    switch stage {
    case .screen, .firstRound, .finalRound:
      return Category.core.map { category in
        Slot(reason: .coversCategory(category)) { $0.question.category == category }
      }
    case .closing:
      return [
        Slot(reason: .closingAsksNextSteps) { $0.question.category == .timeline },
        Slot(reason: .closingAsksConcerns) { $0.question.category == .concerns },
        Slot(reason: .closingOffersMore) {
          $0.question.category == .closing && Self.offersMore($0.question)
        },
      ]
    case .followUp, .offer, .rejected:
      return []
    }
  }

  /// Whether a closing question offers more material: samples, references, a portfolio.
  static func offersMore(_ question: Question) -> Bool {
    let words = Set(Words.lowercased(question.template.fallbackText))
    return !words.isDisjoint(with: [
      "send", "share", "provide", "samples", "sample", "references", "portfolio", "examples",
      "materials",
    ])
  }

  var isInterview: Bool {
    switch stage {
    case .screen, .firstRound, .finalRound: return true
    default: return false
    }
  }

  /// The chosen candidates, best score first.
  ///
  /// - Parameters:
  ///   - candidates: the questions allowed at the stage, scored.
  ///   - words: each corpus question's distinct words as sorted hashes, for the near-duplicate
  ///     rule.
  /// - Complexity: O(*n* log *n* + *n* *k*) for *n* candidates and limit *k*.
  func select(_ candidates: [Candidate], words: [[UInt32]]) -> [Choice] {
    let ranked = candidates.sorted { $0.ranks(before: $1) }
    var chosen: [Choice] = []
    var taken = Set<Int>()
    var themes = Set<String>()
    var usedFills = Set<String>()
    var perCategory: [Category: Int] = [:]

    /// The fills `candidate` would take, or `nil` when it does not fit the list.
    func fills(
      _ candidate: Candidate, capped: Bool, themed: Bool = true
    ) -> [QuestionTemplate.Slot: PostingFact]? {
      guard !taken.contains(candidate.index) else { return nil }
      if capped && perCategory[candidate.question.category, default: 0] >= cap(of: candidate) {
        return nil
      }
      if themed, let theme = candidate.question.theme, themes.contains(theme) { return nil }
      let mine = words[candidate.index]
      for choice in chosen
      where QuestionFeatures.jaccard(mine, words[choice.candidate.index])
        >= policy.nearDuplicateJaccard
      {
        return nil
      }
      var picked: [QuestionTemplate.Slot: PostingFact] = [:]
      for slot in candidate.fills.keys.sorted() {
        let options = candidate.fills[slot] ?? []
        if let fact = options.first(where: { !usedFills.contains($0.value.lowercased()) }) {
          picked[slot] = fact
        } else if candidate.question.template.requiredFacts.contains(slot) {
          return nil
        }
      }
      return picked
    }
    func take(
      _ candidate: Candidate, _ reason: Reason, _ picked: [QuestionTemplate.Slot: PostingFact]
    ) {
      chosen.append(Choice(candidate: candidate, reason: reason, fills: picked))
      taken.insert(candidate.index)
      if let theme = candidate.question.theme { themes.insert(theme) }
      for fact in picked.values { usedFills.insert(fact.value.lowercased()) }
      perCategory[candidate.question.category, default: 0] += 1
    }
    /// Takes the best candidates `accepts` lets in until `count` of the chosen satisfy `counts`.
    func fill(
      upTo count: Int, counting counts: (Choice) -> Bool, reason: Reason,
      accepts: (Candidate) -> Bool
    ) {
      var have = chosen.filter(counts).count
      for candidate in ranked where have < count && chosen.count < limit && accepts(candidate) {
        guard let picked = fills(candidate, capped: true) else { continue }
        take(candidate, reason, picked)
        if counts(chosen[chosen.count - 1]) { have += 1 }
      }
    }

    // A list too short for every reserved place goes by relevance alone.
    let slots = self.slots.count <= limit ? self.slots : []
    for slot in slots where chosen.count < limit {
      place: for tier in PlaceTier.allCases {
        for candidate in ranked where tier.admits(candidate) && slot.accepts(candidate) {
          if let picked = fills(candidate, capped: true) {
            take(candidate, slot.reason, picked)
            break place
          }
        }
      }
    }
    if isInterview && groundedPlaces {
      fill(
        upTo: policy.groundedTarget, counting: { !$0.fills.isEmpty }, reason: .groundedPlace,
        accepts: { $0.isGrounded })
    }
    if isInterview {
      fill(
        upTo: policy.ownOccupationTarget, counting: { $0.candidate.occupation != nil },
        reason: .ownOccupation(occupationTitle ?? "the posting's occupation"),
        accepts: { $0.occupation != nil })
    }
    // Beyond their reserved places, occupation questions need one of their keywords.
    for capped in [true, false] {
      for candidate in ranked where chosen.count < limit && candidate.signalled {
        if let picked = fills(candidate, capped: capped) { take(candidate, .relevance, picked) }
      }
    }
    for candidate in ranked where chosen.count < limit {
      if let picked = fills(candidate, capped: false) { take(candidate, .relevance, picked) }
    }
    // A stage with few themes (follow-up, offer, feedback) may repeat one rather than stay short.
    for candidate in ranked where chosen.count < limit {
      if let picked = fills(candidate, capped: false, themed: false) {
        take(candidate, .relevance, picked)
      }
    }
    return chosen.sorted { $0.candidate.ranks(before: $1.candidate) }
  }
}
