/// A practical topic a posting may already answer, making a question about
/// it a wasted question.
public enum Topic: String, CaseIterable, Sendable, Comparable {
  /// The pay range: "$60,000 - $75,000", "$28/hour", "Salary: ...".
  case salaryRange = "salary range"
  /// Where the work happens: remote, hybrid or on-site.
  case workArrangement = "work arrangement"
  /// How much the job travels.
  case travel
  /// Whom the role reports to.
  case reportingLine = "reporting line"

  public static func < (lhs: Topic, rhs: Topic) -> Bool { lhs.rawValue < rhs.rawValue }

  /// What the posting says that answers the topic, for explanations.
  public func describe(_ evidence: String) -> String {
    switch self {
    case .salaryRange: return "the posting states the pay (\"\(evidence)\")"
    case .workArrangement: return "the posting states the work arrangement (\"\(evidence)\")"
    case .travel: return "the posting states the travel (\"\(evidence)\")"
    case .reportingLine: return "the posting states the reporting line (\"\(evidence)\")"
    }
  }

  // MARK: Postings

  /// The topics `posting` answers, each with a short quote of the words
  /// that answer it.
  public static func answers(in posting: String) -> [Topic: String] {
    let words = posting.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    let lower = words.map { $0.lowercased() }
    var found: [Topic: String] = [:]
    // The words from `i` to `j`, kept within the sentence of the words in between.
    func quote(_ i: Int, _ j: Int) -> String {
      var start = max(0, i)
      var end = min(words.count, j)
      for k in start..<end where k < end - 1 && words[k].hasSuffix(".") && !Self.isMoney(words[k]) {
        if k + 1 <= (i + j) / 2 { start = k + 1 } else { end = k + 1 }
      }
      return words[start..<max(start, end)].joined(separator: " ").trimming(" ,;:.()")
    }
    for i in lower.indices {
      let word = lower[i]
      // Pay: an amount of money next to a range, a period or a pay label.
      if found[.salaryRange] == nil, isMoney(word) {
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

  /// Whether `words` holds `phrase` as consecutive words.
  static func contains(_ words: [String], _ phrase: [String]) -> Bool {
    guard !phrase.isEmpty, words.count >= phrase.count else { return false }
    for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
      if words[start..<(start + phrase.count)].elementsEqual(phrase) { return true }
    }
    return false
  }

  /// Whether `word` is an amount of money: a currency sign with digits.
  static func isMoney(_ word: String) -> Bool {
    guard let sign = word.firstIndex(where: { "$£€".contains($0) }) else { return false }
    return word[sign...].dropFirst().first?.isNumber == true
  }

  // MARK: Questions

  /// The topic `question` asks about, if it is one of these.
  ///
  /// Only a question that asks about the topic for this job counts: "How does the team work with
  /// colleagues who are remote?" is about collaboration, not the work arrangement.
  public static func asked(by question: Question) -> Topic? {
    asked(words: Words.lowercased(question.template.fallbackText))
  }

  /// The topic a question with these lower-case words asks about.
  static func asked(words: [String]) -> Topic? {
    let has = { (phrase: [String]) in Self.contains(words, phrase) }
    if Self.rangeWords.contains(where: { words.contains($0) })
      && Self.payWords.contains(where: { words.contains($0) })
    {
      return .salaryRange
    }
    if Self.arrangementPhrases.contains(where: has) { return .workArrangement }
    if Self.travelPhrases.contains(where: has) { return .travel }
    if words.first == "who" && Self.reportPhrases.contains(where: has)
      || has(["reporting", "line"])
    {
      return .reportingLine
    }
    return nil
  }

  static let rangeWords = ["range", "band"]
  static let payWords = ["salary", "pay", "compensation", "base"]
  static let arrangementPhrases: [[String]] = [
    "working arrangement", "work arrangement", "days in the office", "office days",
    "remote or hybrid",
    "hybrid or remote", "work from home", "working from home", "on site days", "onsite days",
  ].map { $0.split(separator: " ").map(String.init) }
  static let travelPhrases: [[String]] = [
    ["how", "much", "travel"], ["travel", "does"], ["travel", "would"],
  ]
  static let reportPhrases: [[String]] = [["report", "to"], ["reports", "to"]]
}
