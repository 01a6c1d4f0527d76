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
    let input = try Console.openInput(path: parsed.positionals.first, what: "the postings")
    let showProgress = parsed.flag("progress") || Console.isTerminal(STDERR_FILENO)
    let processor = BatchProcessor(
      recommender: try SourceOptions(parsed).loadRecommender(), options: list.recommendation,
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
    do {
      try processor.run(&reader, threads: threads) { outputs, bytesRead in
        try Console.write(outputs.joined(separator: "\n") + "\n")
        progress.advance(by: outputs.count, bytesRead: bytesRead)
      }
    } catch let error as LineReader.ReadError {
      throw CLIError.failure(error.reason)
    }
    progress.finish()
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
