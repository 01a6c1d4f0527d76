/// Finds the practical topics a posting already answers: a stated pay range, work arrangement,
/// travel share or reporting line.
enum AnsweredTopics {
  /// The topics `text` answers, each with a short quote of the words that answer it.
  ///
  /// - Complexity: O(*n*) in the number of words.
  static func find(in text: PostingText) -> [Topic: String] {
    let words = text.words
    let lower = words.map(\.lowercasedQuickly)
    var pay: String?
    var arrangement: String?
    var travel: String?
    var reporting: String?
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
      // Pay: an amount of money in a range, at a rate, or after a pay label.
      if pay == nil, Topic.isMoney(word), isPay(at: i, in: lower) {
        pay = quote(i - 1, i + 3)
      }
      if arrangement == nil {
        if arrangementWords.contains(word)
          || (mayStateArrangement(word)
            && strippedArrangementWords.contains(word.trimming(".,;:!()/")))
        {
          arrangement = quote(i - 2, i + 3)
        } else if word == "work" && i + 2 < lower.count && lower[i + 1] == "from"
          && lower[i + 2].hasPrefix("home")
        {
          arrangement = quote(i, i + 3)
        }
      }
      if travel == nil, word.hasPrefix("travel") {
        let window = lower[max(0, i - 5)..<min(lower.count, i + 6)]
        let joined = window.joined(separator: " ")
        let stated =
          window.contains { $0.utf8.contains(UInt8(ascii: "%")) }
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
          .contains { LowercasedText.containsExactly(joined, $0) }
        if stated { travel = quote(i - 3, i + 5) }
      }
      if reporting == nil, word.hasPrefix("report"), i + 1 < lower.count {
        let next = lower[i + 1]
        let afterNext = i + 2 < lower.count ? lower[i + 2] : ""
        let toWords: Set<String> = ["to", "to:", "into"]
        if (word == "reports" || word == "reporting" || word == "report" || word == "reports:")
          && (toWords.contains(next) || (next == "directly" && toWords.contains(afterNext))
            || word == "reports:")
        {
          reporting = quote(i, i + 6)
        }
      }
      if reporting == nil, word == "under", i + 3 < lower.count, lower[i + 1] == "the",
        lower[i + 2] == "supervision" || lower[i + 2] == "direction", lower[i + 3] == "of"
      {
        reporting = quote(i, i + 7)
      }
    }
    var found: [Topic: String] = [:]
    found[.salaryRange] = pay
    found[.workArrangement] = arrangement
    found[.travel] = travel
    found[.reportingLine] = reporting
    return found
  }

  /// Whether `word`, trimmed of `.,;:!()/`, may be one of ``strippedArrangementWords``: its
  /// first other byte is not ASCII or is one of their first letters.
  static func mayStateArrangement(_ word: String) -> Bool {
    guard let first = word.utf8.first(where: { !trimmedMarks.contains($0) }) else { return false }
    return first >= 0x80 || arrangementInitials.contains(first)
  }

  /// The marks ``find(in:)`` trims off a word before it compares it with
  /// ``strippedArrangementWords``.
  static let trimmedMarks: Set<UInt8> = Set(".,;:!()/".utf8)

  /// The first letters of ``strippedArrangementWords``.
  static let arrangementInitials: Set<UInt8> = Set(
    strippedArrangementWords.compactMap(\.utf8.first))

  /// Words that state the work arrangement as written.
  static let arrangementWords: Set<String> = [
    "remote", "remote)", "(remote)", "remote-first", "hybrid", "hybrid)", "(hybrid)", "on-site",
    "onsite", "in-office", "in-person", "(on-site)", "fully-remote",
  ]
  /// Words that state the work arrangement once their punctuation is trimmed.
  static let strippedArrangementWords: Set<String> = [
    "remote", "hybrid", "on-site", "onsite", "in-office", "in-person",
  ]

  /// The periods a pay rate is given in.
  static let payPeriods: [String] = [
    "hour", "hr", "hours", "year", "yr", "annum", "month", "mo", "week", "wk", "day", "shift",
  ]
  /// Words after an amount that make it a rate: "$22 hourly".
  static let rateWords: Set<String> = [
    "hourly", "annually", "yearly", "monthly", "weekly", "daily", "annual", "/hr", "/hour", "/yr",
  ]
  /// Words that join the two ends of a range.
  static let rangeJoiners: Set<String> = ["-", "–", "—", "to", "and"]
  /// Labels that make the amount after them pay, within the four words before it.
  static let payLabels: Set<String> = [
    "salary", "salaries", "pay", "wage", "wages", "compensation", "rate", "range", "earn",
    "earning", "earnings", "paying", "ote", "stipend", "min", "mid", "max", "midpoint",
  ]

  /// Whether the amount of money at `i` of the lower-case words `lower` states pay.
  ///
  /// It does when it is a range of two amounts ("$60,000 - $75,000", "$60K-$75K", "$25 to $30"), a rate ("$28/hour", "$19 per
  /// hour", "$25 an hour", "$22.50 hourly"), or an amount after a pay label ("Salary: $90,000",
  /// "base salary of $90,000"). Words are compared whole, so "raised $5 million from investors"
  /// and "a match of up to $5,000" state no pay; nor does an amount in millions or billions
  /// ("$2B a year").
  static func isPay(at i: Int, in lower: [String]) -> Bool {
    func word(_ k: Int) -> String {
      k >= 0 && k < lower.count ? lower[k].trimming(".,;:!?()[]*\"'") : ""
    }
    let amount = lower[i]
    // Millions and billions are a business's figures, not pay: "$2B a year", "$5 million a
    // year in revenue", "$1.2M".
    let scale = amount.trimming(".,;:!?()[]*\"'").drop(while: { !$0.isNumber })
      .drop(while: { $0.isNumber || $0 == "." || $0 == "," })
    if ["m", "mm", "b", "bn", "t", "million", "billion", "trillion"].contains(String(scale))
      || ["million", "billion", "trillion", "m", "mm", "b", "bn"].contains(word(i + 1))
    {
      return false
    }
    // A range or a rate written as one token: "$60k-$75k", "$28/hour".
    if let dash = amount.dropFirst().firstIndex(where: { "-–—".contains($0) }),
      amount[amount.index(after: dash)...].contains(where: \.isNumber)
    {
      return true
    }
    if let slash = amount.firstIndex(of: "/") {
      // The period may run into the next word: "$30/hrTwo paid days".
      let period = amount[amount.index(after: slash)...].prefix(while: \.isLetter)
      if payPeriods.contains(where: { period.hasPrefix($0) }) { return true }
    }
    // A range: amount, joiner, amount (the second may omit the sign: "$72K – 168K").
    if rangeJoiners.contains(word(i + 1)),
      Topic.isMoney(word(i + 2)) || word(i + 2).first?.isNumber == true
    {
      return true
    }
    if rangeJoiners.contains(word(i - 1)), Topic.isMoney(word(i - 2)) { return true }
    // A rate: "per hour", "an hour", "a year", "hourly".
    if rateWords.contains(word(i + 1)) { return true }
    if ["per", "an", "a", "each", "every"].contains(word(i + 1)), payPeriods.contains(word(i + 2)) {
      return true
    }
    // A label just before the amount.
    for k in max(0, i - 4)..<i where payLabels.contains(word(k)) { return true }
    return false
  }
}
