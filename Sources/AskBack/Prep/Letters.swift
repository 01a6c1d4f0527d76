/// A message ready to paste into an email: its subject and its body.
public struct Draft: Sendable, Equatable {
  public var subject: String
  /// The body, paragraphs separated by blank lines, ending with the signature.
  public var body: String
}

/// What the letters of a prep sheet are about: the role, the company, whom they go to and the
/// posting's highlights.
///
/// Every letter is polite and short, names the role and the company when they are known, and
/// reads well without them: "the role", "your team".
public struct LetterContext: Sendable, Equatable {
  /// The role title, or `nil`.
  public var role: String?
  /// The company name, or `nil`.
  public var company: String?
  /// Short phrases from the posting, such as its duties or tools; the letters use the first
  /// one or two.
  public var highlights: [String]

  public init(role: String? = nil, company: String? = nil, highlights: [String] = []) {
    self.role = role
    self.company = company
    self.highlights = highlights
  }

  /// "the Registered Nurse role at Lakeshore Community Hospital", or as much of it as is known.
  var position: String {
    var text = role.map { "the \($0) role" } ?? "the role"
    if let company { text += " at \(company)" }
    return text
  }

  /// "the Registered Nurse role", or "the role".
  var roleAlone: String { role.map { "the \($0) role" } ?? "the role" }

  /// The role title alone for a subject line, or "the role".
  var shortPosition: String { role ?? "the role" }

  /// The company, or "your team".
  var organisation: String { company ?? "your team" }

  /// `a`, or `a and b`, from the first two highlights after rotating them by `offset`.
  func highlightPhrase(offset: Int = 0) -> String? {
    let phrases = highlights.map { $0.trimmedWhitespace() }.filter { !$0.isEmpty }
    guard !phrases.isEmpty else { return nil }
    let start = offset % phrases.count
    let rotated = Array(phrases[start...] + phrases[..<start])
    return rotated.count == 1 ? rotated[0] : rotated[0] + " and " + rotated[1]
  }

  /// "Dear NAME," or "Dear hiring team,".
  static func greeting(_ name: String?) -> String {
    "Dear \(name ?? "hiring team"),"
  }

  static let signature = "Best regards,\n[Your name]"

  /// Paragraphs joined by blank lines.
  static func letter(_ paragraphs: [String]) -> String {
    paragraphs.joined(separator: "\n\n")
  }
}

/// The texts of the sheet's letters and checklist, written for AskBack from the advice it is
/// built on.
enum Letters {
  /// The thank-you note to `name` (or to the hiring team), sent the same day.
  ///
  /// It thanks them, recalls one or two things from the posting, recaps what the candidate
  /// offers for the team's needs and invites any remaining objection.
  static func thankYou(to name: String?, context: LetterContext, variant: Int = 0) -> Draft {
    let conversation =
      context.highlightPhrase(offset: variant).map { "Our conversation about \($0)" }
      ?? "Our conversation"
    return Draft(
      subject: "Thank you for today's conversation",
      body: LetterContext.letter([
        LetterContext.greeting(name),
        "Thank you for speaking with me today about \(context.position). \(conversation) made "
          + "me even more interested in the role.",
        "From what you described, I am confident I can help with what matters most to the team "
          + "right now, and I would be glad to bring that experience to "
          + (context.company ?? "the team") + ". If anything we discussed left a question about "
          + "my experience, I would be happy to answer it or to send an example of my work.",
        "Thank you again for your time. I look forward to hearing about the next steps.",
        LetterContext.signature,
      ]))
  }

  /// Check-in `number` (1, 2 or 3) to `name`.
  ///
  /// The first asks politely for news, the second offers a relevant sample or references, the
  /// third offers to answer any open concern and says it is the last.
  static func checkIn(
    _ number: Int, to name: String?, decisionDate: CalendarDate?, context: LetterContext
  ) -> Draft {
    let greeting = LetterContext.greeting(name)
    switch number {
    case 1:
      let opening =
        decisionDate.map {
          "I hope your week is going well. You mentioned a decision around "
            + "\($0.spokenDescription), so I am writing to check in on \(context.position)."
        } ?? "I hope your week is going well. I am writing to check in on \(context.position)."
      return Draft(
        subject: "Checking in: \(context.shortPosition)",
        body: LetterContext.letter([
          greeting,
          opening + " I remain very interested, and I would be glad to send anything that "
            + "would help with your decision.",
          "Thank you again for your time.",
          LetterContext.signature,
        ]))
    case 2:
      let sample =
        context.highlightPhrase().map { "a short example of my work related to \($0)" }
        ?? "a short example of my work that fits the role"
      return Draft(
        subject: "Following up: \(context.shortPosition)",
        body: LetterContext.letter([
          greeting,
          "I wanted to follow up on \(context.position). In case it is useful, I would be glad "
            + "to share \(sample), or the names of references who can speak to it.",
          "I am still very interested and happy to answer any questions.",
          LetterContext.signature,
        ]))
    default:
      return Draft(
        subject: "A last follow-up: \(context.shortPosition)",
        body: LetterContext.letter([
          greeting,
          "I am writing once more about \(context.position). If any concern about my "
            + "background is still open, I would welcome the chance to answer it, in a short "
            + "call or by email.",
          "I understand that these decisions take time, and I will not write again unless I "
            + "hear from you. Thank you for considering me.",
          LetterContext.signature,
        ]))
    }
  }

  /// The message to send within a day of a rejection: thanks, and a request for advice on how
  /// to improve, never for the reasons.
  static func feedbackRequest(to name: String?, context: LetterContext) -> Draft {
    Draft(
      subject: "Thank you, and a request for advice",
      body: LetterContext.letter([
        LetterContext.greeting(name),
        "Thank you for letting me know your decision about \(context.roleAlone), and for the "
          + "time you and \(context.company.map { "the team at \($0)" } ?? "the team") gave me.",
        "If you have a few minutes, I would be grateful for any advice on how I could improve, "
          + "in how I interview or in the experience I could build, so that I can be a stronger "
          + "candidate next time.",
        "Whatever you are able to share, thank you. I hope our paths cross again.",
        LetterContext.signature,
      ]))
  }

  /// The checklist to fill in right after the interview.
  static let selfAssessment = [
    "How did it go? Note what went well, and what you would answer differently next time.",
    "Who makes the decision, and who else has a say in it?",
    "Which problems does the interviewer need solved? Write down the ones they named, in their "
      + "words.",
    "What do you offer that the other candidates are unlikely to? Tie it to one of those "
      + "problems.",
    "Which concern or objection did they raise? Decide how your thank-you note will answer it.",
    "What did they say about the next steps and the decision date? Put both in your calendar.",
    "Whom did you meet? Write down each name and title, spelled correctly, for the thank-you "
      + "notes.",
    "What do you still want to learn before the next conversation?",
  ]
}

extension String {
  /// The string without leading and trailing whitespace and newlines.
  func trimmedWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
