import AskBack

/// Decoding the requests: JSON and form bodies, dates, stages and counts.
extension AskBackService {
  /// `{"text", "stage", "top", "interview_date", "decision_date", "interviewers"}`: all but the
  /// text optional; dates as `YYYY-MM-DD`; interviewers a list of names (or one string of names
  /// separated by commas).
  func decodeJSON(_ request: HTTPRequest) throws(Failure) -> Posting {
    guard request.mediaType == "application/json" else {
      throw Failure(415, "send the request as application/json")
    }
    let value: JSONValue
    do {
      value = try ByteOrderMark.stripped(request.body).withUnsafeBufferPointer {
        bytes throws(JSONError) in try JSONReader.parse(bytes)
      }
    } catch {
      throw Failure(400, "malformed JSON: \(error)")
    }
    guard case .object = value else {
      throw Failure(400, "expected a JSON object, found \(value.kindName)")
    }
    guard let text = value["text"]?.stringValue else {
      throw Failure(400, "missing \"text\" (a string)")
    }
    var posting = Posting(text: text)
    if let stage = value["stage"], !stage.isNull {
      guard let name = stage.stringValue else { throw Failure(400, "\"stage\" must be a string") }
      posting.stage = try self.stage(name)
    }
    if let top = value["top"], !top.isNull {
      guard let number = top.numberValue, number == number.rounded(),
        (1...Double(Self.maximumTop)).contains(number)
      else { throw Failure(400, "\"top\" must be a whole number from 1 to \(Self.maximumTop)") }
      posting.top = Int(number)
    }
    posting.interviewDate = try date(value["interview_date"], "interview_date")
    posting.decisionDate = try date(value["decision_date"], "decision_date")
    switch value["interviewers"] {
    case nil, .null?: break
    case .string(let names)?: posting.interviewers = Self.names(names)
    case .array(let items)?:
      posting.interviewers = try items.map { item throws(Failure) in
        guard let name = item.stringValue else {
          throw Failure(400, "\"interviewers\" must be a list of names (strings)")
        }
        return name
      }
    default: throw Failure(400, "\"interviewers\" must be a list of names (strings)")
    }
    return try checked(posting)
  }

  /// The page's form fields: `text`, `stage`, `top`, `interview_date`, `decision_date` and
  /// `interviewers` (names separated by commas).
  func decodeForm(_ request: HTTPRequest) throws(Failure) -> Posting {
    let fields = FormDecoding.pairs(request.body)
    let field = { (name: String) in fields.first { $0.name == name }?.value }
    // Browsers send a text area's line breaks as CRLF; the command line reads files with LF.
    var posting = Posting(text: (field("text") ?? "").replacing("\r\n", with: "\n"))
    posting.stage = try stage(field("stage").flatMap { $0.isEmpty ? nil : $0 })
    posting.top = try top(field("top").flatMap { $0.isEmpty ? nil : $0 })
    let text = { (name: String) throws(Failure) -> JSONValue? in
      field(name).flatMap { $0.trimmingCharacters().isEmpty ? nil : JSONValue.string($0) }
    }
    posting.interviewDate = try date(text("interview_date"), "interview_date")
    posting.decisionDate = try date(text("decision_date"), "decision_date")
    posting.interviewers = Self.names(field("interviewers") ?? "")
    return try checked(posting)
  }

  func checked(_ posting: Posting) throws(Failure) -> Posting {
    guard !Recommender.isBlank(posting: posting.text) else {
      throw Failure(400, "the posting is empty")
    }
    if let interview = posting.interviewDate, let decision = posting.decisionDate,
      decision < interview
    {
      throw Failure(400, "the decision date \(decision) is before the interview date \(interview)")
    }
    let named = posting.interviewers.filter { !$0.allSatisfy(\.isWhitespace) }.count
    guard named <= PrepOptions.maximumInterviewers else {
      throw Failure(400, "\(named) interviewers; at most \(PrepOptions.maximumInterviewers)")
    }
    return posting
  }

  /// A date member, `YYYY-MM-DD`, when present and not null.
  func date(_ value: JSONValue?, _ name: String) throws(Failure) -> CalendarDate? {
    guard let value, !value.isNull else { return nil }
    guard let text = value.stringValue else {
      throw Failure(400, "\"\(name)\" must be a date as YYYY-MM-DD")
    }
    do {
      return try CalendarDate(parsing: text)
    } catch {
      throw Failure(400, "\"\(name)\": \(error)")
    }
  }

  /// Names separated by commas, trimmed, without empty ones.
  static func names(_ text: String) -> [String] {
    text.split(separator: ",").map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
  }

  func stage(_ name: String?) throws(Failure) -> Stage {
    guard let name else { return .firstRound }
    guard let stage = Stage(rawValue: name) else {
      let names = Stage.allCases.map(\.rawValue).joined(separator: ", ")
      throw Failure(400, "unknown stage '\(name)'; expected one of: \(names)")
    }
    return stage
  }

  func top(_ text: String?) throws(Failure) -> Int {
    guard let text else { return 10 }
    guard let top = Int(text), (1...Self.maximumTop).contains(top) else {
      throw Failure(400, "top must be a whole number from 1 to \(Self.maximumTop)")
    }
    return top
  }
}
