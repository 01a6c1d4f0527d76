import Testing

@testable import AskBackServer

/// Parses `text` whole; the requests it holds, or the error.
private func parseAll(
  _ bytes: [UInt8], limits: HTTPLimits = HTTPLimits()
) throws(HTTPParseError) -> [HTTPRequest] {
  var parser = HTTPParser(limits: limits)
  var start = 0
  var requests: [HTTPRequest] = []
  while true {
    guard case .request(let request) = try parser.parse(bytes, from: &start) else { break }
    requests.append(request)
  }
  return requests
}

private func parseAll(
  _ text: String, limits: HTTPLimits = HTTPLimits()
) throws(HTTPParseError)
  -> [HTTPRequest]
{
  try parseAll(Array(text.utf8), limits: limits)
}

/// The status of the error parsing `text` gives, or `nil` when it parses.
private func status(_ text: String, limits: HTTPLimits = HTTPLimits()) -> Int? {
  do {
    _ = try parseAll(text, limits: limits)
    return nil
  } catch {
    return error.status
  }
}

@Suite("HTTP parser")
struct HTTPParserTests {
  @Test func readsARequestLineHeadersAndQuery() throws {
    let requests = try parseAll(
      "GET /v1/batch?stage=final-round&top=3&name=a%20b+c HTTP/1.1\r\nHost: x\r\n"
        + "X-Thing:   spaced value \t\r\nx-thing: second\r\n\r\n")
    let request = try #require(requests.first)
    #expect(request.method == "GET")
    #expect(request.path == "/v1/batch")
    #expect(request.queryValue("stage") == "final-round")
    #expect(request.queryValue("top") == "3")
    #expect(request.queryValue("name") == "a b c")
    #expect(request.headers["x-thing"] == "spaced value")
    #expect(request.headers.values("x-thing") == ["spaced value", "second"])
    #expect(request.minorVersion == 1)
    #expect(request.keepAlive)
    #expect(request.body.isEmpty)
  }

  @Test func acceptsBareLineFeedsAndLeadingBlankLines() throws {
    let requests = try parseAll("\r\n\nGET / HTTP/1.0\n\n")
    #expect(requests.count == 1)
    #expect(requests.first?.minorVersion == 0)
    #expect(requests.first?.keepAlive == false)
  }

  @Test func absoluteFormKeepsPathAndQuery() throws {
    let request = try #require(
      try parseAll("GET http://h:1/a/b?c=d HTTP/1.1\r\nHost: h\r\n\r\n").first)
    #expect(request.path == "/a/b")
    #expect(request.queryValue("c") == "d")
  }

  @Test func byteByByteGivesTheSameRequests() throws {
    let text =
      "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
      + "POST /b HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\nT: 1\r\n\r\n"
      + "GET /c HTTP/1.1\r\nHost: x\r\n\r\n"
    let whole = try parseAll(text)
    var parser = HTTPParser(limits: HTTPLimits())
    var buffer: [UInt8] = []
    var start = 0
    var trickled: [HTTPRequest] = []
    for byte in Array(text.utf8) {
      buffer.append(byte)
      while case .request(let request) = try parser.parse(buffer, from: &start) {
        trickled.append(request)
      }
    }
    #expect(whole.map(\.path) == ["/a", "/b", "/c"])
    #expect(trickled.map(\.path) == whole.map(\.path))
    #expect(trickled.map(\.body) == [Array("hello".utf8), Array("abcde".utf8), []])
    #expect(whole.map(\.body) == trickled.map(\.body))
  }

  @Test(arguments: [
    ("a\r\n0123456789\r\n0\r\n\r\n", "0123456789"),
    ("A\r\n0123456789\r\n0\r\n\r\n", "0123456789"),
    ("00003\r\nabc\r\n0\r\n\r\n", "abc"),
    ("3 ;ext=1;b\r\nabc\r\n000\r\n\r\n", "abc"),
    ("1\nx\n0\n\n", "x"),
    ("0\r\nTrailer-One: 1\r\nTrailer-Two: 2\r\n\r\n", ""),
  ])
  func chunkSizes(chunks: String, body: String) throws {
    let requests = try parseAll(
      "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks)
    #expect(requests.first?.body == Array(body.utf8))
  }

  @Test(arguments: [
    ("zz\r\nabc\r\n0\r\n\r\n", 400),
    (";ext\r\n", 400),
    ("3\r\nabcd\r\n0\r\n\r\n", 400),
    ("FFFFFFFFFFFFFFFFFF\r\n", 413),
    ("400001\r\n", 413),
  ])
  func badChunks(chunks: String, expected: Int) {
    #expect(
      status("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks)
        == expected)
  }

  @Test func limits() {
    var limits = HTTPLimits()
    limits.maximumHeadBytes = 100
    limits.maximumBodyBytes = 10
    limits.maximumHeaderCount = 3
    #expect(
      status(
        "GET / HTTP/1.1\r\nHost: x\r\nA: " + String(repeating: "b", count: 100), limits: limits)
        == 431)
    #expect(
      status("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits: limits) == 431)
    #expect(status("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\n\r\n", limits: limits) == nil)
    #expect(
      status("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n", limits: limits) == 413)
    #expect(
      status("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n", limits: limits) == nil)
    let chunked = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
    #expect(status(chunked + "6\r\nabcdef\r\n5\r\nabcde\r\n", limits: limits) == 413)
    #expect(
      status(chunked + "0\r\nT: " + String(repeating: "t", count: 120) + "\r\n\r\n", limits: limits)
        == 431)
    #expect(
      status("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n") == 413)
  }

  @Test(arguments: [
    ("GET /\r\n\r\n", 400),
    ("GET  / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
    ("GET / http/1.1\r\nHost: x\r\n\r\n", 400),
    ("GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n", 400),
    ("G(T / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
    ("GET nowhere HTTP/1.1\r\nHost: x\r\n\r\n", 400),
    ("GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
    ("GET / HTTP/1.1\r\n\r\n", 400),
    ("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", 400),
    ("GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400),
    ("GET / HTTP/1.1\r\n: x\r\nHost: x\r\n\r\n", 400),
    ("GET / HTTP/1.1\r\nHost: x\rx\r\n\r\n", 400),
    ("GET / HTTP/1.1\r\nHost: x\r\nExpect: magic\r\n\r\n", 417),
    ("POST / HTTP/1.1\r\nHost: x\r\n\r\n", 411),
    ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 12a\r\n\r\n", 400),
    ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400),
    ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 400),
    ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
    ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501),
    ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 400),
  ])
  func badRequests(text: String, expected: Int) {
    #expect(status(text) == expected)
  }

  @Test func sameLengthTwiceIsAccepted() throws {
    let requests = try parseAll(
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\nContent-Length: 3\r\n\r\nabc")
    #expect(requests.first?.body == Array("abc".utf8))
  }

  @Test func incompleteInputAsksForMore() throws {
    for text in [
      "GET / HTTP/1.1\r\nHost: x\r\n", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab",
    ] {
      var parser = HTTPParser(limits: HTTPLimits())
      var start = 0
      guard case .needMore = try parser.parse(Array(text.utf8), from: &start) else {
        Issue.record("a request from an incomplete one")
        continue
      }
      #expect(parser.isMidRequest)
    }
  }

  @Test func connectionTokens() throws {
    let close = try #require(
      try parseAll("GET / HTTP/1.1\r\nHost: x\r\nConnection: Keep-Alive, CLOSE\r\n\r\n").first)
    #expect(!close.keepAlive)
    let kept = try #require(try parseAll("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").first)
    #expect(kept.keepAlive)
  }

  @Test func formDecoding() {
    let pairs = FormDecoding.pairs(Array("a=1&b=x+y%2Bz&&c&d=%zz%4&e=%C3%A9".utf8))
    #expect(pairs.map(\.name) == ["a", "b", "c", "d", "e"])
    #expect(pairs.map(\.value) == ["1", "x y+z", "", "%zz%4", "é"])
  }

  @Test func mediaTypeDropsParameters() {
    var headers = HTTPHeaders()
    headers.append("Content-Type", " Application/JSON ; charset=utf-8")
    #expect(
      HTTPRequest(method: "POST", target: "/", headers: headers).mediaType == "application/json")
  }

  @Test func escapingForHTML() {
    #expect(
      Page.escape("<a href=\"x\">Tom & Jerry's</a>")
        == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
  }
}
