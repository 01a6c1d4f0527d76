/// One HTTP/1.x request, read whole: its head and its body.
public struct HTTPRequest: Sendable {
  /// The method as sent, such as `GET` or `POST` (methods are case-sensitive).
  public var method: String
  /// The request target as sent, such as `/v1/batch?top=3`.
  public var target: String
  /// The target's path, without the query.
  public var path: String
  /// The query's name–value pairs, percent-decoded, in order.
  public var query: [(name: String, value: String)]
  /// The minor version: 0 for HTTP/1.0, 1 for HTTP/1.1.
  public var minorVersion: Int
  public var headers: HTTPHeaders
  public var body: [UInt8]

  public init(
    method: String, target: String, minorVersion: Int = 1, headers: HTTPHeaders = HTTPHeaders(),
    body: [UInt8] = []
  ) {
    self.method = method
    self.target = target
    self.minorVersion = minorVersion
    self.headers = headers
    self.body = body
    let question = target.firstIndex(of: "?")
    path = String(target[..<(question ?? target.endIndex)])
    query =
      question.map { FormDecoding.pairs(Array(target.utf8[target.utf8.index(after: $0)...])) } ?? []
  }

  /// Whether the connection stays open after the answer: HTTP/1.1 unless the client sent
  /// `Connection: close`, HTTP/1.0 only when it sent `Connection: keep-alive`.
  public var keepAlive: Bool {
    let tokens = headers.tokens("connection")
    if minorVersion >= 1 { return !tokens.contains("close") }
    return tokens.contains("keep-alive")
  }

  /// The first query value named `name`.
  public func queryValue(_ name: String) -> String? {
    query.first { $0.name == name }?.value
  }

  /// The media type of the body, lower-cased and without parameters (`application/json`), or
  /// `nil` when the request has no `Content-Type`.
  public var mediaType: String? {
    guard let value = headers["content-type"] else { return nil }
    let type = value.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
    return type.trimmingSpaces().lowercased()
  }
}

/// Header fields in the order they came, with names lower-cased.
public struct HTTPHeaders: Sendable {
  public private(set) var fields: [(name: String, value: String)] = []

  public init() {}

  /// Adds a field; `name` is lower-cased.
  public mutating func append(_ name: String, _ value: String) {
    fields.append((name.lowercased(), value))
  }

  /// The first value of `name` (lower-case).
  public subscript(name: String) -> String? {
    fields.first { $0.name == name }?.value
  }

  /// Every value of `name` (lower-case).
  public func values(_ name: String) -> [String] {
    fields.filter { $0.name == name }.map(\.value)
  }

  /// The comma-separated tokens of every `name` field, trimmed and lower-cased.
  public func tokens(_ name: String) -> [String] {
    values(name).flatMap { $0.split(separator: ",") }.map {
      String($0).trimmingSpaces().lowercased()
    }
  }
}

/// Decoding of `application/x-www-form-urlencoded` text and of queries.
public enum FormDecoding {
  /// The name–value pairs of `bytes`: pairs split at `&`, name and value at the first `=`,
  /// `+` read as a space, `%XX` decoded, and the result read as UTF-8 (bad sequences replaced).
  ///
  /// - Complexity: O(n) in the length of `bytes`.
  public static func pairs(_ bytes: [UInt8]) -> [(name: String, value: String)] {
    var result: [(name: String, value: String)] = []
    for piece in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
      let equals = piece.firstIndex(of: UInt8(ascii: "="))
      let name = decode(piece[..<(equals ?? piece.endIndex)])
      let value = equals.map { decode(piece[piece.index(after: $0)...]) } ?? ""
      result.append((name, value))
    }
    return result
  }

  /// Percent-decodes one component, with `+` as a space.
  static func decode(_ bytes: ArraySlice<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let byte = bytes[i]
      if byte == UInt8(ascii: "+") {
        out.append(0x20)
      } else if byte == UInt8(ascii: "%"), i + 2 < bytes.endIndex,
        let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2])
      {
        out.append(high << 4 | low)
        i += 2
      } else {
        out.append(byte)
      }
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The value of one hexadecimal digit.
  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(scalars[first...last])
  }
}
