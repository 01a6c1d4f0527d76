import AskBack

/// `--top` and `--stage`, declared once for every command that lists questions, read into typed
/// values as swift-argument-parser's option groups are.
struct ListOptions {
  /// The most questions `--top` may ask for.
  static let maximumTop = 100
  static let stageNames = Stage.allCases.map(\.rawValue)

  static let specs = [
    OptionSpec(
      name: "top", valueName: "n", help: "How many questions, 1 to \(maximumTop).",
      defaultValue: "10"),
    OptionSpec(
      name: "stage", valueName: "stage", help: "The stage: \(stageNames.joined(separator: ", ")).",
      defaultValue: "first-round", allowed: stageNames),
  ]

  let top: Int
  let stage: Stage

  init(_ parsed: ParsedArguments, command spec: CommandSpec) throws(CLIError) {
    top = try ArgumentParser.integer(parsed, "top", in: 1...Self.maximumTop, spec: spec) ?? 10
    stage = Stage(rawValue: parsed.value("stage", in: spec) ?? "") ?? .firstRound
  }

  /// The recommendation options these stand for.
  var recommendation: RecommendationOptions { RecommendationOptions(limit: top, stage: stage) }
}
