/// Word wrapping for terminal text and help.
public enum TextWrapping {
  /// Word-wraps `text` to `width` columns, the first line after `first` and the others after
  /// `rest`.
  ///
  /// Words longer than a line are not broken. When `first` holds a line break, only its last line
  /// counts toward the width.
  public static func wrap(_ text: String, width: Int, first: String, rest: String) -> String {
    var out = ""
    var line = first
    var lineLength = first.count - (first.lastIndex(of: "\n").map { first[...$0].count } ?? 0)
    var lineHasWord = false
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if lineHasWord && lineLength + 1 + word.count > width {
        out += line + "\n"
        line = rest
        lineLength = rest.count
        lineHasWord = false
      }
      if lineHasWord {
        line += " "
        lineLength += 1
      }
      line += word
      lineLength += word.count
      lineHasWord = true
    }
    return out + line + "\n"
  }
}
