/// A question that may be recommended for a posting, with its score.
struct Candidate: Sendable {
  /// The question's position in the corpus.
  let index: Int
  let question: Question
  /// The final score: the cosine similarity plus any field bonus.
  let score: Double
  /// The question's likeliest own field for the posting, with its probability; `nil` for a
  /// question that fits any field.
  let field: FieldMatch?
  /// Whether one of the question's keywords occurs in the posting.
  ///
  /// It is true for a question without keywords. An unsignalled field question earns no bonus
  /// and may only take one of its field's reserved places.
  let signalled: Bool

  /// Whether the candidate ranks before `other`: a higher score, then the earlier question.
  func ranks(before other: Candidate) -> Bool {
    score != other.score ? score > other.score : index < other.index
  }
}

/// A field a question is specific to, with the posting's probability of it.
struct FieldMatch: Sendable, Equatable {
  let name: String
  let probability: Double
}
