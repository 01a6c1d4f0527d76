import Testing

@testable import AskBack

struct PostingFactsTests {
  @Test(
    arguments: zip(
      [
        "Staff Accountant\n\nAbout Harbor & Pine Outfitters\nWe sell outdoor gear.",
        "Registered Nurse - Nights (Remote)\n\nLakeshore Hospital is a 200-bed hospital in Ohio.",
        "Backend Engineer\n\nJoin Fernway, a fintech company that helps small businesses.",
        "Data Analyst\n\nAt Brightline Labs, we turn data into decisions.",
        "Title: Office Manager\nCompany: Cedar & Stone LLC\nWe need help.",
        "Project Assistant\n\nCompany DescriptionSICIS is a leading maker of mosaics.",
        "Legal Assistant\n\nTesta Heck & White, P.A. is an established law firm.",
        "Marketing Coordinator\n\nWe are looking for a coordinator. Travel is required. Experience is a plus.",
        "We are seeking an experienced Charge Nurse to lead our night team.",
        "Welder\n\nWe are Ridgeline Fabrication. Our shop builds trailers.",
        "(US) Sr. Solutions Analyst, Clinical\n\nWe are Ridgeline Fabrication.",
        "Teacher\n\nHere at Maple Grove Academy, we believe every child can learn.",
        "Tutor\n\n\u{FEFF}Working for The Uncommon Thread has so many benefits!",
      ],
      [
        ("Staff Accountant", "Harbor & Pine Outfitters"),
        ("Registered Nurse", "Lakeshore Hospital"),
        ("Backend Engineer", "Fernway"),
        ("Data Analyst", "Brightline Labs"),
        ("Office Manager", "Cedar & Stone"),
        ("Project Assistant", "SICIS"),
        ("Legal Assistant", "Testa Heck & White"),
        ("Marketing Coordinator", nil),
        ("Charge Nurse", nil),
        ("Welder", "Ridgeline Fabrication"),
        ("Sr. Solutions Analyst", "Ridgeline Fabrication"),
        ("Teacher", "Maple Grove Academy"),
        ("Tutor", "Uncommon Thread"),
      ] as [(String?, String?)]))
  func findsRoleAndCompany(posting: String, expected: (String?, String?)) {
    let facts = PostingFacts(posting: posting)
    #expect(facts.role == expected.0)
    #expect(facts.company == expected.1)
  }

  @Test(
    arguments: zip(
      [
        "Social Security Specialist / Retirement Benefit Advisor (Remote)\n\nHelp clients plan.",
        "Job Description\nTitle: Cloud / .NET Developer - Hybrid\nWe build apps.",
        "We are seeking an experienced Charge Nurse to lead our night team.",
        "Job Description\n\nWe need someone to answer phones.",
        "(US) Sr. Solutions Analyst, Clinical\n\nJoin us.",
      ],
      [
        "Social Security Specialist / Retirement Benefit Advisor (Remote)",
        "Cloud / .NET Developer - Hybrid", "Charge Nurse", nil,
        "(US) Sr. Solutions Analyst, Clinical",
      ] as [String?]))
  func keepsTheWholeTitleLineForTheFieldModel(posting: String, expected: String?) {
    let facts = PostingFacts(posting: posting)
    #expect(facts.titleLine == expected)
    #expect(RoleReader.titleLine(of: posting) == expected)
    if let role = facts.role, let line = facts.titleLine { #expect(line.contains(role)) }
  }

  @Test func neverInventsANameThatIsNotInTheText() {
    let facts = PostingFacts(
      posting: "We need a reliable person to answer phones and greet visitors.")
    #expect(facts.company == nil)
  }

  @Test(
    arguments: zip(
      [
        "Pay range: $60,000 - $75,000 per year.",
        "Compensation: $28/hour plus tips.",
        "This is a hybrid role based in Denver.",
        "Fully remote within the US.",
        "Some travel required, up to 25%.",
        "The coordinator reports to the Director of Operations.",
        "We value teamwork and a positive attitude.",
        "We process $2B a year in payments and $5 million a month in refunds.",
      ],
      [
        [Topic.salaryRange], [.salaryRange], [.workArrangement], [.workArrangement], [.travel],
        [.reportingLine], [], [],
      ]))
  func findsWhatThePostingAnswers(text: String, topics: [Topic]) {
    #expect(PostingFacts(posting: text).answered.keys.sorted() == topics)
  }

  @Test func tellsWhichQuestionsAskAboutATopic() throws {
    func question(_ text: String) throws -> Question {
      try Question(id: "q", text: text, category: .role, stages: [.screen])
    }
    #expect(
      Topic.asked(by: try question("Who would the {role|new hire} report to?")) == .reportingLine)
    #expect(Topic.asked(by: try question("How much travel does the job involve?")) == .travel)
    #expect(
      Topic.asked(by: try question("How many days in the office each week?")) == .workArrangement)
    #expect(
      Topic.asked(by: try question("What is the salary range for this level?")) == .salaryRange)
    #expect(
      Topic.asked(by: try question("How do you help the people who report to you grow?")) == nil)
    #expect(
      Topic.asked(by: try question("Where does the network struggle: remote sites or VPN?")) == nil)
  }

  @Test(
    arguments: [
      (
        "Legal Assistant\n\nBrightway Staffing is partnering with a public healthcare "
          + "corporation for an experienced Legal Assistant to join their team!",
        true
      ),
      (
        "Electrician\n\nNorthgate Staffing is a privately owned business. We place "
          + "electricians with light industrial employers.",
        true
      ),
      ("Developer\n\nDuration: 6 months\nWork Auth: W2 only\nSkills: Java", true),
      (
        "Content Strategist\n\nWe are looking for a strategist to join our client's content "
          + "team. Cella by Randstad offers a benefits package.",
        true
      ),
      (
        "Flight Software Engineer\n\nOrbital Search Partners is looking to hire an engineer "
          + "for a commercial space company located in Houston.",
        true
      ),
      (
        "Analyst\n\nMeridian Advisory is a consulting firm. You will manage our client "
          + "portfolio and report on our client's programs. We can sponsor an H-1B visa or a "
          + "green card for this role.",
        false
      ),
    ] as [(String, Bool)])
  func agencyPostingsNameNoAgencyAsTheEmployer(posting: String, agency: Bool) {
    let facts = PostingFacts(posting: posting)
    #expect(facts.isAgencyPosting == agency)
    if agency { #expect(facts.company == nil) }
  }

  @Test func aHeadingGluedToTheNameIsCutOff() {
    let facts = PostingFacts(
      posting:
        "VP of Engineering\n\nJob Purpose North AmericaRelish is a growth-stage SaaS company.")
    #expect(facts.company == "Relish")
  }

  @Test func anExportsOrganizationLabelNamingADivisionIsNoCompany() {
    let division = """
      Manager Engineering

      Organization: Higher Education
      Schedule: Full time
      Our higher education division builds learning tools for every student.
      """
    #expect(PostingFacts(posting: division).company == nil)
    let named = "Analyst\n\nOrganization: Brightwater Analytics\nSchedule: Full time"
    #expect(PostingFacts(posting: named).company == "Brightwater Analytics")
  }

  @Test func aDepartmentAfterTheEmployersNameIsNotPartOfIt() {
    let posting = """
      Manager, Software Engineering

      We are Brightwater. We connect shops with the people they serve.
      At Brightwater Engineering, we use agile methods to ship every week.
      """
    #expect(PostingFacts(posting: posting).company == "Brightwater")
  }
}
