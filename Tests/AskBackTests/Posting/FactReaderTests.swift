import Testing

@testable import AskBack

/// The fact readers keep only what reads well inside a question: a fact that is wrong or
/// garbled costs more than one that is missed.
struct FactReaderTests {
  /// The verbs of the shipped corpus: O*NET's task statements start with them.
  static let verbs: Set<String> = (try? RecommenderTests.recommender.get().reader.verbs) ?? []

  static func duties(_ text: String) -> [String] {
    DutyReader.duties(in: PostingText(text), verbs: verbs).map(\.value)
  }

  @Test func dutiesTakeTheIngFormAndKeepTheObject() {
    let posting = """
      Community Association Manager

      Key Responsibilities
      - Prepare and present budgets to your boards
      - Assess, plan and document care in the chart
      - Deliver direct patient care for a team of five to six patients per shift
      - Reconcile bank, credit card and inventory accounts
      Requirements
      - Reconcile nothing here: this is a requirement
      """
    #expect(
      Self.duties(posting) == [
        "preparing and presenting budgets to the boards",
        "assessing, planning and documenting care in the chart",
        "delivering direct patient care",
        "reconciling bank, credit card and inventory accounts",
      ])
  }

  @Test(arguments: [
    // The title line, a heading glued to a word, an invitation, an address, a noun.
    "Design Consultant, Nashville, TN Employment Type: Full-time",
    "Design ServicesEmployment TypeFull-time",
    "Send resumes to jobs@example.com",
    "Join a small practice in a wonderful county.",
    "Balance, growth, and impact await.",
    "Key member of the leadership team",
    "Pay Details",
    "Working knowledge of Microsoft Office products required",
    "Design develop and test the product",
  ])
  func linesThatStateNoDutyGiveNone(line: String) {
    let posting = "\(line)\n\nResponsibilities\n\(line)\n\(line)"
    #expect(Self.duties(posting) == [])
  }

  @Test func withoutAHeadingOnlyAListGivesDuties() {
    let prose =
      "Sales Lead\n\nWe are hiring.\nManage the regional accounts of a growing firm.\nWe offer a bonus."
    #expect(Self.duties(prose) == [])
    let list =
      "Sales Lead\n\nWe are hiring.\nManage the regional accounts\nTrain new representatives"
    #expect(
      Self.duties(list) == ["managing the regional accounts", "training new representatives"])
    let bullet = "Sales Lead\n\nWe are hiring.\n• Manage the regional accounts"
    #expect(Self.duties(bullet) == ["managing the regional accounts"])
  }

  @Test func anAbbreviationEndsNoSentence() {
    let posting = "Accounting Manager\n\nResponsibilities\nOversee U.S. general ledger accounting."
    #expect(Self.duties(posting) == ["overseeing U.S. general ledger accounting"])
  }

  @Test func teamsAreNamedDepartments() {
    let text = PostingText(
      """
      Analyst
      You will join the Finance team and work with our accounts payable team,
      the Delivery Enablement team, a cohesive team, the Software Developer team and the
      client's U.S team.
      """)
    #expect(
      TeamReader.teams(in: text).map(\.value) == [
        "Finance", "accounts payable", "Delivery Enablement",
      ])
  }

  @Test func aTeamsNameIsNeitherCutShortNorRunIntoTheSentence() {
    let text = PostingText(
      """
      Account Manager
      Work with the Customer Success team and our productive sales team.
      Partner with the Sales and Marketing team; maintain branch Operations team reports.
      Coordinate with insurersEnsure client service team standards.
      Unpaid Internship: Development team. We enable data team members.
      Support the sales business development team.
      """)
    #expect(
      TeamReader.teams(in: text).map(\.value) == [
        "Customer Success", "sales", "Sales and Marketing", "Development",
      ])
  }

  @Test func aJoinedNameOrAnAcronymInBracketsNamesTheTeam() {
    let text = PostingText(
      """
      Project Manager
      The Project & Engineering team works across the country.
      Lead projects in the appropriate Region Promote team culture that meets commitments.
      Join our Clinical Pharmacology & Quantitative Pharmacology (CPQP) team.
      Work with the HR, Compensation, and Payroll teams.
      Work with Partner Business Development & Sales team to close new logos.
      Follow the Intelligence Community Directives (ICD), Department of Defense rules.
      """)
    #expect(
      TeamReader.teams(in: text).map(\.value) == [
        "Project & Engineering", "CPQP", "Payroll", "Business Development & Sales",
      ])
  }

  @Test func aDutyLosesItsAdjectivesOfPraise() {
    let posting = """
      Marketing Manager

      Responsibilities
      - Develop and execute comprehensive marketing plans
      - Conduct thorough research on a robust market
      - Prepare a thorough review of vendors
      """
    #expect(
      Self.duties(posting) == [
        "developing and executing marketing plans",
        "conducting research on a robust market",
        "preparing a thorough review of vendors",
      ])
  }

  @Test func anAcronymInBracketsIsPassedOverButAnAsideEndsTheDuty() {
    let posting = """
      Facilities Analyst

      Responsibilities
      - Analyze facility condition assessment (FCA) data for every site
      - Review capital requests (see the attached policy) each quarter
      """
    #expect(
      Self.duties(posting) == [
        "analyzing facility condition assessment data for every site",
        "reviewing capital requests",
      ])
  }

  @Test func aPartnerTeamIsNotTheJobsOwn() {
    let teams = ["Sales", "Client Services", "Accounting", "Finance", "Public Works", "Product"]
      .map { PostingFact(value: $0, evidence: "") }
    func partners(_ role: String?, _ occupation: String?) -> [String] {
      TeamReader.partners(of: teams, role: role, occupation: occupation).map(\.value)
    }
    // The occupation names the work the title leaves out; its generic words do not count.
    #expect(
      partners(
        "Account Executive",
        "Sales Representatives of Services, Except Advertising, Insurance, Financial Services, "
          + "and Travel")
        == ["Client Services", "Accounting", "Public Works", "Product"])
    // Stems that start one another: an accountant's team is Accounting, an analyst's Finance.
    #expect(
      partners("Staff Accountant", nil) == [
        "Sales", "Client Services", "Finance", "Public Works", "Product",
      ])
    #expect(
      partners("Senior Financial Analyst", nil)
        == ["Sales", "Client Services", "Accounting", "Public Works", "Product"])
    #expect(
      partners("Director of Public Works", nil)
        == ["Sales", "Client Services", "Accounting", "Finance", "Product"])
    #expect(partners(nil, nil) == teams.map(\.value))
  }

  @Test func aPartnerSlotIsFilledOnlyWithAnotherTeam() throws {
    let recommender = try RecommenderTests.recommender.get()
    let posting = """
      Account Executive
      Acme Freight is a logistics company. You will join the Sales team and hand accounts to
      the Client Services team after signing.
      Responsibilities:
      - Prospect and close new logistics accounts.
      """
    let facts = recommender.read(posting).facts
    #expect(facts.teams.map(\.value) == ["Sales", "Client Services"])
    #expect(facts.options(for: .partner).map(\.value) == ["Client Services"])
    #expect(facts.options(for: .team).map(\.value) == ["Sales", "Client Services"])
  }

  @Test func anAcronymThatNamesSomethingElseNeedsACredentialWord() {
    let text = PostingText(
      "Engineer\nShifts start at 9am CST. Keep the CRM current. A PE license and a CPA are required."
    )
    #expect(CredentialReader.credentials(in: text).map(\.value) == ["PE license", "CPA"])
    // A question reads "Beyond the SAFe certification, …", not "Beyond the SAFe certified".
    let certified = PostingText("Coach\nYou must be SAFe certified.")
    #expect(CredentialReader.credentials(in: certified).map(\.value) == ["SAFe certification"])
  }

  @Test func equipmentCountsOnlyForTheOccupationsThatNameIt() throws {
    let cook = try #require(OccupationCode("35-2014.00"))
    let manager = try #require(OccupationCode("15-1299.09"))
    let gazetteer = Gazetteer(
      equipment: [ToolExample(name: "Ranges", category: "Commercial use ranges", occupations: 1)],
      occupations: [
        Occupation(code: cook, title: "Cooks, Restaurant", tools: ["Ranges"]),
        Occupation(code: manager, title: "Information Technology Project Managers"),
      ],
      commonWords: [])
    let matches = gazetteer.matches(in: PostingText("Cook\nWork the ranges and the grill."))
    #expect(matches.map(\.fact.value) == ["ranges"])
    #expect(gazetteer.scoped(matches, to: [cook]).map(\.value) == ["ranges"])
    #expect(gazetteer.scoped(matches, to: [manager, cook]).map(\.value) == ["ranges"])
    #expect(gazetteer.scoped(matches, to: [manager]).isEmpty)
    #expect(gazetteer.scoped(matches, to: []).isEmpty)
  }

  @Test func softwareNamesThatAreWordsTooNeedTheirOccupationsAndTheirCapital() throws {
    let recommender = try RecommenderTests.recommender.get()
    func found(_ posting: String) -> [String] {
      let facts = recommender.facts(of: posting).facts
      return (facts.tools + facts.equipment).map(\.value)
    }
    let cook = found(
      "Line Cook\n\nResponsibilities\n- Prepare dishes on the grills and fryers\n"
        + "- Clean the kitchen at close")
    #expect(cook.contains("fryers"))
    let manager = found(
      "IT Project Manager\n\nResponsibilities\n- Plan projects over a wide range of systems, "
        + "with budgets in ranges agreed with the sponsors\n- Report status in Jira")
    #expect(manager == ["Jira"])
    // A software name that is an ordinary word counts only as written, inside a sentence,
    // and not as part of a longer name.
    let office = found(
      "Office Administrator\n\nResponsibilities\n- Greet every colleague and visitor in our New "
        + "Jersey office\n- Encompass the whole front desk")
    #expect(!office.contains(where: { ["colleague", "Jersey", "Encompass"].contains($0) }))
  }

  @Test func dutiesReadAsWholePhrases() {
    let posting = """
      Quality Specialist

      Responsibilities
      - Review and approve GMP protocols
      - Monitor and improves the quality standards
      - Organize, process, and maintain electronic data relevant
      - Verify dimensions, alignments
      - Provide accounting project support, such as those
      - Track project costs compared
      - Use good judgment
      - Support miscellaneous tasks and projects
      - Ensure all food donors are recognized
      - Investigate more complex complaints and confers
      """
    #expect(
      Self.duties(posting) == [
        "reviewing and approving GMP protocols",
        "monitoring and improving the quality standards",
        "organizing, processing, and maintaining electronic data",
        "tracking project costs",
        "investigating more complex complaints",
      ])
  }

  @Test func dutiesReadAsSentencesNotNotes() {
    let posting = """
      Office Coordinator

      Responsibilities
      - Managing shared drive.
      - Maintain general ledger
      - Create bill of materials for each build
      - Troubleshoot system and equipment problems
      - Prepare and make bank deposits
      - Represent the company
      - Manage and lead teams
      - Perform other projects and duties
      - Maintain and enhance reporting
      - Process payroll
      - Update QuickBooks software to track financial transactions
      - Utilize subject matter expertise
      - Develop, implement and maintain marketing activities
      - Perform complex engineering tasks
      - Manage all reservations related responsibilities
      """
    #expect(
      Self.duties(posting) == [
        "managing the shared drive",
        "maintaining the general ledger",
        "creating the bill of materials for each build",
        "troubleshooting system and equipment problems",
        "preparing and making bank deposits",
        "maintaining and enhancing reporting",
        "processing payroll",
        // A name written in one word ("QuickBooks") is not two bullets run together.
        "updating QuickBooks software",
        // An object that ends on work in general makes no duty to ask about.
      ])
  }

  @Test func aDutyCutInsideAListOfAdjectivesIsDropped() {
    let posting = """
      Retail Sales Associate

      Responsibilities
      - Maintain a clean, organized, and inviting store environment
      - Reconcile bank, credit card and inventory accounts
      """
    #expect(Self.duties(posting) == ["reconciling bank, credit card and inventory accounts"])
  }

  @Test func aGerundAfterAndFollowedByOfIsANounNotADuty() {
    let posting = """
      Client Finance Analyst

      Responsibilities
      - Set up & tracking of new employees
      - Track project costs
      """
    #expect(Self.duties(posting) == ["tracking project costs"])
  }

  @Test func supportingATeamNamesPeopleNotWork() {
    let posting = """
      Service Manager

      Responsibilities
      - Support FOH service team by anticipating guest problems
      - Support marketing team
      - Support month-end close
      """
    #expect(Self.duties(posting) == ["supporting month-end close"])
  }

  @Test func aQuestionTakesTheDutiesWithTheMostToAskAboutFirst() {
    var facts = PostingFacts()
    facts.duties = [
      PostingFact(value: "resolving discrepancies", evidence: "1"),
      PostingFact(value: "reconciling vendor statements", evidence: "2"),
      PostingFact(value: "mentoring other engineers", evidence: "3"),
      PostingFact(value: "processing invoices in SAP", evidence: "4"),
    ]
    #expect(
      facts.options(for: .duty).map(\.value) == [
        "reconciling vendor statements", "processing invoices in SAP", "resolving discrepancies",
        "mentoring other engineers",
      ])
  }

  @Test func helpingAndRelatingAreNoDuties() {
    let posting = """
      Office Specialist

      Responsibilities
      - Provide world class customer support
      - Assist the pharmacist with orders
      - Assist with tax documents and filings
      - Build strong client relations
      - Present client presentations to agencies
      - Conduct and defend party depositions
      - Monitor inventory levels and liaise with vendors
      - Provide/facilitate warm customer conversations
      - Support month-end close
      - Support the sales team
      - Ensure associates greet every guest
      - Ensure compliance with company policies
      - Inform how new products reach the market
      - Schedule and/or reschedule client visits
      - Manage / co-manage the channel
      - Create or review
      - Position Independently conducts cancer research
      """
    #expect(
      Self.duties(posting) == [
        "assisting with tax documents and filings",
        "monitoring inventory levels",
        "supporting month-end close",
        "ensuring compliance with company policies",
      ])
  }

  @Test(
    arguments: [
      (["Enterprise", "Resource", "Planning", "ERP"], "ERP"),
      (["Customer", "Relationship", "Management", "CRM"], "CRM"),
      (["Microsoft", "Dynamics", "GP"], "Microsoft Dynamics GP"),
      (["SAP"], "SAP"),
      (["word", "processing"], nil),
      (["Blogging"], nil),
      (["2000"], nil),
    ] as [([String], String?)])
  func aSoftwareNameIsAProduct(words: [String], expected: String?) {
    #expect(Gazetteer.productName(words) == expected)
  }

  @Test func pairedDutiesAreTwoDifferentTasks() {
    func fact(_ value: String, _ line: String) -> PostingFact {
      PostingFact(value: value, evidence: line)
    }
    var facts = PostingFacts()
    facts.duties = [
      fact("defining system security requirements", "- Define system security requirements"),
      fact("managing system security requirements", "- Manage system security requirements"),
      fact("building client relations", "- Build client relations and engage with clients"),
      fact("engaging with clients", "- Build client relations and engage with clients"),
      fact("auditing vendor files", "- Audit vendor files"),
      fact("assisting the pharmacist", "- Assist the pharmacist"),
      fact(
        "assisting the pharmacist in obtaining orders",
        "- Assist the pharmacist in obtaining orders"),
    ]
    #expect(
      facts.options(for: .duties).map(\.value) == [
        "defining system security requirements and building client relations",
        "managing system security requirements and engaging with clients",
        "auditing vendor files and assisting the pharmacist",
      ])
  }

  @Test func aShortOrPeopleNameIsNoSoftware() throws {
    let recommender = try RecommenderTests.recommender.get()
    let facts = recommender.facts(
      of: "Project Coordinator\n\nResponsibilities\n- Support the PM with Labware LIMS and IQ "
        + "protocols\n- Coordinate the Sales Teams and their Jira boards"
    ).facts
    let tools = facts.tools.map(\.value)
    #expect(!tools.contains(where: { ["PM", "IQ", "Teams"].contains($0) }), "\(tools)")
  }

  @Test(
    arguments: [
      ("Koch is a Koch company with plants in 60 countries.", "Koch", nil),
      ("OpenX is a group of strong engineers.", "OpenX", nil),
      ("Acme is an application Developer position.", "Acme", nil),
      ("Acme is a firm.", "Acme", nil),
      ("Westat is an employee-owned corporation.", "Westat", "an employee-owned corporation"),
      (
        "Harbor & Pine Outfitters is a growing outdoor retailer with 14 stores.",
        "Harbor & Pine Outfitters", "an outdoor retailer"
      ),
    ] as [(String, String, String?)])
  func aBusinessSaysWhatTheEmployerDoes(sentence: String, company: String, expected: String?) {
    let text = PostingText("Analyst\n\n" + sentence)
    #expect(BusinessReader.business(in: text, company: company)?.value == expected)
  }

  @Test func aHeadingGluedToTheTitleIsCut() {
    let posting = """
      Application opening date: April 24, 2024
      Title: Content WriterClassification: ExemptBand Description: Specialist

      Write articles for the blog.
      """
    #expect(PostingFacts(posting: posting).role == "Content Writer")
  }

  @Test func anIdiomOrALawIsNoGovernment() throws {
    let recommender = try RecommenderTests.recommender.get()
    let posting = """
      Design Consultant

      Francois & Co is an architectural surfaces company with state of the art showrooms.
      We follow the guidance of the Department of Labor on overtime.
      """
    #expect(recommender.facts(of: posting).facts.employerKind == .business)
    let agency = "Planner\n\nCity of Springfield is a growing community of 60,000 residents."
    #expect(recommender.facts(of: agency).facts.employerKind == .government)
  }

  @Test func aCompanyNameLosesItsLeadingArticle() {
    let posting = """
      Research Scientist

      The Georgia Tech Research Institute is a nonprofit applied research organization.
      """
    #expect(PostingFacts(posting: posting).company == "Georgia Tech Research Institute")
  }

  @Test func aDegreeIsNoCollege() throws {
    let posting = """
      Sales Associate

      CITY Boots is a luxury boot brand. A college degree is a plus; college students welcome.
      We build a strong foundation in retail for every associate, a foundation for growth.
      """
    let recommender = try RecommenderTests.recommender.get()
    #expect(recommender.facts(of: posting).facts.employerKind == .business)
  }

  @Test func customersMarketsAndRequirementsAreNoKindOfEmployer() throws {
    let recommender = try RecommenderTests.recommender.get()
    let posting = """
      Quality Coordinator

      Acme Foods makes snacks sold to hospitals, clinics and K-12 school cafeterias.
      Requirements: High School Diploma or GED. Experience with a consulting firm is a plus.
      Our external advertising partners support every launch.
      """
    #expect(recommender.facts(of: posting).facts.employerKind == .business)
  }

  @Test func theEmployerSpeakingOfItselfNamesItsKind() throws {
    let recommender = try RecommenderTests.recommender.get()
    let firm = """
      Legal Assistant

      Testa & White is an established and dynamic full-service law firm serving clients.
      """
    #expect(recommender.facts(of: firm).facts.employerKind == .firm)
    let family = """
      Assistant Buyer

      Lift 70 pounds. Our local, family-owned company offers a stable place to work.
      """
    #expect(recommender.facts(of: family).facts.employerKind == .smallBusiness)
    let clinic = "Dentist\n\nErie Family Health Centers is hiring a dentist for its clinics."
    #expect(recommender.facts(of: clinic).facts.employerKind == .hospital)
  }
}
