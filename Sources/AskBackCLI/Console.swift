import AskBack
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard input and output for the commands.
///
/// Output goes straight to the file descriptors with SIGPIPE ignored, so a failed write shows up
/// as an error the command can handle. Only a closed pipe (`askback … | head`, `EPIPE`) means the
/// reader went away; any other failure (a full disk, an I/O error, a closed descriptor) is a
/// failed run.
enum Console {
  /// A write to standard output that failed.
  enum OutputError: Error {
    /// The pipe's reader has gone (`EPIPE`): most commands stop quietly.
    case closed
    /// Any other failure: a one-line error and exit 1.
    case failed(SystemError)

    /// The one-line message for a failure.
    var message: String {
      switch self {
      case .closed: return "cannot write to standard output: \(SystemError(code: EPIPE))"
      case .failed(let error): return "cannot write to standard output: \(error)"
      }
    }
  }

  static func prepare() {
    signal(SIGPIPE, SIG_IGN)
  }

  /// Writes `text` to standard output.
  static func write(_ text: String) throws(OutputError) {
    var text = text
    let failure = text.withUTF8 { writeAll(STDOUT_FILENO, $0).failure }
    if let failure { throw failure.isBrokenPipe ? .closed : .failed(failure) }
  }

  /// Writes `bytes` to standard output.
  static func write(bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
    let (_, failure) = writeAll(STDOUT_FILENO, bytes)
    if let failure { throw failure.isBrokenPipe ? .closed : .failed(failure) }
  }

  /// Writes `text` to standard error as it is, without a line break.
  static func errorFragment(_ text: String) {
    var text = text
    _ = text.withUTF8 { writeAll(STDERR_FILENO, $0) }
  }

  /// Writes one line to standard error.
  static func error(_ line: String) {
    var line = line + "\n"
    _ = line.withUTF8 { writeAll(STDERR_FILENO, $0) }
  }

  /// Writes all of `bytes` to `fd`, retrying short and interrupted writes.
  ///
  /// - Returns: the bytes written, and the error that stopped the writing early, if any.
  @discardableResult
  static func writeAll(
    _ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> (written: Int, failure: SystemError?) {
    guard var address = bytes.baseAddress else { return (0, nil) }
    var remaining = bytes.count
    while remaining > 0 {
      let written = systemWrite(fd, address, remaining)
      if written < 0 {
        if errno == EINTR { continue }
        return (bytes.count - remaining, .last)
      }
      address += written
      remaining -= written
    }
    return (bytes.count, nil)
  }

  /// Whether file descriptor `fd` is a terminal.
  static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

  /// The terminal's width in columns, or 80.
  static func terminalWidth() -> Int {
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let width = Int(columns),
      width >= 20
    {
      return min(width, 200)
    }
    #if canImport(Glibc) || canImport(Darwin)
      var size = winsize()
      if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0,
        size.ws_col >= 20
      {
        return min(Int(size.ws_col), 200)
      }
    #endif
    return 80
  }

  /// Opens a file, or standard input for `nil` or `-`; on a terminal, says how to end the input.
  ///
  /// - Parameter what: what is read, for the notice ("the posting").
  static func openInput(path: String?, what: String) throws(CLIError) -> InputFile {
    let input: InputFile
    do {
      input = try InputFile(path: path)
    } catch {
      throw .failure(error.description)
    }
    if input.isStandardInput && isTerminal(STDIN_FILENO) {
      Console.error(
        "reading \(what) from standard input; end it with Ctrl-D on a line of its own")
    }
    return input
  }

  /// Reads all of a file, or of standard input for `nil` or `-`, refusing more than `limit` bytes.
  ///
  /// - Parameter what: what is read, for the messages ("the posting").
  static func readInput(path: String?, limit: Int, what: String) throws(CLIError) -> [UInt8] {
    let input = try openInput(path: path, what: what)
    do {
      return try input.readAll(limit: limit)
    } catch {
      throw .failure(message(for: error, what: what))
    }
  }

  /// The message for a failed read of `what`.
  static func message(for error: InputFile.Failure, what: String) -> String {
    switch error {
    case .tooLarge(_, let limit):
      return "\(what) is larger than \(limit >> 20) MiB; AskBack reads at most that much"
    case .system: return error.description
    }
  }

  /// Decodes `bytes` as UTF-8, without a leading byte order mark.
  ///
  /// Invalid sequences become U+FFFD, with a warning on standard error.
  static func decodeText(_ bytes: [UInt8], what: String) -> String {
    let bytes = ByteOrderMark.stripped(bytes)
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    error("warning: \(what) is not valid UTF-8; invalid bytes were replaced")
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// `write(2)`, named apart from the methods above.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, buffer, count)
}
