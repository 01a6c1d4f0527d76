import AskBack

/// The `--corpus` option and the corpus it selects.
enum CorpusOption {
  static let spec = OptionSpec(
    name: "corpus", valueName: "dir",
    help: "A corpus folder to use instead of the corpus built into askback.")

  /// Loads the corpus named by `--corpus`, or the shipped one.
  static func load(_ parsed: ParsedArguments) throws(CLIError) -> Corpus {
    do {
      if let directory = parsed.values["corpus"] {
        return try CorpusLoader.load(directory: directory)
      }
      return try loadShipped()
    } catch {
      throw .failure(error.description)
    }
  }

  /// The corpus embedded at build time from the package's `Corpus/` folder.
  static func loadShipped() throws(CorpusError) -> Corpus {
    try readShipped().validCorpus()
  }

  /// Reads the embedded corpus, with any problems found.
  static func readShipped() -> CorpusReading {
    CorpusLoader.read(
      questions: ("Corpus/questions.jsonl", ShippedCorpus.questions),
      descriptions: ShippedCorpus.postings.isEmpty
        ? nil : ("Corpus/postings.jsonl", ShippedCorpus.postings),
      fields: ShippedCorpus.domains.isEmpty ? nil : ("Corpus/domains.jsonl", ShippedCorpus.domains))
  }
}
