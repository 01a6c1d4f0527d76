import AskBack

/// The routes of `askback serve`: the page and the API, over one shared ``Recommender``.
///
/// This is the only file of the server that uses the AskBack library; the HTTP machinery
/// around it knows nothing of postings or questions.
///
/// | route | answer |
/// |---|---|
/// | `GET /` | the page; `POST /` (a form) the page with the result |
/// | `GET /style.css`, `GET /app.js` | the page's stylesheet and script |
/// | `POST /v1/recommend` | `{"text", "stage", "top"}` → what `askback recommend --format json` prints |
/// | `POST /v1/batch` | JSON Lines → the lines `askback batch` writes, streamed |
/// | `POST /v1/prep` | the prep sheet as JSON, Markdown, HTML, text or an iCalendar file |
/// | `GET /healthz`, `GET /v1/version` | `{"status": "ok"}`, `{"version", "questions"}` |
public struct AskBackService: Sendable {
  /// The most questions a request may ask for.
  public static let maximumTop = 100
  /// The longest posting served, in bytes (the server's body limit is the same).
  public static let maximumPostingBytes = 4 << 20

  public let recommender: Recommender
  public let version: String

  public init(recommender: Recommender, version: String) {
    self.recommender = recommender
    self.version = version
  }

  /// A failed request: the status and the message of its `{"error"}` body.
  struct Failure: Error {
    var status: Int
    var message: String

    init(_ status: Int, _ message: String) {
      self.status = status
      self.message = message
    }
  }

  /// What a request asks for: the posting and its options.
  struct Posting {
    var text: String
    var stage = Stage.firstRound
    var top = 10
    var interviewDate: CalendarDate?
    var decisionDate: CalendarDate?
    var interviewers: [String] = []
  }

  /// The formats of `/v1/prep`.
  enum PrepFormat: String, CaseIterable {
    case json, markdown, html, text, ics

    var contentType: String {
      switch self {
      case .json: return "application/json"
      case .markdown: return "text/markdown; charset=utf-8"
      case .html: return "text/html; charset=utf-8"
      case .text: return "text/plain; charset=utf-8"
      case .ics: return "text/calendar; charset=utf-8"
      }
    }

    var fileExtension: String {
      switch self {
      case .json: return "json"
      case .markdown: return "md"
      case .html: return "html"
      case .text: return "txt"
      case .ics: return "ics"
      }
    }
  }

  /// The Content-Security-Policy of a prep sheet served as HTML: nothing but its own inline
  /// stylesheet, named by its SHA-256.
  static let prepSheetPolicy =
    "default-src 'none'; style-src 'sha256-"
    + SHA256.base64(SHA256.digest(Array(HTMLDocument.styleElementText.utf8)))
    + "'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"

  /// The routes.
  public var router: Router {
    Router([
      Route("GET", "/") { _ in page(PageModel()) },
      Route("POST", "/") { request in submitPage(request) },
      Route("GET", "/style.css") { _ in
        HTTPResponse(contentType: "text/css; charset=utf-8", text: PageAssets.stylesheet)
      },
      Route("GET", "/app.js") { _ in
        HTTPResponse(contentType: "text/javascript; charset=utf-8", text: PageAssets.script)
      },
      Route("GET", "/healthz") { _ in .json(#"{"status":"ok"}"# + "\n") },
      Route("GET", "/v1/version") { _ in
        let value = JSONValue.object([
          ("version", .string(version)),
          ("questions", .number(Double(recommender.corpus.questions.count))),
        ])
        return .json(JSONWriter.string(value) + "\n")
      },
      Route("POST", "/v1/recommend") { request in
        answer { () throws(Failure) in
          let posting = try decodeJSON(request)
          return .json(JSONWriter.string(RecommendationFormatter.json(recommend(posting))) + "\n")
        }
      },
      Route("POST", "/v1/batch") { request in answer { () throws(Failure) in try batch(request) } },
      Route("POST", "/v1/prep") { request in answer { () throws(Failure) in try prep(request) } },
    ])
  }

  /// `body`'s response, or its failure as `{"error"}`.
  private func answer(_ body: () throws(Failure) -> HTTPResponse) -> HTTPResponse {
    do { return try body() } catch { return .error(error.status, error.message) }
  }

  private func recommend(_ posting: Posting) -> Recommendation {
    recommender.recommend(
      posting.text, options: RecommendationOptions(limit: posting.top, stage: posting.stage))
  }

  // MARK: The page

  private func page(_ model: PageModel, status: Int = 200) -> HTTPResponse {
    var model = model
    model.stages = Stage.allCases.map(\.rawValue)
    model.maximumTop = Self.maximumTop
    model.version = version
    if model.stage.isEmpty { model.stage = Stage.firstRound.rawValue }
    return HTTPResponse(
      status: status, contentType: "text/html; charset=utf-8", text: Page.render(model))
  }

  /// The form's post: the page again, with the result or the error.
  private func submitPage(_ request: HTTPRequest) -> HTTPResponse {
    var model = PageModel()
    let fields = FormDecoding.pairs(request.body)
    let field = { (name: String) in fields.first { $0.name == name }?.value ?? "" }
    model.text = field("text")
    model.stage = field("stage")
    model.top = Int(field("top")) ?? 10
    model.date = field("interview_date")
    model.decisionDate = field("decision_date")
    model.interviewers = field("interviewers")
    do throws(Failure) {
      guard request.mediaType == "application/x-www-form-urlencoded" else {
        throw Failure(415, "the form must be sent as application/x-www-form-urlencoded")
      }
      let posting = try decodeForm(request)
      model.result = pageResult(recommend(posting), posting: posting)
      return page(model)
    } catch {
      model.error = error.message
      return page(model, status: error.status)
    }
  }

  /// A recommendation in the page's terms: headline, facts and grouped questions.
  private func pageResult(_ result: Recommendation, posting: Posting) -> PageResult {
    let headline = RecommendationFormatter.headline(result)
    var page = PageResult(
      headline: headline, role: result.role, company: result.company,
      stage: posting.stage.rawValue)
    page.date = posting.interviewDate?.description ?? ""
    page.decisionDate = posting.decisionDate?.description ?? ""
    page.interviewers = posting.interviewers.joined(separator: ", ")
    page.notes = result.notes
    page.groups = RecommendationFormatter.groups(result.questions).map {
      (heading: $0.0.heading, questions: $0.1.map(\.text))
    }
    page.plainText = RecommendationFormatter.text(result, width: 80)
    return page
  }

  // MARK: The API

  /// `POST /v1/batch`: each line of the body through ``BatchProcessor``, in order, streamed.
  private func batch(_ request: HTTPRequest) throws(Failure) -> HTTPResponse {
    guard ["application/x-ndjson", "application/jsonl"].contains(request.mediaType ?? "") else {
      throw Failure(415, "send JSON Lines as application/x-ndjson or application/jsonl")
    }
    let stage = try stage(request.queryValue("stage"))
    let top = try top(request.queryValue("top"))
    let processor = BatchProcessor(
      recommender: recommender, options: RecommendationOptions(limit: top, stage: stage),
      maximumTextBytes: Self.maximumPostingBytes)
    // Lines end at LF (a CR before it is dropped); a last line without one still counts.
    let body = request.body
    var lines: [Range<Int>] = []
    var lineStart = 0
    for (index, byte) in body.enumerated() where byte == 0x0A {
      lines.append(lineStart..<index)
      lineStart = index + 1
    }
    if lineStart < body.count { lines.append(lineStart..<body.count) }
    let ranges = lines
    return HTTPResponse(
      headers: [("Content-Type", "application/x-ndjson")],
      body: .parts(count: ranges.count) { index in
        var line = Array(body[ranges[index]])
        if line.last == 0x0D { line.removeLast() }
        return Array((processor.process(line, number: index + 1) + "\n").utf8)
      })
  }

  /// `POST /v1/prep`: the sheet in the format of `?format=` or `Accept`.
  private func prep(_ request: HTTPRequest) throws(Failure) -> HTTPResponse {
    let format = try prepFormat(request)
    let posting: Posting
    switch request.mediaType {
    case "application/json": posting = try decodeJSON(request)
    case "application/x-www-form-urlencoded": posting = try decodeForm(request)
    default:
      throw Failure(415, "send application/json or application/x-www-form-urlencoded")
    }
    var response = HTTPResponse(
      contentType: format.contentType, text: try prepSheet(for: posting, format: format))
    if format == .html { response.setHeader("Content-Security-Policy", Self.prepSheetPolicy) }
    if request.queryValue("download") == "1" {
      response.setHeader(
        "Content-Disposition", "attachment; filename=\"askback-prep.\(format.fileExtension)\"")
    }
    return response
  }

  /// The prep sheet for `posting` in `format`, as `askback prep` writes it.
  func prepSheet(for posting: Posting, format: PrepFormat) throws(Failure) -> String {
    do {
      let sheet = try PrepSheetBuilder(recommender: recommender).build(
        posting: posting.text,
        options: PrepOptions(
          stage: posting.stage, limit: posting.top, interviewDate: posting.interviewDate,
          decisionDate: posting.decisionDate, interviewers: posting.interviewers))
      switch format {
      case .json: return JSONWriter.string(PrepSheetFormatter.json(sheet)) + "\n"
      case .markdown: return PrepSheetFormatter.markdown(sheet)
      case .text: return PrepSheetFormatter.text(sheet)
      case .html: return PrepSheetFormatter.html(sheet)
      case .ics: return try PrepSheetFormatter.ics(sheet)
      }
    } catch {
      if case .noDates = error, posting.interviewDate == nil {
        throw Failure(400, "\(error); send \"interview_date\" as YYYY-MM-DD")
      }
      throw Failure(400, error.description)
    }
  }

  /// The format asked by `?format=`, else the best that `Accept` takes, else JSON.
  private func prepFormat(_ request: HTTPRequest) throws(Failure) -> PrepFormat {
    if let name = request.queryValue("format") {
      let aliases = ["md": PrepFormat.markdown, "txt": .text, "plain": .text]
      guard let format = PrepFormat(rawValue: name) ?? aliases[name] else {
        throw Failure(400, "unknown format '\(name)'; expected json, markdown, html, text or ics")
      }
      return format
    }
    guard let accept = request.headers["accept"] else { return .json }
    let types: [(String, PrepFormat)] = [
      ("application/json", .json), ("text/markdown", .markdown), ("text/html", .html),
      ("text/plain", .text), ("text/calendar", .ics), ("text/*", .html), ("*/*", .json),
      ("application/*", .json),
    ]
    var best: (quality: Double, format: PrepFormat)?
    for item in accept.split(separator: ",") {
      let parts = item.split(separator: ";").map { String($0).trimmingCharacters() }
      let type = parts.first?.lowercased() ?? ""
      let quality =
        parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
      guard quality > 0, let format = types.first(where: { $0.0 == type })?.1 else { continue }
      if quality > (best?.quality ?? 0) { best = (quality, format) }
    }
    guard let best else {
      throw Failure(
        406,
        "Accept names no format served: application/json, text/markdown, text/html, text/plain, "
          + "text/calendar")
    }
    return best.format
  }
}

extension String {
  /// The string without leading and trailing whitespace.
  func trimmingCharacters() -> String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
