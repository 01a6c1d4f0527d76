import Foundation
import Testing

@testable import AskBack

@Suite("PrepSheetFormatter: text, Markdown, HTML, JSON and iCalendar")
struct PrepSheetFormatterTests {
  /// Text as the formatters print it, with line breaks and runs of spaces as single spaces.
  private func flattened(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  // MARK: Text and Markdown

  @Test func textHasEverySectionQuestionAndDateWithinTheWidth() throws {
    let sheet = try PrepFixtures.nurseSheet()
    let text = PrepSheetFormatter.text(sheet, width: 60)
    for line in text.split(separator: "\n") { #expect(line.count <= 60, "\(line)") }
    #expect(text.hasPrefix(sheet.title.prefix(40)))
    for heading in [
      PrepSheet.Heading.job, sheet.questionsHeading, PrepSheet.Heading.closing,
      PrepSheet.Heading.selfAssessment, PrepSheet.Heading.thankYou, PrepSheet.Heading.followUp,
    ] {
      #expect(text.contains("\n" + heading + "\n" + String(repeating: "=", count: heading.count)))
    }
    let flat = flattened(text)
    for item in sheet.allItems { #expect(flat.contains("[ ] \(item.number). \(item.text)")) }
    for step in sheet.followUp?.steps ?? [] {
      #expect(flat.contains(try #require(step.date).longDescription))
    }
    #expect(flat.contains("Reporting line: Reports to the Nurse Manager of 4 West."))
    #expect(flat.contains("To Sam Ortiz Subject: Thank you for today's conversation"))
    #expect(!text.contains(PrepSheet.Heading.offer))
  }

  @Test func markdownHasHeadingsTaskBoxesAndQuotedDrafts() throws {
    let sheet = try PrepFixtures.nurseSheet()
    let markdown = PrepSheetFormatter.markdown(sheet)
    #expect(markdown.hasPrefix("# \(sheet.title)\n"))
    #expect(markdown.contains("\n## The job\n\n- **Role:** Registered Nurse\n"))
    #expect(markdown.contains("\n## Questions for the first round\n"))
    for item in sheet.allItems {
      #expect(markdown.contains("- [ ] \(item.number). \(item.text)\n"))
    }
    #expect(
      markdown.contains("\n### To Dana Li\n\n**Subject:** Thank you for today's conversation\n"))
    #expect(markdown.contains("\n> Dear Dana Li,\n>\n> Thank you for speaking with me today"))
    #expect(markdown.contains("> Best regards,  \n> [Your name]\n"))
    #expect(
      markdown.contains("\n### Sunday 2026-12-13 (3 days after the decision date they gave)\n"))
    #expect(markdown.contains("\n### Within 24 hours of hearing it was a no\n"))
  }

  @Test func factsQuotingTheSameSentenceShareALine() throws {
    let sheet = try PrepFixtures.builder().build(
      posting: PrepFixtures.example("staff-accountant.txt"), options: PrepOptions())
    let lines = PrepSheetFormatter.factLines(sheet.job)
    #expect(lines.map(\.0) == ["Work arrangement and reporting line"])
    #expect(
      PrepSheetFormatter.markdown(sheet).contains(
        "- **Work arrangement and reporting line:** This is a hybrid role"))
    #expect(sheet.job.facts.count == 2)
  }

  @Test func withoutANotesSectionTheThankYouStepShowsItsDraft() throws {
    let followUp = try PrepFixtures.nurseSheet(stage: .followUp)
    #expect(followUp.thankYouNotes == nil)
    let markdown = PrepSheetFormatter.markdown(followUp)
    #expect(!markdown.contains("The drafts are in the thank-you notes above."))
    #expect(markdown.contains("**Subject:** Thank you for today's conversation"))
    let interview = PrepSheetFormatter.markdown(try PrepFixtures.nurseSheet())
    #expect(interview.contains("The drafts are in the thank-you notes above."))
  }

  @Test func theOfferSheetHasThePayAndTermsOnly() throws {
    let sheet = try PrepFixtures.nurseSheet(stage: .offer)
    let markdown = PrepSheetFormatter.markdown(sheet)
    #expect(markdown.contains("\n## Pay and terms\n"))
    #expect(!markdown.contains("## Questions for"))
    #expect(!markdown.contains("## Follow-up plan"))
    let text = PrepSheetFormatter.text(sheet)
    #expect(text.contains("\nPay and terms\n============="))
  }

  // MARK: JSON

  @Test func jsonHasTheDocumentedShape() throws {
    let sheet = try PrepFixtures.nurseSheet()
    let value = try JSONReader.parse(JSONWriter.string(PrepSheetFormatter.json(sheet)))
    guard case .object(let members) = value else {
      Issue.record("not an object")
      return
    }
    #expect(
      members.map(\.key) == [
        "title", "stage", "role", "company", "occupation", "interview_date", "decision_date",
        "interviewers", "facts", "notes", "questions", "closing", "self_assessment", "thank_you",
        "follow_up", "offer",
      ])
    #expect(value["stage"] == .string("first-round"))
    #expect(value["interview_date"] == .string("2026-12-03"))
    #expect(value["decision_date"] == .string("2026-12-10"))
    #expect(value["interviewers"] == .array([.string("Dana Li"), .string("Sam Ortiz")]))
    #expect(value["occupation"] == .string("Registered Nurses"))
    #expect(value["offer"] == .null)
    let facts = try #require(value["facts"]?.arrayValue)
    #expect(facts.first?["topic"] == .string("reporting line"))
    let group = try #require(value["questions"]?.arrayValue?.first)
    let question = try #require(group["questions"]?.arrayValue?.first)
    guard case .object(let fields) = question else { return }
    #expect(fields.map(\.key) == ["number", "id", "text", "category"])
    #expect(question["number"] == .number(1))
    let steps = try #require(value["follow_up"]?["steps"]?.arrayValue)
    #expect(
      steps.map { $0["date"] } == [
        .string("2026-12-03"), .string("2026-12-13"), .string("2026-12-25"), .string("2027-01-06"),
      ])
    #expect(
      steps.map { $0["kind"] } == [
        .string("thank-you"), .string("check-in"), .string("check-in"), .string("check-in"),
      ])
    guard case .object(let stepFields) = steps[1] else { return }
    #expect(
      stepFields.map(\.key) == [
        "kind", "number", "date", "timing", "action", "subject", "body",
      ])
    #expect(value["follow_up"]?["feedback_request"]?["date"] == .null)
    #expect(
      value["thank_you"]?.arrayValue?.map { $0["to"] } == [
        .string("Dana Li"), .string("Sam Ortiz"),
      ])
  }

  // MARK: HTML

  static let hostile = """
    <script>alert(1)</script> Registered Nurse
    About "><img src=x onerror=alert(1)> Clinic
    Pay: $30 to $40 per hour "><img src=x onerror=alert(2)>.
    Reports to the charge nurse <script>alert(3)</script> on 4 West.
    Care for patients on a busy unit & keep clear records.
    """

  @Test func htmlEscapesEverythingFromThePostingAndTheUser() throws {
    let sheet = try PrepFixtures.builder().build(
      posting: Self.hostile,
      options: PrepOptions(
        interviewDate: CalendarDate(parsing: "2026-12-03"),
        interviewers: ["\"><img src=x onerror=alert(4)>", "Ana <b>Li</b>"],
        occupation: "<iframe src=//x>", highlights: ["<svg onload=alert(5)>"]))
    let html = PrepSheetFormatter.html(sheet)
    for markup in ["<script", "<img", "<iframe", "<svg", "<b>"] {
      #expect(!html.contains(markup), "\(markup)")
    }
    // No element of the document carries an event handler.
    #expect(matches(of: #"(<[a-z][^>]*\son[a-z]+=)"#, in: html).isEmpty)
    #expect(html.contains("&lt;script&gt;alert(3)&lt;/script&gt;"))
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(4)&gt;"))
    #expect(html.contains("Ana &lt;b&gt;Li&lt;/b&gt;"))
    #expect(html.contains("&lt;iframe src=//x&gt;"))
    #expect(html.contains("&lt;svg onload=alert(5)&gt;"))
    #expect(
      HTMLDocument.escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
  }

  @Test func htmlIsOneAccessibleSelfContainedFile() throws {
    let sheet = try PrepFixtures.nurseSheet()
    let html = PrepSheetFormatter.html(sheet)
    #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
    #expect(
      html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
    #expect(html.contains("<style>\n" + HTMLDocument.stylesheet + "</style>"))
    #expect(html.contains("@media print"))
    for external in [
      "<script", "<link", "src=", "http:", "https:", "@import", "url(", "@font-face",
    ] {
      #expect(!html.contains(external), "\(external)")
    }
    #expect(html.contains("<h1>\(HTMLDocument.escape(sheet.title))</h1>"))
    for id in ["job", "questions", "closing", "assessment", "thank-you", "follow-up"] {
      #expect(html.contains("<section id=\"\(id)\""), "\(id)")
      #expect(html.contains("aria-labelledby=\"\(id)-h\""))
    }
    // Every checkbox has a label of its own.
    let boxes = matches(of: #"<input type="checkbox" id="([^"]+)">"#, in: html)
    let labels = matches(of: #"<label for="([^"]+)">"#, in: html)
    #expect(boxes.count == sheet.allItems.count + 8 + 5)
    #expect(Set(boxes).count == boxes.count)
    #expect(boxes == labels)
    for item in sheet.allItems {
      #expect(
        html.contains(
          "<label for=\"q\(item.number)\"><span class=\"number\">\(item.number).</span> \(HTMLDocument.escape(item.text))</label>"
        ))
    }
    // The stage's questions have two ruled lines each for notes in print.
    let questions = sheet.questions?.flatMap(\.items).count ?? 0
    #expect(
      html.components(
        separatedBy: "<span class=\"lines\" aria-hidden=\"true\"><span></span><span></span></span>"
      ).count - 1
        == questions)
    for step in sheet.followUp?.steps ?? [] {
      #expect(html.contains("<h3>\(try #require(step.date).longDescription) ("))
    }
  }

  @Test func recommendHTMLIsTheQuestionsAloneInTheSameStyle() throws {
    let recommender = try PrepFixtures.recommender.get()
    let result = recommender.recommend(
      "<script>alert(1)</script> Registered Nurse, night shifts on a surgical unit",
      options: RecommendationOptions(limit: 6))
    let html = RecommendationFormatter.html(result)
    #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
    #expect(html.contains("<style>\n" + HTMLDocument.stylesheet + "</style>"))
    #expect(!html.contains("<script"))
    #expect(
      html.contains("<h1>\(HTMLDocument.escape(RecommendationFormatter.headline(result)))</h1>"))
    var number = 0
    for (category, items) in RecommendationFormatter.groups(result.questions) {
      #expect(html.contains("<h2>\(HTMLDocument.escape(category.heading))</h2>"))
      for item in items {
        number += 1
        #expect(
          html.contains(
            "<label for=\"q\(number)\"><span class=\"number\">\(number).</span> \(HTMLDocument.escape(item.text))</label>"
          ))
      }
    }
    #expect(number == 6)
  }

  // MARK: iCalendar

  /// The physical lines of an iCalendar text, which must end every line with CRLF.
  private func physicalLines(_ ics: String) throws -> [[UInt8]] {
    let bytes = Array(ics.utf8)
    #expect(bytes.suffix(2) == [0x0D, 0x0A])
    var lines: [[UInt8]] = []
    var current: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x0D {
        #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A, "a CR without LF")
        lines.append(current)
        current = []
        index += 2
        continue
      }
      #expect(bytes[index] != 0x0A, "a bare LF")
      current.append(bytes[index])
      index += 1
    }
    return lines
  }

  /// The logical lines: physical lines with their continuations joined.
  private func unfolded(_ lines: [[UInt8]]) -> [String] {
    var logical: [[UInt8]] = []
    for line in lines {
      if line.first == 0x20, !logical.isEmpty {
        logical[logical.count - 1] += line.dropFirst()
      } else {
        logical.append(line)
      }
    }
    return logical.map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func icsIsAValidFoldedCalendarWithOneEventPerDate() throws {
    let sheet = try PrepFixtures.builder().build(
      posting: PrepFixtures.example("registered-nurse.txt"),
      options: PrepOptions(
        interviewDate: CalendarDate(parsing: "2026-12-03"),
        decisionDate: CalendarDate(parsing: "2026-12-10"),
        interviewers: ["Zoë Ångström-Łukasiewicz", "渡辺 さくら"]))
    let ics = try PrepSheetFormatter.ics(sheet)
    let physical = try physicalLines(ics)
    for line in physical {
      #expect(line.count <= 75, "\(String(decoding: line, as: UTF8.self))")
      #expect(String(validating: line, as: UTF8.self) != nil, "a fold splits a UTF-8 sequence")
    }
    #expect(physical.contains { $0.first == 0x20 }, "nothing was folded")
    let lines = unfolded(physical)
    #expect(
      Array(lines.prefix(4)) == [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//AskBack//Prep sheet//EN", "CALSCALE:GREGORIAN",
      ])
    #expect(lines.last == "END:VCALENDAR")
    #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 4)
    #expect(lines.filter { $0 == "END:VEVENT" }.count == 4)
    #expect(lines.filter { $0 == "BEGIN:VALARM" }.count == 4)
    #expect(lines.filter { $0 == "ACTION:DISPLAY" }.count == 4)
    #expect(
      lines.filter { $0.hasPrefix("DTSTART;VALUE=DATE:") } == [
        "DTSTART;VALUE=DATE:20261203", "DTSTART;VALUE=DATE:20261213",
        "DTSTART;VALUE=DATE:20261225", "DTSTART;VALUE=DATE:20270106",
      ])
    #expect(lines.filter { $0.hasPrefix("DTEND;VALUE=DATE:") }.first == "DTEND;VALUE=DATE:20261204")
    #expect(
      lines.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0 == "DTSTAMP:20261203T000000Z" })
    #expect(
      lines.filter { $0.hasPrefix("SUMMARY:") }.first
        == "SUMMARY:Send the thank-you notes: Registered Nurse at Lakeshore Community Hospital")
    let descriptions = lines.filter { $0.hasPrefix("DESCRIPTION:Send") }
    #expect(descriptions.first?.contains("To Zoë Ångström-Łukasiewicz\\nSubject: ") == true)
    #expect(descriptions.first?.contains("Dear 渡辺 さくら\\,\\n\\n") == true)
    let checkIn = try #require(lines.first { $0.hasPrefix("DESCRIPTION:Check in (1 of 3)") })
    #expect(checkIn.contains("3 days after the decision date they gave."))
    #expect(checkIn.contains("Dear Zoë Ångström-Łukasiewicz\\,"))
    let uids = lines.filter { $0.hasPrefix("UID:") }
    #expect(uids.count == 4 && Set(uids).count == 4)
    let fingerprint = zeroPaddedHex(sheet.postingFingerprint, width: 16)
    #expect(uids.first == "UID:askback-\(fingerprint)-20261203@askback")
  }

  @Test func icsUIDsAreStableForThePostingAndTheDate() throws {
    let builder = try PrepFixtures.builder()
    let nurse = try PrepFixtures.example("registered-nurse.txt")
    func uids(_ posting: String, _ interview: String, names: [String] = []) throws -> [String] {
      let sheet = try builder.build(
        posting: posting,
        options: PrepOptions(interviewDate: CalendarDate(parsing: interview), interviewers: names))
      return unfolded(try physicalLines(try PrepSheetFormatter.ics(sheet)))
        .filter { $0.hasPrefix("UID:") }
    }
    let first = try uids(nurse, "2026-12-03")
    #expect(try uids(nurse, "2026-12-03") == first)
    #expect(try uids(nurse, "2026-12-03", names: ["Dana Li"]) == first)
    let otherPosting = try uids(nurse + "\nNights only.", "2026-12-03")
    #expect(Set(otherPosting).isDisjoint(with: first))
    let otherDate = try uids(nurse, "2026-12-04")
    #expect(Set(otherDate).isDisjoint(with: first))
    #expect(first.allSatisfy { $0.hasPrefix("UID:askback-") && $0.hasSuffix("@askback") })
  }

  @Test func icsTextIsEscapedAndLinesFold() {
    #expect(PrepSheetFormatter.icsText("a,b;c\\d\ne\r\tf\u{7}") == "a\\,b\\;c\\\\d\\ne f")
    let ascii = String(repeating: "x", count: 200)
    let folded = PrepSheetFormatter.foldICSLine(ascii).components(separatedBy: "\r\n")
    #expect(folded.map(\.utf8.count) == [75, 75, 52])
    #expect(folded.dropFirst().allSatisfy { $0.hasPrefix(" ") })
    #expect(folded.map { $0.hasPrefix(" ") ? String($0.dropFirst()) : $0 }.joined() == ascii)
    let accents = String(repeating: "é", count: 100)
    let parts = PrepSheetFormatter.foldICSLine(accents).components(separatedBy: "\r\n")
    #expect(parts.map(\.utf8.count) == [74, 75, 53])
    #expect(PrepSheetFormatter.foldICSLine("short") == "short")
    let exactly = String(repeating: "y", count: 75)
    #expect(PrepSheetFormatter.foldICSLine(exactly) == exactly)
    // Random mixes of 1- to 4-byte characters: every line fits and none splits a character.
    var random = SeededGenerator(seed: 5545)
    let alphabet: [Character] = ["a", ",", "é", "€", "東", "😀", "Z", " "]
    for _ in 0..<300 {
      let length = Int.random(in: 0...300, using: &random)
      let line = String((0..<length).map { _ in alphabet.randomElement(using: &random) ?? "a" })
      let pieces = PrepSheetFormatter.foldICSLine(line).components(separatedBy: "\r\n")
      #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
      #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
      #expect(
        pieces.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }
          .joined() == line)
    }
  }

  @Test func icsNeedsDates() throws {
    let builder = try PrepFixtures.builder()
    let posting = try PrepFixtures.example("registered-nurse.txt")
    #expect(throws: PrepError.noDates("a calendar needs the interview date")) {
      try PrepSheetFormatter.ics(builder.build(posting: posting, options: PrepOptions()))
    }
    let interview = try CalendarDate(parsing: "2026-12-03")
    for stage in [Stage.rejected, .offer] {
      #expect(throws: PrepError.self) {
        try PrepSheetFormatter.ics(
          builder.build(
            posting: posting, options: PrepOptions(stage: stage, interviewDate: interview)))
      }
    }
    let followUp = try builder.build(
      posting: posting, options: PrepOptions(stage: .followUp, interviewDate: interview))
    #expect(try PrepSheetFormatter.ics(followUp).contains("BEGIN:VEVENT"))
  }

  private func matches(of pattern: String, in text: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
}
