import Foundation
import Testing

@testable import AskBack

struct CorpusLoaderTests {
  func read(_ questions: String, fields: String? = nil) -> (Corpus, [CorpusProblem]) {
    let reading = CorpusLoader.read(
      questions: ("q.jsonl", Array(questions.utf8)), descriptions: nil,
      fields: fields.map { ("d.jsonl", Array($0.utf8)) })
    return (reading.corpus, reading.problems)
  }

  @Test func readsAWellFormedQuestion() throws {
    let line =
      #"{"id": "timeline-001", "text": "When will {company|the team} decide?", "category": "timeline", "stages": ["screen", "closing"], "fields": [], "keywords": ["hiring"]}"#
    let (corpus, problems) = read(line + "\n\n")
    #expect(problems.isEmpty)
    let question = try #require(corpus.questions.first)
    #expect(question.category == .timeline)
    #expect(question.stages.stages == [.screen, .closing])
    #expect(question.keywords == ["hiring"])
    #expect(question.template.render(company: "Acme", role: nil) == "When will Acme decide?")
    #expect(question.indexedText == "When will the team decide?\nhiring")
  }

  @Test(
    arguments: zip(
      [
        #"{"id": "a", "text": "Why?", "category": "nope", "stages": ["screen"]}"#,
        #"{"id": "a", "text": "Why?", "category": "role", "stages": ["lunch"]}"#,
        #"{"id": "a", "text": "Why?", "category": "role", "stages": []}"#,
        #"{"id": "a", "category": "role", "stages": ["screen"]}"#,
        #"{"id": "a", "text": 3, "category": "role", "stages": ["screen"]}"#,
        #"{"id": "a", "text": "Why {company}?", "category": "role", "stages": ["screen"]}"#,
        #"{"id": "a", "text": "Why {team|us}?", "category": "role", "stages": ["screen"]}"#,
        #"{"id": "a", "text": "Why {role|}?", "category": "role", "stages": ["screen"]}"#,
        #"{"id": "a", "text": "Why { ?", "category": "role", "stages": ["screen"]}"#,
        #"{"id": "a", "text": "Why?", "category": "role", "stages": ["screen"], "fields": ["cooking"]}"#,
        #"{"id": "a", "text": "Why?""#,
        #"["not", "an", "object"]"#,
      ],
      [
        "q.jsonl:1: unknown category \"nope\"",
        "q.jsonl:1: unknown stage \"lunch\"",
        "q.jsonl:1: \"stages\" is empty",
        "q.jsonl:1: missing \"text\"",
        "q.jsonl:1: \"text\" must be a string, not a number",
        "q.jsonl:1: bad slot: slot {company} has no fallback; write {company|fallback}",
        "q.jsonl:1: bad slot: unknown slot 'team'; slots are company and role",
        "q.jsonl:1: bad slot: slot {role|} has an empty fallback",
        "q.jsonl:1: bad slot: '{' without a matching '}'",
        "q.jsonl:1: unknown field \"cooking\"",
        "q.jsonl:1: malformed JSON: unexpected end of input at byte 27",
        "q.jsonl:1: expected a JSON object, found an array",
      ]))
  func reportsProblemsWithFileAndLine(line: String, expected: String) {
    let fields = #"{"name": "sales", "description": "Selling.", "terms": ["quota"]}"#
    let (corpus, problems) = read(line, fields: fields)
    #expect(corpus.questions.isEmpty)
    #expect(problems.first?.description == expected)
  }

  @Test func reportsDuplicateIDsWithTheFirstLine() {
    let line = #"{"id": "a", "text": "Why?", "category": "role", "stages": ["screen"]}"#
    let (corpus, problems) = read([line, line].joined(separator: "\n"))
    #expect(corpus.questions.count == 1)
    #expect(problems.map(\.description) == ["q.jsonl:2: duplicate id \"a\" (first on line 1)"])
  }

  @Test func loadNamesTheFolderWhenItIsMissing() {
    #expect(throws: CorpusError.unreadable(path: "/no/such/corpus", reason: "no such folder")) {
      try CorpusLoader.load(directory: "/no/such/corpus")
    }
  }

  @Test func theShippedCorpusLoads() throws {
    let corpus = try shippedCorpus.get()
    #expect(corpus.questions.count >= 60)
    #expect(Set(corpus.questions.map(\.category)) == Set(Category.allCases))
    #expect(!corpus.descriptions.isEmpty)
    #expect(!corpus.fields.isEmpty)
  }
}

extension CorpusLoaderTests {
  @Test(arguments: ["", "\n  \n\t\n", "\u{FEFF}"])
  func aFileWithoutQuestionsIsAProblem(questions: String) {
    let (corpus, problems) = read(questions)
    #expect(corpus.questions.isEmpty)
    #expect(problems == [CorpusProblem("q.jsonl", 0, "the file holds no questions")])
  }

  @Test func aFileOfBadLinesIsReportedLineByLine() {
    let (_, problems) = read("{\n[1]")
    #expect(problems.map(\.line) == [1, 2])
  }
}
