extension RecommendationFormatter {
  /// Markdown for pasting into notes.
  public static func markdown(_ recommendation: Recommendation, explain: Bool = false) -> String {
    var out = "# " + headline(recommendation) + "\n"
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
        out += "\(number). \(item.text)\n"
        if explain {
          for line in explanation(item) { out += "   - \(line)\n" }
        }
      }
    }
    if explain && !recommendation.omitted.isEmpty {
      out += "\n## Left out: the posting already answers them\n\n"
      for item in recommendation.omitted { out += "- \(item.text) (\(item.reason))\n" }
    }
    return out
  }
}
