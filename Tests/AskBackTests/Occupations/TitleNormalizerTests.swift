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

  @Test(
    arguments: [
      ("Head of Sales", true), ("VP Ecommerce", true), ("Owner", true),
      ("Director of Public Works", true), ("Store Mgr", true), ("Marketing Coordinator", false),
      ("Administrative Coordinator", false), ("Senior Data Engineer", false),
    ])
  func aTitleNamesManagementByItsWords(title: String, names: Bool) {
    #expect(TitleNormalizer.namesManagement(title) == names)
  }

  @Test(
    arguments: [
      ("Head of Sales", true), ("VP Ecommerce", true), ("Director of Public Works", true),
      ("Chief Operating Officer", true), ("CFO", true), ("Vice President, Operations", true),
      ("Assistant Director of Admission", true), ("Store Manager", false),
      ("Program Manager", false), ("Head Cook", false), ("Marketing Coordinator", false),
    ])
  func aTitleNamesASeniorManagerByItsWords(title: String, names: Bool) {
    #expect(TitleNormalizer.namesSeniorManagement(title) == names)
  }

  @Test func aSeniorManagersTitleLeansAwayFromOccupationsOutsideManagement() throws {
    let model = try RecommenderTests.recommender.get().occupationModel
    var tokens = TokenBuffer()
    Analyzer.standard.analyze(
      "Lead the regional sales team, set quotas, and close enterprise deals with federal buyers.",
      into: &tokens)
    var flat = model.configuration
    flat.othersWithSeniorTitle = 1
    let managers = try #require(model.codes.firstIndex { $0.rawValue == "11-2022.00" })
    let representatives = try #require(model.codes.firstIndex { $0.rawValue == "41-3091.00" })
    let director = model.channels(title: "Regional Director of Sales", text: tokens)
    #expect(director.seniorTitle)
    let scaled = director.combined(model.configuration)
    let unscaled = director.combined(flat)
    #expect(unscaled[representatives] > 0)
    #expect(
      abs(
        scaled[representatives] - model.configuration.othersWithSeniorTitle
          * unscaled[representatives]) < 1e-9)
    #expect(model.configuration.othersWithSeniorTitle < 1)
    #expect(scaled[managers] == unscaled[managers])
    // A title that names no senior manager, or none, leaves the scores as they are.
    for title in ["Sales Manager", "Sales Representative", nil] {
      let channels = model.channels(title: title, text: tokens)
      #expect(!channels.seniorTitle)
      #expect(channels.combined(model.configuration) == channels.combined(flat))
    }
  }

  @Test func aTitleWithoutAWordOfManagementLeansAwayFromManagementOccupations() throws {
    let model = try RecommenderTests.recommender.get().occupationModel
    var tokens = TokenBuffer()
    Analyzer.standard.analyze(
      "Plan the marketing calendar, schedule social media posts and track campaign results.",
      into: &tokens)
    var flat = model.configuration
    flat.managementWithoutManagerialTitle = 1
    let managers = try #require(model.codes.firstIndex { $0.rawValue == "11-2021.00" })
    let specialists = try #require(model.codes.firstIndex { $0.rawValue == "13-1161.00" })
    // O*NET lists "Marketing Coordinator" under Marketing Managers as well as under marketing
    // specialists; a coordinator's posting is seldom a manager's.
    let coordinator = model.channels(title: "Marketing Coordinator", text: tokens)
    #expect(!coordinator.managerialTitle)
    let scaled = coordinator.combined(model.configuration)
    let unscaled = coordinator.combined(flat)
    #expect(unscaled[managers] > 0)
    #expect(abs(scaled[managers] - 0.8 * unscaled[managers]) < 1e-9)
    #expect(scaled[specialists] == unscaled[specialists])
    // A manager's title, or none, leaves the scores as they are.
    for title in ["Marketing Manager", nil] {
      let channels = model.channels(title: title, text: tokens)
      #expect(channels.combined(model.configuration) == channels.combined(flat))
    }
  }
}
