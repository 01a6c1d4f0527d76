import AskBack

/// `askback index`: build the binary index of a corpus.
enum IndexCommand {
  static let spec = CommandSpec(
    path: ["index"],
    abstract: "Build the binary index of a corpus, for fast loading with --index.",
    discussion: """
      Writes the questions, the TF-IDF index and the field model to FILE, with a format \
      version and a checksum. The file is written to a temporary file and renamed, so an \
      interrupted run leaves no partial file.
      """,
    options: [
      SourceOptions.corpusSpec,
      OptionSpec(name: "output", valueName: "file", help: "Where to write the index (required)."),
    ])

  static let command = Command(spec: spec) { parsed in
    guard let output = parsed.values["output"] else {
      throw CLIError.usage("missing '--output <file>'", command: spec.fullName)
    }
    let source = SourceOptions(parsed)
    let corpus = try source.loadCorpus()
    let fingerprint = try source.fingerprint()
    let bytes =
      source.corpusFolder == nil && !ShippedCorpus.index.isEmpty
      ? ShippedCorpus.index
      : IndexFile.encode(Recommender(corpus: corpus), fingerprint: fingerprint)
    try AtomicFile.write(bytes, to: output)
    try Console.write(
      "wrote \(output): \(corpus.questions.count) questions, \(corpus.occupations.count) occupations, \(bytes.count) bytes\n"
    )
  }
}
