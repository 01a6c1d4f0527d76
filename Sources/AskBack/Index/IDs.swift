/// A position used as an identifier: a term's in a vocabulary, a document's in an index.
///
/// `Kind` only keeps the IDs of different things apart, so that a ``TermID`` is never passed
/// where a ``DocID`` belongs.
public struct IndexID<Kind>: RawRepresentable, Hashable, Comparable, Sendable {
  public var rawValue: UInt32

  @inlinable
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  @inlinable
  public init(_ index: Int) { self.rawValue = UInt32(index) }

  /// The ID as an array index.
  @inlinable
  public var index: Int { Int(rawValue) }

  @inlinable
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a ``TermID`` identifies: a term of a vocabulary.
public enum TermKind {}
/// What a ``DocID`` identifies: an indexed document (a question).
public enum DocumentKind {}

/// The ID of a term in a vocabulary: its position in insertion order.
public typealias TermID = IndexID<TermKind>
/// The ID of an indexed document (a question): its position in the index.
public typealias DocID = IndexID<DocumentKind>
