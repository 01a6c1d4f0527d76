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
  /// Term frequencies, capped at ``InvertedIndex/maximumTermFrequency``.
  private var forwardCounts: [UInt8] = []
  private var tokens = TokenBuffer()
  private var counter = TermCounter()

  public init(analyzer: Analyzer) {
    self.analyzer = analyzer
  }

  /// Reserves room for about `estimatedEntries` (document, term) entries,
  /// so the forward index does not grow by copying.
  public mutating func reserveCapacity(estimatedEntries: Int) {
    forwardTerms.reserveCapacity(estimatedEntries)
    forwardCounts.reserveCapacity(estimatedEntries)
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
      forwardCounts.append(
        UInt8(min(counter.counts[Int(term)], UInt32(InvertedIndex.maximumTermFrequency))))
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
    let documentCount = indexedCount
    let blockCount = max(1, (documentCount + InvertedIndex.blockSize - 1) / InvertedIndex.blockSize)
    let shift = InvertedIndex.blockSize.trailingZeroBitCount
    let idf = weighting.idf
    let frequencyWeights = InvertedIndex.frequencyWeights

    // Counting sort by term: each term's entries start where the previous
    // term's end, and documents arrive in ascending order.
    var next = [UInt32](repeating: 0, count: termCount + 1)
    for term in forwardTerms { next[Int(term) + 1] += 1 }
    for t in 0..<termCount { next[t + 1] += next[t] }
    var blockStarts = [UInt32](repeating: 0, count: termCount * (blockCount + 1))
    var nextBlock = [Int32](repeating: 0, count: termCount)
    var documentOffsets = [UInt16](repeating: 0, count: forwardTerms.count)
    var termFrequencies = [UInt8](repeating: 0, count: forwardTerms.count)
    var inverseNorms = [Float](repeating: 0, count: documentCount)
    for d in 0..<documentCount {
      let range = Int(forwardOffsets[d])..<Int(forwardOffsets[d + 1])
      var sumOfSquares = 0.0
      for e in range {
        let w = Double(frequencyWeights[Int(forwardCounts[e])]) * idf[Int(forwardTerms[e])]
        sumOfSquares += w * w
      }
      inverseNorms[d] = sumOfSquares > 0 ? Float(1 / sumOfSquares.squareRoot()) : 0
      let block = d >> shift
      for e in range {
        let t = Int(forwardTerms[e])
        let slot = Int(next[t])
        // Mark where this term enters each block up to this document's.
        while Int(nextBlock[t]) <= block {
          blockStarts[t * (blockCount + 1) + Int(nextBlock[t])] = UInt32(slot)
          nextBlock[t] += 1
        }
        documentOffsets[slot] = UInt16(truncatingIfNeeded: d)
        termFrequencies[slot] = forwardCounts[e]
        next[t] += 1
      }
    }
    for t in 0..<termCount {
      while Int(nextBlock[t]) <= blockCount {
        blockStarts[t * (blockCount + 1) + Int(nextBlock[t])] = next[t]
        nextBlock[t] += 1
      }
    }
    // Within each term and block, put the single occurrences first; a
    // stable partition keeps both runs in document order.
    var repeatStarts = [UInt32](repeating: 0, count: termCount * blockCount)
    var repeatedOffsets: [UInt16] = []
    var repeatedFrequencies: [UInt8] = []
    for t in 0..<termCount {
      for b in 0..<blockCount {
        let start = Int(blockStarts[t * (blockCount + 1) + b])
        let end = Int(blockStarts[t * (blockCount + 1) + b + 1])
        var write = start
        repeatedOffsets.removeAll(keepingCapacity: true)
        repeatedFrequencies.removeAll(keepingCapacity: true)
        for p in start..<end {
          if termFrequencies[p] == 1 {
            documentOffsets[write] = documentOffsets[p]
            termFrequencies[write] = 1
            write += 1
          } else {
            repeatedOffsets.append(documentOffsets[p])
            repeatedFrequencies.append(termFrequencies[p])
          }
        }
        repeatStarts[t * blockCount + b] = UInt32(write)
        for k in repeatedOffsets.indices {
          documentOffsets[write + k] = repeatedOffsets[k]
          termFrequencies[write + k] = repeatedFrequencies[k]
        }
      }
    }
    do {
      let index = try InvertedIndex(
        documentCount: documentCount, blockStarts: blockStarts, repeatStarts: repeatStarts,
        documentOffsets: documentOffsets,
        termFrequencies: termFrequencies, termWeights: idf.map(Float.init),
        inverseNorms: inverseNorms)
      return (weighting, index)
    } catch {
      preconditionFailure("the builder made an inconsistent index: \(error)")
    }
  }
}
