/// The measures of a set of recommendations against labelled postings.
///
/// - core coverage: the share of postings whose list holds competitors,
///   challenges, concerns and timeline;
/// - field top-1 and top-3: the share whose category is the model's best
///   field, or among its three best;
/// - occupation questions: how many questions written for occupations the lists hold, the
///   postings with three or more, and, over labelled postings, the share whose tags cover the
///   labelled occupation or an alternative (occupation-question precision);
/// - grounded questions: how many questions are filled with a fact of the posting;
/// - pay questions: questions mentioning pay or benefits, or of the offer
///   category, outside the offer stage;
/// - company accuracy: over postings whose text contains the company name
///   (ignoring case), the share where the name found equals it, ignoring
///   case, punctuation, a leading "The" and a legal suffix such as "Inc";
/// - role accuracy: the share where the role found and the title share at
///   least half of the smaller one's words (the overlap coefficient);
/// - near-duplicate pairs: pairs of questions in one list whose word sets
///   have a Jaccard similarity of 0.8 or more.
public struct EvaluationReport: Sendable {
  public var postings = 0
  public var coreCovered = 0
  public var fieldTop1 = 0
  public var fieldTop3 = 0
  /// Questions written for occupations, in all lists; postings whose list holds three or more.
  public var occupationQuestions = 0
  public var occupationCovered = 0
  /// Over labelled postings: such questions, and those whose tags cover the labelled occupation.
  public var labelledOccupationQuestions = 0
  public var rightOccupationQuestions = 0
  /// Questions filled with a fact of the posting.
  public var groundedQuestions = 0
  public var payQuestions = 0
  public var companyEligible = 0
  public var companyCorrect = 0
  public var companyFound = 0
  public var roleCorrect = 0
  public var nearDuplicatePairs = 0
  /// Postings with an occupation label, and how many had it (or an alternative) first or among
  /// the first three, at the detailed occupation (`NN-NNNN`) and the minor group.
  public var occupationLabelled = 0
  public var occupationTop1 = 0
  public var occupationTop3 = 0
  public var minorGroupTop1 = 0
  public var minorGroupTop3 = 0
  /// Against employer labels: postings labelled, names given, names right (the labelled name or
  /// an accepted form; for an agency posting that names no client, giving no name is right),
  /// and postings whose labelled employer the text names.
  public var employerLabelled = 0
  public var employerGiven = 0
  public var employerRight = 0
  public var employerNamed = 0
  /// Agency postings labelled, and how many the reader took for agency postings.
  public var agencyLabelled = 0
  public var agencyFound = 0
  public var agencyClaimed = 0
  public var stage: Stage
  public var limit: Int

  public init(stage: Stage, limit: Int) {
    self.stage = stage
    self.limit = limit
  }

  /// Adds one posting and its recommendation.
  public mutating func add(_ posting: LabelledPosting, _ result: Recommendation) {
    postings += 1
    if let labels = posting.labels, labels.occupation != nil {
      let accepted = labels.acceptedOccupations
      let found = result.occupations.map(\.code)
      func detailed(_ code: OccupationCode) -> Bool {
        accepted.contains { $0.detailed == code.detailed }
      }
      func minor(_ code: OccupationCode) -> Bool {
        accepted.contains { $0.minorGroup == code.minorGroup }
      }
      occupationLabelled += 1
      if let first = found.first, detailed(first) { occupationTop1 += 1 }
      if found.prefix(3).contains(where: detailed) { occupationTop3 += 1 }
      if let first = found.first, minor(first) { minorGroupTop1 += 1 }
      if found.prefix(3).contains(where: minor) { minorGroupTop3 += 1 }
    }
    if let labels = posting.labels, labels.agency != nil {
      employerLabelled += 1
      let accepted = (labels.employer.map { [$0] } ?? []) + labels.acceptableEmployers
      if labels.employer != nil { employerNamed += 1 }
      if let found = result.company {
        employerGiven += 1
        if accepted.contains(where: { Self.sameCompany($0, found) }) { employerRight += 1 }
      }
      if labels.agency == true { agencyLabelled += 1 }
      if result.facts.isAgencyPosting {
        agencyClaimed += 1
        if labels.agency == true { agencyFound += 1 }
      }
    }
    let categories = Set(result.questions.map(\.question.category))
    if Category.core.allSatisfy(categories.contains) { coreCovered += 1 }
    let fields = result.fields.map(\.name)
    if fields.first == posting.category { fieldTop1 += 1 }
    if fields.prefix(3).contains(posting.category) { fieldTop3 += 1 }
    let written = result.questions.filter { !$0.question.occupations.isEmpty }
    occupationQuestions += written.count
    if written.count >= 3 { occupationCovered += 1 }
    if let accepted = posting.labels?.acceptedOccupations, !accepted.isEmpty {
      labelledOccupationQuestions += written.count
      rightOccupationQuestions +=
        written.filter { item in accepted.contains { item.question.fits($0) } }.count
    }
    groundedQuestions +=
      result.questions.filter { item in
        item.reasons.contains { if case .filled = $0 { return true } else { return false } }
      }.count
    if stage != .offer {
      payQuestions +=
        result.questions.filter {
          $0.question.category == .offer || PayTerms.mentionsPay($0.question.template.fallbackText)
        }.count
    }
    if let company = posting.company, !company.isEmpty,
      posting.text.lowercased().contains(company.lowercased())
    {
      companyEligible += 1
      if let found = result.company {
        companyFound += 1
        if Self.sameCompany(found, company) { companyCorrect += 1 }
      }
    }
    if let role = result.role, Self.overlap(role, posting.title) >= 0.5 { roleCorrect += 1 }
    let words = result.questions.map { Set(Words.lowercased($0.text)) }
    for i in words.indices {
      for j in words.indices where j > i {
        let shared = words[i].intersection(words[j]).count
        let union = words[i].count + words[j].count - shared
        if union > 0 && Double(shared) / Double(union) >= 0.8 { nearDuplicatePairs += 1 }
      }
    }
  }

  /// Whether two company names are the same once case, punctuation and a
  /// trailing legal suffix are set aside.
  public static func sameCompany(_ a: String, _ b: String) -> Bool {
    companyWords(a) == companyWords(b)
  }

  static func companyWords(_ name: String) -> [String] {
    var words = Words.lowercased(name.replacingAmpersands)
    let suffixes: Set<String> = [
      "inc", "llc", "ltd", "corp", "corporation", "co", "plc", "lp", "llp", "pc", "pllc",
    ]
    // Legal suffixes, including those written with dots ("P.A." -> "p", "a").
    while let last = words.last, words.count > 1, suffixes.contains(last) || last.count == 1 {
      words.removeLast()
    }
    if words.first == "the" && words.count > 1 { words.removeFirst() }
    return words
  }

  /// The overlap coefficient of two texts' word sets: shared words over the
  /// smaller set's size.
  public static func overlap(_ a: String, _ b: String) -> Double {
    let x = Set(Words.lowercased(a))
    let y = Set(Words.lowercased(b))
    guard !x.isEmpty, !y.isEmpty else { return 0 }
    return Double(x.intersection(y).count) / Double(min(x.count, y.count))
  }

  func share(_ count: Int, of total: Int) -> String {
    total == 0 ? "n/a" : JSONWriter.format(Double(count) / Double(total), decimals: 3)
  }

  /// The measures, one per line.
  public var summary: String {
    let n = postings
    return """
      postings: \(n) (stage \(stage.rawValue), top \(limit))
      postings with all four core categories: \(share(coreCovered, of: n)) (\(coreCovered)/\(n))
      field top-1: \(share(fieldTop1, of: n)) (\(fieldTop1)/\(n))
      field top-3: \(share(fieldTop3, of: n)) (\(fieldTop3)/\(n))
      questions written for an occupation: \(occupationQuestions) (\(share(occupationQuestions, of: n * limit)) of places)
      postings with at least 3 of them: \(share(occupationCovered, of: n)) (\(occupationCovered)/\(n))
      occupation-question precision: \(share(rightOccupationQuestions, of: labelledOccupationQuestions)) (\(rightOccupationQuestions)/\(labelledOccupationQuestions) whose tags cover the labelled occupation)
      grounded questions: \(groundedQuestions) (\(share(groundedQuestions, of: n * limit)) of places)
      pay questions outside the offer stage: \(payQuestions)
      company accuracy: \(share(companyCorrect, of: companyEligible)) (\(companyCorrect)/\(companyEligible) postings that name their company; \(companyFound) found)
      role accuracy: \(share(roleCorrect, of: n)) (\(roleCorrect)/\(n))
      near-duplicate pairs: \(nearDuplicatePairs)
      \(occupationSummary)\(employerSummary)
      """
  }

  /// The employer measures, or nothing without employer labels.
  var employerSummary: String {
    guard employerLabelled > 0 else { return "" }
    return """
      employer precision: \(share(employerRight, of: employerGiven)) (\(employerRight)/\(employerGiven) names given)
      employer recall: \(share(employerRight, of: employerNamed)) (\(employerRight)/\(employerNamed) postings that name their employer)
      agency postings found: \(share(agencyFound, of: agencyLabelled)) (\(agencyFound)/\(agencyLabelled); \(agencyClaimed) claimed)

      """
  }

  /// The occupation measures, or nothing without occupation labels.
  var occupationSummary: String {
    let n = occupationLabelled
    guard n > 0 else { return "" }
    return """
      occupation top-1 (detailed): \(share(occupationTop1, of: n)) (\(occupationTop1)/\(n))
      occupation top-3 (detailed): \(share(occupationTop3, of: n)) (\(occupationTop3)/\(n))
      occupation top-1 (minor group): \(share(minorGroupTop1, of: n)) (\(minorGroupTop1)/\(n))
      occupation top-3 (minor group): \(share(minorGroupTop3, of: n)) (\(minorGroupTop3)/\(n))

      """
  }
}
