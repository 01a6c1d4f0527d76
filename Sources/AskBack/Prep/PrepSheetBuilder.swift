/// Makes a ``PrepSheet`` from a posting with a ``Recommender``.
///
///     let builder = PrepSheetBuilder(recommender: recommender)
///     let sheet = try builder.build(
///       posting: text,
///       options: PrepOptions(interviewDate: try CalendarDate(parsing: "2026-12-03")))
///     print(PrepSheetFormatter.markdown(sheet))
///
/// The questions come from ``Recommender/recommend(_:options:)``: at the sheet's stage for the
/// questions section, at `closing` for the closing section (with the next steps and the
/// decision date first, and no question repeated from the section before), at `offer` for the
/// pay and terms. Everything else the sheet takes from the posting (the role, the company, the
/// occupation, the facts it states, its highlights) is gathered in one place,
/// ``PrepInputs/read(posting:recommender:options:)``, so that a better reader can be plugged
/// in there alone.
///
/// The same posting and options always give the same sheet.
public struct PrepSheetBuilder: Sendable {
  public let recommender: Recommender

  public init(recommender: Recommender) {
    self.recommender = recommender
  }

  /// The sheet for `posting`.
  ///
  /// - Throws: ``PrepError/emptyPosting``, ``PrepError/decisionBeforeInterview(interview:decision:)``,
  ///   ``PrepError/tooManyInterviewers(_:)``.
  /// - Complexity: a few recommendations: O(*n* + *q*) for a posting of length *n* and *q*
  ///   corpus questions.
  public func build(
    posting: String, options: PrepOptions = PrepOptions()
  ) throws(PrepError)
    -> PrepSheet
  {
    guard !Recommender.isBlank(posting: posting) else { throw .emptyPosting }
    let interviewers = options.interviewers.map { $0.trimmedWhitespace() }.filter { !$0.isEmpty }
    guard interviewers.count <= PrepOptions.maximumInterviewers else {
      throw .tooManyInterviewers(interviewers.count)
    }
    let stage = options.stage
    let inputs = PrepInputs.read(posting: posting, recommender: recommender, options: options)
    let context = LetterContext(
      role: inputs.role, company: inputs.company, highlights: inputs.highlights)
    if let interview = options.interviewDate, let decision = options.decisionDate,
      decision < interview
    {
      throw .decisionBeforeInterview(interview: interview, decision: decision)
    }
    let plan: FollowUpPlan? =
      Self.hasFollowUp(stage)
      ? try FollowUpPlan(
        interviewDate: options.interviewDate, decisionDate: options.decisionDate, stage: stage,
        contact: interviewers.first, context: context)
      : nil

    var sheet = PrepSheet(
      stage: stage, postingFingerprint: Self.fingerprint(posting),
      title: Self.title(inputs, stage: stage), interviewDate: options.interviewDate,
      decisionDate: options.decisionDate, interviewers: interviewers,
      job: PrepSheet.Job(
        role: inputs.role, company: inputs.company, occupation: inputs.occupation,
        facts: inputs.facts))
    var numbering = Numbering()
    let limit = max(1, options.limit)

    if Self.hasQuestions(stage) {
      let result = recommender.recommend(
        posting, options: RecommendationOptions(limit: limit, stage: stage))
      sheet.notes = result.notes
      sheet.questions = RecommendationFormatter.groups(result.questions).map { category, items in
        PrepSheet.Group(heading: category.heading, items: items.map { numbering.item($0) })
      }
    }
    if Self.isInterview(stage) {
      let listed = Set((sheet.questions ?? []).flatMap(\.items).map(\.id))
      let count = stage == .closing ? limit : PrepOptions.closingQuestions
      let closing = closingQuestions(posting, count: count, excluding: listed)
      sheet.closing = closing.groups.map { group in
        PrepSheet.Group(heading: group.heading, items: group.items.map { numbering.item($0) })
      }
      if stage == .closing { sheet.notes = closing.notes }
      sheet.selfAssessment = Letters.selfAssessment
      let addressees: [String?] = interviewers.isEmpty ? [nil] : interviewers
      sheet.thankYouNotes = addressees.enumerated().map { index, name in
        PrepSheet.Note(
          to: name, draft: Letters.thankYou(to: name, context: context, variant: index))
      }
    }
    sheet.followUp = plan
    if stage == .offer {
      let result = recommender.recommend(
        posting, options: RecommendationOptions(limit: limit, stage: .offer))
      sheet.notes = result.notes
      sheet.offer = RecommendationFormatter.groups(result.questions).map { category, items in
        PrepSheet.Group(heading: category.heading, items: items.map { numbering.item($0) })
      }
    }
    return sheet
  }

  // MARK: Sections by stage

  /// The interview stages: a conversation to prepare, close and follow up.
  static func isInterview(_ stage: Stage) -> Bool {
    [.screen, .firstRound, .finalRound, .closing].contains(stage)
  }

  /// Whether the stage's own questions get the questions section (closing and offer have
  /// sections of their own).
  static func hasQuestions(_ stage: Stage) -> Bool {
    stage != .closing && stage != .offer
  }

  /// Whether the sheet has a follow-up plan: every stage but the offer.
  static func hasFollowUp(_ stage: Stage) -> Bool { stage != .offer }

  /// ``checksum64(_:)`` of the posting's UTF-8 bytes.
  static func fingerprint(_ posting: String) -> UInt64 {
    var text = posting
    return text.withUTF8 { checksum64($0) }
  }

  /// "Prep sheet for ROLE at COMPANY (STAGE)".
  static func title(_ inputs: PrepInputs, stage: Stage) -> String {
    var line = "Prep sheet"
    switch (inputs.role, inputs.company) {
    case (let role?, let company?): line += " for \(role) at \(company)"
    case (let role?, nil): line += " for \(role)"
    case (nil, let company?): line += " at \(company)"
    case (nil, nil): break
    }
    return line + " (\(stage.rawValue))"
  }

  // MARK: Closing

  /// A question before it is numbered.
  struct Pick {
    var id: String
    var text: String
    var category: Category
  }

  /// Asked when the corpus offers no next-steps question for the posting.
  static let fallbackNextSteps = Pick(
    id: "prep-next-steps",
    text: "What happens after today, and who will be in touch with me about the next step?",
    category: .timeline)
  /// Asked when the corpus offers no decision-date question for the posting.
  static let fallbackDecision = Pick(
    id: "prep-decision-date",
    text: "When do you expect to make your decision, and may I check in if I have not heard by "
      + "then?",
    category: .timeline)

  /// Whether `text` asks when the decision will be made: it asks "when" and names the
  /// decision ("when do you expect to make a decision", "when do you hope to decide"), so that
  /// "in case you decide to move forward" does not count.
  static func asksDecision(_ text: String) -> Bool {
    let words = Words.lowercased(text)
    return words.contains("when") && words.contains { $0 == "decision" || $0 == "decide" }
  }

  /// `count` closing questions not in `excluded`: a next-steps question, then the
  /// decision-date question, then the other next-steps questions, then the rest grouped by
  /// category.
  func closingQuestions(
    _ posting: String, count: Int, excluding excluded: Set<String>
  ) -> (groups: [(heading: String, items: [Pick])], notes: [String]) {
    let pick = { (item: RecommendedQuestion) in
      Pick(id: item.question.id, text: item.text, category: item.question.category)
    }
    let asked = recommender.recommend(
      posting,
      options: RecommendationOptions(
        limit: min(AskLimits.widest, count + excluded.count), stage: .closing))
    let fresh = asked.questions.filter { !excluded.contains($0.question.id) }.prefix(count)
    // The widest closing list, for a next-steps or decision question the short one lacks.
    let wide = Lazy {
      recommender.recommend(
        posting, options: RecommendationOptions(limit: AskLimits.widest, stage: .closing)
      ).questions.filter { !excluded.contains($0.question.id) }
    }

    var nextSteps = fresh.filter { $0.question.category == .timeline }.map(pick)
    var others = fresh.filter { $0.question.category != .timeline }
    if nextSteps.isEmpty {
      nextSteps = [
        wide.value.first { $0.question.category == .timeline }.map(pick) ?? Self.fallbackNextSteps
      ]
    }
    // The decision-date question: from the list, else the widest list, else the fallback.
    let decision: Pick
    if let index = nextSteps.firstIndex(where: { Self.asksDecision($0.text) }) {
      decision = nextSteps.remove(at: index)
    } else if let index = others.firstIndex(where: { Self.asksDecision($0.text) }) {
      decision = pick(others.remove(at: index))
    } else {
      let taken = Set(nextSteps.map(\.id))
      decision =
        wide.value.first { !taken.contains($0.question.id) && Self.asksDecision($0.text) }.map(
          pick) ?? Self.fallbackDecision
    }
    if nextSteps.isEmpty {
      nextSteps = [
        wide.value.first {
          $0.question.category == .timeline && $0.question.id != decision.id
            && !Self.asksDecision($0.text)
        }.map(pick) ?? Self.fallbackNextSteps
      ]
    }
    var first = [nextSteps[0], decision] + nextSteps.dropFirst()
    if first.count > count { first = Array(first.prefix(max(2, count))) }
    let room = max(0, count - first.count)
    others = Array(others.prefix(room))
    let rest = RecommendationFormatter.groups(others).map { category, items in
      (heading: category.heading, items: items.map(pick))
    }
    return ([(heading: PrepSheet.Heading.nextSteps, items: first)] + rest, asked.notes)
  }
}

/// Bounds on the lists the builder asks for.
enum AskLimits {
  /// The longest list asked of the recommender.
  static let widest = 100
}

/// Numbers the sheet's questions in reading order.
struct Numbering {
  private var next = 1

  mutating func item(_ question: RecommendedQuestion) -> PrepSheet.Item {
    item(
      PrepSheetBuilder.Pick(
        id: question.question.id, text: question.text, category: question.question.category))
  }

  mutating func item(_ pick: PrepSheetBuilder.Pick) -> PrepSheet.Item {
    defer { next += 1 }
    return PrepSheet.Item(number: next, id: pick.id, text: pick.text, category: pick.category)
  }
}

/// A value computed on first use.
final class Lazy<Value> {
  private let make: () -> Value
  private var made: Value?

  init(_ make: @escaping () -> Value) { self.make = make }

  var value: Value {
    if let made { return made }
    let value = make()
    made = value
    return value
  }
}

/// What a prep sheet reads from the posting besides its questions.
///
/// This is the one place these inputs are gathered: the role, company and stated facts from
/// ``PostingFacts``; the occupation from the options, else the likeliest one recognised; the
/// highlights from the options, else the posting's first duty and first tool (or two duties,
/// or two tools).
struct PrepInputs {
  var role: String?
  var company: String?
  var occupation: String?
  /// In ``Topic`` declaration order.
  var facts: [PrepSheet.Fact]
  var highlights: [String]

  /// The inputs for `posting`.
  ///
  /// - Complexity: O(*n*) in the length of the posting.
  static func read(posting: String, recommender: Recommender, options: PrepOptions) -> PrepInputs {
    let (facts, occupations) = recommender.facts(of: posting)
    let given = options.occupation?.trimmedWhitespace()
    let occupation = given?.isEmpty == false ? given : occupations.first?.title
    var highlights = options.highlights.map { $0.trimmedWhitespace() }.filter { !$0.isEmpty }
    if highlights.isEmpty {
      // A duty and a tool read best in a letter ("delivering direct patient care and Epic");
      // a duty that lists several things with commas reads worst.
      let duties = facts.duties.map(\.value).filter { !$0.contains(",") }
      let tools = facts.tools.map(\.value)
      let first = [duties.first, tools.first].compactMap { $0 }
      highlights = Array((first + duties.dropFirst() + tools.dropFirst()).prefix(2))
    }
    return PrepInputs(
      role: facts.role, company: facts.company, occupation: occupation,
      facts: Topic.allCases.compactMap { topic in
        facts.answered[topic].map {
          PrepSheet.Fact(topic: topic, evidence: sentence(around: $0, in: posting))
        }
      },
      highlights: highlights)
  }
}

extension PrepInputs {
  /// The longest sentence, in words, that ``sentence(around:in:)`` gives.
  static let longestSentence = 60

  /// The whole sentence of `posting` that holds `evidence` (a run of the posting's words, as
  /// ``PostingFacts/answered`` quotes them), so the sheet shows what the posting says in its
  /// own words: "Reports to the Nurse Manager of 4 West." rather than "Reports to the Nurse
  /// Manager of".
  ///
  /// A sentence ends at `.`, `!` or `?` ending a word, or at a line break; a leading bullet is
  /// dropped. When the evidence is not found, or its sentence is longer than
  /// ``longestSentence`` words, the evidence is returned as it is.
  ///
  /// - Complexity: O(*n* *e*) for *n* words in the posting and *e* in the evidence.
  static func sentence(around evidence: String, in posting: String) -> String {
    let wanted = evidence.split(separator: " ")
    guard !wanted.isEmpty else { return evidence }
    let words = posting.split(whereSeparator: \.isWhitespace)
    guard words.count >= wanted.count else { return evidence }
    // Whether a sentence ends after word `i`.
    func ends(_ i: Int) -> Bool {
      if let last = words[i].last, ".!?".contains(last) { return true }
      guard i + 1 < words.count else { return true }
      return posting[words[i].endIndex..<words[i + 1].startIndex].contains(where: \.isNewline)
    }
    func matches(at start: Int) -> Bool {
      if wanted.count == 1 { return words[start].contains(wanted[0]) }
      for (offset, word) in wanted.enumerated() {
        let candidate = words[start + offset]
        let fits =
          offset == 0
          ? candidate.hasSuffix(word)
          : offset == wanted.count - 1 ? candidate.hasPrefix(word) : candidate == word
        if !fits { return false }
      }
      return true
    }
    guard let found = (0...(words.count - wanted.count)).first(where: matches) else {
      return evidence
    }
    var start = found
    while start > 0 && !ends(start - 1) { start -= 1 }
    var end = found + wanted.count - 1
    while end < words.count - 1 && !ends(end) { end += 1 }
    if ["-", "*", "•", "–"].contains(words[start]) && start < end { start += 1 }
    guard end - start + 1 <= longestSentence else { return evidence }
    return words[start...end].joined(separator: " ")
  }
}
