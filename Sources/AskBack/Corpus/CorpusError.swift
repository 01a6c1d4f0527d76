/// One problem in a corpus file, located by path and line.
public struct CorpusProblem: Sendable, Equatable, CustomStringConvertible {
  public var path: String
  /// The 1-based line, or 0 for a problem with the file as a whole.
  public var line: Int
  public var message: String

  public init(_ path: String, _ line: Int, _ message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: message`, or `path: message` for the file as a whole.
  public var description: String {
    line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
  }
}

/// Why a corpus could not be loaded.
public enum CorpusError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The folder or a file in it cannot be read.
  case unreadable(path: String, reason: String)
  /// Lines of the corpus are invalid.
  case invalid([CorpusProblem])

  /// One line: the first problem, and how many more there are.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      return "\(path): \(reason)"
    case .invalid(let problems):
      guard let first = problems.first else { return "the corpus is invalid" }
      let more = problems.count - 1
      return more == 0
        ? first.description : "\(first) (and \(more) more)"
    }
  }
}
