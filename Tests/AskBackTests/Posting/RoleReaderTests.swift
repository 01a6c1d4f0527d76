import Testing

@testable import AskBack

/// The plausibility check a role passes before it fills a question's slot.
struct RoleReaderTests {
  @Test(
    arguments: [
      ("Staff Accountant", true),
      ("PeopleSoft Developer", true),
      ("McKinsey Engagement Manager", true),
      ("Cloud / .NET Developer", true),
      ("Director of Operations", true),
      ("Title", false),
      ("remote", false),
      ("Full-time", false),
      ("Hiring", false),
      ("Cloud", false),
      ("Administrative CoordinatorOrganization", false),
      ("Senior Electronics Design EngineerJob Location", false),
      ("Sr. Salesforce DeveloperLocation", false),
      ("Accounts Payable SpecialistSalary: $50k", false),
      ("Sales Jobs Coordinator", true),
      ("One Two Three Four Five Six Seven Eight", true),
      ("One Two Three Four Five Six Seven Eight Nine", false),
      (String(repeating: "Engineering", count: 8), false),
    ])
  func checksPlausibility(role: String, plausible: Bool) {
    #expect(RoleReader.isPlausible(role) == plausible)
  }

  @Test(
    arguments: zip(
      [
        "Title: We are looking for a friendly person to help in our busy office\n\nWe need help.",
        "Administrative CoordinatorOrganization\n\nWe need help with scheduling.",
        "Cloud / .NET Developer - Hybrid\n\nWe build apps.",
        "Position: Cloud / .NET Developer Location: 100% Remote\n\nWe build apps.",
        "Title: Hiring\n\nWe are seeking a Staff Accountant to close the books.",
        "Remote\n\nWe need a bookkeeper.",
        "Registered Nur\u{AD}se\n\nNights.",
      ],
      [
        nil, nil, "Cloud / .NET Developer", "Cloud / .NET Developer", "Staff Accountant", nil,
        "Registered Nurse",
      ] as [String?]))
  func aBrokenRoleIsLeftOut(posting: String, expected: String?) {
    #expect(PostingFacts(posting: posting).role == expected)
  }

  @Test(
    arguments: zip(
      [
        "Labor And Employment Attorney\n\nWe advise employers.",
        "Director Of Finance For The Western Region\n\nWe run plants.",
        "DIRECTOR OF FINANCE\n\nWe run plants.",
        "And Then Some Coordinator\n\nWe plan events.",
      ],
      [
        "Labor and Employment Attorney", "Director of Finance for the Western Region",
        "DIRECTOR OF FINANCE", "And Then Some Coordinator",
      ]))
  func aTitlesSmallWordsReadAsASentenceWritesThem(posting: String, expected: String) {
    #expect(PostingFacts(posting: posting).role == expected)
  }

  @Test func theFallbackFillsTheSlotOfABrokenRole() throws {
    let template = try QuestionTemplate(
      "What does a good first month look like for the {role|new hire}?")
    let facts = PostingFacts(posting: "Title: Hiring\n\nWe need help with month-end close.")
    #expect(
      template.render(SlotFills(company: facts.company, role: facts.role))
        == "What does a good first month look like for the new hire?")
  }

  @Test func aLongOrGenericRoleLeavesTheSlotToItsFallback() throws {
    let template = try QuestionTemplate("What challenges come with the {role|open} position?")
    func render(_ role: String) -> String? {
      template.render(SlotFills(posting: PostingFacts(role: role)))
    }
    #expect(
      render("Staff Accountant") == "What challenges come with the Staff Accountant position?")
    #expect(render("Owner") == "What challenges come with the open position?")
    #expect(
      render("FL Bar Associate Attorney Tax") == "What challenges come with the open position?")
  }
}
