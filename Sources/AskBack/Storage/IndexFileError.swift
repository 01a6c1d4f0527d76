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
    }
  }
}
