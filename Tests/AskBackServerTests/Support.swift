import AskBack
import Foundation
import Testing

@testable import AskBackServer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Paths found through `#filePath`, so tests need no bundle resources.
enum Paths {
  static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let corpus = package.appending(path: "Corpus")
  static let examples = package.appending(path: "Examples")

  /// The folder of the built products: the test binary's folder or one above it.
  static let products: URL = {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appending(path: "askback").path) { return url }
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  }()
}

/// The recommender of the package's corpus, built once for all tests.
enum Shared {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var cached: Recommender?

  static func recommender() throws -> Recommender {
    lock.lock()
    defer { lock.unlock() }
    if let cached { return cached }
    let made = Recommender(corpus: try CorpusLoader.load(directory: Paths.corpus.path))
    cached = made
    return made
  }

  static func example(_ name: String) throws -> String {
    try String(contentsOf: Paths.examples.appending(path: name), encoding: .utf8)
  }
}

/// A server on an ephemeral loopback port with short timeouts, stopped by ``stop()``.
final class TestServer {
  let server: HTTPServer
  var port: Int { server.port }

  init(_ adjust: (inout ServerConfiguration) -> Void = { _ in }) throws {
    var configuration = ServerConfiguration()
    configuration.port = 0
    configuration.threads = 2
    configuration.readTimeout = .seconds(1)
    configuration.idleTimeout = .seconds(3)
    configuration.lingerTimeout = .milliseconds(300)
    adjust(&configuration)
    let service = AskBackService(recommender: try Shared.recommender(), version: "test")
    server = HTTPServer(configuration: configuration, handler: service.router)
    try server.start()
  }

  func stop() {
    server.stop()
    server.wait()
  }

  /// Runs `body` with a started server and stops it afterwards.
  static func with(
    _ adjust: (inout ServerConfiguration) -> Void = { _ in }, _ body: (TestServer) throws -> Void
  ) throws {
    let server = try TestServer(adjust)
    defer { server.stop() }
    try body(server)
  }
}

/// A parsed response.
struct Reply {
  var status: Int
  var headers: [(String, String)]
  var body: [UInt8]
  /// Whether the body came with chunked transfer encoding.
  var chunked = false

  func header(_ name: String) -> String? {
    headers.first { $0.0.lowercased() == name.lowercased() }?.1
  }

  var text: String { String(decoding: body, as: UTF8.self) }
}

struct ClientError: Error, CustomStringConvertible {
  var description: String
}

/// A blocking TCP client on the loopback address that speaks raw bytes.
final class RawClient: @unchecked Sendable {
  let fd: Int32
  private var buffer: [UInt8] = []

  init(port: Int, timeout: Int = 10) throws {
    fd = socket(AF_INET, Socket.streamType, 0)
    guard fd >= 0 else { throw ClientError(description: "socket failed") }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = UInt16(port).bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(fd)
      throw ClientError(description: "connect failed")
    }
    var limit = timeval(tv_sec: timeout, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
  }

  deinit { close(fd) }

  func send(_ text: String) throws { try send(Array(text.utf8)) }

  func send(_ bytes: [UInt8]) throws {
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeBytes { raw in
        systemSend(fd, UnsafeRawBufferPointer(rebasing: raw[offset...]))
      }
      guard count > 0 else { throw ClientError(description: "send failed") }
      offset += count
    }
  }

  /// Closes the sending side: the server reads an end of stream.
  func finishSending() { shutdown(fd, Int32(SHUT_WR)) }

  /// Reads more bytes; false at the end of the stream or on a timeout.
  private func fill() -> Bool {
    var chunk = [UInt8](repeating: 0, count: 65536)
    let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return false }
    buffer.append(contentsOf: chunk[0..<count])
    return true
  }

  private func line() throws -> String {
    while true {
      if let index = buffer.firstIndex(of: 0x0A) {
        var line = Array(buffer[..<index])
        buffer.removeFirst(index + 1)
        if line.last == 0x0D { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
      }
      guard fill() else { throw ClientError(description: "the connection ended mid-line") }
    }
  }

  private func bytes(_ count: Int) throws -> [UInt8] {
    while buffer.count < count {
      guard fill() else { throw ClientError(description: "the connection ended mid-body") }
    }
    let out = Array(buffer[..<count])
    buffer.removeFirst(count)
    return out
  }

  /// Reads one response; `head` for a response to HEAD (no body).
  func read(head: Bool = false) throws -> Reply {
    let statusLine = try line()
    let parts = statusLine.split(separator: " ", maxSplits: 2)
    guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]) else {
      throw ClientError(description: "bad status line '\(statusLine)'")
    }
    var headers: [(String, String)] = []
    while true {
      let field = try line()
      if field.isEmpty { break }
      guard let colon = field.firstIndex(of: ":") else { continue }
      headers.append(
        (
          String(field[..<colon]),
          field[field.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        ))
    }
    var reply = Reply(status: status, headers: headers, body: [])
    if status == 100 { return reply }
    if head { return reply }
    if reply.header("transfer-encoding")?.lowercased() == "chunked" {
      reply.chunked = true
      while true {
        let sizeLine = try line()
        guard let size = Int(sizeLine.split(separator: ";")[0], radix: 16) else {
          throw ClientError(description: "bad chunk size '\(sizeLine)'")
        }
        if size == 0 {
          while try !line().isEmpty {}
          break
        }
        reply.body += try bytes(size)
        _ = try line()
      }
    } else if let length = reply.header("content-length").flatMap(Int.init) {
      reply.body = try bytes(length)
    } else {
      while fill() {}
      reply.body = buffer
      buffer = []
    }
    return reply
  }

  /// Whether bytes from the server are waiting to be read, without waiting for any.
  func hasPendingData() -> Bool {
    guard buffer.isEmpty else { return true }
    var byte: UInt8 = 0
    return recv(fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) > 0
  }

  /// Whether the server closed the connection: reads until the end of the stream, at most
  /// `seconds`.
  func isClosedByServer() -> Bool {
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if count == 0 { return true }
      if count < 0 { return errno == ECONNRESET }
    }
  }
}

/// One whole request's bytes.
func request(
  _ method: String, _ target: String, headers: [String] = [], body: String? = nil,
  contentType: String? = nil
) -> String {
  var text = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\n"
  if let contentType { text += "Content-Type: \(contentType)\r\n" }
  if let body { text += "Content-Length: \(body.utf8.count)\r\n" }
  for header in headers { text += header + "\r\n" }
  return text + "\r\n" + (body ?? "")
}

/// A JSON object with one string member `text` and the extra members given as JSON.
func jsonBody(text: String, extra: String = "") -> String {
  #"{"text":"# + JSONText.quoted(text) + (extra.isEmpty ? "" : "," + extra) + "}"
}

/// Sends one request on a new connection and reads the answer.
func exchange(_ port: Int, _ text: String, head: Bool = false) throws -> Reply {
  let client = try RawClient(port: port)
  try client.send(text)
  return try client.read(head: head)
}

/// `send(2)` without SIGPIPE.
private func systemSend(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
  #if canImport(Darwin)
    return send(fd, bytes.baseAddress, bytes.count, 0)
  #else
    return send(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
  #endif
}
