/// Decodes the UTF-8 character at `i`, or returns `nil` when the bytes there
/// are not valid UTF-8 (a stray continuation byte, a truncated or overlong
/// sequence, a surrogate, or a value above U+10FFFF).
func decodeScalar(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
  let b0 = text[i]
  let length: Int
  var value: UInt32
  switch b0 {
  case 0..<0x80: return (Unicode.Scalar(b0), 1)
  case 0xC2...0xDF:
    length = 2
    value = UInt32(b0 & 0x1F)
  case 0xE0...0xEF:
    length = 3
    value = UInt32(b0 & 0x0F)
  case 0xF0...0xF4:
    length = 4
    value = UInt32(b0 & 0x07)
  default: return nil
  }
  guard i + length <= text.count else { return nil }
  for k in 1..<length {
    let b = text[i + k]
    guard b & 0xC0 == 0x80 else { return nil }
    value = value << 6 | UInt32(b & 0x3F)
  }
  let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
  guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
  return (scalar, length)
}
