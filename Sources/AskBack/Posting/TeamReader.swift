/// Reads the departments and teams a posting names: "the Accounts Payable team", "our
/// engineering team", "the Finance Department", "the Department of Public Works".
///
/// A team's value is its name without the word team or department, as the posting writes it;
/// descriptions of a team ("our growing team", "a cross-functional team", "the entire team")
/// name none.
enum TeamReader {
  /// The most teams read.
  static let maximumTeams = 6

  /// Words that end a team's name.
  static let nouns: Set<String> = ["team", "teams", "department", "departments", "dept"]

  /// Words that describe a team rather than name it, or end the name before them.
  static let notNames: Set<String> = [
    "a", "an", "the", "our", "your", "their", "my", "his", "her", "its", "this", "that", "these",
    "we", "you", "they", "it", "i", "us",
    "those", "of", "to", "with", "for", "on", "in", "at", "by", "from", "as", "and", "or", "is",
    "are", "be", "entire", "whole", "same", "other", "new", "existing", "current", "growing",
    "dynamic", "great", "small", "large", "dedicated", "talented", "diverse", "collaborative",
    "amazing", "passionate", "close-knit", "friendly", "supportive", "fast-paced",
    "award-winning", "strong", "hardworking", "hard-working", "experienced", "skilled",
    "motivated", "fun", "wonderful", "innovative", "expert", "global", "local", "regional",
    "national", "broader", "extended", "larger", "wider", "full", "core", "virtual", "remote",
    "hybrid", "cross-functional", "multidisciplinary", "multi-disciplinary", "interdisciplinary",
    "high-performing", "world-class", "project", "team", "teams", "internal", "external",
    "respective", "various", "multiple", "several", "many", "all", "every", "each", "any",
    "young", "busy", "tight-knit", "exceptional", "outstanding", "agile", "best", "top",
    "elite", "incredible", "awesome", "excellent", "highly", "very", "most", "more", "client",
    "customer", "company", "organization", "organisation", "corporate", "sister",
    "partner", "assigned", "appropriate", "relevant", "key", "senior", "junior", "lead",
    "leading", "support", "supporting", "working", "join", "joining",
  ]

  /// Words that end the name of a department in lower case ("the finance team", "our
  /// accounts payable department"), or make up a one-word name ("the Marketing team").
  static let departments: Set<String> = [
    "finance", "financial", "accounting", "engineering", "sales", "marketing", "operations",
    "it", "hr", "resources", "legal", "nursing", "product", "design", "data", "analytics",
    "security", "support", "service", "services", "success", "care", "clinical", "medical",
    "research", "development", "r&d", "quality", "qa", "compliance", "risk", "audit", "tax",
    "treasury", "payroll", "billing", "procurement", "purchasing", "chain", "logistics",
    "warehouse", "shipping", "receiving", "maintenance", "facilities", "manufacturing",
    "production", "fulfillment", "communications", "creative", "content", "editorial", "brand",
    "digital", "growth", "partnerships", "recruiting", "recruitment", "talent", "people",
    "leadership", "executive", "administration", "administrative", "admin", "desk", "office",
    "kitchen", "culinary", "housekeeping", "events", "programs", "program", "education",
    "training", "learning", "infrastructure", "platform", "devops", "cloud", "network",
    "networking", "systems", "software", "backend", "frontend", "mobile", "web", "ux", "ui",
    "pharmacy", "therapy", "rehab", "rehabilitation", "lab", "laboratory", "radiology",
    "surgery", "surgical", "emergency", "icu", "pediatrics", "oncology", "ledger", "payable",
    "receivable", "planning", "strategy", "investment", "investments", "lending",
    "underwriting", "claims", "actuarial", "pmo", "epmo", "enablement", "delivery",
    "implementation", "onboarding", "account", "accounts", "field", "retail", "store",
    "merchandising", "e-commerce", "ecommerce", "social", "media", "seo", "safety",
    "environmental", "ehs", "construction", "estimating", "architecture", "interiors",
    "litigation", "corporate", "transactional", "benefits", "compensation", "rewards",
    "fundraising", "advancement", "volunteer", "outreach", "community", "admissions",
    "student", "academic", "athletics", "dining", "nutrition", "food", "transportation",
    "fleet", "dispatch", "prevention", "asset", "assets", "inventory", "reliability",
    "automation", "controls", "electrical", "mechanical", "civil", "structural", "hardware",
    "firmware", "test", "testing", "validation", "regulatory", "affairs", "patient", "member",
    "technology", "technical", "science", "sciences", "revenue", "credit", "collections",
    "relations", "experience", "insights", "intelligence", "governance", "reporting",
    "advertising",
  ]

  /// Words of ``notNames`` that open a department's name before one of ``departments``:
  /// "the Customer Success team", "our client services team".
  static let openers: Set<String> = [
    "customer", "client", "patient", "member", "partner", "project", "corporate",
  ]

  /// Endings of words that describe rather than name: "our productive sales team", "the
  /// effective store team", "a driven data science team".
  static let describingEndings = ["ive", "ful", "ing", "ous", "ed", "driven"]

  /// Words of job titles: a name holding one names a person or a role, not a team.
  static let titleWords: Set<String> = [
    "developer", "engineer", "manager", "specialist", "analyst", "director", "coordinator",
    "assistant", "associate", "representative", "officer", "consultant", "technician",
    "administrator", "supervisor", "mentor", "employee", "member", "intern", "president",
  ]

  /// Whether `words` can name a department: words of letters (with "&", "-" or an
  /// apostrophe), no job title, and either a last word that names a kind of department
  /// ("Accounts Payable", "finance", "customer success") or, for a name of two or more
  /// capitalised words, a name of its own ("Delivery Enablement").
  static func isName(_ words: [String]) -> Bool {
    guard let last = words.last?.lowercased() else { return false }
    for word in words {
      guard word.allSatisfy({ $0.isLetter || "&-".contains($0) }),
        !titleWords.contains(word.lowercased())
      else { return false }
    }
    // "maintain branch Operations", "feasibility Assist sales": a lower-case word before a
    // capitalised one is the end of a sentence, not part of a name.
    for (a, b) in zip(words, words.dropFirst())
    where a.first?.isLowercase == true && b.first?.isUppercase == true && a != "and" {
      return false
    }
    if words.contains(where: DutyReader.isGlued) { return false }
    // "enable data", "sales business development": every word written in lower case must be
    // a department's ("accounts payable", "data science").
    for word in words where word.first?.isLowercase == true {
      guard departments.contains(word) || openers.contains(word) || word == "and" else {
        return false
      }
    }
    // "the appropriate Region Promote team culture": a verb ends a sentence the export ran
    // into the next one, not a name.
    if words.count >= 2, !departments.contains(last), DutyReader.clearVerbs.contains(last) {
      return false
    }
    if departments.contains(last) { return true }
    return words.count >= 2 && words.allSatisfy { $0.first?.isUppercase == true }
  }

  /// `words` without the lower-case words before the name that describe the team.
  static func trimmed(_ words: [String]) -> [String] {
    var words = words[...]
    while words.count > 1, let first = words.first, first.first?.isLowercase == true,
      !departments.contains(first), describingEndings.contains(where: first.hasSuffix)
    {
      words = words.dropFirst()
    }
    return Array(words)
  }

  /// The teams of `teams` that the job works with rather than belongs to.
  ///
  /// Those none of whose words is a word of the role's title or of its occupation's O*NET
  /// title, compared by stem (one stem may start the other: "Accounting" is an accountant's own
  /// team, "Finance" a financial analyst's). Words that name no line of work ("services",
  /// "manager", "senior") are not compared.
  ///
  ///     partners(of: ["Sales", "Client Services"], role: "Account Executive",
  ///              occupation: "Sales Representatives of Services, Except ...")  // ["Client Services"]
  static func partners(
    of teams: [PostingFact], role: String?, occupation: String?
  ) -> [PostingFact] {
    let stemmer = Porter2Stemmer()
    func stems(_ text: String) -> [String] {
      text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "&") })
        .map(String.init)
        .filter { $0.count >= 3 && !unrelatedWords.contains($0) }
        .map { stemmer.stem($0) }
    }
    let own = stems((role ?? "") + " " + (occupation ?? ""))
    return teams.filter { team in
      !stems(team.value).contains { word in
        own.contains {
          $0 == word
            || ($0.count >= 4 && word.count >= 4 && ($0.hasPrefix(word) || word.hasPrefix($0)))
        }
      }
    }
  }

  /// Words of titles and team names that name no line of work.
  static let unrelatedWords: Set<String> =
    TitleNormalizer.generic.union(TitleNormalizer.dropped).union([
      "and", "the", "for", "all", "other", "except", "services", "service", "workers",
      "occupations", "managers", "specialists", "representatives", "officers", "analysts",
      "directors", "assistants", "associates", "technicians", "consultants", "coordinators",
      "supervisors", "administrators", "agents", "head", "chief", "general", "team", "group",
      // An account executive sells; "Accounting" is not their team.
      "account", "accounts",
    ])

  /// Whether `word`, before "and" or "&", ends the first half of a joined name: a capitalised
  /// word of a department ("Sales", "Development") or one that opens one ("Project").
  static func isJoined(_ word: String) -> Bool {
    guard word.first?.isUppercase == true else { return false }
    let lower = word.lowercased()
    return openers.contains(lower) || departments.contains(lower)
  }

  /// The teams `text` names, in order.
  ///
  /// - Complexity: O(*n*) in the length of the posting.
  static func teams(in text: PostingText) -> [PostingFact] {
    var teams: [PostingFact] = []
    var seen = Set<String>()
    func add(_ words: [String], _ line: String, acronym: Bool = false) {
      let words = trimmed(words)
      // A joined name ("Business Development & Sales") may take one word more.
      let joined = words.contains { $0 == "and" || $0 == "&" }
      guard !words.isEmpty, words.count <= (joined ? 4 : 3),
        acronym || isName(words)
      else { return }
      let name = words.joined(separator: " ")
      guard name.count >= 2, name.contains(where: \.isLetter),
        seen.insert(name.lowercased()).inserted
      else { return }
      teams.append(PostingFact(value: name, evidence: line))
    }
    for (line, lineWords) in zip(text.lines, text.lineWords) {
      let words = lineWords.map(\.word)
      for (i, word) in words.enumerated() {
        let lower = word.lowercasedQuickly
        if nouns.contains(lower) {
          // "the Clinical Pharmacology (CPQP) team": the acronym in brackets is the name.
          if i > 0, lower.hasPrefix("team"), words[i - 1].isShortAcronym,
            LowercasedText.containsExactly(line, "(\(words[i - 1])) \(word)")
          {
            add([words[i - 1]], line, acronym: true)
            continue
          }
          // The words before "team": back to a word that is no part of a name.
          var start = i
          // "Unpaid Internship: Development team": a name starts no earlier than its sentence.
          while start > 0, !lineWords[start].startsSentence {
            let previous = words[start - 1]
            // "and" or "&" joins two capitalised names: "Sales and Logistics", "Project &
            // Engineering".
            if previous == "and" || previous == "&" {
              // "the HR, Compensation, and Payroll teams" is a list, not one name.
              guard start - 2 >= 0, start < i, !lineWords[start - 1].startsSentence,
                !lineWords[start - 1].separated, !lineWords[start].separated,
                words[start].first?.isUppercase == true, isJoined(words[start - 2])
              else { break }
              start -= 2
              continue
            }
            guard previous.contains(where: \.isLetter) else { break }
            let opens =
              openers.contains(previous.lowercased()) && start < i
              && departments.contains(words[start].lowercased())
            if notNames.contains(previous.lowercased()) && !opens { break }
            start -= 1
          }
          add(Array(words[start..<i]), line)
        } else if lower == "department" || lower == "office", i + 2 < words.count,
          words[i + 1].lowercased() == "of", words[i + 2].first?.isUppercase == true
        {
          // "the Department of Public Works".
          var end = i + 2
          while end < words.count, words[end].first?.isUppercase == true { end += 1 }
          add(Array(words[(i + 2)..<end]), line)
        }
        if teams.count == maximumTeams { return teams }
      }
    }
    return teams
  }
}
