/// The files of a corpus folder, by their names inside it, with their bytes.
///
/// `questions.jsonl` is required; the others are optional: `descriptions.jsonl` (job
/// descriptions) and, under `occupations/`, the O*NET occupations, the SOC structure and the
/// technology and tools examples. A corpus is read from a folder or from bytes held in
/// memory, as the corpus built into a program is.
public struct CorpusFiles: Sendable {
  /// Every file a corpus may hold, in fingerprint order.
  public static let names = [
    questionsFile, descriptionsFile, occupationsFile, socFile, technologyFile, equipmentFile,
  ]
  public static let questionsFile = "questions.jsonl"
  public static let descriptionsFile = "descriptions.jsonl"
  public static let occupationsFile = "occupations/occupations.jsonl"
  public static let socFile = "occupations/soc.jsonl"
  public static let technologyFile = "occupations/technology.jsonl"
  public static let equipmentFile = "occupations/equipment.jsonl"

  /// The folder named in problems ("Corpus" for the built-in corpus).
  public var folder: String
  /// The bytes of each file present, by name.
  public var contents: [String: [UInt8]]

  public init(folder: String, contents: [String: [UInt8]]) {
    self.folder = folder
    self.contents = contents
  }

  /// The path of file `name` for messages: the name alone when there is no folder.
  public func path(_ name: String) -> String {
    if folder.isEmpty { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// The bytes of file `name`, or `nil` when it is absent.
  public subscript(name: String) -> [UInt8]? { contents[name] }

  /// The file's path and bytes, or `nil` when it is absent.
  func file(_ name: String) -> (path: String, bytes: [UInt8])? {
    contents[name].map { (path(name), $0) }
  }
}
