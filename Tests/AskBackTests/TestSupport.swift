import Foundation
import Testing

@testable import AskBack

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Paths found through `#filePath`, so tests need no bundle resources.
enum Paths {
  /// This test target's folder.
  static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  /// The package root.
  static let package = tests.deletingLastPathComponent().deletingLastPathComponent()
  static let fixtures = tests.appending(path: "Fixtures")
  static let corpus = package.appending(path: "Corpus")
  static let examples = package.appending(path: "Examples")

  /// A scratch folder `name` of this checkout's own in the temporary folder, so that the tests
  /// of several checkouts running at once never share files.
  static func scratch(_ name: String) -> URL {
    var path = package.path
    let tag = path.withUTF8 { String(checksum64($0), radix: 16) }
    return FileManager.default.temporaryDirectory.appending(path: "\(name)-\(tag)")
  }

  /// The folder that holds the built products: the test binary's folder.
  static let products: URL = {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appending(path: "askback").path) { return url }
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  }()
}

/// Reads a fixture or package file as text.
func readText(_ url: URL) throws -> String {
  try String(contentsOf: url, encoding: .utf8)
}

/// The result of running a built executable.
struct RunResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs the built `askback` with `arguments`, feeding `input` on standard input.
func runAskBack(
  _ arguments: [String], input: String? = nil, inputBytes: [UInt8]? = nil
) throws -> RunResult {
  try runProduct("askback", arguments, input: inputBytes ?? input.map { Array($0.utf8) })
}

/// Runs the built product `name` and collects its output.
func runProduct(_ name: String, _ arguments: [String], input: [UInt8]? = nil) throws -> RunResult {
  try runProcess(Paths.products.appending(path: name), arguments, input: input)
}

/// Runs `executable` with `arguments`, feeding `input`, and collects its output.
///
/// With `closedOutput`, standard output is a pipe whose reading end is closed before the process
/// starts, so its first write fails as `askback … | head` fails once `head` has gone.
func runProcess(
  _ executable: URL, _ arguments: [String], input: [UInt8]? = nil,
  environment: [String: String]? = nil, directory: URL? = nil, closedOutput: Bool = false
) throws -> RunResult {
  // The child may write into a closed pipe; that must not kill this test process.
  signal(SIGPIPE, SIG_IGN)
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  if let environment { process.environment = environment }
  if let directory { process.currentDirectoryURL = directory }
  let stdin = Pipe()
  let stdout = Pipe()
  let stderr = Pipe()
  process.standardInput = stdin
  process.standardOutput = stdout
  process.standardError = stderr
  if closedOutput { try stdout.fileHandleForReading.close() }
  try process.run()
  // Read both pipes on their own threads so neither can fill up and block.
  let outBox = DataBox()
  let errBox = DataBox()
  let group = DispatchGroup()
  if !closedOutput {
    DispatchQueue.global().async(group: group) {
      outBox.data = stdout.fileHandleForReading.readDataToEndOfFile()
    }
  }
  DispatchQueue.global().async(group: group) {
    errBox.data = stderr.fileHandleForReading.readDataToEndOfFile()
  }
  // A child that stops early may never read its input: a failed write is not an error here.
  if let input { try? stdin.fileHandleForWriting.write(contentsOf: Data(input)) }
  try? stdin.fileHandleForWriting.close()
  process.waitUntilExit()
  group.wait()
  return RunResult(
    status: process.terminationStatus,
    stdout: String(decoding: outBox.data, as: UTF8.self),
    stderr: String(decoding: errBox.data, as: UTF8.self))
}

final class DataBox: @unchecked Sendable {
  var data = Data()
}

/// The deterministic generator of seeded random tests: the library's SplitMix64.
typealias SeededGenerator = SplitMix64

/// The shipped corpus, loaded once; `try shippedCorpus.get()` in a test.
let shippedCorpus = Result { () throws(CorpusError) -> Corpus in
  try CorpusLoader.load(directory: Paths.corpus.path)
}
