/// The standards a corpus is checked against.
public struct CorpusRules: Sendable {
  public var minimumQuestions = 500
  public var minimumPerCategory = 20
  public var minimumPerCoreCategory = 30
  public var minimumPerStage = 15
  public var minimumFields = 18
  /// Fields that must have a profile.
  public var requiredFields = [
    "accounting", "administrative", "business development", "design", "engineering", "finance",
    "healthcare", "information technology", "legal", "management", "marketing",
    "project management", "sales", "education", "human resources", "customer service",
    "hospitality", "manufacturing", "research",
  ]
  /// Questions specific to each field.
  public var minimumPerField = 20
  /// Job descriptions of each field.
  public var minimumDescriptionsPerField = 5
  /// Distinct terms in each field profile.
  public var minimumProfileTerms = 40
  /// Two questions whose word sets have a Jaccard similarity at or above this
  /// say the same thing.
  public var nearDuplicateJaccard = 0.8

  public init() {}
}

/// Checks a corpus against ``CorpusRules`` and the rules every question must
/// follow.
///
/// Beyond what ``CorpusLoader`` checks line by line, a question must end with
/// a question mark and not open like a yes/no question; slot fallbacks must
/// be trimmed and differ from the slot's name; pay words appear only in the
/// `offer` category, which fits the `offer` stage only; follow-up check-ins
/// fit `follow-up` only and feedback requests `rejected` only; a question for
/// a field has keywords; no two questions are near duplicates; and the
/// minimum counts hold.
public enum CorpusChecker {
  /// Words that open a yes/no question.
  static let yesNoOpenings: Set<String> = [
    "is", "are", "am", "was", "were", "do", "does", "did", "can", "will", "would", "have",
    "has", "had", "should", "shall", "may", "might", "must",
  ]

  /// Every problem of `reading`: those found while reading, then those of
  /// the rules, each as `file:line: message`, in file and line order.
  ///
  /// - Complexity: O(*n*² *w*) for *n* questions of *w* words, for the
  ///   near-duplicate check.
  public static func check(
    _ reading: CorpusReading, rules: CorpusRules = .init()
  ) -> [CorpusProblem] {
    var problems = reading.problems
    let corpus = reading.corpus
    let path = reading.questionsPath
    var wordSets: [Set<String>] = []
    for (question, line) in zip(corpus.questions, reading.questionLines) {
      problems += checkQuestion(question, path: path, line: line)
      wordSets.append(Set(Words.lowercased(question.template.fallbackText)))
    }
    problems += nearDuplicates(reading, wordSets: wordSets, threshold: rules.nearDuplicateJaccard)
    problems += counts(reading, rules: rules)
    return problems.sorted {
      ($0.path, $0.line) < ($1.path, $1.line)
    }
  }

  static func checkQuestion(_ question: Question, path: String, line: Int) -> [CorpusProblem] {
    var problems: [CorpusProblem] = []
    func report(_ message: String) { problems.append(CorpusProblem(path, line, message)) }
    let text = question.template.fallbackText
    if !text.hasSuffix("?") { report("\(question.id): the question does not end with '?'") }
    if let first = Words.lowercased(text).first, yesNoOpenings.contains(first) {
      report("\(question.id): opens like a yes/no question ('\(first) ...'); ask an open question")
    }
    for part in question.template.parts {
      guard case .slot(let slot, let fallback?) = part else { continue }
      if fallback != fallback.trimmingWhitespace {
        report("\(question.id): the fallback of {\(slot.rawValue)|...} has spaces at its ends")
      }
      if fallback.lowercased() == slot.rawValue {
        report(
          "\(question.id): the fallback of {\(slot.rawValue)|...} only repeats the slot's name")
      }
    }
    if question.category == .offer {
      if question.stages != StageSet([.offer]) {
        report("\(question.id): offer questions fit the offer stage only")
      }
    } else if let pay = PayTerms.firstMatch(
      in: text + " " + question.keywords.joined(separator: " "))
    {
      report("\(question.id): the pay word '\(pay)' belongs in the offer category only")
    }
    if question.category == .followup && question.stages != StageSet([.followUp]) {
      report("\(question.id): follow-up check-ins fit the follow-up stage only")
    }
    if question.category == .feedback && question.stages != StageSet([.rejected]) {
      report("\(question.id): feedback requests fit the rejected stage only")
    }
    if !question.fields.isEmpty && question.keywords.isEmpty {
      report("\(question.id): a question for a field needs keywords")
    }
    return problems
  }

  static func nearDuplicates(
    _ reading: CorpusReading, wordSets: [Set<String>], threshold: Double
  ) -> [CorpusProblem] {
    var problems: [CorpusProblem] = []
    let questions = reading.corpus.questions
    for j in 0..<wordSets.count {
      for i in 0..<j {
        let a = wordSets[i]
        let b = wordSets[j]
        let smaller = Double(min(a.count, b.count))
        let larger = Double(max(a.count, b.count))
        guard larger > 0, smaller / larger >= threshold else { continue }
        let shared = Double(a.intersection(b).count)
        let similarity = shared / (Double(a.count) + Double(b.count) - shared)
        if similarity >= threshold {
          let percent = Int((similarity * 100).rounded())
          problems.append(
            CorpusProblem(
              reading.questionsPath, reading.questionLines[j],
              "\(questions[j].id) nearly repeats \(questions[i].id) on line "
                + "\(reading.questionLines[i]) (\(percent)% of their words are shared)"))
        }
      }
    }
    return problems
  }

  static func counts(_ reading: CorpusReading, rules: CorpusRules) -> [CorpusProblem] {
    var problems: [CorpusProblem] = []
    let corpus = reading.corpus
    let questionsPath = reading.questionsPath
    func report(_ path: String, _ message: String) {
      problems.append(CorpusProblem(path, 0, message))
    }

    if corpus.questions.count < rules.minimumQuestions {
      report(
        questionsPath,
        "\(corpus.questions.count) questions; at least \(rules.minimumQuestions) are required")
    }
    for category in Category.allCases {
      let count = corpus.questions.filter { $0.category == category }.count
      let minimum =
        Category.core.contains(category) ? rules.minimumPerCoreCategory : rules.minimumPerCategory
      if count < minimum {
        report(
          questionsPath,
          "category \(category.rawValue) has \(count) questions; at least \(minimum) are required")
      }
    }
    for stage in Stage.allCases {
      let count = corpus.questions.filter { $0.stages.contains(stage) }.count
      if count < rules.minimumPerStage {
        report(
          questionsPath,
          "stage \(stage.rawValue) has \(count) questions; at least \(rules.minimumPerStage) are required"
        )
      }
    }
    let fieldsPath = reading.fieldsPath ?? questionsPath
    if corpus.fields.count < rules.minimumFields {
      report(
        fieldsPath, "\(corpus.fields.count) fields; at least \(rules.minimumFields) are required")
    }
    let profiled = Set(corpus.fields.map(\.name))
    for field in rules.requiredFields where !profiled.contains(field) {
      report(fieldsPath, "the field \"\(field)\" has no profile")
    }
    for (profile, line) in zip(corpus.fields, reading.fieldLines) {
      let distinct = Set(profile.terms.map { $0.lowercased() }).count
      if distinct < rules.minimumProfileTerms {
        problems.append(
          CorpusProblem(
            fieldsPath, line,
            "the field \"\(profile.name)\" lists \(distinct) distinct terms; at least \(rules.minimumProfileTerms) are required"
          ))
      }
      let specific = corpus.questions.filter { $0.fields.contains(profile.name) }.count
      if specific < rules.minimumPerField {
        report(
          questionsPath,
          "the field \"\(profile.name)\" has \(specific) questions of its own; at least \(rules.minimumPerField) are required"
        )
      }
      let descriptions = corpus.descriptions.filter { $0.category == profile.name }.count
      if descriptions < rules.minimumDescriptionsPerField {
        report(
          reading.descriptionsPath ?? questionsPath,
          "the field \"\(profile.name)\" has \(descriptions) job descriptions; at least \(rules.minimumDescriptionsPerField) are required"
        )
      }
    }
    return problems
  }
}
