import AskBack

/// A subcommand: its spec for parsing and help, and what it does.
struct Command: Sendable {
  var spec: CommandSpec
  var run: @Sendable (ParsedArguments) throws -> Void
}

enum Commands {
  static let version = "0.1.0"

  static let all: [Command] = [
    RecommendCommand.command,
    PrepCommand.command,
    BatchCommand.command,
    AnalyzeCommand.command,
    StemCommand.command,
    IndexCommand.command,
    CorpusCommand.command,
    EvalCommand.command,
    ServeCommand.command,
  ]

  static let root = CommandSpec(
    path: [],
    abstract: "Suggests the questions to ask in a job interview, ranked for a job posting.",
    discussion: """
      AskBack reads a job posting and ranks the questions worth asking the interviewer: \
      about the market, the team's challenges, concerns about your fit, the next steps, \
      and more. It works offline, from the corpus it ships with.
      """,
    subcommands: all.map(\.spec))

  /// Runs the command line and returns the exit code.
  static func run(_ arguments: [String]) -> ExitCode {
    do {
      try dispatch(arguments)
      return .success
    } catch let error as CLIError {
      switch error {
      case .help(let text):
        do {
          try Console.write(text)
        } catch {
          return outputFailed(error)
        }
        return .success
      case .usage(let message, let command):
        Console.error("error: \(message). See '\(command) --help'.")
        return .usage
      case .failure(let message):
        Console.error("error: \(message)")
        return .failure
      }
    } catch let error as Console.OutputError {
      return outputFailed(error)
    } catch {
      Console.error("error: \(error)")
      return .failure
    }
  }

  /// A failed write to standard output: quiet success when the reader went away (nothing the
  /// reader wanted was lost), else a one-line error.
  static func outputFailed(_ error: Console.OutputError) -> ExitCode {
    guard case .failed = error else { return .success }
    Console.error("error: \(error.message)")
    return .failure
  }

  static func dispatch(_ arguments: [String]) throws {
    guard let first = arguments.first else {
      throw CLIError.usage("missing subcommand", command: "askback")
    }
    switch first {
    case "-h", "--help", "help":
      // `askback help stem` and `askback --help stem` both show the help of `stem`.
      let rest = Array(arguments.dropFirst())
      guard !rest.isEmpty else { throw CLIError.help(Help.render(root)) }
      try dispatch(rest + ["--help"])
      return
    case "--version":
      if arguments.count > 1 {
        throw CLIError.usage("unexpected argument '\(arguments[1])'", command: "askback")
      }
      throw CLIError.help("askback \(version)\n")
    default:
      break
    }
    guard let command = all.first(where: { $0.spec.name == first }) else {
      if first.hasPrefix("-") {
        throw CLIError.usage("unknown option '\(first)'", command: "askback")
      }
      throw CLIError.usage("unknown subcommand '\(first)'", command: "askback")
    }
    let rest = Array(arguments.dropFirst())
    if !command.spec.subcommands.isEmpty {
      try dispatchGroup(command, rest)
      return
    }
    let parsed = try ArgumentParser.parse(rest, for: command.spec)
    try command.run(parsed)
  }

  /// Dispatches a command that only groups subcommands, such as `corpus`.
  static func dispatchGroup(_ group: Command, _ arguments: [String]) throws {
    guard let first = arguments.first else {
      throw CLIError.usage("missing subcommand", command: group.spec.fullName)
    }
    if first == "-h" || first == "--help" || first == "help" {
      // `askback corpus help check`, as the group's help suggests, shows the help of `check`.
      let rest = Array(arguments.dropFirst())
      guard first == "help", !rest.isEmpty else { throw CLIError.help(Help.render(group.spec)) }
      try dispatchGroup(group, rest + ["--help"])
      return
    }
    guard let sub = group.spec.subcommands.first(where: { $0.name == first }) else {
      throw CLIError.usage("unknown subcommand '\(first)'", command: group.spec.fullName)
    }
    let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), for: sub)
    var forwarded = parsed
    forwarded.positionals.insert(first, at: 0)
    try group.run(forwarded)
  }
}
