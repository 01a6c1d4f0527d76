/// Splits JSON Lines text into its lines.
public enum JSONLines {
  /// Calls `body` with each line of `bytes` and its 1-based number, without the line break (`\n` or
  /// `\r\n`).
  ///
  /// A UTF-8 byte order mark at the start is skipped. Lines holding only whitespace are skipped
  /// when `skipBlank`.
  public static func forEachLine(
    in bytes: UnsafeBufferPointer<UInt8>, skipBlank: Bool = true,
    _ body: (_ number: Int, _ line: UnsafeBufferPointer<UInt8>) throws -> Void
  ) rethrows {
    var start = ByteOrderMark.length(atStartOf: bytes)
    var number = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      number += 1
      var lineEnd = end
      if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
      let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
      if !skipBlank || !isBlank(line) { try body(number, line) }
      start = end + 1
    }
  }

  /// Whether `line` holds only spaces and tabs.
  public static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }
}
