#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failure of the platform's sockets, with the call that failed and its reason.
public struct SocketError: Error, CustomStringConvertible, Sendable {
  public var description: String

  init(_ call: String, host: String? = nil) {
    let reason = String(cString: strerror(errno))
    description = host.map { "\(call) \($0): \(reason)" } ?? "\(call): \(reason)"
  }

  init(message: String) { description = message }
}

/// Thin wrappers over the platform's socket calls (Glibc or Darwin), for one
/// file descriptor at a time.
///
/// Every socket the server uses is nonblocking; waiting is done with `poll(2)`
/// and a deadline, so no call can block a thread for longer than its caller allows.
enum Socket {
  /// `SOCK_STREAM` as the platform spells it.
  static var streamType: Int32 {
    #if canImport(Glibc)
      Int32(SOCK_STREAM.rawValue)
    #else
      SOCK_STREAM
    #endif
  }

  /// What one nonblocking read gave.
  enum ReadResult: Equatable {
    case bytes(Int)
    case wouldBlock
    case endOfStream
    case failed
  }

  /// Opens a listening TCP socket on `host` and `port` (0 picks a free port).
  ///
  /// - Returns: the descriptor, the port it is bound to and whether the address is a loopback one.
  static func listen(
    host: String, port: Int, backlog: Int32 = 511
  ) throws(SocketError) -> (fd: Int32, port: Int, isLoopback: Bool) {
    var hints = addrinfo()
    hints.ai_family = AF_UNSPEC
    hints.ai_socktype = streamType
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
    var list: UnsafeMutablePointer<addrinfo>?
    let status = getaddrinfo(host, String(port), &hints, &list)
    guard status == 0, let first = list else {
      throw SocketError(
        message: "cannot resolve '\(host)': \(String(cString: gai_strerror(status)))")
    }
    defer { freeaddrinfo(list) }
    var lastError = SocketError(message: "no address for '\(host)'")
    var entry: UnsafeMutablePointer<addrinfo>? = first
    while let info = entry {
      entry = info.pointee.ai_next
      let fd = socket(info.pointee.ai_family, streamType, 0)
      guard fd >= 0 else {
        lastError = SocketError("socket")
        continue
      }
      var one: Int32 = 1
      _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
      guard bind(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
        lastError = SocketError("cannot listen on", host: "\(host):\(port)")
        close(fd)
        continue
      }
      guard systemListen(fd, backlog) == 0, setNonBlocking(fd) else {
        lastError = SocketError("listen")
        close(fd)
        continue
      }
      let (boundPort, loopback) = localAddress(fd)
      return (fd, boundPort, loopback)
    }
    throw lastError
  }

  /// The port a socket is bound to and whether its address is a loopback one.
  static func localAddress(_ fd: Int32) -> (port: Int, isLoopback: Bool) {
    var storage = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    let ok = withUnsafeMutablePointer(to: &storage) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) == 0 }
    }
    guard ok else { return (0, false) }
    return withUnsafeBytes(of: storage) { raw in
      if Int32(storage.ss_family) == AF_INET {
        let address = raw.load(as: sockaddr_in.self)
        let port = Int(UInt16(bigEndian: address.sin_port))
        return (port, isLoopback(ipv4: withUnsafeBytes(of: address.sin_addr) { Array($0) }))
      }
      let address = raw.load(as: sockaddr_in6.self)
      let port = Int(UInt16(bigEndian: address.sin6_port))
      return (port, isLoopback(ipv6: withUnsafeBytes(of: address.sin6_addr) { Array($0) }))
    }
  }

  /// Whether an IPv4 address (4 bytes, network order) is in 127.0.0.0/8.
  static func isLoopback(ipv4 bytes: [UInt8]) -> Bool { bytes.first == 127 }

  /// Whether an IPv6 address (16 bytes) is `::1` or an IPv4-mapped loopback address.
  static func isLoopback(ipv6 bytes: [UInt8]) -> Bool {
    guard bytes.count == 16 else { return false }
    if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] == 1 { return true }
    let mapped = bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF
    return mapped && bytes[12] == 127
  }

  /// Accepts one pending connection, made nonblocking; `nil` when none is waiting.
  static func accept(_ listener: Int32) -> Int32? {
    while true {
      let fd = systemAccept(listener, nil, nil)
      if fd >= 0 {
        guard setNonBlocking(fd) else {
          close(fd)
          return nil
        }
        var one: Int32 = 1
        _ = setsockopt(
          fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        #if canImport(Darwin)
          _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        return fd
      }
      if errno == EINTR || errno == ECONNABORTED { continue }
      return nil
    }
  }

  /// Sets `O_NONBLOCK` and close-on-exec on `fd`.
  static func setNonBlocking(_ fd: Int32) -> Bool {
    let flags = fcntl(fd, F_GETFL, 0)
    guard flags >= 0, fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 else { return false }
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    return true
  }

  /// Reads what is available into `buffer`, without waiting.
  static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> ReadResult {
    while true {
      let count = recv(fd, buffer.baseAddress, buffer.count, 0)
      if count > 0 { return .bytes(count) }
      if count == 0 { return .endOfStream }
      if errno == EINTR { continue }
      if errno == EAGAIN || errno == EWOULDBLOCK { return .wouldBlock }
      return .failed
    }
  }

  /// Writes as much of `bytes` as the socket takes now; the count, 0 when it would block, or
  /// `nil` when the connection failed.
  static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int? {
    #if canImport(Darwin)
      let flags: Int32 = 0
    #else
      let flags = Int32(MSG_NOSIGNAL)
    #endif
    while true {
      let count = send(fd, bytes.baseAddress, bytes.count, flags)
      if count >= 0 { return count }
      if errno == EINTR { continue }
      if errno == EAGAIN || errno == EWOULDBLOCK { return 0 }
      return nil
    }
  }

  /// Waits until `fd` is ready for `events` (or `wake` is readable), for at most `milliseconds`
  /// (-1: no limit).
  ///
  /// - Returns: whether `fd` is ready and whether `wake` fired; both false on a timeout.
  static func wait(
    _ fd: Int32, for events: Int16, orWake wake: Int32?, milliseconds: Int32
  ) -> (ready: Bool, woken: Bool) {
    var fds = [pollfd(fd: fd, events: events, revents: 0)]
    if let wake { fds.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0)) }
    while true {
      let count = poll(&fds, nfds_t(fds.count), milliseconds)
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return (false, false) }
      let ready = fds[0].revents != 0
      let woken = fds.count > 1 && fds[1].revents != 0
      return (ready, woken)
    }
  }

  /// Stops sending on `fd` (the peer reads an end of stream) while it can still receive.
  static func shutdownWrite(_ fd: Int32) {
    _ = shutdown(fd, Int32(SHUT_WR))
  }

  /// Closes `fd`.
  static func close(_ fd: Int32) {
    _ = systemClose(fd)
  }

  /// A pipe whose read end wakes every `poll(2)` that watches it once anything is written.
  static func makePipe() throws(SocketError) -> (read: Int32, write: Int32) {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { throw SocketError("pipe") }
    _ = setNonBlocking(fds[0])
    _ = setNonBlocking(fds[1])
    return (fds[0], fds[1])
  }
}

/// `listen(2)`, named apart from ``Socket/listen(host:port:backlog:)``.
private func systemListen(_ fd: Int32, _ backlog: Int32) -> Int32 { listen(fd, backlog) }

/// `accept(2)`, named apart from ``Socket/accept(_:)``.
private func systemAccept(
  _ fd: Int32, _ address: UnsafeMutablePointer<sockaddr>?,
  _ length: UnsafeMutablePointer<socklen_t>?
) -> Int32 {
  accept(fd, address, length)
}

/// `close(2)`, named apart from ``Socket/close(_:)``.
private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
