import AskBack

/// Renders help in swift-argument-parser's layout: OVERVIEW, USAGE,
/// ARGUMENTS, OPTIONS and SUBCOMMANDS.
enum Help {
  static let column = 26

  static func render(_ spec: CommandSpec) -> String {
    var out = "OVERVIEW: \(spec.abstract)\n"
    if let discussion = spec.discussion { out += "\n\(discussion)\n" }
    out += "\nUSAGE: \(usage(spec))\n"
    if !spec.arguments.isEmpty {
      out += "\nARGUMENTS:\n"
      for argument in spec.arguments { out += row("<\(argument.name)>", argument.help) }
    }
    out += "\nOPTIONS:\n"
    for option in spec.options {
      var label = "--\(option.name)"
      if let valueName = option.valueName { label += " <\(valueName)>" }
      var help = option.help
      if let defaultValue = option.defaultValue { help += " (default: \(defaultValue))" }
      if option.repeatable { help += " May be repeated." }
      out += row(label, help)
    }
    if spec.path.isEmpty { out += row("--version", "Show the version.") }
    out += row("-h, --help", "Show help information.")
    if !spec.subcommands.isEmpty {
      out += "\nSUBCOMMANDS:\n"
      for sub in spec.subcommands { out += row(sub.name, sub.abstract) }
      out += "\n  See '\(spec.fullName) help <subcommand>' for detailed help.\n"
    }
    return out
  }

  static func usage(_ spec: CommandSpec) -> String {
    var parts = [spec.fullName]
    if !spec.subcommands.isEmpty { parts.append("<subcommand>") }
    for argument in spec.arguments {
      parts.append(argument.isOptional ? "[<\(argument.name)>]" : "<\(argument.name)>")
    }
    for option in spec.options {
      if let valueName = option.valueName {
        parts.append("[--\(option.name) <\(valueName)>]" + (option.repeatable ? "..." : ""))
      } else {
        parts.append("[--\(option.name)]")
      }
    }
    return parts.joined(separator: " ")
  }

  /// One help row: the label in a column, the text wrapped beside it.
  static func row(_ label: String, _ text: String) -> String {
    let padded = "  " + label
    let first: String
    if padded.count + 2 > column {
      first = padded + "\n" + String(repeating: " ", count: column)
    } else {
      first = padded + String(repeating: " ", count: column - padded.count)
    }
    return TextWrapping.wrap(
      text, width: 80, first: first, rest: String(repeating: " ", count: column))
  }
}
