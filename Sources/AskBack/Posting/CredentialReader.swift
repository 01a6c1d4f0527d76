/// Reads the licences and certifications a posting names: "RN license", "CPA", "CDL Class A",
/// "PMP", "BLS", "HT (ASCP)", "Series 7", "real estate license".
///
/// Acronyms match as written, in capitals, as whole words; a following "license",
/// "licensure", "certification" or "certificate" joins the value ("RN license"); a class or
/// number joins a CDL, a series or an OSHA card.
enum CredentialReader {
  /// The most credentials read.
  static let maximumCredentials = 6

  /// Credentials written as one token.
  static let acronyms: Set<String> = [
    "RN", "LPN", "LVN", "CNA", "CMA", "CPA", "CIA", "CFA", "CFP", "CFE", "EA", "PMP",
    "CAPM", "PHR", "SPHR", "SHRM-CP", "SHRM-SCP", "aPHR", "BLS", "ACLS", "PALS", "NRP", "TNCC",
    "CPR", "CDL", "PE", "EIT", "FE", "ServSafe", "Security+", "Network+", "A+", "CCNA", "CCNP",
    "CISSP", "CISM", "CISA", "CEH", "ITIL", "ASE", "NCIDQ", "ARRT", "RRT", "CRT", "CPhT",
    "PTCB", "RHIT", "RHIA", "CPC", "CCS", "CCA", "BCBA", "RBT", "LCSW", "LMSW", "LPC", "LMFT",
    "LSW", "NCLEX", "APRN", "FNP", "CRNA", "CEN", "CCRN", "CHT", "CST", "EMT", "EMT-B",
    "EMT-P", "NREMT", "CSCS", "NASM", "ACE", "CSM", "PSM", "CSPO", "SAFe", "CPIM", "CSCP",
    "CPSM", "CQE", "CQA", "CWI", "NICET", "CCM", "CPM", "CRM", "CHFM", "PMI-ACP", "CBAP",
    "GIAC", "OSCP", "CCSP", "RHCE", "RHCSA", "MCSE", "MCSA", "CompTIA",
  ]

  /// Acronyms that also name something else ("CRM" software, "CST" the time zone, "SAFe" the
  /// framework, "CIA" the agency): they count only beside a credential word ("PE license",
  /// "certified CSM").
  static let ambiguous: Set<String> = [
    "CRM", "CST", "SAFe", "CSM", "ACE", "EA", "PE", "FE", "CCA", "CCS", "CIA", "CPM", "CHT",
    "CEN", "CPC", "CRT", "EIT", "PSM", "CCM", "ASE",
  ]

  /// Words before an acronym that make it a credential.
  static let credentialContext: Set<String> = [
    "certified", "certification", "certifications", "licensed", "license", "licensure",
    "credential", "credentials", "designation", "active", "current", "valid",
  ]

  /// Words that, after an acronym, are part of the credential's name.
  static let credentialNouns: Set<String> = [
    "license", "licence", "licensure", "certification", "certificate", "certified", "credential",
    "registration",
  ]

  /// Multi-word credentials, by their lower-case words.
  static let phrases: [[String]] = [
    ["six", "sigma", "green", "belt"], ["six", "sigma", "black", "belt"],
    ["lean", "six", "sigma"], ["six", "sigma"], ["leed", "ap"], ["osha", "10"], ["osha", "30"],
    ["epa", "608"], ["real", "estate", "license"], ["insurance", "license"],
    ["life", "and", "health", "license"], ["teaching", "license"], ["teaching", "certificate"],
    ["teaching", "certification"], ["nursing", "license"],
    [
      "pharmacy", "technician",
      "certification",
    ], ["food", "handler", "card"], ["food", "handler's", "card"],
    ["forklift", "certification"], ["notary", "public"], ["cosmetology", "license"],
    ["journeyman", "license"], ["security", "clearance"], ["bar", "admission"],
  ]

  /// The keys of ``phrasesByFirstWord``, for skipping the other words.
  static let phraseFirstWords = WordFilter(phrasesByFirstWord.keys, bitCount: 4096)
  /// The ``acronyms``, for skipping the other words.
  static let acronymFilter = WordFilter(acronyms, bitCount: 4096)

  /// ``phrases`` by their first word, each list in the order of ``phrases``.
  static let phrasesByFirstWord: [String: [[String]]] = Dictionary(
    grouping: phrases, by: { $0[0] })

  /// The credentials `text` names, in order.
  ///
  /// - Complexity: O(*n*) in the length of the posting.
  static func credentials(in text: PostingText) -> [PostingFact] {
    var found: [PostingFact] = []
    var seen = Set<String>()
    func add(_ value: String, _ line: String) {
      guard seen.insert(value.lowercased()).inserted else { return }
      found.append(PostingFact(value: value, evidence: line))
    }
    for (line, lineWords) in zip(text.lines, text.lineWords) {
      // "HT (ASCP)", "MLS(ASCP)".
      if LowercasedText.contains(line, "(ascp)") {
        for designation in ["HT", "HTL", "MLS", "MLT", "MT", "MB", "CT", "PBT"] {
          for form in ["\(designation) (ASCP)", "\(designation)(ASCP)"]
          where LowercasedText.containsExactly(line, form) {
            add("\(designation) (ASCP)", line)
          }
        }
      }
      let words = lineWords.map(\.word)
      // Each word's own lower case, as the line's words carry it.
      let lower = lineWords.map(\.lowercased)
      var i = 0
      while i < words.count {
        defer { i += 1 }
        if phraseFirstWords.mayContain(lower[i]), let candidates = phrasesByFirstWord[lower[i]],
          let phrase = candidates.first(where: { lower.dropFirst(i).starts(with: $0) })
        {
          add(words[i..<(i + phrase.count)].joined(separator: " "), line)
          i += phrase.count - 1
          continue
        }
        let word = words[i]
        guard acronymFilter.mayContain(word), acronyms.contains(word) else { continue }
        var value = word
        let next = i + 1 < words.count ? words[i + 1] : ""
        if ambiguous.contains(word) {
          let before = i > 0 ? lower[i - 1] : ""
          guard credentialNouns.contains(next.lowercased()) || credentialContext.contains(before)
          else { continue }
        }
        if word == "CDL", next.lowercased() == "class", i + 2 < words.count {
          value += " Class " + words[i + 2]
          i += 2
        } else if credentialNouns.contains(next.lowercased()) {
          // "SAFe certified" names the credential as "SAFe certification".
          value += " " + (next.lowercased() == "certified" ? "certification" : next.lowercased())
          i += 1
        }
        add(value, line)
        if found.count == maximumCredentials { return found }
      }
      // "Series 7", "Series 63".
      for (j, word) in words.enumerated() where word == "Series" && j + 1 < words.count {
        if let number = Int(words[j + 1]), [6, 7, 24, 63, 65, 66, 79].contains(number) {
          add("Series \(number)", line)
        }
      }
    }
    return Array(found.prefix(maximumCredentials))
  }
}
