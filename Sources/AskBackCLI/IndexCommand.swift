import AskBack

/// `askback index`: build the binary index of a corpus.
enum IndexCommand {
  static let spec = CommandSpec(
    path: ["index"],
    abstract: "Build the binary index of a corpus, for fast loading with --index.",
    discussion: """
      Writes the questions, the TF-IDF index, the occupation model and the fact readers to FILE, with a format \
      version and a checksum, or to standard output for '-'. The file is written to a \
      temporary file beside it and renamed, so an interrupted run leaves no partial file. \
      FILE is a regular file or a new path (a symbolic link is followed to its target); an \
      existing file keeps its mode, and its other hard links keep the old contents.
      """,
    options: [
      SourceOptions.corpusSpec,
      OptionSpec(
        name: "output", valueName: "file",
        help: "Where to write the index (required); '-' is standard output."),
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
    guard output != "-" else {
      do throws(Console.OutputError) {
        try bytes.withUnsafeBufferPointer { buffer throws(Console.OutputError) in
          try Console.write(bytes: buffer)
        }
      } catch {
        guard case .failed = error else {
          throw CLIError.failure("standard output closed before the whole index was written")
        }
        throw CLIError.failure(error.message)
      }
      return
    }
    try AtomicFile.write(bytes, to: output)
    try Console.write(
      "wrote \(output): \(corpus.questions.count) questions, \(corpus.occupations.count) occupations, \(bytes.count) bytes\n"
    )
  }
}
