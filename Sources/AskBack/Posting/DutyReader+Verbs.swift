/// A verb's forms: the base form of a third-person or -ing word, and the -ing form of a base.
extension DutyReader {
  /// The stem of a duty's -ing verb: "presenting" gives "present", "managing" "manag".
  static func verb(of gerund: String) -> String {
    let word = gerund.lowercased().trimming(",")
    return word.hasSuffix("ing") ? String(word.dropLast(3)) : word
  }

  /// The base form of `word` when it is a verb of `verbs`: the word itself, or without a
  /// third-person or -ing ending ("prepares", "processes", "supplies", "reconciling").
  static func base(of word: String, verbs: Set<String>) -> String? {
    guard word.count >= 2, word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
    if verbs.contains(word) { return word }
    if word.hasSuffix("ies"), verbs.contains(String(word.dropLast(3)) + "y") {
      return String(word.dropLast(3)) + "y"
    }
    if word.hasSuffix("es"), verbs.contains(String(word.dropLast(2))) {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("s"), verbs.contains(String(word.dropLast())) {
      return String(word.dropLast())
    }
    if word.hasSuffix("ing") {
      let stem = String(word.dropLast(3))
      for candidate in [stem, stem + "e", String(stem.dropLast())] where verbs.contains(candidate) {
        if gerund(candidate) == word { return candidate }
      }
      if stem.hasSuffix("y"), verbs.contains(String(stem.dropLast()) + "ie") {
        return String(stem.dropLast()) + "ie"
      }
    }
    return nil
  }

  /// Verbs that double their last consonant before -ing although they have two syllables.
  static let doubling: Set<String> = [
    "admit", "commit", "submit", "control", "patrol", "refer", "transfer", "prefer", "occur",
    "equip", "begin", "permit", "omit", "regret", "compel", "propel", "expel", "acquit",
    "forget", "upset", "rebut", "deter", "incur", "recur", "confer", "defer", "infer",
  ]

  /// The -ing form of a base-form verb: "prepare" -> "preparing", "plan" -> "planning", "tie"
  /// -> "tying", "audit" -> "auditing".
  static func gerund(_ verb: String) -> String {
    let letters = Array(verb)
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    if verb.hasSuffix("ie") { return String(verb.dropLast(2)) + "ying" }
    if verb.hasSuffix("e"), !verb.hasSuffix("ee"), !verb.hasSuffix("ye"), !verb.hasSuffix("oe"),
      verb.count > 2
    {
      return String(verb.dropLast()) + "ing"
    }
    if letters.count >= 3, let last = letters.last, !vowels.contains(last),
      !"wxy".contains(last), vowels.contains(letters[letters.count - 2]),
      !vowels.contains(letters[letters.count - 3])
    {
      let syllables = letters.enumerated().filter {
        vowels.contains($0.element) && ($0.offset == 0 || !vowels.contains(letters[$0.offset - 1]))
      }.count
      if syllables == 1 || doubling.contains(verb) { return verb + String(last) + "ing" }
    }
    return verb + "ing"
  }
}
