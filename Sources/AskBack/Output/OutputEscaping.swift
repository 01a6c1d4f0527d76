/// What text and Markdown output do to the words a posting gives them.
///
/// A posting can hold terminal escape sequences (`ESC ] 0 ; … BEL` retitles a terminal, `ESC [ 2J`
/// clears it); they must never reach a terminal as they are. A company or role can hold Markdown
/// metacharacters, which must read as themselves in notes.
enum OutputEscaping {
  /// Whether `scalar` is a control character that text output drops: C0 but tab and line feed,
  /// DEL, and C1.
  @inline(__always)
  static func isDroppedControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A) || (value >= 0x7F && value < 0xA0)
  }

  /// `text` without the control characters of ``isDroppedControl(_:)``.
  ///
  /// - Complexity: O(*n*); text without any is returned after one scan of its bytes.
  static func removingControlCharacters(_ text: String) -> String {
    // C1 characters are encoded 0xC2 0x80–0x9F, so a text without such bytes has none.
    guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
    var kept = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !isDroppedControl(scalar) { kept.append(scalar) }
    return String(kept)
  }

  /// The ASCII characters that start Markdown formatting within a line.
  static let markdownMetacharacters: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~",
  ]

  /// `text` with a backslash before each Markdown metacharacter, and before an `&` that could
  /// start an entity (`&copy;`, `&#169;`), so it reads as itself when the Markdown is rendered.
  static func escapingMarkdown(_ text: String) -> String {
    var out = ""
    var characters = text.makeIterator()
    var next = characters.next()
    while let character = next {
      next = characters.next()
      if markdownMetacharacters.contains(character) {
        out.append("\\")
      } else if character == "&", let following = next,
        following == "#" || following.isLetter || following.isNumber
      {
        out.append("\\")
      }
      out.append(character)
    }
    return out
  }
}
