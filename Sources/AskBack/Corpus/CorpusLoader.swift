import Foundation

/// Reads a corpus folder: `questions.jsonl`, and optionally `descriptions.jsonl`
/// (job descriptions) and `fields.jsonl` (field profiles).
///
/// Every line is checked: valid JSON, an object, the required members with
/// the right types, a known category and stages, known fields when
/// `fields.jsonl` is present, well-formed slots, and IDs that are unique
/// within their file. ``load(directory:)`` throws when anything is wrong;
/// ``read(directory:)`` returns what it could read together with every problem.
///
///     let corpus = try CorpusLoader.load(directory: "Corpus")
public enum CorpusLoader {
  /// The file names inside a corpus folder.
  public static let questionsFile = "questions.jsonl"
  public static let descriptionsFile = "descriptions.jsonl"
  public static let fieldsFile = "fields.jsonl"

  /// Loads the corpus in `directory`.
  /// - Throws: ``CorpusError`` naming the first problem's file and line.
  public static func load(directory: String) throws(CorpusError) -> Corpus {
    try read(directory: directory).validCorpus()
  }

  /// Reads the corpus in `directory`, skipping bad lines.
  /// - Returns: the corpus read, where each entry came from, and every problem found.
  /// - Throws: ``CorpusError/unreadable(path:reason:)`` when the folder or
  ///   its questions file cannot be read.
  public static func read(directory: String) throws(CorpusError) -> CorpusReading {
    try checkFolder(directory)
    let questionsPath = join(directory, questionsFile)
    let questions = try readFile(questionsPath)
    let descriptionsPath = join(directory, descriptionsFile)
    let descriptions = try readFileIfPresent(descriptionsPath)
    let fieldsPath = join(directory, fieldsFile)
    let fields = try readFileIfPresent(fieldsPath)
    return read(
      questions: (questionsPath, questions),
      descriptions: descriptions.map { (descriptionsPath, $0) },
      fields: fields.map { (fieldsPath, $0) })
  }

  /// Reads a corpus from file contents, each given with the path to name in
  /// problems.
  public static func read(
    questions: (path: String, bytes: [UInt8]), descriptions: (path: String, bytes: [UInt8])?,
    fields: (path: String, bytes: [UInt8])?
  ) -> CorpusReading {
    var problems: [CorpusProblem] = []
    let (profiles, fieldLines) =
      fields.map { parseFields($0.bytes, path: $0.path, problems: &problems) } ?? ([], [])
    let known: Set<String>? = fields == nil ? nil : Set(profiles.map(\.name))
    let (questionList, questionLines) = parseQuestions(
      questions.bytes, path: questions.path, knownFields: known, problems: &problems)
    let (descriptionList, descriptionLines) =
      descriptions.map {
        parseDescriptions($0.bytes, path: $0.path, knownFields: known, problems: &problems)
      } ?? ([], [])
    if questionList.isEmpty && !problems.contains(where: { $0.path == questions.path }) {
      problems.append(CorpusProblem(questions.path, 0, "the file holds no questions"))
    }
    let corpus = Corpus(questions: questionList, descriptions: descriptionList, fields: profiles)
    return CorpusReading(
      corpus: corpus, problems: problems, questionsPath: questions.path,
      descriptionsPath: descriptions?.path, fieldsPath: fields?.path,
      questionLines: questionLines, descriptionLines: descriptionLines, fieldLines: fieldLines)
  }

  // MARK: Files

  /// Checks that `directory` is a folder.
  static func checkFolder(_ directory: String) throws(CorpusError) {
    var info = stat()
    guard stat(directory, &info) == 0 else {
      let error = SystemError.last
      throw .unreadable(
        path: directory, reason: error.code == ENOENT ? "no such folder" : error.description)
    }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      throw .unreadable(path: directory, reason: "not a folder")
    }
  }

  static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  static func readFile(_ path: String) throws(CorpusError) -> [UInt8] {
    do {
      return try InputFile.contents(ofFile: path)
    } catch {
      guard case .system(_, let reason) = error else {
        throw .unreadable(path: path, reason: "cannot read the file")
      }
      throw .unreadable(path: path, reason: reason.description)
    }
  }

  /// The file's bytes, or `nil` when there is no file at `path` (a dangling link counts as none).
  static func readFileIfPresent(_ path: String) throws(CorpusError) -> [UInt8]? {
    var info = stat()
    if stat(path, &info) != 0 && errno == ENOENT { return nil }
    return try readFile(path)
  }

  // MARK: Lines

  /// Calls `body` with each non-blank line parsed as a JSON object; reports
  /// lines that are not.
  static func forEachObject(
    in bytes: [UInt8], path: String, problems: inout [CorpusProblem],
    _ body: (_ line: Int, _ object: JSONValue, _ problems: inout [CorpusProblem]) -> Void
  ) {
    bytes.withUnsafeBufferPointer { buffer in
      JSONLines.forEachLine(in: buffer) { number, line in
        do {
          let value = try JSONReader.parse(line)
          guard case .object = value else {
            problems.append(
              CorpusProblem(path, number, "expected a JSON object, found \(value.kindName)"))
            return
          }
          body(number, value, &problems)
        } catch {
          problems.append(CorpusProblem(path, number, "malformed JSON: \(error)"))
        }
      }
    }
  }

  /// Reads member `key` as a non-empty string, or reports why not.
  static func string(
    _ object: JSONValue, _ key: String, path: String, line: Int, problems: inout [CorpusProblem],
    required: Bool = true
  ) -> String? {
    guard let value = object[key], !value.isNull else {
      if required { problems.append(CorpusProblem(path, line, "missing \"\(key)\"")) }
      return nil
    }
    guard let string = value.stringValue else {
      problems.append(
        CorpusProblem(path, line, "\"\(key)\" must be a string, not \(value.kindName)"))
      return nil
    }
    if required && string.allSatisfy(\.isWhitespace) {
      problems.append(CorpusProblem(path, line, "\"\(key)\" is empty"))
      return nil
    }
    return string
  }

  /// Reads member `key` as an array of strings (missing means empty), or
  /// reports why not.
  static func strings(
    _ object: JSONValue, _ key: String, path: String, line: Int, problems: inout [CorpusProblem],
    required: Bool = false
  ) -> [String]? {
    guard let value = object[key], !value.isNull else {
      if required {
        problems.append(CorpusProblem(path, line, "missing \"\(key)\""))
        return nil
      }
      return []
    }
    guard let elements = value.arrayValue else {
      problems.append(CorpusProblem(path, line, "\"\(key)\" must be an array of strings"))
      return nil
    }
    var result: [String] = []
    for element in elements {
      guard let string = element.stringValue else {
        problems.append(CorpusProblem(path, line, "\"\(key)\" must hold only strings"))
        return nil
      }
      result.append(string)
    }
    return result
  }

  /// Records the line where `key` first appears, or reports it as a
  /// duplicate of that line.
  static func noteFirst(
    _ key: String?, kind: String, path: String, line: Int, in firstLine: inout [String: Int],
    problems: inout [CorpusProblem]
  ) {
    guard let key else { return }
    if let first = firstLine[key] {
      problems.append(
        CorpusProblem(path, line, "duplicate \(kind) \"\(key)\" (first on line \(first))"))
    } else {
      firstLine[key] = line
    }
  }

  // MARK: Questions

  static func parseQuestions(
    _ bytes: [UInt8], path: String, knownFields: Set<String>?, problems: inout [CorpusProblem]
  ) -> ([Question], [Int]) {
    var questions: [Question] = []
    var lines: [Int] = []
    var firstLine: [String: Int] = [:]
    forEachObject(in: bytes, path: path, problems: &problems) { line, object, problems in
      let before = problems.count
      let id = string(object, "id", path: path, line: line, problems: &problems)
      let text = string(object, "text", path: path, line: line, problems: &problems)
      let categoryName = string(object, "category", path: path, line: line, problems: &problems)
      let stageNames = strings(
        object, "stages", path: path, line: line, problems: &problems, required: true)
      let fields = strings(object, "fields", path: path, line: line, problems: &problems)
      let keywords = strings(object, "keywords", path: path, line: line, problems: &problems)
      var category: Category?
      if let categoryName {
        category = Category(rawValue: categoryName)
        if category == nil {
          problems.append(CorpusProblem(path, line, "unknown category \"\(categoryName)\""))
        }
      }
      var stages = StageSet()
      if let stageNames {
        if stageNames.isEmpty { problems.append(CorpusProblem(path, line, "\"stages\" is empty")) }
        for name in stageNames {
          if let stage = Stage(rawValue: name) {
            stages.insert(stage)
          } else {
            problems.append(CorpusProblem(path, line, "unknown stage \"\(name)\""))
          }
        }
      }
      if let fields, let knownFields {
        for field in fields where !knownFields.contains(field) {
          problems.append(CorpusProblem(path, line, "unknown field \"\(field)\""))
        }
      }
      noteFirst(id, kind: "id", path: path, line: line, in: &firstLine, problems: &problems)
      guard problems.count == before, let id, let text, let category, let fields, let keywords
      else { return }
      do {
        questions.append(
          try Question(
            id: id, text: text, category: category, stages: stages, fields: fields,
            keywords: keywords))
        lines.append(line)
      } catch {
        problems.append(CorpusProblem(path, line, "bad slot: \(error)"))
      }
    }
    return (questions, lines)
  }

  // MARK: Job descriptions

  static func parseDescriptions(
    _ bytes: [UInt8], path: String, knownFields: Set<String>?, problems: inout [CorpusProblem]
  ) -> ([JobDescription], [Int]) {
    var descriptions: [JobDescription] = []
    var lines: [Int] = []
    var firstLine: [String: Int] = [:]
    forEachObject(in: bytes, path: path, problems: &problems) { line, object, problems in
      let before = problems.count
      let id = string(object, "id", path: path, line: line, problems: &problems)
      let title = string(
        object, "title", path: path, line: line, problems: &problems, required: false)
      let category = string(object, "category", path: path, line: line, problems: &problems)
      let text = string(object, "text", path: path, line: line, problems: &problems)
      if let category, let knownFields, !knownFields.contains(category) {
        problems.append(CorpusProblem(path, line, "unknown field \"\(category)\""))
      }
      noteFirst(id, kind: "id", path: path, line: line, in: &firstLine, problems: &problems)
      guard problems.count == before, let id, let category, let text else { return }
      descriptions.append(
        JobDescription(id: id, title: title ?? "", category: category, text: text))
      lines.append(line)
    }
    return (descriptions, lines)
  }

  // MARK: Field profiles

  static func parseFields(
    _ bytes: [UInt8], path: String, problems: inout [CorpusProblem]
  ) -> ([FieldProfile], [Int]) {
    var fields: [FieldProfile] = []
    var lines: [Int] = []
    var firstLine: [String: Int] = [:]
    forEachObject(in: bytes, path: path, problems: &problems) { line, object, problems in
      let before = problems.count
      let name = string(object, "name", path: path, line: line, problems: &problems)
      let description = string(object, "description", path: path, line: line, problems: &problems)
      let terms = strings(
        object, "terms", path: path, line: line, problems: &problems, required: true)
      let titles = strings(object, "titles", path: path, line: line, problems: &problems)
      noteFirst(name, kind: "field", path: path, line: line, in: &firstLine, problems: &problems)
      guard problems.count == before, let name, let description, let terms, let titles else {
        return
      }
      fields.append(
        FieldProfile(name: name, description: description, terms: terms, titles: titles))
      lines.append(line)
    }
    return (fields, lines)
  }
}

/// A corpus as read from its files: the entries that were valid, the line
/// each came from, and every problem found.
public struct CorpusReading: Sendable {
  public var corpus: Corpus
  public var problems: [CorpusProblem]
  public var questionsPath: String
  public var descriptionsPath: String?
  public var fieldsPath: String?
  /// `questionLines[i]` is the line of `corpus.questions[i]`.
  public var questionLines: [Int]
  /// `descriptionLines[i]` is the line of `corpus.descriptions[i]`.
  public var descriptionLines: [Int]
  /// `fieldLines[i]` is the line of `corpus.fields[i]`.
  public var fieldLines: [Int]

  /// The corpus, if no problem was found.
  /// - Throws: ``CorpusError/invalid(_:)`` with the problems.
  public func validCorpus() throws(CorpusError) -> Corpus {
    if !problems.isEmpty { throw .invalid(problems) }
    return corpus
  }
}
