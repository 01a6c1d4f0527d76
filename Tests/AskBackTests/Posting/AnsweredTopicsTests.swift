import Testing

@testable import AskBack

struct AnsweredTopicsTests {
  static func pay(_ posting: String) -> String? {
    AnsweredTopics.find(in: PostingText(posting))[.salaryRange]
  }

  @Test(
    arguments: [
      "Salary: $70,000 - $85,000 per year.",
      "The pay is $28/hour to start.",
      "Compensation $60K-$75K plus bonus.",
      "Earn $25 to $30 an hour on the night shift.",
      "We pay $22.50 hourly, weekly paychecks.",
      "A base salary of $90,000 for this role.",
      "Starting at $19 per hour.",
      "The range for this position is $100,000 – $125,000.",
      "Pay between $72K – 168K depending on experience.",
      "Wellness meetings $30/hrTwo paid days off.",
      "Min: $138,800 Mid: $173,500 Max: $208,200",
    ])
  func aStatedPayIsFound(posting: String) {
    #expect(Self.pay(posting) != nil, "\(posting)")
  }

  @Test(
    arguments: [
      "Acme raised $5 million from investors last spring.",
      "We offer a 401(k) plan with a company match of up to $5,000 and tuition support.",
      "Our products serve a $2 billion customer base across three states.",
      "The $3M operations budget is reviewed every quarter.",
      "We have grown to $10 million in revenue in three years.",
      "Donations of $50 to the food bank feed a family for a week.",
      "401(k) program matching $0.50 for every $1.00 up to the first 5% of your salary.",
      "Minimum experience operating revenue of $600,000 or higher annual revenue.",
    ])
  func moneyThatIsNotPayIsNotAPayRange(posting: String) {
    #expect(Self.pay(posting) == nil, "\(posting)")
  }

  @Test func theEvidenceQuotesTheWordsAroundTheAmount() {
    #expect(Self.pay("Salary: $70,000 - $85,000 per year.") == "Salary: $70,000 - $85,000")
  }
}
