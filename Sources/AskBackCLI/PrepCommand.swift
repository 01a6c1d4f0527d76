import AskBack

/// `askback prep`: the whole process around one interview on one page.
enum PrepCommand {
  static let formats = ["text", "markdown", "html", "json", "ics"]

  static let spec = CommandSpec(
    path: ["prep"],
    abstract: "Write a prep sheet: questions, closing, thank-you notes and a follow-up plan.",
    discussion: """
      Reads a job posting and writes one document for the interview: the job and what the \
      posting already states, the questions for the stage, how to close, a checklist for \
      right after, a thank-you note per interviewer, and the follow-up plan with its drafts \
      (dated with --interview-date). At the offer stage it adds the pay and terms. \
      --format ics writes the plan's dates as a calendar, which needs --interview-date.
      """,
    arguments: [
      ArgumentSpec(name: "file", help: "The posting to read; '-' or nothing reads standard input.")
    ],
    options: InterviewOptions.specs + ListOptions.specs + [
      OptionSpec(
        name: "format", valueName: "format", help: "The output: text, markdown, html, json or ics.",
        defaultValue: "text", allowed: formats),
      OptionSpec(
        name: "output", valueName: "file",
        help: "Write to FILE (atomically) instead of standard output; '-' is standard output."),
    ] + SourceOptions.specs)

  static let command = Command(spec: spec) { parsed in
    let list = try ListOptions(parsed, command: spec)
    let interview = try InterviewOptions(parsed, command: spec)
    let format = parsed.value("format", in: spec) ?? "text"
    let output = parsed.values["output"].flatMap { $0 == "-" ? nil : $0 }
    let bytes = try Console.readInput(
      path: parsed.positionals.first, limit: RecommendCommand.maximumPostingBytes,
      what: "the posting")
    let posting = Console.decodeText(bytes, what: "the posting")
    guard !Recommender.isBlank(posting: posting) else {
      throw CLIError.failure("the posting is empty")
    }
    let recommender = try SourceOptions(parsed).loadRecommender()
    let options = PrepOptions(
      stage: list.stage, limit: list.top, interviewDate: interview.interviewDate,
      decisionDate: interview.decisionDate, interviewers: interview.interviewers)
    let text = try render(
      posting, options: options, format: format, recommender: recommender,
      width: output == nil ? Console.terminalWidth() : 80)
    if let output {
      try AtomicFile.write(Array(text.utf8), to: output)
    } else {
      try Console.write(text)
    }
  }

  /// The sheet for `posting` in `format`.
  static func render(
    _ posting: String, options: PrepOptions, format: String, recommender: Recommender,
    width: Int
  ) throws(CLIError) -> String {
    do {
      let sheet = try PrepSheetBuilder(recommender: recommender).build(
        posting: posting, options: options)
      switch format {
      case "markdown": return PrepSheetFormatter.markdown(sheet)
      case "html": return PrepSheetFormatter.html(sheet)
      case "json": return JSONWriter.string(PrepSheetFormatter.json(sheet)) + "\n"
      case "ics": return try PrepSheetFormatter.ics(sheet)
      default: return PrepSheetFormatter.text(sheet, width: width)
      }
    } catch {
      if case .noDates = error, options.interviewDate == nil {
        throw .failure("\(error); give --interview-date YYYY-MM-DD")
      }
      throw .failure(error.description)
    }
  }
}
