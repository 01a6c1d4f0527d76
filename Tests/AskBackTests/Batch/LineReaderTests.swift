import Testing

@testable import AskBack

struct LineReaderTests {
  /// A reader over `bytes`, handing out at most `chunk` bytes per read.
  static func reader(_ bytes: [UInt8], chunk: Int, limit: Int) -> LineReader {
    final class Cursor: @unchecked Sendable { var position = 0 }
    let cursor = Cursor()
    return LineReader(limit: limit) { buffer in
      let count = min(chunk, buffer.count, bytes.count - cursor.position)
      for k in 0..<count { buffer[k] = bytes[cursor.position + k] }
      cursor.position += count
      return count
    }
  }

  static func lines(_ text: String, chunk: Int = 3, limit: Int = 100) throws -> [String] {
    var reader = reader(Array(text.utf8), chunk: chunk, limit: limit)
    var result: [String] = []
    while let line = try reader.next() {
      switch line {
      case .text(let number, let bytes):
        result.append("\(number):" + String(decoding: bytes, as: UTF8.self))
      case .tooLong(let number): result.append("\(number):too long")
      }
    }
    return result
  }

  @Test(arguments: [1, 2, 3, 7, 64])
  func linesAreNumberedWhateverTheChunkSize(chunk: Int) throws {
    #expect(try Self.lines("a\nbb\n\nccc", chunk: chunk) == ["1:a", "2:bb", "3:", "4:ccc"])
  }

  @Test func aCarriageReturnBeforeTheBreakIsDropped() throws {
    #expect(try Self.lines("a\r\nb\r\n") == ["1:a", "2:b"])
    #expect(try Self.lines("a\rb\n") == ["1:a\rb"])
  }

  @Test func emptyInputHasNoLinesAndAFinalBreakAddsNone() throws {
    #expect(try Self.lines("") == [])
    #expect(try Self.lines("x\n") == ["1:x"])
  }

  @Test func aLineOverTheLimitIsReportedAndSkipped() throws {
    let long = String(repeating: "x", count: 25)
    #expect(
      try Self.lines("ok\n\(long)\nafter\n\(long)", chunk: 4, limit: 10)
        == ["1:ok", "2:too long", "3:after", "4:too long"])
    // A line exactly at the limit is kept.
    #expect(try Self.lines(String(repeating: "y", count: 10), limit: 10).count == 1)
    #expect(try Self.lines(String(repeating: "y", count: 11), limit: 10) == ["1:too long"])
  }

  @Test func aFailingSourceThrowsItsReason() {
    var reader = LineReader(limit: 10) { _ throws(LineReader.ReadError) in
      throw LineReader.ReadError(reason: "Input/output error")
    }
    #expect(throws: LineReader.ReadError.self) { _ = try reader.next() }
  }
}
