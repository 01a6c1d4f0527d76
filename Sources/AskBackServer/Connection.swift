#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One client connection, served on its own thread from accept to close.
///
/// It reads with `poll(2)` and a deadline, never blocking past it: the idle timeout while no
/// request has begun, then the read timeout counted from a request's first byte, so a request
/// that trickles in one byte a second gets 408 when its time is up whatever it sends. Requests
/// are answered one at a time in the order they came, which keeps pipelined answers in order;
/// the answer is computed on the worker pool and written here, with the idle timeout as the
/// limit for a client that stops reading.
///
/// A request that ends early (the client closes its side mid-request) gets 400; one that
/// stalls gets 408; either way the connection closes after the answer.
final class Connection {
  private let fd: Int32
  private let server: HTTPServer
  private var parser: HTTPParser
  private var buffer: [UInt8] = []
  private var start = 0
  private var scratch = [UInt8](repeating: 0, count: 64 << 10)
  private var requestStarted: ContinuousClock.Instant?
  private var lastActivity = ContinuousClock.now
  private var sentContinue = false

  init(fd: Int32, server: HTTPServer) {
    self.fd = fd
    self.server = server
    parser = HTTPParser(limits: server.configuration.limits)
  }

  /// Serves requests until the connection closes; closes the socket.
  func run() {
    guard serveRequests() else {
      Socket.close(fd)
      return
    }
    lingeringClose(fd, timeout: server.configuration.lingerTimeout)
  }

  /// Serves requests; returns true when the socket should be closed gracefully (after an
  /// answer), false when it can simply be closed.
  private func serveRequests() -> Bool {
    let configuration = server.configuration
    while true {
      let step: HTTPParser.Step
      do {
        step = try parser.parse(buffer, from: &start)
      } catch {
        _ = write(server.finish(.error(error.status, error.message), for: nil, keepAlive: false))
        return true
      }
      compact()
      if case .request(let request) = step {
        guard let keptAlive = serve(request) else { return false }
        guard keptAlive else { return true }
        requestStarted = nil
        sentContinue = false
        lastActivity = .now
        continue
      }
      if parser.awaitsContinue && !sentContinue {
        sentContinue = true
        guard writeAll(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return false }
      }
      let midRequest = parser.isMidRequest || start < buffer.count
      if !midRequest {
        requestStarted = nil
      } else if requestStarted == nil {
        requestStarted = .now
      }
      if !midRequest && server.isStopping { return false }
      let deadline =
        midRequest
        ? (requestStarted ?? .now) + configuration.readTimeout
        : lastActivity + configuration.idleTimeout
      let remaining = deadline - .now
      guard remaining > .zero else {
        guard midRequest else { return false }
        let seconds = configuration.readTimeout.components.seconds
        let message = "the request did not arrive whole within \(max(seconds, 1)) s"
        _ = write(server.finish(.error(408, message), for: nil, keepAlive: false))
        return true
      }
      let (ready, woken) = Socket.wait(
        fd, for: Int16(POLLIN), orWake: midRequest ? nil : server.wakeDescriptor,
        milliseconds: milliseconds(remaining))
      if woken { return false }
      guard ready else { continue }
      let result = scratch.withUnsafeMutableBytes { Socket.read(fd, into: $0) }
      switch result {
      case .bytes(let count):
        buffer.append(contentsOf: scratch[0..<count])
        if requestStarted == nil { requestStarted = .now }
      case .wouldBlock:
        continue
      case .endOfStream:
        guard midRequest else { return false }
        let message = "the connection closed before the request was whole"
        _ = write(server.finish(.error(400, message), for: nil, keepAlive: false))
        return true
      case .failed:
        return false
      }
    }
  }

  /// Drops the consumed bytes from the buffer once they are many or all.
  private func compact() {
    if start == buffer.count {
      buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
      start = 0
    } else if start >= 64 << 10 {
      buffer.removeFirst(start)
      start = 0
    }
  }

  /// Answers one request: whether the connection stays open, or `nil` when it failed.
  ///
  /// It closes after the answer when the client asked, when the server is stopping, and for a
  /// streamed answer to HTTP/1.0, which has no chunked encoding: the end of the stream ends it.
  private func serve(_ request: HTTPRequest) -> Bool? {
    let handler = server.handler
    let response =
      server.preflight(request) ?? server.pool.run { handler.respond(to: request) }
    var keepAlive = request.keepAlive && !server.isStopping
    if case .parts = response.body, request.minorVersion == 0 { keepAlive = false }
    let finished = server.finish(response, for: request, keepAlive: keepAlive)
    let ok: Bool
    if request.method == "HEAD", case .bytes(let body) = finished.body {
      ok = writeAll(finished.head(adding: [("Content-Length", String(body.count))]))
    } else if request.method == "HEAD" {
      ok = writeAll(finished.head(adding: []))
    } else {
      ok = write(finished, chunked: request.minorVersion >= 1)
    }
    return ok ? keepAlive : nil
  }

  /// Writes a finished response (see ``HTTPServer/finish(_:for:keepAlive:)``); false when the
  /// connection failed.
  private func write(_ response: HTTPResponse, chunked: Bool = true) -> Bool {
    switch response.body {
    case .bytes(let body):
      var bytes = response.head(
        adding: response.status == 204 ? [] : [("Content-Length", String(body.count))])
      bytes.append(contentsOf: body)
      return writeAll(bytes)
    case .parts(let count, let make):
      let framing = chunked ? [("Transfer-Encoding", "chunked")] : []
      guard writeAll(response.head(adding: framing)) else { return false }
      return writeParts(count: count, make: make, chunked: chunked)
    }
  }

  /// Makes parts on the pool, a window of them at a time, and writes them in order as each is
  /// ready: one chunk for the parts that are ready together.
  private func writeParts(
    count: Int, make: @escaping @Sendable (Int) -> [UInt8], chunked: Bool
  )
    -> Bool
  {
    let pool = server.pool
    let window = max(4, 2 * pool.threadCount)
    var inFlight: [Completion<[UInt8]>] = []
    var first = 0
    var submitted = 0
    var next = 0
    var chunk: [UInt8] = []
    while next < count {
      while submitted < count && submitted - next < window {
        let completion = Completion<[UInt8]>()
        let index = submitted
        pool.submit { completion.fulfil(make(index)) }
        inFlight.append(completion)
        submitted += 1
      }
      chunk.append(contentsOf: inFlight[next - first].wait())
      next += 1
      if next - first >= 64 {
        inFlight.removeFirst(next - first)
        first = next
      }
      let nextReady = next < count && next < submitted && inFlight[next - first].isReady
      if next == count || !nextReady || chunk.count >= 64 << 10 {
        guard chunk.isEmpty || writeAll(frame(chunk, chunked: chunked)) else { return false }
        chunk.removeAll(keepingCapacity: true)
      }
    }
    return !chunked || writeAll(Array("0\r\n\r\n".utf8))
  }

  /// `bytes` as one chunk of chunked transfer encoding, or as they are.
  private func frame(_ bytes: [UInt8], chunked: Bool) -> [UInt8] {
    guard chunked else { return bytes }
    var out = Array((String(bytes.count, radix: 16) + "\r\n").utf8)
    out.reserveCapacity(out.count + bytes.count + 2)
    out.append(contentsOf: bytes)
    out.append(contentsOf: [0x0D, 0x0A])
    return out
  }

  /// Writes all of `bytes`, waiting for the socket while the client reads, at most the idle
  /// timeout without progress; false when the connection failed or the client stopped reading.
  private func writeAll(_ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        Socket.write(fd, UnsafeRawBufferPointer(rebasing: raw[offset...]))
      }
      guard let written else { return false }
      if written == 0 {
        let wait = Socket.wait(
          fd, for: Int16(POLLOUT), orWake: nil,
          milliseconds: milliseconds(server.configuration.idleTimeout))
        guard wait.ready else { return false }
      }
      offset += written
    }
    return true
  }
}

/// Stops sending, reads and drops what the client still sends (for at most `timeout` or
/// 16 MiB), then closes: closing with unread bytes would reset the connection and could
/// destroy the answer before the client reads it.
func lingeringClose(_ fd: Int32, timeout: Duration) {
  Socket.shutdownWrite(fd)
  let deadline = ContinuousClock.now + timeout
  var scratch = [UInt8](repeating: 0, count: 16 << 10)
  var dropped = 0
  while dropped < 16 << 20 {
    let remaining = deadline - .now
    guard remaining > .zero else { break }
    let wait = Socket.wait(
      fd, for: Int16(POLLIN), orWake: nil, milliseconds: milliseconds(remaining))
    guard wait.ready else { break }
    let result = scratch.withUnsafeMutableBytes { Socket.read(fd, into: $0) }
    guard case .bytes(let count) = result else {
      if result == .wouldBlock { continue }
      break
    }
    dropped += count
  }
  Socket.close(fd)
}

/// `duration` in whole milliseconds for `poll(2)`, rounded up, at least 1.
func milliseconds(_ duration: Duration) -> Int32 {
  let (seconds, attoseconds) = duration.components
  let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
  return Int32(clamping: max(1, total))
}
