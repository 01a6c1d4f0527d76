/// A question that may be recommended for a posting, with its score and what may fill it.
struct Candidate: Sendable {
  /// The question's position in the corpus.
  let index: Int
  let question: Question
  /// The final score (see ``RankingPolicy``).
  let score: Double
  /// For a question written for occupations: the tag that covers the posting's likeliest
  /// occupation, and the probability of its tags.
  let occupation: OccupationFit?
  /// Whether one of the question's keywords occurs in the posting.
  ///
  /// It is true for a question without keywords. An unsignalled occupation question earns no
  /// bonus and may only take one of the places reserved for the posting's occupation.
  let signalled: Bool
  /// The posting's facts that may fill each of the question's fact slots, best first.
  let fills: [QuestionTemplate.Slot: [PostingFact]]

  /// Whether the candidate ranks before `other`: a higher score, then the earlier question.
  func ranks(before other: Candidate) -> Bool {
    score != other.score ? score > other.score : index < other.index
  }

  /// Whether the question is grounded: it has a fact slot the posting can fill.
  var isGrounded: Bool { !fills.isEmpty }
}

/// How a question's occupation tags fit a posting.
struct OccupationFit: Sendable, Equatable {
  /// The tag that covers the posting's likeliest occupation.
  let group: SOCGroup
  /// The probability of the posting's recognised occupations under the question's tags.
  let probability: Double
}
