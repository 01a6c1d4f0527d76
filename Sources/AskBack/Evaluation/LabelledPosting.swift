/// A job posting with its known field, company and title, for measuring
/// recommendations.
public struct LabelledPosting: Sendable {
  public var id: String
  public var title: String
  public var company: String?
  /// The posting's field.
  public var category: String
  public var description: String

  public init(id: String, title: String, company: String?, category: String, description: String) {
    self.id = id
    self.title = title
    self.company = company
    self.category = category
    self.description = description
  }

  /// The text as a person would paste it: the title, a blank line, the description.
  public var text: String { title + "\n\n" + description }

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

/// A line of a labelled-postings file that is not a labelled posting.
public struct EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var line: Int

  public var description: String {
    "\(path):\(line): expected an object with \"id\", \"title\", \"category\" and \"description\""
  }
}
