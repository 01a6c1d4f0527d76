import AskBack
import Foundation

/// A benchmark failure: bad arguments (exit 64) or bad input (exit 1).
struct BenchError: Error, CustomStringConvertible {
  var description: String
  var isUsage = false

  static func usage(_ message: String) -> BenchError {
    BenchError(description: message, isUsage: true)
  }
}

/// `--name value` options, nothing else.
struct BenchOptions {
  private var values: [String: String] = [:]

  init(_ arguments: [String]) throws {
    var i = 0
    while i < arguments.count {
      let argument = arguments[i]
      guard argument.hasPrefix("--"), argument.count > 2 else {
        throw BenchError.usage("unexpected argument '\(argument)'")
      }
      guard i + 1 < arguments.count else {
        throw BenchError.usage("missing value for '\(argument)'")
      }
      values[String(argument.dropFirst(2))] = arguments[i + 1]
      i += 2
    }
  }

  func string(_ name: String) -> String? { values[name] }

  func integer(_ name: String, default value: Int) throws -> Int {
    guard let text = values[name] else { return value }
    guard let number = Int(text), number >= 0 else {
      throw BenchError.usage("--\(name) wants a whole number, got '\(text)'")
    }
    return number
  }

  func require(_ name: String) throws -> String {
    guard let value = values[name] else { throw BenchError.usage("missing --\(name)") }
    return value
  }
}

/// Texts from a JSON Lines file, held back to back in one byte array.
struct TextTable: Sendable {
  var ids: [String] = []
  var bytes: [UInt8] = []
  var offsets: [Int] = [0]

  var count: Int { ids.count }

  init() {}

  /// Reads the `id` and `text` members of every line of `path`, a chunk at
  /// a time, so the file is never held in memory beside the texts.
  init(path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw BenchError(description: "\(path): cannot read the file")
    }
    defer { try? handle.close() }
    var pending: [UInt8] = []
    var number = 0
    func take(_ line: ArraySlice<UInt8>) throws {
      number += 1
      guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { return }
      let value: JSONValue
      do {
        value = try Array(line).withUnsafeBufferPointer { buffer throws(JSONError) in
          try JSONReader.parse(buffer)
        }
      } catch {
        throw BenchError(description: "\(path):\(number): \(error)")
      }
      guard let id = value["id"]?.stringValue, let text = value["text"]?.stringValue else {
        throw BenchError(description: "\(path):\(number): needs string members \"id\" and \"text\"")
      }
      ids.append(id)
      bytes.append(contentsOf: text.utf8)
      offsets.append(bytes.count)
    }
    while true {
      let chunk: Data
      do {
        guard let read = try handle.read(upToCount: 1 << 20), !read.isEmpty else { break }
        chunk = read
      } catch {
        throw BenchError(description: "\(path): cannot read: \(error.localizedDescription)")
      }
      pending.append(contentsOf: chunk)
      var start = 0
      while let newline = pending[start...].firstIndex(of: 0x0A) {
        try take(pending[start..<newline])
        start = newline + 1
      }
      pending.removeSubrange(0..<start)
    }
    if !pending.isEmpty { try take(pending[...]) }
  }

  /// Calls `body` with the UTF-8 bytes of text `i`.
  func withText<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    bytes.withUnsafeBufferPointer {
      body(UnsafeBufferPointer(rebasing: $0[offsets[i]..<offsets[i + 1]]))
    }
  }
}

/// Wall-clock seconds since `start`.
func seconds(since start: ContinuousClock.Instant) -> Double {
  let elapsed = ContinuousClock.now - start
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}

/// The `q`-th percentile of `values`, interpolated linearly between the two
/// nearest ranks as numpy's default does.
func percentile(_ values: [Double], _ q: Double) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return 0 }
  let position = q / 100 * Double(sorted.count - 1)
  let lower = Int(position.rounded(.down))
  let upper = min(lower + 1, sorted.count - 1)
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
}

/// Rounds to `places` decimals for the JSON report.
func rounded(_ value: Double, _ places: Int) -> Double {
  var scale = 1.0
  for _ in 0..<places { scale *= 10 }
  return (value * scale).rounded() / scale
}

/// Keeps the optimiser from discarding a result.
@inline(never)
func blackHole<T>(_ value: T) {
  withExtendedLifetime(value) {}
}
