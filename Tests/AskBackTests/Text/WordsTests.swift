import Testing

@testable import AskBack

/// The byte-level splitters give what the standard library's character-level splits give, so
/// that the readers that use them read every posting as before.
struct WordsTests {
  /// Texts of spaces, tabs, line breaks (CR-LF among them), punctuation and words, with and
  /// without non-ASCII letters, punctuation and white space, combining marks, joiners and emoji.
  static let texts: [String] = {
    let pieces = [
      " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "a", "Acme", "is", ",", ".", ":",
      "(AH)", "R&D", "-", "co-op", "é", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{85}", "’", "–",
      "•", "™", "\u{301}", "\u{200D}", "\u{FE0F}", "👍🏽", "🇺🇸", "\u{2028}", "\u{1680}",
    ]
    var generator = SplitMix64(seed: 20_261_201)
    var texts = ["", " ", "a", " a ", "a  b", "\r\n\r\n", "one\ttwo\nthree"]
    for _ in 0..<2000 {
      let count = Int(generator.next() % 12)
      texts.append(
        (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
          .joined())
    }
    texts += ["Café au lait", "a\u{00A0}b c", "naïve  résumé", "x\u{2003}y", " \u{301}a b"]
    return texts
  }()

  @Test(arguments: [Int.max, 64, 3, 1, 0])
  func whitespaceSplittingMatchesTheStandardLibrary(maxSplits: Int) {
    for text in Self.texts {
      let expected = text.split(maxSplits: maxSplits, whereSeparator: \.isWhitespace)
        .map(String.init)
      #expect(
        Words.whitespaceSeparated(text, maxSplits: maxSplits) == expected,
        "\(text.debugDescription)")
    }
  }

  @Test func spaceSplittingMatchesTheStandardLibraryOnASCII() {
    for text in Self.texts where text.utf8.allSatisfy({ $0 < 0x80 }) {
      #expect(
        Words.spaceSeparated(text) == text.split(separator: " ").map(String.init),
        "\(text.debugDescription)")
      for limit in [0, 1, 2, 5] {
        #expect(
          Words.hasAtMost(limit, spaceSeparatedPiecesIn: text)
            == (text.split(separator: " ").count <= limit), "\(text.debugDescription)")
      }
    }
  }

  @Test func theCharacterWhiteSpaceTestMatchesTheStandardLibrary() {
    for text in Self.texts {
      for character in text { #expect(isWhitespace(character) == character.isWhitespace) }
      for scalar in text.unicodeScalars {
        #expect(isWhitespace(scalar) == scalar.properties.isWhitespace)
      }
    }
  }
}
