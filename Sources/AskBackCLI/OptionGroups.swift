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

/// `--interview-date`, `--decision-date` and `--interviewer`, declared once: when the interview
/// is, when they expect to decide, and whom the candidate meets.
struct InterviewOptions {
  static let specs = [
    OptionSpec(
      name: "interview-date", valueName: "YYYY-MM-DD",
      help: "The interview's date; the follow-up plan is dated from it."),
    OptionSpec(
      name: "decision-date", valueName: "YYYY-MM-DD",
      help: "When they expect to decide, if they said; not before the interview."),
    OptionSpec(
      name: "interviewer", valueName: "name",
      help: "Someone you meet; each gets a thank-you note.", repeatable: true),
  ]

  let interviewDate: CalendarDate?
  let decisionDate: CalendarDate?
  let interviewers: [String]

  init(_ parsed: ParsedArguments, command spec: CommandSpec) throws(CLIError) {
    interviewDate = try Self.date(parsed, "interview-date", spec: spec)
    decisionDate = try Self.date(parsed, "decision-date", spec: spec)
    interviewers = parsed.all("interviewer")
    if let interviewDate, let decisionDate, decisionDate < interviewDate {
      throw .usage(
        "the decision date \(decisionDate) is before the interview date \(interviewDate)",
        command: spec.fullName)
    }
    let named = interviewers.filter { !$0.allSatisfy(\.isWhitespace) }.count
    guard named <= PrepOptions.maximumInterviewers else {
      throw .usage(
        "\(named) interviewers; at most \(PrepOptions.maximumInterviewers)",
        command: spec.fullName)
    }
  }

  /// Reads option `name` as a date, if given.
  static func date(
    _ parsed: ParsedArguments, _ name: String, spec: CommandSpec
  ) throws(CLIError) -> CalendarDate? {
    guard let text = parsed.value(name, in: spec) else { return nil }
    do {
      return try CalendarDate(parsing: text)
    } catch {
      throw .usage("invalid value for '--\(name)': \(error)", command: spec.fullName)
    }
  }
}
