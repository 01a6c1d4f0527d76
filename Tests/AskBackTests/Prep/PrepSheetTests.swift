import Testing

@testable import AskBack

/// The shipped recommender, built once for the prep tests.
enum PrepFixtures {
  static let recommender: Result<Recommender, CorpusError> = shippedCorpus.map {
    Recommender(corpus: $0)
  }
  static let examples = ["registered-nurse.txt", "staff-accountant.txt", "software-engineer.txt"]

  static func builder() throws -> PrepSheetBuilder {
    PrepSheetBuilder(recommender: try recommender.get())
  }

  static func example(_ name: String) throws -> String {
    try readText(Paths.examples.appending(path: name))
  }

  /// The nurse example with dates and two interviewers.
  static func nurseSheet(stage: Stage = .firstRound) throws -> PrepSheet {
    try builder().build(
      posting: example("registered-nurse.txt"),
      options: PrepOptions(
        stage: stage, interviewDate: CalendarDate(parsing: "2026-12-03"),
        decisionDate: CalendarDate(parsing: "2026-12-10"), interviewers: ["Dana Li", "Sam Ortiz"]))
  }

  /// Every text of the sheet outside the job section: questions, checklist, letters, plan.
  static func textsOutsideTheJob(_ sheet: PrepSheet) -> [String] {
    var texts = sheet.allItems.map(\.text) + (sheet.selfAssessment ?? []) + sheet.notes
    texts += (sheet.thankYouNotes ?? []).flatMap { [$0.draft.subject, $0.draft.body] }
    if let plan = sheet.followUp {
      for step in plan.steps + [plan.feedbackRequest] {
        texts += [step.timing, step.action, step.draft.subject, step.draft.body]
      }
    }
    return texts
  }
}

@Suite("PrepSheet: the sections and the advice rules")
struct PrepSheetTests {
  @Test func sectionsDependOnTheStage() throws {
    let builder = try PrepFixtures.builder()
    let posting = try PrepFixtures.example("staff-accountant.txt")
    // questions, closing, self-assessment, thank-you, follow-up, offer
    let expected: [Stage: [Bool]] = [
      .screen: [true, true, true, true, true, false],
      .firstRound: [true, true, true, true, true, false],
      .finalRound: [true, true, true, true, true, false],
      .closing: [false, true, true, true, true, false],
      .followUp: [true, false, false, false, true, false],
      .offer: [false, false, false, false, false, true],
      .rejected: [true, false, false, false, true, false],
    ]
    for stage in Stage.allCases {
      let sheet = try builder.build(posting: posting, options: PrepOptions(stage: stage))
      let present = [
        sheet.questions != nil, sheet.closing != nil, sheet.selfAssessment != nil,
        sheet.thankYouNotes != nil, sheet.followUp != nil, sheet.offer != nil,
      ]
      #expect(present == expected[stage], "\(stage)")
      #expect(sheet.stage == stage)
      #expect(
        sheet.title
          == "Prep sheet for Staff Accountant at Harbor & Pine Outfitters (\(stage.rawValue))")
    }
  }

  @Test func theJobStatesRoleCompanyOccupationAndTheFactsInTopicOrder() throws {
    let builder = try PrepFixtures.builder()
    let accountant = try builder.build(
      posting: PrepFixtures.example("staff-accountant.txt"),
      options: PrepOptions(occupation: " Accountants and auditors "))
    #expect(accountant.job.role == "Staff Accountant")
    #expect(accountant.job.company == "Harbor & Pine Outfitters")
    #expect(accountant.job.occupation == "Accountants and auditors")
    #expect(accountant.job.facts.map(\.topic) == [.workArrangement, .reportingLine])
    let sentence =
      "This is a hybrid role based at our Portland support office, reporting to the Accounting "
      + "Manager."
    #expect(accountant.job.facts.map(\.evidence) == [sentence, sentence])
    #expect(accountant.job.facts.map(\.label) == ["Work arrangement", "Reporting line"])
    // Without an occupation in the options, the sheet names the likeliest one recognised.
    let nurse = try PrepFixtures.nurseSheet()
    #expect(nurse.job.occupation == "Registered Nurses")
    #expect(
      nurse.job.facts == [
        PrepSheet.Fact(topic: .reportingLine, evidence: "Reports to the Nurse Manager of 4 West.")
      ])
    let blank = try builder.build(posting: "Nurse wanted.", options: PrepOptions(occupation: "  "))
    let recognised = try PrepFixtures.recommender.get().facts(of: "Nurse wanted.").occupations
    #expect(blank.job.occupation == recognised.first?.title)
    #expect(blank.job.occupation != nil)
    #expect(blank.job.facts.isEmpty)
  }

  @Test func factsAreQuotedAsWholeSentencesOfThePosting() {
    let posting =
      "Title: Analyst\n- Hybrid, three days a week in Denver.\nPay: $60,000 to $70,000 per year"
    #expect(
      PrepInputs.sentence(around: "Hybrid, three days", in: posting)
        == "Hybrid, three days a week in Denver.")
    #expect(
      PrepInputs.sentence(around: "$60,000 to $70,000", in: posting)
        == "Pay: $60,000 to $70,000 per year")
    #expect(PrepInputs.sentence(around: "not in it", in: posting) == "not in it")
  }

  @Test func theQuestionsAreRecommendsGroups() throws {
    let recommender = try PrepFixtures.recommender.get()
    let posting = try PrepFixtures.example("registered-nurse.txt")
    let sheet = try PrepFixtures.nurseSheet()
    let result = recommender.recommend(posting, options: RecommendationOptions(limit: 10))
    let groups = RecommendationFormatter.groups(result.questions)
    let questions = try #require(sheet.questions)
    #expect(questions.map(\.heading) == groups.map { $0.0.heading })
    #expect(questions.flatMap(\.items).map(\.id) == groups.flatMap { $0.1.map(\.question.id) })
    #expect(questions.flatMap(\.items).map(\.text) == groups.flatMap { $0.1.map(\.text) })
    #expect(sheet.questionsHeading == "Questions for the first round")
  }

  @Test func questionsAreNumberedOnceAcrossTheSheet() throws {
    for stage in Stage.allCases {
      let items = try PrepFixtures.nurseSheet(stage: stage).allItems
      #expect(items.map(\.number) == Array(1...items.count), "\(stage)")
      #expect(Set(items.map(\.id)).count == items.count, "\(stage): a question repeats")
    }
  }

  @Test func closingStartsWithTheNextStepsAndTheDecisionDate() throws {
    for name in PrepFixtures.examples {
      let sheet = try PrepFixtures.builder().build(
        posting: PrepFixtures.example(name), options: PrepOptions())
      let closing = try #require(sheet.closing)
      #expect(closing.flatMap(\.items).count == PrepOptions.closingQuestions)
      let first = try #require(closing.first)
      #expect(first.heading == PrepSheet.Heading.nextSteps)
      #expect(first.items.count >= 2)
      #expect(first.items[0].category == .timeline)
      #expect(!PrepSheetBuilder.asksDecision(first.items[0].text))
      #expect(PrepSheetBuilder.asksDecision(first.items[1].text), "\(name): \(first.items[1].text)")
      let listed = Set((sheet.questions ?? []).flatMap(\.items).map(\.id))
      #expect(closing.flatMap(\.items).allSatisfy { !listed.contains($0.id) })
    }
  }

  @Test func atTheClosingStageTheClosingSectionIsTheStagesList() throws {
    let sheet = try PrepFixtures.builder().build(
      posting: PrepFixtures.example("software-engineer.txt"),
      options: PrepOptions(stage: .closing, limit: 8))
    #expect(sheet.questions == nil)
    let closing = try #require(sheet.closing)
    #expect(closing.flatMap(\.items).count == 8)
    #expect(closing[0].heading == PrepSheet.Heading.nextSteps)
    #expect(PrepSheetBuilder.asksDecision(closing[0].items[1].text))
  }

  @Test func askingAboutTheDecisionNeedsWhenAndTheDecision() {
    #expect(PrepSheetBuilder.asksDecision("When do you expect to make a decision on the role?"))
    #expect(PrepSheetBuilder.asksDecision("What comes next, and when do you hope to decide?"))
    #expect(
      !PrepSheetBuilder.asksDecision(
        "Which documents should I have ready in case you decide to move forward?"))
    #expect(!PrepSheetBuilder.asksDecision("When should I expect to hear about the next round?"))
  }

  /// A corpus with no next-steps or decision question of its own still gets both, written by the
  /// sheet.
  @Test func aCorpusWithoutNextStepsGetsTheSheetsOwn() throws {
    let questions = [
      try Question(
        id: "c-1", text: "What else can I send to support my application?", category: .closing,
        stages: [.closing]),
      try Question(
        id: "r-1", text: "What does a good first month look like?", category: .success,
        stages: [.firstRound]),
    ]
    let builder = PrepSheetBuilder(recommender: Recommender(corpus: Corpus(questions: questions)))
    let sheet = try builder.build(
      posting: "A good first month at the clinic.", options: PrepOptions())
    let closing = try #require(sheet.closing)
    #expect(closing[0].items.map(\.id) == ["prep-next-steps", "prep-decision-date"])
    #expect(closing.flatMap(\.items).map(\.id).contains("c-1"))
    #expect(PrepSheetBuilder.asksDecision(PrepSheetBuilder.fallbackDecision.text))
  }

  @Test func theSelfAssessmentCoversTheAdvice() throws {
    let checklist = try #require(try PrepFixtures.nurseSheet().selfAssessment)
    let text = checklist.joined(separator: " ").lowercased()
    for phrase in [
      "how did it go", "who makes the decision", "problems does the interviewer",
      "offer that the other candidates", "objection", "thank-you note", "next steps",
    ] {
      #expect(text.contains(phrase), "\(phrase)")
    }
  }

  @Test func oneThankYouNotePerInterviewerWithTheHighlights() throws {
    let builder = try PrepFixtures.builder()
    let posting = try PrepFixtures.example("registered-nurse.txt")
    let sheet = try builder.build(
      posting: posting,
      options: PrepOptions(
        interviewers: ["Dana Li", "  ", "Sam Ortiz "],
        highlights: ["falls prevention", "precepting students", "Epic charting"]))
    #expect(sheet.interviewers == ["Dana Li", "Sam Ortiz"])
    let notes = try #require(sheet.thankYouNotes)
    #expect(notes.map(\.to) == ["Dana Li", "Sam Ortiz"])
    #expect(notes[0].draft.body.hasPrefix("Dear Dana Li,"))
    #expect(notes[1].draft.body.hasPrefix("Dear Sam Ortiz,"))
    #expect(notes[0].draft.body.contains("about falls prevention and precepting students made"))
    #expect(notes[1].draft.body.contains("about precepting students and Epic charting made"))
    for note in notes {
      #expect(note.draft.body.contains("the Registered Nurse role at Lakeshore Community Hospital"))
      #expect(note.draft.subject == "Thank you for today's conversation")
    }
    let generic = try #require(
      try builder.build(posting: posting, options: PrepOptions()).thankYouNotes)
    #expect(generic.count == 1)
    #expect(generic[0].to == nil)
    #expect(generic[0].draft.body.hasPrefix("Dear hiring team,"))
    // Without highlights in the options, the note names the posting's first duty and tool.
    #expect(
      generic[0].draft.body.contains(
        "Our conversation about delivering direct patient care and Epic made me even more"))
    let bare = try #require(
      try builder.build(posting: "Nurse wanted.", options: PrepOptions()).thankYouNotes)
    #expect(bare[0].draft.body.contains(". Our conversation made me even more interested"))
  }

  @Test func theFollowUpPlanIsDatedFromTheOptions() throws {
    let plan = try #require(try PrepFixtures.nurseSheet().followUp)
    #expect(
      plan.steps.compactMap { $0.date?.description } == [
        "2026-12-03", "2026-12-13", "2026-12-25", "2027-01-06",
      ])
    #expect(plan.steps[1].draft.body.hasPrefix("Dear Dana Li,"))
    let undated = try PrepFixtures.builder().build(
      posting: PrepFixtures.example("registered-nurse.txt"), options: PrepOptions())
    #expect(undated.followUp?.datedSteps.isEmpty == true)
    #expect(undated.followUp?.steps.count == 4)
  }

  /// The advice's first rule: nothing about pay or benefits before the offer, in any section
  /// but the job's own statement of what the posting says.
  @Test func nothingAboutPayBeforeTheOffer() throws {
    let builder = try PrepFixtures.builder()
    let postings =
      try PrepFixtures.examples.map(PrepFixtures.example) + [
        "Warehouse Associate\nAbout Northwind Logistics. Pay: $19 to $22 per hour, with benefits, "
          + "a 401(k) match and paid time off. Forklift experience is a plus."
      ]
    for posting in postings {
      for stage in Stage.allCases where stage != .offer {
        let sheet = try builder.build(
          posting: posting, options: PrepOptions(stage: stage, limit: 20, interviewers: ["Ana"]))
        for text in PrepFixtures.textsOutsideTheJob(sheet) {
          #expect(PayTerms.firstMatch(in: text) == nil, "\(stage): \(text)")
        }
      }
      let offer = try builder.build(posting: posting, options: PrepOptions(stage: .offer))
      let items = try #require(offer.offer).flatMap(\.items)
      #expect(!items.isEmpty)
      #expect(items.contains { PayTerms.mentionsPay($0.text) })
    }
  }

  @Test func theNextStepsAreAskedAtEveryInterviewStage() throws {
    for name in PrepFixtures.examples {
      for stage in [Stage.screen, .firstRound, .finalRound, .closing] {
        let sheet = try PrepFixtures.builder().build(
          posting: PrepFixtures.example(name), options: PrepOptions(stage: stage))
        let closing = try #require(sheet.closing, "\(stage)")
        #expect(closing[0].items.first?.category == .timeline, "\(name) \(stage)")
        #expect(closing[0].items.contains { PrepSheetBuilder.asksDecision($0.text) })
      }
    }
  }

  @Test func theSameInputsGiveTheSameSheetAndBytes() throws {
    let first = try PrepFixtures.nurseSheet()
    let second = try PrepFixtures.nurseSheet()
    #expect(first == second)
    #expect(PrepSheetFormatter.html(first) == PrepSheetFormatter.html(second))
    #expect(try PrepSheetFormatter.ics(first) == PrepSheetFormatter.ics(second))
    #expect(
      JSONWriter.string(PrepSheetFormatter.json(first))
        == JSONWriter.string(PrepSheetFormatter.json(second)))
  }

  @Test func badInputsAreRefused() throws {
    let builder = try PrepFixtures.builder()
    #expect(throws: PrepError.emptyPosting) {
      _ = try builder.build(posting: " \n\t\0 ", options: PrepOptions())
    }
    let interview = try CalendarDate(parsing: "2026-12-03")
    let decision = try CalendarDate(parsing: "2026-11-30")
    for stage in [Stage.firstRound, .offer] {
      #expect(throws: PrepError.decisionBeforeInterview(interview: interview, decision: decision)) {
        _ = try builder.build(
          posting: "Nurse",
          options: PrepOptions(stage: stage, interviewDate: interview, decisionDate: decision))
      }
    }
    let many = (1...21).map { "Person \($0)" }
    #expect(throws: PrepError.tooManyInterviewers(21)) {
      _ = try builder.build(posting: "Nurse", options: PrepOptions(interviewers: many))
    }
    #expect(
      PrepError.tooManyInterviewers(21).description
        == "21 interviewers; a prep sheet takes at most 20")
  }
}
