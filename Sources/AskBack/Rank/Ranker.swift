/// Scores documents against a query vector with an ``InvertedIndex``.
///
/// Scores are accumulated term by term into a dense buffer sized to the
/// document count, which the ranker keeps between queries; the documents it
/// touches are listed so that only they are read and reset. A bounded
/// ``TopK`` then picks the best. Only documents with a score above zero are
/// returned, best first, ties going to the lower document ID.
///
/// A ranker holds scratch space, so give each thread its own; they can share
/// one index.
///
///     var ranker = Ranker(index: index)
///     let best = ranker.topDocuments(for: query, limit: 10)
///
/// - Complexity: O(*p* + *t* log *k*) per query, where *p* is the number of
///   postings of the query's terms, *t* the number of documents they touch
///   and *k* the limit.
public struct Ranker: Sendable {
  /// The index searched.
  public let index: InvertedIndex
  private var scores: [Float]
  private var touched: [DocID] = []
  private var top = TopK(limit: 0)

  public init(index: InvertedIndex) {
    self.index = index
    self.scores = [Float](repeating: 0, count: index.documentCount)
  }

  /// The best documents for `query`: at most `limit`, each scoring above
  /// zero, and each passing `filter` when one is given.
  public mutating func topDocuments(
    for query: SparseVector, limit: Int, filter: DocumentFilter? = nil
  ) -> [ScoredDocument] {
    precondition(limit >= 0, "limit must not be negative")
    accumulate(query)
    if top.limit != limit { top = TopK(limit: limit) }
    // Weights are positive, so every touched document scores above zero.
    if let filter {
      for d in touched where filter.allows(d) { top.consider(d, score: scores[d.index]) }
    } else {
      for d in touched { top.consider(d, score: scores[d.index]) }
    }
    clear()
    return top.sortedResults()
  }

  /// Calls `body` with the score of every document that scores above zero,
  /// in the order they were first reached.
  public mutating func forEachScore(
    for query: SparseVector, _ body: (DocID, Float) throws -> Void
  ) rethrows {
    accumulate(query)
    defer { clear() }
    for d in touched { try body(d, scores[d.index]) }
  }

  /// Adds the query's contribution to every document it touches.
  private mutating func accumulate(_ query: SparseVector) {
    index.documents.withUnsafeBufferPointer { documents in
      index.weights.withUnsafeBufferPointer { weights in
        scores.withUnsafeMutableBufferPointer { scores in
          for (term, queryWeight) in zip(query.terms, query.weights) {
            for p in index.postings(for: term) {
              let d = documents[p]
              // Weights are positive and far from Float's underflow (a weight
              // is at least idf / norm), so zero means "not touched yet".
              if scores[d.index] == 0 { touched.append(d) }
              scores[d.index] += queryWeight * weights[p]
            }
          }
        }
      }
    }
  }

  private mutating func clear() {
    for d in touched { scores[d.index] = 0 }
    touched.removeAll(keepingCapacity: true)
  }
}

/// Which documents a ranking may return: those whose mask shares a bit with
/// the required bits.
public struct DocumentFilter: Sendable {
  /// One mask per document.
  public let masks: [UInt8]
  /// The bits of which a document needs at least one.
  public let required: UInt8

  public init(masks: [UInt8], required: UInt8) {
    self.masks = masks
    self.required = required
  }

  /// Whether `document` passes.
  @inlinable
  public func allows(_ document: DocID) -> Bool {
    masks[document.index] & required != 0
  }
}
