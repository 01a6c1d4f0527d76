/// Reads whether a staffing or recruiting agency wrote a posting for a client, and the client's
/// name when the posting gives it.
///
/// An agency posting says so in one of two ways:
///
/// - one phrase that only agencies write: "our client is", "on behalf of our client", "we are
///   partnering with", "to join their team", "is assisting a ... in their search", "this ...
///   job is hosted by", "contract to hire", "client interview", or a staffing, recruiting or
///   search firm named as such; a name of the agency's own kind ("Horizon America Staffing",
///   "Oggi Talent") found as the company says it too;
/// - or two of the marks of a contract listing: "Duration:", "Work Auth", "W2", "C2C",
///   "H1 transfer", "Thanks & Regards", "share your updated resume", "Position Type:" (not
///   the visas a direct employer lists when it explains whom it can sponsor).
///
/// ("Our client portfolio" and "our client's programs" are a service company's own words, so
/// "our client" alone is no sign; "join our client's team" is an agency's.) The client is the
/// name right after "our client" ("Our client, Acme Health, is ...") or "partnering with" ("We
/// are partnering with Acme Health to ..."), when it reads as a name.
enum AgencyReader {
  /// Phrases that show an agency wrote the posting, lower case.
  static let phrases = [
    "our client is", "our client,", "our client has", "our client seeks", "our client needs",
    "our client in", "our client located", "our client based", "a client of ours",
    "on behalf of our client", "on behalf of a client", "we are partnering with",
    "we're partnering with", "is partnering with a", "is partnering with an", "staffing agency",
    "staffing firm", "staffing company", "staffing and recruiting", "staffing and recruitment",
    "staffing solutions", "staffing services", "talent solutions firm", "recruiting firm",
    "recruitment agency", "recruiting agency", "recruiting company", "recruitment firm",
    "executive search", "search firm", "placement agency", "talent acquisition partner for",
    "our customer is seeking", "for a client", "a client in the", "client of ours",
    "to join their team", "in their search for", "job is hosted by", "contract to hire",
    "contract-to-hire", "temp to hire", "temp-to-hire", "client interview", "freelance employee",
    "extension or conversion", "likely extensions", "possible extension", "engagement length",
    "project duration", "join our client's", "join our client’s", "to our client's team",
    "to our client’s team",
  ]

  /// Marks of a contract listing, lower case: two of them show an agency.
  static let contractMarks = [
    "duration:", "work auth", "w2", "c2c", "corp to corp", "h1 transfer", "h1-transfer",
    "gc holder", "thanks & regards", "thanks and regards",
    "share your updated resume", "share your resume", "position type:", "interview mode",
    "months contract", "month contract", "contract duration", "contract role", "contract position",
    "long term contract", "long-term contract",
  ]

  /// Last words of an agency's own name.
  static let agencyNameWords: Set<String> = [
    "staffing", "recruiting", "recruitment", "personnel", "talent", "search", "workforce",
    "recruiters", "placements",
  ]

  /// Whether `name` is of an agency's own kind: "Horizon America Staffing", "Oggi Talent".
  static func isAgencyName(_ name: String) -> Bool {
    name.split(separator: " ").contains { agencyNameWords.contains($0.lowercased()) }
  }

  /// Whether the posting hires for another employer it describes.
  ///
  /// "... is looking to hire an engineer for a commercial space company located in Webster, TX".
  static func hiresForAnother(_ lower: LowercasedText) -> Bool {
    let places = ["company located in", "company based in", "firm located in", "firm based in"]
    return [" for a ", " for an "].contains { lower.holds(anyOf: places, within: 80, after: $0) }
  }

  /// Whether an agency wrote `text`, and the client's name when given.
  static func read(_ text: PostingText) -> (isAgency: Bool, client: String?) {
    let lower = text.lowered
    let marks = contractMarks.filter(lower.contains).count
    guard
      marks >= 2 || phrases.contains(where: lower.contains) || hiresForAnother(lower)
    else {
      return (false, nil)
    }
    // The leads the posting holds in any case: a line can hold only those.
    let leads = ["our client,", "our client", "partnering with", "on behalf of"].filter(
      lower.containsAnywhere)
    guard !leads.isEmpty else { return (true, nil) }
    for line in text.lines.prefix(80) {
      for lead in leads {
        for range in LowercasedText.rangesIgnoringCase(of: lead, in: line) {
          let rest = String(line[range.upperBound...]).trimming(" ,")
          guard let name = CompanyReader.leadingName(rest).flatMap(CompanyReader.cleanName),
            name.first?.isUppercase == true, !CompanyReader.isImplausible(name)
          else { continue }
          return (true, name)
        }
      }
    }
    return (true, nil)
  }
}
