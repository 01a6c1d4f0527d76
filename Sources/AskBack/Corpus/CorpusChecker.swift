/// The standards a corpus is checked against.
public struct CorpusRules: Sendable {
  public var minimumQuestions = 500
  public var minimumPerCategory = 20
  public var minimumPerCoreCategory = 30
  public var minimumPerStage = 15
  /// The SOC minor groups that need questions of their own: those that hold 90% of the
  /// labelled development and training postings and of the corpus job descriptions, and the
  /// large everyday occupations job boards carry (retail, warehouse and delivery, drivers, food
  /// service, nursing and allied health, teaching, trades and maintenance, security, customer
  /// service, office work).
  public var requiredGroups = [
    "11-1000", "11-2000", "11-3000", "11-9000", "13-1000", "13-2000", "15-1200", "15-2000",
    "17-2000", "17-3000", "19-1000", "19-4000", "21-1000", "23-1000", "23-2000", "25-2000",
    "25-9000", "27-1000", "27-3000", "29-1000", "29-2000", "31-1100", "31-9000", "33-9000",
    "35-1000", "35-2000", "35-3000", "37-2000", "41-1000", "41-2000", "41-3000", "41-4000",
    "41-9000", "43-1000", "43-3000", "43-4000", "43-5000", "43-6000", "43-9000", "47-2000",
    "49-3000", "49-9000", "51-4000", "51-9000", "53-3000", "53-7000",
  ]
  /// Questions written for each required group, over at least ``minimumGroupCategories``
  /// categories including the four core ones.
  public var minimumPerGroup = 10
  public var minimumGroupCategories = 5
  /// Two questions whose word sets have a Jaccard similarity at or above this
  /// say the same thing.
  public var nearDuplicateJaccard = 0.8

  public init() {}
}

/// Checks a corpus against ``CorpusRules`` and the rules every question must follow.
///
/// Beyond what ``CorpusLoader`` checks line by line, a question must end with a question mark
/// and not open like a yes/no question; slot fallbacks must be trimmed and differ from the
/// slot's name; the role slot stands only before "role" or "position" (a long job title reads
/// badly anywhere else); a question needs at most two facts of the posting; it has a theme; it
/// presumes nothing about the candidate or the process ("my experience", "the rounds so far")
/// unless it frames it as a condition ("If ..."); pay words appear only in the `offer` category,
/// which fits the `offer` stage only; follow-up check-ins fit `follow-up` only and feedback
/// requests `rejected` only; no two questions that can share a list are near duplicates; and
/// the minimum counts hold,
/// per category, stage and required SOC group.
public enum CorpusChecker {
  /// Words that open a yes/no question.
  static let yesNoOpenings: Set<String> = [
    "is", "are", "am", "was", "were", "do", "does", "did", "can", "will", "would", "have",
    "has", "had", "should", "shall", "may", "might", "must",
  ]

  /// Phrases that presume facts about the candidate or the process not in evidence.
  static let presumptions = [
    "my experience in", "my experience with", "my experience as", "my experience at",
    "my background in", "my background is", "given my", "since my", "as someone with",
    "my lack of", "the rounds so far", "the interviews so far", "my presentation",
    "the case study", "my written exercise", "my work sample", "the mock call",
    "the panel next week", "the technical round", "the coding round", "my previous employer",
    "my current employer", "the other finalists", "the assessment i took", "as i mentioned",
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
    problems += unknownOccupations(reading)
    problems += nearDuplicates(reading, wordSets: wordSets, threshold: rules.nearDuplicateJaccard)
    problems += counts(reading, rules: rules)
    return problems.sorted {
      ($0.path, $0.line) < ($1.path, $1.line)
    }
  }

  /// The questions tagged with an O*NET-SOC code that `occupations/occupations.jsonl` does not
  /// hold, when the corpus has occupations.
  static func unknownOccupations(_ reading: CorpusReading) -> [CorpusProblem] {
    let corpus = reading.corpus
    guard !corpus.occupations.isEmpty else { return [] }
    let known = Set(corpus.occupations.map(\.code))
    var problems: [CorpusProblem] = []
    for (question, line) in zip(corpus.questions, reading.questionLines) {
      for code in question.occupations.compactMap(\.occupation) where !known.contains(code) {
        problems.append(
          CorpusProblem(
            reading.questionsPath, line,
            "\(question.id): no O*NET-SOC occupation \(code) in occupations/occupations.jsonl"))
      }
    }
    return problems
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
    let lower = text.lowercased()
    for phrase in presumptions {
      guard let range = lower.range(of: phrase) else { continue }
      // "If my background is mostly X, ..." frames it as the candidate's own condition.
      if lower[..<range.lowerBound].range(of: "if ") == nil {
        report("\(question.id): presumes what the posting does not say ('\(phrase)')")
        break
      }
    }
    let source = question.template.source
    var search = source.startIndex..<source.endIndex
    while let range = source.range(of: "{role|", range: search) {
      search = range.upperBound..<source.endIndex
      guard let close = source[range.upperBound...].firstIndex(of: "}") else { break }
      let after = source[source.index(after: close)...]
      if !after.hasPrefix(" role") && !after.hasPrefix(" position") {
        report(
          "\(question.id): {role|...} stands only before \"role\" or \"position\" (a long title reads badly elsewhere)"
        )
      }
    }
    if question.template.requiredFacts.count > 2 {
      report("\(question.id): a question needs at most two facts of the posting")
    }
    if question.theme == nil {
      report("\(question.id): the question has no theme")
    } else if let theme = question.theme,
      !theme.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" })
    {
      report("\(question.id): the theme '\(theme)' is not lower-case kebab-case")
    }
    return problems
  }

  /// Whether two questions can appear in one list.
  ///
  /// They can when they share a stage and their occupation tags overlap (or one of them fits any
  /// occupation): near duplicates written for different work never meet.
  static func canShareAList(_ a: Question, _ b: Question) -> Bool {
    guard a.stages.rawValue & b.stages.rawValue != 0 else { return false }
    if a.occupations.isEmpty || b.occupations.isEmpty { return true }
    return a.occupations.contains { tag in b.occupations.contains { $0.overlaps(tag) } }
  }

  static func nearDuplicates(
    _ reading: CorpusReading, wordSets: [Set<String>], threshold: Double
  ) -> [CorpusProblem] {
    var problems: [CorpusProblem] = []
    let questions = reading.corpus.questions
    for j in 0..<wordSets.count {
      for i in 0..<j where canShareAList(questions[i], questions[j]) {
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
    for code in rules.requiredGroups {
      guard let group = SOCGroup(code) else { continue }
      let questions = corpus.questions.filter { question in
        question.occupations.contains { $0.overlaps(group) }
      }
      let categories = Set(questions.map(\.category))
      let missing = Category.core.filter { !categories.contains($0) }.map(\.rawValue)
      if questions.count < rules.minimumPerGroup || categories.count < rules.minimumGroupCategories
        || !missing.isEmpty
      {
        var message =
          "SOC group \(code) has \(questions.count) questions over \(categories.count) categories; "
          + "at least \(rules.minimumPerGroup) over \(rules.minimumGroupCategories) are required"
        if !missing.isEmpty { message += ", with " + missing.joined(separator: ", ") }
        report(questionsPath, message)
      }
    }
    return problems
  }
}
