import AskBack
import Foundation

/// `--corpus` and `--index`, declared once: where a command's corpus and recommender come from.
///
/// Without either, the corpus built into askback is used, with the index built with it.
struct SourceOptions {
  static let corpusSpec = OptionSpec(
    name: "corpus", valueName: "dir",
    help: "A corpus folder to use instead of the corpus built into askback.")
  static let indexSpec = OptionSpec(
    name: "index", valueName: "file",
    help: "A binary index written by 'askback index', loaded instead of building one.")
  /// Both options, for a command's spec.
  static let specs = [corpusSpec, indexSpec]

  /// The `--corpus` folder, if given.
  let corpusFolder: String?
  /// The `--index` file, if given.
  let indexPath: String?

  init(_ parsed: ParsedArguments) {
    corpusFolder = parsed.values["corpus"]
    indexPath = parsed.values["index"]
  }

  /// The corpus of `--corpus`, or the one built into askback.
  func loadCorpus() throws(CLIError) -> Corpus {
    let reading = try readCorpus()
    do {
      return try reading.validCorpus()
    } catch {
      throw .failure(Self.message(for: error))
    }
  }

  /// The corpus of `--corpus` or the built-in one as read, with any problems found.
  func readCorpus() throws(CLIError) -> CorpusReading {
    guard let corpusFolder else { return Self.readShipped() }
    do {
      return try CorpusLoader.read(directory: corpusFolder)
    } catch {
      throw .failure(Self.message(for: error))
    }
  }

  /// The recommender of `--index`, else of `--corpus`, else the built-in one.
  func loadRecommender() throws(CLIError) -> Recommender {
    let recommender = try load()
    LoadedRecommenders.keep(recommender)
    return recommender
  }

  private func load() throws(CLIError) -> Recommender {
    guard let indexPath else {
      if corpusFolder == nil, let shipped = Self.loadShipped() { return shipped }
      return Recommender(corpus: try loadCorpus())
    }
    let expected: UInt64? = try corpusFolder.map { folder throws(CLIError) in
      try Self.fingerprint(ofFolder: folder)
    }
    let input = try Console.openInput(path: indexPath, what: "the index file")
    do {
      return try IndexFile.load(from: input, expecting: expected)
    } catch {
      if case .unreadable = error { throw .failure(error.description) }
      throw .failure("\(input.name): \(Self.message(for: error))")
    }
  }

  /// Refuses a stage that no question of the recommender's corpus fits, naming where the corpus
  /// came from: its questions file, or the index file.
  func checkStage(_ stage: Stage, of recommender: Recommender) throws(CLIError) {
    guard !recommender.corpus.questions.contains(where: { $0.stages.contains(stage) }) else {
      return
    }
    let source: String
    if let indexPath {
      source = indexPath == "-" ? "standard input" : indexPath
    } else if let corpusFolder {
      source =
        (corpusFolder.hasSuffix("/") ? corpusFolder : corpusFolder + "/")
        + CorpusFiles.questionsFile
    } else {
      source = "Corpus/" + CorpusFiles.questionsFile
    }
    throw .failure("\(source): no question fits the \(stage.rawValue) stage")
  }

  /// The fingerprint of the corpus the command uses.
  func fingerprint() throws(CLIError) -> UInt64 {
    guard let corpusFolder else { return ShippedCorpus.fingerprint }
    return try Self.fingerprint(ofFolder: corpusFolder)
  }

  static func fingerprint(ofFolder folder: String) throws(CLIError) -> UInt64 {
    do {
      return try IndexFile.fingerprint(ofCorpusAt: folder)
    } catch {
      throw .failure(message(for: error))
    }
  }

  /// The library's message, with the command that helps.
  static func message(for error: CorpusError) -> String {
    if case .invalid(let problems) = error, problems.count > 1 {
      return error.description + "; 'askback corpus check' lists them all"
    }
    return error.description
  }

  /// The library's message, with the command that helps.
  static func message(for error: IndexFileError) -> String {
    switch error {
    case .unsupportedVersion: return error.description + "; rebuild it with 'askback index'"
    case .differentCorpus:
      return error.description + "; rebuild it with 'askback index --corpus DIR'"
    default: return error.description
    }
  }

  /// The recommender of the corpus built into askback, from the index built with it; `nil` when
  /// none was embedded (the corpus had problems).
  static func loadShipped() -> Recommender? {
    guard !ShippedCorpus.index.isEmpty else { return nil }
    return try? ShippedCorpus.index.withUnsafeBufferPointer { buffer throws(IndexFileError) in
      try IndexFile.decode(buffer, expecting: ShippedCorpus.fingerprint)
    }
  }

  /// Reads the embedded corpus, with any problems found.
  static func readShipped() -> CorpusReading {
    CorpusLoader.read(ShippedCorpus.files)
  }
}

/// The recommenders this process loaded, kept until it exits: freeing the many small objects
/// of a loaded index when a command returns costs an eighth of a short run, and the process
/// is about to end anyway.
final class LoadedRecommenders: @unchecked Sendable {
  private static let shared = LoadedRecommenders()
  private let lock = NSLock()
  private var kept: [Recommender] = []

  static func keep(_ recommender: Recommender) {
    shared.lock.lock()
    shared.kept.append(recommender)
    shared.lock.unlock()
  }
}
