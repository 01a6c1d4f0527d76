/// A job posting with its known field, company and title, for measuring
/// recommendations.
public struct LabelledPosting: Sendable {
  public var id: String
  public var title: String
  public var company: String?
  /// The posting's field.
  public var category: String
  public var description: String
  /// The extra labels of a labels file, when one was read.
  public var labels: PostingLabels?

  public init(id: String, title: String, company: String?, category: String, description: String) {
    self.id = id
    self.title = title
    self.company = company
    self.category = category
    self.description = description
    self.labels = nil
  }

  /// The text as a person would paste it: the title, a blank line, the description.
  public var text: String { Recommender.postingText(title: title, body: description) }

  /// Reads a posting in the format of the development set:
  /// `{"id", "title", "company", "category", "description"}`.
  public init?(json value: JSONValue) {
    guard let id = value["id"]?.stringValue, let title = value["title"]?.stringValue,
      let category = value["category"]?.stringValue,
      let description = value["description"]?.stringValue ?? value["text"]?.stringValue
    else { return nil }
    self.init(
      id: id, title: title, company: value["company"]?.stringValue, category: category,
      description: description)
  }

  /// Reads JSON Lines of labelled postings.
  ///
  /// - Parameter path: the name to use in the error.
  /// - Throws: ``EvaluationError`` naming the first line that is not a labelled posting.
  public static func read(
    jsonLines bytes: [UInt8], path: String
  ) throws(EvaluationError)
    -> [LabelledPosting]
  {
    var postings: [LabelledPosting] = []
    var failure: EvaluationError?
    bytes.withUnsafeBufferPointer { buffer in
      JSONLines.forEachLine(in: buffer) { number, line in
        guard failure == nil else { return }
        guard let value = try? JSONReader.parse(line), let posting = LabelledPosting(json: value)
        else {
          failure = EvaluationError(path: path, line: number)
          return
        }
        postings.append(posting)
      }
    }
    if let failure { throw failure }
    return postings
  }
}

/// What a careful reader labelled in a posting: its O*NET-SOC occupation (with the codes also
/// acceptable), who the employer is, and whether a staffing agency wrote it.
///
/// A labels file holds one `{"id", "occupation", "alternatives", "employer", "acceptable",
/// "agency"}` a line; every member but `id` is optional.
public struct PostingLabels: Sendable, Equatable {
  public var occupation: OccupationCode?
  /// Other codes a careful reader would accept.
  public var alternatives: [OccupationCode]
  /// The employer's name as a candidate would use it (the client's for an agency posting), or
  /// `nil` when the posting does not name it.
  public var employer: String?
  /// Other forms of the employer's name that are also right.
  public var acceptableEmployers: [String]
  public var agency: Bool?

  public init(
    occupation: OccupationCode? = nil, alternatives: [OccupationCode] = [],
    employer: String? = nil, acceptableEmployers: [String] = [], agency: Bool? = nil
  ) {
    self.occupation = occupation
    self.alternatives = alternatives
    self.employer = employer
    self.acceptableEmployers = acceptableEmployers
    self.agency = agency
  }

  /// Reads one line of a labels file; `nil` when it has no string `id`.
  public static func read(json value: JSONValue) -> (id: String, labels: PostingLabels)? {
    guard let id = value["id"]?.stringValue else { return nil }
    let labels = PostingLabels(
      occupation: value["occupation"]?.stringValue.flatMap(OccupationCode.init),
      alternatives: (value["alternatives"]?.arrayValue ?? []).compactMap {
        $0.stringValue.flatMap(OccupationCode.init)
      },
      employer: value["employer"]?.stringValue,
      acceptableEmployers: (value["acceptable"]?.arrayValue ?? []).compactMap(\.stringValue),
      agency: value["agency"]?.boolValue)
    return (id, labels)
  }

  /// Reads a labels file: JSON Lines, one labelled posting a line, by id.
  /// - Throws: ``EvaluationError`` naming the first line without a string id.
  public static func read(
    jsonLines bytes: [UInt8], path: String
  ) throws(EvaluationError) -> [String: PostingLabels] {
    var labels: [String: PostingLabels] = [:]
    var failure: EvaluationError?
    bytes.withUnsafeBufferPointer { buffer in
      JSONLines.forEachLine(in: buffer) { number, line in
        guard failure == nil else { return }
        guard let value = try? JSONReader.parse(line), let (id, entry) = read(json: value) else {
          failure = EvaluationError(path: path, line: number, expected: "an object with \"id\"")
          return
        }
        labels[id] = entry
      }
    }
    if let failure { throw failure }
    return labels
  }

  /// The codes accepted as right: the occupation and its alternatives.
  public var acceptedOccupations: [OccupationCode] {
    (occupation.map { [$0] } ?? []) + alternatives
  }
}

/// A line of a labelled-postings file that is not a labelled posting.
public struct EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var line: Int
  /// What the line should have been.
  public var expected: String

  public init(
    path: String, line: Int,
    expected: String = "an object with \"id\", \"title\", \"category\" and \"description\""
  ) {
    self.path = path
    self.line = line
    self.expected = expected
  }

  public var description: String { "\(path):\(line): expected \(expected)" }
}
