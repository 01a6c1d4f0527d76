import Testing

@testable import AskBack

struct JSONTests {
  @Test func readsNestedValues() throws {
    let value = try JSONReader.parse(
      #" {"id": "q1", "n": -1.5e2, "ok": true, "none": null, "list": ["a", {"b": []}]} "#)
    #expect(value["id"] == .string("q1"))
    #expect(value["n"] == .number(-150))
    #expect(value["ok"] == .bool(true))
    #expect(value["none"] == .null)
    #expect(value["list"]?.arrayValue?.count == 2)
  }

  @Test func decodesEscapes() throws {
    let value = try JSONReader.parse(#""tab\t quote\" slash\/ \u00e9 \ud83d\ude00""#)
    #expect(value == .string("tab\t quote\" slash/ é 😀"))
  }

  @Test(
    arguments: [
      "", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "\"unterminated", "tru", "[1] 2",
      "\"\\x\"", "\"\\ud800\"", "{\"a\":1,}", "\"a\u{01}b\"", "1e999",
    ])
  func refusesMalformedText(text: String) {
    #expect(throws: JSONError.self) { try JSONReader.parse(text) }
  }

  @Test func refusesInvalidUTF8InStrings() {
    let bytes: [UInt8] = [0x22, 0x61, 0xC3, 0x22]
    #expect(throws: JSONError.self) {
      try bytes.withUnsafeBufferPointer { buffer in try JSONReader.parse(buffer) }
    }
  }

  @Test func refusesDeepNesting() {
    let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(throws: JSONError.self) { try JSONReader.parse(deep) }
    let fine = String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
    #expect((try? JSONReader.parse(fine)) != nil)
  }

  @Test func writesCompactStableText() {
    let value: JSONValue = .object([
      ("text", .string("a \"b\"\n\u{01}")), ("score", .number(0.123456)), ("n", .number(3)),
      ("list", .array([.null, .bool(false)])),
    ])
    #expect(
      JSONWriter.string(value)
        == #"{"text":"a \"b\"\n\u0001","score":0.1235,"n":3,"list":[null,false]}"#)
  }

  @Test func escapesLineSeparatorsAndLeavesOtherTextAsIs() {
    let text = "\u{2022} a\u{2028}b\u{2029}c\t\\ \u{2019}d\u{2019} \u{1F}\u{7F} \u{E2A8}"
    #expect(
      JSONWriter.string(.string(text))
        == "\"\u{2022} a\\u2028b\\u2029c\\t\\\\ \u{2019}d\u{2019} \\u001f\u{7F} \u{E2A8}\"")
  }

  @Test func roundTrips() throws {
    let value: JSONValue = .object([("k", .array([.string("é😀\\"), .number(-2.5), .object([])]))])
    #expect(try JSONReader.parse(JSONWriter.string(value)) == value)
  }

  @Test(
    arguments: zip(
      [0.0, 1.0, -0.00004, 0.00005, 2.5, 1234.56789, -3.0],
      ["0", "1", "0", "0.0001", "2.5", "1234.5679", "-3"]))
  func formatsNumbersWithFixedDecimals(value: Double, text: String) {
    #expect(JSONWriter.format(value, decimals: 4) == text)
  }
}

extension JSONTests {
  @Test func keepsTheTextOfTheOutermostMembers() throws {
    let line = #"{"id": 0.10, "n": 9007199254740993, "s": "a\u0041", "o": {"id": 1}, "id": 1E+2 }"#
    let (value, texts) = try Array(line.utf8).withUnsafeBufferPointer {
      buffer throws(JSONError) in try JSONReader.parseKeepingMemberTexts(buffer)
    }
    #expect(value["s"] == .string("aA"))
    #expect(texts.map(\.key) == ["id", "n", "s", "o", "id"])
    #expect(
      texts.map(\.text) == ["0.10", "9007199254740993", #""a\u0041""#, #"{"id": 1}"#, "1E+2"])
    #expect(
      JSONWriter.string(.object([("id", .raw(texts[1].text))])) == #"{"id":9007199254740993}"#)
  }
}
