/// Recognises which O*NET-SOC occupations a posting is for.
///
/// Four scores are combined for every occupation *o*, each a cosine similarity on AskBack's
/// TF-IDF machinery:
///
///     title(o)    = max over o's job titles t of  cos(T, t)
///     titles(o)   = cos(T, Σ t / ‖Σ t‖)          o's titles as a whole
///     profile(o)  = cos(P, profile(o))            description, tasks, technology and tools
///     examples(o) = Σ cos(P, e) over the k nearest labelled job descriptions e of o
///
///     score(o) = a · title(o) + b · titles(o) + c · profile(o) + d · examples(o)
///
/// where *T* is the posting's normalised title (``TitleNormalizer``, then the title analyzer,
/// which only removes plurals so that "Accounting" and "Account" stay apart) weighted by idf
/// over all O*NET job titles, and *P* the posting's whole text weighted by idf over the
/// occupation profiles and the labelled descriptions together. A management occupation's
/// score (SOC major group 11) is multiplied by *g* when the posting has a title and no word of
/// it names management (``TitleNormalizer/namesManagement(_:)``): O*NET lists "Marketing
/// Coordinator" under Marketing Managers, but a coordinator's posting is seldom a manager's.
/// The other way round, the score of an occupation outside management is multiplied by *h*
/// when the title names a senior manager (``TitleNormalizer/namesSeniorManagement(_:)``:
/// "Director", "Head of", "Vice President", "Chief", "President"), as such a posting is
/// seldom for anything else, however much its body reads like the staff it leads.
/// The probabilities are softmax(score / τ) over the occupations that score above zero.
///
/// Defaults (``Configuration``): *a* = 1, *b* = 1.5, *c* = 3, *d* = 1, *k* = 10, *g* = 0.8,
/// *h* = 0.7, τ = 0.1, chosen on the labelled development and training postings and a blind
/// panel (see the README's occupation section).
/// The best single title catches an exact job-board title; the titles as a whole reward an
/// occupation many of whose titles share the posting's words; the profile reads what the job
/// does; the examples read how postings for it are written, which task statements do not.
public struct OccupationModel: Sendable {
  /// The weights.
  public struct Configuration: Sendable, Equatable {
    /// *a*: the best single title.
    public var bestTitleWeight = 1.0
    /// *b*: the occupation's titles as a whole.
    public var titlesWeight = 1.5
    /// *c*: the occupation's profile.
    public var profileWeight = 3.0
    /// *d*: the nearest labelled job descriptions.
    public var examplesWeight = 1.0
    /// *k*: how many nearest job descriptions vote.
    public var neighbours = 10
    /// τ: the softmax temperature of the probabilities.
    public var temperature = 0.1
    /// *g*: the factor on a management occupation's score (SOC major group 11) when the title
    /// has no word of management (``TitleNormalizer/namesManagement(_:)``).
    public var managementWithoutManagerialTitle = 0.8
    /// *h*: the factor on the score of an occupation outside management when the title names
    /// a senior manager (``TitleNormalizer/namesSeniorManagement(_:)``).
    public var othersWithSeniorTitle = 0.7

    public init() {}
  }

  public internal(set) var configuration: Configuration
  /// The occupations, in code order.
  let codes: [OccupationCode]
  /// Each occupation's field, as a position in ``FieldMapping/fields``.
  let fieldOfCode: [Int]
  /// Each occupation's O*NET title.
  let names: [String]
  /// The positions of the management occupations (SOC major group 11), which are contiguous
  /// in code order.
  var managementOccupations: Range<Int> {
    first(from: 11_000_000)..<first(from: 12_000_000)
  }

  /// The position of the first occupation whose ``OccupationCode/number`` is `number` or more.
  ///
  /// - Complexity: O(log *n*).
  func first(from number: UInt32) -> Int {
    var low = 0
    var high = codes.count
    while low < high {
      let middle = (low + high) / 2
      if codes[middle].number < number { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The O*NET title of the occupation with `code`, if the model knows it.
  public func title(of code: OccupationCode) -> String? {
    let position = first(from: code.number)
    return position < codes.count && codes[position] == code ? names[position] : nil
  }
  /// Each occupation's task statements, for explanations.
  let tasks: [[String]]
  let titleWeighting: TFIDFWeighting
  /// One document per distinct normalised job title.
  let titleIndex: InvertedIndex
  /// The occupation of each title document, and the title as O*NET writes it.
  let titleOwners: [UInt16]
  let titleTexts: [String]
  /// 1 / ‖Σ t‖ over each occupation's title vectors.
  let titleCentroidScales: [Float]
  let bodyWeighting: TFIDFWeighting
  /// The occupations' profiles (documents `0..<codes.count`), then the labelled descriptions.
  let bodyIndex: InvertedIndex
  /// The occupation of each labelled description.
  let exampleOwners: [UInt16]

  /// The number of occupations.
  public var count: Int { codes.count }
}

extension OccupationModel {
  /// Builds the model from the corpus's occupations and its job descriptions labelled with one.
  ///
  /// - Parameter heldOut: job titles to leave out, for the alternate-title benchmark.
  /// - Complexity: O(*n*) in the length of the occupations' text and the descriptions.
  public init(
    corpus: Corpus, configuration: Configuration = .init(), heldOut: Set<String> = []
  ) {
    let occupations = corpus.occupations.sorted { $0.code < $1.code }
    let position = Dictionary(
      uniqueKeysWithValues: occupations.enumerated().map { ($0.element.code, $0.offset) })

    // Titles: each distinct normalised title once per occupation.
    var titleBuilder = IndexBuilder(analyzer: .title)
    var owners: [UInt16] = []
    var texts: [String] = []
    for (o, occupation) in occupations.enumerated() {
      var seen = Set<String>()
      for title in [occupation.title] + occupation.titles
      where !heldOut.contains(title.lowercased()) {
        let normalized = TitleNormalizer.normalize(title)
        guard !normalized.isEmpty, seen.insert(normalized).inserted else { continue }
        titleBuilder.addIndexed(normalized)
        owners.append(UInt16(o))
        texts.append(title)
      }
    }
    let (titleWeighting, titleIndex) = titleBuilder.build()
    var sums = [[TermID: Float]](repeating: [:], count: occupations.count)
    var tokens = TokenBuffer()
    var counter = TermCounter()
    var vector = SparseVector()
    for (d, text) in texts.enumerated() {
      tokens.removeAll()
      Analyzer.title.analyze(TitleNormalizer.normalize(text), into: &tokens)
      titleWeighting.vectorize(tokens, into: &vector, counter: &counter)
      for (term, weight) in zip(vector.terms, vector.weights) {
        sums[Int(owners[d])][term, default: 0] += weight
      }
    }
    let scales = sums.map { sum -> Float in
      // Summed in term order, so the result never depends on the dictionary's order.
      let norm = sum.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
      return norm > 0 ? 1 / norm : 0
    }

    // Bodies: profiles, then the labelled descriptions.
    var bodyBuilder = IndexBuilder(analyzer: .standard)
    for occupation in occupations { bodyBuilder.addIndexed(occupation.profile) }
    var exampleOwners: [UInt16] = []
    for description in corpus.descriptions {
      guard let code = description.occupation, let o = position[code] else { continue }
      bodyBuilder.addIndexed(description.document)
      exampleOwners.append(UInt16(o))
    }
    let (bodyWeighting, bodyIndex) = bodyBuilder.build()

    let codes = occupations.map(\.code)
    self.init(
      configuration: configuration, codes: codes, fieldOfCode: FieldMapping.positions(of: codes),
      names: occupations.map(\.title), tasks: occupations.map(\.tasks),
      titleWeighting: titleWeighting, titleIndex: titleIndex, titleOwners: owners,
      titleTexts: texts, titleCentroidScales: scales,
      bodyWeighting: bodyWeighting, bodyIndex: bodyIndex, exampleOwners: exampleOwners)
  }
}

/// An occupation recognised for a posting, with the evidence.
public struct OccupationMatch: Sendable, Equatable {
  public var code: OccupationCode
  /// The O*NET title of the occupation.
  public var title: String
  /// The probability of the occupation among all.
  public var score: Double
  /// The O*NET job title that matched the posting's title best, if any did.
  public var matchedTitle: String?
  /// The occupation's task statements closest to the posting, best first (for the best
  /// occupation only).
  public var matchedTasks: [String]

  public init(
    code: OccupationCode, title: String, score: Double, matchedTitle: String? = nil,
    matchedTasks: [String] = []
  ) {
    self.code = code
    self.title = title
    self.score = score
    self.matchedTitle = matchedTitle
    self.matchedTasks = matchedTasks
  }
}
