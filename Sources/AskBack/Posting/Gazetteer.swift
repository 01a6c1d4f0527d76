/// Finds named tools or equipment in a posting: a dictionary of names and their aliases, as
/// word sequences.
///
/// Built from O*NET's technology and tools examples:
///
/// - software names lose generic endings ("SAP software" -> "SAP", "Salesforce software" ->
///   "Salesforce") and may lose a vendor's name ("Intuit QuickBooks" -> "QuickBooks",
///   "Microsoft Excel" -> "Excel") when what is left is not an everyday word; an alias that is
///   an everyday word in lower case ("Word", "Excel", "Outlook") matches only as a capitalised
///   word inside a sentence, and a name that is nothing but everyday words ("Email software",
///   "Web browser software") is no name at all; acronyms match in capitals only ("SAP", not
///   "sap"); software named by more than ``maximumOccupations`` occupations (office suites)
///   says nothing about the job and is left out;
/// - equipment names (plural in O*NET: "Forklifts") match in the singular or the plural and
///   fill a question in O*NET's plural, lower case ("forklifts"); office and computer equipment
///   is left out, and so is any name more than a few occupations share unless it has several
///   words.
///
/// A fact's value is the name as the posting writes it (software) or O*NET's plural
/// (equipment); its evidence is the posting's line. Facts are ordered most specific first (the
/// fewest occupations naming them), then by first mention.
///
/// Some names are words too ("Colleague", "Encompass", "Flex", "ADA"; equipment such as
/// "ranges", "scales" or "platforms"): such an entry is *scoped*, and counts only when one of
/// the posting's likeliest occupations uses it (``scoped(_:to:)``). A software name that is
/// one ordinary-looking word, or an acronym of three letters or fewer, is scoped, and also
/// matches only as O*NET writes it, inside a sentence, and not beside another capitalised word
/// ("New Jersey" names no "Jersey"); every equipment name is scoped.
struct Gazetteer: Sendable, Equatable {
  /// One alias: its words in lower case, whether it must match as written, and its entry.
  struct Alias: Sendable, Equatable {
    var words: [String]
    /// The alias as written, when it must match case-sensitively.
    var exact: [String]?
    /// Whether a capitalised alias must not start a sentence to count.
    var notSentenceStart: Bool
    /// Whether the alias must not stand beside another capitalised word.
    var standalone: Bool = false
    var entry: Int
  }

  /// A name found, with its entry.
  struct Match: Sendable, Equatable {
    var entry: Int
    var fact: PostingFact
  }

  /// What a match fills a question with: the posting's own words, or the entry's display.
  enum Display: Sendable, Equatable {
    case asWritten
    case name(String)
  }

  /// Each entry's display and specificity (occupations naming it).
  var displays: [Display]
  var specificity: [Int]
  /// Aliases by their first word, longest first.
  let aliases: [String: [Alias]]
  /// The keys of ``aliases``, for skipping the words no alias starts with.
  let firstWords: WordFilter
  /// The O*NET-SOC codes that ``scopes`` point into, in order.
  var codes: [String]
  /// Sets of occupations (positions in ``codes``, ascending) that scoped entries share.
  var scopes: [[Int32]]
  /// For each entry, its scope (a position in ``scopes``), or `nil` for an entry that counts
  /// wherever it is found.
  var users: [Int32?]

  /// Software named by more occupations than this says nothing about the job.
  static let maximumOccupations = 400

  /// Generic endings of software names.
  static let genericEndings: Set<String> = [
    "software", "systems", "system", "platform", "platforms", "suite", "application",
    "applications", "program", "programs", "tools", "tool", "solutions", "solution",
  ]

  /// Everyday words that name software when capitalised inside a sentence.
  static let capitalisedProducts: Set<String> = ["excel", "word", "outlook", "visio"]

  /// Words of equipment that says nothing about the job: office and computer equipment.
  static let officeEquipment: Set<String> = [
    "computer", "computers", "printer", "printers", "telephone", "telephones", "phone",
    "phones", "smartphones", "fax", "facsimile", "scanner", "scanners", "photocopying",
    "photocopiers", "copiers", "calculator", "calculators", "desktop", "laptop", "tablet",
    "notebook", "monitors", "keyboards", "mice", "headsets", "cameras", "projectors",
    "shredders", "binders", "staplers", "pens", "pencils", "email", "software",
  ]

  init(
    displays: [Display], specificity: [Int], aliases: [String: [Alias]], codes: [String] = [],
    scopes: [[Int32]] = [], users: [Int32?]? = nil
  ) {
    self.displays = displays
    self.specificity = specificity
    self.aliases = aliases
    self.firstWords = WordFilter(aliases.keys, bitCount: 4 * aliases.count)
    self.codes = codes
    self.scopes = scopes
    self.users = users ?? Array(repeating: nil, count: displays.count)
  }

  /// The occupations naming each example, by the example's name: positions in the sorted
  /// codes, and the codes.
  static func users(
    of occupations: [Occupation], names: KeyPath<Occupation, [String]>
  ) -> (codes: [String], byName: [String: [Int32]]) {
    let codes = occupations.map(\.code.rawValue).sorted()
    var position: [String: Int32] = [:]
    for (i, code) in codes.enumerated() { position[code] = Int32(i) }
    var byName: [String: [Int32]] = [:]
    for occupation in occupations {
      guard let index = position[occupation.code.rawValue] else { continue }
      for name in occupation[keyPath: names] { byName[name, default: []].append(index) }
    }
    return (codes, byName.mapValues { Array(Set($0)).sorted() })
  }

  /// Whether a software name is a word too: one word that is capitalised only at its start or
  /// not at all ("Colleague", "zoom"), or an acronym of three letters or fewer ("ADA").
  static func isAmbiguous(_ words: [String]) -> Bool {
    guard words.count == 1, let word = words.first, word.allSatisfy(\.isLetter) else {
      return false
    }
    return word.dropFirst().allSatisfy(\.isLowercase)
      || (word.count <= 3 && word.allSatisfy(\.isUppercase))
  }

  /// The software gazetteer of O*NET's technology examples, plus the technical tokens that
  /// name technologies (".NET", "C++", "Node.js").
  init(tools examples: [ToolExample], occupations: [Occupation] = [], commonWords: Set<String>) {
    var displays: [Display] = []
    var specificity: [Int] = []
    var users: [Int32?] = []
    var byWord: [String: [Alias]] = [:]
    let (codes, byName) = Self.users(of: occupations, names: \.technology)
    // A software name that is a word too counts for the occupations that name any software
    // of its kind (its UNSPSC commodity): "Costpoint" for those naming ERP software.
    let categories = Array(Set(examples.map(\.category))).sorted()
    var categoryOf: [String: Int] = [:]
    for (i, category) in categories.enumerated() { categoryOf[category] = i }
    var byCategory = Array(repeating: Set<Int32>(), count: categories.count)
    for example in examples {
      guard let c = categoryOf[example.category], let named = byName[example.name] else { continue }
      byCategory[c].formUnion(named)
    }
    let scopes = occupations.isEmpty ? [] : byCategory.map { $0.sorted() }
    func add(_ written: [String], entry: Int) {
      guard let first = written.first?.lowercased() else { return }
      // A name of one or two letters ("PM", "IQ") is more often an abbreviation of the
      // posting's own, and "Teams" alone is more often people than the product.
      if written.count == 1 && (first.count <= 2 || first == "teams") { return }
      let lower = written.map { $0.lowercased() }
      let everyday = lower.allSatisfy { commonWords.contains($0) || $0.count < 2 }
      var alias = Alias(words: lower, exact: nil, notSentenceStart: false, entry: entry)
      if everyday {
        guard lower.count == 1, Self.capitalisedProducts.contains(first) else { return }
        alias.exact = written
        alias.notSentenceStart = true
      } else if written.count == 1, written[0].count >= 2,
        written[0].allSatisfy({ $0.isUppercase || $0.isNumber })
      {
        alias.exact = written
      }
      if users[entry] != nil, Self.isAmbiguous(written) {
        alias.exact = written
        alias.notSentenceStart = true
        alias.standalone = true
      }
      if !(byWord[first] ?? []).contains(alias) { byWord[first, default: []].append(alias) }
    }
    let vendors = Self.vendors(examples, commonWords: commonWords)
    for example in examples where example.occupations <= Self.maximumOccupations {
      var words = example.name.split(separator: " ").map(String.init)
      while words.count > 1, let last = words.last, Self.genericEndings.contains(last.lowercased())
      {
        words.removeLast()
      }
      guard !words.isEmpty else { continue }
      let entry = displays.count
      displays.append(.asWritten)
      specificity.append(example.occupations)
      let ambiguous =
        Self.isAmbiguous(words)
        || (words.count > 1 && vendors.contains(words[0])
          && Self.isAmbiguous(Array(words.dropFirst())))
      users.append(
        ambiguous && !occupations.isEmpty ? categoryOf[example.category].map { Int32($0) } : nil)
      add(words, entry: entry)
      if words.count > 1, vendors.contains(words[0]) { add(Array(words.dropFirst()), entry: entry) }
    }
    for token in TechnicalTokens.technologies {
      let entry = displays.count
      displays.append(.asWritten)
      specificity.append(50)
      users.append(nil)
      add([token], entry: entry)
    }
    self.init(
      displays: displays, specificity: specificity, aliases: Self.sorted(byWord), codes: codes,
      scopes: scopes, users: users)
  }

  /// The equipment gazetteer of O*NET's tools examples.
  init(
    equipment examples: [ToolExample], occupations: [Occupation] = [], commonWords: Set<String>
  ) {
    var displays: [Display] = []
    var specificity: [Int] = []
    var users: [Int32?] = []
    var scopes: [[Int32]] = []
    var byWord: [String: [Alias]] = [:]
    let (codes, byName) = Self.users(of: occupations, names: \.tools)
    for example in examples {
      let lower = example.name.lowercased().split(separator: " ").map(String.init)
      guard let last = lower.last, !lower.contains(where: Self.officeEquipment.contains),
        lower.count > 1 ? example.occupations <= 60 : example.occupations <= 8,
        lower.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } })
      else { continue }
      let entry = displays.count
      displays.append(.name(lower.joined(separator: " ")))
      specificity.append(example.occupations)
      if occupations.isEmpty {
        users.append(nil)
      } else {
        users.append(Int32(scopes.count))
        scopes.append(byName[example.name] ?? [])
      }
      var singular = lower
      singular[singular.count - 1] = Self.singular(last)
      for words in [lower, singular] {
        let alias = Alias(words: words, exact: nil, notSentenceStart: false, entry: entry)
        if !(byWord[words[0]] ?? []).contains(alias) { byWord[words[0], default: []].append(alias) }
      }
    }
    self.init(
      displays: displays, specificity: specificity, aliases: Self.sorted(byWord), codes: codes,
      scopes: scopes, users: users)
  }

  /// Vendors: the first words of several names that are not everyday words ("Microsoft",
  /// "Oracle", "Autodesk").
  static func vendors(_ examples: [ToolExample], commonWords: Set<String>) -> Set<String> {
    var counts: [String: Int] = [:]
    for example in examples {
      let words = example.name.split(separator: " ")
      if words.count > 1 { counts[String(words[0]), default: 0] += 1 }
    }
    return Set(
      counts.filter { $0.value >= 3 && !commonWords.contains($0.key.lowercased()) }.keys)
  }

  /// The aliases by first word, longest first, then in entry order.
  static func sorted(_ aliases: [String: [Alias]]) -> [String: [Alias]] {
    aliases.mapValues { list in
      list.sorted {
        $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.entry < $1.entry
      }
    }
  }

  /// A plural English noun in the singular: "forklifts" -> "forklift", "batteries" ->
  /// "battery", "boxes" -> "box".
  static func singular(_ word: String) -> String {
    if word.hasSuffix("ies") && word.count > 4 { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes")
      || word.hasSuffix("sses")
    {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("s") && !word.hasSuffix("ss") && word.count > 3 {
      return String(word.dropLast())
    }
    return word
  }

  /// The named tools or equipment in `text`, most specific first, with their entries.
  ///
  /// - Complexity: O(*n* · *a*) for *n* words and the aliases *a* sharing a first word.
  func matches(in text: PostingText, limit: Int = 24) -> [Match] {
    var found: [(entry: Int, value: String, evidence: String, position: Int)] = []
    var seenEntries = Set<Int>()
    var seenValues = Set<String>()
    var position = 0
    for (line, words) in zip(text.lines, text.lineWords) {
      var i = 0
      while i < words.count {
        defer { i += 1 }
        let first = words[i].lowercased
        guard firstWords.mayContain(first), let candidates = aliases[first] else { continue }
        for alias in candidates where i + alias.words.count <= words.count {
          // The first word is the key the alias was found by.
          var k = 1
          while k < alias.words.count && words[i + k].lowercased == alias.words[k] { k += 1 }
          guard k == alias.words.count else { continue }
          let slice = words[i..<(i + alias.words.count)]
          if let exact = alias.exact, !zip(slice, exact).allSatisfy({ Self.writes($0.word, $1) }) {
            continue
          }
          if alias.notSentenceStart && words[i].startsSentence { continue }
          if alias.standalone {
            let end = i + alias.words.count
            let before =
              i > 0 && !words[i].separated && words[i - 1].word.first?.isUppercase == true
            let after =
              end < words.count && !words[end].separated
              && words[end].word.first?.isUppercase == true
            if before || after { continue }
          }
          position += 1
          guard seenEntries.insert(alias.entry).inserted else { break }
          let value: String?
          switch displays[alias.entry] {
          case .asWritten: value = Self.productName(slice.map(\.word))
          case .name(let name): value = name
          }
          if let value, seenValues.insert(value.lowercased()).inserted {
            found.append((alias.entry, value, line, position))
          }
          i += alias.words.count - 1
          break
        }
      }
    }
    return found.sorted {
      specificity[$0.entry] != specificity[$1.entry]
        ? specificity[$0.entry] < specificity[$1.entry] : $0.position < $1.position
    }
    .prefix(limit).map {
      Match(entry: $0.entry, fact: PostingFact(value: $0.value, evidence: $0.evidence))
    }
  }

  /// The product a software name as written names, or `nil` for a kind of work ("word
  /// processing", "authoring", "Blogging") or a bare number ("2000"); a name followed by its
  /// own acronym ("Enterprise Resource Planning (ERP)", whose brackets the words lost) is the
  /// acronym alone: "ERP".
  static func productName(_ words: [String]) -> String? {
    guard words.contains(where: { $0.contains(where: { !$0.isLowercase }) }),
      words.contains(where: { $0.contains(where: \.isLetter) }),
      words.count > 1 || !words[0].lowercased().hasSuffix("ing")
    else { return nil }
    let joined = words.joined(separator: " ")
    guard words.count >= 3, let last = words.last, (2...6).contains(last.count),
      last.allSatisfy({ $0.isUppercase })
    else { return joined }
    let initials = words.dropLast().filter { !["and", "of", "&", "for"].contains($0.lowercased()) }
      .compactMap(\.first).map { $0.uppercased() }.joined()
    return initials == last ? last : joined
  }

  /// Whether a posting's `word` writes a name's `exact` word: as written, or, for a name in
  /// capitals of four letters or more, capitalised only at its start ("Jira" for "JIRA").
  static func writes(_ word: String, _ exact: String) -> Bool {
    if word == exact { return true }
    guard exact.count >= 4, exact.allSatisfy({ $0.isUppercase }), let first = word.first else {
      return false
    }
    return first.isUppercase && word.dropFirst().allSatisfy(\.isLowercase)
      && word.uppercased() == exact
  }

  /// The matches that count for a posting of the given occupations: an entry that is not
  /// scoped, or one that one of them names; at most `limit`.
  func scoped(_ matches: [Match], to occupations: [OccupationCode], limit: Int = 8) -> [PostingFact]
  {
    let positions = occupations.compactMap { code -> Int32? in
      var low = 0
      var high = codes.count
      while low < high {
        let mid = (low + high) / 2
        if codes[mid] < code.rawValue { low = mid + 1 } else { high = mid }
      }
      return low < codes.count && codes[low] == code.rawValue ? Int32(low) : nil
    }
    return matches.filter { match in
      guard let scope = users[match.entry] else { return true }
      let named = scopes[Int(scope)]
      return positions.contains { position in named.contains(position) }
    }
    .prefix(limit).map(\.fact)
  }
}
