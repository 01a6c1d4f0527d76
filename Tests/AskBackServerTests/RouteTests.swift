import AskBack
import Foundation
import Testing

@testable import AskBackServer

@Suite("Routes: the page and the API")
struct RouteTests {
  @Test func healthAndVersion() throws {
    try TestServer.with { server in
      let health = try exchange(server.port, request("GET", "/healthz"))
      #expect(health.status == 200)
      #expect(health.text == "{\"status\":\"ok\"}\n")
      #expect(health.header("content-type") == "application/json")
      let version = try exchange(server.port, request("GET", "/v1/version"))
      let count = try Shared.recommender().corpus.questions.count
      #expect(version.text == "{\"version\":\"test\",\"questions\":\(count)}\n")
    }
  }

  @Test func pageCarriesTheSecurityHeadersAndAForm() throws {
    try TestServer.with { server in
      let page = try exchange(server.port, request("GET", "/"))
      #expect(page.status == 200)
      #expect(page.header("content-type") == "text/html; charset=utf-8")
      let policy = try #require(page.header("content-security-policy"))
      for part in [
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "form-action 'self'",
        "base-uri 'none'", "frame-ancestors 'none'",
      ] {
        #expect(policy.contains(part))
      }
      #expect(page.header("x-content-type-options") == "nosniff")
      #expect(page.header("referrer-policy") == "no-referrer")
      #expect(page.header("access-control-allow-origin") == nil)
      let html = page.text
      #expect(html.contains("<html lang=\"en\">"))
      #expect(html.contains("<form id=\"ask\" method=\"post\" action=\"/\">"))
      #expect(html.contains("<label for=\"text\">"))
      #expect(html.contains("<option value=\"first-round\" selected>"))
      #expect(!html.contains("<style") && !html.contains("<script>"))
      let script = try exchange(server.port, request("GET", "/app.js"))
      #expect(script.header("content-type") == "text/javascript; charset=utf-8")
      #expect(script.text == PageAssets.script)
      let style = try exchange(server.port, request("GET", "/style.css"))
      #expect(style.header("content-type") == "text/css; charset=utf-8")
    }
  }

  @Test func headAnswersLikeGetWithoutTheBody() throws {
    try TestServer.with { server in
      let client = try RawClient(port: server.port)
      try client.send(request("HEAD", "/healthz") + request("GET", "/healthz"))
      let head = try client.read(head: true)
      #expect(head.status == 200)
      #expect(head.header("content-length") == "16")
      #expect(try client.read().text == "{\"status\":\"ok\"}\n")
    }
  }

  @Test func formPostRendersTheResultAndEscapesThePosting() throws {
    try TestServer.with { server in
      let posting = "<script>alert(1)</script> Registered Nurse at a hospital, night shifts"
      var form =
        "text=" + (posting.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
      form +=
        "&stage=final-round&top=5&interview_date=2026-12-03&decision_date=2026-12-10"
        + "&interviewers=Dana+%3Cb%3ELi%3C%2Fb%3E"
      let reply = try exchange(
        server.port,
        request("POST", "/", body: form, contentType: "application/x-www-form-urlencoded"))
      #expect(reply.status == 200)
      let html = reply.text
      #expect(!html.contains("<script>alert(1)"))
      #expect(!html.contains("<b>Li"))
      #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
      #expect(html.contains("Dana &lt;b&gt;Li&lt;/b&gt;"))
      #expect(html.contains("<option value=\"final-round\" selected>"))
      let result = try Shared.recommender().recommend(
        posting, options: RecommendationOptions(limit: 5, stage: .finalRound))
      for item in result.questions {
        #expect(html.contains("<li>\(Page.escape(item.text))</li>"))
      }
      for (category, _) in RecommendationFormatter.groups(result.questions) {
        #expect(html.contains("<h3>\(Page.escape(category.heading))</h3>"))
      }
      #expect(html.contains("formaction=\"/v1/prep?format=markdown&amp;download=1\""))
      #expect(html.contains("formaction=\"/v1/prep?format=ics&amp;download=1\""))
      #expect(html.contains("<dt>Decision expected</dt><dd>2026-12-10</dd>"))
      #expect(html.contains("name=\"interview_date\" value=\"2026-12-03\""))
    }
  }

  @Test func formPostWithABadDateShowsTheError() throws {
    try TestServer.with { server in
      let reply = try exchange(
        server.port,
        request(
          "POST", "/", body: "text=nurse&interview_date=2026-02-30",
          contentType: "application/x-www-form-urlencoded"))
      #expect(reply.status == 400)
      #expect(reply.text.contains("February 2026 has 28 days, so no day 30"))
    }
  }

  @Test func formPostWithAnEmptyPostingShowsTheError() throws {
    try TestServer.with { server in
      let reply = try exchange(
        server.port,
        request(
          "POST", "/", body: "text=+%20&stage=screen",
          contentType: "application/x-www-form-urlencoded"))
      #expect(reply.status == 400)
      #expect(reply.text.contains("<p class=\"error\" role=\"alert\">the posting is empty</p>"))
    }
  }

  @Test func recommendGivesTheLibrarysBytes() throws {
    let text = try Shared.example("registered-nurse.txt")
    try TestServer.with { server in
      let reply = try exchange(
        server.port,
        request(
          "POST", "/v1/recommend", body: jsonBody(text: text, extra: #""stage":"closing","top":7"#),
          contentType: "application/json; charset=utf-8"))
      let result = try Shared.recommender().recommend(
        text, options: RecommendationOptions(limit: 7, stage: .closing))
      #expect(reply.status == 200)
      #expect(reply.header("content-type") == "application/json")
      #expect(reply.text == JSONWriter.string(RecommendationFormatter.json(result)) + "\n")
    }
  }

  @Test(arguments: [
    ("{\"text\": ", 400, "malformed JSON"),
    ("[1, 2]", 400, "expected a JSON object, found an array"),
    ("{\"stage\": \"screen\"}", 400, "missing \\\"text\\\" (a string)"),
    ("{\"text\": \"  \\n \"}", 400, "the posting is empty"),
    ("{\"text\": \"nurse\", \"stage\": \"lunch\"}", 400, "unknown stage 'lunch'"),
    ("{\"text\": \"nurse\", \"top\": 0}", 400, "\\\"top\\\" must be a whole number from 1 to 100"),
    ("{\"text\": \"nurse\", \"top\": 2.5}", 400, "\\\"top\\\" must be a whole number"),
  ])
  func recommendRefusesBadRequests(body: String, status: Int, message: String) throws {
    try TestServer.with { server in
      let reply = try exchange(
        server.port, request("POST", "/v1/recommend", body: body, contentType: "application/json"))
      #expect(reply.status == status)
      #expect(reply.header("content-type") == "application/json")
      #expect(reply.text.hasPrefix("{\"error\":\""))
      #expect(reply.text.contains(message))
    }
  }

  @Test func aByteOrderMarkAndFormatCharactersChangeNothing() throws {
    let text = "Registered Nur\u{AD}se\n\nNight shifts on a medical unit at Lakeshore Hospital."
    let expected = try Shared.recommender().recommend(
      "Registered Nurse\n\nNight shifts on a medical unit at Lakeshore Hospital.",
      options: RecommendationOptions())
    try TestServer.with { server in
      let reply = try exchange(
        server.port,
        request(
          "POST", "/v1/recommend", body: "\u{FEFF}" + jsonBody(text: text),
          contentType: "application/json"))
      #expect(reply.status == 200, "\(reply.text)")
      #expect(reply.text.hasPrefix(#"{"role":"Registered Nurse","#))
      #expect(reply.text == JSONWriter.string(RecommendationFormatter.json(expected)) + "\n")
      let batch = try exchange(
        server.port,
        request(
          "POST", "/v1/batch", body: "\u{FEFF}" + jsonBody(text: text, extra: #""id":7"#) + "\n",
          contentType: "application/x-ndjson"))
      #expect(batch.text.hasPrefix(#"{"id":7,"role":"Registered Nurse""#), "\(batch.text)")
    }
  }

  @Test func wrongContentTypeIs415() throws {
    try TestServer.with { server in
      for path in ["/v1/recommend", "/v1/batch", "/v1/prep", "/"] {
        let reply = try exchange(
          server.port, request("POST", path, body: "text=nurse", contentType: "text/csv"))
        #expect(reply.status == 415, "\(path)")
      }
    }
  }

  @Test func batchStreamsTheLinesOfAskbackBatch() throws {
    let nurse = try Shared.example("registered-nurse.txt")
    let lines = [
      jsonBody(text: nurse, extra: #""id":1"#), "not json", "", #"{"id":"x"}"#,
      jsonBody(text: "Backend software engineer, distributed systems", extra: #""id":"b""#) + "\r",
    ]
    let body = lines.joined(separator: "\n")
    try TestServer.with { server in
      let reply = try exchange(
        server.port,
        request(
          "POST", "/v1/batch?stage=screen&top=3", body: body, contentType: "application/x-ndjson"))
      #expect(reply.status == 200)
      #expect(reply.chunked)
      #expect(reply.header("content-type") == "application/x-ndjson")
      let processor = BatchProcessor(
        recommender: try Shared.recommender(),
        options: RecommendationOptions(limit: 3, stage: .screen))
      var expected = ""
      for (index, line) in lines.enumerated() {
        var bytes = Array(line.utf8)
        if bytes.last == 0x0D { bytes.removeLast() }
        expected += processor.process(bytes, number: index + 1) + "\n"
      }
      #expect(reply.text == expected)
      let bad = try exchange(
        server.port,
        request("POST", "/v1/batch?stage=lunch", body: "{}", contentType: "application/jsonl"))
      #expect(bad.status == 400)
      let empty = try exchange(
        server.port, request("POST", "/v1/batch", body: "", contentType: "application/jsonl"))
      #expect(empty.status == 200 && empty.body.isEmpty)
    }
  }

  @Test func prepAnswersInTheFormatAsked() throws {
    let text = try Shared.example("staff-accountant.txt")
    let sheet = try PrepSheetBuilder(recommender: try Shared.recommender()).build(
      posting: text,
      options: PrepOptions(
        stage: .finalRound, limit: 6, interviewDate: CalendarDate(parsing: "2026-12-03"),
        decisionDate: CalendarDate(parsing: "2026-12-10"), interviewers: ["Dana Li", "Sam Ortiz"]))
    let body = jsonBody(
      text: text,
      extra: #""stage":"final-round","top":6,"interview_date":"2026-12-03","#
        + #""decision_date":"2026-12-10","interviewers":["Dana Li","Sam Ortiz"]"#)
    try TestServer.with { server in
      let post = { (path: String, headers: [String]) in
        try exchange(
          server.port,
          request("POST", path, headers: headers, body: body, contentType: "application/json"))
      }
      let markdown = try post("/v1/prep?format=markdown", [])
      #expect(markdown.status == 200)
      #expect(markdown.header("content-type") == "text/markdown; charset=utf-8")
      #expect(markdown.text == PrepSheetFormatter.markdown(sheet))
      let plain = try post("/v1/prep", ["Accept: text/html;q=0.5, text/plain"])
      #expect(plain.text == PrepSheetFormatter.text(sheet))
      let json = try post("/v1/prep", [])
      #expect(json.header("content-type") == "application/json")
      #expect(json.text == JSONWriter.string(PrepSheetFormatter.json(sheet)) + "\n")
      let calendar = try post("/v1/prep", ["Accept: text/calendar"])
      #expect(calendar.header("content-type") == "text/calendar; charset=utf-8")
      #expect(calendar.text == (try PrepSheetFormatter.ics(sheet)))
      let download = try post("/v1/prep?format=ics&download=1", [])
      #expect(
        download.header("content-disposition") == "attachment; filename=\"askback-prep.ics\"")
      let html = try post("/v1/prep?format=html", [])
      #expect(html.text == PrepSheetFormatter.html(sheet))
      // The document's own policy, which lets its one inline stylesheet in, replaces the
      // page's; there is one policy header.
      #expect(html.header("content-security-policy") == AskBackService.prepSheetPolicy)
      #expect(html.headers.filter { $0.0.lowercased() == "content-security-policy" }.count == 1)
      #expect(AskBackService.prepSheetPolicy.hasPrefix("default-src 'none'; style-src 'sha256-"))
      #expect(!AskBackService.prepSheetPolicy.contains("unsafe"))
      #expect(
        markdown.header("content-security-policy") == ServerConfiguration.securityHeaders[0].value)
      let form = try exchange(
        server.port,
        request(
          "POST", "/v1/prep?format=html&download=1",
          body: "text=accountant+ledger&interviewers=Dana+Li%2C+Sam+Ortiz&interview_date=",
          contentType: "application/x-www-form-urlencoded"))
      #expect(form.text.hasPrefix("<!doctype html>"))
      #expect(
        form.text.contains("<h3>To Dana Li</h3>") && form.text.contains("<h3>To Sam Ortiz</h3>"))
      #expect(
        form.header("content-disposition") == "attachment; filename=\"askback-prep.html\"")
      let unknown = try post("/v1/prep?format=pdf", [])
      #expect(unknown.status == 400)
      #expect(unknown.text.contains("expected json, markdown, html, text or ics"))
      let unacceptable = try post("/v1/prep", ["Accept: image/png"])
      #expect(unacceptable.status == 406)
    }
  }

  @Test(arguments: [
    (#"{"text":"nurse","interview_date":"2026-13-01"}"#, "json", "there is no month 13"),
    (#"{"text":"nurse","decision_date":20261210}"#, "json", "must be a date as YYYY-MM-DD"),
    (
      #"{"text":"nurse","interview_date":"2026-12-03","decision_date":"2026-12-01"}"#, "json",
      "the decision date 2026-12-01 is before the interview date 2026-12-03"
    ),
    (#"{"text":"nurse","interviewers":[1,2]}"#, "json", "must be a list of names"),
    (
      #"{"text":"nurse"}"#, "ics",
      "a calendar needs the interview date; send \\\"interview_date\\\" as YYYY-MM-DD"
    ),
    (
      #"{"text":"nurse","stage":"offer","interview_date":"2026-12-03"}"#, "ics",
      "the offer stage has no follow-up plan"
    ),
  ])
  func prepRefusesBadRequests(body: String, format: String, message: String) throws {
    try TestServer.with { server in
      let reply = try exchange(
        server.port,
        request("POST", "/v1/prep?format=\(format)", body: body, contentType: "application/json"))
      #expect(reply.status == 400)
      #expect(reply.header("content-type") == "application/json")
      #expect(reply.text.contains(message), "\(reply.text)")
    }
  }

  @Test func sha256MatchesTheStandardVectors() {
    let hex = { (bytes: [UInt8]) in bytes.map { String(format: "%02x", $0) }.joined() }
    #expect(
      hex(SHA256.digest([]))
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      hex(SHA256.digest(Array("abc".utf8)))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      hex(SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      hex(SHA256.digest([UInt8](repeating: 0x61, count: 1_000_000)))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    #expect(SHA256.base64(Array("any carnal pleas".utf8)) == "YW55IGNhcm5hbCBwbGVhcw==")
    #expect(SHA256.base64(Array("any carnal pleasu".utf8)) == "YW55IGNhcm5hbCBwbGVhc3U=")
    #expect(SHA256.base64(Array("any carnal pleasur".utf8)) == "YW55IGNhcm5hbCBwbGVhc3Vy")
    #expect(SHA256.base64([]) == "")
  }

  @Test func unknownPathIs404AndWrongMethodIs405WithAllow() throws {
    try TestServer.with { server in
      let missing = try exchange(server.port, request("GET", "/nowhere"))
      #expect(missing.status == 404)
      #expect(missing.text == "{\"error\":\"no such path: /nowhere\"}\n")
      let wrong = try exchange(server.port, request("GET", "/v1/recommend"))
      #expect(wrong.status == 405)
      #expect(wrong.header("allow") == "POST, OPTIONS")
      let put = try exchange(server.port, request("PUT", "/healthz", body: ""))
      #expect(put.status == 405)
      #expect(put.header("allow") == "GET, HEAD, OPTIONS")
    }
  }

  @Test func corsOnlyForTheAllowedOrigin() throws {
    let origin = "https://jobs.example"
    let preflight = request(
      "OPTIONS", "/v1/recommend",
      headers: ["Origin: \(origin)", "Access-Control-Request-Method: POST"])
    try TestServer.with({ $0.allowOrigin = origin }) { server in
      let reply = try exchange(server.port, preflight)
      #expect(reply.status == 204)
      #expect(reply.header("access-control-allow-origin") == origin)
      #expect(reply.header("access-control-allow-methods") == "POST, OPTIONS")
      #expect(reply.header("access-control-allow-headers") == "Content-Type")
      let other = try exchange(
        server.port, request("GET", "/healthz", headers: ["Origin: https://elsewhere.example"]))
      #expect(other.header("access-control-allow-origin") == nil)
      let same = try exchange(
        server.port, request("GET", "/healthz", headers: ["Origin: \(origin)"]))
      #expect(same.header("access-control-allow-origin") == origin)
    }
    try TestServer.with { server in
      let reply = try exchange(server.port, preflight)
      #expect(reply.status == 204)
      #expect(reply.header("allow") == "POST, OPTIONS")
      #expect(!reply.headers.contains { $0.0.lowercased().hasPrefix("access-control") })
    }
  }
}
