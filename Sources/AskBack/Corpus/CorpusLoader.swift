import Foundation

/// Reads a corpus folder: `questions.jsonl`, and optionally `descriptions.jsonl` (job
/// descriptions) and the files of `occupations/` (see ``CorpusFiles``).
///
/// Every line is checked: valid JSON, an object, the required members with the right types, a
/// known category and stages, occupation tags of the SOC structure when it is present, known
/// employer kinds, well-formed slots, and IDs that are unique within their file. ``load(directory:)`` throws when anything is wrong;
/// ``read(directory:)`` returns what it could read together with every problem.
///
///     let corpus = try CorpusLoader.load(directory: "Corpus")
public enum CorpusLoader {

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
    read(try files(directory: directory))
  }

  /// The corpus files in `directory`.
  /// - Throws: ``CorpusError/unreadable(path:reason:)`` when the folder or its questions file
  ///   cannot be read.
  public static func files(directory: String) throws(CorpusError) -> CorpusFiles {
    try checkFolder(directory)
    var contents: [String: [UInt8]] = [:]
    contents[CorpusFiles.questionsFile] = try readFile(join(directory, CorpusFiles.questionsFile))
    for name in CorpusFiles.names.dropFirst() {
      if let bytes = try readFileIfPresent(join(directory, name)) { contents[name] = bytes }
    }
    return CorpusFiles(folder: directory, contents: contents)
  }

  /// Reads a corpus from its files' contents.
  public static func read(_ files: CorpusFiles) -> CorpusReading {
    var problems: [CorpusProblem] = []
    let soc = files.file(CorpusFiles.socFile).map {
      parseSOC($0.bytes, path: $0.path, problems: &problems)
    }
    let occupations =
      files.file(CorpusFiles.occupationsFile).map {
        parseOccupations($0.bytes, path: $0.path, problems: &problems)
      } ?? []
    let questionsFile =
      files.file(CorpusFiles.questionsFile) ?? (files.path(CorpusFiles.questionsFile), [])
    let (questionList, questionLines) = parseQuestions(
      questionsFile.bytes, path: questionsFile.path, soc: soc, problems: &problems)
    let descriptions = files.file(CorpusFiles.descriptionsFile)
    let (descriptionList, descriptionLines) =
      descriptions.map {
        parseDescriptions(
          $0.bytes, path: $0.path,
          knownOccupations: occupations.isEmpty ? nil : Set(occupations.map(\.code)),
          problems: &problems)
      } ?? ([], [])
    if questionList.isEmpty && !problems.contains(where: { $0.path == questionsFile.path }) {
      problems.append(CorpusProblem(questionsFile.path, 0, "the file holds no questions"))
    }
    let technology =
      files.file(CorpusFiles.technologyFile).map {
        parseToolExamples($0.bytes, path: $0.path, problems: &problems)
      } ?? []
    let equipment =
      files.file(CorpusFiles.equipmentFile).map {
        parseToolExamples($0.bytes, path: $0.path, problems: &problems)
      } ?? []
    let corpus = Corpus(
      questions: questionList, descriptions: descriptionList, occupations: occupations,
      soc: soc ?? SOCStructure(), technology: technology,
      equipment: equipment)
    return CorpusReading(
      corpus: corpus, problems: problems, questionsPath: questionsFile.path,
      descriptionsPath: descriptions?.path, questionLines: questionLines,
      descriptionLines: descriptionLines)
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
}

/// A corpus as read from its files: the entries that were valid, the line
/// each came from, and every problem found.
public struct CorpusReading: Sendable {
  public var corpus: Corpus
  public var problems: [CorpusProblem]
  public var questionsPath: String
  public var descriptionsPath: String?
  /// `questionLines[i]` is the line of `corpus.questions[i]`.
  public var questionLines: [Int]
  /// `descriptionLines[i]` is the line of `corpus.descriptions[i]`.
  public var descriptionLines: [Int]

  /// The corpus, if no problem was found.
  /// - Throws: ``CorpusError/invalid(_:)`` with the problems.
  public func validCorpus() throws(CorpusError) -> Corpus {
    if !problems.isEmpty { throw .invalid(problems) }
    return corpus
  }
}
