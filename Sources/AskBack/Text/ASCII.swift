/// The lower-case form of an ASCII letter byte; other bytes are returned unchanged.
@inline(__always)
func asciiLower(_ byte: UInt8) -> UInt8 {
  byte &- 0x41 < 26 ? byte | 0x20 : byte
}

/// Whether `byte` is an ASCII letter or digit.
@inline(__always)
func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
  (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
}
