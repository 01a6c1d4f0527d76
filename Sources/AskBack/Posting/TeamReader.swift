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

  /// The teams `text` names, in order.
  ///
  /// - Complexity: O(*n*) in the length of the posting.
  static func teams(in text: PostingText) -> [PostingFact] {
    var teams: [PostingFact] = []
    var seen = Set<String>()
    func add(_ words: [String], _ line: String) {
      guard !words.isEmpty, words.count <= 4 else { return }
      let name = words.joined(separator: " ")
      guard name.count >= 2, name.contains(where: \.isLetter),
        seen.insert(name.lowercased()).inserted
      else { return }
      teams.append(PostingFact(value: name, evidence: line))
    }
    for line in text.lines {
      let words = PostingText.wordsWithStarts(of: line).map(\.word)
      for (i, word) in words.enumerated() {
        let lower = word.lowercased()
        if nouns.contains(lower) {
          // The words before "team": back to a word that is no part of a name.
          var start = i
          while start > 0 {
            let previous = words[start - 1]
            guard previous.contains(where: \.isLetter) else { break }
            // "and" joins two capitalised names: "Sales and Logistics".
            let joins =
              previous == "and" && start - 2 >= 0 && start < i
              && words[start - 2].first?.isUppercase == true
              && words[start].first?.isUppercase == true
            if notNames.contains(previous.lowercased()) && !joins { break }
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
