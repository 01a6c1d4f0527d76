/// The questions, job descriptions and field profiles AskBack works from.
public struct Corpus: Sendable {
  /// The questions, in file order; a question's position is its ``DocID``.
  public let questions: [Question]
  /// The job descriptions, in file order.
  public let descriptions: [JobDescription]
  /// The field profiles, in file order.
  public let fields: [FieldProfile]

  public init(
    questions: [Question], descriptions: [JobDescription] = [], fields: [FieldProfile] = []
  ) {
    self.questions = questions
    self.descriptions = descriptions
    self.fields = fields
  }
}
