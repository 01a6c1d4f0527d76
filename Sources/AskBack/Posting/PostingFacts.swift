/// What a posting says about itself: the company, the role, and the topics
/// it already answers.
///
/// Everything is found in the posting's own text and returned as written
/// there; nothing is guessed. The company comes from forms such as "About
/// Acme Health", "Acme Health is a ...", "Join Acme Health", "At Acme Health,
/// we ...", "We are Acme Health", "Company: Acme Health". The role comes from
/// "Title: ...", "Position: ...", the posting's first line when it reads as a
/// job title, or "seeking a ... to". A role is cleaned of the location,
/// schedule and pay notes that job boards append ("Staff Accountant -
/// Remote" becomes "Staff Accountant").
public struct PostingFacts: Sendable, Equatable {
  /// The company name, or `nil` when the posting does not name it in a
  /// recognised form.
  public var company: String?
  /// The role title, or `nil`.
  public var role: String?
  /// The line the title was read from, before cleaning.
  ///
  /// It is the whole first line when that reads as a title, else the text
  /// after a "Title:" label, else the role. The occupation model reads it,
  /// because the notes cut from a role can still name the job ("Social Security
  /// Specialist / Retirement Benefit Advisor").
  public var titleLine: String?
  /// What the posting already answers, each with the words that answer it.
  public var answered: [Topic: String]
  /// The line the company name was read from.
  public var companyEvidence: String?
  /// Whether a staffing or recruiting agency wrote the posting for a client; then ``company``
  /// is the client's name when the posting gives it, else `nil`.
  public var isAgencyPosting = false
  /// The kind of employer, which decides what its competition is.
  public var employerKind: EmployerKind = .business
  /// What the employer does, with its article: "a community hospital".
  public var business: PostingFact?
  /// Named software and systems the job uses, most specific first.
  public var tools: [PostingFact] = []
  /// Physical equipment the job uses, as plural lower-case phrases: "forklifts".
  public var equipment: [PostingFact] = []
  /// The posting's responsibilities, as short gerund phrases, in the posting's order.
  public var duties: [PostingFact] = []
  /// Departments and teams the posting names, without the word "team".
  public var teams: [PostingFact] = []
  /// The teams that are not the job's own (``TeamReader/partners(of:role:occupation:)``), once
  /// the occupation is known.
  var partnerTeams: [PostingFact] = []
  /// Licences and certifications the posting names.
  public var credentials: [PostingFact] = []
  /// Schedules the posting states: "night shift", "12-hour shifts".
  public var shifts: [PostingFact] = []
  /// Every tool and piece of equipment the gazetteers found, before they are scoped to the
  /// posting's occupations.
  var toolMatches: [Gazetteer.Match] = []
  var equipmentMatches: [Gazetteer.Match] = []

  public init(
    company: String? = nil, role: String? = nil, titleLine: String? = nil,
    answered: [Topic: String] = [:]
  ) {
    self.company = company
    self.role = role
    self.titleLine = titleLine ?? role
    self.answered = answered
  }

  /// Reads the facts of `posting`.
  ///
  /// - Complexity: O(*n*) in the length of the posting.
  ///
  /// - Parameter commonWords: words that postings use in lower case, such as
  ///   *experience* or *travel*; a one-word company name among them is
  ///   refused ("Experience is a plus" names no company). A few such words
  ///   are known without it.
  public init(posting: String, commonWords: Set<String> = []) {
    self.init(text: PostingText(posting), commonWords: commonWords)
  }

  /// Reads the facts of a posting already split.
  init(text: PostingText, commonWords: Set<String>) {
    (self.role, self.titleLine) = RoleReader.findRole(lines: text.lines)
    let agency = AgencyReader.read(text)
    self.isAgencyPosting = agency.isAgency
    if agency.isAgency {
      // An agency's own name never stands for the employer: only the client's does.
      self.company = agency.client
    } else if let found = CompanyReader.find(text: text, role: role, commonWords: commonWords) {
      if AgencyReader.isAgencyName(found.name) {
        // "Horizon America Staffing is ...": the agency names itself, and no client.
        self.isAgencyPosting = true
      } else {
        self.company = found.name
        self.companyEvidence = found.evidence
      }
    }
    self.answered = AnsweredTopics.find(in: text)
  }
}
