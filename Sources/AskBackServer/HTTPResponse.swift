import AskBack

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An answer: status, header fields and a body, whole or streamed.
///
/// The server adds the framing (`Content-Length` or `Transfer-Encoding: chunked`),
/// `Connection`, `Date` and the configured fields such as the Content-Security-Policy.
public struct HTTPResponse: Sendable {
  /// What follows the head.
  public enum Body: Sendable {
    /// A body known whole, sent with `Content-Length`.
    case bytes([UInt8])
    /// A body of `count` parts, `make(i)` giving part `i`; parts are made on the worker pool a
    /// few at a time and sent in order, with chunked transfer encoding, as soon as each is
    /// ready, so memory stays bounded whatever `count` is.
    case parts(count: Int, make: @Sendable (Int) -> [UInt8])
  }

  public var status: Int
  public var headers: [(name: String, value: String)]
  public var body: Body

  public init(status: Int = 200, headers: [(name: String, value: String)] = [], body: Body) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// A whole body of `text`, UTF-8, of media type `contentType`.
  public init(status: Int = 200, contentType: String, text: String) {
    self.init(
      status: status, headers: [("Content-Type", contentType)], body: .bytes(Array(text.utf8)))
  }

  /// A JSON body: `text` is already JSON.
  public static func json(_ text: String, status: Int = 200) -> HTTPResponse {
    HTTPResponse(status: status, contentType: "application/json", text: text)
  }

  /// `{"error": message}` with `status`.
  public static func error(_ status: Int, _ message: String) -> HTTPResponse {
    json(#"{"error":"# + JSONText.quoted(message) + "}\n", status: status)
  }

  /// The first value of header `name` (compared without case).
  public func header(_ name: String) -> String? {
    let lower = name.lowercased()
    return headers.first { $0.name.lowercased() == lower }?.value
  }

  /// Sets header `name` to `value`, replacing any value it had.
  public mutating func setHeader(_ name: String, _ value: String) {
    let lower = name.lowercased()
    headers.removeAll { $0.name.lowercased() == lower }
    headers.append((name, value))
  }

  /// The status line and header fields, ending with the blank line.
  func head(adding extra: [(name: String, value: String)]) -> [UInt8] {
    var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
    for (name, value) in headers + extra {
      text += name + ": " + value + "\r\n"
    }
    text += "\r\n"
    return Array(text.utf8)
  }

  /// The reason phrase of `status`.
  public static func reason(_ status: Int) -> String {
    switch status {
    case 100: return "Continue"
    case 200: return "OK"
    case 204: return "No Content"
    case 400: return "Bad Request"
    case 404: return "Not Found"
    case 405: return "Method Not Allowed"
    case 406: return "Not Acceptable"
    case 408: return "Request Timeout"
    case 411: return "Length Required"
    case 413: return "Content Too Large"
    case 415: return "Unsupported Media Type"
    case 417: return "Expectation Failed"
    case 431: return "Request Header Fields Too Large"
    case 500: return "Internal Server Error"
    case 501: return "Not Implemented"
    case 503: return "Service Unavailable"
    case 505: return "HTTP Version Not Supported"
    default: return "Status \(status)"
    }
  }
}

/// JSON string quoting, for the error bodies the HTTP layer writes itself.
public enum JSONText {
  /// `text` as a JSON string literal, quotes included.
  public static func quoted(_ text: String) -> String {
    var out = ""
    JSONWriter.appendQuoted(text, to: &out)
    return out
  }
}

/// The `Date` header's format (RFC 9110's IMF-fixdate).
enum HTTPDate {
  private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// The current time, such as `Sun, 06 Nov 1994 08:49:37 GMT`.
  static func now() -> String {
    var seconds = time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let day = days[Int(parts.tm_wday) % 7]
    let month = months[Int(parts.tm_mon) % 12]
    return
      "\(day), \(two(parts.tm_mday)) \(month) \(1900 + parts.tm_year) \(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
  }
}
