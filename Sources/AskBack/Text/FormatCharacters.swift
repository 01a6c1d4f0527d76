/// Invisible format characters (Unicode general category Cf): the soft hyphen U+00AD, the zero-width
/// space U+200B and joiners U+200C–U+200D, the word joiner U+2060, U+FEFF inside a text, bidi marks
/// and embeddings, and the like.
///
/// Word processors and web pages leave them inside words ("manage\u{AD}ment", "pa\u{200B}tient"),
/// where they would split a word in two and stay inside a role shown to the user. The analyzer and
/// the posting reader drop them before anything else, through ``removing(fromUTF8:)`` and
/// ``removing(from:)``; the word splitter skips them with ``isFormat(_:)``.
///
/// Pure ASCII text holds none, and pays only a scan of its bytes eight at a time.
public enum FormatCharacters {
  /// Whether `scalar` is a format character (general category Cf).
  @inline(__always)
  public static func isFormat(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0xAD && scalar.properties.generalCategory == .format
  }

  /// Whether `bytes` holds a byte of 0x80 or more, read eight bytes at a time.
  ///
  /// - Complexity: O(*n*).
  static func hasNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let raw = UnsafeRawPointer(base)
    var i = 0
    let n = bytes.count
    while i + 8 <= n {
      if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
        return true
      }
      i += 8
    }
    while i < n {
      if bytes[i] >= 0x80 { return true }
      i += 1
    }
    return false
  }

  /// The UTF-8 bytes `text` without its format characters, or `nil` when it holds none.
  ///
  /// In the copy, a byte that is not valid UTF-8 becomes U+FFFD, as a decoder would make it, so
  /// that removing a character never joins the fragments around it into a new character
  /// (E2 80, a removed U+FEFF, then 8B would otherwise make U+200B).
  ///
  /// - Complexity: O(*n*).
  public static func removing(fromUTF8 text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    guard hasNonASCII(text) else { return nil }
    // Find a format character, and the first byte the copy cannot take as it is.
    var firstChange: Int?
    var hasFormat = false
    var i = 0
    while i < text.count && !hasFormat {
      if text[i] < 0x80 {
        i += 1
      } else if let (scalar, length) = decodeScalar(text, at: i) {
        if isFormat(scalar) {
          hasFormat = true
          firstChange = firstChange ?? i
        }
        i += length
      } else {
        firstChange = firstChange ?? i
        i += 1
      }
    }
    guard hasFormat, let start = firstChange else { return nil }
    var result: [UInt8] = []
    result.reserveCapacity(text.count)
    result.append(contentsOf: UnsafeBufferPointer(rebasing: text[0..<start]))
    i = start
    while i < text.count {
      if text[i] < 0x80 {
        result.append(text[i])
        i += 1
      } else if let (scalar, length) = decodeScalar(text, at: i) {
        if !isFormat(scalar) {
          result.append(contentsOf: UnsafeBufferPointer(rebasing: text[i..<(i + length)]))
        }
        i += length
      } else {
        result.append(contentsOf: [0xEF, 0xBF, 0xBD])
        i += 1
      }
    }
    return result
  }

  /// `text` without its format characters.
  ///
  /// - Complexity: O(*n*); ASCII text is returned as it is after one scan.
  public static func removing(from text: String) -> String {
    var text = text
    let cleaned = text.withUTF8 { removing(fromUTF8: $0) }
    guard let cleaned else { return text }
    return String(decoding: cleaned, as: UTF8.self)
  }
}
