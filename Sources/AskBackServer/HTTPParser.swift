/// The size limits of one request.
public struct HTTPLimits: Sendable, Equatable {
  /// The most bytes of request line and header fields (and, apart, of chunked trailers).
  public var maximumHeadBytes = 16 << 10
  /// The most bytes of body, after removing any chunked framing.
  public var maximumBodyBytes = 4 << 20
  /// The most header fields.
  public var maximumHeaderCount = 100

  public init() {}
}

/// Why a request cannot be read, with the status to answer before closing.
public struct HTTPParseError: Error, Equatable, Sendable, CustomStringConvertible {
  public var status: Int
  public var message: String

  public init(_ status: Int, _ message: String) {
    self.status = status
    self.message = message
  }

  public var description: String { "\(status): \(message)" }
}

/// Reads HTTP/1.x requests from the bytes of one connection as they arrive.
///
/// Call ``parse(_:from:)`` with everything received so far and the index of the first byte not
/// yet consumed; it consumes what it can and returns a request once one is whole. Lines may end
/// in CRLF or a bare LF. Bodies come with `Content-Length` or `Transfer-Encoding: chunked`
/// (chunk extensions and trailers are read and ignored). A request with both, with differing
/// lengths, or with an unknown transfer coding is refused, as are obsolete folded header lines,
/// so the framing can never be read two ways.
///
/// The state survives between calls, so a request that trickles in costs O(n) overall: no byte
/// is looked at twice, except the last two of a head still incomplete.
struct HTTPParser {
  /// What one call to ``parse(_:from:)`` gave.
  enum Step {
    case needMore
    case request(HTTPRequest)
  }

  private enum State: Equatable {
    case head
    case fixedBody(remaining: Int)
    case chunkSize
    case chunkData(remaining: Int)
    case chunkEnd
    case trailers
  }

  let limits: HTTPLimits
  private var state = State.head
  /// Bytes of the current head (or chunk-size line, or trailers) already scanned.
  private var scanned = 0
  private var skippedBlankLines = 0
  private var pending: HTTPRequest?
  private var body: [UInt8] = []
  private var trailerBytes = 0

  init(limits: HTTPLimits) {
    self.limits = limits
  }

  /// Whether a request has begun and is not yet whole (bytes still in the buffer from `start`
  /// on are not counted: the caller knows those).
  var isMidRequest: Bool { state != .head || scanned > 0 }

  /// Whether the head is read and the body is awaited, with `Expect: 100-continue`.
  var awaitsContinue: Bool {
    guard state != .head, let pending else { return false }
    return pending.headers["expect"]?.lowercased() == "100-continue"
  }

  /// Consumes bytes of `buffer` from `start` (advancing it) and returns a request once whole.
  ///
  /// - Throws: ``HTTPParseError`` with the status to answer; the connection must then close.
  /// - Complexity: O(n) in the bytes consumed.
  mutating func parse(_ buffer: [UInt8], from start: inout Int) throws(HTTPParseError) -> Step {
    while true {
      switch state {
      case .head:
        guard try readHead(buffer, from: &start) else { return .needMore }
      case .fixedBody(let remaining):
        let taken = min(remaining, buffer.count - start)
        body.append(contentsOf: buffer[start..<(start + taken)])
        start += taken
        guard taken == remaining else {
          state = .fixedBody(remaining: remaining - taken)
          return .needMore
        }
        return .request(finish())
      case .chunkSize:
        guard let line = try line(buffer, from: &start, limit: 1024, what: "chunk size") else {
          return .needMore
        }
        let size = try chunkSize(line)
        guard size <= limits.maximumBodyBytes - body.count else { throw tooLarge }
        state = size == 0 ? .trailers : .chunkData(remaining: size)
      case .chunkData(let remaining):
        let taken = min(remaining, buffer.count - start)
        body.append(contentsOf: buffer[start..<(start + taken)])
        start += taken
        state = taken == remaining ? .chunkEnd : .chunkData(remaining: remaining - taken)
        if taken < remaining { return .needMore }
      case .chunkEnd:
        guard start < buffer.count else { return .needMore }
        if buffer[start] == 0x0A {
          start += 1
        } else if buffer[start] == 0x0D {
          guard start + 1 < buffer.count else { return .needMore }
          guard buffer[start + 1] == 0x0A else {
            throw malformed("a chunk is longer than its size")
          }
          start += 2
        } else {
          throw malformed("a chunk is longer than its size")
        }
        state = .chunkSize
      case .trailers:
        let before = start
        let limit = limits.maximumHeadBytes - trailerBytes
        guard let line = try line(buffer, from: &start, limit: limit, what: "trailer section")
        else { return .needMore }
        trailerBytes += start - before
        if line.isEmpty { return .request(finish()) }
      }
    }
  }

  private var tooLarge: HTTPParseError {
    HTTPParseError(413, "the body is larger than \(limits.maximumBodyBytes >> 20) MiB")
  }

  private func malformed(_ message: String) -> HTTPParseError { HTTPParseError(400, message) }

  /// Finds the end of the head, parses it and sets up the body; false while it is incomplete.
  private mutating func readHead(
    _ buffer: [UInt8], from start: inout Int
  ) throws(HTTPParseError)
    -> Bool
  {
    // Blank lines before a request line are skipped, as RFC 9112 asks.
    while scanned == 0 && start < buffer.count && (buffer[start] == 0x0A || buffer[start] == 0x0D) {
      if buffer[start] == 0x0D {
        guard start + 1 < buffer.count else { return false }
        guard buffer[start + 1] == 0x0A else { throw malformed("a stray carriage return") }
        start += 1
      }
      start += 1
      skippedBlankLines += 1
      guard skippedBlankLines <= 8 else { throw malformed("blank lines instead of a request") }
    }
    var i = start + max(0, scanned - 2)
    var end: Int?
    while i < buffer.count {
      if buffer[i] == 0x0A {
        if i > start && buffer[i - 1] == 0x0A {
          end = i
          break
        }
        if i > start + 1 && buffer[i - 1] == 0x0D && buffer[i - 2] == 0x0A {
          end = i
          break
        }
      }
      i += 1
      if i - start > limits.maximumHeadBytes {
        throw HTTPParseError(
          431, "the request head is larger than \(limits.maximumHeadBytes >> 10) KiB")
      }
    }
    guard let end else {
      scanned = buffer.count - start
      return false
    }
    let head = Array(buffer[start...end])
    start = end + 1
    scanned = 0
    skippedBlankLines = 0
    try parseHead(head)
    return true
  }

  /// Parses the request line and header fields and chooses how the body is framed.
  private mutating func parseHead(_ head: [UInt8]) throws(HTTPParseError) {
    var lines = head.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      line.last == 0x0D ? line.dropLast() : line
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    guard let requestLine = lines.first else { throw malformed("an empty request") }
    let (method, target, minor) = try parseRequestLine(requestLine)
    var headers = HTTPHeaders()
    for line in lines.dropFirst() {
      guard let first = line.first, first != 0x20, first != 0x09 else {
        throw malformed("a folded or empty header line")
      }
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
        line[..<colon].allSatisfy(Self.isTokenByte)
      else { throw malformed("a header line without a valid name") }
      var value = line[(colon + 1)...]
      while let byte = value.first, byte == 0x20 || byte == 0x09 { value = value.dropFirst() }
      while let byte = value.last, byte == 0x20 || byte == 0x09 { value = value.dropLast() }
      guard !value.contains(0x0D), !value.contains(0) else {
        throw malformed("a control character in a header value")
      }
      headers.append(
        String(decoding: line[..<colon], as: UTF8.self), String(decoding: value, as: UTF8.self))
      guard headers.fields.count <= limits.maximumHeaderCount else {
        throw HTTPParseError(431, "more than \(limits.maximumHeaderCount) header fields")
      }
    }
    if minor >= 1 && headers["host"] == nil { throw malformed("an HTTP/1.1 request without Host") }
    pending = HTTPRequest(method: method, target: target, minorVersion: minor, headers: headers)
    body = []
    trailerBytes = 0
    try chooseFraming(method: method, headers: headers)
  }

  /// Reads `METHOD SP target SP HTTP/1.x`.
  private func parseRequestLine(
    _ line: ArraySlice<UInt8>
  ) throws(HTTPParseError) -> (
    String, String, Int
  ) {
    let parts = line.split(separator: 0x20, omittingEmptySubsequences: false)
    guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(Self.isTokenByte) else {
      throw malformed("a malformed request line")
    }
    guard !parts[1].isEmpty, parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
      throw malformed("a malformed request target")
    }
    let version = Array(parts[2])
    guard version.count == 8, version.starts(with: Array("HTTP/".utf8)), version[6] == 0x2E,
      let major = digit(version[5]), let minor = digit(version[7])
    else { throw malformed("a malformed HTTP version") }
    guard major == 1 else { throw HTTPParseError(505, "only HTTP/1.0 and HTTP/1.1 are served") }
    let method = String(decoding: parts[0], as: UTF8.self)
    var target = String(decoding: parts[1], as: UTF8.self)
    if !target.hasPrefix("/") {
      if target == "*" && method == "OPTIONS" {
        target = "*"
      } else if let scheme = ["http://", "https://"].first(where: {
        target.lowercased().hasPrefix($0)
      }) {
        // Absolute form: keep the path and query.
        let rest = target.dropFirst(scheme.count)
        target = rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
      } else {
        throw malformed("a malformed request target")
      }
    }
    return (method, target, min(minor, 1))
  }

  private func digit(_ byte: UInt8) -> Int? {
    (0x30...0x39).contains(byte) ? Int(byte - 0x30) : nil
  }

  /// Sets the state for the body the headers announce.
  private mutating func chooseFraming(method: String, headers: HTTPHeaders) throws(HTTPParseError) {
    let codings = headers.tokens("transfer-encoding")
    let lengths = headers.tokens("content-length")
    if !codings.isEmpty {
      guard lengths.isEmpty else { throw malformed("both Content-Length and Transfer-Encoding") }
      guard codings == ["chunked"] else {
        guard codings.last == "chunked" else { throw malformed("a body of unknown length") }
        throw HTTPParseError(501, "only the chunked transfer coding is supported")
      }
      state = .chunkSize
    } else if let first = lengths.first {
      guard lengths.allSatisfy({ $0 == first }), !first.isEmpty,
        first.utf8.allSatisfy({ (0x30...0x39).contains($0) })
      else { throw malformed("an invalid Content-Length") }
      guard first.utf8.count <= 12, let length = Int(first), length <= limits.maximumBodyBytes
      else {
        throw tooLarge
      }
      body.reserveCapacity(length)
      state = .fixedBody(remaining: length)
    } else if ["POST", "PUT", "PATCH"].contains(method) {
      throw HTTPParseError(411, "a body needs Content-Length or chunked transfer encoding")
    } else {
      state = .fixedBody(remaining: 0)
    }
    if let expect = headers["expect"], expect.lowercased() != "100-continue" {
      throw HTTPParseError(417, "only Expect: 100-continue is understood")
    }
  }

  /// The request read so far, whole; resets for the next one.
  private mutating func finish() -> HTTPRequest {
    var request = pending ?? HTTPRequest(method: "GET", target: "/")
    request.body = body
    pending = nil
    body = []
    state = .head
    scanned = 0
    return request
  }

  /// One line from `start` without its line break, or `nil` until it is whole; longer than
  /// `limit` bytes is an error.
  private mutating func line(
    _ buffer: [UInt8], from start: inout Int, limit: Int, what: String
  ) throws(HTTPParseError) -> ArraySlice<UInt8>? {
    var i = start + scanned
    while i < buffer.count && buffer[i] != 0x0A { i += 1 }
    guard i < buffer.count else {
      scanned = buffer.count - start
      if scanned > limit {
        throw HTTPParseError(
          what == "chunk size" ? 400 : 431, "the \(what) is longer than \(limit) bytes")
      }
      return nil
    }
    guard i + 1 - start <= limit else {
      throw HTTPParseError(
        what == "chunk size" ? 400 : 431, "the \(what) is longer than \(limit) bytes")
    }
    var line = buffer[start..<i]
    if line.last == 0x0D { line = line.dropLast() }
    start = i + 1
    scanned = 0
    return line
  }

  /// The size of a chunk-size line: hexadecimal digits, optional extensions after `;`.
  private func chunkSize(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> Int {
    var digits = line.prefix { $0 != UInt8(ascii: ";") }
    while let byte = digits.last, byte == 0x20 || byte == 0x09 { digits = digits.dropLast() }
    guard !digits.isEmpty else { throw malformed("a chunk without a size") }
    var size = 0
    for byte in digits {
      guard let value = FormDecoding.hexValue(byte) else {
        throw malformed("an invalid chunk size")
      }
      guard size <= (Int.max >> 4) else { throw tooLarge }
      size = size << 4 | Int(value)
    }
    return size
  }

  /// Whether `byte` may appear in a token (a method or a header name), as RFC 9110 defines it.
  static func isTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    default:
      return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
    }
  }
}
