/// Ranks documents for raw text: analyse, weigh, score, select.
///
/// Bundles an analyzer, a fitted weighting and a ``Ranker`` with the scratch
/// each step needs, so that searching text after text allocates nothing once
/// the buffers have grown. Give each thread its own searcher; they can share
/// the weighting and the index.
///
///     var searcher = TextSearcher(analyzer: .standard, weighting: weighting, index: index)
///     let top = searcher.topDocuments(for: postingText, limit: 10)
public struct TextSearcher: Sendable {
  public let analyzer: Analyzer
  public let weighting: TFIDFWeighting
  private var ranker: Ranker
  private var tokens = TokenBuffer()
  private var counter = TermCounter()
  /// The vector of the last text searched.
  public private(set) var query = SparseVector()

  public init(analyzer: Analyzer, weighting: TFIDFWeighting, index: InvertedIndex) {
    self.analyzer = analyzer
    self.weighting = weighting
    self.ranker = Ranker(index: index)
  }

  /// The best documents for `text`; see ``Ranker/topDocuments(for:limit:)``.
  public mutating func topDocuments(
    for text: String, limit: Int
  ) -> [ScoredDocument] {
    var text = text
    return text.withUTF8 { topDocuments(forUTF8: $0, limit: limit) }
  }

  /// The best documents for the UTF-8 bytes `text`.
  public mutating func topDocuments(
    forUTF8 text: UnsafeBufferPointer<UInt8>, limit: Int
  ) -> [ScoredDocument] {
    var results: [ScoredDocument] = []
    topDocuments(forUTF8: text, limit: limit, into: &results)
    return results
  }

  /// Replaces the contents of `results` with the best documents for the UTF-8 bytes `text`.
  ///
  /// Reusing `results`, a searcher allocates nothing per text once its buffers have grown.
  public mutating func topDocuments(
    forUTF8 text: UnsafeBufferPointer<UInt8>, limit: Int,
    into results: inout [ScoredDocument]
  ) {
    tokens.removeAll()
    analyzer.analyze(utf8: text, into: &tokens)
    weighting.vectorize(tokens, into: &query, counter: &counter)
    ranker.topDocuments(for: query, limit: limit, into: &results)
  }
}
