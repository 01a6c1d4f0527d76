/// Why an index file cannot be used.
public enum IndexFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file cannot be read.
  case unreadable(path: String, reason: String)
  /// The file does not start with AskBack's magic bytes.
  case notAnIndex
  /// The file was written in another format version.
  case unsupportedVersion(found: UInt32, supported: UInt32)
  /// The file ends before its contents do.
  case truncated
  /// The checksum does not match: the file was damaged.
  case checksumMismatch
  /// The contents do not fit together.
  case corrupt(String)
  /// The index was built from another corpus than the one given.
  case differentCorpus
  /// The header declares a file larger than AskBack reads.
  case tooLarge(declared: Int, limit: Int)
  /// The file goes on past the size its header declares (its size, when known).
  case longerThanDeclared(size: Int?, declared: Int)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): return "\(path): \(reason)"
    case .notAnIndex: return "not an AskBack index file (wrong magic bytes)"
    case .unsupportedVersion(let found, let supported):
      return
        "index format version \(found) is not supported (this version of AskBack reads version \(supported))"
    case .truncated: return "the index file is truncated"
    case .checksumMismatch: return "the index file is damaged (checksum mismatch)"
    case .corrupt(let detail): return "the index file is damaged: \(detail)"
    case .differentCorpus:
      return "the index was built from a different corpus"
    case .tooLarge(let declared, let limit):
      return
        "the index file's header declares \(declared) bytes, more than the \(limit >> 20) MiB AskBack reads"
    case .longerThanDeclared(let size?, let declared):
      return "the index file is longer than its header says (\(size) bytes, not \(declared))"
    case .longerThanDeclared(nil, let declared):
      return "the index file is longer than its header says (more than \(declared) bytes)"
    }
  }
}
