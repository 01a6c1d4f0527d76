import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file or standard input opened for reading, with every failure told in AskBack's words.
///
/// Reads go straight to `read(2)`, so a closed descriptor, a loop of symbolic links or a folder
/// given as a file each get their own message (``SystemError``) instead of Foundation's.
///
///     let input = try InputFile(path: "posting.txt")
///     let bytes = try input.readAll(limit: 4 << 20)
public final class InputFile {
  /// The descriptor read.
  public let descriptor: Int32
  /// The path as given, or "standard input".
  public let name: String
  /// Whether this is standard input, which is not closed when the file is.
  public let isStandardInput: Bool

  /// Why a file cannot be read.
  public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file cannot be opened or read.
    case system(name: String, SystemError)
    /// The file holds more than the limit.
    case tooLarge(name: String, limit: Int)

    public var description: String {
      switch self {
      case .system(let name, let error):
        return name == "standard input"
          ? "cannot read standard input: \(error)" : "\(name): \(error)"
      case .tooLarge(let name, let limit):
        return "\(name) is larger than \(limit >> 20) MiB; AskBack reads at most that much"
      }
    }
  }

  /// Opens `path` for reading, or standard input for `nil` or `-`.
  ///
  /// - Throws: ``Failure`` when the file cannot be opened, is a folder, or (for standard input)
  ///   is closed.
  public init(path: String?) throws(Failure) {
    guard let path, path != "-" else {
      descriptor = STDIN_FILENO
      name = "standard input"
      isStandardInput = true
      var info = stat()
      guard fstat(STDIN_FILENO, &info) == 0 else { throw .system(name: name, .last) }
      guard (info.st_mode & S_IFMT) != S_IFDIR else {
        throw .system(name: name, SystemError(code: EISDIR))
      }
      return
    }
    name = path
    isStandardInput = false
    guard !path.isEmpty else { throw .system(name: "''", SystemError(code: ENOENT)) }
    var fd: Int32
    repeat { fd = open(path, O_RDONLY | O_CLOEXEC) } while fd < 0 && errno == EINTR
    guard fd >= 0 else { throw .system(name: path, .last) }
    descriptor = fd
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .system(name: path, .last) }
    guard (info.st_mode & S_IFMT) != S_IFDIR else {
      throw .system(name: path, SystemError(code: EISDIR))
    }
  }

  deinit {
    if !isStandardInput { close(descriptor) }
  }

  /// The size of the file when it is a regular file, else `nil` (a pipe, a terminal, a device).
  public var regularFileSize: Int? {
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
  }

  /// Reads into `buffer` and returns the count, 0 at the end; retries interrupted reads.
  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
    let count = readRetrying(into: buffer)
    guard count >= 0 else { throw .system(name: name, .last) }
    return count
  }

  /// `read(2)` into `buffer`, retried when interrupted: the count, or -1 with `errno` set.
  private func readRetrying(into buffer: UnsafeMutableRawBufferPointer) -> Int {
    while true {
      let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
      if count >= 0 || errno != EINTR { return count }
    }
  }

  /// Reads up to `count` bytes, fewer only at the end of the file.
  public func read(upTo count: Int) throws(Failure) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let got = bytes.withUnsafeMutableBytes {
        readRetrying(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]))
      }
      guard got >= 0 else { throw .system(name: name, .last) }
      if got == 0 { break }
      filled += got
    }
    bytes.removeSubrange(filled...)
    return bytes
  }

  /// Reads the rest of the file, refusing more than `limit` bytes without reading further.
  ///
  /// - Complexity: O(*n*) in the bytes read.
  public func readAll(limit: Int) throws(Failure) -> [UInt8] {
    var bytes: [UInt8] = []
    if let size = regularFileSize {
      guard size <= limit else { throw .tooLarge(name: name, limit: limit) }
      bytes.reserveCapacity(size)
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let got = chunk.withUnsafeMutableBytes { readRetrying(into: $0) }
      guard got >= 0 else { throw .system(name: name, .last) }
      if got == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<got])
      if bytes.count > limit { throw .tooLarge(name: name, limit: limit) }
    }
  }

  /// The contents of the file at `path`.
  ///
  /// - Throws: ``Failure``.
  public static func contents(ofFile path: String, limit: Int = .max) throws(Failure) -> [UInt8] {
    try InputFile(path: path).readAll(limit: limit)
  }
}

/// `read(2)`, named apart from the methods above.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}
