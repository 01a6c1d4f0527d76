import Foundation
import Testing

@testable import AskBack

struct RecommenderTests {
  static let recommender: Result<Recommender, CorpusError> = shippedCorpus.map {
    Recommender(corpus: $0)
  }

  static func example(_ name: String) throws -> String {
    try readText(Paths.examples.appending(path: name))
  }

  @Test(arguments: CLITests.examples)
  func interviewListsCoverTheCoreCategories(example: String) throws {
    let recommender = try Self.recommender.get()
    let posting = try Self.example(example)
    for stage in [Stage.screen, .firstRound, .finalRound] {
      let result = recommender.recommend(posting, options: .init(limit: 10, stage: stage))
      #expect(result.questions.count == 10)
      let categories = result.questions.map(\.question.category)
      for core in Category.core { #expect(categories.contains(core), "\(stage): no \(core)") }
      for category in Set(categories) { #expect(categories.filter { $0 == category }.count <= 3) }
      for item in result.questions {
        #expect(item.question.stages.contains(stage))
        #expect(item.question.category != .offer)
        #expect(!PayTerms.mentionsPay(item.question.template.fallbackText))
        #expect(!item.reasons.isEmpty)
      }
    }
  }

  @Test func theExamplesFindTheirOccupationFieldRoleAndCompany() throws {
    let recommender = try Self.recommender.get()
    let expected = [
      (
        "registered-nurse.txt", "29-1141", "healthcare", "Registered Nurse",
        "Lakeshore Community Hospital"
      ),
      (
        "staff-accountant.txt", "13-2011", "accounting", "Staff Accountant",
        "Harbor & Pine Outfitters"
      ),
      ("software-engineer.txt", "15-1252", "engineering", "Backend Software Engineer", "Fernway"),
    ]
    for (file, occupation, field, role, company) in expected {
      let result = recommender.recommend(try Self.example(file))
      #expect(result.occupations.first?.code.detailed == occupation, "\(file)")
      #expect(result.fields.first?.name == field)
      #expect(result.role == role)
      #expect(result.company == company)
      let own = result.questions.filter { !$0.question.occupations.isEmpty }
      #expect(own.count >= 3, "\(file)")
      #expect(result.questions.contains { $0.text.contains(company) || $0.text.contains(role) })
      #expect(!result.questions.contains { $0.text.contains("{") })
    }
  }

  @Test func fieldsAreTheOccupationsProbabilitiesSummedBestFirst() throws {
    let recommender = try Self.recommender.get()
    var tokens = TokenBuffer()
    let posting = try Self.example("staff-accountant.txt")
    Analyzer.standard.analyze(posting, into: &tokens)
    let recognition = recommender.occupationModel.recognise(title: "Staff Accountant", text: tokens)
    let scores = recognition.fields
    #expect(abs(scores.map(\.score).reduce(0, +) - 1) < 1e-9)
    #expect(scores == scores.sorted { $0.score > $1.score })
    #expect(scores.count == FieldMapping.fields.count)
    #expect(
      recognition.occupations.map(\.score) == recognition.occupations.map(\.score).sorted(by: >))
    // Field and occupation never disagree.
    if let best = recognition.occupations.first {
      #expect(scores.first?.name == FieldMapping.field(of: best.code) || best.score < 0.5)
    }
  }

  @Test func eachStageGetsItsKindOfQuestion() throws {
    let recommender = try Self.recommender.get()
    let posting = try Self.example("staff-accountant.txt")
    let expected: [(Stage, Set<Category>)] = [
      (.followUp, [.followup]), (.rejected, [.feedback]), (.offer, [.offer]),
    ]
    for (stage, categories) in expected {
      let result = recommender.recommend(posting, options: .init(limit: 10, stage: stage))
      #expect(result.questions.count == 10)
      #expect(Set(result.questions.map(\.question.category)).isSubset(of: categories))
    }
    let closing = recommender.recommend(posting, options: .init(limit: 10, stage: .closing))
    let categories = Set(closing.questions.map(\.question.category))
    #expect(categories.isSuperset(of: [.timeline, .concerns, .closing]))
  }

  @Test func questionsThePostingAnswersAreLeftOutWithTheReason() throws {
    let recommender = try Self.recommender.get()
    let posting = """
      Senior Accountant

      Acme Health is hiring. This is a hybrid role, three days in the office. The Senior \
      Accountant reports to the Controller. Travel up to 10%. Salary: $70,000 - $85,000 per year.
      """
    let screen = recommender.recommend(posting, options: .init(limit: 10, stage: .screen))
    for item in screen.questions { #expect(Topic.asked(by: item.question) == nil) }
    let reasons = screen.omitted.map(\.reason.description)
    #expect(reasons.contains { $0.hasPrefix("the posting states the reporting line") })
    #expect(reasons.contains { $0.hasPrefix("the posting states the travel") })
    #expect(reasons.contains { $0.hasPrefix("the posting states the work arrangement") })
    let offer = recommender.recommend(posting, options: .init(limit: 10, stage: .offer))
    #expect(
      offer.omitted.contains { $0.reason.description.hasPrefix("the posting states the pay") })
    #expect(!offer.questions.contains { Topic.asked(by: $0.question) == .salaryRange })
  }

  @Test func longListsMayHoldMorePerCategory() throws {
    let recommender = try Self.recommender.get()
    let result = recommender.recommend(
      try Self.example("registered-nurse.txt"), options: .init(limit: 40))
    #expect(result.questions.count == 40)
    let counts = Dictionary(grouping: result.questions, by: \.question.category).mapValues(\.count)
    #expect(counts.values.max() ?? 0 <= 12)
    #expect(Set(result.questions.map(\.question.id)).count == 40)
  }

  @Test func aPostingWithNoKnownWordStillGetsGeneralQuestions() throws {
    let recommender = try Self.recommender.get()
    let result = recommender.recommend("Ελληνικά κείμενα μόνο εδώ")
    #expect(result.questions.count == 10)
    #expect(result.fields.isEmpty)
    #expect(!result.notes.isEmpty)
    #expect(result.occupations.isEmpty)
    #expect(result.questions.allSatisfy { $0.question.occupations.isEmpty })
  }

  @Test func theSameInputGivesTheSameOutput() throws {
    let recommender = try Self.recommender.get()
    let posting = try Self.example("software-engineer.txt")
    let first = RecommendationFormatter.json(recommender.recommend(posting))
    let second = RecommendationFormatter.json(
      Recommender(corpus: try shippedCorpus.get()).recommend(posting))
    #expect(JSONWriter.string(first) == JSONWriter.string(second))
  }
}

extension RecommenderTests {
  @Test func matchedTermsCarryThePostingsOwnWords() throws {
    let recommender = try Self.recommender.get()
    // "entries" twice and "entry" once: the more frequent form is the word; "Reconciliations"
    // and "reconciliation" tie, so the first one written wins.
    let posting =
      "Staff Accountant\n\nPrepare journal entries and an entry log; entries are reviewed. "
      + "Reconciliations each month, and one reconciliation a week."
    let result = recommender.recommend(posting, options: .init(limit: 10))
    let matched = result.questions.flatMap(\.matched)
    let words = Dictionary(matched.map { ($0.term, $0.word) }, uniquingKeysWith: { a, _ in a })
    #expect(words["entri"] == "entries")
    #expect(words["reconcili"] == "reconciliations")
    #expect(words["journal"] == "journal")
    for term in matched { #expect(Analyzer.standard.terms(in: term.word) == [term.term]) }
  }
}
