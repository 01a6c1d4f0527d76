/// The questions recommended for one posting, with what was found in it.
public struct Recommendation: Sendable, Equatable {
  /// The stage the questions were chosen for.
  public var stage: Stage
  /// The role title found in the posting, or `nil`.
  public var role: String?
  /// The company name found in the posting, or `nil`.
  public var company: String?
  /// The likeliest O*NET-SOC occupations, best first.
  public var occupations: [OccupationMatch]
  /// What the posting says about itself.
  public var facts: PostingFacts
  /// The fields the posting most likely belongs to, best first.
  public var fields: [FieldScore]
  /// The recommended questions, best first.
  public var questions: [RecommendedQuestion]
  /// Remarks about the posting, such as having no known terms.
  public var notes: [String]
  /// Questions left out because the posting already answers them.
  public var omitted: [OmittedQuestion]

  public init(
    stage: Stage, role: String? = nil, company: String? = nil,
    occupations: [OccupationMatch] = [], fields: [FieldScore] = [],
    facts: PostingFacts = PostingFacts(),
    questions: [RecommendedQuestion] = [], notes: [String] = [], omitted: [OmittedQuestion] = []
  ) {
    self.stage = stage
    self.role = role
    self.company = company
    self.occupations = occupations
    self.facts = facts
    self.fields = fields
    self.questions = questions
    self.notes = notes
    self.omitted = omitted
  }
}

/// A field with the posting's affinity to it.
public struct FieldScore: Sendable, Equatable {
  public var name: String
  public var score: Double
}

/// A question picked for a posting, and why.
public struct RecommendedQuestion: Sendable, Equatable {
  /// The question as stored.
  public var question: Question
  /// The text with its slots filled.
  public var text: String
  /// The question's final score.
  public var score: Double
  /// The posting terms it shares with the question, by contribution.
  public var matched: [MatchedTerm]
  /// Why it is in the list: the rules that placed it.
  public var reasons: [Reason]

  public init(
    question: Question, text: String, score: Double, matched: [MatchedTerm] = [],
    reasons: [Reason] = []
  ) {
    self.question = question
    self.text = text
    self.score = score
    self.matched = matched
    self.reasons = reasons
  }
}

/// A term shared by the posting and a question, with its part of the
/// similarity: the posting's weight times the question's weight.
public struct MatchedTerm: Sendable, Equatable {
  /// The analysed term (a stem, such as "entri").
  public var term: String
  /// The posting's own word for the term: the surface form the posting uses most often
  /// (lower-cased, before stemming, such as "entries"), the earliest of equally frequent ones.
  public var word: String
  /// Its contribution to the cosine similarity.
  public var weight: Double

  /// A matched term; without `word`, the term itself stands for the word.
  public init(term: String, word: String? = nil, weight: Double) {
    self.term = term
    self.word = word ?? term
    self.weight = weight
  }
}

/// A question left out because the posting already answers it.
public struct OmittedQuestion: Sendable, Equatable {
  public var question: Question
  /// The text with its slots filled.
  public var text: String
  /// Why it was left out.
  public var reason: Reason

  public init(question: Question, text: String, reason: Reason) {
    self.question = question
    self.text = text
    self.reason = reason
  }
}
