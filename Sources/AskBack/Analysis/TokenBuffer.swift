/// The terms of one text, as byte strings in one reusable buffer.
///
/// An analyzer appends terms here; clearing keeps the storage, so analysing
/// text after text allocates nothing once the buffer is large enough.
public struct TokenBuffer: Sendable {
  /// The terms' bytes, back to back.
  public private(set) var bytes: [UInt8] = []
  /// `ends[i]` is where term `i` ends in `bytes`.
  public private(set) var ends: [Int32] = []
  /// Whether the analyzer also keeps each term's surface form (see ``surface(of:)``).
  public let keepsSurfaces: Bool
  /// The surface forms' bytes, back to back, when ``keepsSurfaces``.
  private var surfaceBytes: [UInt8] = []
  /// `surfaceEnds[i]` is where the surface of term `i` ends in `surfaceBytes`.
  private var surfaceEnds: [Int32] = []

  /// A buffer for terms; with `keepingSurfaces`, also for the words they come from.
  public init(keepingSurfaces: Bool = false) {
    keepsSurfaces = keepingSurfaces
  }

  /// The number of terms.
  public var count: Int { ends.count }

  /// Removes all terms, keeping the storage.
  public mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    surfaceBytes.removeAll(keepingCapacity: true)
    surfaceEnds.removeAll(keepingCapacity: true)
  }

  /// The surface form of term `i`: the word the text wrote, lower-cased, before stemming and
  /// folding ("entries" for the term "entri", "café" for "cafe"); `nil` unless
  /// ``keepsSurfaces``.
  public func surface(of i: Int) -> String? {
    guard keepsSurfaces, i < surfaceEnds.count else { return nil }
    let range = (i == 0 ? 0 : Int(surfaceEnds[i - 1]))..<Int(surfaceEnds[i])
    return String(decoding: surfaceBytes[range], as: UTF8.self)
  }

  /// The byte range of term `i` in `bytes`.
  public func range(of i: Int) -> Range<Int> {
    (i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i])
  }

  /// Term `i`, decoded as UTF-8.
  public subscript(i: Int) -> String {
    String(decoding: bytes[range(of: i)], as: UTF8.self)
  }

  /// All terms, decoded.
  public var strings: [String] { (0..<count).map { self[$0] } }

  /// Calls `body` with the bytes of term `i`.
  @inlinable
  public func withTerm<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R
  {
    let range = self.range(of: i)
    return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  // MARK: Building

  /// Where the term being built starts.
  var pendingStart: Int { ends.last.map(Int.init) ?? 0 }

  /// The length of the term being built.
  var pendingCount: Int { bytes.count - pendingStart }

  /// Appends a byte to the term being built.
  @inline(__always)
  mutating func appendByte(_ byte: UInt8) { bytes.append(byte) }

  /// Appends bytes to the term being built.
  mutating func appendBytes<S: Sequence<UInt8>>(_ more: S) { bytes.append(contentsOf: more) }

  /// Ends the term being built; its surface is the term's own bytes.
  mutating func commit() {
    if keepsSurfaces {
      surfaceBytes.append(contentsOf: bytes[pendingStart...])
      surfaceEnds.append(Int32(surfaceBytes.count))
    }
    ends.append(Int32(bytes.count))
  }

  /// Ends the term being built, with `surface` as the word it came from.
  mutating func commit<S: Collection<UInt8>>(surface: S) {
    if keepsSurfaces {
      surfaceBytes.append(contentsOf: surface)
      surfaceEnds.append(Int32(surfaceBytes.count))
    }
    ends.append(Int32(bytes.count))
  }

  /// Drops the term being built.
  mutating func discardPending() { bytes.removeSubrange(pendingStart...) }

  /// Shortens the term being built to `length` bytes.
  mutating func truncatePending(to length: Int) {
    bytes.removeSubrange((pendingStart + length)...)
  }

  /// Calls `body` with the bytes of the term being built, which it may
  /// rewrite in place.
  mutating func withPending<R>(_ body: (UnsafeMutableBufferPointer<UInt8>) -> R) -> R {
    let start = pendingStart
    return bytes.withUnsafeMutableBufferPointer {
      body(UnsafeMutableBufferPointer(rebasing: $0[start...]))
    }
  }
}
