/// Builds a ``TFIDFWeighting`` and an ``InvertedIndex`` from texts.
///
/// Two kinds of text go in. *Indexed* documents (questions) are fitted and
/// indexed: the ranker scores them. *Fit-only* documents (job descriptions)
/// only add to the document frequencies and the document count, so that the
/// idf reflects the language of postings too.
///
///     var builder = IndexBuilder(analyzer: .standard)
///     builder.addIndexed("How does the team plan its work?")
///     builder.addFitOnly("We are hiring a nurse manager ...")
///     let (weighting, index) = builder.build()
///
/// - Complexity: adding is O(*n*) in the text length; `build` is O(*e* + *v*),
///   where *e* is the number of (document, term) entries and *v* the
///   vocabulary size.
public struct IndexBuilder {
  /// The analyzer applied to every text.
  public let analyzer: Analyzer
  private var vocabulary = TermTable(capacity: 1024)
  private var documentFrequencies: [UInt32] = []
  private var fitCount = 0
  /// The forward index of the indexed documents: their terms and counts.
  private var forwardOffsets: [UInt32] = [0]
  private var forwardTerms: [UInt32] = []
  private var forwardCounts: [UInt32] = []
  private var tokens = TokenBuffer()
  private var counter = TermCounter()

  public init(analyzer: Analyzer) {
    self.analyzer = analyzer
  }

  /// The number of indexed documents so far.
  public var indexedCount: Int { forwardOffsets.count - 1 }

  /// Fits and indexes `text` as the next document; returns its ID.
  @discardableResult
  public mutating func addIndexed(_ text: String) -> DocID {
    var text = text
    return text.withUTF8 { addIndexed(utf8: $0) }
  }

  /// Fits and indexes the UTF-8 bytes `text` as the next document; returns
  /// its ID.
  @discardableResult
  public mutating func addIndexed(utf8 text: UnsafeBufferPointer<UInt8>) -> DocID {
    countTerms(of: text)
    for term in counter.touched {
      forwardTerms.append(term)
      forwardCounts.append(counter.counts[Int(term)])
    }
    forwardOffsets.append(UInt32(forwardTerms.count))
    counter.reset()
    return DocID(indexedCount - 1)
  }

  /// Fits `text` without indexing it.
  public mutating func addFitOnly(_ text: String) {
    var text = text
    text.withUTF8 { countTerms(of: $0) }
    counter.reset()
  }

  /// Fits a text already analysed into `terms`, without indexing it.
  public mutating func addFitOnly(terms: TokenBuffer) {
    countTerms(terms)
    counter.reset()
  }

  /// Analyses `text`, counts its terms in `counter` and adds one to the
  /// document frequency of each distinct term.
  private mutating func countTerms(of text: UnsafeBufferPointer<UInt8>) {
    tokens.removeAll()
    analyzer.analyze(utf8: text, into: &tokens)
    let analysed = tokens
    countTerms(analysed)
  }

  /// Counts the terms of `tokens` in `counter` and adds one to the document
  /// frequency of each distinct term.
  private mutating func countTerms(_ tokens: TokenBuffer) {
    tokens.bytes.withUnsafeBufferPointer { bytes in
      var start = 0
      for end in tokens.ends {
        let (term, inserted) = vocabulary.insert(
          UnsafeBufferPointer(rebasing: bytes[start..<Int(end)]))
        if inserted { documentFrequencies.append(0) }
        counter.prepare(termCount: vocabulary.count)
        counter.count(term)
        start = Int(end)
      }
    }
    for term in counter.touched { documentFrequencies[Int(term)] += 1 }
    fitCount += 1
  }

  /// The fitted weighting and the index of the indexed documents.
  public func build() -> (weighting: TFIDFWeighting, index: InvertedIndex) {
    let weighting = TFIDFWeighting(
      vocabulary: vocabulary, documentFrequencies: documentFrequencies, documentCount: fitCount)
    let termCount = vocabulary.count
    // Counting sort by term: offsets from the per-term posting counts.
    var termOffsets = [UInt32](repeating: 0, count: termCount + 1)
    for term in forwardTerms { termOffsets[Int(term) + 1] += 1 }
    for t in 0..<termCount { termOffsets[t + 1] += termOffsets[t] }
    var next = termOffsets
    var documents = [DocID](repeating: DocID(rawValue: 0), count: forwardTerms.count)
    var weights = [Float](repeating: 0, count: forwardTerms.count)
    let idf = weighting.idf
    for d in 0..<indexedCount {
      let range = Int(forwardOffsets[d])..<Int(forwardOffsets[d + 1])
      var sumOfSquares = 0.0
      for e in range {
        let w = TFIDFWeighting.sublinearTermFrequency(forwardCounts[e]) * idf[Int(forwardTerms[e])]
        sumOfSquares += w * w
      }
      let norm = sumOfSquares.squareRoot()
      for e in range {
        let term = Int(forwardTerms[e])
        let w = TFIDFWeighting.sublinearTermFrequency(forwardCounts[e]) * idf[term]
        let slot = Int(next[term])
        documents[slot] = DocID(d)
        weights[slot] = Float(w / norm)
        next[term] += 1
      }
    }
    let index = InvertedIndex(
      documentCount: indexedCount, termOffsets: termOffsets, documents: documents,
      weights: weights)
    return (weighting, index)
  }
}
