/// A hash table from byte strings to dense integer IDs, in insertion order.
///
/// The first key inserted gets ID 0, the next ID 1, and so on. Keys are stored
/// back to back in one byte array, so the table holds no `String` and looking
/// a key up hashes raw bytes only. Open addressing with linear probing keeps
/// the load factor at or below one half.
///
///     var table = TermTable()
///     let (id, _) = table.insert("team")
///     table.id(of: "team")  // id
///
/// - Complexity: `insert` and `id(of:)` are O(*n*) in the key length,
///   amortised over the growth of the table.
public struct TermTable: Sendable {
  /// All keys, concatenated in ID order.
  public private(set) var keyBytes: [UInt8] = []
  /// `keyOffsets[id] ..< keyOffsets[id + 1]` is the key of `id`.
  public private(set) var keyOffsets: [UInt32] = [0]
  private var hashes: [UInt32] = []
  private var slots: [Int32]
  private var mask: Int

  /// Creates an empty table sized for about `capacity` keys.
  public init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: -1, count: size)
    mask = size - 1
  }

  /// The number of keys.
  public var count: Int { keyOffsets.count - 1 }

  /// Inserts `key` unless it is present, and returns its ID.
  @discardableResult
  public mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, inserted: Bool) {
    let hash = Self.hash(key)
    let (slot, found) = probe(key, hash: hash)
    if found >= 0 { return (found, false) }
    let id = count
    keyBytes.append(contentsOf: key)
    keyOffsets.append(UInt32(keyBytes.count))
    hashes.append(hash)
    slots[slot] = Int32(id)
    if count * 2 > slots.count { grow() }
    return (id, true)
  }

  /// Inserts `key` unless it is present, and returns its ID.
  @discardableResult
  public mutating func insert(_ key: String) -> (id: Int, inserted: Bool) {
    var key = key
    return key.withUTF8 { insert($0) }
  }

  /// The ID of `key`, or `nil` when the table does not hold it.
  @inlinable
  public func id(of key: UnsafeBufferPointer<UInt8>) -> Int? {
    let id = lookup(key)
    return id < 0 ? nil : id
  }

  /// The ID of `key`, or `nil` when the table does not hold it.
  public func id(of key: String) -> Int? {
    var key = key
    return key.withUTF8 { id(of: $0) }
  }

  /// The ID of `key`, or -1 when the table does not hold it.
  @usableFromInline
  func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    probe(key, hash: Self.hash(key)).id
  }

  /// The slot holding `key`, with its ID; or the empty slot where it would
  /// go, with ID -1.
  @inline(__always)
  private func probe(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (slot: Int, id: Int) {
    var slot = Int(hash) & mask
    while true {
      let id = Int(slots[slot])
      if id < 0 || (hashes[id] == hash && keyEquals(id, key)) { return (slot, id) }
      slot = (slot + 1) & mask
    }
  }

  /// The key of `id`, decoded as UTF-8.
  public func key(_ id: Int) -> String {
    let range = Int(keyOffsets[id])..<Int(keyOffsets[id + 1])
    return String(decoding: keyBytes[range], as: UTF8.self)
  }

  /// All keys in ID order.
  public var keys: [String] { (0..<count).map(key) }

  private func keyEquals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(keyOffsets[id])
    let end = Int(keyOffsets[id + 1])
    guard end - start == key.count else { return false }
    return keyBytes.withUnsafeBufferPointer { stored in
      var i = 0
      while i < key.count {
        if stored[start + i] != key[i] { return false }
        i += 1
      }
      return true
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    mask = size - 1
    slots = Array(repeating: -1, count: size)
    for id in 0..<count {
      var slot = Int(hashes[id]) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id)
    }
  }

  /// FNV-1a over the bytes, folded to 32 bits with a final mix.
  @inline(__always)
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key {
      h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    h ^= h >> 29
    h = h &* 0xbf58_476d_1ce4_e5b9
    h ^= h >> 32
    return UInt32(truncatingIfNeeded: h)
  }
}

extension TermTable {
  /// Rebuilds a table from keys stored back to back, as in `keyBytes` and `keyOffsets`.
  ///
  /// Returns `nil` when the offsets are not a valid partition of the bytes or a key repeats.
  public init?(keyBytes: [UInt8], keyOffsets: [UInt32]) {
    guard let first = keyOffsets.first, first == 0,
      Int(keyOffsets[keyOffsets.count - 1]) == keyBytes.count
    else { return nil }
    let count = keyOffsets.count - 1
    for id in 0..<count {
      guard keyOffsets[id] <= keyOffsets[id + 1], Int(keyOffsets[id + 1]) <= keyBytes.count
      else { return nil }
    }
    // Adopt the stored keys, no copying; then hash each in place.
    self.init(capacity: count + 1)
    self.keyBytes = keyBytes
    self.keyOffsets = keyOffsets
    hashes.reserveCapacity(count)
    for id in 0..<count {
      let start = Int(keyOffsets[id])
      let end = Int(keyOffsets[id + 1])
      let placed = keyBytes.withUnsafeBufferPointer { bytes -> Bool in
        let key = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let hash = Self.hash(key)
        let (slot, found) = probe(key, hash: hash)
        guard found < 0 else { return false }  // a repeated key
        hashes.append(hash)
        slots[slot] = Int32(id)
        return true
      }
      guard placed else { return nil }
    }
  }
}
