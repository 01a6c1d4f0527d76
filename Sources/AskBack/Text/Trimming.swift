extension String {
  /// The string without spaces, tabs and line breaks at its ends.
  var trimmingWhitespace: String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }

  /// The string without the given characters at its ends.
  func trimming(_ set: String) -> String {
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
