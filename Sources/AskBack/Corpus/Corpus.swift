/// The questions, job descriptions and occupations AskBack works from.
public struct Corpus: Sendable {
  /// The questions, in file order; a question's position is its ``DocID``.
  public let questions: [Question]
  /// The job descriptions, in file order.
  public let descriptions: [JobDescription]
  /// The O*NET-SOC occupations, by code.
  public let occupations: [Occupation]
  /// The 2018 SOC groups and their titles.
  public let soc: SOCStructure
  /// O*NET's technology examples: the software and systems occupations use.
  public let technology: [ToolExample]
  /// O*NET's tools examples: the equipment occupations use.
  public let equipment: [ToolExample]

  public init(
    questions: [Question], descriptions: [JobDescription] = [],
    occupations: [Occupation] = [], soc: SOCStructure = SOCStructure(),
    technology: [ToolExample] = [], equipment: [ToolExample] = []
  ) {
    self.questions = questions
    self.descriptions = descriptions
    self.occupations = occupations
    self.soc = soc
    self.technology = technology
    self.equipment = equipment
  }
}
