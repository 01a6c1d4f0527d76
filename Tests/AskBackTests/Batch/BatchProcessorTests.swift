import Foundation
import Testing

@testable import AskBack

struct BatchProcessorTests {
  static func processor() throws -> BatchProcessor {
    BatchProcessor(recommender: try RecommenderTests.recommender.get(), options: .init(limit: 3))
  }

  static func output(_ line: String, number: Int = 7) throws -> JSONValue {
    try JSONReader.parse(try processor().process(Array(line.utf8), number: number))
  }

  @Test func aPostingGetsItsQuestionsUnderItsID() throws {
    let value = try Self.output(#"{"id": "p1", "text": "Staff Accountant\n\nMonth-end close."}"#)
    #expect(value["id"] == .string("p1"))
    #expect(value["questions"]?.arrayValue?.count == 3)
    #expect(value["error"] == nil)
    let described = try Self.output(#"{"id": 5, "description": "Registered Nurse on a unit."}"#)
    #expect(described["questions"]?.arrayValue?.count == 3)
  }

  @Test func aJobBoardExportsTitleIsReadAsThePostingsTitleLine() throws {
    let body = "Prepare journal entries and reconciliations for the month-end close."
    let exported = try Self.output(
      #"{"id": 1, "title": "Staff Accountant", "description": "\#(body)"}"#)
    let pasted = try Self.output(#"{"id": 1, "text": "Staff Accountant\n\n\#(body)"}"#)
    let untitled = try Self.output(#"{"id": 1, "description": "\#(body)"}"#)
    #expect(exported["role"] == .string("Staff Accountant"))
    #expect(exported == pasted)
    #expect(untitled["role"] != .string("Staff Accountant"))
  }

  @Test func aTitleTheTextAlreadyStartsWithIsNotRepeated() {
    #expect(
      Recommender.postingText(title: " Staff Accountant ", body: "Staff Accountant\nClose.")
        == "Staff Accountant\nClose.")
    #expect(
      Recommender.postingText(title: "Staff Accountant", body: "Close the books.")
        == "Staff Accountant\n\nClose the books.")
    #expect(Recommender.postingText(title: "  ", body: "Close.") == "Close.")
    #expect(Recommender.postingText(title: nil, body: "Close.") == "Close.")
  }

  @Test(
    arguments: [
      ("", "empty line", true),
      ("{not json", "malformed JSON", true),
      ("[1, 2]", "expected a JSON object, found an array", true),
      (#"{"text": "x"}"#, #"missing "id""#, true),
      (#"{"id": "a"}"#, #"missing "text""#, false),
      (#"{"id": "a", "text": "  \n "}"#, "the posting is empty", false),
      (#"{"id": "a", "text": 3}"#, #"missing "text""#, false),
    ])
  func aBadLineBecomesAnErrorRecord(line: String, message: String, idIsNull: Bool) throws {
    let value = try Self.output(line)
    #expect(value["line"] == .number(7))
    #expect(value["error"]?.stringValue?.hasPrefix(message) == true, "\(value)")
    #expect((value["id"] == .null) == idIsNull)
    #expect(value["questions"] == nil)
  }

  @Test func runKeepsOneOutputLinePerInputLineInOrder() throws {
    var input = ""
    for i in 0..<150 {
      input += i % 7 == 3 ? "junk \(i)\n" : #"{"id": \#(i), "text": "Accountant \#(i)"}"# + "\n"
    }
    let bytes = Array(input.utf8)
    for threads in [1, 2, 5] {
      var position = 0
      var reader = LineReader(limit: 1000) { buffer in
        let count = min(buffer.count, bytes.count - position, 97)
        for k in 0..<count { buffer[k] = bytes[position + k] }
        position += count
        return count
      }
      var lines: [String] = []
      try Self.processor().run(&reader, threads: threads) { block, _ in lines += block }
      #expect(lines.count == 150)
      for (i, line) in lines.enumerated() {
        let value = try JSONReader.parse(line)
        if i % 7 == 3 {
          #expect(value["line"] == .number(Double(i + 1)))
        } else {
          #expect(value["id"] == .number(Double(i)))
        }
      }
    }
  }
}

extension BatchProcessorTests {
  @Test(arguments: ["0.123456789", "9007199254740993", "1.50", "-0", "2e3", #""a\u0041""#, #""x""#])
  func anIdComesBackAsItWasWritten(id: String) throws {
    let line = #"{"id": \#(id), "text": "Staff Accountant\n\nMonth-end close."}"#
    let output = try Self.processor().process(Array(line.utf8), number: 1)
    #expect(output.hasPrefix("{\"id\":\(id),\"role\":\"Staff Accountant\""), "\(output)")
  }

  @Test(arguments: [
    ("true", "a boolean"), ("null", "null"), ("[]", "an array"), ("{}", "an object"),
  ])
  func anIdOfAnotherTypeIsAnErrorRecord(id: String, kind: String) throws {
    let value = try Self.output(#"{"id": \#(id), "text": "Nurse"}"#)
    #expect(value["error"] == .string("\"id\" must be a string or a number, not \(kind)"))
    #expect(value["id"] == .null)
  }

  @Test func aLeadingByteOrderMarkIsDropped() throws {
    let line = ByteOrderMark.bytes + Array(#"{"id": "p", "text": "Registered Nurse"}"#.utf8)
    let value = try JSONReader.parse(try Self.processor().process(line, number: 1))
    #expect(value["id"] == .string("p"))
    #expect(value["role"] == .string("Registered Nurse"))
  }
}
