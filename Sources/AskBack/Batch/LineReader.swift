/// Reads lines from a byte source in fixed-size chunks, so memory stays bounded whatever the
/// input's size.
///
/// A line longer than the limit is not kept: it is reported as too long and skipped up to its end.
/// Lines end with LF; a CR before it is dropped.
///
///     var reader = LineReader(limit: 1 << 20) { buffer in read(fd, buffer.baseAddress, buffer.count) }
///     while let line = try reader.next() { ... }
public struct LineReader {
  /// One line of input.
  public enum Line: Sendable {
    /// A line and its bytes, without the line break.
    case text(number: Int, bytes: [UInt8])
    /// A line longer than the limit.
    case tooLong(number: Int)
  }

  /// A failed read, with the reason to show.
  public struct ReadError: Error, Sendable {
    public var reason: String
    public init(reason: String) { self.reason = reason }
  }

  /// Fills as much of the buffer as it can and returns the count; 0 at the end of input.
  public typealias Source = (UnsafeMutableRawBufferPointer) throws(ReadError) -> Int

  let source: Source
  /// The longest line kept, in bytes.
  public let limit: Int
  private var buffer = [UInt8](repeating: 0, count: 1 << 16)
  private var pending: [UInt8] = []
  private var start = 0
  private var end = 0
  private var number = 0
  private var atEOF = false
  private var discarding = false
  /// The bytes read from the descriptor so far.
  public private(set) var bytesRead = 0

  public init(limit: Int, source: @escaping Source) {
    self.limit = limit
    self.source = source
  }

  /// The next line without its line break, or `nil` at the end of input.
  /// - Throws: ``ReadError`` when the source fails.
  public mutating func next() throws(ReadError) -> Line? {
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
      var failure: ReadError?
      let count = buffer.withUnsafeMutableBytes { bytes -> Int in
        do throws(ReadError) { return try source(bytes) } catch {
          failure = error
          return 0
        }
      }
      if let failure { throw failure }
      if count == 0 { atEOF = true }
      end = count
      bytesRead += count
    }
  }
}
