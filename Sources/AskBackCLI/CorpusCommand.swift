import AskBack

/// `askback corpus check` and `askback corpus stats`.
enum CorpusCommand {
  static let check = CommandSpec(
    path: ["corpus", "check"],
    abstract:
      "Validate a corpus: schema, ids, slots, stage rules, pay words, near duplicates, counts.",
    discussion: """
      Prints one 'file:line: message' for each problem and exits 1 if there is any. \
      Without --corpus, checks the corpus built into askback.
      """,
    options: [SourceOptions.corpusSpec])

  static let stats = CommandSpec(
    path: ["corpus", "stats"],
    abstract: "Print the corpus's counts per category and stage, and per occupation group.",
    options: [SourceOptions.corpusSpec])

  static let spec = CommandSpec(
    path: ["corpus"],
    abstract: "Check or describe a question corpus.",
    subcommands: [check, stats])

  static let command = Command(spec: spec) { parsed in
    let reading = try SourceOptions(parsed).readCorpus()
    switch parsed.positionals.first {
    case "check":
      let problems = CorpusChecker.check(reading)
      var out = ""
      for problem in problems { out += problem.description + "\n" }
      try Console.write(out)
      if !problems.isEmpty {
        throw CLIError.failure("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
      }
      let corpus = reading.corpus
      try Console.write(
        "ok: \(corpus.questions.count) questions, \(corpus.descriptions.count) job descriptions, "
          + "\(corpus.occupations.count) occupations\n")
    default:
      if !reading.problems.isEmpty {
        throw CLIError.failure(CorpusError.invalid(reading.problems).description)
      }
      try Console.write(CorpusStatistics(corpus: reading.corpus).report)
    }
  }
}
