import AskBack
import Foundation
import Testing

@testable import AskBackServer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("HTTP/1.1: connections, limits and timeouts")
struct ProtocolTests {
  @Test func keepAliveServesManyRequestsOnOneConnection() throws {
    try TestServer.with { server in
      let client = try RawClient(port: server.port)
      for _ in 0..<3 {
        try client.send(request("GET", "/healthz"))
        let reply = try client.read()
        #expect(reply.status == 200)
        #expect(reply.header("connection") == nil)
      }
    }
  }

  @Test func pipelinedRequestsAreAnsweredInOrder() throws {
    try TestServer.with { server in
      let client = try RawClient(port: server.port)
      let body = jsonBody(text: "Registered nurse, night shifts", extra: #""top":1"#)
      try client.send(
        request("GET", "/v1/version")
          + request("POST", "/v1/recommend", body: body, contentType: "application/json")
          + request("GET", "/healthz"))
      let first = try client.read()
      let second = try client.read()
      let third = try client.read()
      #expect(first.text.hasPrefix("{\"version\":\"test\""))
      #expect(second.text.hasPrefix("{\"role\":"))
      #expect(third.text == "{\"status\":\"ok\"}\n")
    }
  }

  @Test func connectionCloseIsHonoured() throws {
    try TestServer.with { server in
      let client = try RawClient(port: server.port)
      try client.send(request("GET", "/healthz", headers: ["Connection: close"]))
      let reply = try client.read()
      #expect(reply.status == 200)
      #expect(reply.header("connection") == "close")
      #expect(client.isClosedByServer())
    }
  }

  @Test func http10ClosesUnlessKeepAliveIsAsked() throws {
    try TestServer.with { server in
      let plain = try RawClient(port: server.port)
      try plain.send("GET /healthz HTTP/1.0\r\n\r\n")
      #expect(try plain.read().header("connection") == "close")
      #expect(plain.isClosedByServer())
      let kept = try RawClient(port: server.port)
      try kept.send("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
      #expect(try kept.read().header("connection") == "keep-alive")
      try kept.send("GET /healthz HTTP/1.0\r\n\r\n")
      #expect(try kept.read().status == 200)
    }
  }

  @Test func chunkedRequestBodiesAreRead() throws {
    let text = try Shared.example("software-engineer.txt")
    let body = Array(jsonBody(text: text).utf8)
    var chunked = "POST /v1/recommend HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    chunked += "Transfer-Encoding: chunked\r\n\r\n"
    var bytes = Array(chunked.utf8)
    var offset = 0
    for size in [1, 15, 300, 4000] where offset < body.count {
      let piece = body[offset..<min(offset + size, body.count)]
      bytes += Array((String(piece.count, radix: 16) + ";note=x\r\n").utf8) + piece + [13, 10]
      offset += piece.count
    }
    let rest = body[offset...]
    bytes += Array((String(rest.count, radix: 16).uppercased() + "\r\n").utf8) + rest + [13, 10]
    bytes += Array("0\r\nX-Checksum: ignored\r\n\r\n".utf8)
    try TestServer.with { server in
      let client = try RawClient(port: server.port)
      try client.send(bytes)
      let reply = try client.read()
      let result = try Shared.recommender().recommend(text, options: RecommendationOptions())
      #expect(reply.status == 200)
      #expect(reply.text == JSONWriter.string(RecommendationFormatter.json(result)) + "\n")
    }
  }

  @Test func expectContinueGetsAnInterimAnswer() throws {
    try TestServer.with { server in
      let client = try RawClient(port: server.port)
      let body = jsonBody(text: "Staff accountant, month-end close")
      try client.send(
        "POST /v1/recommend HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Content-Length: \(body.utf8.count)\r\nExpect: 100-continue\r\n\r\n")
      #expect(try client.read().status == 100)
      try client.send(body)
      #expect(try client.read().status == 200)
    }
  }

  @Test func headerOf100KiBIs431() throws {
    try TestServer.with { server in
      let client = try RawClient(port: server.port)
      let big =
        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "a", count: 100 << 10)
        + "\r\n\r\n"
      try? client.send(big)
      let reply = try client.read()
      #expect(reply.status == 431)
      #expect(reply.text.contains("larger than 16 KiB"))
      #expect(client.isClosedByServer())
    }
  }

  @Test func bodyOver4MiBIs413() throws {
    try TestServer.with { server in
      let declared = try exchange(
        server.port,
        "POST /v1/recommend HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Content-Length: \((4 << 20) + 1)\r\n\r\n")
      #expect(declared.status == 413)
      let client = try RawClient(port: server.port)
      try client.send(
        "POST /v1/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/jsonl\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n")
      let chunk = Array("100000\r\n".utf8) + [UInt8](repeating: 0x20, count: 1 << 20) + [13, 10]
      for _ in 0..<5 { try? client.send(chunk) }
      #expect(try client.read().status == 413)
    }
  }

  @Test func postWithoutALengthIs411() throws {
    try TestServer.with { server in
      let reply = try exchange(
        server.port,
        "POST /v1/recommend HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\r\n")
      #expect(reply.status == 411)
      #expect(reply.text.hasPrefix("{\"error\":"))
    }
  }

  @Test func malformedRequestLineIs400() throws {
    try TestServer.with { server in
      let reply = try exchange(server.port, "GET /healthz\r\nHost: x\r\n\r\n")
      #expect(reply.status == 400)
      #expect(reply.header("connection") == "close")
      let version = try exchange(server.port, "GET / HTTP/2.0\r\nHost: x\r\n\r\n")
      #expect(version.status == 505)
    }
  }

  @Test func slowClientGets408WithoutBlockingOthers() throws {
    try TestServer.with({ $0.readTimeout = .seconds(2) }) { server in
      let slow = try RawClient(port: server.port)
      let started = ContinuousClock.now
      let done = DispatchSemaphore(value: 0)
      final class Box: @unchecked Sendable { var reply: Reply? }
      let box = Box()
      let thread = Thread {
        // One byte a second (faster here: four a second), for longer than the read timeout.
        for byte in Array("GET /healthz HTTP/1.1\r\nHost: x\r\n".utf8) {
          guard (try? slow.send([byte])) != nil else { break }
          usleep(250_000)
          if ContinuousClock.now - started > .seconds(4) { break }
        }
        done.signal()
      }
      thread.start()
      usleep(300_000)
      // Another client is served while the slow one trickles.
      let other = try exchange(server.port, request("GET", "/healthz"))
      #expect(other.status == 200)
      #expect(!slow.hasPendingData())
      box.reply = try slow.read()
      #expect(box.reply?.status == 408)
      #expect(box.reply?.text.contains("did not arrive whole") == true)
      done.wait()
    }
  }

  @Test func requestWithoutItsBlankLineTimesOut() throws {
    try TestServer.with { server in
      let client = try RawClient(port: server.port)
      try client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n")
      #expect(try client.read().status == 408)
      #expect(client.isClosedByServer())
    }
  }

  @Test func bodyThatEndsEarlyIs400OrOnStall408() throws {
    try TestServer.with { server in
      let head =
        "POST /v1/recommend HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + "Content-Length: 100\r\n\r\n{\"text\":"
      let closed = try RawClient(port: server.port)
      try closed.send(head)
      closed.finishSending()
      let reply = try closed.read()
      #expect(reply.status == 400)
      #expect(reply.text.contains("closed before the request was whole"))
      let stalled = try RawClient(port: server.port)
      try stalled.send(head)
      #expect(try stalled.read().status == 408)
    }
  }

  @Test func connectionsBeyondTheCapGet503() throws {
    try TestServer.with({ $0.maximumConnections = 2 }) { server in
      let first = try RawClient(port: server.port)
      let second = try RawClient(port: server.port)
      for client in [first, second] {
        try client.send(request("GET", "/healthz"))
        #expect(try client.read().status == 200)
      }
      let third = try RawClient(port: server.port)
      try third.send(request("GET", "/healthz"))
      let refused = try third.read()
      #expect(refused.status == 503)
      #expect(refused.header("connection") == "close")
      #expect(third.isClosedByServer())
      // The first two are still served.
      try first.send(request("GET", "/healthz"))
      #expect(try first.read().status == 200)
    }
  }

  @Test func blankLinesBetweenRequestsDoNotStartTheReadTimeout() throws {
    try TestServer.with { server in
      let client = try RawClient(port: server.port)
      try client.send(request("GET", "/healthz"))
      #expect(try client.read().status == 200)
      try client.send("\r\n")
      usleep(1_300_000)
      try client.send("GET /healthz HTTP/1.1\r\n")
      usleep(100_000)
      try client.send("Host: x\r\n\r\n")
      #expect(try client.read().status == 200)
    }
  }

  @Test func idleConnectionsCloseAfterTheIdleTimeout() throws {
    try TestServer.with({ $0.idleTimeout = .milliseconds(300) }) { server in
      let client = try RawClient(port: server.port)
      try client.send(request("GET", "/healthz"))
      #expect(try client.read().status == 200)
      #expect(client.isClosedByServer())
    }
  }

  @Test func stopFinishesTheRequestInFlight() throws {
    let server = try TestServer({ $0.readTimeout = .seconds(5) })
    let body = jsonBody(text: "Registered nurse")
    let client = try RawClient(port: server.port)
    try client.send(
      "POST /v1/recommend HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + "Content-Length: \(body.utf8.count)\r\n\r\n")
    let idle = try RawClient(port: server.port)
    try idle.send(request("GET", "/healthz"))
    #expect(try idle.read().status == 200)
    usleep(100_000)
    server.server.stop()
    #expect(idle.isClosedByServer())
    try client.send(body)
    let reply = try client.read()
    #expect(reply.status == 200)
    #expect(reply.header("connection") == "close")
    server.server.wait()
    #expect(throws: (any Error).self) { _ = try exchange(server.port, request("GET", "/healthz")) }
  }

  @Test func loopbackAddressesAreRecognised() {
    #expect(Socket.isLoopback(ipv4: [127, 0, 0, 1]))
    #expect(Socket.isLoopback(ipv4: [127, 8, 9, 10]))
    #expect(!Socket.isLoopback(ipv4: [0, 0, 0, 0]))
    #expect(!Socket.isLoopback(ipv4: [192, 168, 1, 2]))
    #expect(Socket.isLoopback(ipv6: [UInt8](repeating: 0, count: 15) + [1]))
    #expect(!Socket.isLoopback(ipv6: [UInt8](repeating: 0, count: 16)))
    #expect(Socket.isLoopback(ipv6: [UInt8](repeating: 0, count: 10) + [255, 255, 127, 0, 0, 1]))
  }
}
