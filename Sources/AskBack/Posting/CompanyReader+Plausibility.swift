extension CompanyReader {
  /// Short capitalised words that name units, departments, titles or notices, not employers.
  static let notCompanies: Set<String> = [
    "hq", "hr", "it", "icu", "micu", "sicu", "nicu", "picu", "ccu", "er", "ed", "or", "pacu",
    "usa", "us", "uk", "eu", "eeo", "eoe", "ada", "fmla", "pto", "ceo", "cfo", "coo", "cto",
    "cio", "vp", "svp", "evp", "qa", "qc", "rn", "lpn", "cna", "mba", "ba", "bs", "phd", "md",
    "dds", "job", "jobs", "remote", "hybrid", "onsite", "urgent", "hiring", "now", "apply",
    "we", "you", "team", "ops", "r&d", "faq", "note", "notice",
  ]

  /// US states, territories and large cities: places, not employers.
  static let places: Set<String> = [
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "new york city", "nyc", "north carolina", "north dakota", "ohio",
    "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
    "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia",
    "wisconsin", "wyoming", "puerto rico", "district of columbia", "washington dc",
    "washington, dc", "los angeles", "chicago", "houston", "phoenix", "philadelphia",
    "san antonio", "san diego", "dallas", "san jose", "austin", "jacksonville", "fort worth",
    "columbus", "charlotte", "san francisco", "indianapolis", "seattle", "denver", "boston",
    "el paso", "nashville", "detroit", "portland", "las vegas", "memphis", "louisville",
    "baltimore", "milwaukee", "albuquerque", "tucson", "fresno", "sacramento", "atlanta",
    "miami", "raleigh", "omaha", "minneapolis", "tulsa", "cleveland", "tampa", "orlando",
    "pittsburgh", "cincinnati", "st. louis", "kansas city", "new orleans", "salt lake city",
    "bay area", "silicon valley", "united states", "america", "north america", "canada",
    "mexico", "the us", "the usa", "the united states", "midwest", "the midwest", "southeast",
    "northeast", "southwest", "northwest", "west coast", "east coast",
  ]

  /// Words that start headings and notices rather than names.
  static let notNameStarts: Set<String> = [
    "for", "to", "in", "on", "at", "by", "with", "from", "about", "job", "position", "role",
    "location", "salary", "benefits", "requirements", "responsibilities", "summary", "overview",
    "description", "apply", "please", "note", "all", "any", "no", "if", "when", "why", "how",
    "what", "who", "where", "our", "your", "their", "this", "these", "here",
  ]

  /// Whether `name` cannot be an employer's name: a unit or title acronym ("HQ", "The MICU"),
  /// a place ("New York City"), a heading or notice ("For Washington State Jobs"), or a job
  /// title under "The" ("The Director of Finance").
  static func isImplausible(_ name: String) -> Bool {
    var words = name.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return true }
    let lower = name.lowercased()
    if places.contains(lower) || notCompanies.contains(lower) { return true }
    if notNameStarts.contains(words[0].lowercased()) { return true }
    if words[0].lowercased() == "the" {
      words.removeFirst()
      guard let last = words.last else { return true }
      let rest = words.joined(separator: " ").lowercased()
      if notCompanies.contains(rest) || places.contains(rest) { return true }
      // "The Director of Finance", "The Operations Manager": a job, not an employer.
      if jobNouns.contains(last.lowercased())
        || words.contains(where: { jobNouns.contains($0.lowercased()) })
      {
        return true
      }
    }
    // A name that is only a place and a generic word: "Washington State".
    if words.count == 2, places.contains(words[0].lowercased()),
      ["state", "area", "region", "county", "office"].contains(words[1].lowercased())
    {
      return true
    }
    return false
  }

  /// `name` with the damage exports do repaired: a name glued to itself ("Groove
  /// JonesGroove Jones" -> "Groove Jones"), markup or a stray mark between a name and its
  /// repeat ("ABHI IT SYSTEMS INC:**ABHI IT SYSTEMS" -> "ABHI IT SYSTEMS", "SMS?Sandstone
  /// Medical Solutions" -> "Sandstone Medical Solutions"), and an acronym the posting spells
  /// out ("FBA" -> "Food Bank of Alaska" when the posting writes "Food Bank of Alaska (FBA)").
  static func repaired(_ name: String, in text: PostingText) -> String {
    var name = name
    // Marks that never sit inside a name split it; keep the part that reads most like one.
    let parts = name.split(whereSeparator: { "*?|".contains($0) }).map {
      String($0).trimming(" :;,-")
    }.filter { !$0.isEmpty }
    if parts.count > 1 {
      name = parts.max { $0.split(separator: " ").count < $1.split(separator: " ").count } ?? name
      if let acronym = parts.first(where: { isAcronym($0) }),
        let expanded = parts.first(where: { initials($0) == acronym.uppercased() })
      {
        name = expanded
      }
    }
    // "Groove JonesGroove Jones": the first half glued to its repeat.
    let characters = Array(name)
    if characters.count >= 6 {
      for cut in 2..<(characters.count - 1)
      where characters[cut].isUppercase && characters[cut - 1].isLowercase {
        let first = String(characters[..<cut])
        let second = String(characters[cut...])
        if first == second || second.hasPrefix(first) || first.hasPrefix(second) {
          name = first.count <= second.count ? first : second
          break
        }
      }
    }
    // "Job Purpose North AmericaRelish is a ...": a heading's last word glued to a one-word
    // name; the name is the part after the glue.
    let words = name.split(separator: " ")
    if words.count >= 2, let first = words.first, let last = words.last,
      first.first?.isUppercase == true
    {
      let letters = Array(last)
      if let cut = letters.indices.dropFirst(4).first(where: {
        letters[$0].isUppercase && letters[$0 - 1].isLowercase
          && letters[($0 - 4)..<$0].allSatisfy(\.isLowercase)
      }), letters.count - cut >= 3 {
        name = String(letters[cut...])
      }
    }
    // "INC:" and the like left at the end.
    name = name.trimming(" :;,-")
    if let colon = name.firstIndex(of: ":") { name = String(name[..<colon]).trimming(" ") }
    // An acronym the posting spells out: "Food Bank of Alaska (FBA)".
    if isAcronym(name) {
      for line in text.lines {
        if let open = LowercasedText.firstRange(of: "(\(name))", in: line) {
          let before = line[..<open.lowerBound].split(separator: " ").map(String.init)
          for length in stride(from: min(7, before.count), through: 2, by: -1) {
            let candidate = before.suffix(length).joined(separator: " ")
            if initials(candidate) == name.uppercased() { return candidate }
          }
        }
      }
    }
    return name
  }

  static func isAcronym(_ word: String) -> Bool {
    word.count >= 2 && word.count <= 6 && word.allSatisfy { $0.isUppercase || $0 == "&" }
  }

  /// The capital initials of a name's words, skipping connectors: "Food Bank of Alaska" ->
  /// "FBA".
  static func initials(_ name: String) -> String {
    String(
      name.split(separator: " ").filter { !nameConnectors.contains($0.lowercased()) }.compactMap {
        $0.first
      }
    ).uppercased()
  }
}
