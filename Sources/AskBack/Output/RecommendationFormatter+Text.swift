extension RecommendationFormatter {
  /// Plain text for a terminal `width` columns wide.
  ///
  /// Control characters (C0 but tab and line feed, DEL, C1) are dropped, so escape sequences in a
  /// posting never reach the terminal.
  public static func text(
    _ recommendation: Recommendation, width: Int = 80, explain: Bool = false
  ) -> String {
    var out = headline(recommendation) + "\n"
    if let occupation = recommendation.occupations.first {
      out += TextWrapping.wrap(
        "Occupation: \(occupation.title) (O*NET-SOC \(occupation.code))", width: width, first: "",
        rest: "  ")
    }
    for note in recommendation.notes { out += "Note: \(note)\n" }
    if explain {
      for line in occupationExplanation(recommendation) {
        out += TextWrapping.wrap(line, width: width, first: "", rest: "  ")
      }
    }
    if explain, !recommendation.fields.isEmpty {
      let fields = recommendation.fields.map {
        "\($0.name) \(JSONWriter.format($0.score, decimals: 3))"
      }
      out += "Fields: " + fields.joined(separator: ", ") + "\n"
    }
    var number = 0
    for (category, items) in groups(recommendation.questions) {
      out += "\n\(category.heading)\n"
      for item in items {
        number += 1
        let label = "\(number). "
        let indent = String(repeating: " ", count: 2 + label.count)
        out += TextWrapping.wrap(item.text, width: width, first: "  " + label, rest: indent)
        if explain {
          for line in explanation(item) {
            out += TextWrapping.wrap(line, width: width, first: indent, rest: indent + "  ")
          }
        }
      }
    }
    if explain && !recommendation.omitted.isEmpty {
      out += "\nLeft out: the posting already answers them\n"
      for item in recommendation.omitted {
        out += TextWrapping.wrap(item.text, width: width, first: "  - ", rest: "    ")
        out += TextWrapping.wrap(
          item.reason.description, width: width, first: "    ", rest: "      ")
      }
    }
    return OutputEscaping.removingControlCharacters(out)
  }
}
