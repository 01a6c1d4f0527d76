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
      company and role accuracy, near-duplicate pairs, and with --labels the occupation \
      accuracy. --alternate-titles runs the alternate-title benchmark instead.
      """,
    arguments: [ArgumentSpec(name: "file", help: "The labelled postings.")],
    options: ListOptions.specs + [
      OptionSpec(
        name: "labels", valueName: "file",
        help:
          "Labels by posting id (occupation, alternatives, employer, agency), for the occupation and company measures."
      ),
      OptionSpec(
        name: "details", help: "Also print one line per posting: field, role and company found."),
      OptionSpec(
        name: "alternate-titles",
        help:
          "Instead, hold out a seeded tenth of O*NET's alternate titles and classify each alone."
      ),
    ] + SourceOptions.specs)

  static let command = Command(spec: spec) { parsed in
    let list = try ListOptions(parsed, command: spec)
    let source = SourceOptions(parsed)
    if parsed.flag("alternate-titles") {
      if let extra = parsed.positionals.first {
        throw CLIError.usage(
          "'--alternate-titles' reads no file (it measures the corpus); unexpected argument '\(extra)'",
          command: spec.fullName)
      }
      let benchmark = AlternateTitleBenchmark()
      let result = benchmark.run(corpus: try source.loadCorpus())
      let n = Double(max(1, result.count))
      func share(_ count: Int) -> String {
        "\(JSONWriter.format(Double(count) / n, decimals: 3)) (\(count)/\(result.count))"
      }
      try Console.write(
        "alternate titles held out: \(result.count) (share \(benchmark.share), seed \(benchmark.seed))\n"
          + "occupation top-1 (detailed): \(share(result.detailedTop1))\n"
          + "occupation top-3 (detailed): \(share(result.detailedTop3))\n"
          + "occupation top-1 (minor group): \(share(result.minorGroupTop1))\n")
      return
    }
    guard let path = parsed.positionals.first else {
      throw CLIError.usage("missing argument <file>", command: spec.fullName)
    }
    let bytes = try Console.readInput(path: path, limit: 512 << 20, what: "the postings file")
    var postings: [LabelledPosting]
    do throws(EvaluationError) {
      postings = try LabelledPosting.read(jsonLines: bytes, path: path)
    } catch {
      throw CLIError.failure(error.description)
    }
    if let labelsPath = parsed.values["labels"] {
      let labelBytes = try Console.readInput(
        path: labelsPath, limit: 512 << 20, what: "the labels file")
      do throws(EvaluationError) {
        let labels = try PostingLabels.read(jsonLines: labelBytes, path: labelsPath)
        for i in postings.indices { postings[i].labels = labels[postings[i].id] }
      } catch {
        throw CLIError.failure(error.description)
      }
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
        let occupations = result.occupations.map(\.code.rawValue).joined(separator: ",")
        let labelled = posting.labels?.acceptedOccupations.map(\.rawValue).joined(separator: ",")
        details +=
          "\(posting.id)\t\(posting.category)\t\(fields)\t\(labelled ?? "-")\t\(occupations)\t"
          + "\(result.role ?? "-")\t\(posting.title)\t\(result.company ?? "-")\t\(posting.company ?? "-")\n"
      }
    }
    // The details echo the postings' words, which must not reach the terminal as escapes.
    try Console.write(
      RecommendationFormatter.removingControlCharacters(details) + report.summary)
  }
}
