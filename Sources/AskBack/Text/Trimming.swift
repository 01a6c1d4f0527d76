extension String {
  /// The string without spaces, tabs and line breaks at its ends.
  var trimmingWhitespace: String {
    // Most strings start and end with a visible ASCII character: nothing to trim.
    if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20,
      last < 0x80
    {
      return self
    }
    var slice = Substring(self)
    while let first = slice.first, isWhitespace(first) { slice.removeFirst() }
    while let last = slice.last, isWhitespace(last) { slice.removeLast() }
    return String(slice)
  }

  /// The string without the given characters at its ends.
  func trimming(_ set: String) -> String {
    // Nothing to trim when neither end is in the set (and the ends are ASCII, so a byte is a
    // whole character).
    if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
      !set.utf8.contains(first), !set.utf8.contains(last)
    {
      return self
    }
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice.removeFirst() }
    while let last = slice.last, set.contains(last) { slice.removeLast() }
    return String(slice)
  }

  /// The string with "&" spelled "and", so "R&D Ltd" and "R and D Ltd" compare equal.
  var replacingAmpersands: String {
    split(separator: "&", omittingEmptySubsequences: false).joined(separator: " and ")
  }
}
