/// The words a duty is read by: the verbs that start none, the headings that open and close the
/// responsibilities part, the openers before a verb, and the words a duty may not hold or end on.
extension DutyReader {
  /// Verbs that start a line without stating a duty: invitations ("Join", "Apply", "Send"),
  /// offers ("Receive", "Enjoy", "Earn"), and words that are more often nouns or adjectives at
  /// the start of a line ("Key", "Pay", "Line", "Total", "Post").
  static let notDutyVerbs: Set<String> = [
    "key", "pay", "line", "total", "start", "open", "post", "leave", "join", "send", "check",
    "learn", "bring", "receive", "apply", "show", "take", "increase", "keep", "stay", "enjoy",
    "click", "visit", "contact", "call", "email", "come", "become", "make", "find", "get",
    "have", "see", "look", "explore", "discover", "imagine", "love", "want", "earn", "thrive",
    "do", "be", "need", "like", "offer", "benefit", "note", "include", "require", "prefer",
    "reach", "base", "balance", "rate", "range", "level", "experience", "value", "care",
  ]

  /// Words after "work" that make it a duty ("Work with vendors to ..."), not a noun
  /// ("Working knowledge of ...", "Work schedule").
  static let workPartners: Set<String> = [
    "with", "closely", "alongside", "across", "cross-functionally", "collaboratively",
  ]

  /// Words a duty may be cut before when it runs over ``maximumWords``.
  static let cutWords: Set<String> = [
    "to", "for", "with", "in", "during", "by", "and", "or", "and/or", "on", "at", "from",
    "that", "which", "via", "through", "across", "within", "into", "of", "under", "using",
  ]

  /// Words before which a long duty is cut first: "Deliver direct patient care for a team of
  /// six patients" becomes "delivering direct patient care".
  static let preferredCuts: Set<String> = [
    "for", "during", "in", "by", "to", "with", "on", "at", "from", "through", "via", "within",
    "across", "under", "using", "that", "which",
  ]

  /// Abbreviations whose full stop ends no sentence.
  static let abbreviations: Set<String> = [
    "e.g.", "i.e.", "etc.", "inc.", "vs.", "dr.", "st.", "jr.", "sr.", "co.", "no.", "approx.",
  ]

  /// Headings an export glues to the word before them ("ServicesEmployment Type").
  static let gluedHeadings: Set<String> = [
    "Employment", "Type", "Job", "Location", "Position", "Summary", "Qualifications",
    "Requirements", "Responsibilities", "Project", "Imagine", "Currently", "Details",
    "Benefits", "Salary", "Pay", "Experience", "Education", "Skills", "About", "Description",
    "Overview", "Duties", "Company", "Department", "Schedule", "Status", "Full", "Part",
    "Apply", "Who", "What", "Why", "How", "Our", "We", "You", "The", "This", "Role",
  ]

  /// English stop words, which carry no meaning of their own.
  static let stopWords = Set(StopWords.english)

  /// Pronouns a question cannot repeat: the duty would read as the posting's voice.
  static let pronouns: Set<String> = ["you", "yours", "we", "us", "i", "me", "my"]

  /// Heads of an object that name the people a "supporting" duty helps rather than the work:
  /// "supporting FOH service team", "supporting regional managers".
  static let supportedPeople: Set<String> = [
    "team", "teams", "staff", "manager", "managers", "leaders", "leadership", "colleagues",
    "members", "employees", "associates", "department", "departments", "executives",
  ]

  /// Headings of the responsibilities part, in lower case.
  static let headings: [String] = [
    "responsibilities", "key responsibilities", "main responsibilities", "primary responsibilities",
    "job responsibilities", "core responsibilities", "your responsibilities",
    "role responsibilities",
    "duties", "job duties", "essential duties", "essential functions", "essential job functions",
    "duties and responsibilities", "responsibilities and duties",
    "essential duties and responsibilities",
    "what you'll do", "what you will do", "what you’ll do", "what you will be doing",
    "what you'll be doing", "in this role you will", "in this role, you will", "you will",
    "the role", "your role", "your impact", "day to day", "day-to-day", "a day in the life",
    "key duties", "major duties", "principal duties", "job functions", "position responsibilities",
    "what we need you to do", "how you'll contribute", "what you’ll be doing",
  ]

  /// Headings that end the responsibilities part.
  static let endings: [String] = [
    "requirements", "qualifications", "minimum qualifications", "preferred qualifications",
    "required qualifications", "basic qualifications", "what you bring", "what you'll bring",
    "what you’ll bring", "who you are", "skills", "required skills", "education", "experience",
    "about you", "about us", "benefits", "what we offer", "perks", "compensation", "salary",
    "pay", "schedule", "job type", "physical requirements", "working conditions",
    "knowledge, skills and abilities", "knowledge skills and abilities", "competencies",
    "preferred", "nice to have", "bonus points", "must haves", "must have", "why join us",
    "equal opportunity", "eeo", "about the company", "our benefits", "location",
  ]

  /// ``endings`` with the space after them, for a heading that starts with one ("Requirements
  /// and skills").
  static let endingPrefixes = endings.map { $0 + " " }

  /// Words that open a line before its verb.
  static let openers: [[String]] = [
    ["you", "will", "be", "responsible", "for"], ["you", "will", "be"], ["you", "will"],
    ["you'll"], ["you’ll"], ["will", "be", "responsible", "for"], ["will"],
    ["responsible", "for"], ["be", "responsible", "for"], ["duties", "include"],
    ["we", "need", "you", "to"], ["able", "to"], ["help"], ["assist", "in"],
  ]

  /// The number of words of the longest opener.
  static let openerLength = openers.map(\.count).max() ?? 0

  /// Verbs of ``notDutyVerbs`` that are verbs all the same after another verb and "and":
  /// "prepare and make bank deposits", "receive and post payments".
  static let secondVerbs: Set<String> = [
    "pay", "start", "open", "post", "send", "check", "bring", "receive", "apply", "show",
    "take", "keep", "call", "email", "make", "find", "get", "reach", "contact", "visit", "note",
    "balance", "increase",
  ]

  /// Words that name only the job's own setting or work in general: a duty whose object holds
  /// nothing else ("representing the company", "leading teams", "completing tasks") says
  /// nothing a question can ask about.
  static let genericObjects: Set<String> = [
    "team", "teams", "company", "companies", "organization", "organisation", "business",
    "work", "tasks", "task", "duties", "duty", "activities", "priorities", "performance",
    "issues", "needs", "others", "people", "things", "projects", "plans", "operations",
    "functions", "function", "matters", "items", "areas", "summary", "reviews", "processes",
    "requests", "assignments", "leadership", "management", "employees", "members", "goals",
    "objectives", "results", "solutions", "support", "services", "department", "departments",
    "role", "position", "job", "office", "group", "groups", "day-to-day", "daily", "overall",
    "general", "day", "time",
  ]

  /// Words that start a noun group with its own determiner, so that it takes no "the".
  static let determiners: Set<String> = [
    "another", "several", "multiple", "various", "one", "two", "three", "many", "every",
    "each", "such", "no", "both", "either", "his", "her", "its", "their", "our", "your",
    "company's", "company’s", "team's", "team’s",
  ]

  /// Singular nouns of things a job looks after, which a sentence names with an article
  /// ("maintaining the general ledger", "managing the front desk", "administering the turf
  /// coordination system"); nouns of stuff and of activities ("payroll", "inventory",
  /// "analysis") are left out, since they read well bare.
  static let countNouns: Set<String> = [
    "drive", "system", "interface", "calendar", "inbox", "schedule", "database", "website",
    "site", "file", "ledger", "pipeline", "budget", "roadmap", "dashboard", "workflow",
    "platform", "network", "server", "portal", "warehouse", "store", "floor", "fleet",
    "kitchen", "desk", "phone", "mailbox", "queue", "backlog", "library", "catalog",
    "catalogue", "program", "programme", "bill", "shop", "lab", "laboratory", "facility",
    "building", "property", "station", "machine", "vehicle", "truck", "van", "register",
    "counter", "lobby", "checklist", "spreadsheet", "tracker", "log", "folder", "repository",
    "codebase", "app", "newsletter", "blog", "agenda", "drawer", "menu", "storefront",
    "showroom", "stockroom", "office", "department", "clinic", "unit", "classroom",
  ]

  /// Words a duty does not end on.
  static let weakEndings: Set<String> = [
    "a", "an", "the", "and", "or", "of", "to", "for", "with", "in", "on", "at", "by", "from",
    "as", "into", "all", "any", "various", "other", "our", "their", "your", "its", "new",
    "key", "multiple", "daily", "ongoing", "related", "including", "such", "both", "each",
    "&", "relevant", "those", "these", "necessary", "needed", "required", "appropriate", "etc",
  ]

  /// Last words a cut sentence leaves behind, dropped like ``weakEndings``.
  static let danglingEndings: Set<String> = [
    "given", "timely", "incomplete", "appropriately", "accordingly", "properly", "promptly",
    "effectively", "efficiently", "well", "etc", "ranging", "involving", "regarding",
  ]

  /// Adjectives of praise a duty's object loses: "comprehensive marketing plans" reads as
  /// "marketing plans".
  static let fillerAdjectives: Set<String> = [
    "comprehensive", "robust", "holistic", "seamless", "meaningful", "impactful",
    "successful", "thorough", "compelling",
  ]

  /// Words of soft skills and catch-alls: a duty holding one says nothing about the work.
  static let vagueWords: Set<String> = [
    "miscellaneous", "understanding", "judgment", "judgement", "example", "cross-functional",
    "cross-functionally", "skills", "effective", "world-class", "closely", "various",
    "opportunities", "attitude", "mindset", "passion", "excellence", "initiative",
    "leverage", "energy", "efforts", "flexibility", "outcomes", "range", "assigned", "open",
    "generation", "innovative", "expert", "expertise", "knowledge",
  ]

  /// Verbs of helping and relating rather than doing.
  ///
  /// "providing world class customer support", "assisting the pharmacist", "working with
  /// leadership", "ensuring associates provide ...": a duty that starts with one names no piece of work a question can ask about,
  /// unless ``isIndirect(_:before:)`` finds work after it ("assisting with tax filings").
  static let indirectVerbs: Set<String> = [
    "provide", "assist", "support", "help", "work", "interact", "engage", "partner",
    "collaborate", "communicate", "treat", "ensure", "participate", "contribute", "foster",
    "demonstrate", "act", "liaise", "cultivate", "meet", "own", "attend", "drive",
  ]

  /// ``indirectVerbs`` by their -ing form ("assisting" -> "assist").
  static let indirectGerunds: [String: String] = Dictionary(
    indirectVerbs.map { (gerund($0), $0) }, uniquingKeysWith: { first, _ in first })

  /// What a driver drives: "driving a delivery truck" is work, "driving sales" is not.
  static let vehicles: Set<String> = [
    "truck", "trucks", "vehicle", "vehicles", "van", "vans", "bus", "buses", "forklift",
    "forklifts", "car", "cars", "tractor", "trailer", "routes", "route",
  ]

  /// Words ending in "ly", longer than five letters, that are no adverbs or that belong to a
  /// duty's object (shorter ones never start a manner).
  static let notAdverbs: Set<String> = [
    "monthly", "weekly", "quarterly", "annually", "yearly", "hourly", "assembly", "supply",
    "family", "friendly", "timely", "anomaly",
  ]

  /// Nouns after "ensure" that name a standard of the work rather than a person's behaviour.
  static let qualityNouns: Set<String> = [
    "compliance", "accuracy", "quality", "safety", "adherence", "consistency", "completeness",
    "integrity", "timely", "proper", "accurate", "regulatory",
  ]

  /// Nouns of relationships and of praise: "building strong client relations", "providing
  /// excellent service" say how to work, not what the work is.
  static let relationshipWords: Set<String> = [
    "relations", "relationship", "relationships", "rapport", "partnerships", "strong",
    "excellent", "exceptional", "outstanding", "superior", "world", "positive", "friendly",
    "warm", "professional", "professionally", "relevant", "immediate",
  ]

  /// Words that start a trailing clause a duty stops before.
  static let clauseStarts: Set<String> = [
    "ensuring", "including", "while", "which", "that", "so", "whereby", "where", "when",
    "etc", "e.g", "i.e", "per", "according", "in order",
  ]

  /// Verbs that are seldom nouns, so that "and" before one starts another duty (many verbs of
  /// task statements are nouns too: "inventory", "schedule", "file").
  static let clearVerbs: Set<String> = [
    "prepare", "reconcile", "manage", "maintain", "develop", "create", "review", "coordinate",
    "lead", "assist", "ensure", "provide", "conduct", "perform", "monitor", "analyze",
    "analyse", "build", "design", "implement", "communicate", "collaborate", "train",
    "respond", "resolve", "investigate", "handle", "oversee", "identify", "evaluate", "assess",
    "organize", "organise", "write", "draft", "present", "negotiate", "sell", "drive",
    "deliver", "greet", "answer", "verify", "assemble", "operate", "install", "inspect",
    "repair", "clean", "serve", "administer", "educate", "mentor", "supervise",
    "recruit", "hire", "establish", "generate", "execute", "facilitate", "participate",
    "partner", "help", "work", "use", "utilize", "apply", "collect", "compile", "calculate",
    "enter", "process", "submit", "obtain", "determine", "recommend", "advise", "consult",
    "interact", "engage", "contribute", "pull", "follow", "test", "debug", "deploy",
    "address", "confer", "improve", "interpret", "liaise", "update", "explain", "prioritize",
    "escalate", "approve", "troubleshoot", "diagnose", "promote",
  ]
}
