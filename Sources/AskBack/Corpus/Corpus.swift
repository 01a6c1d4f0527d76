/// The questions, job descriptions, field profiles and occupations AskBack works from.
public struct Corpus: Sendable {
  /// The questions, in file order; a question's position is its ``DocID``.
  public let questions: [Question]
  /// The job descriptions, in file order.
  public let descriptions: [JobDescription]
  /// The field profiles, in file order.
  public let fields: [FieldProfile]
  /// The O*NET-SOC occupations, by code.
  public let occupations: [Occupation]
  /// The 2018 SOC groups and their titles.
  public let soc: SOCStructure

  public init(
    questions: [Question], descriptions: [JobDescription] = [], fields: [FieldProfile] = [],
    occupations: [Occupation] = [], soc: SOCStructure = SOCStructure()
  ) {
    self.questions = questions
    self.descriptions = descriptions
    self.fields = fields
    self.occupations = occupations
    self.soc = soc
  }
}
