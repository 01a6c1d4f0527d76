/// Keeps the `limit` best of the documents it is shown.
///
/// A bounded min-heap whose root is the worst document kept, so a candidate
/// that does not beat the root is turned away after one comparison. "Best"
/// is ``ScoredDocument/ranks(before:)``: higher score, then lower document ID.
///
///     var top = TopK(limit: 2)
///     top.consider(DocID(0), score: 0.5)
///     top.consider(DocID(1), score: 0.9)
///     top.consider(DocID(2), score: 0.5)
///     top.sortedResults()  // documents 1 and 0
///
/// - Complexity: `consider` is O(log *k*), where *k* is `limit`, and O(1)
///   when the candidate is turned away; `sortedResults` is O(*k* log *k*).
public struct TopK: Sendable {
  /// The most documents kept.
  public let limit: Int
  private var heap: [ScoredDocument] = []

  public init(limit: Int) {
    precondition(limit >= 0, "limit must not be negative")
    self.limit = limit
    heap.reserveCapacity(limit)
  }

  /// The number of documents kept.
  public var count: Int { heap.count }

  /// Whether the heap is full, so a candidate must beat ``threshold``.
  public var isFull: Bool { heap.count == limit }

  /// The score a candidate must at least reach once the heap is full.
  public var threshold: Float { heap.first?.score ?? -.infinity }

  /// Offers a document.
  @inlinable
  public mutating func consider(_ document: DocID, score: Float) {
    consider(ScoredDocument(document: document, score: score))
  }

  /// Offers a scored document.
  public mutating func consider(_ candidate: ScoredDocument) {
    if heap.count < limit {
      heap.append(candidate)
      siftUp(heap.count - 1)
    } else if limit > 0 && candidate.ranks(before: heap[0]) {
      heap[0] = candidate
      siftDown(0)
    }
    #if ASKBACK_INTERNAL_CHECKS
      checkHeapOrder()
    #endif
  }

  /// Traps unless every parent ranks after its children.
  func checkHeapOrder() {
    for child in heap.indices.dropFirst() {
      precondition(!isWorse(child, than: (child - 1) / 2), "top-k heap out of order")
    }
  }

  /// The documents kept, best first.
  ///
  /// Leaves the selection empty.
  public mutating func sortedResults() -> [ScoredDocument] {
    let results = heap.sorted { $0.ranks(before: $1) }
    heap.removeAll(keepingCapacity: true)
    return results
  }

  /// Replaces the contents of `results` with the documents kept, best first, and leaves the
  /// selection empty.
  ///
  /// Allocates nothing once `results` has room for ``limit`` documents.
  ///
  /// - Complexity: O(*k* log *k*).
  public mutating func drain(into results: inout [ScoredDocument]) {
    results.removeAll(keepingCapacity: true)
    // Pop the worst document until none is left, then reverse: best first.
    while let worst = heap.first {
      results.append(worst)
      let last = heap.removeLast()
      if !heap.isEmpty {
        heap[0] = last
        siftDown(0)
      }
    }
    results.reverse()
  }

  /// Empties the selection, keeping the storage.
  public mutating func removeAll() {
    heap.removeAll(keepingCapacity: true)
  }

  // The heap orders "worse" above "better": the root ranks after every other.
  private func isWorse(_ i: Int, than j: Int) -> Bool {
    heap[j].ranks(before: heap[i])
  }

  private mutating func siftUp(_ start: Int) {
    var child = start
    while child > 0 {
      let parent = (child - 1) / 2
      guard isWorse(child, than: parent) else { return }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    let count = heap.count
    while true {
      let left = 2 * parent + 1
      guard left < count else { return }
      var worst = left
      let right = left + 1
      if right < count && isWorse(right, than: left) { worst = right }
      guard isWorse(worst, than: parent) else { return }
      heap.swapAt(parent, worst)
      parent = worst
    }
  }
}
