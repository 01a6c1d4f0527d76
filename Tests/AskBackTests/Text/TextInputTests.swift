import Testing

@testable import AskBack

/// The text helpers every input goes through: the byte order mark.
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
}
