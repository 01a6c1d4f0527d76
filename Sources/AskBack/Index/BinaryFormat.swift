/// Writes little-endian binary data into a growing byte array.
///
/// Arrays are written as a 64-bit element count followed by the elements.
/// Strings are arrays of UTF-8 bytes.
public struct BinaryWriter: Sendable {
  public private(set) var bytes: [UInt8] = []

  public init() {}

  public mutating func write(_ value: UInt8) { bytes.append(value) }

  public mutating func write(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  public mutating func write(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  public mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

  public mutating func write(_ value: Double) { write(value.bitPattern) }

  public mutating func write(_ value: Float) { write(value.bitPattern) }

  public mutating func write(_ value: String) { write(Array(value.utf8)) }

  public mutating func write(_ values: [UInt8]) {
    write(values.count)
    bytes.append(contentsOf: values)
  }

  public mutating func write(_ values: [String]) {
    write(values.count)
    for value in values { write(value) }
  }

  /// Writes a count and the raw little-endian elements.
  public mutating func write<T: FixedWidthInteger>(_ values: [T]) {
    write(values.count)
    for value in values {
      withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
  }

  public mutating func write(_ values: [Float]) { write(values.map(\.bitPattern)) }

  public mutating func write(_ values: [Double]) { write(values.map(\.bitPattern)) }

  /// Appends raw bytes without a count.
  public mutating func append(raw: [UInt8]) { bytes.append(contentsOf: raw) }
}

/// Reads what ``BinaryWriter`` wrote, checking every length against the
/// bytes left, so damaged data fails with an error and never reads out of
/// bounds.
public struct BinaryReader {
  let bytes: UnsafeBufferPointer<UInt8>
  public private(set) var position: Int

  public init(_ bytes: UnsafeBufferPointer<UInt8>, position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  /// The bytes not read yet.
  public var remaining: Int { bytes.count - position }

  mutating func take(_ count: Int) throws(IndexFileError) -> UnsafeBufferPointer<UInt8> {
    guard count >= 0, count <= remaining else { throw .truncated }
    defer { position += count }
    return UnsafeBufferPointer(rebasing: bytes[position..<(position + count)])
  }

  public mutating func readByte() throws(IndexFileError) -> UInt8 { try take(1)[0] }

  public mutating func readUInt32() throws(IndexFileError) -> UInt32 {
    let raw = try take(4)
    var value: UInt32 = 0
    for k in 0..<4 { value |= UInt32(raw[k]) << (8 * k) }
    return value
  }

  public mutating func readUInt64() throws(IndexFileError) -> UInt64 {
    let raw = try take(8)
    var value: UInt64 = 0
    for k in 0..<8 { value |= UInt64(raw[k]) << (8 * k) }
    return value
  }

  /// A count or size: non-negative and no larger than `limit`.
  public mutating func readCount(limit: Int) throws(IndexFileError) -> Int {
    let raw = try readUInt64()
    guard raw <= UInt64(max(0, limit)) else { throw .corrupt("a count of \(raw) is too large") }
    return Int(raw)
  }

  public mutating func readInt() throws(IndexFileError) -> Int {
    let value = Int64(bitPattern: try readUInt64())
    return Int(value)
  }

  public mutating func readDouble() throws(IndexFileError) -> Double {
    Double(bitPattern: try readUInt64())
  }

  public mutating func readString() throws(IndexFileError) -> String {
    let raw: [UInt8] = try readArray()
    guard let string = String(validating: raw, as: UTF8.self) else {
      throw .corrupt("a string is not valid UTF-8")
    }
    return string
  }

  public mutating func readStrings() throws(IndexFileError) -> [String] {
    let count = try readCount(limit: remaining / 8)
    var strings: [String] = []
    strings.reserveCapacity(count)
    for _ in 0..<count { strings.append(try readString()) }
    return strings
  }

  /// An array written by ``BinaryWriter/write(_:)-(_:[T])``.
  public mutating func readArray<T: FixedWidthInteger>() throws(IndexFileError) -> [T] {
    let size = MemoryLayout<T>.size
    let count = try readCount(limit: remaining / size)
    let raw = try take(count * size)
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(raw))
      for i in 0..<count { buffer[i] = T(littleEndian: buffer[i]) }
      initialized = count
    }
  }

  public mutating func readFloats() throws(IndexFileError) -> [Float] {
    let raw: [UInt32] = try readArray()
    return raw.map(Float.init(bitPattern:))
  }

  public mutating func readDoubles() throws(IndexFileError) -> [Double] {
    let raw: [UInt64] = try readArray()
    return raw.map(Double.init(bitPattern:))
  }
}

/// A 64-bit checksum of `bytes`.
///
/// FNV-1a over little-endian 64-bit words (the tail padded with zeros), then
/// over the length. Changing any one word always changes it, because each
/// step is a bijection of the running state.
public func checksum64(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  let prime: UInt64 = 0x100_0000_01b3
  var i = 0
  let raw = UnsafeRawBufferPointer(bytes)
  while i + 8 <= bytes.count {
    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
    hash = (hash ^ word) &* prime
    i += 8
  }
  var tail: UInt64 = 0
  var shift: UInt64 = 0
  while i < bytes.count {
    tail |= UInt64(bytes[i]) << shift
    shift += 8
    i += 1
  }
  hash = (hash ^ tail) &* prime
  hash = (hash ^ UInt64(bytes.count)) &* prime
  return hash
}

/// Why an index file cannot be used.
public enum IndexFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file cannot be read.
  case unreadable(path: String, reason: String)
  /// The file does not start with AskBack's magic bytes.
  case notAnIndex
  /// The file was written in another format version.
  case unsupportedVersion(found: UInt32, supported: UInt32)
  /// The file ends before its contents do.
  case truncated
  /// The checksum does not match: the file was damaged.
  case checksumMismatch
  /// The contents do not fit together.
  case corrupt(String)
  /// The index was built from another corpus than the one given.
  case differentCorpus

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): return "\(path): \(reason)"
    case .notAnIndex: return "not an AskBack index file (wrong magic bytes)"
    case .unsupportedVersion(let found, let supported):
      return
        "index format version \(found) is not supported (this askback reads version \(supported)); rebuild it with 'askback index'"
    case .truncated: return "the index file is truncated"
    case .checksumMismatch: return "the index file is damaged (checksum mismatch)"
    case .corrupt(let detail): return "the index file is damaged: \(detail)"
    case .differentCorpus:
      return
        "the index was built from a different corpus; rebuild it with 'askback index --corpus DIR'"
    }
  }
}
