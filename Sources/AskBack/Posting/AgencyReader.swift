/// Reads whether a staffing or recruiting agency wrote a posting for a client, and the client's
/// name when the posting gives it.
///
/// An agency posting says so: "our client", "on behalf of our client", "a client of ours", "we
/// are partnering with", or calls its writer a staffing, recruiting or search firm. The client
/// is the name right after "our client" ("Our client, Acme Health, is ...") or "partnering
/// with" ("We are partnering with Acme Health to ..."), when it reads as a name.
enum AgencyReader {
  /// Phrases that show an agency wrote the posting, lower case.
  static let phrases = [
    "our client", "a client of ours", "on behalf of our client", "on behalf of a client",
    "we are partnering with", "we're partnering with", "staffing agency", "staffing firm",
    "staffing company", "recruiting firm", "recruitment agency", "recruiting agency",
    "recruitment firm", "executive search", "search firm", "placement agency",
    "talent acquisition partner for", "our customer is seeking", "for a client",
    "a client in the", "our client is", "client of ours",
  ]

  /// Whether an agency wrote `text`, and the client's name when given.
  static func read(_ text: PostingText) -> (isAgency: Bool, client: String?) {
    let lower = text.text.lowercased()
    guard phrases.contains(where: { EmployerKindReader.contains(lower, $0) }) else {
      return (false, nil)
    }
    for line in text.lines.prefix(80) {
      for lead in ["our client,", "our client", "partnering with", "on behalf of"] {
        var search = line.startIndex..<line.endIndex
        while let range = line.range(of: lead, options: .caseInsensitive, range: search) {
          search = range.upperBound..<line.endIndex
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
