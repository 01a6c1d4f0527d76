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
    "address", "confer",
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
        let short = lines[i].split(separator: " ").count <= maximumListLineWords
        let list = perLine[i].count >= 2
        return list || ((bulleted || neighbour) && short) ? perLine[i] : []
      }
    }
    var duties: [PostingFact] = []
    var seen = Set<String>()
    for (line, phrases) in zip(lines, perLine) {
      for duty in phrases where seen.insert(duty.lowercased()).inserted {
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
    if line.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSegments(of: line, verbs: verbs) }
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
      if ".;".contains(c), i + 1 < characters.count, characters[i + 1] == " ",
        c == ";" || !isAbbreviation(characters, endingAt: i)
      {
        pieces.append(current)
        current = ""
      }
      i += 1
    }
    pieces.append(current)
    return pieces.map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
  }

  /// ``segments(of:verbs:)`` for a line of ASCII text, on its bytes.
  static func asciiSegments(of line: String, verbs: Set<String>) -> [String] {
    var line = line
    return line.withUTF8 { bytes in
      var pieces: [String] = []
      var start = 0
      func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
      func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
      func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      }
      var i = 0
      while i < bytes.count {
        let c = bytes[i]
        if i > 0, isUpper(c), isLower(bytes[i - 1]) || bytes[i - 1] == 0x29 {
          var j = i
          while j < bytes.count && (isUpper(bytes[j]) || isLower(bytes[j])) { j += 1 }
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

  /// Whether the word ending with the full stop at `end` is an abbreviation ("U.S.", "e.g.",
  /// "Inc."), whose stop ends no sentence.
  static func isAbbreviation(_ characters: [Character], endingAt end: Int) -> Bool {
    var start = end
    while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
    let word = String(characters[start...end])
    return word.dropLast().contains(".") || word.count == 2
      || abbreviations.contains(word.lowercased())
  }

  /// The duty a segment states, or `nil` when it does not start with a verb or would not read
  /// well inside a question.
  static func phrase(_ segment: String, verbs: Set<String>) -> String? {
    var text = segment.trimming(" •·*-–—>▪●○■\t")
    guard !text.isEmpty else { return nil }
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
    // "Assess, plan and document care": a series of verbs, each taking -ing.
    var series: [String] = []
    var k = 0
    while k < words.count, words[k].hasSuffix(","),
      let verb = base(of: words[k].lowercased().trimming(","), verbs: verbs),
      !notDutyVerbs.contains(verb)
    {
      series.append(gerund(verb) + ",")
      k += 1
    }
    if !series.isEmpty {
      // "Assess, plan and document": the last verb before "and" may have no comma.
      if k + 1 < words.count, ["and", "or"].contains(words[k + 1].lowercased()),
        let verb = base(of: words[k].lowercased(), verbs: verbs), !notDutyVerbs.contains(verb)
      {
        series.append(gerund(verb))
        k += 1
      }
      // The series ends "and VERB"; anything else ("Balance, growth and impact") is no duty.
      guard k + 1 < words.count, ["and", "or"].contains(words[k].lowercased()),
        let verb = base(of: words[k + 1].lowercased(), verbs: verbs), !notDutyVerbs.contains(verb)
      else { return nil }
      if series.count == 1, let only = series.first, only.hasSuffix(",") {
        series = [String(only.dropLast())]
      }
      series += [words[k].lowercased(), gerund(verb)]
      words.removeFirst(k + 2)
      words.insert(contentsOf: series, at: 0)
      return phrase(continuing: words, fixed: series.count, verbs: verbs)
    }
    guard let first = words.first, let last = first.last, last.isLetter else { return nil }
    guard let verb = base(of: first.lowercased(), verbs: verbs), !notDutyVerbs.contains(verb)
    else { return nil }
    words[0] = gerund(verb)
    var fixed = 1
    if verb == "work", !workPartners.contains(words.dropFirst().first?.lowercased() ?? "") {
      return nil
    }
    // "Prepare and present budgets", "Review and approve protocols": both verbs take -ing.
    if words.count >= 3, ["and", "or"].contains(words[1].lowercased()),
      let second = base(of: words[2].lowercased(), verbs: verbs), !notDutyVerbs.contains(second)
    {
      words[1] = words[1].lowercased()
      words[2] = gerund(second)
      fixed = 3
    }
    return phrase(continuing: words, fixed: fixed, verbs: verbs)
  }

  /// The duty of `words`, whose first `fixed` words are its verbs, already in the -ing form.
  static func phrase(continuing words: [String], fixed: Int, verbs: Set<String>) -> String? {
    var out = Array(words.prefix(fixed))
    let rest = Array(words.dropFirst(fixed))
    // The object starts with a noun, not another verb ("Design develop ...").
    if let next = rest.first?.lowercased(), let other = base(of: next, verbs: verbs),
      clearVerbs.contains(other), next != "process"
    {
      return nil
    }
    var truncated = false
    for (k, raw) in rest.enumerated() {
      let word = raw.lowercased()
      let bare = word.trimming(",.;:")
      let next = k + 1 < rest.count ? rest[k + 1].lowercased().trimming(",.;:") : ""
      if clauseStarts.contains(bare)
        || ["especially", "based", "like", "pertaining"].contains(bare)
      {
        break
      }
      // "... to identify", "... by using": a purpose or a means follows.
      if out.count > 2, word == "to", base(of: next, verbs: verbs) != nil { break }
      if out.count > 2, word == "by", next.hasSuffix("ing") { break }
      if word == "in",
        ["the event", "order", "case"].contains(where: {
          rest.dropFirst(k + 1).prefix(2).map { $0.lowercased() }.joined(separator: " ")
            .hasPrefix($0)
        })
      {
        break
      }
      // A second verb starts another duty: "Process invoices and reconcile statements".
      if out.count > 1, ["and", "or"].contains(word),
        let second = base(of: next, verbs: verbs), clearVerbs.contains(second)
      {
        break
      }
      if word.hasPrefix("(") { break }
      if out.count >= maximumWords {
        truncated = true
        break
      }
      var clean = raw
      var stop = false
      if let last = clean.last,
        ";:".contains(last) || (last == "." && !clean.dropLast().contains("."))
      {
        clean.removeLast()
        stop = true
      } else if clean.last == "," {
        // A comma ends the duty before a clause or another verb, not inside a list of nouns
        // ("Reconcile bank, credit card and inventory accounts").
        if next.isEmpty || clauseStarts.contains(next) || base(of: next, verbs: verbs) != nil
          || ["as", "and", "or", "with", "for", "to", "in"].contains(next)
        {
          clean.removeLast()
          stop = true
        }
      }
      if !clean.isEmpty { out.append(clean) }
      if stop { break }
    }
    // A duty cut by the word limit ends before its last preposition or conjunction, or is
    // dropped: half a phrase reads badly in a question.
    if truncated {
      // The first preposition that starts a phrase of its own, else the last conjunction.
      let indices = out.indices.dropFirst(max(3, fixed + 1))
      guard
        let cut = indices.first(where: { preferredCuts.contains(out[$0].lowercased()) })
          ?? indices.last(where: { cutWords.contains(out[$0].lowercased()) })
      else { return nil }
      out.removeSubrange(cut...)
      // "Build a highly efficient and productive team" cut before "and" ends on an adjective.
      let end = out.last?.lowercased() ?? ""
      if ["ent", "ive", "al", "ful", "ous", "able", "ible", "ic"].contains(where: end.hasSuffix) {
        return nil
      }
    }
    // Words a cut sentence leaves dangling: "... documents produced", "... costs compared",
    // "... of any incomplete", "... complaints and confers".
    while out.count > fixed + 1, let last = out.last?.lowercased().trimming(","),
      weakEndings.contains(last) || last.isEmpty || danglingEndings.contains(last)
        || (last.count > 4 && last.hasSuffix("ed") && !last.hasSuffix("eed"))
        || (out[out.count - 2].lowercased() == "and" && last.hasSuffix("s")
          && base(of: last, verbs: verbs).map(clearVerbs.contains) == true)
    {
      out.removeLast()
    }
    if let last = out.last, last.hasSuffix(",") { out[out.count - 1] = String(last.dropLast()) }
    guard out.count >= 2, readsWell(Array(out.dropFirst())) else { return nil }
    // A clause cut after its verb ("ensuring all food donors are") is no duty.
    if let last = out.last?.lowercased(),
      ["are", "is", "be", "was", "were", "been", "being", "can", "will", "should"].contains(last)
    {
      return nil
    }
    // Soft skills and catch-alls are no work to ask about: "using good judgment",
    // "supporting miscellaneous tasks", "working closely with cross-functional teams".
    if out.contains(where: { vagueWords.contains($0.lowercased().trimming(",.")) }) { return nil }
    // A list of nouns needs its "and" or "or": "verifying dimensions, alignments" is half a list.
    if let comma = out.lastIndex(where: { $0.hasSuffix(",") }),
      !out[(comma + 1)...].contains(where: { ["and", "or", "&"].contains($0.lowercased()) })
    {
      return nil
    }
    let duty = out.map { ["our", "your"].contains($0.lowercased()) ? "the" : $0 }
      .joined(separator: " ")
    let lowered = duty.lowercased()
    if lowered.contains("other duties") || lowered.contains("as assigned")
      || lowered.contains("related duties") || lowered.hasSuffix(" as needed")
    {
      return nil
    }
    return duty
  }

  /// Whether the words after a duty's verb can stand in a question: a lower-case word that
  /// carries meaning, no pronoun of the posting's voice, no figures, addresses or marks of a
  /// heading, at most two capitalised names, and no heading glued to a word.
  static func readsWell(_ object: [String]) -> Bool {
    var content = false
    var names = 0
    for raw in object {
      let word = raw.trimming(",.;:'’\"")
      let lower = word.lowercased()
      if pronouns.contains(lower) { return false }
      if word.contains(where: { $0.isNumber || "@$*!?()|·#%".contains($0) }) { return false }
      if lower.contains(".com") || lower.contains("www") { return false }
      if isGlued(word) { return false }
      guard let first = word.first else { continue }
      if first.isUppercase {
        let acronym = word.count <= 6 && word.allSatisfy { !$0.isLowercase }
        if !acronym { names += 1 }
      } else if word.count >= 3, !weakEndings.contains(lower), !cutWords.contains(lower),
        !stopWords.contains(lower)
      {
        content = true
      }
    }
    return content && names <= 2
  }

  /// Whether a heading is glued inside `word`: "ServicesEmployment", "oversightProject".
  static func isGlued(_ word: String) -> Bool {
    let characters = Array(word)
    for i in characters.indices.dropFirst() where characters[i].isUppercase {
      guard characters[i - 1].isLowercase else { continue }
      if let first = characters.first, first.isLowercase, i >= 3 { return true }
      var end = i + 1
      while end < characters.count && characters[end].isLowercase { end += 1 }
      if gluedHeadings.contains(String(characters[i..<end])) { return true }
    }
    return false
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
