/// The words of a text: the one word splitter that the posting reader, the corpus checks and the
/// evaluation share.
enum Words {
  /// The runs of letters and digits in `text`, lower-cased.
  ///
  /// ASCII takes a fast path over the UTF-8 bytes; other letters are lower-cased by Unicode. Format
  /// characters (``FormatCharacters``) are skipped, so they never split a word.
  static func lowercased(_ text: String) -> [String] {
    var result: [String] = []
    var text = text
    text.withUTF8 { bytes in
      var current: [UInt8] = []
      var ascii = true
      func finish() {
        guard !current.isEmpty else { return }
        let word = String(decoding: current, as: UTF8.self)
        result.append(ascii ? word : word.lowercased())
        current.removeAll(keepingCapacity: true)
        ascii = true
      }
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        if byte < 0x80 {
          if isASCIIAlphanumeric(byte) { current.append(asciiLower(byte)) } else { finish() }
          i += 1
        } else if let (scalar, length) = decodeScalar(bytes, at: i),
          scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        {
          current.append(contentsOf: bytes[i..<(i + length)])
          ascii = false
          i += length
        } else if let (scalar, length) = decodeScalar(bytes, at: i),
          FormatCharacters.isFormat(scalar)
        {
          i += length
        } else {
          finish()
          i += max(1, decodeScalar(bytes, at: i)?.1 ?? 1)
        }
      }
      finish()
    }
    return result
  }

  /// The pieces of `text` between spaces (U+0020), without empty ones: what
  /// `text.split(separator: " ")` gives, read from the UTF-8 bytes instead of by character
  /// (the two differ only where a combining mark follows a space, which joins it as one
  /// character).
  static func spaceSeparated(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var pieces: [String] = []
      var start = 0
      for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
        if i > start {
          pieces.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
        }
        start = i + 1
      }
      return pieces
    }
  }

  /// The pieces of `text` between white space, without empty ones, splitting at most
  /// `maxSplits` times: exactly what `text.split(maxSplits:whereSeparator: isWhitespace)`
  /// gives (the last piece keeps the rest of the text as it is, white space included), read
  /// from the bytes rather than character by character when every character of the text is a
  /// single scalar (or CR-LF): ASCII, and the non-ASCII letters, punctuation and symbols of
  /// ``splitsByScalar(_:)``.
  static func whitespaceSeparated(_ text: String, maxSplits: Int = .max) -> [String] {
    guard maxSplits > 0,
      text.utf8.allSatisfy({ $0 < 0x80 }) || text.unicodeScalars.allSatisfy(splitsByScalar)
    else {
      return text.split(maxSplits: maxSplits, whereSeparator: isWhitespace).map(String.init)
    }
    var text = text
    return text.withUTF8 { bytes in
      var pieces: [String] = []
      func piece(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      }
      var start = 0
      var end = 0
      while end < bytes.count {
        let byte = bytes[end]
        // The bytes of the white space that starts at `end`, or 0.
        var width = 0
        if byte < 0x80 {
          guard isASCIIWhitespace(byte) else {
            end += 1
            continue
          }
          // CR-LF is one character, so one separator.
          width = byte == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? 2 : 1
        } else {
          // A string's bytes are valid UTF-8, so every scalar decodes.
          let (scalar, length) = decodeScalar(bytes, at: end) ?? ("\u{FFFD}", 1)
          guard isWhitespace(scalar) else {
            end += length
            continue
          }
          width = length
        }
        let appended = end > start
        if appended { pieces.append(piece(start..<end)) }
        end += width
        start = end
        if appended && pieces.count == maxSplits { break }
      }
      if start < bytes.count { pieces.append(piece(start..<bytes.count)) }
      return pieces
    }
  }

  /// Whether `scalar` is a character alone, whatever follows or precedes it.
  ///
  /// Such a scalar never starts a character of more scalars (but CR before LF, which the
  /// splitter reads as one): ASCII, Latin-1 and the Latin extensions, general punctuation but
  /// the zero-width joiners, currency signs, letter-like symbols, arrows, maths, technical
  /// signs, box drawing and geometric shapes, and the ideographic space. Combining marks,
  /// variation selectors, emoji and the scripts whose letters combine are not among them.
  static func splitsByScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x80, 0x80...0x2FF, 0x2000...0x200B, 0x200E...0x20CF, 0x2100...0x2BFF, 0x3000:
      return true
    default:
      return false
    }
  }

  /// Whether `text` has at most `limit` pieces between spaces (U+0020), as
  /// `text.split(separator: " ").count <= limit` says, counting ASCII text by its bytes and
  /// stopping at the piece past the limit.
  static func hasAtMost(_ limit: Int, spaceSeparatedPiecesIn text: String) -> Bool {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.split(separator: " ", maxSplits: limit).count <= limit
    }
    var pieces = 0
    var inPiece = false
    for byte in text.utf8 {
      if byte == 0x20 {
        inPiece = false
      } else if !inPiece {
        inPiece = true
        pieces += 1
        if pieces > limit { return false }
      }
    }
    return true
  }
}
