extension RecommendationFormatter {
  /// Markdown for pasting into notes.
  ///
  /// The company and role filled in from the posting have their Markdown metacharacters escaped,
  /// so they read as written; control characters are dropped, as in ``text(_:width:explain:)``.
  public static func markdown(_ recommendation: Recommendation, explain: Bool = false) -> String {
    let company = recommendation.company.map(OutputEscaping.escapingMarkdown)
    let role = recommendation.role.map(OutputEscaping.escapingMarkdown)
    var out =
      "# " + headline(role: role, company: company, stage: recommendation.stage) + "\n"
    if let occupation = recommendation.occupations.first {
      out += "\nOccupation: \(occupation.title) (O*NET-SOC \(occupation.code))\n"
    }
    if explain {
      let lines = occupationExplanation(recommendation)
      if !lines.isEmpty { out += "\n" + lines.map { "- \($0)\n" }.joined() }
    }
    for note in recommendation.notes { out += "\n> \(note)\n" }
    var number = 0
    for (category, items) in groups(recommendation.questions) {
      out += "\n## \(category.heading)\n\n"
      for item in items {
        number += 1
        out += "\(number). \(OutputEscaping.escapingMarkdown(item.text))\n"
        if explain {
          for line in explanation(item) { out += "   - \(line)\n" }
        }
      }
    }
    if explain && !recommendation.omitted.isEmpty {
      out += "\n## Left out: the posting already answers them\n\n"
      for item in recommendation.omitted {
        out += "- \(OutputEscaping.escapingMarkdown(item.text)) (\(item.reason))\n"
      }
    }
    return OutputEscaping.removingControlCharacters(out)
  }
}
