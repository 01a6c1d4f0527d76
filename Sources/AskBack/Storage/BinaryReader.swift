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

  public mutating func readDouble() throws(IndexFileError) -> Double {
    Double(bitPattern: try readUInt64())
  }

  public mutating func readString() throws(IndexFileError) -> String {
    let count = try readCount(limit: remaining)
    let raw = try take(count)
    // Validated in place, without a copy: most strings are ASCII.
    var i = 0
    while i < raw.count {
      if raw[i] < 0x80 {
        i += 1
      } else if let (_, length) = decodeScalar(raw, at: i) {
        i += length
      } else {
        throw .corrupt("a string is not valid UTF-8")
      }
    }
    return String(decoding: raw, as: UTF8.self)
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
