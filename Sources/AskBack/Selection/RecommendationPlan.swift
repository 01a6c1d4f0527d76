/// How a stage's list is filled from scored candidates.
///
/// - At `screen`, `first-round` and `final-round`, the list first takes the
///   best question of each core category (competitors, challenges, concerns,
///   timeline), then questions of the posting's own field until it holds
///   ``RankingPolicy/ownFieldTarget``, then the best of the rest by score.
/// - At `closing`, it first takes the best next-steps question (timeline), the
///   best remaining-concerns question (concerns) and the best "what else can I
///   send" question (closing), then the best of the rest.
/// - At `follow-up`, `offer` and `rejected`, the stage's questions (check-ins,
///   terms, feedback requests) go by score alone.
///
/// A list shorter than the stage's reserved places (fewer than four at an
/// interview stage) goes by score alone.
///
/// Throughout, a category holds at most ``RankingPolicy/categoryCap(limit:)`` questions (3 in a list
/// of ten; more when the list is long), and a question that shares
/// ``RankingPolicy/nearDuplicateJaccard`` or more of its words with one already taken is
/// skipped. When these rules leave the list short, the cap is lifted before
/// the list is cut. Equal scores go to the question earlier in the corpus.
struct RecommendationPlan: Sendable {
  /// A candidate taken, with the rule that took it.
  struct Choice: Sendable {
    var candidate: Candidate
    var reason: Reason
  }

  /// A rule that reserves a place: the first candidate it accepts is taken.
  struct Slot {
    var reason: Reason
    var accepts: @Sendable (Candidate) -> Bool
  }

  let stage: Stage
  let limit: Int
  /// The posting's own fields, best first: usually one, two when the field
  /// model is unsure.
  let ownFields: [String]
  /// The constants of the rules.
  let policy: RankingPolicy

  init(stage: Stage, limit: Int, ownFields: [String], policy: RankingPolicy) {
    self.stage = stage
    self.limit = limit
    self.ownFields = ownFields
    self.policy = policy
  }

  /// The most questions of one category in the list: 3 in ten, more in a
  /// longer list.
  var categoryCap: Int { policy.categoryCap(limit: limit) }

  var slots: [Slot] {
    switch stage {
    case .screen, .firstRound, .finalRound:
      return Category.core.map { category in
        Slot(reason: .coversCategory(category)) {
          $0.question.category == category
        }
      }
    case .closing:
      return [
        Slot(reason: .closingAsksNextSteps) {
          $0.question.category == .timeline
        },
        Slot(reason: .closingAsksConcerns) {
          $0.question.category == .concerns
        },
        Slot(reason: .closingOffersMore) {
          $0.question.category == .closing && Self.offersMore($0.question)
        },
      ]
    case .followUp, .offer, .rejected:
      return []
    }
  }

  /// Whether a closing question offers more material: samples, references,
  /// a portfolio.
  static func offersMore(_ question: Question) -> Bool {
    let words = Set(Words.lowercased(question.template.fallbackText))
    return !words.isDisjoint(with: [
      "send", "share", "provide", "samples", "sample", "references", "portfolio", "examples",
      "materials",
    ])
  }

  var usesOwnField: Bool {
    switch stage {
    case .screen, .firstRound, .finalRound: return true
    default: return false
    }
  }

  /// The chosen candidates, best score first.
  ///
  /// - Parameters:
  ///   - candidates: the questions allowed at the stage, scored.
  ///   - words: each corpus question's distinct words as sorted hashes, for
  ///     the near-duplicate rule.
  /// - Complexity: O(*n* log *n* + *n* *k*) for *n* candidates and limit *k*.
  func select(_ candidates: [Candidate], words: [[UInt32]]) -> [Choice] {
    let ranked = candidates.sorted { $0.ranks(before: $1) }
    var chosen: [Choice] = []
    var taken = Set<Int>()
    var perCategory: [Category: Int] = [:]

    func fits(_ candidate: Candidate, capped: Bool) -> Bool {
      guard !taken.contains(candidate.index) else { return false }
      if capped && perCategory[candidate.question.category, default: 0] >= categoryCap {
        return false
      }
      let mine = words[candidate.index]
      for choice in chosen
      where QuestionFeatures.jaccard(mine, words[choice.candidate.index])
        >= policy.nearDuplicateJaccard
      {
        return false
      }
      return true
    }
    func take(_ candidate: Candidate, _ reason: Reason) {
      chosen.append(Choice(candidate: candidate, reason: reason))
      taken.insert(candidate.index)
      perCategory[candidate.question.category, default: 0] += 1
    }

    // A list too short for every reserved place goes by relevance alone.
    let slots = self.slots.count <= limit ? self.slots : []
    for slot in slots where chosen.count < limit {
      if let candidate = ranked.first(where: {
        $0.signalled && slot.accepts($0) && fits($0, capped: true)
      }) {
        take(candidate, slot.reason)
      }
    }
    for ownField in ownFields where usesOwnField {
      var own = chosen.filter { $0.candidate.question.fields.contains(ownField) }.count
      for candidate in ranked where own < policy.ownFieldTarget && chosen.count < limit {
        if candidate.question.fields.contains(ownField) && fits(candidate, capped: true) {
          take(candidate, .ownField(ownField))
          own += 1
        }
      }
    }
    // Beyond their reserved places, field questions need a confident field
    // and one of their keywords in the posting.
    func confident(_ candidate: Candidate) -> Bool {
      guard let field = candidate.field else { return true }
      return candidate.signalled && field.probability >= policy.minimumFillProbability
    }
    for capped in [true, false] {
      for candidate in ranked
      where chosen.count < limit && confident(candidate) && fits(candidate, capped: capped) {
        take(candidate, .relevance)
      }
    }
    for candidate in ranked
    where chosen.count < limit && candidate.signalled && fits(candidate, capped: false) {
      take(candidate, .relevance)
    }
    return chosen.sorted { $0.candidate.ranks(before: $1.candidate) }
  }
}
