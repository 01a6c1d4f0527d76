import Foundation
import Testing

@testable import AskBack

struct CorpusLoaderTests {
  func read(_ questions: String, soc: String? = nil) -> (Corpus, [CorpusProblem]) {
    var contents = [CorpusFiles.questionsFile: Array(questions.utf8)]
    if let soc { contents[CorpusFiles.socFile] = Array(soc.utf8) }
    let reading = CorpusLoader.read(CorpusFiles(folder: "", contents: contents))
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
    #expect(question.template.render(SlotFills(company: "Acme")) == "When will Acme decide?")
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
        #"{"id": "a", "text": "Why {role}?", "category": "role", "stages": ["screen"]}"#,
        #"{"id": "a", "text": "Why {crew|us}?", "category": "role", "stages": ["screen"]}"#,
        #"{"id": "a", "text": "Why {role|}?", "category": "role", "stages": ["screen"]}"#,
        #"{"id": "a", "text": "Why { ?", "category": "role", "stages": ["screen"]}"#,
        #"{"id": "a", "text": "Why?", "category": "role", "stages": ["screen"], "occupations": ["99-9999"]}"#,
        #"{"id": "a", "text": "Why?", "category": "role", "stages": ["screen"], "occupations": ["29-1141.0"]}"#,
        #"{"id": "a", "text": "Why?", "category": "role", "stages": ["screen"], "employers": ["castle"]}"#,
        #"{"id": "a", "text": "Why?""#,
        #"["not", "an", "object"]"#,
      ],
      [
        "questions.jsonl:1: unknown category \"nope\"",
        "questions.jsonl:1: unknown stage \"lunch\"",
        "questions.jsonl:1: \"stages\" is empty",
        "questions.jsonl:1: missing \"text\"",
        "questions.jsonl:1: \"text\" must be a string, not a number",
        "questions.jsonl:1: bad slot: slot {role} has no fallback; write {role|fallback}",
        "questions.jsonl:1: bad slot: unknown slot 'crew'; slots are company, role, tool, tools, equipment, duty, duties, team, partner, credential, business, shift",
        "questions.jsonl:1: bad slot: slot {role|} has an empty fallback",
        "questions.jsonl:1: bad slot: '{' without a matching '}'",
        "questions.jsonl:1: unknown SOC group \"99-9999\"",
        "questions.jsonl:1: occupation tag \"29-1141.0\" is not NN-NNNN or NN-NNNN.NN",
        "questions.jsonl:1: unknown employer kind \"castle\"",
        "questions.jsonl:1: malformed JSON: unexpected end of input at byte 27",
        "questions.jsonl:1: expected a JSON object, found an array",
      ]))
  func reportsProblemsWithFileAndLine(line: String, expected: String) {
    let soc = #"{"code": "29-1141", "level": "detailed", "title": "Registered Nurses"}"#
    let (corpus, problems) = read(line, soc: soc)
    #expect(corpus.questions.isEmpty)
    #expect(problems.first?.description == expected)
  }

  @Test func theSOCStructureHoldsGroupsNotONETSOCCodes() {
    let soc = [
      #"{"code": "15-1299", "level": "detailed", "title": "Computer Occupations, All Other"}"#,
      #"{"code": "15-1299.09", "level": "detailed", "title": "IT Project Managers"}"#,
    ].joined(separator: "\n")
    let line = #"{"id": "a", "text": "Why?", "category": "role", "stages": ["screen"]}"#
    let (corpus, problems) = read(line, soc: soc)
    #expect(
      problems.map(\.description) == [
        "occupations/soc.jsonl:2: SOC group \"15-1299.09\" is not NN-NNNN"
      ])
    #expect(corpus.soc.titles.keys.sorted() == ["15-1299"])
  }

  @Test func reportsDuplicateIDsWithTheFirstLine() {
    let line = #"{"id": "a", "text": "Why?", "category": "role", "stages": ["screen"]}"#
    let (corpus, problems) = read([line, line].joined(separator: "\n"))
    #expect(corpus.questions.count == 1)
    #expect(
      problems.map(\.description) == ["questions.jsonl:2: duplicate id \"a\" (first on line 1)"])
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
    #expect(corpus.occupations.count == 1016)
    #expect(corpus.soc.titles.count == 1447)
    #expect(corpus.descriptions.filter { $0.occupation != nil }.count == corpus.descriptions.count)
  }
}

extension CorpusLoaderTests {
  @Test(arguments: ["", "\n  \n\t\n", "\u{FEFF}"])
  func aFileWithoutQuestionsIsAProblem(questions: String) {
    let (corpus, problems) = read(questions)
    #expect(corpus.questions.isEmpty)
    #expect(
      problems == [CorpusProblem(CorpusFiles.questionsFile, 0, "the file holds no questions")])
  }

  @Test func aFileOfBadLinesIsReportedLineByLine() {
    let (_, problems) = read("{\n[1]")
    #expect(problems.map(\.line) == [1, 2])
  }
}
