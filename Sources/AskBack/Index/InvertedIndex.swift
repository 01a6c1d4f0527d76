import Foundation

/// Term-to-document entries in compact flat arrays (what Lucene calls postings: here "posting"
/// always means a job posting).
///
/// A TF-IDF weight factors into a term part, a document part and the term
/// frequency (see ``TFIDFWeighting``):
///
///     w(d, t) = (1 + ln tf(d, t)) · idf(t) / ‖d‖
///
/// so the index stores each factor once: `termWeights[t]` = idf(t),
/// `inverseNorms[d]` = 1 / ‖d‖, and per entry only the document and its
/// term frequency. A query's score for a document is then
///
///     score(d) = inverseNorms[d] · Σ_t q(t) · idf(t) · (1 + ln tf(d, t))
///
/// which a ranker accumulates per document and scales once.
///
/// Documents are split into blocks of ``blockSize`` consecutive IDs. The
/// entries of term *t* in block *b* are the positions
/// `blockStarts[t * (blockCount + 1) + b] ..< blockStarts[t * (blockCount + 1) + b + 1]`
/// of `documentOffsets` (each document's ID minus the block's first ID) and
/// `termFrequencies` (capped at 255: a term repeated more often in one
/// document counts as 255 repeats there, also in its norm). Within that
/// range, the documents where the term occurs once come first, from
/// `repeatStarts[t * blockCount + b]` on those where it occurs more often;
/// each run ascends by document. Most terms of short texts occur once, so a
/// ranker adds those with one load and no multiplication. An entry takes
/// three bytes, and a ranker scores one block at a time with an accumulator
/// small enough to stay in the CPU cache.
public struct InvertedIndex: Sendable {
  /// Documents per block: 65,536, so a block's IDs fit in 16 bits and its
  /// scores take 256 KiB.
  public static let blockSize = 1 << 16
  /// The largest term frequency stored.
  public static let maximumTermFrequency = 255

  /// The number of indexed documents.
  public let documentCount: Int
  /// The number of document blocks (at least 1).
  public let blockCount: Int
  /// Where each term's entries start in each block; see the type's description.
  ///
  /// `blockStarts[t * (blockCount + 1) + blockCount]` is where term *t*'s entries end.
  public let blockStarts: [UInt32]
  /// Where the entries with a term frequency above 1 start, per term and
  /// block; see the type's description.
  public let repeatStarts: [UInt32]
  /// Each entry's document ID minus the first ID of its block.
  public let documentOffsets: [UInt16]
  /// Each entry's term frequency, 1 to 255.
  public let termFrequencies: [UInt8]
  /// idf(t) for each term.
  public let termWeights: [Float]
  /// 1 / ‖d‖ for each document.
  public let inverseNorms: [Float]
  /// `1 + ln tf` for tf from 0 to 255 (0 for tf = 0).
  public static let frequencyWeights: [Float] = (0...maximumTermFrequency).map {
    $0 == 0 ? 0 : Float(TFIDFWeighting.sublinearTermFrequency(UInt32($0)))
  }

  /// Creates an index from its arrays, checking that they fit together.
  ///
  /// - Throws: ``IndexError/inconsistent(_:)`` when they do not: a block
  ///   start out of order or past the entries, a document offset outside
  ///   its block or out of order, a term frequency of 0, a weight that is
  ///   not finite and positive, or arrays of the wrong length. An index read
  ///   from a file is checked this way before use, so a damaged file can
  ///   never make a ranker read or write out of bounds.
  /// - Complexity: O(*e* + *v* · *b*) for *e* entries, *v* terms and *b* blocks.
  public init(
    documentCount: Int, blockStarts: [UInt32], repeatStarts: [UInt32], documentOffsets: [UInt16],
    termFrequencies: [UInt8], termWeights: [Float], inverseNorms: [Float]
  ) throws(IndexError) {
    let blockCount = max(1, (documentCount + Self.blockSize - 1) / Self.blockSize)
    guard documentCount >= 0, inverseNorms.count == documentCount else {
      throw .inconsistent("one norm per document")
    }
    guard documentOffsets.count == termFrequencies.count else {
      throw .inconsistent("one term frequency per entry")
    }
    guard blockStarts.count == termWeights.count * (blockCount + 1),
      repeatStarts.count == termWeights.count * blockCount
    else {
      throw .inconsistent("one row of block starts per term")
    }
    var previousEnd = 0
    for t in 0..<termWeights.count {
      let row = t * (blockCount + 1)
      guard Int(blockStarts[row]) == previousEnd else {
        throw .inconsistent("term \(t) does not follow on")
      }
      for b in 0..<blockCount {
        let start = Int(blockStarts[row + b])
        let end = Int(blockStarts[row + b + 1])
        guard start <= end, end <= documentOffsets.count else {
          throw .inconsistent("term \(t), block \(b): entries out of range")
        }
        let split = Int(repeatStarts[t * blockCount + b])
        guard start <= split, split <= end else {
          throw .inconsistent("term \(t), block \(b): repeats out of range")
        }
        let blockDocuments = min(Self.blockSize, documentCount - b * Self.blockSize)
        var previous = -1
        for p in start..<end {
          if p == split { previous = -1 }
          let offset = Int(documentOffsets[p])
          let once = termFrequencies[p] == 1
          guard offset > previous, offset < blockDocuments, termFrequencies[p] > 0,
            once == (p < split)
          else {
            throw .inconsistent("term \(t), block \(b): bad entry \(p)")
          }
          previous = offset
        }
      }
      previousEnd = Int(blockStarts[row + blockCount])
      guard termWeights[t].isFinite, termWeights[t] > 0 else {
        throw .inconsistent("bad weight of term \(t)")
      }
    }
    guard previousEnd == documentOffsets.count else { throw .inconsistent("entries left over") }
    for norm in inverseNorms where !(norm.isFinite && norm >= 0) {
      throw .inconsistent("bad document norm")
    }
    self.documentCount = documentCount
    self.blockCount = blockCount
    self.blockStarts = blockStarts
    self.repeatStarts = repeatStarts
    self.documentOffsets = documentOffsets
    self.termFrequencies = termFrequencies
    self.termWeights = termWeights
    self.inverseNorms = inverseNorms
  }

  /// The number of terms.
  public var termCount: Int { termWeights.count }

  /// The number of entries, over all terms.
  public var entryCount: Int { documentOffsets.count }

  /// The range of `term`'s entries that fall in block `block`; empty for a
  /// term beyond the index.
  @inlinable
  public func entries(for term: TermID, inBlock block: Int) -> Range<Int> {
    guard term.index < termCount else { return 0..<0 }
    let row = term.index &* (blockCount &+ 1) &+ block
    return Int(blockStarts[row])..<Int(blockStarts[row &+ 1])
  }

  /// Where the entries of `term` in `block` with a term frequency above 1
  /// begin; those before it occur once.
  @inlinable
  public func repeatStart(for term: TermID, inBlock block: Int) -> Int {
    Int(repeatStarts[term.index &* blockCount &+ block])
  }

  /// The number of documents that contain `term`.
  public func documentFrequency(of term: TermID) -> Int {
    guard term.index < termCount else { return 0 }
    let row = term.index * (blockCount + 1)
    return Int(blockStarts[row + blockCount]) - Int(blockStarts[row])
  }

  /// The L2-normalised weight of `term` in `document`, or 0 when the
  /// document does not contain it.
  ///
  /// - Complexity: O(log *n*) in the term's entries in the document's block.
  public func weight(of term: TermID, in document: DocID) -> Float {
    guard document.index < documentCount else { return 0 }
    let block = document.index / Self.blockSize
    let offset = UInt16(document.index % Self.blockSize)
    let range = entries(for: term, inBlock: block)
    let split = repeatStart(for: term, inBlock: block)
    // Each run ascends by document: search both.
    for run in [range.lowerBound..<split, split..<range.upperBound] {
      var low = run.lowerBound
      var high = run.upperBound
      while low < high {
        let mid = (low + high) / 2
        if documentOffsets[mid] < offset { low = mid + 1 } else { high = mid }
      }
      if low < run.upperBound, documentOffsets[low] == offset {
        return Self.frequencyWeights[Int(termFrequencies[low])] * termWeights[term.index]
          * inverseNorms[document.index]
      }
    }
    return 0
  }
}

/// Why an index cannot be used.
public enum IndexError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Its arrays do not fit together.
  case inconsistent(String)

  public var description: String {
    switch self {
    case .inconsistent(let detail): return "the index is inconsistent: \(detail)"
    }
  }
}
