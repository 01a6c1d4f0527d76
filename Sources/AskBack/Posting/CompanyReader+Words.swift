/// The words a company name is read by: the nouns of job titles and organisations, the ordinary
/// words that start sentences, the verbs after a name, legal suffixes and glued headings.
extension CompanyReader {
  /// Last words of job titles: "The Operations Manager is ..." names a role.
  static let jobNouns: Set<String> = [
    "manager", "specialist", "coordinator", "assistant", "director", "analyst", "engineer", "nurse",
    "technician", "associate", "representative", "officer", "ceo", "coo", "cfo", "cto", "lead",
    "supervisor", "administrator", "consultant", "professional", "accountant", "designer",
    "developer",
    "clerk", "advisor", "adviser", "agent", "executive", "intern", "candidate", "applicant", "role",
    "position", "team", "hire", "teacher", "therapist", "attorney", "paralegal", "recruiter",
    "planner",
  ]

  /// Words that start sentences of postings but never name a company.
  static let ordinaryWords: Set<String> = [
    "experience", "travel", "salary", "pay", "compensation", "benefits", "education", "training",
    "availability", "attention", "knowledge", "proficiency", "familiarity", "flexibility",
    "reliability",
    "communication", "teamwork", "overtime", "applicants", "candidates", "bachelor", "degree",
    "certification", "license", "licensure", "onboarding", "relocation", "sponsorship",
    "preference",
    "tuition", "location", "schedule", "this", "that", "it", "everyone", "nothing", "safety",
    "diversity", "accommodation", "employment", "eligibility", "attendance", "punctuality", "work",
    "therefore", "however", "additionally", "currently", "traveling", "travelling", "furthermore",
  ]

  /// Words that can follow "About" or precede "is a" without being a name.
  static let notNames: Set<String> = [
    "us", "we", "our", "you", "your", "the company", "company", "the role", "role", "the position",
    "position", "the job", "job", "the team", "team", "this role", "this position",
    "the opportunity",
    "overview", "summary", "description", "responsibilities", "requirements", "qualifications",
    "benefits", "who we are", "what we do", "the client", "our client", "client", "this", "it",
    "he", "she", "they", "there", "here", "job description", "position summary", "the organization",
    "the department", "the hiring company", "this opportunity", "the work", "this job",
    "the candidate",
    "the ideal candidate", "candidate", "the successful candidate", "applicant", "employer",
    "this is", "that", "what", "which", "who", "where", "why", "how", "all", "each", "every",
    "equal opportunity employer", "an equal opportunity employer", "the program", "the unit",
    "the firm", "firm", "our firm", "the practice", "the agency", "the school", "the hospital",
    "the district", "the city", "the county", "the state", "the business", "the store", "the group",
  ]

  /// Lower-case words allowed inside a name.
  static let nameConnectors: Set<String> = [
    "of", "and", "&", "the", "for", "de", "la", "du", "del", "y", "at", "on",
  ]

  /// The verbs after which the name before them is the subject, each starting with "is".
  ///
  /// "Based in Ohio, Acme Health is a ..." names Acme Health.
  static let subjectVerbs: [[String]] = [
    "is a", "is an", "is one of", "is seeking", "is hiring", "is looking",
  ].map { $0.split(separator: " ").map(String.init) }

  /// ``companyVerbs`` each with a space after it, as the start of a sentence's rest is
  /// compared with them.
  static let companyVerbsSpaced = companyVerbs.map { $0 + " " }

  /// How much of the rest of a sentence after a name is compared with ``companyVerbs`` and the
  /// other openings: more than the longest of them.
  static let restPrefixLength = 64

  /// Words after a name that show a sentence describes the company.
  static let companyVerbs: [String] = [
    "is a", "is an", "is the", "is one of", "is seeking", "is hiring", "is looking", "is currently",
    "is searching", "is recruiting", "seeks", "has an opening", "has openings", "was founded",
    "provides", "offers", "specializes", "delivers", "helps", "builds", "serves", "operates",
    "has been", "invites", "is proud", "is committed", "is dedicated", "is on a mission",
  ]

  /// Headings that job boards glue to the text that follows them.
  static let gluedHeadings = [
    "company description", "about our company", "about the company", "about us", "the company",
    "company overview", "organization overview", "the organization", "position summary",
    "position overview", "role description", "job description", "job purpose", "eeo statement",
    "who we are", "benefits", "overview", "summary", "description",
  ]

  /// The length of the longest of ``gluedHeadings``, in bytes.
  static let longestGluedHeading = gluedHeadings.map(\.utf8.count).max() ?? 0

  /// Last words of organisations' names.
  static let organizationNouns: Set<String> = [
    "group", "groups", "center", "centers", "centre", "centres", "health", "healthcare",
    "therapeutics",
    "solutions", "technologies", "technology", "bank", "company", "corporation", "partners",
    "associates",
    "systems", "services", "hospital", "hospitals", "clinic", "clinics", "university", "college",
    "institute", "foundation", "agency", "network", "holdings", "industries", "international",
    "laboratories", "labs", "pharmaceuticals", "consulting", "capital", "financial", "insurance",
  ]

  /// Legal suffixes that may follow a name after a comma.
  static let legalSuffixes: Set<String> = [
    "inc", "inc.", "llc", "llc.", "l.l.c.", "ltd", "ltd.", "corp", "corp.", "p.a.", "p.c.", "pc",
    "llp",
    "pllc", "co.", "lp", "p.s.",
  ]

  /// Last words that make a name a department of the employer named before them.
  static let departmentWords: Set<String> = [
    "engineering", "marketing", "sales", "finance", "operations", "technology", "design",
    "product", "research", "legal", "it", "hr",
  ]
}
