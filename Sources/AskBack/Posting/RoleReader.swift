/// Reads the role title of a posting, and the line it was read from.
enum RoleReader {
  /// The title line of `posting` alone (see ``PostingFacts/titleLine``).
  public static func titleLine(of posting: String) -> String? {
    findRole(lines: PostingText.lines(of: posting, limit: 40)).line
  }

  /// Labels that introduce the title on its own line.
  static let titleLabels = [
    "job title:", "position title:", "title:", "position:", "role:", "job:", "job role:",
    "opening:", "vacancy:",
  ]

  /// The length of the longest of ``titleLabels``, in bytes.
  static let longestTitleLabel = titleLabels.map(\.utf8.count).max() ?? 0

  /// First lines that are headings, not titles.
  static let headings: Set<String> = [
    "job description", "description", "overview", "summary", "about the role", "about the job",
    "about us", "the role", "position summary", "job summary", "job details", "who we are",
    "responsibilities", "requirements", "qualifications", "company description", "the opportunity",
    "about the position", "position overview", "role overview", "job overview",
  ]

  /// The role, and the line it was read from (see ``PostingFacts/titleLine``).
  ///
  /// The role comes from a "Title:" label, else the first line when it reads
  /// as a title, else a "seeking a ... to" sentence. The line prefers the
  /// first line, which a job board fills with the whole title.
  static func findRole(lines: [String]) -> (role: String?, line: String?) {
    var labelled: (text: String, role: String)?
    search: for line in lines.prefix(40) {
      // Only the line's start is compared with a label.
      let lower = LowercasedText.start(of: line, length: longestTitleLabel)
      for label in titleLabels where lower.hasPrefix(label) {
        let rest = String(line.dropFirst(label.count)).trimmingWhitespace
        if let role = cleanRole(rest) {
          labelled = (rest, role)
          break search
        }
      }
    }
    let first = lines.first.flatMap { line in roleFromFirstLine(line).map { (line, $0) } }
    let role =
      labelled?.role ?? first?.1 ?? lines.prefix(30).lazy.compactMap(roleFromSentence).first
    return (role, first?.0 ?? labelled?.text ?? role)
  }

  /// The first line, when it reads as a job title: short, not a sentence,
  /// not a heading, not an "About ..." line, not a "Title: ..." label (read
  /// as a label).
  static func roleFromFirstLine(_ line: String) -> String? {
    let lower = line.lowercased()
    let words = line.split(separator: " ")
    guard words.count <= 14, !headings.contains(lower.trimming(":")),
      !titleLabels.contains(where: { lower.hasPrefix($0) }),
      !lower.hasPrefix("about "), !lower.hasPrefix("we "), !lower.hasPrefix("our "),
      !lower.hasPrefix("join "), !lower.hasPrefix("at ")
    else { return nil }
    if let last = line.last, ".!?".contains(last) { return nil }
    // A region or requisition code may come first: "(US) Sr. Analyst".
    guard let first = withoutLeadingCode(line).unicodeScalars.first,
      first.properties.isUppercase || first.properties.numericType != nil
    else { return nil }
    return cleanRole(line)
  }

  /// "We are seeking a Staff Accountant to ...", "As the Nurse Manager, you ...".
  static func roleFromSentence(_ line: String) -> String? {
    let words = line.split(separator: " ").map(String.init)
    let triggers: Set<String> = ["seeking", "hiring", "for", "as"]
    for (i, word) in words.enumerated() where triggers.contains(word.lowercased()) {
      if word.lowercased() == "for",
        i == 0 || !["looking", "searching"].contains(words[i - 1].lowercased())
      {
        continue
      }
      var j = i + 1
      guard j < words.count, ["a", "an", "the"].contains(words[j].lowercased()) else { continue }
      j += 1
      // Skip lower-case adjectives ("an experienced, detail-oriented ...").
      while j < words.count, let first = words[j].unicodeScalars.first,
        !first.properties.isUppercase
      {
        j += 1
        if j - i > 5 { break }
      }
      var title: [String] = []
      while j < words.count {
        let word = words[j]
        guard let first = word.unicodeScalars.first else { break }
        let connector = ["of", "and", "&", "for", "/", "-"].contains(word)
        guard first.properties.isUppercase || (connector && !title.isEmpty) else { break }
        title.append(word)
        if let last = word.last, ",.;:!?)".contains(last) { break }
        j += 1
      }
      while let last = title.last, ["of", "and", "&", "for", "/", "-"].contains(last) {
        title.removeLast()
      }
      if !title.isEmpty, let role = cleanRole(title.joined(separator: " ")) { return role }
    }
    return nil
  }

  /// Separators after which job boards append locations, schedules, pay or codes.
  static let roleCuts = [
    " - ", " – ", " — ", " | ", " (", "(", " / ", "- ", " @ ", ": ", ", ", " #",
  ]

  /// The text with a short parenthesised code removed from its front.
  ///
  /// "(US) Sr. Analyst" becomes "Sr. Analyst".
  static func withoutLeadingCode(_ text: String) -> String {
    guard text.hasPrefix("("), let close = text.firstIndex(of: ")"),
      text.distance(from: text.startIndex, to: close) <= 8
    else { return text }
    return String(text[text.index(after: close)...]).trimmingWhitespace
  }

  /// Trims the notes job boards append to a title; `nil` when nothing
  /// title-like is left or the title fails ``isPlausible(_:)``.
  ///
  /// A cut that would leave only a generic word is not made: "Cloud / .NET
  /// Developer" stays whole rather than become "Cloud".
  static func cleanRole(_ text: String) -> String? {
    var role = withoutLeadingCode(text.trimmingWhitespace)
    for cut in roleCuts {
      if let range = LowercasedText.firstRange(of: cut, in: role),
        role.distance(from: role.startIndex, to: range.lowerBound) >= 3
      {
        var kept = String(role[..<range.lowerBound])
        // "Cloud / .NET Developer Location: Remote": a heading before the colon goes too.
        if cut == ": " {
          var words = kept.split(separator: " ")
          while words.count > 1, let last = words.last, gluedHeadingWords.contains(String(last)) {
            words.removeLast()
          }
          // "Content WriterClassification: Exempt": the heading glued to the title's last word.
          if let last = words.last,
            let heading = gluedHeadingWords.first(where: {
              last.count > $0.count + 1 && last.hasSuffix($0)
                && last.dropLast($0.count).last?.isLowercase == true
            })
          {
            words[words.count - 1] = last.dropLast(heading.count)
          }
          kept = words.joined(separator: " ")
        }
        if !isGenericWord(kept.trimming(roleEnds)) { role = kept }
      }
    }
    role = lowercasingConnectors(role.trimming(roleEnds))
    guard isPlausible(role), role.contains(where: \.isLetter),
      !headings.contains(role.lowercased())
    else {
      return nil
    }
    return role
  }

  /// `role` with the small words inside a capitalised title in lower case.
  ///
  /// A sentence writes them so: "Labor And Employment Attorney" becomes "Labor and Employment
  /// Attorney". A title in capitals ("DIRECTOR OF FINANCE") and the first word stay as written.
  static func lowercasingConnectors(_ role: String) -> String {
    guard role.utf8.contains(0x20) else { return role }
    var words = role.split(separator: " ", omittingEmptySubsequences: false)
    var changed = false
    for k in words.indices.dropFirst().dropLast() where connectors.contains(String(words[k])) {
      words[k] = Substring(words[k].lowercased())
      changed = true
    }
    return changed ? words.joined(separator: " ") : role
  }

  /// The small words of a title that a sentence writes in lower case, as a title writes them.
  static let connectors: Set<String> = [
    "And", "Of", "For", "The", "In", "To", "With", "At", "On", "Or",
  ]

  /// The punctuation trimmed from a role's ends.
  static let roleEnds = " ,.;:-–—|*!"

  /// Words that are never a role on their own: labels, places and hours of work, calls to apply.
  static let genericWords: Set<String> = [
    "title", "job", "position", "role", "cloud", "remote", "hybrid", "full-time", "part-time",
    "urgent", "hiring", "now hiring", "onsite", "on-site", "opening", "vacancy", "contract",
    "temporary",
  ]

  /// Headings that an export runs into the word before them, as in "Administrative
  /// CoordinatorOrganization" or "Senior Electronics Design EngineerJob Location".
  static let gluedHeadingWords = [
    "Organization", "Location", "Job", "Description", "Summary", "Overview", "Responsibilities",
    "Requirements", "Company", "About", "Qualifications", "Salary", "Benefits", "Classification",
    "Department", "Schedule", "Status", "Type", "Position", "Overview", "Details",
  ]

  /// Whether `role` can be a job title to put in a question.
  ///
  /// A role fails when it is longer than 8 words or 80 characters, when it is a lone generic word
  /// (``genericWords``: "Title", "Remote", "Hiring"), or when a heading is glued inside a word
  /// after a lower-case letter (``gluedHeadingWords``: "CoordinatorOrganization"); camel-case
  /// names such as "PeopleSoft" or "McKinsey" pass. A role that fails is not used, so the
  /// questions read their fallbacks, which read better than a wrong title.
  static func isPlausible(_ role: String) -> Bool {
    let words = role.split(separator: " ")
    guard !words.isEmpty, words.count <= 8, role.count <= 80 else { return false }
    guard !isGenericWord(role) else { return false }
    return !words.contains(where: hasGluedHeading)
  }

  /// Whether `text` is one of ``genericWords``, whatever its case.
  static func isGenericWord(_ text: String) -> Bool {
    genericWords.contains(text.lowercased())
  }

  /// Whether `word` holds a heading of ``gluedHeadingWords`` that starts after a lower-case
  /// letter and ends the word or meets a capital or punctuation.
  static func hasGluedHeading(_ word: Substring) -> Bool {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count > 2 else { return false }
    for i in 1..<scalars.count
    where scalars[i].properties.isUppercase && scalars[i - 1].properties.isLowercase {
      var rest = String.UnicodeScalarView()
      rest.append(contentsOf: scalars[i...])
      let tail = String(rest)
      for heading in gluedHeadingWords where tail.hasPrefix(heading) {
        let next = tail.unicodeScalars.dropFirst(heading.unicodeScalars.count).first
        if next.map({ !$0.properties.isLowercase }) ?? true { return true }
      }
    }
    return false
  }
}
