import Testing

@testable import AskBack

/// Job boards' titles and O*NET's titles meet after the same normalisation.
struct TitleNormalizerTests {
  @Test(
    arguments: [
      ("Sr. Accts Payable Spec II - Hybrid", "accounts payable specialist"),
      ("Blender Animator (Contract)", "blender animator"),
      ("Frontend Engineer", "front end engineer"),
      ("Front-End Developer, Remote", "front end developer"),
      ("Backend Software Engineer", "back end software engineer"),
    ])
  func titlesLoseLevelsNotesAndAbbreviations(title: String, expected: String) {
    #expect(TitleNormalizer.normalize(title) == expected)
  }

  @Test(arguments: [
    ("Full-Stack Developer", "Full Stack Developer"), ("Fullstack Engineer", "Full Stack Engineer"),
    ("Back-End Web Developer", "Backend Web Developer"),
  ])
  func oneWordAndTwoWordsMeet(oneWord: String, twoWords: String) {
    #expect(TitleNormalizer.normalize(oneWord) == TitleNormalizer.normalize(twoWords))
  }

  @Test func aTitleWrittenInOneWordFindsTheOccupationWrittenInTwo() throws {
    let recommender = try RecommenderTests.recommender.get()
    let posting = "Frontend Engineer\n\nBuild the user interface of our web product in React."
    let best = recommender.recommend(posting).occupations.first
    #expect(best?.code.rawValue.hasPrefix("15-125") == true, "\(String(describing: best))")
  }
}
