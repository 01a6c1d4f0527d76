import AskBack

/// `askback recommend`: the questions to ask for one posting.
enum RecommendCommand {
  /// The largest posting read, in bytes.
  static let maximumPostingBytes = 4 << 20

  static let formats = ["text", "json", "markdown", "html"]

  static let spec = CommandSpec(
    path: ["recommend"],
    abstract: "Recommend the questions to ask the interviewer for a job posting.",
    discussion: """
      Reads a job posting (plain text, UTF-8) from a file or from standard input and \
      prints the questions worth asking at the given interview stage, best first.
      """,
    arguments: [
      ArgumentSpec(name: "file", help: "The posting to read; '-' or nothing reads standard input.")
    ],
    options: ListOptions.specs + [
      OptionSpec(
        name: "format", valueName: "format", help: "The output: text, json, markdown or html.",
        defaultValue: "text", allowed: formats),
      OptionSpec(
        name: "explain", help: "Show the posting terms behind each question, with their weights."),
    ] + SourceOptions.specs)

  static let command = Command(spec: spec) { parsed in
    let list = try ListOptions(parsed, command: spec)
    let format = parsed.value("format", in: spec) ?? "text"
    let explain = parsed.flag("explain")
    let path = parsed.positionals.first
    let bytes = try Console.readInput(path: path, limit: maximumPostingBytes, what: "the posting")
    let posting = Console.decodeText(bytes, what: "the posting")
    guard !Recommender.isBlank(posting: posting) else {
      throw CLIError.failure("the posting is empty")
    }
    let source = SourceOptions(parsed)
    let recommender = try source.loadRecommender()
    try source.checkStage(list.stage, of: recommender)
    let result = recommender.recommend(posting, options: list.recommendation)
    switch format {
    case "json":
      try Console.write(JSONWriter.string(RecommendationFormatter.json(result)) + "\n")
    case "markdown":
      try Console.write(RecommendationFormatter.markdown(result, explain: explain))
    case "html":
      try Console.write(RecommendationFormatter.html(result))
    default:
      try Console.write(
        RecommendationFormatter.text(
          result, width: Console.terminalWidth(), explain: explain))
    }
  }
}
