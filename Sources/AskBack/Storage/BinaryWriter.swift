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
