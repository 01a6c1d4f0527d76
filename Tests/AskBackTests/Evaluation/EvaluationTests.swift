import Testing

@testable import AskBack

struct EvaluationTests {
  @Test(
    arguments: zip(
      [
        ("Acme Health, Inc.", "ACME HEALTH"), ("The Morgan Library", "Morgan Library"),
        ("R&D Labs", "R and D Labs"), ("Acme", "Acme Health"),
      ],
      [true, true, true, false]))
  func companiesCompareWithoutCaseSuffixOrArticle(pair: (String, String), same: Bool) {
    #expect(EvaluationReport.sameCompany(pair.0, pair.1) == same)
  }

  @Test func overlapIsSharedWordsOverTheSmallerSet() {
    #expect(
      EvaluationReport.overlap(
        "Accounting Manager", "Accounting Manager / Remote / Big4 Exp. Required") == 1)
    #expect(EvaluationReport.overlap("Staff Accountant", "Senior Accountant") == 0.5)
    #expect(EvaluationReport.overlap("", "Nurse") == 0)
  }

  @Test func aReportCountsTheMeasures() throws {
    let recommender = try RecommenderTests.recommender.get()
    let posting = LabelledPosting(
      id: "p1", title: "Staff Accountant", company: "Harbor & Pine Outfitters",
      category: "accounting",
      description: try RecommenderTests.example("staff-accountant.txt"))
    var report = EvaluationReport(stage: .firstRound, limit: 10)
    report.add(posting, recommender.recommend(posting.text))
    #expect(report.postings == 1)
    #expect(report.coreCovered == 1)
    #expect(report.fieldTop1 == 1)
    #expect(report.occupationCovered == 1)
    // The staff accountant example names tools and duties: the list holds its grounded place.
    #expect(report.groundedQuestions >= RankingPolicy().groundedTarget)
    #expect(report.payQuestions == 0)
    #expect(report.companyEligible == 1 && report.companyCorrect == 1)
    #expect(report.roleCorrect == 1)
    #expect(report.nearDuplicatePairs == 0)
    #expect(report.summary.contains("field top-1: 1 (1/1)"))
  }
}
