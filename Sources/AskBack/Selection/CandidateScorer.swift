/// Scores the questions that may be recommended for a posting at a stage.
///
/// A question is a candidate when it fits the stage, asks about pay only at the offer stage,
/// fits the kind of employer when it names kinds, has every fact its grounded slots need, and,
/// when it is written for occupations, covers the posting's likeliest occupation with enough
/// probability. A candidate that asks what the posting already answers (its pay range, work
/// arrangement, travel or reporting line) is set aside with the evidence instead. See
/// ``RankingPolicy`` for the score.
struct CandidateScorer {
  let corpus: Corpus
  let features: QuestionFeatures
  let policy: RankingPolicy

  /// A question left out because the posting answers it, with its score for the report.
  struct Answered {
    let index: Int
    let score: Double
    let reason: Reason
  }

  /// The candidates in corpus order, and the questions the posting answers.
  ///
  /// - Parameters:
  ///   - similarity: each question's cosine similarity to the posting.
  ///   - queryTerms: the posting's terms, ascending, for the keyword rule.
  ///   - occupations: the recognised occupations, best first.
  /// - Complexity: O(*n*) in the number of questions.
  func score(
    stage: Stage, similarity: [Float], queryTerms: [TermID], occupations: [OccupationMatch],
    facts: PostingFacts
  ) -> (candidates: [Candidate], answered: [Answered]) {
    var candidates: [Candidate] = []
    var answered: [Answered] = []
    var options: [QuestionTemplate.Slot: [PostingFact]] = [:]
    for slot in QuestionTemplate.Slot.allCases where slot.isFact {
      options[slot] = facts.options(for: slot)
    }
    // The questions are read in place: most are left out, and a copy of each would retain
    // every one of its strings and arrays.
    corpus.questions.withUnsafeBufferPointer { questions in
      for i in questions.indices where questions[i].stages.contains(stage) {
        if features.mentionsPay[i] && stage != .offer { continue }
        var score = Double(similarity[i])
        var fit: OccupationFit?
        var signalled = true
        if !questions[i].occupations.isEmpty {
          guard let fitting = Self.fit(questions[i].occupations, occupations) else { continue }
          guard fitting.probability >= policy.minimumOccupationProbability else { continue }
          // Without one of its keywords in the posting, an occupation question earns no bonus
          // and may only take one of the occupation's reserved places.
          signalled =
            questions[i].keywords.isEmpty
            || QuestionFeatures.matchesKeyword(queryTerms, features.keywordTerms[i])
          if signalled { score += policy.occupationBonus * fitting.probability }
          fit = fitting
        }
        if !questions[i].employers.isEmpty {
          guard questions[i].employers.contains(facts.employerKind) else { continue }
          score += policy.employerBonus
        }
        // A {company} without a fallback needs the employer's name: with none, or an agency's
        // unnamed client ("the client"), the question is not asked.
        if questions[i].template.requiresCompany && facts.company == nil { continue }
        var fills: [QuestionTemplate.Slot: [PostingFact]] = [:]
        var complete = true
        for part in questions[i].template.parts {
          guard case .slot(let slot, let fallback) = part, slot.isFact else { continue }
          let available = options[slot] ?? []
          if available.isEmpty {
            if fallback == nil { complete = false }
          } else {
            fills[slot] = available
          }
        }
        guard complete else { continue }
        if !fills.isEmpty { score += policy.groundedBonus }
        if let topic = features.topics[i], let evidence = facts.answered[topic] {
          answered.append(
            Answered(index: i, score: score, reason: .answered(topic: topic, evidence: evidence)))
          continue
        }
        candidates.append(
          Candidate(
            index: i, question: questions[i], score: score, occupation: fit,
            signalled: signalled, fills: fills))
      }
    }
    return (candidates, answered)
  }

  /// How a question's occupation `tags` fit the recognised `occupations`: one tag must cover
  /// the likeliest occupation; the probability is that of all recognised occupations under any
  /// tag.
  static func fit(_ tags: [SOCGroup], _ occupations: [OccupationMatch]) -> OccupationFit? {
    guard let best = occupations.first, let group = tags.first(where: { $0.contains(best.code) })
    else { return nil }
    var probability = 0.0
    for occupation in occupations where tags.contains(where: { $0.contains(occupation.code) }) {
      probability += occupation.score
    }
    return OccupationFit(group: group, probability: probability)
  }
}
