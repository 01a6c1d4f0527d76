/// Counts over a corpus: questions per category and stage, and per SOC group.
public struct CorpusStatistics: Sendable {
  public let corpus: Corpus

  public init(corpus: Corpus) {
    self.corpus = corpus
  }

  /// The number of questions of `category` that fit `stage`.
  public func count(_ category: Category, _ stage: Stage) -> Int {
    corpus.questions.filter { $0.category == category && $0.stages.contains(stage) }.count
  }

  /// Plain-text tables: questions per category and stage, then per occupation group.
  public var report: String {
    let stages = Stage.allCases
    var rows: [[String]] = [["category", "total"] + stages.map(\.rawValue)]
    for category in Category.allCases {
      let total = corpus.questions.filter { $0.category == category }.count
      rows.append([category.rawValue, String(total)] + stages.map { String(count(category, $0)) })
    }
    rows.append(
      ["all", String(corpus.questions.count)]
        + stages.map { stage in String(corpus.questions.filter { $0.stages.contains(stage) }.count)
        })
    var out = "Questions by category and stage (a question may fit several stages)\n\n"
    out += Self.table(rows) + "\n"

    out += "Questions by SOC major and minor group (a question may fit several groups)\n\n"
    out += Self.table(groupRows)
    return out
  }

  /// One row per SOC major group, each followed by its minor groups: the questions written for
  /// work in the group (tagged with the group, a group inside it, or a group holding it), by
  /// category (the four core categories and all), and the job descriptions of its occupations;
  /// then the questions for any occupation.
  var groupRows: [[String]] {
    var rows: [[String]] = [
      [
        "group", "title", "questions", "competitors", "challenges", "concerns", "timeline",
        "descriptions",
      ]
    ]
    let groups = corpus.soc.titles.keys.compactMap(SOCGroup.init).filter {
      $0.code.hasSuffix("000")
        || ["15-1200", "31-1100", "51-5100"].contains($0.code)
    }
    .sorted()
    for group in groups {
      let questions = corpus.questions.filter { $0.occupations.contains { $0.overlaps(group) } }
      let descriptions = corpus.descriptions.filter { $0.occupation.map(group.contains) ?? false }
      guard !questions.isEmpty || !descriptions.isEmpty else { continue }
      let major = group.code.hasSuffix("-0000")
      let title = corpus.soc.title(of: group.code) ?? ""
      rows.append(
        [(major ? "" : "  ") + group.code, String(title.prefix(44)), String(questions.count)]
          + Category.core.map { category in
            String(questions.filter { $0.category == category }.count)
          } + [String(descriptions.count)])
    }
    let general = corpus.questions.filter { $0.occupations.isEmpty }
    rows.append(
      ["(any)", "", String(general.count)]
        + Category.core.map { category in String(general.filter { $0.category == category }.count) }
        + [""])
    return rows
  }

  /// Left-aligns columns of words and right-aligns columns of numbers.
  static func table(_ rows: [[String]]) -> String {
    guard let columns = rows.first?.count else { return "" }
    var widths = [Int](repeating: 0, count: columns)
    var numeric = [Bool](repeating: true, count: columns)
    for (r, row) in rows.enumerated() {
      for (i, cell) in row.enumerated() {
        widths[i] = max(widths[i], cell.count)
        if r > 0, !cell.isEmpty, Int(cell) == nil { numeric[i] = false }
      }
    }
    var out = ""
    for row in rows {
      var line = ""
      for (i, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        line += (i == 0 ? "" : "  ") + (numeric[i] ? pad + cell : cell + pad)
      }
      out += String(line.reversed().drop(while: { $0 == " " }).reversed()) + "\n"
    }
    return out
  }
}
