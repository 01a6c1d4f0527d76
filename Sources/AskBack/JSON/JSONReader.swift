/// Reads one JSON value (RFC 8259) from UTF-8 bytes.
///
/// The reader is strict: no comments, no trailing commas, no leading zeros,
/// nothing but whitespace after the value. Strings must be valid UTF-8 and may
/// not hold raw control characters. Nesting deeper than ``maximumDepth``
/// is refused, so hostile input cannot exhaust the stack.
///
///     let value = try JSONReader.parse(#"{"id": "q1", "stages": ["screen"]}"#)
///     value["id"]?.stringValue  // "q1"
public struct JSONReader {
  /// How deep arrays and objects may nest.
  public static let maximumDepth = 64

  /// Parses `text` as one JSON value.
  /// - Throws: ``JSONError`` with the byte offset of the problem.
  public static func parse(_ text: String) throws(JSONError) -> JSONValue {
    var text = text
    let result = text.withUTF8 { bytes in
      Result { () throws(JSONError) -> JSONValue in try parse(bytes) }
    }
    return try result.get()
  }

  /// Parses the UTF-8 bytes `bytes` as one JSON value.
  /// - Throws: ``JSONError`` with the byte offset of the problem.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONError) -> JSONValue {
    var reader = JSONReader(bytes: bytes)
    reader.skipWhitespace()
    let value = try reader.readValue(depth: 0)
    reader.skipWhitespace()
    guard reader.position == bytes.count else {
      throw JSONError(message: "unexpected text after the value", offset: reader.position)
    }
    return value
  }

  /// Parses `bytes` as one JSON value and, when it is an object, keeps the text of each of its
  /// members' values exactly as written (`0.10`, `1e3`, `"\u0041"`), in order.
  ///
  /// A caller can so echo a value without reformatting it: two different numbers never become
  /// one, and a string keeps its escapes.
  /// - Throws: ``JSONError`` with the byte offset of the problem.
  public static func parseKeepingMemberTexts(
    _ bytes: UnsafeBufferPointer<UInt8>
  ) throws(JSONError) -> (value: JSONValue, texts: [(key: String, text: String)]) {
    var reader = JSONReader(bytes: bytes)
    reader.keepsMemberRanges = true
    reader.skipWhitespace()
    let value = try reader.readValue(depth: 0)
    reader.skipWhitespace()
    guard reader.position == bytes.count else {
      throw JSONError(message: "unexpected text after the value", offset: reader.position)
    }
    let texts = reader.memberRanges.map { member in
      (
        member.key,
        String(decoding: UnsafeBufferPointer(rebasing: bytes[member.range]), as: UTF8.self)
      )
    }
    return (value, texts)
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  /// Whether to note where each member of the outermost object is written.
  private var keepsMemberRanges = false
  /// The outermost object's members and the bytes of their values.
  private var memberRanges: [(key: String, range: Range<Int>)] = []

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  private var atEnd: Bool { position >= bytes.count }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  private func fail(_ message: String) -> JSONError {
    JSONError(message: message, offset: position)
  }

  private mutating func readValue(depth: Int) throws(JSONError) -> JSONValue {
    guard !atEnd else { throw fail("unexpected end of input") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try readObject(depth: depth + 1)
    case UInt8(ascii: "["): return try readArray(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try readString())
    case UInt8(ascii: "t"):
      try expectWord("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try expectWord("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try expectWord("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .number(try readNumber())
    default:
      throw fail("unexpected character")
    }
  }

  private mutating func expectWord(_ word: StaticString) throws(JSONError) {
    let n = word.utf8CodeUnitCount
    guard position + n <= bytes.count else { throw fail("unexpected end of input") }
    for k in 0..<n where bytes[position + k] != word.utf8Start[k] {
      throw fail("unexpected character")
    }
    position += n
  }

  private mutating func readObject(depth: Int) throws(JSONError) -> JSONValue {
    guard depth <= Self.maximumDepth else { throw fail("nesting deeper than \(Self.maximumDepth)") }
    position += 1
    var members: [(key: String, value: JSONValue)] = []
    skipWhitespace()
    if !atEnd && bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard !atEnd, bytes[position] == UInt8(ascii: "\"") else {
        throw fail("expected a member name")
      }
      let key = try readString()
      skipWhitespace()
      guard !atEnd, bytes[position] == UInt8(ascii: ":") else { throw fail("expected ':'") }
      position += 1
      skipWhitespace()
      let start = position
      let value = try readValue(depth: depth)
      if keepsMemberRanges && depth == 1 { memberRanges.append((key, start..<position)) }
      members.append((key, value))
      skipWhitespace()
      guard !atEnd else { throw fail("unexpected end of input") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
      } else if bytes[position] == UInt8(ascii: "}") {
        position += 1
        return .object(members)
      } else {
        throw fail("expected ',' or '}'")
      }
    }
  }

  private mutating func readArray(depth: Int) throws(JSONError) -> JSONValue {
    guard depth <= Self.maximumDepth else { throw fail("nesting deeper than \(Self.maximumDepth)") }
    position += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if !atEnd && bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try readValue(depth: depth))
      skipWhitespace()
      guard !atEnd else { throw fail("unexpected end of input") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
      } else if bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .array(elements)
      } else {
        throw fail("expected ',' or ']'")
      }
    }
  }

  private mutating func readString() throws(JSONError) -> String {
    position += 1  // the opening quote
    let start = position
    var ascii = true
    // Fast path: no escapes, so the string is the bytes between the quotes.
    while position < bytes.count {
      let byte = bytes[position]
      if byte >= 0x80 { ascii = false }
      if byte == UInt8(ascii: "\"") {
        let run = UnsafeBufferPointer(rebasing: bytes[start..<position])
        // ASCII needs no validation.
        if ascii {
          position += 1
          return String(decoding: run, as: UTF8.self)
        }
        guard let string = String(validating: run, as: UTF8.self) else {
          throw invalidUTF8(in: start..<position)
        }
        position += 1
        return string
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw fail("control character in a string") }
      position += 1
    }
    // Slow path: copy bytes, decoding escapes, then validate once.
    var utf8 = Array(bytes[start..<position])
    while true {
      guard !atEnd else { throw fail("unterminated string") }
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        guard let string = String(validating: utf8, as: UTF8.self) else {
          throw invalidUTF8(in: start..<position)
        }
        return string
      }
      if byte == UInt8(ascii: "\\") {
        let scalar = try readEscape()
        utf8.append(contentsOf: String(scalar).utf8)
        continue
      }
      if byte < 0x20 { throw fail("control character in a string") }
      utf8.append(byte)
      position += 1
    }
  }

  /// The error for the first invalid UTF-8 sequence within `range`.
  private func invalidUTF8(in range: Range<Int>) -> JSONError {
    var k = range.lowerBound
    while k < range.upperBound {
      guard let (_, length) = decodeScalar(bytes, at: k), k + length <= range.upperBound else {
        break
      }
      k += length
    }
    return JSONError(message: "invalid UTF-8 in a string", offset: k)
  }

  private mutating func readEscape() throws(JSONError) -> Unicode.Scalar {
    position += 1  // the backslash
    guard !atEnd else { throw fail("unterminated string") }
    let byte = bytes[position]
    position += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let unit = try readHex4()
      if unit >= 0xD800 && unit < 0xDC00 {
        // A high surrogate must be followed by an escaped low surrogate.
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
          bytes[position + 1] == UInt8(ascii: "u")
        else { throw fail("lone surrogate in a \\u escape") }
        position += 2
        let low = try readHex4()
        guard low >= 0xDC00 && low < 0xE000 else { throw fail("lone surrogate in a \\u escape") }
        let value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        guard let scalar = Unicode.Scalar(value) else { throw fail("invalid \\u escape") }
        return scalar
      }
      guard let scalar = Unicode.Scalar(unit) else { throw fail("lone surrogate in a \\u escape") }
      return scalar
    default:
      position -= 1
      throw fail("invalid escape")
    }
  }

  private mutating func readHex4() throws(JSONError) -> UInt32 {
    guard position + 4 <= bytes.count else { throw fail("unterminated \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw fail("invalid \\u escape")
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }

  private mutating func readNumber() throws(JSONError) -> Double {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard !atEnd else { throw fail("invalid number") }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
    } else if isDigit(bytes[position]) {
      while !atEnd && isDigit(bytes[position]) { position += 1 }
    } else {
      throw fail("invalid number")
    }
    if !atEnd && bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard !atEnd && isDigit(bytes[position]) else { throw fail("invalid number") }
      while !atEnd && isDigit(bytes[position]) { position += 1 }
    }
    if !atEnd && (bytes[position] | 0x20) == UInt8(ascii: "e") {
      position += 1
      if !atEnd && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) {
        position += 1
      }
      guard !atEnd && isDigit(bytes[position]) else { throw fail("invalid number") }
      while !atEnd && isDigit(bytes[position]) { position += 1 }
    }
    let text = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      throw JSONError(message: "number out of range", offset: start)
    }
    return value
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}

/// A JSON syntax error, with the byte offset where it was found.
public struct JSONError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public var offset: Int

  public var description: String { "\(message) at byte \(offset + 1)" }
}
