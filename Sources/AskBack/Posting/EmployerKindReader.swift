/// Reads what kind of employer a posting is from: a hospital, a school, a college, a
/// government agency, a nonprofit, a small business, a professional-services firm, a
/// staffing agency's client, or by default a company.
///
/// The first rule that holds decides, in this order: an agency posting; the employer's name
/// and what it does (``PostingFacts/business``) saying hospital, clinic or health system;
/// school or district; college or university; a city, county, state or federal agency;
/// nonprofit; a law, accounting or consulting firm; small or family-owned; then phrases of the
/// whole text to the same effect.
enum EmployerKindReader {
  /// Phrases of each kind, lower case, matched as whole words.
  static let cues: [(kind: EmployerKind, phrases: [String])] = [
    (
      .hospital,
      [
        "hospital", "health system", "medical center", "medical centre", "health center",
        "clinic", "healthcare system", "health care system", "medical group", "physician group",
        "nursing home", "skilled nursing facility", "rehabilitation center", "urgent care",
        "dental practice", "dental office", "veterinary hospital", "hospice",
      ]
    ),
    (
      .school,
      [
        "school district", "public schools", "elementary school", "middle school", "high school",
        "charter school", "academy", "preschool", "k-12", "independent school", "day school",
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

  /// The kind of employer `text` is from.
  static func kind(of text: PostingText, facts: PostingFacts) -> EmployerKind {
    if facts.isAgencyPosting { return .agencyClient }
    let about = LowercasedText((facts.company ?? "") + " " + (facts.business?.value ?? ""))
    for (kind, phrases) in cues where phrases.contains(where: about.contains) {
      return kind
    }
    // The text as a whole: a cue must come twice, or once in the first lines, to count.
    let opening = LowercasedText(text.lines.prefix(12).joined(separator: " "))
    for (kind, phrases) in cues {
      for phrase in phrases
      where !nameOnlyCues.contains(phrase)
        && (opening.contains(phrase) || text.lowered.occurrences(of: phrase, limit: 2) >= 2)
      {
        return kind
      }
    }
    return .business
  }
}
