extension PrepSheetFormatter {
  /// The calendar's `PRODID`.
  public static let calendarProductID = "-//AskBack//Prep sheet//EN"

  /// The follow-up plan as an iCalendar file (RFC 5545): one all-day event per dated step.
  ///
  /// Each event (the thank-you note, then each check-in) has `DTSTART;VALUE=DATE` and the next
  /// day as `DTEND`, a `SUMMARY`, the draft in its `DESCRIPTION`, and a display reminder: at
  /// 17:00 on the day for the thank-you note (after the interview), at 09:00 for a check-in.
  /// UIDs are the posting's fingerprint and the event's date, so importing the file again
  /// updates the same events; `DTSTAMP` is the interview date at midnight UTC, so the same
  /// sheet gives the same bytes. Lines end with CRLF, text is escaped (backslash, semicolon,
  /// comma, newline) and lines longer than 75 octets are folded, never inside a UTF-8
  /// sequence.
  ///
  /// - Throws: ``PrepError/noDates(_:)`` when the plan has no dates: without an interview
  ///   date, at the `rejected` stage (the feedback request waits for the news) and at `offer`
  ///   (no plan).
  /// - Complexity: O(*n*) in the length of the plan's drafts.
  public static func ics(_ sheet: PrepSheet) throws(PrepError) -> String {
    guard let plan = sheet.followUp else {
      throw .noDates("the \(sheet.stage.rawValue) stage has no follow-up plan to put in a calendar")
    }
    guard !plan.steps.isEmpty else {
      throw .noDates(
        "at the \(sheet.stage.rawValue) stage the plan is the request for advice, sent within "
          + "24 hours of the news; it has no date for a calendar")
    }
    guard let interview = sheet.interviewDate, !plan.datedSteps.isEmpty else {
      throw .noDates("a calendar needs the interview date")
    }
    let position = positionPhrase(sheet.job)
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + calendarProductID, "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:" + icsText("Follow-up: " + position),
    ]
    let stamp = interview.basicFormat + "T000000Z"
    let fingerprint = zeroPaddedHex(sheet.postingFingerprint, width: 16)
    for step in plan.datedSteps {
      guard let date = step.date else { continue }
      let summary = step.title + ": " + position
      lines += [
        "BEGIN:VEVENT",
        "UID:askback-\(fingerprint)-\(date.basicFormat)@askback",
        "DTSTAMP:" + stamp,
        "DTSTART;VALUE=DATE:" + date.basicFormat,
        "DTEND;VALUE=DATE:" + date.adding(days: 1).basicFormat,
        "SUMMARY:" + icsText(summary),
        "DESCRIPTION:" + icsText(eventDescription(step, sheet: sheet)),
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:" + icsText(summary),
        "TRIGGER;RELATED=START:" + (step.kind == .thankYou ? "PT17H" : "PT9H"),
        "END:VALARM",
        "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return lines.map(foldICSLine).joined(separator: "\r\n") + "\r\n"
  }

  /// "Registered Nurse at Lakeshore Community Hospital", or as much as is known.
  static func positionPhrase(_ job: PrepSheet.Job) -> String {
    switch (job.role, job.company) {
    case (let role?, let company?): return "\(role) at \(company)"
    case (let role?, nil): return role
    case (nil, let company?): return company
    case (nil, nil): return "the interview"
    }
  }

  /// What an event's description holds: when and what, then the draft (for the thank-you
  /// note, every interviewer's).
  static func eventDescription(_ step: FollowUpPlan.Step, sheet: PrepSheet) -> String {
    var text = step.action + ", " + step.timing + "."
    let drafts: [(to: String?, draft: Draft)] =
      step.kind == .thankYou
      ? (sheet.thankYouNotes ?? []).map { ($0.to, $0.draft) } : [(nil, step.draft)]
    for (to, draft) in drafts.isEmpty ? [(nil, step.draft)] : drafts {
      text += "\n\n"
      if let to { text += "To " + to + "\n" }
      text += "Subject: " + draft.subject + "\n\n" + draft.body
    }
    return text
  }

  /// `text` as an iCalendar TEXT value: backslash, semicolon and comma escaped, line breaks as
  /// `\n`, carriage returns and other control characters dropped.
  public static func icsText(_ text: String) -> String {
    var out = ""
    out.appendEscaping(text, textEscapes) { $0.value < 0x20 || $0.value == 0x7F ? "" : nil }
    return out
  }

  /// The characters an iCalendar TEXT value escapes, and the tab it writes as a space.
  static let textEscapes: [Unicode.Scalar: String] = [
    "\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n", "\t": " ",
  ]

  /// `line` folded as RFC 5545 asks, with CRLF and a space before each continuation.
  ///
  /// Each physical line holds at most 75 octets, the leading space included, and no break
  /// falls inside a UTF-8 sequence.
  ///
  /// - Complexity: O(*n*) in the line's length.
  public static func foldICSLine(_ line: String) -> String {
    var out: [UInt8] = []
    var count = 0
    for scalar in line.unicodeScalars {
      let length = UTF8.width(scalar)
      if count + length > 75 {
        out += [0x0D, 0x0A, 0x20]
        count = 1
      }
      UTF8.encode(scalar) { out.append($0) }
      count += length
    }
    return String(decoding: out, as: UTF8.self)
  }
}
