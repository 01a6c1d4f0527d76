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
    // "$" is 0x24; "£" starts with 0xC2 and "€" with 0xE2 in UTF-8: most words have none.
    guard word.utf8.contains(where: { $0 == 0x24 || $0 == 0xC2 || $0 == 0xE2 }),
      let sign = word.firstIndex(where: { "$£€".contains($0) })
    else { return false }
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
