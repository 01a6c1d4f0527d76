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
    // Braces and bars are ASCII, so scan the UTF-8 view.
    let utf8 = source.utf8
    var literalStart = utf8.startIndex
    var i = utf8.startIndex
    func text(_ range: Range<String.Index>) -> String { String(source[range]) }
    while i < utf8.endIndex {
      let byte = utf8[i]
      if byte == UInt8(ascii: "}") { throw SlotError(message: "'}' without a matching '{'") }
      guard byte == UInt8(ascii: "{") else {
        i = utf8.index(after: i)
        continue
      }
      let open = i
      var close = utf8.index(after: open)
      var bar: String.Index?
      while close < utf8.endIndex && utf8[close] != UInt8(ascii: "}")
        && utf8[close] != UInt8(ascii: "{")
      {
        if utf8[close] == UInt8(ascii: "|") {
          if bar != nil {
            throw SlotError(
              message: "slot {\(text(utf8.index(after: open)..<close))...} has more than one '|'")
          }
          bar = close
        }
        close = utf8.index(after: close)
      }
      guard close < utf8.endIndex, utf8[close] == UInt8(ascii: "}") else {
        throw SlotError(message: "'{' without a matching '}'")
      }
      let body = text(utf8.index(after: open)..<close)
      guard let bar else {
        throw SlotError(message: "slot {\(body)} has no fallback; write {\(body)|fallback}")
      }
      let name = text(utf8.index(after: open)..<bar)
      let fallback = text(utf8.index(after: bar)..<close)
      guard let slot = Slot(rawValue: name) else {
        throw SlotError(message: "unknown slot '\(name)'; slots are company and role")
      }
      guard !fallback.allSatisfy(\.isWhitespace) else {
        throw SlotError(message: "slot {\(name)|} has an empty fallback")
      }
      if literalStart < open { parts.append(.text(text(literalStart..<open))) }
      parts.append(.slot(slot, fallback: fallback))
      i = utf8.index(after: close)
      literalStart = i
    }
    if literalStart < utf8.endIndex { parts.append(.text(text(literalStart..<utf8.endIndex))) }
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
