/// Writes a ``Recommendation`` as JSON, plain text or Markdown.
///
/// JSON has this shape, with members in this order (scores and weights with
/// four decimals):
///
///     {"role": null, "company": null, "fields": [{"name", "score"}],
///      "questions": [{"id", "text", "category", "stages", "fields", "score",
///                     "matched": [{"term", "word", "weight"}], "why": [...]}],
///      "notes": [...], "omitted": [{"id", "text", "reason"}]}
///
/// Text and Markdown group the questions under category headings, in the
/// order of each category's best question, numbered in reading order.
public enum RecommendationFormatter {
  /// The questions grouped by category: groups in the order of their best
  /// question, questions in rank order.
  public static func groups(
    _ questions: [RecommendedQuestion]
  ) -> [(Category, [RecommendedQuestion])] {
    var order: [Category] = []
    var members: [Category: [RecommendedQuestion]] = [:]
    for item in questions {
      let category = item.question.category
      if members[category] == nil { order.append(category) }
      members[category, default: []].append(item)
    }
    return order.map { ($0, members[$0] ?? []) }
  }

  /// "Questions to ask for ROLE at COMPANY (STAGE)".
  public static func headline(_ recommendation: Recommendation) -> String {
    headline(
      role: recommendation.role, company: recommendation.company, stage: recommendation.stage)
  }

  /// "Questions to ask for ROLE at COMPANY (STAGE)", leaving out what is `nil`.
  static func headline(role: String?, company: String?, stage: Stage) -> String {
    var line = "Questions to ask"
    switch (role, company) {
    case (let role?, let company?): line += " for \(role) at \(company)"
    case (let role?, nil): line += " for \(role)"
    case (nil, let company?): line += " at \(company)"
    case (nil, nil): break
    }
    return line + " (\(stage.rawValue))"
  }

  /// `text` without control characters (C0 but tab and line feed, DEL, C1), for echoing a
  /// posting's words on a terminal.
  public static func removingControlCharacters(_ text: String) -> String {
    OutputEscaping.removingControlCharacters(text)
  }

  /// The lines `--explain` prints about the recognised occupations: each with its probability,
  /// the O*NET title that matched and, for the best, its closest task statements.
  static func occupationExplanation(_ recommendation: Recommendation) -> [String] {
    recommendation.occupations.map { occupation in
      var line =
        "occupation \(occupation.code) \(occupation.title), probability "
        + JSONWriter.format(occupation.score, decimals: 3)
      if let title = occupation.matchedTitle { line += "; title matched: \"\(title)\"" }
      if !occupation.matchedTasks.isEmpty {
        line +=
          "; tasks matched: " + occupation.matchedTasks.map { "\"\($0)\"" }.joined(separator: ", ")
      }
      return line
    }
  }

  /// The lines `--explain` prints under a question.
  static func explanation(_ item: RecommendedQuestion) -> [String] {
    var lines: [String] = []
    let score = JSONWriter.format(item.score, decimals: 4)
    if item.matched.isEmpty {
      lines.append("score \(score); no posting term matched")
    } else {
      // The posting's own words; the stems are in the JSON.
      let terms = item.matched.prefix(8).map {
        "\($0.word) \(JSONWriter.format($0.weight, decimals: 4))"
      }
      lines.append("score \(score); matched: " + terms.joined(separator: ", "))
    }
    lines.append(contentsOf: item.reasons.map(\.description))
    return lines
  }
}
