/// Reads what the employer does, as a short noun phrase with its article: "a global chemical
/// supply chain company", "a community hospital", "a provider of cloud-based HR and payroll
/// software".
///
/// It comes from "<Company> is a ...", "We are a ...", "As a ..., we ..." or "<Company>, a ...,
/// is ...": the words after the article up to a clause ("that", "which", "with", "based in",
/// a comma, ...), with promotional words dropped ("leading", "award-winning"), at most
/// ``maximumWords`` words, and only when they hold a noun for an organisation (company,
/// hospital, firm, provider, school, ...).
enum BusinessReader {
  static let maximumWords = 9

  /// Nouns that make a phrase describe an organisation.
  static let organisationNouns: Set<String> = [
    "company", "companies", "firm", "provider", "organization", "organisation", "agency",
    "hospital", "practice", "clinic", "system", "network", "manufacturer", "distributor",
    "retailer", "restaurant", "school", "university", "college", "district", "nonprofit",
    "non-profit", "foundation", "group", "leader", "business", "brand", "startup", "start-up",
    "platform", "developer", "consultancy", "institution", "center", "centre", "bank", "insurer",
    "carrier", "laboratory", "lab", "studio", "shop", "store", "chain", "producer", "supplier",
    "contractor", "operator", "marketplace", "services", "facility", "association", "club",
    "cooperative", "co-op", "union", "charity", "ministry", "church", "museum", "library",
    "academy", "partnership", "enterprise", "corporation", "conglomerate", "subsidiary",
    "franchise", "dealership", "manufacturing", "maker", "builder", "designer", "integrator",
    "consultant", "processor", "publisher", "broker", "brokerage", "lender", "agencies",
    "providers", "community", "authority", "department", "city", "county", "hotel", "resort",
    "bakery", "cafe", "farm", "winery", "brewery", "pharmacy",
  ]

  /// Words that end the phrase: the clause after the description.
  static let stops: Set<String> = [
    "that", "which", "who", "whose", "with", "based", "headquartered", "located", "providing",
    "offering", "dedicated", "committed", "focused", "serving", "where", "since", "founded",
    "and", "is", "are", "was", "has", "have", "helping", "delivering", "specializing",
    "specialising", "seeking", "looking", "in", "to", "for", "we", "our", "whereby", "making",
    "operating", "known", "recognized", "recognised",
  ]

  /// Promotional words left out of the phrase.
  static let promotional: Set<String> = [
    "leading", "premier", "top", "world-class", "award-winning", "innovative", "fast-growing",
    "rapidly", "growing", "dynamic", "trusted", "renowned", "exciting", "unique",
    "best-in-class", "industry-leading", "cutting-edge", "nationally", "recognized",
    "well-established", "established", "thriving", "successful", "prestigious", "reputable",
    "respected", "forward-thinking", "forward", "thinking", "progressive", "vibrant", "premiere",
    "best", "largest", "fastest-growing", "highly", "world's", "nation's", "award", "winning",
    "great", "amazing", "exceptional", "first-class", "high-growth", "privately-held",
    "privately", "held", "mission-driven", "values-driven",
  ]

  /// What the employer does, or `nil`.
  ///
  /// - Complexity: O(*n*) in the length of the posting.
  static func business(in text: PostingText, company: String?) -> PostingFact? {
    // A sentence's words as they are compared: lower case, marks trimmed, "&" kept, so that
    // the company's words ("Harbor & Pine Outfitters") compare as the sentence's do.
    func key(_ word: some StringProtocol) -> String {
      word.lowercased().trimming(",.;:!?()\"'")
    }
    let subjects: [[String]] =
      (company.map { [$0.split(separator: " ").map(key)] } ?? []) + [["we"]]
    for line in text.lines.prefix(80) {
      for sentence in CompanyReader.sentences(of: line) {
        // Most sentences start with no "As" and hold no subject: an ASCII one is read further
        // only when it may.
        if !mayDescribe(sentence, subjects: subjects) { continue }
        let words = Words.whitespaceSeparated(sentence)
        let lower = words.map(key)
        // "<subject> is a", "<subject> are a", "<subject>, a".
        for subject in subjects where !subject.isEmpty {
          guard let at = position(of: subject, in: lower) else { continue }
          var i = at + subject.count
          if i < lower.count, ["is", "are", "has", "'s"].contains(lower[i]) { i += 1 }
          if i < lower.count, lower[i] == "been" { i += 1 }
          guard i < lower.count, ["a", "an"].contains(lower[i]) else { continue }
          if let phrase = phrase(words, from: i + 1),
            !repeats(company, in: phrase)
          {
            return PostingFact(value: phrase, evidence: line)
          }
        }
        // "As a ... , we".
        if lower.count > 3, lower[0] == "as", ["a", "an"].contains(lower[1]),
          let phrase = phrase(words, from: 2), !repeats(company, in: phrase)
        {
          return PostingFact(value: phrase, evidence: line)
        }
      }
    }
    return nil
  }

  /// The phrase starting at `start`, with its article; `nil` when it names no organisation.
  static func phrase(_ words: [String], from start: Int) -> String? {
    var out: [String] = []
    for raw in words.dropFirst(start) {
      var word = raw
      var ends = false
      if let last = word.last, ",.;:!?)".contains(last) {
        word.removeLast()
        ends = true
      }
      let lower = word.lowercasedQuickly
      if stops.contains(lower) || word.hasPrefix("(") { break }
      if !promotional.contains(lower) && !word.isEmpty { out.append(word) }
      if ends || out.count > maximumWords { break }
    }
    guard out.count >= 1, out.count <= maximumWords,
      out.contains(where: { organisationNouns.contains($0.lowercased()) })
    else { return nil }
    // The last word names the organisation, not an adjective: trim to the last noun.
    while let last = out.last, !organisationNouns.contains(last.lowercased()),
      ["of", "and", "&"].contains(last.lowercased()) || out.count > 1 && last.count <= 2
    {
      out.removeLast()
    }
    // "a provider of cloud-based", "a group of strong": the words after "of" name nothing.
    if let of = out.lastIndex(where: { $0.lowercased() == "of" }), let last = out.last,
      !organisationNouns.contains(last.lowercased())
    {
      out.removeSubrange(of...)
    }
    guard !out.isEmpty, reads(out) else { return nil }
    let first = out[0]
    let lowered =
      first.count > 1 && first.dropFirst().allSatisfy(\.isLowercase) ? first.lowercased() : first
    out[0] = lowered
    let article =
      "aeiou".contains(lowered.first.map { Character($0.lowercased()) } ?? "x")
      ? "an" : "a"
    return article + " " + out.joined(separator: " ")
  }

  /// Whether `phrase` holds the first word of the company's name ("Koch is a Koch company"):
  /// it then says nothing more than the name.
  static func repeats(_ company: String?, in phrase: String) -> Bool {
    guard let company,
      let first = Words.lowercased(company).first(where: { $0 != "the" && $0.count > 1 })
    else { return false }
    return Words.lowercased(phrase).contains(first)
  }

  /// Words of a job, not of an employer: "an application Developer", "a Client Services
  /// Assistant" describe the candidate.
  static let jobWords: Set<String> = [
    "manager", "assistant", "specialist", "analyst", "engineer", "coordinator",
    "representative", "associate", "director", "technician", "officer", "administrator",
    "clerk", "nurse", "supervisor", "lead", "intern", "developer", "agent", "consultant",
  ]

  /// Nouns too general to say what the employer does when they stand alone: "a firm".
  static let generalNouns: Set<String> = [
    "firm", "developer", "provider", "company", "leader", "group", "business", "organization",
    "organisation", "consultant", "contractor", "operator", "enterprise", "corporation",
  ]

  /// Whether the words after the article describe an employer: no pronoun, no job title
  /// written as one (a capitalised job word after the first word), nothing of an
  /// equal-opportunity statement, and more than a general noun alone.
  static func reads(_ words: [String]) -> Bool {
    let lower = words.map { $0.lowercased() }
    if lower.contains(where: {
      ["you", "your", "we", "our", "us", "i", "my", "their"].contains($0)
    }) {
      return false
    }
    if lower.contains(where: { ["vevraa", "eeo", "equal", "affirmative", "e-verify"].contains($0) })
    {
      return false
    }
    for (word, low) in zip(words, lower).dropFirst()
    where jobWords.contains(low) && word.first?.isUppercase == true {
      return false
    }
    if lower.count == 1, generalNouns.contains(lower[0]) { return false }
    return true
  }

  /// The marks ``business(in:company:)`` trims off a word's ends before it compares it.
  static let keyMarks: Set<UInt8> = Set(",.;:!?()\"'".utf8)

  /// Whether `sentence` may give the business.
  ///
  /// It may when it is not ASCII, or its first word is "as" (marks trimmed, any case), or it
  /// holds the first word of one of `subjects` as a word of its own. For ASCII text this is
  /// what the words ``business(in:company:)`` compares allow.
  static func mayDescribe(_ sentence: String, subjects: [[String]]) -> Bool {
    var sentence = sentence
    return sentence.withUTF8 { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return true }
      // Whether `key` stands at `start` as a whole word, with only marks around it.
      func isWord(_ key: [UInt8], at start: Int) -> Bool {
        let end = start + key.count
        guard end <= bytes.count else { return false }
        for k in 0..<key.count where asciiLower(bytes[start + k]) != key[k] { return false }
        var before = start
        while before > 0, keyMarks.contains(bytes[before - 1]) { before -= 1 }
        guard before == 0 || isASCIIWhitespace(bytes[before - 1]) else { return false }
        var after = end
        while after < bytes.count, keyMarks.contains(bytes[after]) { after += 1 }
        return after == bytes.count || isASCIIWhitespace(bytes[after])
      }
      // The first word, past its leading marks.
      var first = 0
      while first < bytes.count, isASCIIWhitespace(bytes[first]) { first += 1 }
      while first < bytes.count, keyMarks.contains(bytes[first]) { first += 1 }
      if isWord(Array("as".utf8), at: first) { return true }
      for subject in subjects {
        guard let key = subject.first.map({ Array($0.utf8) }), !key.isEmpty,
          let lead = key.first
        else { return true }
        for i in bytes.indices where asciiLower(bytes[i]) == lead && isWord(key, at: i) {
          return true
        }
      }
      return false
    }
  }

  static func position(of needle: [String], in haystack: [String]) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    for i in 0...(haystack.count - needle.count)
    where haystack[i..<(i + needle.count)].elementsEqual(needle) {
      return i
    }
    return nil
  }
}
