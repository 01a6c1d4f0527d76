/// When to write after an interview, and what: the thank-you note, up to three check-ins, and
/// the request for advice after a rejection.
///
/// The rules, from the advice AskBack is built on:
///
/// - the thank-you note goes out the same day as the interview;
/// - the first check-in comes ``daysAfterDecision`` (3) days after the decision date the
///   interviewer gave, or ``daysAfterInterview`` (7) days after the interview when no date is
///   known, and never sooner than 7 days after the interview;
/// - each later check-in comes ``checkInSpacing`` (12) days after the one before, inside the
///   advice's "every week and a half to two weeks"; never daily;
/// - at most ``maximumCheckIns`` (3) check-ins, so no two contacts are closer than
///   ``minimumGap`` (7) days;
/// - after a rejection, a request for advice on how to improve, within 24 hours, which thanks
///   them whatever they answer and never asks why.
///
/// A check-in is sent only when nothing has been heard; once they answer, the plan stops.
/// Without an interview date the steps are the same, with their timing in words ("7 days
/// after the interview"). At the `rejected` stage the plan is the feedback request alone.
public struct FollowUpPlan: Sendable, Equatable {
  /// Days from the decision date to the first check-in.
  public static let daysAfterDecision = 3
  /// Days from the interview to the first check-in: when no decision date is known, and at
  /// the least.
  public static let daysAfterInterview = 7
  /// Days between check-ins.
  public static let checkInSpacing = 12
  /// The most check-ins.
  public static let maximumCheckIns = 3
  /// The fewest days between two contacts.
  public static let minimumGap = 7

  /// A kind of step.
  public enum Kind: String, Sendable, CaseIterable {
    case thankYou = "thank-you"
    case checkIn = "check-in"
    case feedbackRequest = "feedback-request"
  }

  /// One message of the plan: when, what to do, and a draft.
  public struct Step: Sendable, Equatable {
    public var kind: Kind
    /// The check-in's number, 1 to 3; 0 for other kinds.
    public var number: Int = 0
    /// The day to send it, when the interview date is known; `nil` for the feedback request.
    public var date: CalendarDate?
    /// The timing in words: "the same day as the interview", "12 days after check-in 1".
    public var timing: String
    /// What to do, in a few words: "Check in (1 of 3) if you have not heard back".
    public var action: String
    /// A calendar title: "Send the thank-you notes", "Check-in 1 of 3".
    public var title: String {
      switch kind {
      case .thankYou: return "Send the thank-you notes"
      case .checkIn: return "Check-in \(number) of \(FollowUpPlan.maximumCheckIns)"
      case .feedbackRequest: return "Ask for advice"
      }
    }
    /// The message to send.
    public var draft: Draft
  }

  /// The interview date, when given.
  public var interviewDate: CalendarDate?
  /// The decision date the interviewer gave, when given.
  public var decisionDate: CalendarDate?
  /// The thank-you note and the check-ins, in time order; empty at the `rejected` stage.
  public var steps: [Step]
  /// The request for advice, sent within 24 hours of a rejection.
  public var feedbackRequest: Step

  /// The plan for an interview on `interviewDate` (when known) at `stage`.
  ///
  /// - Parameters:
  ///   - decisionDate: the day the interviewer expects to decide; not before the interview.
  ///   - contact: whom the check-ins and the feedback request greet; `nil` greets the hiring
  ///     team.
  ///   - context: the role, company and highlights the drafts mention.
  /// - Throws: ``PrepError/decisionBeforeInterview(interview:decision:)``.
  public init(
    interviewDate: CalendarDate?, decisionDate: CalendarDate? = nil, stage: Stage = .firstRound,
    contact: String? = nil, context: LetterContext = LetterContext()
  ) throws(PrepError) {
    if let interviewDate, let decisionDate, decisionDate < interviewDate {
      throw .decisionBeforeInterview(interview: interviewDate, decision: decisionDate)
    }
    self.interviewDate = interviewDate
    self.decisionDate = decisionDate
    let rejected = stage == .rejected
    feedbackRequest = Step(
      kind: .feedbackRequest, date: nil,
      timing: rejected ? "within 24 hours of the news" : "within 24 hours of hearing it was a no",
      action: rejected
        ? "Thank them and ask for advice" : "If the answer is no, thank them and ask for advice",
      draft: Letters.feedbackRequest(to: contact, context: context))
    guard !rejected else {
      steps = []
      return
    }

    var steps = [
      Step(
        kind: .thankYou, date: interviewDate,
        timing: "the same day as the interview",
        action: "Send the thank-you notes",
        draft: Letters.thankYou(to: contact, context: context))
    ]
    // The first check-in: 3 days after the decision date, but at least 7 after the interview.
    let floor = interviewDate?.adding(days: Self.daysAfterInterview)
    var first: CalendarDate?
    var firstTiming: String
    if let decisionDate {
      let afterDecision = decisionDate.adding(days: Self.daysAfterDecision)
      if let floor, afterDecision < floor {
        first = floor
        firstTiming =
          "\(Self.daysAfterInterview) days after the interview (the decision date comes "
          + "sooner, but a check-in waits a week)"
      } else {
        first = afterDecision
        firstTiming = "\(Self.daysAfterDecision) days after the decision date they gave"
        if interviewDate == nil {
          firstTiming += ", and no sooner than \(Self.daysAfterInterview) days after the interview"
        }
      }
    } else {
      first = floor
      firstTiming = "\(Self.daysAfterInterview) days after the interview"
    }
    // Without the interview date the plan is in words only, whatever else is known.
    if interviewDate == nil { first = nil }
    for number in 1...Self.maximumCheckIns {
      let date = first?.adding(days: (number - 1) * Self.checkInSpacing)
      let timing =
        number == 1
        ? firstTiming : "\(Self.checkInSpacing) days after check-in \(number - 1)"
      steps.append(
        Step(
          kind: .checkIn, number: number, date: date, timing: timing,
          action: "Check in (\(number) of \(Self.maximumCheckIns)) if you have not heard back",
          draft: Letters.checkIn(
            number, to: contact, decisionDate: number == 1 ? decisionDate : nil,
            context: context)))
    }
    self.steps = steps
  }

  /// The steps that have a date: the thank-you note and the check-ins, when the interview date
  /// is known.
  public var datedSteps: [Step] { steps.filter { $0.date != nil } }
}

/// Why a prep sheet cannot be made as asked.
public enum PrepError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The posting holds nothing but whitespace.
  case emptyPosting
  /// The decision date falls before the interview.
  case decisionBeforeInterview(interview: CalendarDate, decision: CalendarDate)
  /// More interviewers than a sheet takes.
  case tooManyInterviewers(Int)
  /// A calendar was asked for a plan without dates.
  case noDates(String)

  public var description: String {
    switch self {
    case .emptyPosting: return "the posting is empty"
    case .decisionBeforeInterview(let interview, let decision):
      return "the decision date \(decision) is before the interview date \(interview)"
    case .tooManyInterviewers(let count):
      return "\(count) interviewers; a prep sheet takes at most \(PrepOptions.maximumInterviewers)"
    case .noDates(let reason): return reason
    }
  }
}
