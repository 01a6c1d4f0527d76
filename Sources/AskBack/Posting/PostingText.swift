/// A job posting's text, split once for everything that reads it.
///
/// The readers of the role, the company and the answered topics share these pieces instead of
/// splitting the text again.
///
/// - Complexity: O(*n*) in the length of the text, once per posting.
struct PostingText: Sendable {
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

  init(_ text: String) {
    let text = FormatCharacters.removing(from: text)
    self.text = text
    self.lines = Self.lines(of: text)
    self.words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    var lowercase = Set<String>()
    for word in words
    where !word.contains("@") && !word.contains("/") && !word.contains("www.")
      && !word.contains(".com")
    {
      for piece in word.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
      where piece == piece.lowercased() {
        lowercase.insert(String(piece))
      }
    }
    self.lowercaseWords = lowercase
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
    var word: String
    /// Whether it starts the line or a sentence: the word before ends with a full stop, an
    /// exclamation or question mark, or a colon.
    var startsSentence: Bool
    /// Whether a comma, a slash or a bracket stands between it and the word before.
    var separated: Bool = false
  }

  /// The words of `line`: split at whitespace, slashes and commas, with brackets, quotes and
  /// trailing sentence marks taken off.
  static func wordsWithStarts(of line: String) -> [Word] {
    var words: [Word] = []
    var sentenceStart = true
    var separated = true
    for token in line.split(whereSeparator: \.isWhitespace) {
      let pieces = token.split(separator: ",", omittingEmptySubsequences: false)
        .flatMap { $0.split(separator: "/", omittingEmptySubsequences: false) }
      for (p, raw) in pieces.enumerated() {
        if p > 0 { separated = true }
        var word = Substring(raw)
        while let first = word.first, "([{\"'“‘*•·-–—".contains(first) {
          if "([{".contains(first) { separated = true }
          word.removeFirst()
        }
        var ends = false
        var closes = false
        while let last = word.last, ".;:!?)]}\"'”’*".contains(last) {
          if ".!?:".contains(last) { ends = true }
          if ";)]}".contains(last) { closes = true }
          word.removeLast()
        }
        guard !word.isEmpty else {
          if ends { sentenceStart = true }
          continue
        }
        words.append(Word(word: String(word), startsSentence: sentenceStart, separated: separated))
        sentenceStart = ends
        separated = ends || closes
      }
      if token.last == "," || token.last == "/" { separated = true }
    }
    return words
  }
}
