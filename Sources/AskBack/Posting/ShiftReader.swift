/// Reads the shifts a posting states: "night shift", "12-hour shifts", "2nd shift", "weekend
/// shifts", "rotating shifts".
enum ShiftReader {
  /// Words before "shift" that name it.
  static let kinds: Set<String> = [
    "night", "nights", "day", "days", "evening", "evenings", "overnight", "swing", "graveyard",
    "weekend", "weekends", "rotating", "split", "early", "late", "morning", "afternoon",
    "1st", "2nd", "3rd", "first", "second", "third", "8-hour", "10-hour", "12-hour", "8hr",
    "10hr", "12hr", "double",
  ]

  /// The shifts `text` states, in order, in lower case.
  ///
  /// - Complexity: O(*n*) in the length of the posting.
  static func shifts(in text: PostingText) -> [PostingFact] {
    var found: [PostingFact] = []
    var seen = Set<String>()
    for (line, lineWords) in zip(text.lines, text.lineWords) {
      let words = lineWords.map(\.lowercased)
      for (i, word) in words.enumerated() where (word == "shift" || word == "shifts") && i > 0 {
        let kind = words[i - 1]
        guard kinds.contains(kind) else { continue }
        var value = kind + " " + word
        // "12 hour shifts" is written "12-hour" too; "night and weekend shifts" keeps "night".
        if i > 2, words[i - 2] == "and" || words[i - 2] == "or", kinds.contains(words[i - 3]) {
          value = words[i - 3] + " " + words[i - 2] + " " + value
        }
        if seen.insert(value).inserted { found.append(PostingFact(value: value, evidence: line)) }
      }
    }
    return Array(found.prefix(4))
  }
}
