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
      let lower = line.lowercased()
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
  /// not a heading, not an "About ..." line.
  static func roleFromFirstLine(_ line: String) -> String? {
    let lower = line.lowercased()
    let words = line.split(separator: " ")
    guard words.count <= 14, !headings.contains(lower.trimming(":")),
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
  /// title-like is left.
  static func cleanRole(_ text: String) -> String? {
    var role = withoutLeadingCode(text.trimmingWhitespace)
    for cut in roleCuts {
      if let range = role.range(of: cut),
        role.distance(from: role.startIndex, to: range.lowerBound) >= 3
      {
        role = String(role[..<range.lowerBound])
      }
    }
    role = role.trimming(" ,.;:-–—|*!")
    let words = role.split(separator: " ")
    guard !words.isEmpty, words.count <= 8, role.count <= 80 else { return nil }
    guard role.contains(where: \.isLetter), !headings.contains(role.lowercased()) else {
      return nil
    }
    return role
  }
}
