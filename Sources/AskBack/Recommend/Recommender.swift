/// Recommends the questions to ask for a job posting.
///
/// The recommender indexes the corpus questions (each question's text at its
/// fallbacks plus its keywords) with TF-IDF weights fitted on the questions
/// and the corpus job descriptions together (see ``TFIDFWeighting``). For a
/// posting it keeps the questions that fit the stage, scores them by cosine
/// similarity to the posting, and returns the best.
///
///     let recommender = Recommender(corpus: try CorpusLoader.load(directory: "Corpus"))
///     let result = recommender.recommend(postingText, options: .init(limit: 10))
///     for item in result.questions { print(item.text) }
///
/// A recommender is immutable and can serve many threads at once.
public struct Recommender: Sendable {
  /// The corpus recommended from.
  public let corpus: Corpus
  /// The analyzer for questions and postings.
  public let analyzer: Analyzer
  /// The weighting fitted on the questions and job descriptions.
  public let weighting: TFIDFWeighting
  /// The index of the questions; document *i* is `corpus.questions[i]`.
  public let index: InvertedIndex
  /// Each question's stages as bits, for filtering.
  let stageMasks: [UInt8]

  /// Builds the index of `corpus`.
  ///
  /// - Complexity: O(*n*) in the total length of the corpus text.
  public init(corpus: Corpus, analyzer: Analyzer = .standard) {
    var builder = IndexBuilder(analyzer: analyzer)
    for question in corpus.questions { builder.addIndexed(question.indexedText) }
    for description in corpus.descriptions { builder.addFitOnly(description.document) }
    let (weighting, index) = builder.build()
    self.corpus = corpus
    self.analyzer = analyzer
    self.weighting = weighting
    self.index = index
    self.stageMasks = corpus.questions.map(\.stages.rawValue)
  }

  /// The best questions for `posting` at the options' stage.
  public func recommend(
    _ posting: String, options: RecommendationOptions = .init()
  ) -> Recommendation {
    var tokens = TokenBuffer()
    analyzer.analyze(posting, into: &tokens)
    var query = SparseVector()
    var counter = TermCounter()
    weighting.vectorize(tokens, into: &query, counter: &counter)
    var notes: [String] = []
    if query.isEmpty {
      notes.append("no term of the posting is known to the corpus; these are general questions")
    }
    var ranker = Ranker(index: index)
    let filter = DocumentFilter(masks: stageMasks, required: options.stage.bit)
    var picked = ranker.topDocuments(for: query, limit: options.limit, filter: filter)
    if picked.count < options.limit {
      // Fill up with the stage's questions in corpus order, so a posting that
      // shares no term still gets a full list.
      var seen = Set(picked.map(\.document))
      for d in 0..<index.documentCount where picked.count < options.limit {
        let doc = DocID(d)
        if filter.allows(doc) && !seen.contains(doc) {
          picked.append(ScoredDocument(document: doc, score: 0))
          seen.insert(doc)
        }
      }
    }
    let questions = picked.map { scored in
      let question = corpus.questions[scored.document.index]
      return RecommendedQuestion(
        question: question,
        text: question.template.render(company: nil, role: nil),
        score: Double(scored.score),
        matched: matchedTerms(query, scored.document))
    }
    return Recommendation(questions: questions, notes: notes)
  }

  /// The terms `query` shares with document `doc`, by contribution, largest
  /// first (ties by term text).
  func matchedTerms(_ query: SparseVector, _ doc: DocID) -> [MatchedTerm] {
    var matched: [MatchedTerm] = []
    for (term, queryWeight) in zip(query.terms, query.weights) {
      let range = index.postings(for: term)
      // Postings ascend by document: binary search.
      var low = range.lowerBound
      var high = range.upperBound
      while low < high {
        let mid = (low + high) / 2
        if index.documents[mid] < doc { low = mid + 1 } else { high = mid }
      }
      if low < range.upperBound && index.documents[low] == doc {
        let contribution = Double(queryWeight) * Double(index.weights[low])
        matched.append(MatchedTerm(term: weighting.term(term), weight: contribution))
      }
    }
    return matched.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
  }
}

/// What to recommend.
public struct RecommendationOptions: Sendable, Equatable {
  /// The most questions to return.
  public var limit: Int
  /// The stage the questions must fit.
  public var stage: Stage

  public init(limit: Int = 10, stage: Stage = .firstRound) {
    self.limit = limit
    self.stage = stage
  }
}
