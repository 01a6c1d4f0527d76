/// Writes a ``PrepSheet`` as text, Markdown, HTML, JSON or an iCalendar file.
///
/// Every format carries the same content in the same order; the same sheet always gives the
/// same bytes. JSON has this shape, members in this order (absent sections are `null`):
///
///     {"title", "stage", "role", "company", "occupation",
///      "interview_date": "YYYY-MM-DD" | null, "decision_date": "YYYY-MM-DD" | null,
///      "interviewers": [...], "facts": [{"topic", "label", "evidence"}], "notes": [...],
///      "questions": [{"heading", "questions": [{"number", "id", "text", "category"}]}],
///      "closing": [same groups], "self_assessment": [...],
///      "thank_you": [{"to": name | null, "subject", "body"}],
///      "follow_up": {"steps": [{"kind", "number", "date", "timing", "action", "subject",
///                               "body"}],
///                    "feedback_request": {same members}},
///      "offer": [same groups]}
public enum PrepSheetFormatter {
  /// The lines under the follow-up plan's heading.
  static let followUpRules =
    "Check in only while you have heard nothing, and stop once they answer. At most "
    + "\(FollowUpPlan.maximumCheckIns) check-ins, \(FollowUpPlan.checkInSpacing) days apart; "
    + "never two messages within \(FollowUpPlan.minimumGap) days."

  /// The line under the thank-you notes' heading.
  static func thankYouIntro(_ sheet: PrepSheet) -> String {
    let count = sheet.thankYouNotes?.count ?? 0
    return count > 1
      ? "Send them the same day, one to each interviewer, each by name."
      : "Send it the same day. Ask for each interviewer's name and address it to them."
  }

  /// The line under the job's facts.
  static let factsIntro = "The posting already says, so there is no need to ask:"

  /// The line under the closing heading.
  static let closingIntro =
    "Before you leave, ask about the next steps and when they expect to decide."

  /// The line under the self-assessment heading.
  static let selfAssessmentIntro = "Write these down within the hour, while you remember."

  /// "Interview: Thursday 2026-12-03", the decision date and the interviewers, as lines.
  static func metaLines(_ sheet: PrepSheet) -> [String] {
    var lines: [String] = []
    if let date = sheet.interviewDate { lines.append("Interview: \(date.longDescription)") }
    if let date = sheet.decisionDate { lines.append("Decision expected: \(date.longDescription)") }
    if !sheet.interviewers.isEmpty {
      lines.append("Interviewers: " + sheet.interviewers.joined(separator: ", "))
    }
    return lines
  }

  /// The job's facts as label and value pairs: role, company, occupation.
  static func jobLines(_ job: PrepSheet.Job) -> [(String, String)] {
    var lines = [
      ("Role", job.role ?? "not found in the posting"),
      ("Company", job.company ?? "not found in the posting"),
    ]
    if let occupation = job.occupation { lines.append(("Occupation", occupation)) }
    return lines
  }

  /// The job's facts as label and quote pairs, topics that quote the same sentence sharing
  /// one line: "Work arrangement and reporting line".
  static func factLines(_ job: PrepSheet.Job) -> [(String, String)] {
    var lines: [(labels: [String], evidence: String)] = []
    for fact in job.facts {
      if let index = lines.firstIndex(where: { $0.evidence == fact.evidence }) {
        lines[index].labels.append(fact.label.lowercased())
      } else {
        lines.append(([fact.label], fact.evidence))
      }
    }
    return lines.map { line in
      let labels =
        line.labels.count == 1
        ? line.labels[0]
        : line.labels.dropLast().joined(separator: ", ") + " and " + (line.labels.last ?? "")
      return (labels, line.evidence)
    }
  }

  /// When a step is due: "Thursday 2026-12-03 (the same day as the interview)", or the timing
  /// alone, capitalised, without a date.
  static func when(_ step: FollowUpPlan.Step) -> String {
    guard let date = step.date else { return step.timing.capitalisedFirst() }
    return date.longDescription + " (" + step.timing + ")"
  }

  /// The line that stands for a step's draft when the draft is elsewhere on the sheet: the
  /// thank-you step's, when the sheet has its thank-you notes; `nil` when the step shows its
  /// own draft.
  static func draftReference(_ step: FollowUpPlan.Step, in sheet: PrepSheet) -> String? {
    step.kind == .thankYou && sheet.thankYouNotes != nil
      ? "The drafts are in the thank-you notes above." : nil
  }

  /// The paragraphs of a draft's body.
  static func paragraphs(_ body: String) -> [String] {
    body.split(separator: "\n\n", omittingEmptySubsequences: true).map(String.init)
  }
}

extension String {
  /// The string with its first character upper-cased.
  func capitalisedFirst() -> String {
    prefix(1).uppercased() + dropFirst()
  }
}
