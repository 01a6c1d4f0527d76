/// Counts over a corpus: questions per category and stage, and per field.
public struct CorpusStatistics: Sendable {
  public let corpus: Corpus

  public init(corpus: Corpus) {
    self.corpus = corpus
  }

  /// The number of questions of `category` that fit `stage`.
  public func count(_ category: Category, _ stage: Stage) -> Int {
    corpus.questions.filter { $0.category == category && $0.stages.contains(stage) }.count
  }

  /// Plain-text tables: questions per category and stage, then per field.
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

    var fieldRows: [[String]] = [["field", "questions", "job descriptions", "profile terms"]]
    let general = corpus.questions.filter { $0.fields.isEmpty }.count
    for profile in corpus.fields {
      fieldRows.append([
        profile.name,
        String(corpus.questions.filter { $0.fields.contains(profile.name) }.count),
        String(corpus.descriptions.filter { $0.category == profile.name }.count),
        String(Set(profile.terms.map { $0.lowercased() }).count),
      ])
    }
    fieldRows.append(["(any field)", String(general), "", ""])
    out += "Questions, job descriptions and profile terms by field\n\n"
    out += Self.table(fieldRows)
    return out
  }

  /// Left-aligns the first column and right-aligns the others.
  static func table(_ rows: [[String]]) -> String {
    guard let columns = rows.first?.count else { return "" }
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
    }
    var out = ""
    for row in rows {
      var line = ""
      for (i, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        line += i == 0 ? cell + pad : "  " + pad + cell
      }
      out += line + "\n"
    }
    return out
  }
}
