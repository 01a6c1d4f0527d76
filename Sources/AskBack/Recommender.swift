/// Recommends the questions to ask for a job posting.
///
/// For a posting and a stage, the recommender:
///
/// 1. reads the posting's facts (``PostingFacts``): the company and role that
///    fill the questions' slots, and the topics the posting already answers;
/// 2. estimates the posting's fields (``FieldModel``);
/// 3. keeps the questions that fit the stage, never a pay question outside the
///    offer stage, and leaves out the questions the posting already answers:
///    a stated pay range, work arrangement, travel or reporting line (those
///    that would have competed for a place are reported in
///    ``Recommendation/omitted``);
/// 4. takes the posting's own fields: the best field, and also the runner-up
///    when the best field's probability is below ``RankingPolicy/hedgeBelow``
///    (there the best field is right less than a third of the time on the
///    development postings); questions specific to any other field are
///    dropped;
/// 5. scores each question: its cosine similarity to the posting (TF-IDF,
///    fitted on the questions and the corpus job descriptions, a question
///    indexed as its text plus its keywords), plus, for a question of an own
///    field, ``RankingPolicy/fieldBonus`` × the field's probability;
/// 6. fills the list by the stage's plan (``RecommendationPlan``): the
///    required categories first, then three questions of each own field,
///    then the best of the rest, where a field question needs a field
///    probability of ``RankingPolicy/minimumFillProbability``; at most three
///    questions of a category in ten, and no two questions that share most
///    of their words.
///
/// Every step leaves a reason on the question it placed, for `--explain`.
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
  let weighting: TFIDFWeighting
  /// The index of the questions; document *i* is `corpus.questions[i]`.
  let index: InvertedIndex
  /// The posting-to-field model.
  let fieldModel: FieldModel
  /// The ranking's constants.
  public let policy: RankingPolicy
  /// Per question: its topic, pay mention, word hashes and keyword terms.
  let features: QuestionFeatures
  /// Words the corpus job descriptions use in lower case, so that "Travel is
  /// required" is not read as naming a company.
  let commonWords: Set<String>

  /// Builds the index and the field model of `corpus`.
  ///
  /// - Complexity: O(*n*) in the total length of the corpus text.
  public init(corpus: Corpus, analyzer: Analyzer = .standard, policy: RankingPolicy = .init()) {
    // Each job description is analysed once, for the idf and the field model.
    let descriptionTerms = corpus.descriptions.map { description in
      var tokens = TokenBuffer()
      analyzer.analyze(description.document, into: &tokens)
      return tokens
    }
    var builder = IndexBuilder(analyzer: analyzer)
    for question in corpus.questions { builder.addIndexed(question.indexedText) }
    for terms in descriptionTerms { builder.addFitOnly(terms: terms) }
    let (weighting, index) = builder.build()
    self.corpus = corpus
    self.analyzer = analyzer
    self.weighting = weighting
    self.index = index
    self.fieldModel = FieldModel(
      corpus: corpus, analyzer: analyzer, configuration: policy.fieldModel,
      descriptionTerms: descriptionTerms)
    self.policy = policy
    self.features = QuestionFeatures(
      questions: corpus.questions, analyzer: analyzer, weighting: weighting)
    self.commonWords = CompanyReader.commonWords(in: corpus.descriptions.map(\.text), minimum: 2)
  }

  /// Creates a recommender from its parts, as an index file stores them.
  init(
    corpus: Corpus, analyzer: Analyzer, weighting: TFIDFWeighting, index: InvertedIndex,
    fieldModel: FieldModel, policy: RankingPolicy, commonWords: Set<String>,
    features: QuestionFeatures
  ) {
    self.corpus = corpus
    self.analyzer = analyzer
    self.weighting = weighting
    self.index = index
    self.fieldModel = fieldModel
    self.policy = policy
    self.features = features
    self.commonWords = commonWords
  }

  /// Whether `posting` holds nothing to read: only whitespace, NUL bytes and invisible format
  /// characters (a byte order mark, zero-width spaces).
  ///
  /// A command or service refuses such a posting rather than recommend for it.
  public static func isBlank(posting: String) -> Bool {
    posting.unicodeScalars.allSatisfy {
      $0.properties.isWhitespace || $0 == "\0" || FormatCharacters.isFormat($0)
    }
  }

  /// The best questions for `posting` at the options' stage.
  ///
  /// - Complexity: O(*n* + *q*) for a posting of length *n* and *q* corpus questions.
  public func recommend(
    _ posting: String, options: RecommendationOptions = .init()
  ) -> Recommendation {
    let text = PostingText(posting)
    let facts = PostingFacts(text: text, commonWords: commonWords)
    var tokens = TokenBuffer(keepingSurfaces: true)
    analyzer.analyze(posting, into: &tokens)
    var query = SparseVector()
    var counter = TermCounter()
    weighting.vectorize(tokens, into: &query, counter: &counter)
    var notes: [String] = []
    if query.isEmpty {
      notes.append(
        "none of the posting's words is known to the corpus, so these are general questions")
    }

    let fieldScores = query.isEmpty ? [] : fieldModel.scores(tokens: tokens, title: facts.titleLine)
    var probability: [String: Double] = [:]
    for field in fieldScores { probability[field.name] = field.score }
    let ownFields = policy.ownFields(fieldScores)

    var similarity = [Float](repeating: 0, count: corpus.questions.count)
    var ranker = Ranker(index: index)
    ranker.forEachScore(for: query) { doc, score in similarity[doc.index] = score }

    let scored = CandidateScorer(corpus: corpus, features: features, policy: policy).score(
      stage: options.stage, similarity: similarity, queryTerms: query.terms, ownFields: ownFields,
      probability: probability, facts: facts)
    let plan = RecommendationPlan(
      stage: options.stage, limit: options.limit, ownFields: ownFields, policy: policy)
    let picked = plan.select(scored.candidates, words: features.wordHashes)
    // Report the questions left out that would have competed for a place.
    let bar = picked.map(\.candidate.score).min() ?? 0
    let omitted = scored.answered.filter { $0.score >= bar || picked.count < options.limit }
      .sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
      .map {
        let question = corpus.questions[$0.index]
        return OmittedQuestion(
          question: question,
          text: question.template.render(company: facts.company, role: facts.role),
          reason: $0.reason)
      }
    let matches = picked.map { matchedTerms(query, DocID($0.candidate.index)) }
    let words = surfaceWords(tokens, of: Set(matches.joined().map(\.term)))
    let questions = zip(picked, matches).map { choice, matched -> RecommendedQuestion in
      let candidate = choice.candidate
      var reasons = [choice.reason]
      if let field = candidate.field {
        reasons.append(.field(name: field.name, probability: field.probability))
      }
      return RecommendedQuestion(
        question: candidate.question,
        text: candidate.question.template.render(company: facts.company, role: facts.role),
        score: candidate.score,
        matched: matched.map {
          MatchedTerm(term: weighting.term($0.term), word: words[$0.term], weight: $0.weight)
        },
        reasons: reasons)
    }
    return Recommendation(
      stage: options.stage, role: facts.role, company: facts.company,
      fields: Array(fieldScores.prefix(3)), questions: questions, notes: notes, omitted: omitted)
  }

  /// The terms `query` shares with document `doc`, by contribution, largest
  /// first (ties by term text).
  func matchedTerms(_ query: SparseVector, _ doc: DocID) -> [(term: TermID, weight: Double)] {
    var matched: [(term: TermID, weight: Double, text: String)] = []
    for (term, queryWeight) in zip(query.terms, query.weights) {
      let weight = index.weight(of: term, in: doc)
      if weight > 0 {
        matched.append((term, Double(queryWeight) * Double(weight), weighting.term(term)))
      }
    }
    return
      matched
      .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.text < $1.text }
      .map { ($0.term, $0.weight) }
  }

  /// The posting's own word for each of `terms`: the surface form its tokens give most often,
  /// the earliest of equally frequent ones.
  ///
  /// - Parameter tokens: the posting's terms, analysed keeping their surfaces.
  /// - Complexity: O(*m*) vocabulary lookups for *m* tokens.
  func surfaceWords(_ tokens: TokenBuffer, of terms: Set<TermID>) -> [TermID: String] {
    guard !terms.isEmpty else { return [:] }
    // Per term, its surfaces in order of first use, with their counts.
    var seen: [TermID: [(word: String, count: Int)]] = [:]
    for i in 0..<tokens.count {
      guard
        let id = tokens.withTerm(i, { weighting.vocabulary.id(of: $0) }).map(TermID.init),
        terms.contains(id), let word = tokens.surface(of: i)
      else { continue }
      if let k = seen[id]?.firstIndex(where: { $0.word == word }) {
        seen[id]?[k].count += 1
      } else {
        seen[id, default: []].append((word, 1))
      }
    }
    return seen.mapValues { forms in
      // The first of the most frequent: max(by:) would keep the last of equals.
      var best = forms[0]
      for form in forms.dropFirst() where form.count > best.count { best = form }
      return best.word
    }
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
