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
  /// The longest line of a list outside a responsibilities part, in words.
  static let maximumListLineWords = 40

  /// Verbs that start a line without stating a duty: invitations ("Join", "Apply", "Send"),
  /// offers ("Receive", "Enjoy", "Earn"), and words that are more often nouns or adjectives at
  /// the start of a line ("Key", "Pay", "Line", "Total", "Post").
  static let notDutyVerbs: Set<String> = [
    "key", "pay", "line", "total", "start", "open", "post", "leave", "join", "send", "check",
    "learn", "bring", "receive", "apply", "show", "take", "increase", "keep", "stay", "enjoy",
    "click", "visit", "contact", "call", "email", "come", "become", "make", "find", "get",
    "have", "see", "look", "explore", "discover", "imagine", "love", "want", "earn", "thrive",
    "do", "be", "need", "like", "offer", "benefit", "note", "include", "require", "prefer",
    "reach", "base", "balance", "rate", "range", "level", "experience", "value", "care",
  ]

  /// Words after "work" that make it a duty ("Work with vendors to ..."), not a noun
  /// ("Working knowledge of ...", "Work schedule").
  static let workPartners: Set<String> = [
    "with", "closely", "alongside", "across", "cross-functionally", "collaboratively",
  ]

  /// Words a duty may be cut before when it runs over ``maximumWords``.
  static let cutWords: Set<String> = [
    "to", "for", "with", "in", "during", "by", "and", "or", "and/or", "on", "at", "from",
    "that", "which", "via", "through", "across", "within", "into", "of", "under", "using",
  ]

  /// Words before which a long duty is cut first: "Deliver direct patient care for a team of
  /// six patients" becomes "delivering direct patient care".
  static let preferredCuts: Set<String> = [
    "for", "during", "in", "by", "to", "with", "on", "at", "from", "through", "via", "within",
    "across", "under", "using", "that", "which",
  ]

  /// Abbreviations whose full stop ends no sentence.
  static let abbreviations: Set<String> = [
    "e.g.", "i.e.", "etc.", "inc.", "vs.", "dr.", "st.", "jr.", "sr.", "co.", "no.", "approx.",
  ]

  /// Headings an export glues to the word before them ("ServicesEmployment Type").
  static let gluedHeadings: Set<String> = [
    "Employment", "Type", "Job", "Location", "Position", "Summary", "Qualifications",
    "Requirements", "Responsibilities", "Project", "Imagine", "Currently", "Details",
    "Benefits", "Salary", "Pay", "Experience", "Education", "Skills", "About", "Description",
    "Overview", "Duties", "Company", "Department", "Schedule", "Status", "Full", "Part",
    "Apply", "Who", "What", "Why", "How", "Our", "We", "You", "The", "This", "Role",
  ]

  /// English stop words, which carry no meaning of their own.
  static let stopWords = Set(StopWords.english)

  /// Pronouns a question cannot repeat: the duty would read as the posting's voice.
  static let pronouns: Set<String> = ["you", "yours", "we", "us", "i", "me", "my"]

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

  /// ``endings`` with the space after them, for a heading that starts with one ("Requirements
  /// and skills").
  static let endingPrefixes = endings.map { $0 + " " }

  /// Words that open a line before its verb.
  static let openers: [[String]] = [
    ["you", "will", "be", "responsible", "for"], ["you", "will", "be"], ["you", "will"],
    ["you'll"], ["you’ll"], ["will", "be", "responsible", "for"], ["will"],
    ["responsible", "for"], ["be", "responsible", "for"], ["duties", "include"],
    ["we", "need", "you", "to"], ["able", "to"], ["help"], ["assist", "in"],
  ]

  /// The number of words of the longest opener.
  static let openerLength = openers.map(\.count).max() ?? 0

  /// Verbs of ``notDutyVerbs`` that are verbs all the same after another verb and "and":
  /// "prepare and make bank deposits", "receive and post payments".
  static let secondVerbs: Set<String> = [
    "pay", "start", "open", "post", "send", "check", "bring", "receive", "apply", "show",
    "take", "keep", "call", "email", "make", "find", "get", "reach", "contact", "visit", "note",
    "balance", "increase",
  ]

  /// Words that name only the job's own setting or work in general: a duty whose object holds
  /// nothing else ("representing the company", "leading teams", "completing tasks") says
  /// nothing a question can ask about.
  static let genericObjects: Set<String> = [
    "team", "teams", "company", "companies", "organization", "organisation", "business",
    "work", "tasks", "task", "duties", "duty", "activities", "priorities", "performance",
    "issues", "needs", "others", "people", "things", "projects", "plans", "operations",
    "functions", "function", "matters", "items", "areas", "summary", "reviews", "processes",
    "requests", "assignments", "leadership", "management", "employees", "members", "goals",
    "objectives", "results", "solutions", "support", "services", "department", "departments",
    "role", "position", "job", "office", "group", "groups", "day-to-day", "daily", "overall",
    "general", "day", "time",
  ]

  /// Words that start a noun group with its own determiner, so that it takes no "the".
  static let determiners: Set<String> = [
    "another", "several", "multiple", "various", "one", "two", "three", "many", "every",
    "each", "such", "no", "both", "either", "his", "her", "its", "their", "our", "your",
    "company's", "company’s", "team's", "team’s",
  ]

  /// Singular nouns of things a job looks after, which a sentence names with an article
  /// ("maintaining the general ledger", "managing the front desk", "administering the turf
  /// coordination system"); nouns of stuff and of activities ("payroll", "inventory",
  /// "analysis") are left out, since they read well bare.
  static let countNouns: Set<String> = [
    "drive", "system", "interface", "calendar", "inbox", "schedule", "database", "website",
    "site", "file", "ledger", "pipeline", "budget", "roadmap", "dashboard", "workflow",
    "platform", "network", "server", "portal", "warehouse", "store", "floor", "fleet",
    "kitchen", "desk", "phone", "mailbox", "queue", "backlog", "library", "catalog",
    "catalogue", "program", "programme", "bill", "shop", "lab", "laboratory", "facility",
    "building", "property", "station", "machine", "vehicle", "truck", "van", "register",
    "counter", "lobby", "checklist", "spreadsheet", "tracker", "log", "folder", "repository",
    "codebase", "app", "newsletter", "blog", "agenda", "drawer", "menu", "storefront",
    "showroom", "stockroom", "office", "department", "clinic", "unit", "classroom",
  ]

  /// Words a duty does not end on.
  static let weakEndings: Set<String> = [
    "a", "an", "the", "and", "or", "of", "to", "for", "with", "in", "on", "at", "by", "from",
    "as", "into", "all", "any", "various", "other", "our", "their", "your", "its", "new",
    "key", "multiple", "daily", "ongoing", "related", "including", "such", "both", "each",
    "&", "relevant", "those", "these", "necessary", "needed", "required", "appropriate", "etc",
  ]

  /// Last words a cut sentence leaves behind, dropped like ``weakEndings``.
  static let danglingEndings: Set<String> = [
    "given", "timely", "incomplete", "appropriately", "accordingly", "properly", "promptly",
    "effectively", "efficiently", "well", "etc", "ranging", "involving", "regarding",
  ]

  /// Words of soft skills and catch-alls: a duty holding one says nothing about the work.
  static let vagueWords: Set<String> = [
    "miscellaneous", "understanding", "judgment", "judgement", "example", "cross-functional",
    "cross-functionally", "skills", "effective", "world-class", "closely", "various",
    "opportunities", "attitude", "mindset", "passion", "excellence", "initiative",
    "leverage", "energy", "efforts", "flexibility", "outcomes", "range", "assigned", "open",
    "generation", "innovative", "expert", "expertise", "knowledge",
  ]

  /// Verbs of helping and relating rather than doing.
  ///
  /// "providing world class customer support", "assisting the pharmacist", "working with
  /// leadership", "ensuring associates provide ...": a duty that starts with one names no piece of work a question can ask about,
  /// unless ``isIndirect(_:before:)`` finds work after it ("assisting with tax filings").
  static let indirectVerbs: Set<String> = [
    "provide", "assist", "support", "help", "work", "interact", "engage", "partner",
    "collaborate", "communicate", "treat", "ensure", "participate", "contribute", "foster",
    "demonstrate", "act", "liaise", "cultivate", "meet", "own", "attend", "drive",
  ]

  /// ``indirectVerbs`` by their -ing form ("assisting" -> "assist").
  static let indirectGerunds: [String: String] = Dictionary(
    indirectVerbs.map { (gerund($0), $0) }, uniquingKeysWith: { first, _ in first })

  /// What a driver drives: "driving a delivery truck" is work, "driving sales" is not.
  static let vehicles: Set<String> = [
    "truck", "trucks", "vehicle", "vehicles", "van", "vans", "bus", "buses", "forklift",
    "forklifts", "car", "cars", "tractor", "trailer", "routes", "route",
  ]

  /// Words ending in "ly", longer than five letters, that are no adverbs or that belong to a
  /// duty's object (shorter ones never start a manner).
  static let notAdverbs: Set<String> = [
    "monthly", "weekly", "quarterly", "annually", "yearly", "hourly", "assembly", "supply",
    "family", "friendly", "timely", "anomaly",
  ]

  /// Nouns after "ensure" that name a standard of the work rather than a person's behaviour.
  static let qualityNouns: Set<String> = [
    "compliance", "accuracy", "quality", "safety", "adherence", "consistency", "completeness",
    "integrity", "timely", "proper", "accurate", "regulatory",
  ]

  /// Nouns of relationships and of praise: "building strong client relations", "providing
  /// excellent service" say how to work, not what the work is.
  static let relationshipWords: Set<String> = [
    "relations", "relationship", "relationships", "rapport", "partnerships", "strong",
    "excellent", "exceptional", "outstanding", "superior", "world", "positive", "friendly",
    "warm", "professional", "professionally", "relevant", "immediate",
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
    "address", "confer", "improve", "interpret", "liaise", "update", "explain", "prioritize",
    "escalate", "approve", "troubleshoot", "diagnose", "promote",
  ]

  /// The posting's duties, in order.
  ///
  /// - Parameter verbs: base-form verbs (in lower case) a duty may start with.
  /// - Complexity: O(*n*) in the length of the posting.
  static func duties(in text: PostingText, verbs: Set<String>) -> [PostingFact] {
    let section = section(of: text.lines)
    // Without a heading, every line but the first (the title) may hold duties, but only a
    // line of a list counts: one that starts with a bullet, whose neighbour holds a duty, or
    // that holds several (an export that ran the bullets together).
    let lines = section ?? Array(text.lines.dropFirst())
    var perLine: [[String]] = lines.map { line in
      guard !line.utf8.contains(0x40), !LowercasedText.containsExactly(line, "http") else {
        return []
      }
      return segments(of: line, verbs: verbs).compactMap { phrase($0, verbs: verbs) }
    }
    if section == nil {
      perLine = perLine.indices.map { i in
        let bulleted = lines[i].first.map { "•·*-–—▪●○■".contains($0) } ?? false
        let neighbour =
          (i > 0 && !perLine[i - 1].isEmpty) || (i + 1 < perLine.count && !perLine[i + 1].isEmpty)
        let short = Words.hasAtMost(maximumListLineWords, spaceSeparatedPiecesIn: lines[i])
        let list = perLine[i].count >= 2
        return list || ((bulleted || neighbour) && short) ? perLine[i] : []
      }
    }
    var duties: [PostingFact] = []
    var seen = Set<String>()
    for (line, phrases) in zip(lines, perLine) {
      // A generic duty still marks its line as part of a list above, but is not kept.
      for duty in phrases where !isGeneric(duty) && seen.insert(duty.lowercased()).inserted {
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
      if let key, isHeading(key.text) {
        inside = true
        if !key.rest.isEmpty { result.append(key.rest) }
        continue
      }
      if inside, let key,
        endings.contains(key.text) || endingPrefixes.contains(where: key.text.hasPrefix)
      {
        if !result.isEmpty { break }
        inside = false
        continue
      }
      if inside { result.append(line) }
    }
    return result.isEmpty ? nil : result
  }

  /// Whether a heading's words open the responsibilities part: one of ``headings``, or a
  /// short heading ending in "responsibilities", "duties" or "functions" ("General
  /// Responsibilities", "Store Manager Duties").
  static func isHeading(_ text: String) -> Bool {
    if headings.contains(text) { return true }
    let words = text.split(separator: " ")
    if words.count <= 7, ["you will", "you'll", "you’ll"].contains(where: text.hasSuffix) {
      return true
    }
    guard words.count <= 4, let last = words.last else { return false }
    return ["responsibilities", "duties", "functions"].contains(String(last))
      && !words.contains("qualifications")
  }

  /// A line read as a heading: its words in lower case without marks, and the text after a
  /// colon; `nil` for a line that is too long to be a heading.
  static func headingKey(_ line: String) -> (text: String, rest: String)? {
    // The first colon, found by its byte: a ":" byte that is not a character of its own (a
    // combining mark follows it) is passed over, as a search by character would.
    var colon: String.Index?
    var from = line.utf8.startIndex
    while let found = line.utf8[from...].firstIndex(of: 0x3A) {
      if line[found] == ":" {
        colon = found
        break
      }
      from = line.utf8.index(after: found)
    }
    let head = colon.map { line[..<$0] } ?? line[...]
    // A heading has at most seven words: stop counting at the eighth.
    guard hasAtMostSevenWords(head) else { return nil }
    let rest = colon.map { String(line[line.index(after: $0)...]).trimmingWhitespace } ?? ""
    let text = head.lowercased().trimming(" *#-•:.!")
      .split(whereSeparator: isWhitespace).joined(separator: " ")
    guard !text.isEmpty else { return nil }
    return (text, rest)
  }

  /// Whether `head` has at most seven words between white space, counted on its bytes when it
  /// is ASCII (each byte a character).
  static func hasAtMostSevenWords(_ head: Substring) -> Bool {
    var words = 0
    var inWord = false
    if head.utf8.allSatisfy({ $0 < 0x80 }) {
      for byte in head.utf8 {
        if byte == 0x20 || byte &- 0x09 < 5 {
          inWord = false
        } else if !inWord {
          inWord = true
          words += 1
          if words > 7 { return false }
        }
      }
      return true
    }
    for character in head {
      if isWhitespace(character) {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
        if words > 7 { return false }
      }
    }
    return true
  }

  /// The parts of a line that may each be one duty: its sentences, and the pieces an export
  /// ran together where a lower-case letter or a closing bracket meets a capitalised verb.
  static func segments(of line: String, verbs: Set<String>) -> [String] {
    if line.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSegments(of: line, verbs: verbs) }
    var pieces: [String] = []
    let characters = Array(line)
    // Where each character starts in the line, and its end: a piece is copied from the line.
    let offsets = Array(line.indices) + [line.endIndex]
    func piece(_ range: Range<Int>) -> String {
      String(line[offsets[range.lowerBound]..<offsets[range.upperBound]])
    }
    // The current piece: the characters from `start` to `i`.
    var start = 0
    var i = 0
    while i < characters.count {
      let c = characters[i]
      if i > 0, isUppercase(c), isLowercase(characters[i - 1]) || characters[i - 1] == ")",
        !isNamePart(before: i, in: characters)
      {
        // "...channels)Develop the plan": a new piece if the capitalised word is a verb.
        var j = i
        while j < characters.count && characters[j].isLetter { j += 1 }
        let word = String(characters[i..<j]).lowercased()
        if base(of: word, verbs: verbs) != nil {
          pieces.append(piece(start..<i))
          start = i
        }
      }
      if c == "." || c == ";", i + 1 < characters.count, characters[i + 1] == " ",
        c == ";" || !isAbbreviation(characters, endingAt: i)
      {
        pieces.append(piece(start..<(i + 1)))
        start = i + 1
      }
      i += 1
    }
    pieces.append(piece(start..<characters.count))
    return pieces.map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
  }

  /// `character.isUppercase`, answering ASCII without a lookup.
  @inline(__always)
  static func isUppercase(_ character: Character) -> Bool {
    if let byte = character.asciiValue { return isASCIIUpper(byte) }
    return character.isUppercase
  }

  /// `character.isLowercase`, answering ASCII without a lookup.
  @inline(__always)
  static func isLowercase(_ character: Character) -> Bool {
    if let byte = character.asciiValue { return isASCIILower(byte) }
    return character.isLowercase
  }

  /// ``segments(of:verbs:)`` for a line of ASCII text, on its bytes.
  static func asciiSegments(of line: String, verbs: Set<String>) -> [String] {
    var line = line
    return line.withUTF8 { bytes in
      var pieces: [String] = []
      var start = 0
      func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      }
      var i = 0
      while i < bytes.count {
        let c = bytes[i]
        if i > 0, isASCIIUpper(c), isASCIILower(bytes[i - 1]) || bytes[i - 1] == 0x29,
          !isNamePart(before: i, in: bytes)
        {
          var j = i
          while j < bytes.count && (isASCIIUpper(bytes[j]) || isASCIILower(bytes[j])) { j += 1 }
          if base(of: text(i..<j).lowercased(), verbs: verbs) != nil {
            pieces.append(text(start..<i))
            start = i
          }
        }
        if c == 0x2E || c == 0x3B, i + 1 < bytes.count, bytes[i + 1] == 0x20 {
          var wordStart = i
          while wordStart > 0 && !(bytes[wordStart - 1] == 0x20 || bytes[wordStart - 1] &- 0x09 < 5)
          {
            wordStart -= 1
          }
          let word = text(wordStart..<(i + 1))
          let abbreviation =
            word.dropLast().contains(".") || word.utf8.count == 2
            || abbreviations.contains(word.lowercased())
          if c == 0x3B || !abbreviation {
            pieces.append(text(start..<(i + 1)))
            start = i + 1
          }
        }
        i += 1
      }
      pieces.append(text(start..<bytes.count))
      return pieces.map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
    }
  }

  /// Whether the capitalised letter at `index` continues a name written in one word.
  ///
  /// In "QuickBooks" or "SharePoint" the word starts with a capital at most six letters before
  /// it; bullets an export ran together meet after a lower-case word ("accountsPrepare").
  static func isNamePart<C: RandomAccessCollection>(before index: C.Index, in text: C) -> Bool
  where C.Element: WordCharacter, C.Index == Int {
    var start = index
    while start > 0, index - start <= 6, text[start - 1].isLetterOfWord { start -= 1 }
    return index - start <= 6 && start < index && text[start].isCapitalLetter
      && (start == 0 || !text[start - 1].isLetterOfWord)
  }

  /// Whether the word ending with the full stop at `end` is an abbreviation ("U.S.", "e.g.",
  /// "Inc."), whose stop ends no sentence.
  static func isAbbreviation(_ characters: [Character], endingAt end: Int) -> Bool {
    var start = end
    while start > 0 && !isWhitespace(characters[start - 1]) { start -= 1 }
    let word = String(characters[start...end])
    return word.dropLast().contains(".") || word.count == 2
      || abbreviations.contains(word.lowercased())
  }
}

/// A character of a line, as ``DutyReader/isNamePart(before:in:)`` reads it.
protocol WordCharacter {
  var isLetterOfWord: Bool { get }
  var isCapitalLetter: Bool { get }
}

extension Character: WordCharacter {
  var isLetterOfWord: Bool { isLetter }
  var isCapitalLetter: Bool { isUppercase }
}

extension UInt8: WordCharacter {
  var isLetterOfWord: Bool { isASCIIUpper(self) || isASCIILower(self) }
  var isCapitalLetter: Bool { isASCIIUpper(self) }
}
