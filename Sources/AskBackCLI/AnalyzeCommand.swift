import AskBack

/// `askback analyze`: the terms the analyzer makes of a text.
enum AnalyzeCommand {
  static let spec = CommandSpec(
    path: ["analyze"],
    abstract: "Print the analysed terms of a text, one per line.",
    discussion: """
      Shows what AskBack indexes and matches: lower-cased, folded, stop words removed \
      and stemmed (standard), or the benchmark's scikit-learn chain (simple).
      """,
    arguments: [
      ArgumentSpec(name: "file", help: "The text to read; '-' or nothing reads standard input.")
    ],
    options: [
      OptionSpec(
        name: "analyzer", valueName: "name", help: "standard or simple.", defaultValue: "standard",
        allowed: Analyzer.Kind.allCases.map(\.rawValue))
    ])

  static let command = Command(spec: spec) { parsed in
    let kind = Analyzer.Kind(rawValue: parsed.value("analyzer", in: spec) ?? "") ?? .standard
    let bytes = try Console.readInput(
      path: parsed.positionals.first, limit: RecommendCommand.maximumPostingBytes, what: "the text")
    let text = Console.decodeText(bytes, what: "the text")
    var out = ""
    for term in Analyzer(kind: kind).terms(in: text) { out += term + "\n" }
    try Console.write(out)
  }
}
