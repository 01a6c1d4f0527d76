import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a server listens, what it allows and how long it waits.
public struct ServerConfiguration: Sendable {
  public var host = "127.0.0.1"
  /// The port; 0 picks a free one (read it back from ``HTTPServer/port``).
  public var port = 8080
  /// The worker threads that compute answers.
  public var threads = ProcessInfo.processInfo.activeProcessorCount
  /// The most connections open at once; one more is answered 503 and closed.
  public var maximumConnections = 256
  /// How long a request may take to arrive whole, from its first byte.
  public var readTimeout: Duration = .seconds(10)
  /// How long a connection may sit with no request (and a client may stop reading an answer).
  public var idleTimeout: Duration = .seconds(30)
  /// How long to drain what a client still sends before closing after an error.
  public var lingerTimeout: Duration = .seconds(2)
  public var limits = HTTPLimits()
  /// The one origin allowed to call from a browser (CORS); `nil` sends no CORS headers.
  public var allowOrigin: String?
  /// Header fields added to every response.
  public var responseHeaders: [(name: String, value: String)] = ServerConfiguration.securityHeaders

  /// A strict Content-Security-Policy (scripts and styles from this server only, no inline
  /// code, no framing, forms posted here only) and the headers that go with it.
  public static let securityHeaders: [(name: String, value: String)] = [
    (
      "Content-Security-Policy",
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
  ]

  public init() {}
}

/// An HTTP/1.1 server on the platform's sockets.
///
/// **Threads.** One thread accepts; each connection then has a thread of its own (with a small
/// stack) that reads, parses and writes with nonblocking sockets and `poll(2)` deadlines; the
/// answers are computed on a fixed ``WorkerPool`` of ``ServerConfiguration/threads`` threads.
/// A thread per connection rather than one event loop: each connection's code reads top to
/// bottom (request, answer, next request) with its own timeouts, a slow or stalled client costs
/// one sleeping thread and no CPU, and it cannot hold up anyone else, since nobody waits for
/// its bytes; the connection cap bounds the threads, and the pool bounds the CPU work to the
/// cores whatever the number of connections.
///
/// **Stopping.** ``stop()`` (or SIGINT/SIGTERM after ``stopOnSignals()``) closes the listening
/// socket and wakes idle connections, which close; requests already begun are read, answered
/// with `Connection: close`, and then ``wait()`` returns.
public final class HTTPServer: @unchecked Sendable {
  public let configuration: ServerConfiguration
  let handler: any HTTPHandler
  let pool: WorkerPool
  private let condition = NSCondition()
  private var listener: Int32 = -1
  private var wake: (read: Int32, write: Int32) = (-1, -1)
  private var openConnections = 0
  private var rejecting = 0
  private var stopping = false
  private var accepting = false
  private var signalSources: [any DispatchSourceSignal] = []
  /// The port listened on, once started.
  public private(set) var port = 0
  /// Whether the address listened on is a loopback one.
  public private(set) var isLoopback = true

  public init(configuration: ServerConfiguration, handler: any HTTPHandler) {
    self.configuration = configuration
    self.handler = handler
    pool = WorkerPool(threads: configuration.threads)
  }

  /// The read end of the pipe that wakes every waiting connection when the server stops.
  var wakeDescriptor: Int32 { wake.read }

  /// Whether the server is stopping.
  var isStopping: Bool {
    condition.lock()
    defer { condition.unlock() }
    return stopping
  }

  /// Binds, listens and starts accepting on a thread of its own.
  /// - Throws: ``SocketError`` when the address cannot be used.
  public func start() throws(SocketError) {
    let (fd, boundPort, loopback): (Int32, Int, Bool)
    do {
      wake = try Socket.makePipe()
      (fd, boundPort, loopback) = try Socket.listen(
        host: configuration.host, port: configuration.port)
    } catch {
      pool.shutdown()
      if wake.read >= 0 {
        Socket.close(wake.read)
        Socket.close(wake.write)
      }
      throw error
    }
    listener = fd
    port = boundPort
    isLoopback = loopback
    accepting = true
    let thread = Thread { [self] in acceptLoop() }
    thread.name = "askback-accept"
    thread.start()
  }

  /// Stops on SIGINT and SIGTERM.
  public func stopOnSignals() {
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [weak self] in self?.stop() }
      source.resume()
      signalSources.append(source)
    }
  }

  /// Stops accepting and wakes the idle connections; in-flight requests are finished.
  public func stop() {
    condition.lock()
    let first = !stopping
    stopping = true
    condition.broadcast()
    condition.unlock()
    if first && wake.write >= 0 {
      var byte: UInt8 = 1
      _ = write(wake.write, &byte, 1)
    }
  }

  /// Waits until the server has stopped and every connection is closed; then releases the
  /// threads and descriptors.
  public func wait() {
    condition.lock()
    while accepting || openConnections > 0 || rejecting > 0 { condition.wait() }
    condition.unlock()
    pool.shutdown()
    for source in signalSources { source.cancel() }
    Socket.close(wake.read)
    Socket.close(wake.write)
  }

  private func acceptLoop() {
    while !isStopping {
      let (ready, woken) = Socket.wait(
        listener, for: Int16(POLLIN), orWake: wake.read, milliseconds: -1)
      if woken { break }
      guard ready else { continue }
      while let fd = Socket.accept(listener) { admit(fd) }
    }
    Socket.close(listener)
    condition.lock()
    accepting = false
    condition.broadcast()
    condition.unlock()
  }

  /// Starts a connection's thread, or answers 503 when the cap is reached.
  private func admit(_ fd: Int32) {
    condition.lock()
    let full = openConnections >= configuration.maximumConnections
    if full { rejecting += 1 } else { openConnections += 1 }
    let rejectingNow = rejecting
    condition.unlock()
    let thread: Thread
    if full {
      // Answer at once; the request is read and dropped while closing, so the answer survives.
      let response = finish(
        .error(503, "too many connections; try again shortly"), for: nil, keepAlive: false)
      guard case .bytes(let body) = response.body else { return }
      var bytes = response.head(adding: [
        ("Content-Length", String(body.count)), ("Retry-After", "1"),
      ])
      bytes.append(contentsOf: body)
      _ = bytes.withUnsafeBytes { Socket.write(fd, $0) }
      guard rejectingNow <= 64 else {
        Socket.close(fd)
        release(rejected: true)
        return
      }
      let linger = min(configuration.lingerTimeout, .seconds(1))
      thread = Thread { [self] in
        lingeringClose(fd, timeout: linger)
        release(rejected: true)
      }
    } else {
      thread = Thread { [self] in
        Connection(fd: fd, server: self).run()
        release(rejected: false)
      }
    }
    thread.stackSize = 512 << 10
    thread.start()
  }

  private func release(rejected: Bool) {
    condition.lock()
    if rejected { rejecting -= 1 } else { openConnections -= 1 }
    condition.broadcast()
    condition.unlock()
  }

  /// The answer to a CORS preflight or an `OPTIONS` request, or `nil` for other requests.
  func preflight(_ request: HTTPRequest) -> HTTPResponse? {
    guard request.method == "OPTIONS" else { return nil }
    let allowed =
      request.path == "*"
      ? ["GET", "HEAD", "POST", "OPTIONS"] : handler.allowedMethods(forPath: request.path)
    guard let allowed else { return .error(404, "no such path: \(request.path)") }
    var response = HTTPResponse(
      status: 204, headers: [("Allow", allowed.joined(separator: ", "))], body: .bytes([]))
    if let origin = configuration.allowOrigin, request.headers["origin"] == origin,
      request.headers["access-control-request-method"] != nil
    {
      response.headers += [
        ("Access-Control-Allow-Methods", allowed.joined(separator: ", ")),
        ("Access-Control-Allow-Headers", "Content-Type"),
        ("Access-Control-Max-Age", "600"),
      ]
    }
    return response
  }

  /// `response` with the fields every answer carries: `Connection`, `Date`, the configured
  /// headers the response does not set itself and, for the allowed origin,
  /// `Access-Control-Allow-Origin`.
  func finish(_ response: HTTPResponse, for request: HTTPRequest?, keepAlive: Bool) -> HTTPResponse
  {
    var response = response
    if !keepAlive {
      response.headers.append(("Connection", "close"))
    } else if request?.minorVersion == 0 {
      response.headers.append(("Connection", "keep-alive"))
    }
    response.headers.append(("Date", HTTPDate.now()))
    // A route's own field, such as the prep sheet's Content-Security-Policy, wins.
    response.headers += configuration.responseHeaders.filter { response.header($0.name) == nil }
    if let origin = configuration.allowOrigin {
      response.headers.append(("Vary", "Origin"))
      if request?.headers["origin"] == origin {
        response.headers.append(("Access-Control-Allow-Origin", origin))
      }
    }
    return response
  }
}
