/// Reads the company name of a posting.
enum CompanyReader {
  /// Whether a word is a heading run together with the next word by an export: capitals then a
  /// capitalised word ("DESCRIPTIONIdeal"), or a heading or pay word glued to one
  /// ("CommissionFull", "BenefitsMoseley").
  ///
  /// Brand names in camel case (PeaceHealth, McDonnell, AdRoll) are kept.
  static func isGlued(_ word: String) -> Bool {
    let letters = Array(word)
    guard letters.count > 5 else { return false }
    for i in 1..<letters.count
    where letters[i].isUppercase && i + 1 < letters.count && letters[i + 1].isLowercase {
      let before = String(letters[..<i])
      if before.count >= 3 && before.allSatisfy(\.isUppercase) { return true }
      let lower = before.lowercased()
      if PayTerms.words.contains(lower) || gluedHeadings.contains(lower)
        || ordinaryWords.contains(lower)
        || jobNouns.contains(lower) || String(letters[i...]).lowercased() == lower
      {
        return true
      }
    }
    return false
  }

  /// Words that appear in lower case in at least `minimum` of `texts`.
  ///
  /// Only ASCII words count, read from the UTF-8 bytes.
  public static func commonWords(in texts: [String], minimum: Int = 3) -> Set<String> {
    var counts: [String: Int] = [:]
    for text in texts {
      var seen = Set<String>()
      var text = text
      text.withUTF8 { bytes in
        var i = 0
        while i < bytes.count {
          guard isASCIILower(bytes[i]), i == 0 || !isASCIIAlphanumeric(bytes[i - 1]) else {
            i += 1
            continue
          }
          var j = i + 1
          while j < bytes.count && isASCIIAlphanumeric(bytes[j]) { j += 1 }
          if j == bytes.count || bytes[j] < 0x80 {
            seen.insert(
              String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self))
          }
          i = j
        }
      }
      for word in seen { counts[word, default: 0] += 1 }
    }
    return Set(counts.filter { $0.value >= minimum }.keys)
  }

  /// The company name of `posting` and the line it was read from, or `nil`.
  static func find(
    text posting: PostingText, role: String?, commonWords: Set<String> = []
  ) -> (name: String, evidence: String)? {
    guard let found = findCompany(text: posting, role: role, commonWords: commonWords) else {
      return nil
    }
    let name = repaired(found.name, in: posting)
    guard !isImplausible(name) else { return nil }
    return (name, posting.lines[found.position])
  }

  static func findCompany(
    text posting: PostingText, role: String?, commonWords: Set<String> = []
  )
    -> (name: String, position: Int)?
  {
    let lines = posting.lines
    var candidates: [(priority: Int, position: Int, name: String)] = []
    func consider(_ name: String?, priority: Int, position: Int, ordinaryCheck: Bool = false) {
      guard let name, let cleaned = cleanName(name), cleaned.lowercased() != role?.lowercased()
      else {
        return
      }
      if ordinaryCheck && isOrdinary(cleaned, lowercaseWords: posting.lowercaseWords) { return }
      let nameWords = cleaned.split(separator: " ").map(String.init)
      if let last = nameWords.last, jobNouns.contains(last.lowercased()) { return }
      if nameWords.contains(where: isGlued) { return }
      if !cleaned.utf8.contains(UInt8(ascii: " ")) {
        let lower = cleaned.lowercased()
        if lower.hasSuffix("ly") && cleaned.dropFirst().allSatisfy(\.isLowercase) { return }
        // Strong forms ("About Cognizant", "Company: ...") may name a company
        // with an everyday word; "Experience is a plus" may not.
        if ordinaryWords.contains(lower)
          || (priority <= 4 && cleaned.dropFirst().allSatisfy(\.isLowercase)
            && commonWords.contains(lower))
        {
          return
        }
      }
      candidates.append((priority, position, cleaned))
    }
    for (index, rawLine) in lines.prefix(80).enumerated() {
      let line = stripGluedPrefix(rawLine, role: role)
      // The labels below are short: the start of the line is enough.
      let lower = String(line.prefix(24)).lowercased()
      for label in [
        "company:", "employer:", "organization:", "organisation:", "company name:",
        "hiring company:",
      ]
      where lower.hasPrefix(label) {
        // An export's "Organization:" often names a division ("Organization: Higher
        // Education"): there, a name made only of words postings write in lower case is none.
        let name = leadingName(String(line.dropFirst(label.count)))
        if label.hasPrefix("organi"), let name,
          isOrdinary(name, lowercaseWords: posting.lowercaseWords, orIn: commonWords)
        {
          continue
        }
        consider(name, priority: 6, position: index)
      }
      if lower.hasPrefix("about ") {
        let rest = String(line.dropFirst(6)).trimming(" ")
        // "About Acme Health" as a heading, or "About Acme: Acme is ...".
        if let colon = rest.firstIndex(of: ":"), let name = leadingName(String(rest[..<colon])),
          name == String(rest[..<colon]).trimming(" ")
        {
          consider(name, priority: 5, position: index)
        } else if rest.split(separator: " ").count <= 6, let name = leadingName(rest), name == rest
        {
          consider(name, priority: 5, position: index)
        }
      }
      for sentence in sentences(of: line) {
        let words = Words.spaceSeparated(sentence)
        guard !words.isEmpty else { continue }
        let lowerWords = words.map(\.lowercasedQuickly)
        func after(_ count: Int) -> String { words.dropFirst(count).joined(separator: " ") }
        if lowerWords[0] == "join" {
          if lowerWords.count > 3, lowerWords[1] == "us", lowerWords[2] == "at" {
            consider(leadingName(after(3)), priority: 4, position: index)
          } else {
            consider(leadingName(after(1)), priority: 4, position: index)
          }
        }
        if lowerWords.count > 2, lowerWords[0] == "welcome", lowerWords[1] == "to" {
          consider(leadingName(after(2)), priority: 4, position: index)
        }
        if lowerWords.count > 2, lowerWords[0] == "we", lowerWords[1] == "are",
          startsCapitalised(words[2])
        {
          consider(leadingName(after(2)), priority: 3, position: index)
        }
        if lowerWords.count > 2, lowerWords[0] == "working" || lowerWords[0] == "work",
          lowerWords[1] == "for"
        {
          consider(leadingName(after(2)), priority: 2, position: index, ordinaryCheck: true)
        }
        let atStart =
          lowerWords[0] == "at"
          ? 1 : (lowerWords.count > 2 && lowerWords[0] == "here" && lowerWords[1] == "at" ? 2 : 0)
        if atStart > 0, words.count > atStart + 1 {
          let rest = after(atStart)
          if let comma = rest.firstIndex(of: ","), let name = leadingName(String(rest[..<comma])),
            name == String(rest[..<comma])
          {
            consider(name, priority: 5, position: index)
          }
        }
        // "A career in banking at Fifth Third Bank."
        if lowerWords.contains(where: { $0.hasPrefix("career") }),
          let at = lowerWords.lastIndex(of: "at"),
          at + 1 < words.count
        {
          consider(leadingName(after(at + 1)), priority: 2, position: index, ordinaryCheck: true)
        }
        // "Acme Health is a ...", "Acme Health (AH) is ...", "Acme, Inc. is ...", "Acme, a leading ..."
        // "Working for Acme has many benefits" names Acme, not "Working for Acme".
        let lead =
          lowerWords[0] == "about"
          ? 1
          : ["working", "work"].contains(lowerWords[0])
            && lowerWords.count > 1 && lowerWords[1] == "for" ? 2 : 0
        let subject = lead > 0 && words.count > lead + 1 ? after(lead) : sentence
        if mayStartName(subject), mayDescribeCompany(subject), var name = leadingName(subject) {
          var rest = String(subject.dropFirst(name.count)).trimming(" ")
          // "Acme Acme is ..." after a heading glued on by a space.
          let parts = name.split(separator: " ")
          if parts.count % 2 == 0, parts.count >= 2,
            Array(parts[..<(parts.count / 2)]) == Array(parts[(parts.count / 2)...])
          {
            name = parts[..<(parts.count / 2)].joined(separator: " ")
          }
          var fullName = name
          if rest.hasPrefix(",") {
            let next = rest.dropFirst().split(separator: " ").first.map(String.init) ?? ""
            if legalSuffixes.contains(next.lowercased().trimming(",")) {
              fullName += ", " + next.trimming(",")
              rest = String(String(rest.dropFirst()).trimming(" ").dropFirst(next.count)).trimming(
                " ")
            }
          }
          if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
            rest = String(rest[rest.index(after: close)...]).trimming(" ")
          }
          // Only the start of the rest is compared, and no phrase compared is that long.
          let lowerRest = String(rest.prefix(restPrefixLength)).lowercased()
          if zip(companyVerbs, companyVerbsSpaced).contains(where: {
            lowerRest.hasPrefix($1) || lowerRest == $0
          }) {
            consider(fullName, priority: 4, position: index)
          } else if [", a ", ", an ", ", the ", ", one of "].contains(where: {
            lowerRest.hasPrefix($0)
          }) {
            consider(fullName, priority: 3, position: index)
          } else if lowerRest.hasPrefix("is ") || lowerRest.hasPrefix("has ") {
            consider(fullName, priority: 3, position: index, ordinaryCheck: true)
          }
        }
        // "Acme's engineering group is seeking ...": the owner of the subject.
        if let first = words.first, first.hasSuffix("'s") || first.hasSuffix("’s"), first.count > 3,
          ["is seeking", "is hiring", "is looking", "seeks"].contains(where: {
            LowercasedText.containsExactly(lowerWords.joined(separator: " "), $0)
          })
        {
          consider(
            leadingName(String(first.dropLast(2))), priority: 4, position: index,
            ordinaryCheck: true)
        }
        // "Based in Ohio, Acme Health is a ...": the name just before the verb.
        let isPositions = lowerWords.indices.filter { lowerWords[$0] == "is" }
        for pattern in subjectVerbs {
          // Every pattern starts with "is": the first place it stands starts at one of these.
          guard
            let at = isPositions.first(where: {
              $0 + pattern.count <= lowerWords.count
                && lowerWords[$0..<($0 + pattern.count)].elementsEqual(pattern)
            }), at >= 1
          else {
            continue
          }
          var start = at
          while start > 0, let first = words[start - 1].unicodeScalars.first,
            first.properties.isUppercase || nameConnectors.contains(words[start - 1]),
            !words[start - 1].hasSuffix(",")
          {
            start -= 1
          }
          if start < at && start > 0 {
            consider(
              leadingName(words[start..<at].joined(separator: " ")), priority: 3, position: index,
              ordinaryCheck: true)
          }
        }
      }
    }
    guard
      var best = candidates.min(by: {
        $0.priority != $1.priority ? $0.priority > $1.priority : $0.position < $1.position
      })
    else { return nil }
    // Prefer the full form of the same name when it ends like an
    // organisation's name ("Erie" -> "Erie Family Health Centers").
    for candidate in candidates
    where candidate.priority >= 3 && candidate.name.count > best.name.count {
      let longer =
        candidate.name.hasPrefix(best.name + " ") || candidate.name.hasPrefix(best.name + ",")
      let last =
        candidate.name.split(separator: " ").last.map { $0.lowercased().trimming(",") } ?? ""
      if longer && (organizationNouns.contains(last) || legalSuffixes.contains(last)) {
        best = candidate
      }
    }
    // And the short form when the long one adds a department: "At Vericast Engineering, we
    // ..." beside "We are Vericast." names Vericast.
    let bestWords = best.name.split(separator: " ")
    if bestWords.count >= 2, let last = bestWords.last,
      departmentWords.contains(last.lowercased()),
      let short = candidates.first(where: {
        $0.name == bestWords.dropLast().joined(separator: " ")
      })
    {
      best = short
    }
    return (best.name, best.position)
  }

  /// Removes a heading or the job title glued to the start of a line
  /// ("Company DescriptionAcme is ...", "Staff AccountantAt Acme, we ...").
  static func stripGluedPrefix(_ line: String, role: String?) -> String {
    var line = line
    if let role, line.hasPrefix(role), line.count > role.count {
      let next = line[line.index(line.startIndex, offsetBy: role.count)]
      if next.isLetter { line = String(line.dropFirst(role.count)) }
    }
    // Only the line's start is compared with a heading.
    let lower = LowercasedText.start(of: line, length: longestGluedHeading)
    for heading in gluedHeadings where lower.hasPrefix(heading) && line.count > heading.count + 2 {
      let rest = line.dropFirst(heading.count)
      let next = rest.first
      let afterSpace = rest.dropFirst().first
      if next?.isUppercase == true || next?.isNumber == true || next == ":"
        || (next == " " && afterSpace?.isUppercase == true)
      {
        return String(rest).trimming(": ")
      }
    }
    return line
  }

  /// Whether every word of `name` also appears in lower case in the posting (or in `more`), so
  /// it is more likely an ordinary word ("Travel is required") than a name.
  ///
  /// - Parameters:
  ///   - lowercaseWords: the posting's ``PostingText/lowercaseWords``.
  ///   - more: other words written in lower case, such as those of the corpus's descriptions.
  static func isOrdinary(
    _ name: String, lowercaseWords: Set<String>, orIn more: Set<String> = []
  ) -> Bool {
    name.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).allSatisfy {
      let word = $0.lowercased()
      return lowercaseWords.contains(word) || more.contains(word) || nameConnectors.contains(word)
    }
  }

  static func startsCapitalised(_ word: String) -> Bool {
    word.unicodeScalars.contains { $0.properties.isUppercase }
  }
}
