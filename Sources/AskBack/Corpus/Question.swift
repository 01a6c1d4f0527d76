/// A question to ask around an interview, as stored in `questions.jsonl`.
public struct Question: Sendable, Hashable, Identifiable {
  /// A stable ID such as `timeline-004`.
  public let id: String
  /// The text with its slots.
  public let template: QuestionTemplate
  /// What the question is about.
  public let category: Category
  /// The stages it fits.
  public let stages: StageSet
  /// Posting words that signal the question.
  public let keywords: [String]
  /// The O*NET-SOC groups the question fits; empty when it fits any occupation.
  public let occupations: [SOCGroup]
  /// The question's meaning group: a list holds at most one question of a theme.
  public let theme: String?
  /// The kinds of employer the question fits; empty when it fits any.
  public let employers: [EmployerKind]

  /// Creates a question.
  /// - Throws: ``SlotError`` when the text's slots are malformed.
  public init(
    id: String, text: String, category: Category, stages: StageSet, keywords: [String] = [],
    occupations: [SOCGroup] = [], theme: String? = nil,
    employers: [EmployerKind] = []
  ) throws(SlotError) {
    self.id = id
    self.template = try QuestionTemplate(text)
    self.category = category
    self.stages = stages
    self.keywords = keywords
    self.occupations = occupations
    self.theme = theme
    self.employers = employers
  }

  /// Whether the question fits `occupation`: it has no occupation tags, or one contains it.
  public func fits(_ occupation: OccupationCode) -> Bool {
    occupations.isEmpty || occupations.contains { $0.contains(occupation) }
  }

  /// The text as written, slots included.
  public var text: String { template.source }

  /// The text the index sees: the question with its slots at their
  /// fallbacks, then its keywords.
  public var indexedText: String {
    ([template.fallbackText] + keywords).joined(separator: "\n")
  }
}
