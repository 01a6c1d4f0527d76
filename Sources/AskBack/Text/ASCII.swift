/// The lower-case form of an ASCII letter byte; other bytes are returned unchanged.
@inline(__always)
func asciiLower(_ byte: UInt8) -> UInt8 {
  byte &- 0x41 < 26 ? byte | 0x20 : byte
}

/// Whether `byte` is an ASCII capital letter.
@inline(__always)
func isASCIIUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

/// Whether `byte` is an ASCII lower-case letter.
@inline(__always)
func isASCIILower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

/// Whether `byte` is an ASCII letter or digit.
@inline(__always)
func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
  (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
}

/// Whether `byte` is ASCII white space: a space, a tab, a line feed, a vertical tab, a form
/// feed or a carriage return.
@inline(__always)
func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }

/// Whether `scalar` is white space as Unicode defines it, answering ASCII without a lookup.
@inline(__always)
func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
  scalar.value < 0x80
    ? isASCIIWhitespace(UInt8(scalar.value)) : scalar.properties.isWhitespace
}

/// Whether `character` is white space as `Character.isWhitespace` says, answering ASCII (and
/// CR-LF) without a lookup.
@inline(__always)
func isWhitespace(_ character: Character) -> Bool {
  if let byte = character.asciiValue { return isASCIIWhitespace(byte) }
  return character.isWhitespace
}

extension StringProtocol {
  /// Whether the text is a short acronym: two to six ASCII capital letters ("CPQP", "FCA").
  var isShortAcronym: Bool {
    (2...6).contains(utf8.count) && utf8.allSatisfy(isASCIIUpper)
  }
}

extension String {
  /// The string in lower case, exactly as `lowercased()` gives it, but without building a new
  /// string when the string is ASCII with no capital letter, as most words of a posting are.
  var lowercasedQuickly: String {
    var copy = self
    let unchanged = copy.withUTF8 { bytes in
      !bytes.contains(where: { $0 >= 0x80 || isASCIIUpper($0) })
    }
    return unchanged ? self : lowercased()
  }
}
