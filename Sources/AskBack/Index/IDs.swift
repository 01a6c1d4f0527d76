/// The ID of a term in a vocabulary: its position in insertion order.
public struct TermID: RawRepresentable, Hashable, Comparable, Sendable {
  public var rawValue: UInt32

  @inlinable
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  @inlinable
  public init(_ index: Int) { self.rawValue = UInt32(index) }

  /// The ID as an array index.
  @inlinable
  public var index: Int { Int(rawValue) }

  @inlinable
  public static func < (lhs: TermID, rhs: TermID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The ID of an indexed document (a question): its position in the index.
public struct DocID: RawRepresentable, Hashable, Comparable, Sendable {
  public var rawValue: UInt32

  @inlinable
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  @inlinable
  public init(_ index: Int) { self.rawValue = UInt32(index) }

  /// The ID as an array index.
  @inlinable
  public var index: Int { Int(rawValue) }

  @inlinable
  public static func < (lhs: DocID, rhs: DocID) -> Bool { lhs.rawValue < rhs.rawValue }
}
