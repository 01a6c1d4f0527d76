/// Scores documents against a query vector with an ``InvertedIndex``.
///
/// Scores are accumulated term by term, one block of
/// ``InvertedIndex/blockSize`` documents at a time, into a reusable buffer
/// that stays in the CPU cache: for each block, every query term adds
/// q(t) · idf(t) · (1 + ln tf) for its entries in that block; then each
/// document's sum is scaled by its inverse norm, the block's scores go
/// through a bounded ``TopK``, and the buffer is cleared for the next block.
/// Each document's score is summed in query-term order, so the result does
/// not depend on the block size. Only documents with a score above zero are
/// returned, best first, ties going to the lower document ID.
///
/// A ranker holds scratch space, so give each thread its own; they can share
/// one index.
///
///     var ranker = Ranker(index: index)
///     let best = ranker.topDocuments(for: query, limit: 10)
///
/// A block that the query's entries reach sparsely (fewer entries than an
/// eighth of its documents) lists the documents it touches instead of
/// scanning all of its sums, so a query's work stays in proportion to the
/// entries it reads.
///
/// - Complexity: O(*p* + *b* + *t* log *k*) per query, where *p* is the
///   number of entries of the query's terms, *b* the documents of the
///   densely reached blocks (at most 8 *p*), *t* the number of documents
///   that beat the running *k*-th score and *k* the limit.
public struct Ranker: Sendable {
  /// The index searched.
  public let index: InvertedIndex
  private var block: [Float]
  private var scaled: [Float] = []
  /// The block offsets a sparse block's entries reached.
  private var touched: [UInt16] = []
  private var top = TopK(limit: 0)

  public init(index: InvertedIndex) {
    self.index = index
    self.block = [Float](repeating: 0, count: min(index.documentCount, InvertedIndex.blockSize))
  }

  /// The best documents for `query`: at most `limit`, each scoring above zero.
  public mutating func topDocuments(for query: SparseVector, limit: Int) -> [ScoredDocument] {
    var results: [ScoredDocument] = []
    topDocuments(for: query, limit: limit, into: &results)
    return results
  }

  /// Replaces the contents of `results` with the best documents for `query`; see
  /// ``topDocuments(for:limit:)``.
  ///
  /// Reusing `results` across queries, a ranker allocates nothing per query.
  public mutating func topDocuments(
    for query: SparseVector, limit: Int, into results: inout [ScoredDocument]
  ) {
    precondition(limit >= 0, "limit must not be negative")
    if top.limit != limit { top = TopK(limit: limit) }
    guard limit > 0 else {
      results.removeAll(keepingCapacity: true)
      return
    }
    prepare(query)
    for b in 0..<index.blockCount {
      let base = b * InvertedIndex.blockSize
      let (size, sparse) = accumulate(query, block: b)
      index.inverseNorms.withUnsafeBufferPointer { inverseNorms in
        block.withUnsafeMutableBufferPointer { sums in
          func visit(_ i: Int) {
            let score = sums[i] * inverseNorms[base + i]
            sums[i] = 0
            guard score > 0, !top.isFull || score >= top.threshold else { return }
            top.consider(DocID(base + i), score: score)
          }
          if sparse {
            for i in touched { visit(Int(i)) }
          } else {
            // Sums only grow from zero, so zero means "not matched".
            for i in 0..<size where sums[i] != 0 { visit(i) }
          }
        }
      }
    }
    top.drain(into: &results)
  }

  /// Calls `body` with the score of every document that scores above zero,
  /// in document order.
  public mutating func forEachScore(for query: SparseVector, _ body: (DocID, Float) -> Void) {
    prepare(query)
    for b in 0..<index.blockCount {
      let base = b * InvertedIndex.blockSize
      let (size, sparse) = accumulate(query, block: b)
      func visit(_ i: Int) {
        let score = block[i] * index.inverseNorms[base + i]
        block[i] = 0
        if score > 0 { body(DocID(base + i), score) }
      }
      if sparse {
        touched.sort()  // document order
        for i in touched { visit(Int(i)) }
      } else {
        for i in 0..<size where block[i] != 0 { visit(i) }
      }
    }
  }

  /// Computes q(t) · idf(t) for each query term, once per query.
  private mutating func prepare(_ query: SparseVector) {
    scaled.removeAll(keepingCapacity: true)
    for (term, weight) in zip(query.terms, query.weights) {
      scaled.append(term.index < index.termCount ? weight * index.termWeights[term.index] : 0)
    }
  }

  /// Adds the query's sums for block `block` into the scratch buffer and returns the block's number
  /// of documents.
  ///
  /// The caller reads the sums and sets each back to zero.
  private mutating func accumulate(_ query: SparseVector, block b: Int) -> (size: Int, sparse: Bool)
  {
    let index = self.index
    let size = min(InvertedIndex.blockSize, index.documentCount - b * InvertedIndex.blockSize)
    guard size > 0 else { return (0, false) }
    // With few entries in the block, list the documents they reach rather
    // than scan every document's sum afterwards: the work stays in
    // proportion to the entries read.
    var entryCount = 0
    for term in query.terms { entryCount += index.entries(for: term, inBlock: b).count }
    let sparse = entryCount * 8 < size
    touched.removeAll(keepingCapacity: true)
    if sparse {
      accumulateListing(query, block: b)
      return (size, true)
    }
    index.documentOffsets.withUnsafeBufferPointer { offsets in
      index.termFrequencies.withUnsafeBufferPointer { frequencies in
        InvertedIndex.frequencyWeights.withUnsafeBufferPointer { tf in
          scaled.withUnsafeBufferPointer { factors in
            block.withUnsafeMutableBufferPointer { sums in
              for (term, factor) in zip(query.terms, factors) {
                let range = index.entries(for: term, inBlock: b)
                let split = index.repeatStart(for: term, inBlock: b)
                // The index was checked when made: offsets lie within the
                // block and frequencies within the table. Single
                // occurrences first: 1 + ln 1 = 1.
                var p = range.lowerBound
                while p < split {
                  sums[Int(offsets[p])] += factor
                  p &+= 1
                }
                while p < range.upperBound {
                  sums[Int(offsets[p])] += factor * tf[Int(frequencies[p])]
                  p &+= 1
                }
              }
            }
          }
        }
      }
    }
    return (size, false)
  }

  /// Like ``accumulate(_:block:)``, also listing each document reached in
  /// `touched`, once.
  private mutating func accumulateListing(_ query: SparseVector, block b: Int) {
    for (term, factor) in zip(query.terms, scaled) {
      let range = index.entries(for: term, inBlock: b)
      let split = index.repeatStart(for: term, inBlock: b)
      for p in range {
        let offset = Int(index.documentOffsets[p])
        let weight =
          p < split
          ? factor : factor * InvertedIndex.frequencyWeights[Int(index.termFrequencies[p])]
        if block[offset] == 0 { touched.append(UInt16(offset)) }
        block[offset] += weight
      }
    }
  }
}
