/// Escaping a text for a target syntax (HTML, JSON, iCalendar) by a table of replacements.
extension String {
  /// Appends `text` to this string with each Unicode scalar that `table` lists replaced by its
  /// entry, and each other scalar replaced by what `unlisted` returns for it (`nil` keeps it).
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  mutating func appendEscaping(
    _ text: String, _ table: [Unicode.Scalar: String],
    unlisted: (Unicode.Scalar) -> String? = { _ in nil }
  ) {
    for scalar in text.unicodeScalars {
      if let replacement = table[scalar] ?? unlisted(scalar) {
        self += replacement
      } else {
        unicodeScalars.append(scalar)
      }
    }
  }
}

/// `value` as `width` lower-case hexadecimal digits at least, zeros in front.
func zeroPaddedHex<Value: BinaryInteger>(_ value: Value, width: Int) -> String {
  let digits = String(value, radix: 16)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
