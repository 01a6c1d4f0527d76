/// The whole process around one interview on one page: the job, the questions, the close, the
/// self-assessment, the thank-you notes, the follow-up plan and, at an offer, the terms.
///
/// A sheet is built by ``PrepSheetBuilder`` and written by ``PrepSheetFormatter`` as text,
/// Markdown, HTML, JSON or an iCalendar file. Its sections, in order, each `nil` when the
/// stage has no use for it:
///
/// | stage | sections |
/// |---|---|
/// | `screen`, `first-round`, `final-round` | job, questions, closing, self-assessment, thank-you notes, follow-up plan |
/// | `closing` | job, closing (the stage's own questions, next steps first), self-assessment, thank-you notes, follow-up plan |
/// | `follow-up` | job, questions (check-ins), follow-up plan |
/// | `offer` | job, offer (pay and terms) |
/// | `rejected` | job, questions (feedback), follow-up plan (the feedback request alone) |
///
/// Pay and benefits appear in the questions of the offer section only; the job section states
/// the pay only when the posting itself does, so the candidate need not ask.
public struct PrepSheet: Sendable, Equatable {
  /// What the sheet says about the job.
  public struct Job: Sendable, Equatable {
    public var role: String?
    public var company: String?
    public var occupation: String?
    /// What the posting already states, in ``Topic`` declaration order: pay, work
    /// arrangement, travel, reporting line.
    public var facts: [Fact]

    public init(
      role: String? = nil, company: String? = nil, occupation: String? = nil, facts: [Fact] = []
    ) {
      self.role = role
      self.company = company
      self.occupation = occupation
      self.facts = facts
    }
  }

  /// A topic the posting answers, with its words.
  public struct Fact: Sendable, Equatable {
    public var topic: Topic
    public var evidence: String

    /// "Pay", "Work arrangement", "Travel", "Reporting line".
    public var label: String {
      switch topic {
      case .salaryRange: return "Pay"
      case .workArrangement: return "Work arrangement"
      case .travel: return "Travel"
      case .reportingLine: return "Reporting line"
      }
    }
  }

  /// A question on the sheet, numbered across the whole sheet.
  public struct Item: Sendable, Equatable {
    /// 1-based, in reading order across every section.
    public var number: Int
    /// The corpus id, or `prep-…` for a question the sheet adds when the corpus has none of
    /// its kind.
    public var id: String
    public var text: String
    public var category: Category
  }

  /// Questions under one heading.
  public struct Group: Sendable, Equatable {
    public var heading: String
    public var items: [Item]
  }

  /// A thank-you note and whom it is for.
  public struct Note: Sendable, Equatable {
    /// The interviewer's name, or `nil` for the note to the hiring team.
    public var to: String?
    public var draft: Draft
  }

  /// The stage the sheet is for.
  public var stage: Stage
  /// ``checksum64(_:)`` of the posting's UTF-8 bytes: the calendar's event UIDs derive from it,
  /// so they stay the same for the same posting.
  public var postingFingerprint: UInt64
  /// "Interview prep: ROLE at COMPANY (STAGE)".
  public var title: String
  /// The interview and decision dates, when given.
  public var interviewDate: CalendarDate?
  public var decisionDate: CalendarDate?
  /// The interviewers named, in the order given.
  public var interviewers: [String]
  /// Section 1.
  public var job: Job
  /// Remarks about the posting, such as having no known words.
  public var notes: [String]
  /// Section 2: the stage's questions, grouped as ``RecommendationFormatter/groups(_:)``
  /// groups them.
  public var questions: [Group]?
  /// Section 3: closing the interview; the next steps and the decision date come first.
  public var closing: [Group]?
  /// Section 4: what to note right after the interview.
  public var selfAssessment: [String]?
  /// Section 5: one note per interviewer, or one to the hiring team.
  public var thankYouNotes: [Note]?
  /// Section 6.
  public var followUp: FollowUpPlan?
  /// Section 7, at the offer stage only: pay and terms.
  public var offer: [Group]?

  public init(
    stage: Stage, postingFingerprint: UInt64 = 0, title: String, interviewDate: CalendarDate? = nil,
    decisionDate: CalendarDate? = nil, interviewers: [String] = [], job: Job = Job(),
    notes: [String] = [], questions: [Group]? = nil, closing: [Group]? = nil,
    selfAssessment: [String]? = nil, thankYouNotes: [Note]? = nil, followUp: FollowUpPlan? = nil,
    offer: [Group]? = nil
  ) {
    self.stage = stage
    self.postingFingerprint = postingFingerprint
    self.title = title
    self.interviewDate = interviewDate
    self.decisionDate = decisionDate
    self.interviewers = interviewers
    self.job = job
    self.notes = notes
    self.questions = questions
    self.closing = closing
    self.selfAssessment = selfAssessment
    self.thankYouNotes = thankYouNotes
    self.followUp = followUp
    self.offer = offer
  }

  /// Every question on the sheet, in reading order.
  public var allItems: [Item] {
    [questions, closing, offer].compactMap { $0 }.flatMap { $0.flatMap(\.items) }
  }

  /// The heading of the questions section: "Questions for the first round".
  public var questionsHeading: String {
    switch stage {
    case .screen: return "Questions for the screen"
    case .firstRound: return "Questions for the first round"
    case .finalRound: return "Questions for the final round"
    case .closing: return "Questions for closing"
    case .followUp: return "Questions for following up"
    case .offer: return "Questions for the offer"
    case .rejected: return "Questions after a rejection"
    }
  }

  /// The section headings, as every format writes them.
  public enum Heading {
    public static let job = "The job"
    public static let closing = "Closing the interview"
    public static let selfAssessment = "Right after: how did it go?"
    public static let thankYou = "Thank-you notes"
    public static let followUp = "Follow-up plan"
    public static let offer = "Pay and terms"
    /// The closing section's first group.
    public static let nextSteps = "Next steps and the decision date"
  }
}

/// What to put on a prep sheet.
public struct PrepOptions: Sendable, Equatable {
  /// The most interviewers a sheet takes, one thank-you note each.
  public static let maximumInterviewers = 20
  /// The closing questions at a stage before `closing`.
  public static let closingQuestions = 5

  /// The stage to prepare for.
  public var stage: Stage
  /// How many questions the stage's section holds (and the closing and offer sections, at
  /// those stages).
  public var limit: Int
  /// The interview's date; the follow-up plan has dates only with it.
  public var interviewDate: CalendarDate?
  /// The day the interviewer expects to decide, if they said; not before the interview.
  public var decisionDate: CalendarDate?
  /// The people met, one thank-you note each.
  public var interviewers: [String]
  /// The kind of work, when known.
  public var occupation: String?
  /// Short phrases from the posting, such as duties or tools, that the letters mention.
  public var highlights: [String]

  public init(
    stage: Stage = .firstRound, limit: Int = 10, interviewDate: CalendarDate? = nil,
    decisionDate: CalendarDate? = nil, interviewers: [String] = [], occupation: String? = nil,
    highlights: [String] = []
  ) {
    self.stage = stage
    self.limit = limit
    self.interviewDate = interviewDate
    self.decisionDate = decisionDate
    self.interviewers = interviewers
    self.occupation = occupation
    self.highlights = highlights
  }
}
