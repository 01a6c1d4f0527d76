import Foundation

/// TF-IDF term weights, as scikit-learn's `TfidfVectorizer` computes them with
/// `sublinear_tf=True`, `smooth_idf=True` and `norm='l2'`.
///
/// The weighting is fitted on a set of *n* documents, and a term's document
/// frequency df(*t*) is the number of those documents that contain it:
///
///     idf(t)    = ln((1 + n) / (1 + df(t))) + 1
///     w(d, t)   = (1 + ln tf(d, t)) · idf(t)           for t in the vocabulary
///     vector(d) = w(d, ·) / ‖w(d, ·)‖₂                  (a zero vector stays zero)
///     score(p, q) = vector(p) · vector(q)               (cosine similarity)
///
/// where tf(*d*, *t*) is the number of times *t* occurs in *d*. The smoothing
/// acts as if one extra document held every term once, so no idf is zero or
/// infinite. Terms of a new text that the fit set never saw are dropped before
/// the norm is taken, as `TfidfVectorizer.transform` does. Weights are
/// computed in `Double` and stored as `Float`.
///
/// Defaults: the vocabulary is every term of the fit set (no minimum or
/// maximum document frequency, no cap on its size); AskBack fits the
/// command-line model on the questions plus the corpus job descriptions, and
/// the benchmark on the questions only.
///
/// References: scikit-learn, `sklearn.feature_extraction.text.TfidfTransformer`;
/// C. D. Manning, P. Raghavan and H. Schütze, *Introduction to Information
/// Retrieval* (2008), sections 6.2–6.4.
public struct TFIDFWeighting: Sendable {
  /// The fitted vocabulary: term bytes to ``TermID``.
  public let vocabulary: TermTable
  /// The document frequency of each term in the fit set.
  public let documentFrequencies: [UInt32]
  /// The number of documents in the fit set, *n*.
  public let documentCount: Int
  /// The idf of each term, indexed by ``TermID``.
  public let idf: [Double]

  /// Creates the weighting from fitted statistics.
  public init(vocabulary: TermTable, documentFrequencies: [UInt32], documentCount: Int) {
    precondition(vocabulary.count == documentFrequencies.count, "one frequency per term")
    self.vocabulary = vocabulary
    self.documentFrequencies = documentFrequencies
    self.documentCount = documentCount
    self.idf = documentFrequencies.map {
      Self.inverseDocumentFrequency(documentFrequency: Int($0), documentCount: documentCount)
    }
  }

  /// The number of terms in the vocabulary.
  public var termCount: Int { vocabulary.count }

  /// The smoothed idf: ln((1 + n) / (1 + df)) + 1.
  public static func inverseDocumentFrequency(documentFrequency: Int, documentCount: Int) -> Double
  {
    log(Double(1 + documentCount) / Double(1 + documentFrequency)) + 1
  }

  /// The sublinear term frequency: 1 + ln tf, for tf ≥ 1.
  @inline(__always)
  public static func sublinearTermFrequency(_ tf: UInt32) -> Double {
    tf == 1 ? 1 : 1 + log(Double(tf))
  }

  /// The term text of `term`.
  public func term(_ term: TermID) -> String { vocabulary.key(term.index) }

  /// Writes the L2-normalised TF-IDF vector of `tokens` to `vector`, using `counter` as scratch
  /// space.
  ///
  /// Terms outside the vocabulary are dropped.
  ///
  /// - Complexity: O(*m* + *u* log *u*), where *m* is the number of tokens and
  /// *u* the number of distinct terms among them.
  public func vectorize(
    _ tokens: TokenBuffer, into vector: inout SparseVector, counter: inout TermCounter
  ) {
    counter.prepare(termCount: termCount)
    tokens.bytes.withUnsafeBufferPointer { bytes in
      var start = 0
      for end in tokens.ends {
        let term = vocabulary.lookup(UnsafeBufferPointer(rebasing: bytes[start..<Int(end)]))
        if term >= 0 { counter.count(term) }
        start = Int(end)
      }
    }
    counter.sortTouched()
    vector.removeAll()
    var sumOfSquares = 0.0
    for term in counter.touched {
      let w = Self.sublinearTermFrequency(counter.counts[Int(term)]) * idf[Int(term)]
      sumOfSquares += w * w
    }
    let norm = sumOfSquares.squareRoot()
    for term in counter.touched {
      let w = Self.sublinearTermFrequency(counter.counts[Int(term)]) * idf[Int(term)]
      vector.terms.append(TermID(rawValue: term))
      vector.weights.append(Float(w / norm))
    }
    counter.reset()
  }

  /// The L2-normalised TF-IDF vector of `text`.
  public func vector(for text: String, analyzer: Analyzer) -> SparseVector {
    var tokens = TokenBuffer()
    analyzer.analyze(text, into: &tokens)
    var vector = SparseVector()
    var counter = TermCounter()
    vectorize(tokens, into: &vector, counter: &counter)
    return vector
  }
}

/// Scratch space for counting terms: a dense count per term plus the list of
/// terms counted, so that resetting costs only what was touched.
public struct TermCounter: Sendable {
  /// The count of each term; zero for terms not touched.
  public private(set) var counts: [UInt32] = []
  /// The terms with a nonzero count, in the order first counted.
  public internal(set) var touched: [UInt32] = []

  public init() {}

  /// Makes room for `termCount` terms.
  mutating func prepare(termCount: Int) {
    if counts.count < termCount {
      counts.append(contentsOf: repeatElement(0, count: termCount - counts.count))
    }
  }

  /// Counts one occurrence of `term`.
  @inline(__always)
  mutating func count(_ term: Int) {
    if counts[term] == 0 { touched.append(UInt32(term)) }
    counts[term] &+= 1
  }

  /// Sorts the touched terms ascending, in place and without allocating
  /// (the standard sort keeps a heap-allocated stack of runs).
  mutating func sortTouched() {
    touched.withUnsafeMutableBufferPointer { Self.sortInPlace($0) }
  }

  /// Introsort-free quicksort with insertion sort for short ranges; terms
  /// are distinct, so no care for equal keys is needed.
  public static func sortInPlace(_ a: UnsafeMutableBufferPointer<UInt32>) {
    var low = 0
    var high = a.count - 1
    while high - low > 16 {
      // Median of three as the pivot.
      let mid = low + (high - low) / 2
      if a[mid] < a[low] { a.swapAt(mid, low) }
      if a[high] < a[low] { a.swapAt(high, low) }
      if a[high] < a[mid] { a.swapAt(high, mid) }
      let pivot = a[mid]
      var i = low
      var j = high
      while i <= j {
        while a[i] < pivot { i += 1 }
        while a[j] > pivot { j -= 1 }
        if i <= j {
          a.swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      // Recurse into the smaller side, loop on the larger: depth stays O(log n).
      if j - low < high - i {
        if low < j { sortInPlace(UnsafeMutableBufferPointer(rebasing: a[low...j])) }
        low = i
      } else {
        if i < high { sortInPlace(UnsafeMutableBufferPointer(rebasing: a[i...high])) }
        high = j
      }
    }
    if high > low {
      for k in (low + 1)...high {
        let value = a[k]
        var m = k - 1
        while m >= low && a[m] > value {
          a[m + 1] = a[m]
          m -= 1
        }
        a[m + 1] = value
      }
    }
  }

  /// Sets every touched count back to zero.
  mutating func reset() {
    for term in touched { counts[Int(term)] = 0 }
    touched.removeAll(keepingCapacity: true)
  }
}
