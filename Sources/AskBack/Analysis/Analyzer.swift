import Foundation

/// Turns text into the terms that AskBack indexes and scores.
///
/// The **standard** analyzer, used for questions and postings:
/// 0. drops invisible format characters (``FormatCharacters``: soft hyphens,
///    zero-width spaces and joiners, bidi marks), so "manage\u{AD}ment" is
///    one word; pure ASCII text only pays a scan of its bytes;
/// 1. splits the UTF-8 text into runs of letters and digits; every other
///    character separates terms;
/// 2. keeps the technical tokens of ``TechnicalTokens`` (*c++*, *401(k)*,
///    *ci/cd*, ...) whole;
/// 3. lower-cases and folds diacritics, width and compatibility forms
///    (*Café* -> *cafe*, *ＦＵＬＬ* -> *full*); text that is pure ASCII takes a
///    fast path that only lower-cases A-Z;
/// 4. drops terms of one character and the English ``StopWords``;
/// 5. stems ASCII terms with ``Porter2Stemmer``.
///
/// The **title** analyzer reads job titles: the standard chain, but only plural endings are
/// removed (*managers* -> *manager*, *technologies* -> *technology*), so that *Accounting
/// Specialist* and *Account Specialist* stay apart, as Porter2 would not keep them.
///
/// The **simple** analyzer is the one of scikit-learn's reference in the
/// benchmark: lower-case ASCII A-Z only; a term is a maximal run of `[a-z0-9]`
/// and every other byte, including every byte of a non-ASCII character,
/// separates terms; terms of one character are dropped; no stop words and no
/// stemming.
///
///     Analyzer.standard.terms(in: "Managing C++ teams at Café Nova")
///     // ["manag", "c++", "team", "cafe", "nova"]
public struct Analyzer: Sendable {
  /// The analysis chain.
  public enum Kind: String, Sendable, CaseIterable {
    case standard
    case simple
    case title
  }

  /// Which chain this analyzer runs.
  public let kind: Kind
  private let stemmer = Porter2Stemmer()

  public init(kind: Kind) {
    self.kind = kind
  }

  /// The standard analyzer.
  public static let standard = Analyzer(kind: .standard)
  /// The analyzer of the scikit-learn reference.
  public static let simple = Analyzer(kind: .simple)
  /// The analyzer for job titles.
  public static let title = Analyzer(kind: .title)

  /// The terms of `text`, in order, repeats included.
  public func terms(in text: String) -> [String] {
    var tokens = TokenBuffer()
    analyze(text, into: &tokens)
    return tokens.strings
  }

  /// Appends the terms of `text` to `tokens`.
  public func analyze(_ text: String, into tokens: inout TokenBuffer) {
    var text = text
    text.withUTF8 { analyze(utf8: $0, into: &tokens) }
  }

  /// Appends the terms of the UTF-8 bytes `text` to `tokens`.
  ///
  /// Invalid UTF-8 never stops analysis: a byte that does not start a valid
  /// character separates terms. The simple analyzer keeps scikit-learn's
  /// reading, where every non-ASCII byte separates terms, format characters
  /// included.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public func analyze(utf8 text: UnsafeBufferPointer<UInt8>, into tokens: inout TokenBuffer) {
    switch kind {
    case .simple: analyzeSimple(text, into: &tokens)
    case .standard, .title:
      if let cleaned = FormatCharacters.removing(fromUTF8: text) {
        cleaned.withUnsafeBufferPointer { analyzeStandard($0, into: &tokens) }
      } else {
        analyzeStandard(text, into: &tokens)
      }
    }
  }

  // MARK: Simple

  private func analyzeSimple(_ text: UnsafeBufferPointer<UInt8>, into tokens: inout TokenBuffer) {
    let n = text.count
    var i = 0
    while i < n {
      guard isASCIIAlphanumeric(text[i]) else {
        i += 1
        continue
      }
      var j = i + 1
      while j < n && isASCIIAlphanumeric(text[j]) { j += 1 }
      if j - i > 1 {
        for k in i..<j { tokens.appendByte(asciiLower(text[k])) }
        tokens.commit()
      }
      i = j
    }
  }

  // MARK: Standard

  private func analyzeStandard(_ text: UnsafeBufferPointer<UInt8>, into tokens: inout TokenBuffer) {
    let n = text.count
    var i = 0
    while i < n {
      let byte = text[i]
      if isASCIIAlphanumeric(byte) {
        var j = i + 1
        while j < n && isASCIIAlphanumeric(text[j]) { j += 1 }
        if j < n && text[j] >= 0x80 {
          i = analyzeUnicodeRun(text, from: i, into: &tokens)
          continue
        }
        if j < n && TechnicalTokens.isJoiner(text[j]) {
          let kept = TechnicalTokens.match(in: text, at: i)
          if kept > 0 {
            appendKept(text, i..<(i + kept), into: &tokens)
            i += kept
            continue
          }
        }
        for k in i..<j { tokens.appendByte(asciiLower(text[k])) }
        finishASCIITerm(into: &tokens)
        i = j
      } else if byte >= 0x80 {
        i = analyzeUnicodeRun(text, from: i, into: &tokens)
      } else {
        if byte == UInt8(ascii: "."), i + 1 < n, isASCIIAlphanumeric(text[i + 1]),
          i == 0 || !isASCIIAlphanumeric(text[i - 1])
        {
          let kept = TechnicalTokens.match(in: text, at: i)
          if kept > 0 {
            appendKept(text, i..<(i + kept), into: &tokens)
            i += kept
            continue
          }
        }
        i += 1
      }
    }
  }

  private func appendKept(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tokens: inout TokenBuffer
  ) {
    for k in range { tokens.appendByte(asciiLower(text[k])) }
    tokens.commit()
  }

  /// Drops the pending lower-case ASCII term if it is too short or a stop
  /// word; otherwise stems and commits it.
  ///
  /// - Parameter surface: the word the term comes from, when it is not the
  ///   pending bytes themselves (a folded run).
  private func finishASCIITerm(into tokens: inout TokenBuffer, surface: [UInt8]? = nil) {
    let length = tokens.pendingCount
    if length < 2 {
      tokens.discardPending()
      return
    }
    let isStopWord = tokens.withPending { StopWords.table.lookup(UnsafeBufferPointer($0)) >= 0 }
    if isStopWord {
      tokens.discardPending()
      return
    }
    // The unstemmed word, kept only when the buffer asks for surfaces.
    let word = tokens.keepsSurfaces ? surface ?? tokens.withPending { Array($0) } : nil
    let stemmed = tokens.withPending {
      kind == .title ? Self.singular($0) : stemmer.stem($0)
    }
    tokens.truncatePending(to: stemmed)
    if let word { tokens.commit(surface: word) } else { tokens.commit() }
  }

  /// The length of `word` without a plural ending: *-ies* becomes *-y* (in place), a final *-s*
  /// goes unless it ends *-ss*, *-us* or *-is*; words of three letters or fewer are kept.
  static func singular(_ word: UnsafeMutableBufferPointer<UInt8>) -> Int {
    let n = word.count
    guard n > 3, word[n - 1] == UInt8(ascii: "s") else { return n }
    if n > 4, word[n - 3] == UInt8(ascii: "i"), word[n - 2] == UInt8(ascii: "e") {
      word[n - 3] = UInt8(ascii: "y")
      return n - 2
    }
    let before = word[n - 2]
    if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") {
      return n
    }
    return n - 1
  }

  /// Analyses a run of letters and digits that holds non-ASCII characters,
  /// starting at `start`, and returns where the run ends.
  private func analyzeUnicodeRun(
    _ text: UnsafeBufferPointer<UInt8>, from start: Int, into tokens: inout TokenBuffer
  ) -> Int {
    var end = start
    while end < text.count {
      let byte = text[end]
      if byte < 0x80 {
        guard isASCIIAlphanumeric(byte) else { break }
        end += 1
        continue
      }
      guard let (scalar, length) = decodeScalar(text, at: end), Self.isWordScalar(scalar)
      else { break }
      end += length
    }
    if end == start {
      // Not a letter or digit (or invalid UTF-8): skip one character.
      return start + max(1, decodeScalar(text, at: start)?.1 ?? 1)
    }
    let run = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    let folded = run.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    // Every term of the run comes from the run as written.
    let surface = tokens.keepsSurfaces ? Array(run.lowercased().utf8) : nil
    // Folding can yield separators (a fraction becomes digits and a slash),
    // so split again.
    var piece = ""
    for scalar in folded.unicodeScalars {
      if Self.isWordScalar(scalar) && !Self.isMark(scalar) {
        piece.unicodeScalars.append(scalar)
      } else if !Self.isMark(scalar) {
        appendFoldedPiece(piece, surface: surface, into: &tokens)
        piece = ""
      }
    }
    appendFoldedPiece(piece, surface: surface, into: &tokens)
    return end
  }

  private func appendFoldedPiece(
    _ piece: String, surface: [UInt8]?, into tokens: inout TokenBuffer
  ) {
    guard !piece.isEmpty else { return }
    let lowered = piece.lowercased()
    if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
      tokens.appendBytes(lowered.utf8)
      finishASCIITerm(into: &tokens, surface: surface)
    } else if lowered.unicodeScalars.count >= 2 {
      tokens.appendBytes(lowered.utf8)
      tokens.commit(surface: surface ?? [])
    }
  }

  /// Letters, digits and combining marks continue a word.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    if properties.isAlphabetic { return true }
    switch properties.generalCategory {
    case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }
}
