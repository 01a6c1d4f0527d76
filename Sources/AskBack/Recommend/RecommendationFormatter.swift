/// Writes a ``Recommendation`` as JSON, plain text or Markdown.
///
/// JSON has this shape, with members in this order (scores and weights with
/// four decimals):
///
///     {"role": null, "company": null, "domains": [{"name", "score"}],
///      "questions": [{"id", "text", "category", "stages", "domains", "score",
///                     "matched": [{"term", "weight"}], "why": [...]}],
///      "notes": [...], "omitted": [{"id", "text", "reason"}]}
///
/// Text and Markdown group the questions under category headings, in the
/// order of each category's best question, numbered in reading order.
public enum RecommendationFormatter {
  /// The JSON value of `recommendation`.
  public static func json(_ recommendation: Recommendation) -> JSONValue {
    .object([
      ("role", recommendation.role.map(JSONValue.string) ?? .null),
      ("company", recommendation.company.map(JSONValue.string) ?? .null),
      (
        "domains",
        .array(
          recommendation.domains.map {
            .object([("name", .string($0.name)), ("score", .number($0.score))])
          })
      ),
      ("questions", .array(recommendation.questions.map(json))),
      ("notes", .array(recommendation.notes.map(JSONValue.string))),
      (
        "omitted",
        .array(
          recommendation.omitted.map {
            .object([
              ("id", .string($0.question.id)), ("text", .string($0.text)),
              ("reason", .string($0.reason.description)),
            ])
          })
      ),
    ])
  }

  /// The JSON value of one recommended question.
  public static func json(_ item: RecommendedQuestion) -> JSONValue {
    .object([
      ("id", .string(item.question.id)),
      ("text", .string(item.text)),
      ("category", .string(item.question.category.rawValue)),
      ("stages", .array(item.question.stages.stages.map { .string($0.rawValue) })),
      ("domains", .array(item.question.domains.map(JSONValue.string))),
      ("score", .number(item.score)),
      (
        "matched",
        .array(
          item.matched.map {
            .object([("term", .string($0.term)), ("weight", .number($0.weight))])
          })
      ),
      ("why", .array(item.reasons.map { .string($0.description) })),
    ])
  }

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

  /// Plain text for a terminal `width` columns wide.
  public static func text(
    _ recommendation: Recommendation, stage: Stage, width: Int = 80, explain: Bool = false
  ) -> String {
    var out = headline(recommendation, stage: stage) + "\n"
    for note in recommendation.notes { out += "Note: \(note)\n" }
    if explain, !recommendation.domains.isEmpty {
      let fields = recommendation.domains.map {
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
        out += wrap(item.text, width: width, first: "  " + label, rest: indent)
        if explain {
          for line in explanation(item) {
            out += wrap(line, width: width, first: indent, rest: indent + "  ")
          }
        }
      }
    }
    if explain && !recommendation.omitted.isEmpty {
      out += "\nLeft out: the posting already answers them\n"
      for item in recommendation.omitted {
        out += wrap(item.text, width: width, first: "  - ", rest: "    ")
        out += wrap(item.reason.description, width: width, first: "    ", rest: "      ")
      }
    }
    return out
  }

  /// Markdown for pasting into notes.
  public static func markdown(
    _ recommendation: Recommendation, stage: Stage, explain: Bool = false
  ) -> String {
    var out = "# " + headline(recommendation, stage: stage) + "\n"
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

  static func headline(_ recommendation: Recommendation, stage: Stage) -> String {
    var line = "Questions to ask"
    switch (recommendation.role, recommendation.company) {
    case (let role?, let company?): line += " for \(role) at \(company)"
    case (let role?, nil): line += " for \(role)"
    case (nil, let company?): line += " at \(company)"
    case (nil, nil): break
    }
    return line + " (\(stage.rawValue))"
  }

  /// The lines `--explain` prints under a question.
  static func explanation(_ item: RecommendedQuestion) -> [String] {
    var lines: [String] = []
    let score = JSONWriter.format(item.score, decimals: 4)
    if item.matched.isEmpty {
      lines.append("score \(score); no posting term matched")
    } else {
      let terms = item.matched.prefix(8).map {
        "\($0.term) \(JSONWriter.format($0.weight, decimals: 4))"
      }
      lines.append("score \(score); matched: " + terms.joined(separator: ", "))
    }
    lines.append(contentsOf: item.reasons.map(\.description))
    return lines
  }

  /// Word-wraps `text` to `width` columns, the first line after `first` and the others after
  /// `rest`.
  ///
  /// Words longer than a line are not broken. When `first` holds a line break, only its last line
  /// counts toward the width.
  public static func wrap(_ text: String, width: Int, first: String, rest: String) -> String {
    var out = ""
    var line = first
    var lineLength = first.count - (first.lastIndex(of: "\n").map { first[...$0].count } ?? 0)
    var lineHasWord = false
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if lineHasWord && lineLength + 1 + word.count > width {
        out += line + "\n"
        line = rest
        lineLength = rest.count
        lineHasWord = false
      }
      if lineHasWord {
        line += " "
        lineLength += 1
      }
      line += word
      lineLength += word.count
      lineHasWord = true
    }
    return out + line + "\n"
  }
}
