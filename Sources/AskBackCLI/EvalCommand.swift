import AskBack

/// `askback eval`: the ranking's measures over labelled postings.
enum EvalCommand {
  static let spec = CommandSpec(
    path: ["eval"],
    abstract: "Measure the recommendations against labelled postings.",
    discussion: """
      Reads JSON Lines postings with "id", "title", "company", "category" and "description" \
      (the format of the development set), recommends for each (text: the title, a blank \
      line, the description) and prints the share of lists covering the four core \
      categories, the field accuracy, own-field precision and coverage, pay questions, \
      company and role accuracy, and near-duplicate pairs.
      """,
    arguments: [ArgumentSpec(name: "file", help: "The labelled postings.")],
    options: ListOptions.specs + [
      OptionSpec(
        name: "details", help: "Also print one line per posting: field, role and company found."),
      OptionSpec(
        name: "cross-validate",
        help: "Instead, measure the field model by leaving out each corpus job description in turn."
      ),
    ] + SourceOptions.specs)

  static let command = Command(spec: spec) { parsed in
    let list = try ListOptions(parsed, command: spec)
    let source = SourceOptions(parsed)
    if parsed.flag("cross-validate") {
      if let file = parsed.positionals.first {
        throw CLIError.usage(
          "'--cross-validate' reads no file (it measures the corpus); unexpected argument '\(file)'",
          command: spec.fullName)
      }
      let corpus = try source.loadCorpus()
      let result = FieldModel.crossValidate(corpus: corpus)
      let n = Double(max(1, result.count))
      try Console.write(
        "job descriptions held out: \(result.count)\n"
          + "field top-1: \(JSONWriter.format(Double(result.top1) / n, decimals: 3)) (\(result.top1)/\(result.count))\n"
          + "field top-3: \(JSONWriter.format(Double(result.top3) / n, decimals: 3)) (\(result.top3)/\(result.count))\n"
      )
      return
    }
    guard let path = parsed.positionals.first else {
      throw CLIError.usage("missing argument <file>", command: spec.fullName)
    }
    let bytes = try Console.readInput(path: path, limit: 512 << 20, what: "the labelled postings")
    let postings: [LabelledPosting]
    do throws(EvaluationError) {
      postings = try LabelledPosting.read(jsonLines: bytes, path: path)
    } catch {
      throw CLIError.failure(error.description)
    }
    let recommender = try source.loadRecommender()
    try source.checkStage(list.stage, of: recommender)
    var report = EvaluationReport(stage: list.stage, limit: list.top)
    var details = ""
    for posting in postings {
      let result = recommender.recommend(
        posting.text, options: list.recommendation)
      report.add(posting, result)
      if parsed.flag("details") {
        let fields = result.fields.map(\.name).joined(separator: ",")
        details +=
          "\(posting.id)\t\(posting.category)\t\(fields)\t\(result.role ?? "-")\t\(posting.title)\t"
          + "\(result.company ?? "-")\t\(posting.company ?? "-")\n"
      }
    }
    // The details echo the postings' words, which must not reach the terminal as escapes.
    try Console.write(
      RecommendationFormatter.removingControlCharacters(details) + report.summary)
  }
}
