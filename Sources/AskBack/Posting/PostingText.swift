/// A job posting's text, split once for everything that reads it.
///
/// The readers of the role, the company and the answered topics share these pieces instead of
/// splitting the text again.
///
/// - Complexity: O(*n*) in the length of the text, once per posting.
package struct PostingText: Sendable {
  /// The text as given, without its format characters (``FormatCharacters``).
  let text: String
  /// The non-empty lines, trimmed of whitespace, in order.
  let lines: [String]
  /// The text's words between whitespace, in order, punctuation kept.
  let words: [String]
  /// The runs of letters and digits that the text writes in lower case, leaving out web and
  /// mail addresses: "Travel is required" is more likely words than a name when the text also
  /// says "travel".
  let lowercaseWords: Set<String>
  /// The text's bytes with ASCII letters lowered, for finding phrases.
  let lowered: LowercasedText
  /// The words of each of ``lines``, as ``wordsWithStarts(of:)`` splits them.
  let lineWords: [[Word]]

  package init(_ text: String) {
    let text = FormatCharacters.removing(from: text)
    self.text = text
    self.lines = Self.lines(of: text)
    // ASCII text splits the same by bytes as by scalars.
    self.words =
      text.utf8.allSatisfy({ $0 < 0x80 })
      ? Words.whitespaceSeparated(text)
      : text.unicodeScalars.split(whereSeparator: isWhitespace).map { String(Substring($0)) }
    var lowercase = Set<String>()
    for word in words
    where !word.utf8.contains(where: { $0 == 0x40 || $0 == 0x2F })
      && !(word.utf8.contains(0x2E)
        && (LowercasedText.contains(word, "www.") || LowercasedText.contains(word, ".com")))
    {
      Self.insertLowercasePieces(of: word, into: &lowercase)
    }
    self.lowercaseWords = lowercase
    self.lowered = LowercasedText(text)
    self.lineWords = lines.map(Self.wordsWithStarts)
  }

  /// Inserts into `set` the runs of letters and digits of `word` written in lower case.
  static func insertLowercasePieces(of word: String, into set: inout Set<String>) {
    var word = word
    let ascii = word.withUTF8 { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
      var start = 0
      while start < bytes.count {
        while start < bytes.count && !isASCIIAlphanumeric(bytes[start]) { start += 1 }
        var end = start
        var upper = false
        while end < bytes.count && isASCIIAlphanumeric(bytes[end]) {
          if isASCIIUpper(bytes[end]) { upper = true }
          end += 1
        }
        if end > start && !upper {
          set.insert(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
        start = end
      }
      return true
    }
    guard !ascii else { return }
    for piece in word.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    where piece == piece.lowercased() {
      set.insert(String(piece))
    }
  }

  /// The first `limit` non-empty lines of `text`, trimmed, without format characters.
  static func lines(of text: String, limit: Int = .max) -> [String] {
    var lines: [String] = []
    var text = FormatCharacters.removing(from: text)
    text.withUTF8 { bytes in
      var start = 0
      while start < bytes.count && lines.count < limit {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
        let trimmed = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self
        )
        .trimmingWhitespace
        if !trimmed.isEmpty { lines.append(trimmed) }
        start = end + 1
      }
    }
    return lines
  }

  /// A word of a line, as the fact readers see it.
  struct Word: Sendable, Equatable {
    /// The word without the punctuation around it (inner punctuation stays: "C++", "Node.js").
    let word: String
    /// Whether it starts the line or a sentence: the word before ends with a full stop, an
    /// exclamation or question mark, or a colon.
    let startsSentence: Bool
    /// Whether a comma, a slash or a bracket stands between it and the word before.
    let separated: Bool
    /// ``word`` in lower case, once for every reader that compares it.
    let lowercased: String

    init(word: String, startsSentence: Bool, separated: Bool = false) {
      self.init(
        word: word, lowercased: word.lowercased(), startsSentence: startsSentence,
        separated: separated)
    }

    init(word: String, lowercased: String, startsSentence: Bool, separated: Bool) {
      self.word = word
      self.startsSentence = startsSentence
      self.separated = separated
      self.lowercased = lowercased
    }
  }

  /// The words of `line`: split at whitespace, slashes and commas, with brackets, quotes and
  /// trailing sentence marks taken off.
  static func wordsWithStarts(of line: String) -> [Word] {
    if line.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWordsWithStarts(of: line) }
    var words: [Word] = []
    var sentenceStart = true
    var separated = true
    let scalars = line.unicodeScalars
    for token in scalars.split(whereSeparator: isWhitespace) {
      var pieceStart = token.startIndex
      var p = 0
      while pieceStart <= token.endIndex {
        let pieceEnd = token[pieceStart...].firstIndex { $0 == "," || $0 == "/" } ?? token.endIndex
        defer {
          pieceStart = pieceEnd == token.endIndex ? scalars.endIndex : token.index(after: pieceEnd)
          p += 1
        }
        if p > 0 { separated = true }
        var word = token[pieceStart..<pieceEnd]
        while let first = word.first, isLeadingMark(first) {
          if first == "(" || first == "[" || first == "{" { separated = true }
          word.removeFirst()
        }
        var ends = false
        var closes = false
        while let last = word.last, isTrailingMark(last) {
          if last == "." || last == "!" || last == "?" || last == ":" { ends = true }
          if last == ";" || last == ")" || last == "]" || last == "}" { closes = true }
          word.removeLast()
        }
        guard !word.isEmpty else {
          if ends { sentenceStart = true }
          if pieceEnd == token.endIndex { break }
          continue
        }
        words.append(
          Word(
            word: String(Substring(word)), startsSentence: sentenceStart,
            separated: separated))
        sentenceStart = ends
        separated = ends || closes
        if pieceEnd == token.endIndex { break }
      }
      if token.last == "," || token.last == "/" { separated = true }
    }
    return words
  }

  /// ``wordsWithStarts(of:)`` for a line of ASCII text, on its bytes: each byte is a scalar.
  static func asciiWordsWithStarts(of line: String) -> [Word] {
    var line = line
    return line.withUTF8 { bytes in
      var words: [Word] = []
      var sentenceStart = true
      var separated = true
      var i = 0
      while i < bytes.count {
        // A token between white space.
        while i < bytes.count && isASCIIWhitespace(bytes[i]) { i += 1 }
        guard i < bytes.count else { break }
        let tokenStart = i
        while i < bytes.count && !isASCIIWhitespace(bytes[i]) { i += 1 }
        let tokenEnd = i
        // Its pieces between commas and slashes.
        var pieceStart = tokenStart
        var p = 0
        while true {
          var pieceEnd = pieceStart
          while pieceEnd < tokenEnd && bytes[pieceEnd] != 0x2C && bytes[pieceEnd] != 0x2F {
            pieceEnd += 1
          }
          if p > 0 { separated = true }
          var start = pieceStart
          var end = pieceEnd
          while start < end, isLeadingMark(Unicode.Scalar(bytes[start])) {
            let first = bytes[start]
            if first == 0x28 || first == 0x5B || first == 0x7B { separated = true }
            start += 1
          }
          var ends = false
          var closes = false
          while end > start, isTrailingMark(Unicode.Scalar(bytes[end - 1])) {
            let last = bytes[end - 1]
            if last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A { ends = true }
            if last == 0x3B || last == 0x29 || last == 0x5D || last == 0x7D { closes = true }
            end -= 1
          }
          if start == end {
            if ends { sentenceStart = true }
          } else {
            let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let word = String(decoding: piece, as: UTF8.self)
            let lowercased =
              piece.contains(where: isASCIIUpper)
              ? String(decoding: piece.map(asciiLower), as: UTF8.self) : word
            words.append(
              Word(
                word: word, lowercased: lowercased, startsSentence: sentenceStart,
                separated: separated))
            sentenceStart = ends
            separated = ends || closes
          }
          p += 1
          if pieceEnd == tokenEnd { break }
          pieceStart = pieceEnd + 1
        }
        let last = bytes[tokenEnd - 1]
        if last == 0x2C || last == 0x2F { separated = true }
      }
      return words
    }
  }

  /// Whether `scalar` is a mark taken off the start of a word: `( [ { " ' “ ‘ * • · - – —`.
  static func isLeadingMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "(", "[", "{", "\"", "'", "“", "‘", "*", "•", "·", "-", "–", "—": true
    default: false
    }
  }

  /// Whether `scalar` is a mark taken off the end of a word: `. ; : ! ? ) ] } " ' ” ’ *`.
  static func isTrailingMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", ";", ":", "!", "?", ")", "]", "}", "\"", "'", "”", "’", "*": true
    default: false
    }
  }
}
