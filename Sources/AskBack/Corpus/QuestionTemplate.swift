/// A question's text with its slots, such as `{company|your company}` or `{tool}`.
///
/// A slot names what fills it (see ``Slot``) and, after a bar, the fallback read when the
/// posting does not say. `role` always has a fallback. The posting's facts (`tool`, `duty`,
/// `team`, ...) may go without one: such a *grounded* question is only asked when the posting
/// supplies the fact. `company` without one is asked only when the posting names its employer
/// ("What recent win are people at {company} proudest of?" reads badly with "the company").
/// Braces appear only around slots; a slot has no nested braces and no empty fallback.
///
///     let template = try QuestionTemplate("What sets {company|your company} apart?")
///     template.render(SlotFills(company: "Acme Health"))  // "What sets Acme Health apart?"
///     template.render(SlotFills())                        // "What sets your company apart?"
public struct QuestionTemplate: Sendable, Hashable {
  /// The names a slot may have.
  public enum Slot: String, Sendable, CaseIterable, Comparable {
    /// The employer's name.
    case company
    /// The job title, used only before "role" or "position".
    case role
    /// A named software product or system the job uses: "SAP".
    case tool
    /// Two or three of them: "SAP and OneDrive".
    case tools
    /// Physical equipment, plural: "forklifts".
    case equipment
    /// A responsibility, as a short gerund phrase: "reconciling vendor statements".
    case duty
    /// Two of them joined with "and".
    case duties
    /// A department or team, without the word team: "Accounts Payable".
    case team
    /// A team the job works with rather than one it belongs to: for an account executive,
    /// "Customer Success" but not "Sales".
    case partner
    /// A licence or certification: "CPA".
    case credential
    /// What the employer does, with its article: "a community hospital".
    case business
    /// The schedule: "night shift".
    case shift

    /// Whether the slot takes a fact of the posting rather than its company or title.
    public var isFact: Bool { self != .company && self != .role }

    /// The words that stand for a fact in the question's plain text (for the index and the
    /// checks) when the slot has no fallback.
    var placeholder: String {
      switch self {
      case .company: return "the company"
      case .role: return "open"
      case .tool: return "the system"
      case .tools: return "the systems"
      case .equipment: return "the equipment"
      case .duty, .duties: return "this work"
      case .team, .partner: return "partner"
      case .credential: return "the credential"
      case .business: return "an organisation"
      case .shift: return "the shift"
      }
    }

    public static func < (lhs: Slot, rhs: Slot) -> Bool {
      (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
  }

  /// A piece of the text: literal words or a slot.
  public enum Part: Sendable, Hashable {
    case text(String)
    case slot(Slot, fallback: String?)
  }

  /// The text as written, with its slots.
  public let source: String
  /// The text cut into literal parts and slots.
  public let parts: [Part]

  /// Parses `source`.
  /// - Throws: ``SlotError`` when a brace is unmatched, a slot name is unknown, a fallback is
  ///   empty, or `role` has none.
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
      let name = bar.map { text(utf8.index(after: open)..<$0) } ?? body
      let fallback = bar.map { text(utf8.index(after: $0)..<close) }
      guard let slot = Slot(rawValue: name) else {
        let names = Slot.allCases.map(\.rawValue).joined(separator: ", ")
        throw SlotError(message: "unknown slot '\(name)'; slots are \(names)")
      }
      if fallback == nil && slot == .role {
        throw SlotError(message: "slot {\(body)} has no fallback; write {\(body)|fallback}")
      }
      if let fallback, fallback.allSatisfy(\.isWhitespace) {
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

  /// The text with each slot filled from `fills`, or its fallback; `nil` when a slot without a
  /// fallback has no fill.
  ///
  /// A possessive after a fill from the posting that ends in a lower-case "s" is written with
  /// the apostrophe alone: "Fliteway Technologies' products", "Sherwin-Williams' customers".
  public func render(_ fills: SlotFills) -> String? {
    var out = ""
    var afterS = false
    for part in parts {
      switch part {
      case .text(let text):
        if afterS, text.hasPrefix("'s"), !(text.dropFirst(2).first?.isLetter ?? false) {
          out += "'"
          out += text.dropFirst(2)
        } else {
          out += text
        }
        afterS = false
      case .slot(let slot, let fallback):
        guard let value = fills[slot] ?? fallback else { return nil }
        out += value
        // A fallback is written whole: "the business's".
        afterS = fills[slot] != nil && value.last == "s"
      }
    }
    return out
  }

  /// The text with every slot at its fallback, or its placeholder when it has none.
  public var fallbackText: String {
    var out = ""
    for part in parts {
      switch part {
      case .text(let text): out += text
      case .slot(let slot, let fallback): out += fallback ?? slot.placeholder
      }
    }
    return out
  }

  /// The slots the text uses.
  public var slots: [Slot] {
    parts.compactMap {
      if case .slot(let slot, _) = $0 { return slot }
      return nil
    }
  }

  /// The slots that have no fallback: the facts the question needs from the posting.
  public var requiredFacts: [Slot] {
    parts.compactMap {
      if case .slot(let slot, nil) = $0, slot.isFact { return slot }
      return nil
    }
  }

  /// Whether the question needs the employer's name: it has a `company` slot without a
  /// fallback.
  public var requiresCompany: Bool {
    parts.contains { $0 == .slot(.company, fallback: nil) }
  }
}

/// What fills a question's slots for one posting: the company, the role and the facts.
public struct SlotFills: Sendable, Equatable {
  public var values: [QuestionTemplate.Slot: String]

  public init(company: String? = nil, role: String? = nil) {
    values = [:]
    if let company { values[.company] = company }
    if let role { values[.role] = role }
  }

  /// The company and role of a posting's facts.
  ///
  /// For an agency posting that does not name its client, the company reads "the client". A
  /// role of more than four words, or one generic word ("Owner", "Manager"), reads badly before
  /// "position" and leaves the slot to its fallback ("the FL Bar Associate Attorney Tax
  /// position", "the Owner position").
  public init(posting facts: PostingFacts) {
    self.init(
      company: facts.company ?? (facts.isAgencyPosting ? "the client" : nil),
      role: facts.role.flatMap(Self.readableRole))
  }

  /// `role` when it reads well in a slot before "role" or "position", else `nil`.
  static func readableRole(_ role: String) -> String? {
    let words = role.split(separator: " ")
    guard words.count <= 4 else { return nil }
    if words.count == 1, TitleNormalizer.generic.contains(role.lowercased()) { return nil }
    return role
  }

  public subscript(slot: QuestionTemplate.Slot) -> String? {
    get { values[slot] }
    set { values[slot] = newValue }
  }
}

/// A problem with a question's slot syntax.
public struct SlotError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}
