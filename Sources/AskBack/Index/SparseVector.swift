/// A sparse vector over a vocabulary: parallel arrays of term IDs and
/// weights, in ascending term order.
public struct SparseVector: Sendable, Equatable {
  /// The terms with a nonzero weight, ascending.
  public internal(set) var terms: [TermID] = []
  /// `weights[i]` is the weight of `terms[i]`.
  public internal(set) var weights: [Float] = []

  public init() {}

  /// Creates a vector from terms and weights; the terms must ascend.
  public init(terms: [TermID], weights: [Float]) {
    precondition(terms.count == weights.count, "terms and weights differ in length")
    self.terms = terms
    self.weights = weights
  }

  /// The number of nonzero entries.
  public var count: Int { terms.count }

  /// Whether every weight is zero.
  public var isEmpty: Bool { terms.isEmpty }

  /// The weight of `term`, or 0.
  ///
  /// - Complexity: O(log *n*), where *n* is `count`.
  public func weight(of term: TermID) -> Float {
    var low = 0
    var high = terms.count
    while low < high {
      let mid = (low + high) / 2
      if terms[mid] < term { low = mid + 1 } else { high = mid }
    }
    return low < terms.count && terms[low] == term ? weights[low] : 0
  }

  /// Removes all entries, keeping the storage.
  public mutating func removeAll() {
    terms.removeAll(keepingCapacity: true)
    weights.removeAll(keepingCapacity: true)
  }
}
