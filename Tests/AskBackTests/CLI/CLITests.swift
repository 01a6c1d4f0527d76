import Foundation
import Testing

@testable import AskBack

/// End-to-end tests of the built `askback` executable.
@Suite(.serialized)
struct CLITests {
  static let examples = ["registered-nurse.txt", "staff-accountant.txt", "software-engineer.txt"]

  @Test func stemReproducesTheSnowballVocabulary() throws {
    let folder = Paths.fixtures.appending(path: "porter2")
    let words = try Data(contentsOf: folder.appending(path: "voc.txt"))
    let expected = try readText(folder.appending(path: "output.txt"))
    let result = try runProduct("askback", ["stem"], input: [UInt8](words))
    #expect(result.status == 0)
    #expect(result.stdout == expected)
  }

  @Test(arguments: examples)
  func recommendPrintsTenQuestions(example: String) throws {
    let path = Paths.examples.appending(path: example).path
    let result = try runAskBack(["recommend", path, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let value = try JSONReader.parse(result.stdout)
    try checkShape(value, count: 10)
  }

  @Test func recommendReadsStandardInputAndHonoursTopAndStage() throws {
    let posting = try readText(Paths.examples.appending(path: Self.examples[0]))
    let result = try runAskBack(
      ["recommend", "--top", "5", "--stage", "offer", "--format", "json"], input: posting)
    #expect(result.status == 0, "\(result.stderr)")
    let value = try JSONReader.parse(result.stdout)
    let questions = try #require(value["questions"]?.arrayValue)
    #expect(questions.count == 5)
    for question in questions {
      #expect(question["stages"]?.arrayValue?.contains(.string("offer")) == true)
    }
  }

  @Test func textOutputGroupsAndExplains() throws {
    let path = Paths.examples.appending(path: Self.examples[1]).path
    let result = try runAskBack(["recommend", path, "--explain"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Questions to ask"))
    #expect(result.stdout.contains("\n  1. "))
    #expect(result.stdout.contains("matched: "))
    let markdown = try runAskBack(["recommend", path, "--format", "markdown"])
    #expect(markdown.stdout.hasPrefix("# Questions to ask"))
    #expect(markdown.stdout.contains("\n## "))
  }

  @Test func outputIsDeterministicAndTheBuiltInCorpusIsTheShippedOne() throws {
    let path = Paths.examples.appending(path: Self.examples[2]).path
    let first = try runAskBack(["recommend", path, "--format", "json", "--explain"])
    let second = try runAskBack(["recommend", path, "--format", "json", "--explain"])
    let onDisk = try runAskBack([
      "recommend", path, "--format", "json", "--explain", "--corpus", Paths.corpus.path,
    ])
    #expect(first.stdout == second.stdout)
    #expect(first.stdout == onDisk.stdout)
  }

  @Test func analyzeShowsTerms() throws {
    let result = try runAskBack(["analyze", "-"], input: "Managing C++ teams at Café Nova")
    #expect(result.stdout == "manag\nc++\nteam\ncafe\nnova\n")
    let simple = try runAskBack(["analyze", "--analyzer", "simple"], input: "C++ teams")
    #expect(simple.stdout == "teams\n")
  }

  @Test(arguments: [
    ["recommend", "--top", "0"], ["recommend", "--top", "-3"], ["recommend", "--top", "many"],
    ["recommend", "--top", "100000"], ["recommend", "--stage", "lunch"],
    ["recommend", "--format", "pdf"],
    ["recommend", "--top"], ["recommend", "--bogus"], ["recommend", "a", "b"], ["frobnicate"], [],
    ["--nope"], ["analyze", "--analyzer", "fancy"],
  ])
  func usageErrorsExit64WithAHint(arguments: [String]) throws {
    let result = try runAskBack(arguments, input: "")
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: "))
    #expect(result.stderr.contains("--help"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func anEmptyPostingIsAnError() throws {
    let result = try runAskBack(["recommend"], input: "  \n\t \n")
    #expect(result.status == 1)
    #expect(result.stderr == "error: the posting is empty\n")
    let missing = try runAskBack(["recommend", "/no/such/posting.txt"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "error: /no/such/posting.txt: no such file\n")
  }

  @Test(arguments: [
    ["--help"], ["recommend", "--help"], ["help", "recommend"], ["stem", "-h"],
    ["analyze", "--help"],
  ])
  func helpFollowsTheArgumentParserLayout(arguments: [String]) throws {
    let result = try runAskBack(arguments)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("OVERVIEW: "))
    #expect(result.stdout.contains("\nUSAGE: askback"))
    #expect(result.stdout.contains("\nOPTIONS:\n"))
    #expect(result.stdout.contains("-h, --help"))
  }

  @Test func corpusCheckPassesOnTheBuiltInCorpus() throws {
    let result = try runAskBack(["corpus", "check"])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.hasPrefix("ok: "))
    let stats = try runAskBack(["corpus", "stats"])
    #expect(stats.status == 0)
    #expect(stats.stdout.contains("competitors"))
    #expect(stats.stdout.contains("29-1000"))
    #expect(stats.stdout.contains("Healthcare Diagnosing or Treating"))
  }

  @Test func corpusCheckNamesFileAndLine() throws {
    let folder = FileManager.default.temporaryDirectory.appending(
      path: "askback-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let lines = [
      #"{"id": "a", "text": "What is hard here?", "category": "challenges", "stages": ["screen"]}"#,
      #"{"id": "a", "text": "What is the bonus?", "category": "role", "stages": ["screen"]}"#,
    ]
    try lines.joined(separator: "\n").write(
      to: folder.appending(path: "questions.jsonl"), atomically: true, encoding: .utf8)
    let result = try runAskBack(["corpus", "check", "--corpus", folder.path])
    #expect(result.status == 1)
    let path = folder.appending(path: "questions.jsonl").path
    #expect(result.stdout.contains("\(path):2: duplicate id \"a\" (first on line 1)\n"))
    #expect(result.stderr.hasSuffix("problems found\n"))
  }

  @Test func batchKeepsOneLinePerInputLineInOrder() throws {
    let posting = try readText(Paths.examples.appending(path: Self.examples[0]))
    let good = JSONWriter.string(.object([("id", .string("a")), ("text", .string(posting))]))
    let alias = JSONWriter.string(.object([("id", .number(2)), ("description", .string(posting))]))
    let input =
      [good, "", "{not json", "[1]", #"{"id": "c"}"#, #"{"id": "d", "text": "   "}"#, alias]
      .joined(separator: "\n") + "\n"
    for threads in ["1", "3"] {
      let result = try runAskBack(["batch", "--threads", threads, "--top", "5"], input: input)
      #expect(result.status == 0, "\(result.stderr)")
      let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      #expect(lines.count == 7)
      let values = try lines.map { try JSONReader.parse(String($0)) }
      #expect(values[0]["id"] == .string("a"))
      #expect(values[0]["questions"]?.arrayValue?.count == 5)
      #expect(values[0]["company"] == .string("Lakeshore Community Hospital"))
      #expect(
        values[1]
          == .object([("id", .null), ("line", .number(2)), ("error", .string("empty line"))]))
      #expect(values[2]["line"] == .number(3))
      #expect(values[3]["error"] == .string("expected a JSON object, found an array"))
      #expect(values[4]["id"] == .string("c"))
      #expect(values[5]["error"] == .string("the posting is empty"))
      #expect(values[6]["id"] == .number(2))
      #expect(values[6]["questions"]?.arrayValue?.count == 5)
    }
  }

  /// What a Spark job piping partitions through `askback batch` relies on: one line out per
  /// line in, in order, whatever the line holds; the same bytes for the same input whatever the
  /// threads (a retried task gives the same rows); exit 0 when bad lines became error records,
  /// and a non-zero exit only when the run itself cannot go on.
  @Test func batchKeepsTheContractSparkReliesOn() throws {
    let postings = try Self.examples.map { try readText(Paths.examples.appending(path: $0)) }
    var lines: [String] = []
    for k in 0..<30 {
      switch k % 6 {
      case 1: lines.append("{not json")
      case 3: lines.append(#"{"id": \#(k), "text": "   "}"#)
      default:
        lines.append(
          JSONWriter.string(
            .object([
              ("id", .string("p-\(k)")), ("text", .string(postings[k % postings.count])),
            ])))
      }
    }
    let input = lines.joined(separator: "\n") + "\n"
    let once = try runAskBack(["batch", "--threads", "1"], input: input)
    #expect(once.status == 0, "\(once.stderr)")
    let out = once.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(out.count == lines.count)
    for (k, line) in out.enumerated() {
      let value = try JSONReader.parse(String(line))
      if k % 6 == 1 {
        #expect(value["line"] == .number(Double(k + 1)) && value["error"] != nil)
      } else if k % 6 == 3 {
        #expect(value["id"] == .number(Double(k)) && value["error"] != nil)
      } else {
        #expect(
          value["id"] == .string("p-\(k)") && value["questions"]?.arrayValue?.isEmpty == false)
      }
    }
    for threads in ["2", "4"] {
      let again = try runAskBack(["batch", "--threads", threads], input: input)
      #expect(again.status == 0 && again.stdout == once.stdout)
    }
    // A run that cannot go on (here, an index file that is not one) fails as a whole.
    let broken = try runAskBack(["batch", "--index", "/dev/null"], input: input)
    #expect(broken.status == 1 && broken.stdout.isEmpty)
  }

  @Test func evalPrintsTheMeasures() throws {
    let folder = FileManager.default.temporaryDirectory.appending(
      path: "askback-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let posting = try readText(Paths.examples.appending(path: Self.examples[1]))
    let row = JSONWriter.string(
      .object([
        ("id", .string("x")), ("title", .string("Staff Accountant")),
        ("company", .string("Harbor & Pine Outfitters")),
        ("category", .string("accounting")), ("description", .string(posting)),
      ]))
    let file = folder.appending(path: "labelled.jsonl")
    try (row + "\n").write(to: file, atomically: true, encoding: .utf8)
    let result = try runAskBack(["eval", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("postings with all four core categories: 1 (1/1)"))
    #expect(result.stdout.contains("field top-1: 1 (1/1)"))
    #expect(result.stdout.contains("company accuracy: 1 (1/1"))
    #expect(result.stdout.contains("pay questions outside the offer stage: 0"))
  }

  @Test func versionPrintsTheVersion() throws {
    let result = try runAskBack(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("askback "))
  }

  /// Real postings from the development set.
  static let devPostings = Paths.fixtures.appending(path: "eval/dev-postings.jsonl")

  @Test func recommendServesRealPostings() throws {
    let lines = try readText(Self.devPostings).split(separator: "\n").prefix(25)
    for line in lines {
      let row = try JSONReader.parse(String(line))
      let title = try #require(row["title"]?.stringValue)
      let description = try #require(row["description"]?.stringValue)
      let result = try runAskBack(
        ["recommend", "--format", "json"], input: title + "\n\n" + description)
      #expect(result.status == 0, "\(result.stderr)")
      try checkShape(try JSONReader.parse(result.stdout), count: 10)
    }
  }

  /// Checks the documented JSON shape.
  func checkShape(_ value: JSONValue, count: Int) throws {
    guard case .object(let members) = value else {
      Issue.record("not an object")
      return
    }
    #expect(
      members.map(\.key) == [
        "role", "company", "occupations", "fields", "facts", "questions", "notes", "omitted",
      ])
    let questions = try #require(value["questions"]?.arrayValue)
    #expect(questions.count == count)
    for question in questions {
      guard case .object(let fields) = question else {
        Issue.record("a question is not an object")
        return
      }
      #expect(
        fields.map(\.key) == [
          "id", "text", "category", "stages", "occupations", "theme", "score", "matched", "why",
        ])
      #expect(question["text"]?.stringValue?.contains("{") == false)
      #expect(question["score"]?.numberValue != nil)
    }
  }
}
