/// A filter that answers, for a word, either "not among the keys" (surely) or "maybe among
/// them": a bit per hash of the word's bytes, so that a reader can skip the dictionary lookup,
/// and the hashing of a Swift string, for most words of a posting.
///
/// It never answers "not among the keys" for a key. Its bits depend only on the set of keys,
/// not on their order.
struct WordFilter: Sendable, Equatable {
  /// One bit for each value of ``hash(_:)`` modulo their count, set for the keys' values.
  private var bits: [UInt64]

  /// A filter of `keys`, with `bitCount` bits rounded up to a power of two of at least 64.
  init<S: Sequence>(_ keys: S, bitCount: Int) where S.Element == String {
    var count = 64
    while count < bitCount { count *= 2 }
    bits = Array(repeating: 0, count: count / 64)
    for key in keys { insert(key) }
  }

  private mutating func insert(_ key: String) {
    let (word, mask) = position(of: key)
    bits[word] |= mask
  }

  /// Whether `word` may be one of the keys: false means surely not.
  func mayContain(_ word: String) -> Bool {
    let (word, mask) = position(of: word)
    return bits[word] & mask != 0
  }

  /// The element of ``bits`` that holds `word`'s bit, and the bit within it.
  private func position(of word: String) -> (word: Int, mask: UInt64) {
    let bit = Int(truncatingIfNeeded: Self.hash(word)) & (bits.count * 64 - 1)
    return (bit >> 6, 1 << UInt64(bit & 63))
  }

  /// FNV-1a over the UTF-8 bytes, with a final mix so that the low bits depend on every byte.
  @inline(__always)
  static func hash(_ word: String) -> UInt64 {
    var word = word
    var h: UInt64 = word.withUTF8 { bytes in
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
      return h
    }
    h ^= h >> 29
    return h &* 0xbf58_476d_1ce4_e5b9
  }
}
