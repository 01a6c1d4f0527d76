import Testing

@testable import AskBack

@Suite("FollowUpPlan: when to write after an interview")
struct FollowUpPlanTests {
  static let context = LetterContext(
    role: "Registered Nurse", company: "Lakeshore Community Hospital")

  private func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

  private func dates(_ plan: FollowUpPlan) -> [String] {
    plan.steps.map { $0.date?.description ?? "-" }
  }

  @Test func withoutADecisionDateTheFirstCheckInIsAWeekLater() throws {
    let plan = try FollowUpPlan(interviewDate: date("2026-12-03"), context: Self.context)
    #expect(plan.steps.map(\.kind) == [.thankYou, .checkIn, .checkIn, .checkIn])
    #expect(plan.steps.map(\.number) == [0, 1, 2, 3])
    #expect(dates(plan) == ["2026-12-03", "2026-12-10", "2026-12-22", "2027-01-03"])
    #expect(
      plan.steps.map(\.timing) == [
        "the same day as the interview", "7 days after the interview", "12 days after check-in 1",
        "12 days after check-in 2",
      ])
    #expect(plan.feedbackRequest.date == nil)
    #expect(plan.feedbackRequest.timing == "within 24 hours of hearing it was a no")
  }

  @Test func aDecisionDateAfterTheWeekMovesTheFirstCheckInToThreeDaysAfterIt() throws {
    let plan = try FollowUpPlan(
      interviewDate: date("2026-12-03"), decisionDate: date("2026-12-10"), context: Self.context)
    #expect(dates(plan) == ["2026-12-03", "2026-12-13", "2026-12-25", "2027-01-06"])
    #expect(plan.steps[1].timing == "3 days after the decision date they gave")
    #expect(plan.steps[1].draft.body.contains("a decision around Thursday 10 December 2026"))
  }

  /// A decision date so soon that three days after it falls before the week is out: the first
  /// check-in still waits the week.
  @Test(arguments: ["2026-12-03", "2026-12-04", "2026-12-06", "2026-12-07"])
  func aDecisionDateBeforeTheWeekKeepsTheWeek(decision: String) throws {
    let plan = try FollowUpPlan(
      interviewDate: date("2026-12-03"), decisionDate: date(decision), context: Self.context)
    #expect(dates(plan) == ["2026-12-03", "2026-12-10", "2026-12-22", "2027-01-03"])
    // On the 7th, both rules give the same day.
    if decision != "2026-12-07" {
      #expect(plan.steps[1].timing.hasPrefix("7 days after the interview"))
    }
  }

  @Test func theCheckInsCrossMonthsYearsAndLeapDays() throws {
    let leap = try FollowUpPlan(
      interviewDate: date("2028-02-20"), decisionDate: date("2028-02-27"), context: Self.context)
    #expect(dates(leap) == ["2028-02-20", "2028-03-01", "2028-03-13", "2028-03-25"])
    let century = try FollowUpPlan(
      interviewDate: date("2100-02-20"), decisionDate: date("2100-02-27"), context: Self.context)
    #expect(dates(century) == ["2100-02-20", "2100-03-02", "2100-03-14", "2100-03-26"])
    let millennium = try FollowUpPlan(
      interviewDate: date("2000-02-22"), context: Self.context)
    #expect(dates(millennium) == ["2000-02-22", "2000-02-29", "2000-03-12", "2000-03-24"])
    let yearEnd = try FollowUpPlan(interviewDate: date("2026-12-28"), context: Self.context)
    #expect(dates(yearEnd) == ["2026-12-28", "2027-01-04", "2027-01-16", "2027-01-28"])
  }

  @Test func aDecisionBeforeTheInterviewIsRefused() throws {
    #expect(throws: PrepError.self) {
      _ = try FollowUpPlan(
        interviewDate: date("2026-12-03"), decisionDate: date("2026-12-02"),
        context: Self.context)
    }
    let error = PrepError.decisionBeforeInterview(
      interview: try date("2026-12-03"), decision: try date("2026-12-02"))
    #expect(
      error.description == "the decision date 2026-12-02 is before the interview date 2026-12-03")
  }

  /// Over many seeded interview and decision dates: at most three check-ins, every contact at
  /// least 7 days after the one before, the first check-in at least 7 days after the interview
  /// and 3 after the decision date, and the later ones 10 to 14 days apart.
  @Test func theCadenceHoldsForAnyDates() throws {
    var random = SeededGenerator(seed: 16)
    for _ in 0..<2000 {
      let interview = CalendarDate(daysSinceEpoch: Int.random(in: -40_000...60_000, using: &random))
      let decision =
        Bool.random(using: &random)
        ? interview.adding(days: Int.random(in: 0...60, using: &random)) : nil
      let plan = try FollowUpPlan(
        interviewDate: interview, decisionDate: decision, context: Self.context)
      let days = plan.steps.compactMap(\.date)
      #expect(days.count == plan.steps.count)
      #expect(plan.steps.filter { $0.kind == .checkIn }.count <= FollowUpPlan.maximumCheckIns)
      #expect(days.first == interview)
      for (earlier, later) in zip(days, days.dropFirst()) {
        #expect(earlier.days(until: later) >= FollowUpPlan.minimumGap)
      }
      #expect(interview.days(until: days[1]) >= 7)
      if let decision { #expect(decision.days(until: days[1]) >= 3) }
      for (earlier, later) in zip(days.dropFirst(), days.dropFirst(2)) {
        #expect((10...14).contains(earlier.days(until: later)))
      }
    }
  }

  @Test func withoutAnInterviewDateTheStepsAreInWords() throws {
    let plan = try FollowUpPlan(interviewDate: nil, context: Self.context)
    #expect(plan.steps.count == 4)
    #expect(plan.steps.allSatisfy { $0.date == nil })
    #expect(plan.datedSteps.isEmpty)
    #expect(plan.steps[1].timing == "7 days after the interview")
    let withDecision = try FollowUpPlan(
      interviewDate: nil, decisionDate: date("2026-12-10"), context: Self.context)
    #expect(withDecision.steps.allSatisfy { $0.date == nil })
    #expect(
      withDecision.steps[1].timing
        == "3 days after the decision date they gave, and no sooner than 7 days after the interview"
    )
  }

  @Test func afterARejectionThePlanIsTheFeedbackRequestAlone() throws {
    let plan = try FollowUpPlan(
      interviewDate: date("2026-12-03"), stage: .rejected, context: Self.context)
    #expect(plan.steps.isEmpty)
    #expect(plan.feedbackRequest.kind == .feedbackRequest)
    #expect(plan.feedbackRequest.action == "Thank them and ask for advice")
    #expect(plan.feedbackRequest.timing == "within 24 hours of the news")
  }

  @Test func theDraftsArePoliteNamedAndNeverAboutPay() throws {
    let plan = try FollowUpPlan(
      interviewDate: date("2026-12-03"), decisionDate: date("2026-12-10"), contact: "Dana Li",
      context: Self.context)
    for step in plan.steps + [plan.feedbackRequest] {
      let text = step.draft.subject + " " + step.draft.body
      #expect(step.draft.body.hasPrefix("Dear Dana Li,"))
      #expect(step.draft.body.contains("Registered Nurse"))
      #expect(step.draft.body.contains("Lakeshore Community Hospital"))
      #expect(step.draft.body.hasSuffix("Best regards,\n[Your name]"))
      #expect(!PayTerms.mentionsPay(text), "\(step.kind): \(text)")
      #expect(!Words.lowercased(text).contains("daily"))
      #expect(!text.contains("{") && !text.contains("nil"))
    }
    // The later check-ins offer something useful: a sample, then an answer to a concern.
    #expect(plan.steps[2].draft.body.contains("example of my work"))
    #expect(plan.steps[3].draft.body.contains("concern"))
    #expect(plan.steps[3].draft.body.contains("I will not write again"))
  }

  @Test func theFeedbackRequestAsksForAdviceNeverWhyAndThanksWhateverTheAnswer() throws {
    for context in [Self.context, LetterContext()] {
      for contact in ["Dana Li", nil] {
        let draft = try FollowUpPlan(interviewDate: nil, contact: contact, context: context)
          .feedbackRequest.draft
        let words = Words.lowercased(draft.subject + " " + draft.body)
        #expect(words.contains("advice"))
        #expect(words.contains("improve"))
        #expect(!words.contains("why"))
        #expect(draft.body.contains("Whatever you are able to share, thank you."))
      }
    }
  }

  @Test func draftsReadWellWithoutARoleOrACompany() throws {
    let plan = try FollowUpPlan(interviewDate: nil, context: LetterContext())
    #expect(plan.steps[1].draft.body.contains("check in on the role."))
    #expect(plan.steps[1].draft.subject == "Checking in: the role")
    #expect(plan.steps[0].draft.body.hasPrefix("Dear hiring team,"))
    #expect(plan.steps[0].draft.body.contains("bring that experience to the team."))
  }
}
