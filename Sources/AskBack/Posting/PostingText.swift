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
}
