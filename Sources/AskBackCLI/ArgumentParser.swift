/// A command's arguments and options, for parsing and for help.
struct CommandSpec: Sendable {
  /// The words that name the command, such as `["corpus", "check"]`.
  var path: [String]
  var abstract: String
  var discussion: String? = nil
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []
  var subcommands: [CommandSpec] = []

  var name: String { path.last ?? "askback" }
  var fullName: String { (["askback"] + path).joined(separator: " ") }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
  var name: String
  var help: String
  var isOptional = true
}

/// A long option: a flag, or an option with a value.
struct OptionSpec: Sendable {
  var name: String
  /// The value's name in help, or `nil` for a flag.
  var valueName: String? = nil
  var help: String
  var defaultValue: String? = nil
  /// The values allowed, when the set is closed.
  var allowed: [String]? = nil
  /// Whether the option may be given more than once, each value kept in order (such as
  /// `--interviewer A --interviewer B`); otherwise the last value given counts.
  var repeatable = false
}

/// The arguments of one invocation, checked against a ``CommandSpec``.
struct ParsedArguments {
  var values: [String: String] = [:]
  /// Every value of each repeatable option, in the order given.
  var repeated: [String: [String]] = [:]
  var flags: Set<String> = []
  var positionals: [String] = []

  /// The value of option `name`, or its default.
  func value(_ name: String, in spec: CommandSpec) -> String? {
    values[name] ?? spec.options.first { $0.name == name }?.defaultValue
  }

  /// Whether flag `name` was given.
  func flag(_ name: String) -> Bool { flags.contains(name) }

  /// Every value of repeatable option `name`, in the order given; empty when it was not given.
  func all(_ name: String) -> [String] { repeated[name] ?? [] }
}

/// A failure that ends the command, with its exit code.
enum CLIError: Error {
  /// Bad arguments (exit 64), with the command whose help to suggest.
  case usage(String, command: String)
  /// Bad data or a runtime failure (exit 1).
  case failure(String)
  /// Help or version requested: print to stdout and exit 0.
  case help(String)
}

enum ArgumentParser {
  /// Parses `arguments` (without the command words) for `spec`.
  static func parse(
    _ arguments: [String], for spec: CommandSpec
  ) throws(CLIError) -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
        if argument.isEmpty, parsed.positionals.count < spec.arguments.count {
          let name = spec.arguments[parsed.positionals.count].name
          throw .usage("the <\(name)> argument is empty", command: spec.fullName)
        }
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      if argument == "-h" || argument == "--help" { throw .help(Help.render(spec)) }
      guard argument.hasPrefix("--") else {
        throw .usage("unknown option '\(argument)'", command: spec.fullName)
      }
      var name = String(argument.dropFirst(2))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      guard let option = spec.options.first(where: { $0.name == name }) else {
        throw .usage("unknown option '--\(name)'", command: spec.fullName)
      }
      guard option.valueName != nil else {
        if inlineValue != nil {
          throw .usage("'--\(name)' takes no value", command: spec.fullName)
        }
        parsed.flags.insert(name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < arguments.count, !isOptionLike(arguments[index]) else {
          throw .usage(
            "missing value for '--\(name) <\(option.valueName ?? "value")>'", command: spec.fullName
          )
        }
        value = arguments[index]
        index += 1
      }
      if value.isEmpty {
        throw .usage(
          "empty value for '--\(name) <\(option.valueName ?? "value")>'", command: spec.fullName)
      }
      if let allowed = option.allowed, !allowed.contains(value) {
        throw .usage(
          "invalid value '\(value)' for '--\(name)'; expected one of: \(allowed.joined(separator: ", "))",
          command: spec.fullName)
      }
      parsed.values[name] = value
      if option.repeatable { parsed.repeated[name, default: []].append(value) }
    }
    let most = spec.arguments.count
    if parsed.positionals.count > most {
      let extra = parsed.positionals[most]
      throw .usage("unexpected argument '\(extra)'", command: spec.fullName)
    }
    for (i, argument) in spec.arguments.enumerated() where !argument.isOptional {
      guard i < parsed.positionals.count else {
        throw .usage("missing argument <\(argument.name)>", command: spec.fullName)
      }
    }
    return parsed
  }

  /// Whether `argument` looks like an option rather than a value.
  ///
  /// A lone `-` and negative numbers are values.
  static func isOptionLike(_ argument: String) -> Bool {
    guard argument.hasPrefix("-"), argument != "-" else { return false }
    return Int(argument) == nil
  }

  /// Reads option `name` as an integer in `range`.
  static func integer(
    _ parsed: ParsedArguments, _ name: String, in range: ClosedRange<Int>, spec: CommandSpec
  ) throws(CLIError) -> Int? {
    guard let text = parsed.value(name, in: spec) else { return nil }
    guard let value = Int(text) else {
      throw .usage(
        "invalid value '\(text)' for '--\(name)'; expected a whole number", command: spec.fullName)
    }
    guard range.contains(value) else {
      throw .usage(
        "invalid value '\(text)' for '--\(name)'; expected \(range.lowerBound) to \(range.upperBound)",
        command: spec.fullName)
    }
    return value
  }
}
