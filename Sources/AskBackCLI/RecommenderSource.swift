import AskBack
import Foundation

/// Where a command's recommender comes from: `--index FILE`, or built from
/// `--corpus DIR` or the corpus built into askback.
enum RecommenderSource {
  static let indexOption = OptionSpec(
    name: "index", valueName: "file",
    help: "A binary index written by 'askback index', loaded instead of building one.")

  /// The largest index file read.
  static let maximumIndexBytes = 2 << 30

  static func load(_ parsed: ParsedArguments) throws(CLIError) -> Recommender {
    guard let path = parsed.values["index"] else {
      if parsed.values["corpus"] == nil, let shipped = loadShipped() { return shipped }
      return Recommender(corpus: try CorpusOption.load(parsed))
    }
    let bytes = try Console.readInput(path: path, limit: maximumIndexBytes, what: "the index file")
    let expected: UInt64? =
      if let directory = parsed.values["corpus"] { try fingerprint(ofFolder: directory) } else {
        nil
      }
    do {
      return try bytes.withUnsafeBufferPointer { buffer throws(IndexFileError) in
        try IndexFile.decode(buffer, expecting: expected)
      }
    } catch {
      throw .failure("\(path): \(error)")
    }
  }

  /// The recommender of the corpus built into askback, from the index built
  /// with it; `nil` when none was embedded (the corpus had problems).
  static func loadShipped() -> Recommender? {
    guard !ShippedCorpus.index.isEmpty else { return nil }
    return try? ShippedCorpus.index.withUnsafeBufferPointer { buffer throws(IndexFileError) in
      try IndexFile.decode(buffer, expecting: ShippedCorpus.fingerprint)
    }
  }

  /// The fingerprint of the corpus files in `directory`.
  static func fingerprint(ofFolder directory: String) throws(CLIError) -> UInt64 {
    var files: [[UInt8]] = []
    for name in [
      CorpusLoader.questionsFile, CorpusLoader.descriptionsFile, CorpusLoader.fieldsFile,
    ] {
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      if FileManager.default.fileExists(atPath: path) {
        guard let data = FileManager.default.contents(atPath: path) else {
          throw .failure("\(path): cannot read the file")
        }
        files.append([UInt8](data))
      } else {
        files.append([])
      }
    }
    return IndexFile.fingerprint(files)
  }

  /// The fingerprint of the corpus built into askback.
  static var shippedFingerprint: UInt64 { ShippedCorpus.fingerprint }
}

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
      CorpusOption.spec,
      OptionSpec(name: "output", valueName: "file", help: "Where to write the index (required)."),
    ])

  static let command = Command(spec: spec) { parsed in
    guard let output = parsed.values["output"] else {
      throw CLIError.usage("missing '--output <file>'", command: spec.fullName)
    }
    let corpus = try CorpusOption.load(parsed)
    let fingerprint =
      if let directory = parsed.values["corpus"] {
        try RecommenderSource.fingerprint(ofFolder: directory)
      } else {
        RecommenderSource.shippedFingerprint
      }
    let bytes =
      parsed.values["corpus"] == nil && !ShippedCorpus.index.isEmpty
      ? ShippedCorpus.index
      : IndexFile.encode(Recommender(corpus: corpus), fingerprint: fingerprint)
    try AtomicFile.write(bytes, to: output)
    try Console.write(
      "wrote \(output): \(corpus.questions.count) questions, \(corpus.fields.count) fields, \(bytes.count) bytes\n"
    )
  }
}
