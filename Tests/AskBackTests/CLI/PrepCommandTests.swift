import Foundation
import Testing

@testable import AskBack

/// End-to-end tests of `askback prep` and `recommend --format html`, run on the built binary.
@Suite(.serialized)
struct PrepCommandTests {
  static let nurse = Paths.examples.appending(path: "registered-nurse.txt").path
  static let dated = [
    nurse, "--interview-date", "2026-12-03", "--decision-date", "2026-12-10",
    "--interviewer", "Dana Li", "--interviewer", "Sam Ortiz",
  ]

  @Test(arguments: ["text", "markdown", "html", "json", "ics"])
  func everyFormatIsWrittenTheSameTwice(format: String) throws {
    let first = try runAskBack(["prep"] + Self.dated + ["--format", format])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stderr.isEmpty)
    let second = try runAskBack(["prep"] + Self.dated + ["--format", format])
    #expect(first.stdout == second.stdout)
    switch format {
    case "text": #expect(first.stdout.hasPrefix("Prep sheet for Registered Nurse at Lakeshore"))
    case "markdown": #expect(first.stdout.hasPrefix("# Prep sheet for Registered Nurse"))
    case "html": #expect(first.stdout.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
    case "json": #expect(try JSONReader.parse(first.stdout)["stage"] == .string("first-round"))
    default:
      #expect(first.stdout.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
      #expect(first.stdout.hasSuffix("END:VCALENDAR\r\n"))
    }
  }

  @Test func theCommandGivesTheLibrarysSheet() throws {
    let posting = try readText(URL(fileURLWithPath: Self.nurse))
    let sheet = try PrepSheetBuilder(recommender: try PrepFixtures.recommender.get()).build(
      posting: posting,
      options: PrepOptions(
        stage: .finalRound, limit: 7, interviewDate: CalendarDate(parsing: "2026-12-03"),
        interviewers: ["Dana Li"]))
    let result = try runAskBack(
      [
        "prep", "-", "--stage", "final-round", "--top", "7", "--format", "json",
        "--interview-date", "2026-12-03", "--interviewer", "Dana Li",
      ], input: posting)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == JSONWriter.string(PrepSheetFormatter.json(sheet)) + "\n")
  }

  /// `--interviewer` repeats, in order, inline or not; other options keep the last value.
  @Test func repeatableOptionsKeepEveryValueInOrder() throws {
    let result = try runAskBack([
      "prep", Self.nurse, "--format", "json", "--interviewer", "Dana Li", "--interviewer=Sam Ortiz",
      "--interviewer", "Ana", "--stage", "screen", "--stage", "final-round",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let value = try JSONReader.parse(result.stdout)
    #expect(
      value["interviewers"] == .array([.string("Dana Li"), .string("Sam Ortiz"), .string("Ana")]))
    #expect(value["thank_you"]?.arrayValue?.count == 3)
    #expect(value["stage"] == .string("final-round"))
    let help = try runAskBack(["prep", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("[--interviewer <name>]..."))
    let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("Someone you meet; each gets a thank-you note. May be repeated."))
    let root = try runAskBack(["--help"])
    #expect(root.stdout.contains("\n  prep "))
  }

  @Test func outputWritesTheFileAndDashIsStandardOutput() throws {
    let folder = FileManager.default.temporaryDirectory.appending(
      path: "askback-prep-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appending(path: "follow-up.ics").path
    let written = try runAskBack(["prep"] + Self.dated + ["--format", "ics", "--output", file])
    #expect(written.status == 0, "\(written.stderr)")
    #expect(written.stdout.isEmpty)
    let onStdout = try runAskBack(["prep"] + Self.dated + ["--format", "ics", "--output", "-"])
    #expect(try String(contentsOfFile: file, encoding: .utf8) == onStdout.stdout)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(leftovers == ["follow-up.ics"])
    let missing = try runAskBack(
      ["prep", Self.nurse, "--output", folder.appending(path: "no/such/sheet.txt").path])
    #expect(missing.status == 1)
    #expect(missing.stderr.hasPrefix("error: ") && missing.stderr.contains("does not exist"))
  }

  @Test(arguments: [
    (
      ["--interview-date", "2026-02-30"],
      "error: invalid value for '--interview-date': '2026-02-30' is not a date: February 2026 has 28 days, so no day 30. See 'askback prep --help'.\n"
    ),
    (
      ["--decision-date", "next week"],
      "error: invalid value for '--decision-date': 'next week' is not a date; expected YYYY-MM-DD, such as 2026-12-03. See 'askback prep --help'.\n"
    ),
    (
      ["--interview-date", "2026-12-03", "--decision-date", "2026-12-01"],
      "error: the decision date 2026-12-01 is before the interview date 2026-12-03. See 'askback prep --help'.\n"
    ),
    (
      ["--format", "pdf"],
      "error: invalid value 'pdf' for '--format'; expected one of: text, markdown, html, json, ics. See 'askback prep --help'.\n"
    ),
    (
      ["--interviewer"],
      "error: missing value for '--interviewer <name>'. See 'askback prep --help'.\n"
    ),
    (
      (1...21).flatMap { ["--interviewer", "Person \($0)"] },
      "error: 21 interviewers; at most 20. See 'askback prep --help'.\n"
    ),
  ])
  func usageErrorsExit64(arguments: [String], message: String) throws {
    let result = try runAskBack(["prep", Self.nurse] + arguments)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == message)
  }

  @Test func dataErrorsExit1() throws {
    let noDate = try runAskBack(["prep", Self.nurse, "--format", "ics"])
    #expect(noDate.status == 1)
    #expect(
      noDate.stderr
        == "error: a calendar needs the interview date; give --interview-date YYYY-MM-DD\n")
    let rejected = try runAskBack([
      "prep", Self.nurse, "--format", "ics", "--stage", "rejected", "--interview-date",
      "2026-12-03",
    ])
    #expect(rejected.status == 1)
    #expect(
      rejected.stderr.hasPrefix("error: at the rejected stage the plan is the request for advice"))
    #expect(rejected.stderr.split(separator: "\n").count == 1)
    let empty = try runAskBack(["prep", "-"], input: "  \n\n ")
    #expect(empty.status == 1)
    #expect(empty.stderr == "error: the posting is empty\n")
    let missing = try runAskBack(["prep", "no-such-posting.txt"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "error: no-such-posting.txt: no such file\n")
  }

  @Test func recommendWritesHTML() throws {
    let result = try runAskBack(["recommend", Self.nurse, "--format", "html", "--top", "4"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
    #expect(result.stdout.contains("<style>\n" + HTMLDocument.stylesheet + "</style>"))
    #expect(result.stdout.components(separatedBy: "<input type=\"checkbox\"").count == 5)
  }
}
