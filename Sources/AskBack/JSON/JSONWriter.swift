/// Writes JSON text, compact, with members in the order they are given.
///
/// Numbers are written with a fixed number of decimals, so that output
/// stays byte-for-byte stable; whole numbers are written without a point.
///
///     var writer = JSONWriter()
///     writer.write(.object([("id", .string("q1")), ("score", .number(0.25))]))
///     writer.text  // {"id":"q1","score":0.25}
public struct JSONWriter {
  /// The text written so far.
  public private(set) var text = ""
  /// Decimals for numbers that are not whole.
  public var decimals: Int

  public init(decimals: Int = 4) {
    self.decimals = decimals
  }

  /// Appends `value`.
  public mutating func write(_ value: JSONValue) {
    switch value {
    case .null: text += "null"
    case .bool(let b): text += b ? "true" : "false"
    case .number(let n): text += Self.format(n, decimals: decimals)
    case .string(let s): Self.appendQuoted(s, to: &text)
    case .raw(let json): text += json
    case .array(let elements):
      text += "["
      for (i, element) in elements.enumerated() {
        if i > 0 { text += "," }
        write(element)
      }
      text += "]"
    case .object(let members):
      text += "{"
      for (i, member) in members.enumerated() {
        if i > 0 { text += "," }
        Self.appendQuoted(member.key, to: &text)
        text += ":"
        write(member.value)
      }
      text += "}"
    }
  }

  /// `value` as compact JSON text.
  public static func string(_ value: JSONValue, decimals: Int = 4) -> String {
    var writer = JSONWriter(decimals: decimals)
    writer.write(value)
    return writer.text
  }

  /// Formats `n` with at most `decimals` decimals, dropping trailing zeros.
  ///
  /// Not-a-number and infinities, which JSON cannot hold, are written as 0.
  public static func format(_ n: Double, decimals: Int) -> String {
    guard n.isFinite else { return "0" }
    if n == n.rounded() && abs(n) < 1e15 { return String(Int64(n)) }
    guard decimals > 0 else { return abs(n) < 9e15 ? String(Int64(n.rounded())) : String(n) }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(n) * scale).rounded()
    guard scaled < 9e15 else { return String(n) }
    let units = Int64(scaled)
    let whole = units / Int64(scale)
    var fraction = String(units % Int64(scale))
    fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let sign = n < 0 && units != 0 ? "-" : ""
    return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }

  /// Appends `s` as a JSON string literal, escaping quotes, backslashes and
  /// control characters.
  public static func appendQuoted(_ s: String, to out: inout String) {
    out += "\""
    // Most strings need no escape: no control byte, quote or backslash, and no 0xE2 (which
    // starts U+2028 and U+2029).
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
      out += s
      out += "\""
      return
    }
    // Escaped byte by byte: every escaped character is ASCII but U+2028 and U+2029, whose
    // UTF-8 is E2 80 A8 and E2 80 A9; the runs between are copied whole.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(s.utf8.count + 16)
    var s = s
    s.withUTF8 { text in
      var i = 0
      while i < text.count {
        let byte = text[i]
        if byte == 0xE2, i + 2 < text.count, text[i + 1] == 0x80,
          text[i + 2] == 0xA8 || text[i + 2] == 0xA9
        {
          bytes.append(contentsOf: (text[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
          i += 3
          continue
        }
        if let escape = jsonByteEscapes[Int(byte)] {
          bytes.append(contentsOf: escape.utf8)
        } else if byte < 0x20 {
          bytes.append(contentsOf: ("\\u" + zeroPaddedHex(byte, width: 4)).utf8)
        } else {
          bytes.append(byte)
        }
        i += 1
      }
    }
    out += String(decoding: bytes, as: UTF8.self)
    out += "\""
  }

  /// ``jsonEscapes`` by byte, for the ASCII characters they name.
  static let jsonByteEscapes: [String?] = (0..<256).map { byte in
    jsonEscapes[Unicode.Scalar(UInt8(byte))]
  }

  /// The characters a JSON string writes with a short escape.
  static let jsonEscapes: [Unicode.Scalar: String] = [
    "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u{08}": "\\b",
    "\u{0C}": "\\f",
  ]
}
