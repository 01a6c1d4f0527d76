/// Term-to-document postings, stored as three flat arrays.
///
/// The postings of term *t* are `documents[termOffsets[t] ..< termOffsets[t + 1]]`,
/// in ascending document order, with their weights at the same positions in
/// `weights`. A weight is the document's L2-normalised TF-IDF weight for the
/// term, so a query's score for a document is one sparse dot product.
public struct InvertedIndex: Sendable {
  /// The number of indexed documents.
  public let documentCount: Int
  /// Where each term's postings start; one more entry than terms.
  public let termOffsets: [UInt32]
  /// The documents of all postings lists, back to back.
  public let documents: [DocID]
  /// The weight of each posting.
  public let weights: [Float]

  /// Creates an index from its arrays.
  ///
  /// - Precondition: the offsets ascend from 0 to `documents.count`, and
  ///   `weights` has one entry per document entry.
  public init(documentCount: Int, termOffsets: [UInt32], documents: [DocID], weights: [Float]) {
    precondition(termOffsets.first == 0, "offsets start at 0")
    precondition(Int(termOffsets.last ?? 0) == documents.count, "offsets end at the entry count")
    precondition(documents.count == weights.count, "one weight per posting")
    self.documentCount = documentCount
    self.termOffsets = termOffsets
    self.documents = documents
    self.weights = weights
    #if ASKBACK_INTERNAL_CHECKS
      checkInvariants()
    #endif
  }

  /// The number of terms with a postings list (possibly empty).
  public var termCount: Int { termOffsets.count - 1 }

  /// The number of postings, over all terms.
  public var postingCount: Int { documents.count }

  /// The range of `term`'s postings in `documents` and `weights`; empty for a
  /// term beyond the index.
  @inlinable
  public func postings(for term: TermID) -> Range<Int> {
    guard term.index < termOffsets.count - 1 else { return 0..<0 }
    return Int(termOffsets[term.index])..<Int(termOffsets[term.index + 1])
  }

  /// Traps unless the postings ascend per term, document IDs are in range and
  /// weights are finite and positive.
  public func checkInvariants() {
    for t in 0..<termCount {
      let range = Int(termOffsets[t])..<Int(termOffsets[t + 1])
      precondition(range.lowerBound <= range.upperBound, "offsets ascend")
      var previous = -1
      for p in range {
        let d = documents[p].index
        precondition(d > previous && d < documentCount, "postings ascend within range")
        precondition(weights[p].isFinite && weights[p] > 0, "weights are finite and positive")
        previous = d
      }
    }
  }
}
