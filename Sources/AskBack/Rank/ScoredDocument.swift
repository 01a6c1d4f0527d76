/// A document with its score.
///
/// Results order by score, higher first, and then by document ID, lower
/// first, so that equal scores always come out in the same order.
public struct ScoredDocument: Sendable, Equatable {
  public var document: DocID
  public var score: Float

  @inlinable
  public init(document: DocID, score: Float) {
    self.document = document
    self.score = score
  }

  /// Whether `self` ranks before `other`: a higher score, or an equal score
  /// and a lower document ID.
  @inlinable
  public func ranks(before other: ScoredDocument) -> Bool {
    score > other.score || (score == other.score && document < other.document)
  }
}
