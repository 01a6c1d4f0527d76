/// Reads what kind of employer a posting is from: a hospital, a school, a college, a
/// government agency, a nonprofit, a small business, a professional-services firm, a
/// staffing agency's client, or by default a company.
///
/// The first rule that holds decides, in this order: an agency posting; the employer's name
/// and what it does (``PostingFacts/business``) saying hospital, clinic or health system;
/// school or district; college or university; a city, county, state or federal agency;
/// nonprofit; a law, accounting or consulting firm; small or family-owned; then the same
/// phrases where the text speaks of the employer itself ("we are a nonprofit", "as a
/// family-owned business", "our clinic"). Elsewhere in a posting they mostly name customers,
/// markets or requirements ("sales to hospitals", "K-12 education", "a high school diploma").
enum EmployerKindReader {
  /// Phrases of each kind, lower case, matched as whole words.
  static let cues: [(kind: EmployerKind, phrases: [String])] = [
    (
      .hospital,
      [
        "hospital", "health system", "medical center", "medical centre", "health center",
        "clinic", "health centers", "healthcare system", "health care system", "medical group",
        "physician group",
        "nursing home", "skilled nursing facility", "rehabilitation center", "urgent care",
        "dental practice", "dental office", "veterinary hospital", "hospice",
      ]
    ),
    (
      .school,
      [
        "school district", "public schools", "elementary school", "middle school", "high school",
        "charter school", "academy", "preschool", "k-12", "independent school", "day school",
        "school",
      ]
    ),
    (.college, ["university", "college", "community college", "institute of technology"]),
    (
      .government,
      [
        "city of", "county of", "state of", "department of", "federal agency", "municipality",
        "municipal", "township", "county government", "state agency", "public agency",
        "city government", "village of", "town of", "commonwealth of",
      ]
    ),
    (
      .nonprofit,
      ["nonprofit", "non-profit", "not-for-profit", "501(c)(3)", "charity", "foundation"]
    ),
    (
      .firm,
      [
        "law firm", "cpa firm", "accounting firm", "consulting firm", "advisory firm",
        "architecture firm", "engineering firm", "marketing agency", "advertising agency",
        "creative agency", "design agency", "digital agency", "professional services firm",
      ]
    ),
    (
      .smallBusiness,
      [
        "family-owned", "family owned", "small business", "locally owned", "locally-owned",
        "owner-operated",
      ]
    ),
  ]

  /// Cues that count only in the employer's name or business: in the rest of a posting they
  /// are mostly requirements ("a college degree", "a strong foundation in accounting"),
  /// places ("in the City of Austin"), idioms ("state of the art") or laws ("the Department of
  /// Labor").
  static let nameOnlyCues: Set<String> = [
    "college", "university", "foundation", "academy", "city of", "county of", "state of",
    "department of", "village of", "town of", "commonwealth of",
  ]

  /// Words after which a cue speaks of the employer itself, each with its reach.
  ///
  /// The reach is how many bytes may stand between the words and the cue: "we are a nonprofit",
  /// "as a family-owned business", "PreScouter is a rapidly growing Chicago-based scientific
  /// consulting firm", "our local, family-owned company". "The" is none: "from the hospital to
  /// the outpatient setting" speaks of customers.
  static let selfReferences: [(lead: String, reach: Int)] = [
    ("we are", 56), ("we're", 56), ("as a", 56), ("as an", 56), ("is a", 56), ("is an", 56),
    ("our", 24),
  ]

  /// Whether some lead of `leads` (where a self-reference ends, and its reach) comes within
  /// its reach before `start`, in the same sentence.
  static func follows(
    _ leads: [(end: Int, reach: Int)], _ start: Int, in text: PostingText
  )
    -> Bool
  {
    let bytes = text.lowered.bytes
    return leads.contains { lead in
      lead.end <= start && start - lead.end <= lead.reach
        && !bytes[lead.end..<start].contains {
          $0 == 0x2E || $0 == 0x0A || $0 == 0x3B || $0 == 0x21
        }
    }
  }

  /// The kind of employer `text` is from.
  static func kind(of text: PostingText, facts: PostingFacts) -> EmployerKind {
    if facts.isAgencyPosting { return .agencyClient }
    let about = LowercasedText((facts.company ?? "") + " " + (facts.business?.value ?? ""))
    for (kind, phrases) in cues where phrases.contains(where: about.contains) {
      return kind
    }
    // The text as a whole: a cue counts where the text speaks of the employer itself.
    let leads = selfReferences.flatMap { lead, reach in
      text.lowered.starts(of: lead).map { (end: $0 + lead.utf8.count, reach: reach) }
    }
    guard !leads.isEmpty else { return .business }
    for (kind, phrases) in cues {
      for phrase in phrases where !nameOnlyCues.contains(phrase) {
        if text.lowered.starts(of: phrase).contains(where: { follows(leads, $0, in: text) }) {
          return kind
        }
      }
    }
    return .business
  }
}
