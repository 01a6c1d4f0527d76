import AskBack
import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `askback batch`: questions for many postings, JSON Lines in and out.
enum BatchCommand {
  static let spec = CommandSpec(
    path: ["batch"],
    abstract: "Recommend questions for many postings: JSON Lines in, JSON Lines out.",
    discussion: """
      Reads one {"id", "text"} object a line ("description" is accepted for "text") from \
      the file or standard input, and writes one line per input line, in the same order: \
      {"id", "role", "company", "fields", "questions"}, or {"id", "line", "error"} for a \
      line that cannot be served. Memory stays bounded whatever the input's size.
      """,
    arguments: [
      ArgumentSpec(name: "file", help: "The postings to read; '-' or nothing reads standard input.")
    ],
    options: ListOptions.specs + [
      OptionSpec(
        name: "threads", valueName: "n",
        help: "Worker threads; the default is the number of cores.",
        defaultValue: String(defaultThreads)),
      OptionSpec(
        name: "progress",
        help: "Show progress on standard error (the default when it is a terminal)."),
    ] + SourceOptions.specs)

  /// The allowed `--threads`.
  static let threadRange = 1...256
  /// The default `--threads`: the core count, within the allowed range.
  static var defaultThreads: Int {
    min(
      threadRange.upperBound,
      max(threadRange.lowerBound, ProcessInfo.processInfo.activeProcessorCount))
  }

  static let command = Command(spec: spec) { parsed in
    let list = try ListOptions(parsed, command: spec)
    let threads = try ArgumentParser.integer(parsed, "threads", in: threadRange, spec: spec) ?? 1
    let fd = try openInput(parsed.positionals.first)
    defer { if fd != STDIN_FILENO { close(fd) } }
    let showProgress = parsed.flag("progress") || Console.isTerminal(STDERR_FILENO)
    let processor = BatchProcessor(
      recommender: try SourceOptions(parsed).loadRecommender(), options: list.recommendation,
      maximumTextBytes: RecommendCommand.maximumPostingBytes)
    var reader = LineReader(limit: RecommendCommand.maximumPostingBytes + 4096) {
      buffer throws(LineReader.ReadError) in
      while true {
        let count = read(fd, buffer.baseAddress, buffer.count)
        if count >= 0 { return count }
        if errno != EINTR {
          throw LineReader.ReadError(reason: String(cString: strerror(errno)))
        }
      }
    }
    var progress = Progress(enabled: showProgress, totalBytes: inputSize(fd))
    do {
      try processor.run(&reader, threads: threads) { outputs, bytesRead in
        try Console.write(outputs.joined(separator: "\n") + "\n")
        progress.advance(by: outputs.count, bytesRead: bytesRead)
      }
    } catch let error as LineReader.ReadError {
      throw CLIError.failure("cannot read the input: \(error.reason)")
    }
    progress.finish()
  }

  static func openInput(_ path: String?) throws(CLIError) -> Int32 {
    guard let path, path != "-" else { return STDIN_FILENO }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .failure("\(path): no such file")
    }
    guard !isDirectory.boolValue else { throw .failure("\(path): is a folder, not a file") }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .failure("\(path): cannot read the file") }
    return fd
  }

  /// The size of the input when it is a regular file, for the ETA.
  static func inputSize(_ fd: Int32) -> Int? {
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
  }
}

/// A progress line on standard error: count, rate and, for a file, the ETA.
struct Progress {
  let enabled: Bool
  let totalBytes: Int?
  let start = ContinuousClock.now
  var count = 0
  var lastShown = ContinuousClock.now

  init(enabled: Bool, totalBytes: Int?) {
    self.enabled = enabled
    self.totalBytes = totalBytes
  }

  mutating func advance(by lines: Int, bytesRead: Int) {
    count += lines
    guard enabled, ContinuousClock.now - lastShown > .milliseconds(250) else { return }
    lastShown = .now
    let elapsed = seconds(since: start)
    let rate = Double(count) / max(elapsed, 1e-9)
    var line = "\r\(count) postings, \(Int(rate.rounded()))/s"
    if let totalBytes, totalBytes > 0, bytesRead > 0 {
      let remaining = elapsed * Double(totalBytes - min(bytesRead, totalBytes)) / Double(bytesRead)
      line += ", ETA \(Int(remaining.rounded()))s"
    }
    Console.errorFragment(line + "   ")
  }

  func finish() {
    guard enabled else { return }
    let elapsed = seconds(since: start)
    let rate = Double(count) / max(elapsed, 1e-9)
    Console.errorFragment(
      "\r\(count) postings in \(JSONWriter.format(elapsed, decimals: 1))s, \(Int(rate.rounded()))/s   \n"
    )
  }

  func seconds(since instant: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - instant
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  }
}
