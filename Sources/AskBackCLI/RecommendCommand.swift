import AskBack

/// `askback recommend`: the questions to ask for one posting.
enum RecommendCommand {
  /// The most questions `--top` may ask for.
  static let maximumTop = 100
  /// The largest posting read, in bytes.
  static let maximumPostingBytes = 4 << 20

  static let stageNames = Stage.allCases.map(\.rawValue)

  /// The `--top` and `--stage` values of a command that has both options.
  static func topAndStage(_ parsed: ParsedArguments, spec: CommandSpec) throws -> (Int, Stage) {
    let top = try ArgumentParser.integer(parsed, "top", in: 1...maximumTop, spec: spec) ?? 10
    let stage = Stage(rawValue: parsed.value("stage", in: spec) ?? "") ?? .firstRound
    return (top, stage)
  }
  static let formats = ["text", "json", "markdown"]

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
    options: [
      OptionSpec(
        name: "top", valueName: "n", help: "How many questions, 1 to \(maximumTop).",
        defaultValue: "10"),
      OptionSpec(
        name: "stage", valueName: "stage",
        help: "The stage: \(stageNames.joined(separator: ", ")).",
        defaultValue: "first-round", allowed: stageNames),
      OptionSpec(
        name: "format", valueName: "format", help: "The output: text, json or markdown.",
        defaultValue: "text", allowed: formats),
      OptionSpec(
        name: "explain", help: "Show the posting terms behind each question, with their weights."),
      CorpusOption.spec,
      RecommenderSource.indexOption,
    ])

  static let command = Command(spec: spec) { parsed in
    let (top, stage) = try topAndStage(parsed, spec: spec)
    let format = parsed.value("format", in: spec) ?? "text"
    let explain = parsed.flag("explain")
    let path = parsed.positionals.first
    let bytes = try Console.readInput(path: path, limit: maximumPostingBytes, what: "the posting")
    let posting = Console.decodeText(bytes, what: "the posting")
    guard !posting.allSatisfy({ $0.isWhitespace || $0 == "\0" }) else {
      throw CLIError.failure("the posting is empty")
    }
    let recommender = try RecommenderSource.load(parsed)
    let result = recommender.recommend(
      posting, options: RecommendationOptions(limit: top, stage: stage))
    switch format {
    case "json":
      try Console.write(JSONWriter.string(RecommendationFormatter.json(result)) + "\n")
    case "markdown":
      try Console.write(RecommendationFormatter.markdown(result, explain: explain))
    default:
      try Console.write(
        RecommendationFormatter.text(
          result, width: Console.terminalWidth(), explain: explain))
    }
  }
}
