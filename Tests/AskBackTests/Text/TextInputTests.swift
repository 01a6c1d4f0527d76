import Testing

@testable import AskBack

/// The text helpers every input goes through: the byte order mark and the format characters.
struct TextInputTests {
  @Test func oneLeadingByteOrderMarkIsStripped() {
    let mark = ByteOrderMark.bytes
    #expect(ByteOrderMark.stripped(mark + Array("Nurse".utf8)) == Array("Nurse".utf8))
    #expect(ByteOrderMark.stripped(mark + mark) == mark)
    #expect(ByteOrderMark.stripped(Array("Nurse".utf8)) == Array("Nurse".utf8))
    #expect(ByteOrderMark.stripped([0xEF, 0xBB]) == [0xEF, 0xBB])
    #expect(ByteOrderMark.stripped("\u{FEFF}Nurse") == "Nurse")
    #expect(ByteOrderMark.stripped("Nu\u{FEFF}rse") == "Nu\u{FEFF}rse")
  }

  @Test(
    arguments: zip(
      [
        "manage\u{AD}ment", "pa\u{200B}tient", "zero\u{200C}width\u{200D}joiners",
        "word\u{2060}joiner", "\u{FEFF}inside\u{FEFF}",
        "\u{200E}left\u{200F}right\u{202A}x\u{202C}",
        "\u{2066}isolate\u{2069}", "plain ASCII text", "Café naïve", "tag\u{E0041}",
      ],
      [
        "management", "patient", "zerowidthjoiners", "wordjoiner", "inside", "leftrightx",
        "isolate", "plain ASCII text", "Café naïve", "tag",
      ]))
  func formatCharactersAreDropped(text: String, expected: String) {
    #expect(FormatCharacters.removing(from: text) == expected)
  }

  @Test func textWithoutFormatCharactersIsLeftAlone() {
    for text in ["", "plain", String(repeating: "long ASCII line ", count: 40), "Ελληνικά"] {
      let cleaned = Array(text.utf8).withUnsafeBufferPointer(FormatCharacters.removing(fromUTF8:))
      #expect(cleaned == nil, "\(text)")
    }
    // Invalid UTF-8 without a format character is left for the reader.
    let invalid: [UInt8] = [0x61, 0xFF, 0x62, 0xC3]
    #expect(invalid.withUnsafeBufferPointer(FormatCharacters.removing(fromUTF8:)) == nil)
  }

  @Test func removingACharacterNeverJoinsFragmentsIntoANewOne() {
    // E2 80, a byte order mark, 8B: joined, the fragments would make a zero-width space; C3, a
    // soft hyphen, A9 would make é. In the copy each invalid byte is U+FFFD.
    let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
    let space: [UInt8] = [0x61, 0xE2, 0x80] + ByteOrderMark.bytes + [0x8B, 0x62]
    #expect(
      space.withUnsafeBufferPointer(FormatCharacters.removing(fromUTF8:))
        == [0x61] + replacement + replacement + replacement + [0x62])
    let letter: [UInt8] = [0xC3, 0xC2, 0xAD, 0xA9]
    #expect(
      letter.withUnsafeBufferPointer(FormatCharacters.removing(fromUTF8:))
        == replacement + replacement)
  }

  @Test func everyPositionOfTheEightByteScanIsSeen() {
    // A non-ASCII byte at each offset of a 17-byte text, around the 8-byte words.
    for offset in 0..<17 {
      var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 17)
      bytes.insert(contentsOf: [0xC2, 0xAD], at: offset)
      let cleaned = bytes.withUnsafeBufferPointer(FormatCharacters.removing(fromUTF8:))
      #expect(cleaned == [UInt8](repeating: UInt8(ascii: "a"), count: 17), "\(offset)")
    }
  }

  @Test func theWordSplitterSkipsFormatCharacters() {
    #expect(
      Words.lowercased("Manage\u{AD}ment of pa\u{200B}tients") == ["management", "of", "patients"])
  }

  @Test func aPostingOfInvisibleCharactersIsBlank() {
    #expect(Recommender.isBlank(posting: "\u{FEFF}\u{200B} \n\u{AD}\0"))
    #expect(!Recommender.isBlank(posting: "\u{FEFF}Nurse"))
  }
}
