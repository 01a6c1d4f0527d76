/// How a stage's list is filled from scored candidates.
///
/// - At `screen`, `first-round` and `final-round`, the list first takes the
///   best question of each core category (competitors, challenges, concerns,
///   timeline), then questions of the posting's own field until it holds
///   ``ownFieldTarget``, then the best of the rest by score.
/// - At `closing`, it first takes the best next-steps question (timeline), the
///   best remaining-concerns question (concerns) and the best "what else can I
///   send" question (closing), then the best of the rest.
/// - At `follow-up`, `offer` and `rejected`, the stage's questions (check-ins,
///   terms, feedback requests) go by score alone.
///
/// A list shorter than the stage's reserved places (fewer than four at an
/// interview stage) goes by score alone.
///
/// Throughout, a category holds at most ``categoryCap`` questions (3 in a list
/// of ten; more when the list is long), and a question that shares
/// ``nearDuplicateJaccard`` or more of its words with one already taken is
/// skipped. When these rules leave the list short, the cap is lifted before
/// the list is cut. Equal scores go to the question earlier in the corpus.
public struct RecommendationPlan: Sendable {
  /// A question that may be recommended, with its score.
  public struct Candidate: Sendable {
    /// The question's position in the corpus.
    public var index: Int
    public var question: Question
    /// The final score: similarity plus any field bonus.
    public var score: Double
    /// The cosine similarity to the posting.
    public var similarity: Double
    /// The question's likeliest field for the posting, with its probability.
    public var field: (name: String, probability: Double)?
    /// Whether one of the question's keywords occurs in the posting (always true for a question
    /// without keywords).
    ///
    /// An unsignalled field question may only take one of its field's reserved places.
    public var signalled: Bool

    public init(
      index: Int, question: Question, score: Double, similarity: Double,
      field: (name: String, probability: Double)?, signalled: Bool = true
    ) {
      self.index = index
      self.question = question
      self.score = score
      self.similarity = similarity
      self.field = field
      self.signalled = signalled
    }
  }

  /// A candidate taken, with the rule that took it.
  public struct Choice: Sendable {
    public var candidate: Candidate
    public var reason: String
  }

  /// A rule that reserves a place: the first candidate it accepts is taken.
  struct Slot {
    var reason: String
    var accepts: @Sendable (Candidate) -> Bool
  }

  public let stage: Stage
  public let limit: Int
  /// The posting's own fields, best first: usually one, two when the field
  /// model is unsure.
  public let ownFields: [String]

  /// How many questions of the posting's own field an interview list holds
  /// when the corpus has them.
  public static let ownFieldTarget = 3
  /// Questions sharing this share of their words or more are near duplicates.
  public static let nearDuplicateJaccard = 0.5

  /// The field probability a field question needs to take a place beyond
  /// its field's reserved ones.
  public var minimumFillProbability: Double = 0

  public init(stage: Stage, limit: Int, ownFields: [String], minimumFillProbability: Double = 0) {
    self.stage = stage
    self.limit = limit
    self.ownFields = ownFields
    self.minimumFillProbability = minimumFillProbability
  }

  /// The most questions of one category in the list: 3 in ten, more in a
  /// longer list.
  public var categoryCap: Int { max(3, (limit * 3 + 9) / 10) }

  var slots: [Slot] {
    switch stage {
    case .screen, .firstRound, .finalRound:
      return Category.core.map { category in
        Slot(reason: "rule: every interview list covers \(category.heading.lowercased())") {
          $0.question.category == category
        }
      }
    case .closing:
      return [
        Slot(reason: "rule: a closing list asks about the next steps") {
          $0.question.category == .timeline
        },
        Slot(reason: "rule: a closing list asks about remaining concerns") {
          $0.question.category == .concerns
        },
        Slot(reason: "rule: a closing list offers to send more") {
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
  public func select(_ candidates: [Candidate], words: [[UInt32]]) -> [Choice] {
    let ranked = candidates.sorted {
      $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index
    }
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
        >= Self.nearDuplicateJaccard
      {
        return false
      }
      return true
    }
    func take(_ candidate: Candidate, _ reason: String) {
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
      var own = chosen.filter { $0.candidate.question.domains.contains(ownField) }.count
      for candidate in ranked where own < Self.ownFieldTarget && chosen.count < limit {
        if candidate.question.domains.contains(ownField) && fits(candidate, capped: true) {
          take(candidate, "rule: questions specific to the posting's field, \(ownField)")
          own += 1
        }
      }
    }
    // Beyond their reserved places, field questions need a confident field
    // and one of their keywords in the posting.
    func confident(_ candidate: Candidate) -> Bool {
      guard let field = candidate.field else { return true }
      return candidate.signalled && field.probability >= minimumFillProbability
    }
    for capped in [true, false] {
      for candidate in ranked
      where chosen.count < limit && confident(candidate) && fits(candidate, capped: capped) {
        take(candidate, "relevance: one of the best matches for the posting")
      }
    }
    for candidate in ranked
    where chosen.count < limit && candidate.signalled && fits(candidate, capped: false) {
      take(candidate, "relevance: one of the best matches for the posting")
    }
    return chosen.sorted {
      $0.candidate.score != $1.candidate.score
        ? $0.candidate.score > $1.candidate.score : $0.candidate.index < $1.candidate.index
    }
  }
}

/// A question left out because the posting already answers it.
public struct OmittedQuestion: Sendable, Equatable {
  public var question: Question
  /// The text with its slots filled.
  public var text: String
  /// Why it was left out.
  public var reason: String

  public init(question: Question, text: String, reason: String) {
    self.question = question
    self.text = text
    self.reason = reason
  }
}
