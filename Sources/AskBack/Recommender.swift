/// Recommends the questions to ask for a job posting.
///
/// For a posting and a stage, the recommender:
///
/// 1. reads the posting's facts (``PostingFacts``): the company and role, the kind of employer,
///    what it does, the tools, duties, teams, credentials and shifts the posting names, and the
///    topics it already answers;
/// 2. recognises the posting's O*NET-SOC occupations (``OccupationModel``), and from them its
///    fields of work (``FieldMapping``);
/// 3. scores the questions that may be asked (``CandidateScorer``, formula in
///    ``RankingPolicy``): those that fit the stage, never a pay question outside the offer stage,
///    never one the posting already answers (those that would have competed for a place are
///    reported in ``Recommendation/omitted``), an occupation question only when its tags cover
///    the likeliest occupation, an employer-kind question only for that kind of employer, and a
///    grounded question only when the posting supplies its facts;
/// 4. fills the list by the stage's plan (``RecommendationPlan``): the required categories, the
///    grounded places, the occupation's places, then the best of the rest; one question per
///    theme, no fill twice, no near duplicates.
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
  /// The posting-to-occupation model.
  public let occupationModel: OccupationModel
  /// The ranking's constants.
  public let policy: RankingPolicy
  /// Per question: its topic, pay mention, word hashes and keyword terms.
  let features: QuestionFeatures
  /// What the posting reader knows: ordinary words, tool and credential names, verbs.
  package let reader: FactReader

  /// Whether `posting` holds nothing to read: only whitespace, NUL bytes and invisible format
  /// characters (a byte order mark, zero-width spaces).
  ///
  /// A command or service refuses such a posting rather than recommend for it.
  public static func isBlank(posting: String) -> Bool {
    posting.unicodeScalars.allSatisfy {
      isWhitespace($0) || $0 == "\0" || FormatCharacters.isFormat($0)
    }
  }

  /// The text of a posting given in parts, as job-board exports give it.
  ///
  /// The title, a blank line, then the body, as a person would paste it; the body alone when
  /// the title is missing, blank, or already the body's first line.
  public static func postingText(title: String?, body: String) -> String {
    guard let title = title?.trimmingWhitespace, !title.isEmpty else { return body }
    let firstLine = PostingText.lines(of: body, limit: 1).first
    return firstLine == title ? body : title + "\n\n" + body
  }

  /// The facts of `posting`, as ``recommend(_:options:)`` reads them, with the occupations
  /// recognised.
  public func facts(of posting: String) -> (facts: PostingFacts, occupations: [OccupationMatch]) {
    let read = read(posting)
    return (read.facts, read.recognition.occupations)
  }

  /// What one posting gives: its facts, its analysed words and their vector, and the
  /// occupations recognised, to which the facts' tools and equipment are scoped.
  func read(
    _ posting: String, keepingSurfaces: Bool = false
  ) -> (
    facts: PostingFacts, tokens: TokenBuffer, query: SparseVector,
    recognition: OccupationModel.Recognition
  ) {
    var facts = reader.read(PostingText(posting))
    var tokens = TokenBuffer(keepingSurfaces: keepingSurfaces)
    analyzer.analyze(posting, into: &tokens)
    var query = SparseVector()
    var counter = TermCounter()
    weighting.vectorize(tokens, into: &query, counter: &counter)
    let recognition =
      query.isEmpty
      ? OccupationModel.Recognition()
      : occupationModel.recognise(title: facts.titleLine, text: tokens)
    reader.scope(&facts, to: recognition.occupations)
    return (facts, tokens, query, recognition)
  }

  /// The best questions for `posting` at the options' stage.
  ///
  /// - Complexity: O(*n* + *q*) for a posting of length *n* and *q* corpus questions.
  public func recommend(
    _ posting: String, options: RecommendationOptions = .init()
  ) -> Recommendation {
    let (facts, tokens, query, recognition) = read(posting, keepingSurfaces: true)
    var notes: [String] = []
    if query.isEmpty {
      notes.append(
        "none of the posting's words is known to the corpus, so these are general questions")
    }

    var similarity = [Float](repeating: 0, count: corpus.questions.count)
    var ranker = Ranker(index: index)
    ranker.forEachScore(for: query) { doc, score in similarity[doc.index] = score }

    let scored = CandidateScorer(corpus: corpus, features: features, policy: policy).score(
      stage: options.stage, similarity: similarity, queryTerms: query.terms,
      occupations: recognition.occupations, facts: facts)
    let plan = RecommendationPlan(
      stage: options.stage, limit: options.limit,
      groundedPlaces: facts.tools.count + facts.duties.count >= policy.groundedMinimumFacts,
      occupationTitle: recognition.occupations.first?.title, policy: policy)
    let picked = plan.select(scored.candidates, words: features.wordHashes)
    let fills = SlotFills(posting: facts)
    // Report the questions left out that would have competed for a place.
    let bar = picked.map(\.candidate.score).min() ?? 0
    let omitted = scored.answered.filter { $0.score >= bar || picked.count < options.limit }
      .sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
      .map { answered -> OmittedQuestion in
        let question = corpus.questions[answered.index]
        let text = question.template.render(fills) ?? question.template.fallbackText
        return OmittedQuestion(question: question, text: text, reason: answered.reason)
      }
    let matches = picked.map { matchedTerms(query, DocID($0.candidate.index)) }
    let words = surfaceWords(tokens, of: Set(matches.joined().map(\.term)))
    let questions = zip(picked, matches).map { choice, matched -> RecommendedQuestion in
      let candidate = choice.candidate
      var reasons = [choice.reason]
      if let fit = candidate.occupation {
        reasons.append(
          .occupation(
            group: fit.group,
            title: corpus.soc.title(of: fit.group.code)
              ?? fit.group.occupation.flatMap(occupationModel.title(of:)),
            probability: fit.probability))
      }
      if !candidate.question.employers.isEmpty { reasons.append(.employer(facts.employerKind)) }
      var filled = fills
      for (slot, fact) in choice.fills.sorted(by: { $0.key < $1.key }) {
        filled[slot] = fact.value
        reasons.append(.filled(slot: slot, value: fact.value, evidence: fact.evidence))
      }
      return RecommendedQuestion(
        question: candidate.question,
        text: candidate.question.template.render(filled)
          ?? candidate.question.template.fallbackText,
        score: candidate.score,
        matched: matched.map {
          MatchedTerm(term: weighting.term($0.term), word: words[$0.term], weight: $0.weight)
        },
        reasons: reasons)
    }
    return Recommendation(
      stage: options.stage, role: facts.role, company: facts.company,
      occupations: recognition.occupations, fields: Array(recognition.fields.prefix(3)),
      facts: facts, questions: questions, notes: notes, omitted: omitted)
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

extension Recommender {
  /// Builds the index and the occupation model of `corpus`.
  ///
  /// - Complexity: O(*n*) in the total length of the corpus text.
  public init(corpus: Corpus, analyzer: Analyzer = .standard, policy: RankingPolicy = .init()) {
    var builder = IndexBuilder(analyzer: analyzer)
    for question in corpus.questions { builder.addIndexed(question.indexedText) }
    for description in corpus.descriptions { builder.addFitOnly(description.document) }
    let (weighting, index) = builder.build()
    self.init(
      corpus: corpus, analyzer: analyzer, weighting: weighting, index: index,
      occupationModel: OccupationModel(corpus: corpus, configuration: policy.occupationModel),
      policy: policy,
      features: QuestionFeatures(
        questions: corpus.questions, analyzer: analyzer, weighting: weighting),
      reader: FactReader(corpus: corpus))
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
