/// Scores the questions that may be recommended for a posting at a stage.
///
/// A question is a candidate when it fits the stage, asks about pay only at the offer stage,
/// and, when it is specific to fields, has one of them among the posting's own. A candidate
/// that asks what the posting already answers (its pay range, work arrangement, travel or
/// reporting line) is set aside with the evidence instead. See ``RankingPolicy`` for the score.
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
  ///   - ownFields: the posting's own fields, best first.
  ///   - probability: the posting's probability of each field.
  /// - Complexity: O(*n*) in the number of questions.
  func score(
    stage: Stage, similarity: [Float], queryTerms: [TermID], ownFields: [String],
    probability: [String: Double], facts: PostingFacts
  ) -> (candidates: [Candidate], answered: [Answered]) {
    var candidates: [Candidate] = []
    var answered: [Answered] = []
    for (i, question) in corpus.questions.enumerated() where question.stages.contains(stage) {
      if features.mentionsPay[i] && stage != .offer { continue }
      var score = Double(similarity[i])
      var field: FieldMatch?
      var signalled = true
      if !question.fields.isEmpty {
        // A field question needs one of its fields among the posting's own;
        // without one of its keywords in the posting it earns no bonus and
        // may only fill its field's reserved places.
        signalled =
          question.keywords.isEmpty
          || QuestionFeatures.matchesKeyword(queryTerms, features.keywordTerms[i])
        guard
          let closest = question.fields.filter(ownFields.contains).map({
            FieldMatch(name: $0, probability: probability[$0] ?? 0)
          })
          .max(by: { $0.probability < $1.probability })
        else { continue }
        if signalled { score += policy.fieldBonus * closest.probability }
        field = closest
      }
      if let topic = features.topics[i], let evidence = facts.answered[topic] {
        answered.append(
          Answered(index: i, score: score, reason: .answered(topic: topic, evidence: evidence)))
        continue
      }
      candidates.append(
        Candidate(index: i, question: question, score: score, field: field, signalled: signalled))
    }
    return (candidates, answered)
  }
}
