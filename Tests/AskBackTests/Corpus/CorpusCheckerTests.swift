import Testing

@testable import AskBack

struct CorpusCheckerTests {
  /// Rules small enough for a handful of questions.
  static var looseRules: CorpusRules {
    var rules = CorpusRules()
    rules.minimumQuestions = 0
    rules.minimumPerCategory = 0
    rules.minimumPerCoreCategory = 0
    rules.minimumPerStage = 0
    rules.requiredGroups = []
    return rules
  }

  func problems(_ lines: [String], rules: CorpusRules = looseRules) -> [String] {
    let reading = CorpusLoader.read(
      CorpusFiles(
        folder: "",
        contents: [CorpusFiles.questionsFile: Array(lines.joined(separator: "\n").utf8)]))
    return CorpusChecker.check(reading, rules: rules).map(\.description)
  }

  func question(
    _ id: String, _ text: String, _ category: String, _ stages: [String],
    occupations: [String] = [], theme: String? = "role-scope", keywords: [String] = []
  ) -> String {
    var members: [(key: String, value: JSONValue)] = [
      ("id", .string(id)), ("text", .string(text)), ("category", .string(category)),
      ("stages", .array(stages.map(JSONValue.string))),
      ("occupations", .array(occupations.map(JSONValue.string))),
      ("keywords", .array(keywords.map(JSONValue.string))),
    ]
    if let theme { members.append(("theme", .string(theme))) }
    let value: JSONValue = .object(members)
    return JSONWriter.string(value)
  }

  @Test func aGoodQuestionPasses() {
    #expect(
      problems([
        question("a", "What worries {company|the team} most this year?", "challenges", ["screen"])
      ]).isEmpty)
  }

  @Test func payWordsBelongToOfferOnly() {
    let found = problems([
      question("a", "How are bonuses decided for the team?", "team", ["first-round"]),
      question("b", "How much paid time off comes with the role?", "role", ["first-round"]),
      question("c", "What is the salary range?", "offer", ["offer", "screen"]),
      question("d", "How is the 401(k) matched?", "offer", ["offer"]),
    ])
    #expect(
      found == [
        "questions.jsonl:1: a: the pay word 'bonuses' belongs in the offer category only",
        "questions.jsonl:2: b: the pay word 'paid' belongs in the offer category only",
        "questions.jsonl:3: c: offer questions fit the offer stage only",
      ])
  }

  @Test func questionsAreOpenAndEndWithAQuestionMark() {
    let found = problems([
      question("a", "Is the team growing?", "team", ["screen"]),
      question("b", "Tell me about the team.", "team", ["screen"]),
    ])
    #expect(
      found == [
        "questions.jsonl:1: a: opens like a yes/no question ('is ...'); ask an open question",
        "questions.jsonl:2: b: the question does not end with '?'",
      ])
  }

  @Test func stageRulesForFollowUpAndFeedback() {
    let found = problems([
      question(
        "a", "What is the best way to check in next week?", "followup", ["follow-up", "closing"]),
      question("b", "What could I do better next time?", "feedback", ["rejected", "final-round"]),
    ])
    #expect(
      found == [
        "questions.jsonl:1: a: follow-up check-ins fit the follow-up stage only",
        "questions.jsonl:2: b: feedback requests fit the rejected stage only",
      ])
  }

  @Test func slotsMustReadWellAndQuestionsNeedAThemeAndNoPresumption() {
    let found = problems([
      question("a", "How is the unit staffed at night?", "team", ["first-round"], theme: nil),
      question("b", "How does the {role|role} position grow here?", "growth", ["first-round"]),
      question("c", "What does {company| the firm } value?", "culture", ["first-round"]),
      question(
        "d", "What would the {role|new hire} need in the first month?", "success", ["first-round"]),
      question(
        "e", "Given my background in retail, where would I need support?", "concerns",
        ["first-round"]),
      question(
        "f", "If my background in retail is thin, where would I need support first?", "concerns",
        ["first-round"]),
      question(
        "g", "How do {tool}, {team} and {credential} fit together here?", "role", ["first-round"]),
    ])
    #expect(
      found == [
        "questions.jsonl:1: a: the question has no theme",
        "questions.jsonl:2: b: the fallback of {role|...} only repeats the slot's name",
        "questions.jsonl:3: c: the fallback of {company|...} has spaces at its ends",
        "questions.jsonl:4: d: {role|...} stands only before \"role\" or \"position\" (a long title reads badly elsewhere)",
        "questions.jsonl:5: e: presumes what the posting does not say ('my background in')",
        "questions.jsonl:7: g: a question needs at most two facts of the posting",
      ])
  }

  @Test func anONETSOCTagMustNameAKnownOccupation() {
    let occupations = [
      #"{"code": "15-1299.09", "title": "Information Technology Project Managers"}"#
    ].joined(separator: "\n")
    let lines = [
      question(
        "a", "Which projects are most at risk?", "challenges", ["first-round"],
        occupations: ["15-1299.09"]),
      question(
        "b", "Which systems are hardest to change?", "challenges", ["first-round"],
        occupations: ["15-1299.07"], theme: "challenges-obstacles"),
    ]
    let reading = CorpusLoader.read(
      CorpusFiles(
        folder: "",
        contents: [
          CorpusFiles.questionsFile: Array(lines.joined(separator: "\n").utf8),
          CorpusFiles.occupationsFile: Array(occupations.utf8),
        ]))
    #expect(
      CorpusChecker.check(reading, rules: Self.looseRules).map(\.description) == [
        "questions.jsonl:2: b: no O*NET-SOC occupation 15-1299.07 in occupations/occupations.jsonl"
      ])
  }

  @Test func nearDuplicatesAreFound() {
    let found = problems([
      question(
        "a", "What are the biggest challenges facing the team this year?", "challenges", ["screen"]),
      question(
        "b", "What are the biggest challenges facing the team this quarter?", "challenges",
        ["screen"]),
      question("c", "Who are your main competitors?", "competitors", ["screen"]),
      // Written for different work, they never share a list.
      question(
        "d", "How is the night shift staffed on the unit today?", "team", ["screen"],
        occupations: ["29-1141"]),
      question(
        "e", "How is the night shift staffed on the dock today?", "team", ["screen"],
        occupations: ["53-7062"]),
    ])
    #expect(
      found == ["questions.jsonl:2: b nearly repeats a on line 1 (80% of their words are shared)"])
  }

  @Test func minimumCountsAreEnforced() {
    let found = problems(
      [question("a", "Who are your main competitors?", "competitors", ["screen"])],
      rules: CorpusRules())
    #expect(found.contains("questions.jsonl: 1 questions; at least 500 are required"))
    #expect(
      found.contains("questions.jsonl: category timeline has 0 questions; at least 30 are required")
    )
    #expect(
      found.contains("questions.jsonl: category offer has 0 questions; at least 20 are required"))
    #expect(
      found.contains("questions.jsonl: stage rejected has 0 questions; at least 15 are required"))
    #expect(
      found.contains(
        "questions.jsonl: SOC group 29-1000 has 0 questions over 0 categories; at least 10 over 5 are required, with competitors, challenges, concerns, timeline"
      ))
  }

  @Test func theShippedCorpusPassesEveryCheck() throws {
    let reading = try CorpusLoader.read(directory: Paths.corpus.path)
    let found = CorpusChecker.check(reading)
    #expect(found.isEmpty, "\(found.prefix(10).map(\.description))")
  }

  @Test(
    arguments: zip(
      [
        "What is the salary?", "How many paid holidays?", "Any stock options?",
        "Tell me about the 401(k).", "How do payments settle?", "How busy is the holiday season?",
        "Which insurance carriers do you sell?",
      ],
      ["salary", "paid", "stock options", "401(k)", nil, nil, nil]))
  func payTermsMatchWordsNotFragments(text: String, expected: String?) {
    #expect(PayTerms.firstMatch(in: text) == expected)
  }
}
