/// Finds the practical topics a posting already answers: a stated pay range, work arrangement,
/// travel share or reporting line.
enum AnsweredTopics {
  /// The topics `text` answers, each with a short quote of the words that answer it.
  ///
  /// - Complexity: O(*n*) in the number of words.
  static func find(in text: PostingText) -> [Topic: String] {
    let words = text.words
    let lower = words.map { $0.lowercased() }
    var found: [Topic: String] = [:]
    // The words from `i` to `j`, kept within the sentence of the words in between.
    func quote(_ i: Int, _ j: Int) -> String {
      var start = max(0, i)
      var end = min(words.count, j)
      for k in start..<end where k < end - 1 && words[k].hasSuffix(".") && !Topic.isMoney(words[k])
      {
        if k + 1 <= (i + j) / 2 { start = k + 1 } else { end = k + 1 }
      }
      return words[start..<max(start, end)].joined(separator: " ").trimming(" ,;:.()")
    }
    for i in lower.indices {
      let word = lower[i]
      // Pay: an amount of money next to a range, a period or a pay label.
      if found[.salaryRange] == nil, Topic.isMoney(word) {
        let window = lower[max(0, i - 4)..<min(lower.count, i + 4)].joined(separator: " ")
        let periods = [
          "hour", "hr", "year", "yr", "annual", "annually", "salary", "pay", "range", "month",
          "week", "per", "base", "compensation", "wage", "-", "–", "to",
        ]
        if periods.contains(where: { window.contains($0) }) || word.contains("-")
          || word.contains("–")
        {
          found[.salaryRange] = quote(i - 1, i + 3)
        }
      }
      if found[.workArrangement] == nil {
        let arrangement = [
          "remote", "remote)", "(remote)", "remote-first", "hybrid", "hybrid)", "(hybrid)",
          "on-site", "onsite", "in-office", "in-person", "(on-site)", "fully-remote",
        ]
        let stripped = word.trimming(".,;:!()/")
        if arrangement.contains(word)
          || ["remote", "hybrid", "on-site", "onsite", "in-office", "in-person"].contains(stripped)
        {
          found[.workArrangement] = quote(i - 2, i + 3)
        } else if word == "work" && i + 2 < lower.count && lower[i + 1] == "from"
          && lower[i + 2].hasPrefix("home")
        {
          found[.workArrangement] = quote(i, i + 3)
        }
      }
      if found[.travel] == nil, word.hasPrefix("travel") {
        let window = lower[max(0, i - 5)..<min(lower.count, i + 6)]
        let joined = window.joined(separator: " ")
        let stated =
          window.contains { $0.contains("%") }
          || [
            "no travel", "travel required", "travel is required", "required to travel",
            "willing to travel",
            "willingness to travel", "ability to travel", "minimal travel", "occasional travel",
            "frequent travel",
            "some travel", "overnight travel", "travel up to", "travel is", "travel will",
            "limited travel",
            "travel may be", "regional travel", "extensive travel", "domestic travel",
            "international travel",
          ]
          .contains { joined.contains($0) }
        if stated { found[.travel] = quote(i - 3, i + 5) }
      }
      if found[.reportingLine] == nil, word.hasPrefix("report"), i + 1 < lower.count {
        let next = lower[i + 1]
        let afterNext = i + 2 < lower.count ? lower[i + 2] : ""
        let toWords: Set<String> = ["to", "to:", "into"]
        if (word == "reports" || word == "reporting" || word == "report" || word == "reports:")
          && (toWords.contains(next) || (next == "directly" && toWords.contains(afterNext))
            || word == "reports:")
        {
          found[.reportingLine] = quote(i, i + 6)
        }
      }
      if found[.reportingLine] == nil, word == "under", i + 3 < lower.count, lower[i + 1] == "the",
        lower[i + 2] == "supervision" || lower[i + 2] == "direction", lower[i + 3] == "of"
      {
        found[.reportingLine] = quote(i, i + 7)
      }
    }
    return found
  }
}
