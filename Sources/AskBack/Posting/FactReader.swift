/// Reads a posting's facts, with what it knows about postings in general: the words postings
/// write in lower case, the names of tools and equipment, credentials and verbs.
///
/// Built once from the corpus and stored in the index file.
package struct FactReader: Sendable {
  /// Words that appear in lower case in the corpus job descriptions, so that "Travel is
  /// required" is not read as naming a company.
  let commonWords: Set<String>
  /// Software and system names, and their aliases.
  let tools: Gazetteer
  /// Physical equipment names, and their aliases.
  let equipment: Gazetteer
  /// Base-form verbs a duty may start with, lower case.
  let verbs: Set<String>

  init(commonWords: Set<String>, tools: Gazetteer, equipment: Gazetteer, verbs: Set<String>) {
    self.commonWords = commonWords
    self.tools = tools
    self.equipment = equipment
    self.verbs = verbs
  }

  /// What the corpus teaches: its ordinary words and the O*NET technology and tools examples.
  init(corpus: Corpus) {
    let common = CompanyReader.commonWords(in: corpus.descriptions.map(\.text), minimum: 2)
    self.init(
      commonWords: common,
      tools: Gazetteer(
        tools: corpus.technology, occupations: corpus.occupations, commonWords: common),
      equipment: Gazetteer(
        equipment: corpus.equipment, occupations: corpus.occupations, commonWords: common),
      verbs: Self.verbs(of: corpus.occupations))
  }

  /// Verbs that start duties beside those O*NET's task statements start with.
  static let postingVerbs: Set<String> = [
    "own", "drive", "partner", "support", "assist", "help", "ensure", "serve", "work", "lead",
    "build", "ship", "scale", "grow", "champion", "run", "handle", "field", "greet", "answer",
    "pull", "enter", "file", "track", "key", "post", "prep", "stock", "load", "unload", "pack",
    "pick", "deliver", "drive", "clean", "sanitize", "cook", "serve", "ring", "cashier",
    "onboard", "mentor", "coach", "triage", "chart", "document", "liaise", "oversee",
  ]

  /// The first words of the occupations' task statements, lower case, with ``postingVerbs``.
  static func verbs(of occupations: [Occupation]) -> Set<String> {
    var verbs = postingVerbs
    for occupation in occupations {
      for task in occupation.tasks {
        if let first = task.split(separator: " ").first {
          let word = first.lowercased().trimming(",.;:")
          if word.count >= 2, word.allSatisfy({ $0.isLetter || $0 == "-" }) { verbs.insert(word) }
        }
      }
    }
    return verbs
  }

  /// The facts of `text`; the tools and equipment whose names are words too wait for
  /// ``scope(_:to:)``.
  ///
  /// - Complexity: O(*n*) in the length of the posting.
  package func read(_ text: PostingText) -> PostingFacts {
    var facts = PostingFacts(text: text, commonWords: commonWords)
    facts.business = BusinessReader.business(in: text, company: facts.company)
    facts.employerKind = EmployerKindReader.kind(of: text, facts: facts)
    facts.toolMatches = tools.matches(in: text)
    facts.equipmentMatches = equipment.matches(in: text)
    facts.duties = DutyReader.duties(in: text, verbs: verbs)
    // "the Betsy Bash team" names the employer, not one of its teams.
    facts.teams = TeamReader.teams(in: text).filter {
      $0.value.lowercased() != facts.company?.lowercased()
    }
    scope(&facts, to: [])
    facts.credentials = CredentialReader.credentials(in: text)
    facts.shifts = ShiftReader.shifts(in: text)
    return facts
  }

  /// Keeps the tools and equipment that count for a posting of `occupations` (its likeliest,
  /// best first): every name that is no word too, and those one of the three likeliest names;
  /// and the teams that are not the job's own (``TeamReader/partners(of:role:occupation:)``).
  func scope(_ facts: inout PostingFacts, to occupations: [OccupationMatch]) {
    let codes = occupations.prefix(3).map(\.code)
    facts.tools = tools.scoped(facts.toolMatches, to: codes)
    facts.equipment = equipment.scoped(facts.equipmentMatches, to: codes)
    facts.partnerTeams = TeamReader.partners(
      of: facts.teams, role: facts.role, occupation: occupations.first?.title)
  }
}
