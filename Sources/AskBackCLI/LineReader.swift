import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a file descriptor in fixed-size chunks, so memory stays bounded whatever the
/// input's size.
///
/// A line longer than the limit is not kept: it is reported as too long and skipped up to its end.
struct LineReader {
  enum Line {
    case text(number: Int, bytes: [UInt8])
    case tooLong(number: Int)
  }

  let fd: Int32
  let limit: Int
  private var buffer = [UInt8](repeating: 0, count: 1 << 16)
  private var pending: [UInt8] = []
  private var start = 0
  private var end = 0
  private var number = 0
  private var atEOF = false
  private var discarding = false
  /// The bytes read from the descriptor so far.
  private(set) var bytesRead = 0

  init(fd: Int32, limit: Int) {
    self.fd = fd
    self.limit = limit
  }

  /// The next line without its line break, or `nil` at the end of input.
  /// - Throws: ``CLIError`` when reading fails.
  mutating func next() throws(CLIError) -> Line? {
    while true {
      // Look for a line break in what is buffered.
      var i = start
      while i < end && buffer[i] != 0x0A { i += 1 }
      if i < end {
        let piece = buffer[start..<i]
        start = i + 1
        number += 1
        if discarding {
          discarding = false
          pending.removeAll(keepingCapacity: true)
          return .tooLong(number: number)
        }
        if pending.count + piece.count > limit {
          pending.removeAll(keepingCapacity: true)
          return .tooLong(number: number)
        }
        var line = pending
        pending.removeAll(keepingCapacity: true)
        line.append(contentsOf: piece)
        if line.last == 0x0D { line.removeLast() }
        return .text(number: number, bytes: line)
      }
      // No break: keep the partial line (unless it is already too long).
      if !discarding {
        pending.append(contentsOf: buffer[start..<end])
        if pending.count > limit {
          pending.removeAll(keepingCapacity: true)
          discarding = true
        }
      }
      start = 0
      end = 0
      if atEOF {
        guard discarding || !pending.isEmpty else { return nil }
        number += 1
        if discarding {
          discarding = false
          return .tooLong(number: number)
        }
        var line = pending
        pending.removeAll()
        if line.last == 0x0D { line.removeLast() }
        return .text(number: number, bytes: line)
      }
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .failure("cannot read the input: \(String(cString: strerror(errno)))")
      }
      if count == 0 { atEOF = true }
      end = count
      bytesRead += count
    }
  }
}
