import Testing

@testable import AskBack

@Suite struct QuestionTemplateTests {
  @Test func aPossessiveAfterANameEndingInSTakesTheApostropheAlone() throws {
    let template = try QuestionTemplate(
      "What do customers choose {company|the business}'s products for, and what keeps them?")
    #expect(
      template.render(SlotFills(company: "Fliteway Technologies"))
        == "What do customers choose Fliteway Technologies' products for, and what keeps them?")
    #expect(
      template.render(SlotFills(company: "Acme"))
        == "What do customers choose Acme's products for, and what keeps them?")
    // An acronym and a fallback keep the whole possessive.
    #expect(
      template.render(SlotFills(company: "AWS"))
        == "What do customers choose AWS's products for, and what keeps them?")
    #expect(
      template.render(SlotFills())
        == "What do customers choose the business's products for, and what keeps them?")
  }
}
