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
/// Output goes straight to the file descriptors with SIGPIPE ignored, so a
/// closed pipe (`askback batch ... | head`) shows up as a failed write that
/// ends the run quietly instead of killing the process.
enum Console {
  /// Thrown when standard output is closed; the run stops without a message.
  struct OutputClosed: Error {}

  static func prepare() {
    signal(SIGPIPE, SIG_IGN)
  }

  /// Writes `text` to standard output.
  static func write(_ text: String) throws(OutputClosed) {
    var text = text
    let ok = text.withUTF8 { writeAll(STDOUT_FILENO, $0) }
    if !ok { throw OutputClosed() }
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
  /// Returns false when the descriptor is closed or fails.
  static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard var address = bytes.baseAddress else { return true }
    var remaining = bytes.count
    while remaining > 0 {
      let written = systemWrite(fd, address, remaining)
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      address += written
      remaining -= written
    }
    return true
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

  /// Decodes `bytes` as UTF-8.
  ///
  /// Invalid sequences become U+FFFD, with a warning on standard error.
  static func decodeText(_ bytes: [UInt8], what: String) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    error("warning: \(what) is not valid UTF-8; invalid bytes were replaced")
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// `write(2)`, named apart from the methods above.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, buffer, count)
}
