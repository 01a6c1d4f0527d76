/// Reads a posting's responsibilities as short gerund phrases a question can hold.
///
/// The duties come from the lines under a heading such as "Responsibilities", "Duties", "What
/// you'll do" or "Essential functions", up to the next heading such as "Requirements" (without
/// such a heading, from lines that read as duties). Each line, split at sentences and where an
/// export ran two bullets together ("...channels)Develop..."), becomes a duty when it starts
/// with a verb, after leading words such as "You will" or "Responsible for": the verb becomes
/// its -ing form ("Prepare" and "Prepares" become "preparing"), and the phrase stops before a
/// trailing clause (", ensuring ...", " to ensure ...", " as needed", "(...)") and within
/// ``maximumWords`` words, never ending on a word such as "the" or "and". "Other duties as
/// assigned" is no duty.
enum DutyReader {
  /// The longest duty, in words.
  static let maximumWords = 8
  /// The most duties read.
  static let maximumDuties = 12

  /// Headings of the responsibilities part, in lower case.
  static let headings: [String] = [
    "responsibilities", "key responsibilities", "main responsibilities", "primary responsibilities",
    "job responsibilities", "core responsibilities", "your responsibilities",
    "role responsibilities",
    "duties", "job duties", "essential duties", "essential functions", "essential job functions",
    "duties and responsibilities", "responsibilities and duties",
    "essential duties and responsibilities",
    "what you'll do", "what you will do", "what you’ll do", "what you will be doing",
    "what you'll be doing", "in this role you will", "in this role, you will", "you will",
    "the role", "your role", "your impact", "day to day", "day-to-day", "a day in the life",
    "key duties", "major duties", "principal duties", "job functions", "position responsibilities",
    "what we need you to do", "how you'll contribute", "what you’ll be doing",
  ]

  /// Headings that end the responsibilities part.
  static let endings: [String] = [
    "requirements", "qualifications", "minimum qualifications", "preferred qualifications",
    "required qualifications", "basic qualifications", "what you bring", "what you'll bring",
    "what you’ll bring", "who you are", "skills", "required skills", "education", "experience",
    "about you", "about us", "benefits", "what we offer", "perks", "compensation", "salary",
    "pay", "schedule", "job type", "physical requirements", "working conditions",
    "knowledge, skills and abilities", "knowledge skills and abilities", "competencies",
    "preferred", "nice to have", "bonus points", "must haves", "must have", "why join us",
    "equal opportunity", "eeo", "about the company", "our benefits", "location",
  ]

  /// Words that open a line before its verb.
  static let openers: [[String]] = [
    ["you", "will", "be", "responsible", "for"], ["you", "will", "be"], ["you", "will"],
    ["you'll"], ["you’ll"], ["will", "be", "responsible", "for"], ["will"],
    ["responsible", "for"], ["be", "responsible", "for"], ["duties", "include"],
    ["we", "need", "you", "to"], ["able", "to"], ["help"], ["assist", "in"],
  ]

  /// Words a duty does not end on.
  static let weakEndings: Set<String> = [
    "a", "an", "the", "and", "or", "of", "to", "for", "with", "in", "on", "at", "by", "from",
    "as", "into", "all", "any", "various", "other", "our", "their", "your", "its", "new",
    "key", "multiple", "daily", "ongoing", "related", "including", "such", "both", "each",
    "&",
  ]

  /// Words that start a trailing clause a duty stops before.
  static let clauseStarts: Set<String> = [
    "ensuring", "including", "while", "which", "that", "so", "whereby", "where", "when",
    "etc", "e.g", "i.e", "per", "according", "in order",
  ]

  /// Verbs that are seldom nouns, so that "and" before one starts another duty (many verbs of
  /// task statements are nouns too: "inventory", "schedule", "file").
  static let clearVerbs: Set<String> = [
    "prepare", "reconcile", "manage", "maintain", "develop", "create", "review", "coordinate",
    "lead", "assist", "ensure", "provide", "conduct", "perform", "monitor", "analyze",
    "analyse", "build", "design", "implement", "communicate", "collaborate", "train",
    "respond", "resolve", "investigate", "handle", "oversee", "identify", "evaluate", "assess",
    "organize", "organise", "write", "draft", "present", "negotiate", "sell", "drive",
    "deliver", "greet", "answer", "verify", "assemble", "operate", "install", "inspect",
    "repair", "clean", "serve", "administer", "educate", "mentor", "supervise",
    "recruit", "hire", "establish", "generate", "execute", "facilitate", "participate",
    "partner", "help", "work", "use", "utilize", "apply", "collect", "compile", "calculate",
    "enter", "process", "submit", "obtain", "determine", "recommend", "advise", "consult",
    "interact", "engage", "contribute", "pull", "follow", "test", "debug", "deploy",
  ]

  /// The posting's duties, in order.
  ///
  /// - Parameter verbs: base-form verbs (in lower case) a duty may start with.
  /// - Complexity: O(*n*) in the length of the posting.
  static func duties(in text: PostingText, verbs: Set<String>) -> [PostingFact] {
    let lines = section(of: text.lines) ?? text.lines
    var duties: [PostingFact] = []
    var seen = Set<String>()
    for line in lines {
      for segment in segments(of: line, verbs: verbs) {
        guard let duty = phrase(segment, verbs: verbs), seen.insert(duty.lowercased()).inserted
        else { continue }
        duties.append(PostingFact(value: duty, evidence: line))
        if duties.count == maximumDuties { return duties }
      }
    }
    return duties
  }

  /// The lines of the responsibilities part, or `nil` when the posting has no such heading.
  static func section(of lines: [String]) -> [String]? {
    var result: [String] = []
    var inside = false
    for line in lines {
      let key = headingKey(line)
      if let key, headings.contains(key.text) {
        inside = true
        if !key.rest.isEmpty { result.append(key.rest) }
        continue
      }
      if inside, let key,
        endings.contains(where: { key.text == $0 || key.text.hasPrefix($0 + " ") })
      {
        if !result.isEmpty { break }
        inside = false
        continue
      }
      if inside { result.append(line) }
    }
    return result.isEmpty ? nil : result
  }

  /// A line read as a heading: its words in lower case without marks, and the text after a
  /// colon; `nil` for a line that is too long to be a heading.
  static func headingKey(_ line: String) -> (text: String, rest: String)? {
    var head = line
    var rest = ""
    if let colon = line.firstIndex(of: ":") {
      head = String(line[..<colon])
      rest = String(line[line.index(after: colon)...]).trimmingWhitespace
    }
    let words = head.split(whereSeparator: { $0.isWhitespace }).count
    guard words <= 7 else { return nil }
    let text = head.lowercased().trimming(" *#-•:.!")
      .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    guard !text.isEmpty else { return nil }
    return (text, rest)
  }

  /// The parts of a line that may each be one duty: its sentences, and the pieces an export
  /// ran together where a lower-case letter or a closing bracket meets a capitalised verb.
  static func segments(of line: String, verbs: Set<String>) -> [String] {
    var pieces: [String] = []
    var current = ""
    let characters = Array(line)
    var i = 0
    while i < characters.count {
      let c = characters[i]
      if i > 0, c.isUppercase, characters[i - 1].isLowercase || characters[i - 1] == ")" {
        // "...channels)Develop the plan": a new piece if the capitalised word is a verb.
        var j = i
        while j < characters.count && characters[j].isLetter { j += 1 }
        let word = String(characters[i..<j]).lowercased()
        if base(of: word, verbs: verbs) != nil {
          pieces.append(current)
          current = ""
        }
      }
      current.append(c)
      if ".;".contains(c), i + 1 < characters.count, characters[i + 1] == " " {
        pieces.append(current)
        current = ""
      }
      i += 1
    }
    pieces.append(current)
    return pieces.map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
  }

  /// The duty a segment states, or `nil` when it does not start with a verb.
  static func phrase(_ segment: String, verbs: Set<String>) -> String? {
    var text = segment.trimming(" •·*-–—>\t")
    // "1. Prepare ...", "a) Review ...".
    if let first = text.split(separator: " ").first, first.count <= 3,
      first.dropLast().allSatisfy({ $0.isNumber || $0.isLetter }), ".)".contains(first.last ?? " ")
    {
      text = String(text.dropFirst(first.count)).trimmingWhitespace
    }
    // "Month-end close: prepare ..." -- a short label before a colon.
    if let colon = text.firstIndex(of: ":"), text[..<colon].split(separator: " ").count <= 4 {
      text = String(text[text.index(after: colon)...]).trimmingWhitespace
    }
    var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    let lower = words.map { $0.lowercased() }
    for opener in openers where lower.starts(with: opener) && words.count > opener.count {
      words.removeFirst(opener.count)
      break
    }
    guard let first = words.first else { return nil }
    let firstWord = first.lowercased().trimming(",.;:")
    guard let verb = base(of: firstWord, verbs: verbs) else { return nil }
    var out = [gerund(verb)]
    let rest = Array(words.dropFirst())
    for (k, raw) in rest.enumerated() {
      let word = raw.lowercased()
      if clauseStarts.contains(word.trimming(",.;:")) { break }
      if word == "to", out.count > 1, k + 1 < rest.count,
        ["ensure", "support", "meet", "achieve", "maintain", "improve", "help", "drive"].contains(
          rest[k + 1].lowercased())
      {
        break
      }
      // A second verb starts another duty: "Process invoices and reconcile statements".
      if out.count > 1, ["and", "or"].contains(word), k + 1 < rest.count,
        let next = base(of: rest[k + 1].lowercased().trimming(",.;:"), verbs: verbs),
        clearVerbs.contains(next)
      {
        break
      }
      if word.hasPrefix("(") { break }
      var clean = raw
      var stop = false
      if let last = clean.last, ";:.".contains(last) {
        clean.removeLast()
        stop = true
      } else if clean.last == "," {
        // A comma ends the duty before a clause or another verb, not inside a list of nouns
        // ("Reconcile bank, credit card and inventory accounts").
        let next = k + 1 < rest.count ? rest[k + 1].lowercased().trimming(",.;:") : ""
        if next.isEmpty || clauseStarts.contains(next) || base(of: next, verbs: verbs) != nil
          || ["as", "and", "or", "with", "for", "to", "in"].contains(next)
        {
          clean.removeLast()
          stop = true
        }
      }
      if !clean.isEmpty { out.append(clean) }
      if stop || out.count >= maximumWords { break }
    }
    while out.count > 1, let last = out.last, weakEndings.contains(last.lowercased()) {
      out.removeLast()
    }
    guard out.count >= 2 else { return nil }
    let duty = out.joined(separator: " ")
    let lowered = duty.lowercased()
    if lowered.contains("other duties") || lowered.contains("as assigned")
      || lowered.contains("related duties") || lowered.hasSuffix(" as needed")
    {
      return nil
    }
    return duty
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
