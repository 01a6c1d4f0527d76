/// A question's text with its slots, such as `{company|your company}`.
///
/// A slot names what fills it, `company` or `role`, and after a bar the
/// fallback used when the posting does not say. Braces appear only around
/// slots; a slot has no nested braces and a non-empty fallback.
///
///     let template = try QuestionTemplate("What sets {company|your company} apart?")
///     template.render(company: "Acme Health", role: nil)  // "What sets Acme Health apart?"
///     template.render(company: nil, role: nil)            // "What sets your company apart?"
public struct QuestionTemplate: Sendable, Hashable {
  /// The names a slot may have.
  public enum Slot: String, Sendable, CaseIterable {
    case company
    case role
  }

  /// A piece of the text: literal words or a slot.
  public enum Part: Sendable, Hashable {
    case text(String)
    case slot(Slot, fallback: String)
  }

  /// The text as written, with its slots.
  public let source: String
  /// The text cut into literal parts and slots.
  public let parts: [Part]

  /// Parses `source`.
  /// - Throws: ``SlotError`` when a brace is unmatched, a slot name is
  ///   unknown, or a fallback is missing or empty.
  public init(_ source: String) throws(SlotError) {
    self.source = source
    var parts: [Part] = []
    var literal = ""
    var rest = Substring(source)
    while let open = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
      if rest[open] == "}" { throw SlotError(message: "'}' without a matching '{'") }
      literal += rest[..<open]
      let inside = rest[rest.index(after: open)...]
      guard let close = inside.firstIndex(where: { $0 == "}" || $0 == "{" }), inside[close] == "}"
      else { throw SlotError(message: "'{' without a matching '}'") }
      let body = inside[..<close]
      guard let bar = body.firstIndex(of: "|") else {
        throw SlotError(message: "slot {\(body)} has no fallback; write {\(body)|fallback}")
      }
      let name = String(body[..<bar])
      let fallback = String(body[body.index(after: bar)...])
      guard let slot = Slot(rawValue: name) else {
        throw SlotError(message: "unknown slot '\(name)'; slots are company and role")
      }
      guard !fallback.contains("|") else {
        throw SlotError(message: "slot {\(body)} has more than one '|'")
      }
      guard !fallback.allSatisfy(\.isWhitespace) else {
        throw SlotError(message: "slot {\(name)|} has an empty fallback")
      }
      if !literal.isEmpty { parts.append(.text(literal)) }
      literal = ""
      parts.append(.slot(slot, fallback: fallback))
      rest = inside[inside.index(after: close)...]
    }
    literal += rest
    if !literal.isEmpty { parts.append(.text(literal)) }
    self.parts = parts
  }

  /// The text with each slot filled: the company or role when given,
  /// otherwise the slot's fallback.
  public func render(company: String?, role: String?) -> String {
    var out = ""
    for part in parts {
      switch part {
      case .text(let text): out += text
      case .slot(.company, let fallback): out += company ?? fallback
      case .slot(.role, let fallback): out += role ?? fallback
      }
    }
    return out
  }

  /// The text with every slot at its fallback.
  public var fallbackText: String { render(company: nil, role: nil) }

  /// The slots the text uses.
  public var slots: [Slot] {
    parts.compactMap {
      if case .slot(let slot, _) = $0 { return slot }
      return nil
    }
  }
}

/// A problem with a question's slot syntax.
public struct SlotError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}
