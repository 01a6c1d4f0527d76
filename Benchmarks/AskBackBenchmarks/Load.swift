import AskBack
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `askback-bench load`: a bounded HTTP load on a server on this machine's loopback address.
///
///     askback-bench load --port N [--requests 20000] [--connections 64] [--path /v1/recommend]
///       [--postings FILE] [--check exact|nonempty] [--corpus DIR] [--server-pid PID]
///       [--label NAME] [--max-seconds 600]
///
/// Each connection is a thread with one keep-alive socket that sends
/// `{"text": posting, "top": 10}` and reads the whole answer, again and again, until the run
/// has sent `--requests` requests (or `--max-seconds` have passed); postings go round in order.
/// `--check exact` compares every answer with the library's JSON for that posting (computed here
/// from `--corpus`, default the package's `Corpus/`), `nonempty` only asks for status 200 and a
/// non-empty `questions` array. The last line is JSON: requests per second, p50 and p99
/// latency, failures, and the server's resident memory before and after (`--server-pid`).
enum Load {
  static func run(_ options: BenchOptions) throws {
    guard let port = Int(try options.require("port")), (1...65535).contains(port) else {
      throw BenchError.usage("--port wants a port number")
    }
    let total = try options.integer("requests", default: 20_000)
    let connections = max(1, try options.integer("connections", default: 64))
    let path = options.string("path") ?? "/v1/recommend"
    let check = options.string("check") ?? "exact"
    guard ["exact", "nonempty"].contains(check) else {
      throw BenchError.usage("--check is exact or nonempty")
    }
    let maxSeconds = Double(try options.integer("max-seconds", default: 600))
    let postings = try Micro.loadPostings(options.string("postings"))
    guard !postings.isEmpty else { throw BenchError(description: "no postings to send") }
    var answers: [[UInt8]] = []
    if check == "exact" {
      let folder = options.string("corpus") ?? Micro.packageRoot.appending(path: "Corpus").path
      let recommender = Recommender(corpus: try CorpusLoader.load(directory: folder))
      answers = postings.map {
        Array(
          (JSONWriter.string(RecommendationFormatter.json(recommender.recommend($0))) + "\n").utf8)
      }
    }
    let expected = answers
    let requests = postings.map { posting -> [UInt8] in
      let body = JSONWriter.string(.object([("text", .string(posting)), ("top", .number(10))]))
      let head =
        "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/json\r\n"
        + "Content-Length: \(body.utf8.count)\r\n\r\n"
      return Array((head + body).utf8)
    }
    let pid = options.string("server-pid").flatMap { Int32($0) }
    let rssBefore = pid.flatMap(residentMiB)
    let state = LoadState(total: total)
    let started = ContinuousClock.now
    let deadline = started + .seconds(maxSeconds)
    let group = DispatchGroup()
    for _ in 0..<connections {
      group.enter()
      let thread = Thread {
        runConnection(
          port: port, requests: requests, expected: expected, state: state, deadline: deadline)
        group.leave()
      }
      thread.stackSize = 1 << 20
      thread.start()
    }
    group.wait()
    let seconds = seconds(since: started)
    let rssAfter = pid.flatMap(residentMiB)
    let latencies = state.latencies.sorted()
    func percentile(_ p: Double) -> Double {
      guard !latencies.isEmpty else { return 0 }
      return latencies[min(latencies.count - 1, Int((Double(latencies.count) * p).rounded(.down)))]
    }
    let result = JSONValue.object([
      ("label", .string(options.string("label") ?? "server")),
      ("path", .string(path)),
      ("requests", .number(Double(latencies.count))),
      ("connections", .number(Double(connections))),
      ("postings", .number(Double(postings.count))),
      ("check", .string(check)),
      ("failures", .number(Double(state.failures))),
      ("first_failure", state.firstFailure.map(JSONValue.string) ?? .null),
      ("seconds", .number(seconds)),
      ("requests_per_s", .number(Double(latencies.count) / max(seconds, 1e-9))),
      ("p50_ms", .number(percentile(0.50))),
      ("p99_ms", .number(percentile(0.99))),
      ("max_ms", .number(latencies.last ?? 0)),
      ("rss_before_mib", rssBefore.map(JSONValue.number) ?? .null),
      ("rss_after_mib", rssAfter.map(JSONValue.number) ?? .null),
    ])
    print(JSONWriter.string(result, decimals: 3))
    if state.failures > 0 || latencies.count < total {
      throw BenchError(
        description: "\(state.failures) failed answers, \(latencies.count) of \(total) done")
    }
  }

  /// One keep-alive connection's loop.
  static func runConnection(
    port: Int, requests: [[UInt8]], expected: [[UInt8]], state: LoadState,
    deadline: ContinuousClock.Instant
  ) {
    var client: HTTPClient?
    var latencies: [Double] = []
    defer { state.add(latencies) }
    while let index = state.next(), ContinuousClock.now < deadline {
      let posting = index % requests.count
      if client == nil { client = HTTPClient(port: port) }
      guard let connection = client else {
        state.fail("cannot connect")
        return
      }
      let start = ContinuousClock.now
      guard let (status, body) = connection.exchange(requests[posting]) else {
        state.fail("the connection failed")
        client = nil
        continue
      }
      latencies.append(seconds(since: start) * 1000)
      if status != 200 {
        state.fail("status \(status)")
      } else if !expected.isEmpty {
        if body != expected[posting] { state.fail("answer \(index) differs from the library's") }
      } else if !hasQuestions(body) {
        state.fail("answer \(index) has no questions")
      }
    }
  }

  /// Whether `body` is a JSON object with a non-empty `questions` array.
  static func hasQuestions(_ body: [UInt8]) -> Bool {
    let value = try? body.withUnsafeBufferPointer { buffer throws(JSONError) in
      try JSONReader.parse(buffer)
    }
    return value?["questions"]?.arrayValue?.isEmpty == false
  }

  /// The resident memory of process `pid` in MiB, from /proc (Linux).
  static func residentMiB(_ pid: Int32) -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
      let kib = line.split(separator: " ").compactMap({ Double($0) }).first
    else { return nil }
    return kib / 1024
  }

  static func seconds(since instant: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - instant
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  }
}

/// The shared count of requests handed out, latencies and failures.
final class LoadState: @unchecked Sendable {
  private let lock = NSLock()
  private let total: Int
  private var handedOut = 0
  private(set) var latencies: [Double] = []
  private(set) var failures = 0
  private(set) var firstFailure: String?

  init(total: Int) { self.total = total }

  /// The next request's number, or `nil` once all are handed out.
  func next() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard handedOut < total else { return nil }
    handedOut += 1
    return handedOut - 1
  }

  func add(_ some: [Double]) {
    lock.lock()
    latencies += some
    lock.unlock()
  }

  func fail(_ reason: String) {
    lock.lock()
    failures += 1
    if firstFailure == nil { firstFailure = reason }
    lock.unlock()
  }
}

/// A blocking HTTP/1.1 client on one keep-alive connection to 127.0.0.1.
final class HTTPClient {
  private let fd: Int32
  private var buffer: [UInt8] = []
  private var scratch = [UInt8](repeating: 0, count: 64 << 10)

  init?(port: Int) {
    #if canImport(Glibc)
      fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { return nil }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = UInt16(port).bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    var one: Int32 = 1
    setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    var limit = timeval(tv_sec: 30, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    guard connected == 0 else {
      close(fd)
      return nil
    }
  }

  deinit { close(fd) }

  /// Sends `request` and reads the answer: its status and body, or `nil` on failure.
  func exchange(_ request: [UInt8]) -> (Int, [UInt8])? {
    var offset = 0
    while offset < request.count {
      let sent = request.withUnsafeBytes { raw in
        let rest = UnsafeRawBufferPointer(rebasing: raw[offset...])
        return send(fd, rest.baseAddress, rest.count, 0)
      }
      guard sent > 0 else { return nil }
      offset += sent
    }
    guard let headEnd = find([13, 10, 13, 10]) else { return nil }
    let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
    buffer.removeFirst(headEnd + 4)
    let lines = head.split(separator: "\r\n")
    guard let statusLine = lines.first, let status = Int(statusLine.split(separator: " ")[1]) else {
      return nil
    }
    var length = 0
    var chunked = false
    for line in lines.dropFirst() {
      let lower = line.lowercased()
      if lower.hasPrefix("content-length:") {
        length = Int(lower.dropFirst(15).trimmingCharacters(in: .whitespaces)) ?? 0
      } else if lower.hasPrefix("transfer-encoding:") && lower.hasSuffix("chunked") {
        chunked = true
      }
    }
    guard !chunked else { return nil }
    while buffer.count < length {
      guard fill() else { return nil }
    }
    let body = Array(buffer[..<length])
    buffer.removeFirst(length)
    return (status, body)
  }

  /// The index of `pattern` in the buffer, reading until it is there.
  private func find(_ pattern: [UInt8]) -> Int? {
    var from = 0
    while true {
      if buffer.count >= pattern.count {
        for i in from...(buffer.count - pattern.count)
        where buffer[i] == pattern[0] && Array(buffer[i..<(i + pattern.count)]) == pattern {
          return i
        }
        from = buffer.count - pattern.count + 1
      }
      guard fill() else { return nil }
    }
  }

  private func fill() -> Bool {
    let count = scratch.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return false }
    buffer.append(contentsOf: scratch[0..<count])
    return true
  }
}
