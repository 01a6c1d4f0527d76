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
