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
      {"id", "role", "company", "occupations", "fields", "questions"}, or {"id", "line", "error"} for a \
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
    let input = try Console.openInput(path: parsed.positionals.first, what: "the postings")
    let showProgress = parsed.flag("progress") || Console.isTerminal(STDERR_FILENO)
    let source = SourceOptions(parsed)
    let recommender = try source.loadRecommender()
    try source.checkStage(list.stage, of: recommender)
    let processor = BatchProcessor(
      recommender: recommender, options: list.recommendation,
      maximumTextBytes: RecommendCommand.maximumPostingBytes)
    var reader = LineReader(limit: RecommendCommand.maximumPostingBytes + 4096) {
      buffer throws(LineReader.ReadError) in
      do throws(InputFile.Failure) {
        return try input.read(into: buffer)
      } catch {
        throw LineReader.ReadError(reason: error.description)
      }
    }
    var progress = Progress(enabled: showProgress, totalBytes: input.regularFileSize)
    var output = LineOutput(descriptor: STDOUT_FILENO)
    do {
      try processor.run(&reader, threads: threads) { outputs, bytesRead in
        try output.write(outputs)
        progress.advance(by: outputs.count, bytesRead: bytesRead)
      }
    } catch let error as LineReader.ReadError {
      throw CLIError.failure(error.reason)
    }
    progress.finish()
  }
}

/// Batch output: blocks of whole lines written to a descriptor, and after a failed write nothing
/// more.
///
/// A block is written in one go; when a write fails part-way, the lines written whole stay, and a
/// line cut short at the end of a regular file is cut off again (the file is truncated to its last
/// whole line), so the output never ends in half a record. A closed pipe is a failure too: lines
/// were lost, and a pipeline that retries on failure must hear of it.
struct LineOutput {
  let descriptor: Int32
  /// Whether the descriptor is a regular file, which a partial line can be cut from.
  let isRegularFile: Bool
  /// The whole lines written so far.
  private(set) var linesWritten = 0

  init(descriptor: Int32) {
    self.descriptor = descriptor
    var info = stat()
    isRegularFile = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
  }

  /// Writes `lines`, each followed by a line break.
  ///
  /// - Throws: ``CLIError/failure(_:)`` when the write fails: the output closed, with the count of
  ///   lines written, or any other failure with its reason.
  mutating func write(_ lines: [String]) throws(CLIError) {
    var block = lines.joined(separator: "\n") + "\n"
    let descriptor = self.descriptor
    let (written, wholeBytes, wholeLines, failure) = block.withUTF8 { bytes in
      let (written, failure) = Console.writeAll(descriptor, bytes)
      var wholeBytes = written
      while wholeBytes > 0 && bytes[wholeBytes - 1] != 0x0A { wholeBytes -= 1 }
      let wholeLines = bytes[0..<wholeBytes].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      return (written, wholeBytes, wholeLines, failure)
    }
    guard let failure else {
      linesWritten += lines.count
      return
    }
    linesWritten += wholeLines
    if written > wholeBytes && isRegularFile {
      let end = lseek(descriptor, 0, SEEK_CUR)
      if end >= 0 { _ = ftruncate(descriptor, end - off_t(written - wholeBytes)) }
    }
    if failure.isBrokenPipe {
      let count = linesWritten == 1 ? "1 line" : "\(linesWritten) lines"
      throw .failure("standard output closed after \(count); the rest were not written")
    }
    throw .failure(Console.OutputError.failed(failure).message)
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
