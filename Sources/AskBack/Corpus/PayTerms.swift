/// The words and phrases that make a question about pay and benefits.
///
/// Advice is clear that pay, benefits, bonus, equity and time off belong to
/// the offer stage, never to a screen or a first interview. The corpus check
/// uses this list to keep such words out of every other category, and the
/// evaluation uses it to count pay questions where they do not belong.
/// Matching is on lower-case words, so *pay* does not match *payments*.
/// Words with an innocent meaning in some fields (*insurance*, *holiday*,
/// *stock*, *leave*) count only inside the phrases below.
public enum PayTerms {
  /// Single words.
  public static let words: Set<String> = [
    "salary", "salaries", "pay", "paid", "paycheck", "payout", "payouts", "compensation",
    "benefit", "benefits", "bonus", "bonuses", "commission", "commissions", "equity", "vesting",
    "rsu", "rsus", "vacation", "pto", "wage", "wages", "pension", "retirement", "401k", "perk",
    "perks", "severance", "stipend",
  ]

  /// Phrases of two or more words, and tokens with punctuation.
  public static let phrases: [String] = [
    "time off", "paid leave", "parental leave", "maternity leave", "paternity leave", "sick leave",
    "stock options", "stock option", "stock grant", "stock grants", "health insurance",
    "dental insurance", "medical insurance", "life insurance", "vision insurance", "pay raise",
    "salary increase", "relocation package", "relocation assistance", "signing bonus",
    "sign-on bonus", "cost of living", "tuition reimbursement", "holiday pay", "paid holidays",
    "401(k)", "403(b)",
  ]

  /// The phrases as word sequences ("401(k)" is "401", "k").
  static let phraseWords: [(phrase: String, words: [String])] = phrases.map {
    ($0, Words.lowercased($0))
  }

  /// The first pay word or phrase in `text`, or `nil`.
  ///
  /// - Complexity: O(*n* + *n* *p*) for *n* words and *p* phrases.
  public static func firstMatch(in text: String) -> String? {
    firstMatch(words: Words.lowercased(text))
  }

  /// The first pay word or phrase among lower-case `textWords`, or `nil`.
  public static func firstMatch(words textWords: [String]) -> String? {
    for word in textWords where words.contains(word) { return word }
    for (phrase, sequence) in phraseWords where textWords.count >= sequence.count {
      for start in 0...(textWords.count - sequence.count)
      where textWords[start] == sequence[0]
        && Array(textWords[start..<(start + sequence.count)]) == sequence
      {
        return phrase
      }
    }
    return nil
  }

  /// Whether `text` mentions pay or benefits.
  public static func mentionsPay(_ text: String) -> Bool { firstMatch(in: text) != nil }
}
