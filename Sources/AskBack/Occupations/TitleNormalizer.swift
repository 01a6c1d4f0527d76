/// Turns a job title as job boards write it into the words that name the occupation.
///
/// Titles are messy: "Sr. Accts Payable Spec II - Hybrid", "Mover/Junk Hauler/Crew Member",
/// "Blender Animator (Contract)", "(US) Sr. Solutions Analyst, Clinical". The normaliser
///
/// 1. drops a short leading code in parentheses ("(US)"), then cuts the title at the first
///    separator after which job boards append notes: " - ", " | ", " (", ": ", ", ", " @ ",
///    " #" (the words before it name the job; "Mover/Junk Hauler" keeps its slashes);
/// 2. expands abbreviations ("Accts" -> accounts, "Spec" -> specialist, "Mgr" -> manager,
///    "RN" -> registered nurse, "VP" -> vice president) and splits the words job boards write
///    in one ("Frontend" and "Front-End" -> front end);
/// 3. drops levels and job-board notes ("Senior", "II", "Remote", "Contract", "Full-time",
///    "Intern"); "Lead" stays, as it names work such as a lead cook;
/// 4. reads "Head of X" as an X director, and gives nothing for a title that is one generic
///    word ("Owner", "Manager"), which names no occupation (the body decides then).
///
/// O*NET's own titles go through the same steps, so "Senior Accountant" and "Accountant" meet.
enum TitleNormalizer {
  /// Abbreviations and their expansions, lower-case.
  static let abbreviations: [String: String] = [
    "sr": "senior", "jr": "junior", "accts": "accounts", "acct": "account", "spec": "specialist",
    "specs": "specialists", "mgr": "manager", "mngr": "manager", "asst": "assistant",
    "assoc": "associate", "admin": "administrative", "coord": "coordinator",
    "rep": "representative", "reps": "representatives", "tech": "technician",
    "techs": "technicians", "eng": "engineer", "engr": "engineer", "dev": "developer",
    "devs": "developers", "ops": "operations", "hr": "human resources", "qa": "quality assurance",
    "qc": "quality control", "ap": "accounts payable", "ar": "accounts receivable",
    "rn": "registered nurse", "lpn": "licensed practical nurse", "lvn": "licensed vocational nurse",
    "cna": "certified nursing assistant", "np": "nurse practitioner",
    "crna": "nurse anesthetist", "swe": "software engineer", "sde": "software development engineer",
    "pm": "project manager", "vp": "vice president", "svp": "senior vice president",
    "evp": "executive vice president", "avp": "assistant vice president", "exec": "executive",
    "dir": "director", "svc": "service", "svcs": "services", "cust": "customer",
    "csr": "customer service representative", "mktg": "marketing", "it": "information technology",
    "sw": "software", "hw": "hardware", "mgmt": "management", "emt": "emergency medical technician",
    "bdr": "business development representative", "sdr": "sales development representative",
    "cpa": "certified public accountant", "coo": "chief operating officer",
    "ceo": "chief executive officer", "cfo": "chief financial officer",
    "cto": "chief technology officer", "cmo": "chief marketing officer",
    "cio": "chief information officer", "ux": "user experience", "ui": "user interface",
    "dba": "database administrator", "sysadmin": "systems administrator",
    "cdl": "commercial driver", "ma": "medical assistant", "pt": "physical therapist",
    "pta": "physical therapist assistant", "ot": "occupational therapist",
    "cota": "occupational therapy assistant", "slp": "speech language pathologist",
    "rt": "respiratory therapist", "pa": "physician assistant", "fnp": "family nurse practitioner",
    "hvac": "heating air conditioning", "cnc": "computer numerical control",
    "ehs": "environmental health safety", "fp&a": "financial planning analysis",
    "frontend": "front end", "front-end": "front end", "backend": "back end",
    "back-end": "back end", "fullstack": "full stack", "full-stack": "full stack",
  ]

  /// Levels and job-board notes that do not name the occupation.
  static let dropped: Set<String> = [
    "senior", "junior", "i", "ii", "iii", "iv", "v", "vi", "1", "2", "3", "4", "5", "entry",
    "level", "intern", "internship", "trainee", "remote", "hybrid", "onsite", "on-site",
    "contract", "temporary", "temp", "full-time", "part-time", "fulltime", "parttime", "full",
    "part", "time", "urgent", "urgently", "hiring", "immediate", "immediately", "w2", "1099",
    "per", "diem", "prn", "bilingual", "needed", "wanted", "new", "grad", "opportunity", "job",
    "position", "role", "unpaid", "paid", "seasonal", "experienced", "sign-on", "bonus",
  ]

  /// Separators after which job boards append locations, schedules, pay or codes.
  static let cuts = [" - ", " – ", " — ", " | ", " (", "(", ": ", ", ", " @ ", " #"]

  /// The title's words that name the occupation, lower-case, space-separated.
  static func normalize(_ title: String) -> String {
    var text = RoleReader.withoutLeadingCode(title.trimmingWhitespace)
    for cut in cuts {
      if let range = LowercasedText.firstRange(of: cut, in: text),
        text.distance(from: text.startIndex, to: range.lowerBound) >= 2
      {
        text = String(text[..<range.lowerBound])
      }
    }
    var words: [String] = []
    for raw in text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," }) {
      let word = raw.lowercased().trimming(".,;:!?*\"'()[]")
      guard !word.isEmpty else { continue }
      if let expansion = abbreviations[word] {
        words += expansion.split(separator: " ").map(String.init)
      } else if !dropped.contains(word) {
        words.append(word)
      }
    }
    words = words.filter { !dropped.contains($0) }
    // "Head of Sales" is a sales director.
    if words.count > 2, words[0] == "head", words[1] == "of" {
      words = Array(words.dropFirst(2)) + ["director"]
    }
    // A lone generic word ("Owner", "Manager") names no occupation.
    if words.count == 1, generic.contains(words[0]) { return "" }
    return words.joined(separator: " ")
  }

  /// Whether `title` has a word of management.
  ///
  /// "Manager", "Director", "Head of", "VP", "Owner", "Superintendent", "Principal" do; a title
  /// without one ("Marketing Coordinator") is seldom for a management occupation, even where
  /// O*NET lists it under one.
  static func namesManagement(_ title: String) -> Bool {
    for raw in title.split(whereSeparator: { !($0.isLetter || $0 == "&") }) {
      let word = raw.lowercased()
      let words = abbreviations[word].map { $0.split(separator: " ").map(String.init) } ?? [word]
      if words.contains(where: managementWords.contains) { return true }
    }
    return false
  }

  /// Whether `title` names a senior manager: "Director", "Head of", "Vice President" (or
  /// "VP"), "Chief", "President".
  ///
  /// Such a title is seldom for an occupation outside management, while "Manager" alone names
  /// many that are ("Social Media Manager", "Program Manager").
  static func namesSeniorManagement(_ title: String) -> Bool {
    var previous = ""
    for raw in title.split(whereSeparator: { !($0.isLetter || $0 == "&") }) {
      let word = raw.lowercased()
      let words = abbreviations[word].map { $0.split(separator: " ").map(String.init) } ?? [word]
      if words.contains(where: seniorManagementWords.contains) { return true }
      if previous == "head" && word == "of" { return true }
      previous = word
    }
    return false
  }

  /// The words of senior management titles, lower-case (``namesSeniorManagement(_:)``).
  static let seniorManagementWords: Set<String> = [
    "director", "directors", "chief", "vice", "president",
  ]

  /// The words of management titles, lower-case.
  static let managementWords: Set<String> = [
    "manager", "managers", "management", "managing", "director", "directors", "head", "chief",
    "vice", "president", "executive", "owner", "superintendent", "administrator", "principal",
    "dean", "controller", "comptroller", "treasurer", "founder", "board", "gm", "leader",
    "officer", "commissioner", "chair", "provost", "postmaster", "chancellor",
  ]

  /// Words that name no occupation on their own.
  static let generic: Set<String> = [
    "owner", "manager", "director", "associate", "specialist", "consultant", "coordinator",
    "analyst", "lead", "partner", "member", "president", "executive", "officer",
    "administrator", "representative", "agent", "supervisor", "assistant", "advisor", "adviser",
    "generalist", "professional", "staff", "employee", "worker", "helper", "volunteer",
  ]
}
