import Foundation

/// Estimates which fields of work a posting belongs to.
///
/// A nearest-centroid classifier on the TF-IDF machinery. Its own weighting
/// is fitted on the corpus job descriptions and the field profiles. Each
/// field *f* gets two vectors:
///
///     body(f)  = normalise(a · normalise(mean of f's job description vectors)
///                          + profile vector of f)
///     title(f) = vector of f's job titles (the profile's titles and the
///                titles of f's job descriptions)
///
/// and a posting with body vector *p* and title vector *t* gets the raw score
///
///     raw(f) = p · body(f) + τ · (t · title(f))
///
/// Raw scores are then calibrated per field: every corpus job description is
/// scored too, and a field's score is its z-score against those,
/// `z(f) = (raw(f) − mean_f) / sd_f`. Without this, a field whose profile
/// shares the everyday words of all postings ("client", "service") would pull
/// postings of every field. The reported scores are softmax(z): they sum to 1.
///
/// Defaults: *a* = ``Configuration/descriptionWeight`` = 0.5 and τ =
/// ``Configuration/titleWeight`` = 0.5.
///
/// Why centroids: the corpus has few job descriptions per field and uneven
/// counts between fields. A centroid does not grow with the number of
/// examples, as a nearest-neighbour vote does, and the written profile
/// carries the field's vocabulary where examples are scarce. The title score
/// matters because a job title ("Staff Accountant", "Charge Nurse") names the
/// field more reliably than a body whose benefits and equal-opportunity
/// paragraphs are alike in every field. ``crossValidate(corpus:analyzer:configuration:only:)``
/// measures the choice by leaving each corpus job description out in turn.
public struct FieldModel: Sendable {
  /// The model's weights.
  public struct Configuration: Sendable, Equatable {
    /// The weight *a* of the job descriptions' mean against the profile.
    public var descriptionWeight: Double = 0.5
    /// The weight τ of the title score.
    public var titleWeight: Double = 0.5

    public init() {}
  }

  /// The fields, in corpus order.
  public let fields: [String]
  public let configuration: Configuration
  let analyzer: Analyzer
  let weighting: TFIDFWeighting
  /// `body[f * termCount + t]`: field *f*'s body weight for term *t*.
  let body: [Float]
  /// `titles[f * termCount + t]`: field *f*'s title weight for term *t*.
  let titles: [Float]
  /// Each field's raw-score mean and standard deviation over the corpus job
  /// descriptions.
  private(set) var means: [Double]
  private(set) var deviations: [Double]

  /// Creates a model from its parts, as an index file stores them.
  init(
    fields: [String], configuration: Configuration, analyzer: Analyzer, weighting: TFIDFWeighting,
    body: [Float], titles: [Float], means: [Double], deviations: [Double]
  ) {
    self.fields = fields
    self.configuration = configuration
    self.analyzer = analyzer
    self.weighting = weighting
    self.body = body
    self.titles = titles
    self.means = means
    self.deviations = deviations
  }

  /// Builds the model from the corpus's field profiles and job descriptions.
  ///
  /// - Complexity: O(*n* + *d* · *f*) for corpus text of length *n*, *d* job
  ///   descriptions and *f* fields.
  public init(
    corpus: Corpus, analyzer: Analyzer = .standard, configuration: Configuration = .init()
  ) {
    let terms = corpus.descriptions.map { description in
      var tokens = TokenBuffer()
      analyzer.analyze(description.document, into: &tokens)
      return tokens
    }
    self.init(
      corpus: corpus, analyzer: analyzer, configuration: configuration, descriptionTerms: terms)
  }

  /// Builds the model from job descriptions already analysed:
  /// `descriptionTerms[i]` holds the terms of `corpus.descriptions[i].document`.
  init(
    corpus: Corpus, analyzer: Analyzer, configuration: Configuration,
    descriptionTerms: [TokenBuffer]
  ) {
    let fields = corpus.fields.map(\.name)
    var builder = IndexBuilder(analyzer: analyzer)
    for terms in descriptionTerms { builder.addFitOnly(terms: terms) }
    for profile in corpus.fields { builder.addFitOnly(profile.document) }
    let weighting = builder.build().weighting
    let termCount = weighting.termCount

    var body = [Float](repeating: 0, count: fields.count * termCount)
    var titles = [Float](repeating: 0, count: fields.count * termCount)
    for (f, profile) in corpus.fields.enumerated() {
      var mean = [Double](repeating: 0, count: termCount)
      let examples = corpus.descriptions.indices.filter {
        corpus.descriptions[$0].category == profile.name
      }
      var counter = TermCounter()
      var vector = SparseVector()
      for example in examples {
        weighting.vectorize(descriptionTerms[example], into: &vector, counter: &counter)
        for (term, weight) in zip(vector.terms, vector.weights) {
          mean[term.index] += Double(weight)
        }
      }
      Self.normalize(&mean)
      var combined = mean.map { $0 * configuration.descriptionWeight }
      let profileVector = weighting.vector(for: profile.document, analyzer: analyzer)
      for (term, weight) in zip(profileVector.terms, profileVector.weights) {
        combined[term.index] += Double(weight)
      }
      Self.normalize(&combined)
      for t in 0..<termCount { body[f * termCount + t] = Float(combined[t]) }

      let exampleTitles: [String] = examples.map { corpus.descriptions[$0].title }
      let titleText = (profile.titles + exampleTitles).joined(separator: "\n")
      let titleVector = weighting.vector(for: titleText, analyzer: analyzer)
      for (term, weight) in zip(titleVector.terms, titleVector.weights) {
        titles[f * termCount + term.index] = weight
      }
    }
    self.fields = fields
    self.configuration = configuration
    self.analyzer = analyzer
    self.weighting = weighting
    self.body = body
    self.titles = titles
    self.means = [Double](repeating: 0, count: fields.count)
    self.deviations = [Double](repeating: 1, count: fields.count)

    // Calibrate on the corpus job descriptions, as a posting would be scored.
    guard corpus.descriptions.count >= 2 else { return }
    var sums = [Double](repeating: 0, count: fields.count)
    var squares = [Double](repeating: 0, count: fields.count)
    for (description, terms) in zip(corpus.descriptions, descriptionTerms) {
      let raw = rawScores(tokens: terms, title: RoleReader.titleLine(of: description.document))
      for f in raw.indices {
        sums[f] += raw[f]
        squares[f] += raw[f] * raw[f]
      }
    }
    let n = Double(corpus.descriptions.count)
    var means = sums
    var deviations = sums
    for f in fields.indices {
      means[f] = sums[f] / n
      deviations[f] = max(1e-9, (squares[f] / n - means[f] * means[f]).squareRoot())
    }
    self.means = means
    self.deviations = deviations
  }

  /// The fields scored for a posting, best first, as probabilities that sum
  /// to 1; equal scores keep corpus order.
  ///
  /// - Parameters:
  ///   - tokens: the posting's analysed terms.
  ///   - title: the posting's job title, when known.
  public func scores(tokens: TokenBuffer, title: String?) -> [FieldScore] {
    guard !fields.isEmpty else { return [] }
    var z = rawScores(tokens: tokens, title: title)
    for f in z.indices { z[f] = (z[f] - means[f]) / deviations[f] }
    let top = z.max() ?? 0
    let exponentials = z.map { ($0 - top).exp }
    let total = exponentials.reduce(0, +)
    return exponentials.enumerated()
      .map { FieldScore(name: fields[$0.offset], score: $0.element / total) }
      .enumerated()
      .sorted {
        $0.element.score != $1.element.score
          ? $0.element.score > $1.element.score : $0.offset < $1.offset
      }
      .map(\.element)
  }

  /// The fields scored for `posting` text.
  public func scores(posting: String, title: String?) -> [FieldScore] {
    var tokens = TokenBuffer()
    analyzer.analyze(posting, into: &tokens)
    return scores(tokens: tokens, title: title)
  }

  /// p · body(f) + τ · (t · title(f)) for every field.
  func rawScores(tokens: TokenBuffer, title: String?) -> [Double] {
    var counter = TermCounter()
    var vector = SparseVector()
    weighting.vectorize(tokens, into: &vector, counter: &counter)
    var scores = dot(vector, with: body)
    if let title {
      var titleTokens = TokenBuffer()
      analyzer.analyze(title, into: &titleTokens)
      weighting.vectorize(titleTokens, into: &vector, counter: &counter)
      let titleScores = dot(vector, with: titles)
      for f in scores.indices { scores[f] += configuration.titleWeight * titleScores[f] }
    }
    return scores
  }

  private func dot(_ vector: SparseVector, with matrix: [Float]) -> [Double] {
    let termCount = weighting.termCount
    var scores = [Double](repeating: 0, count: fields.count)
    for f in fields.indices {
      var sum = 0.0
      for (term, weight) in zip(vector.terms, vector.weights) {
        sum += Double(weight) * Double(matrix[f * termCount + term.index])
      }
      scores[f] = sum
    }
    return scores
  }

  private static func normalize(_ vector: inout [Double]) {
    let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
    guard norm > 0 else { return }
    for i in vector.indices { vector[i] /= norm }
  }
}

extension Double {
  /// e raised to this power.
  fileprivate var exp: Double { Foundation.exp(self) }
}
