import Foundation
import Testing

@testable import AskBack

/// The recommendations for fixed postings, byte for byte: the three shipped examples and 20
/// development postings at every stage in text, Markdown and JSON, and the batch output of every
/// development posting.
///
/// A change that should not change behaviour keeps these files as they are. A change that
/// should regenerates them with `ASKBACK_REGENERATE_GOLDEN=1 swift test --filter GoldenTests`
/// and says in its commit why they changed.
@Suite struct GoldenTests {
  static let folder = Paths.fixtures.appending(path: "golden")
  static let regenerate = ProcessInfo.processInfo.environment["ASKBACK_REGENERATE_GOLDEN"] == "1"

  /// The postings: the examples by file name, then every sixth development posting.
  static func postings() throws -> [(name: String, text: String)] {
    var result: [(String, String)] = []
    for name in CLITests.examples {
      result.append((name, try readText(Paths.examples.appending(path: name))))
    }
    let dev = try developmentPostings()
    for (i, posting) in dev.enumerated() where i % 6 == 0 {
      result.append((posting.id, posting.text))
    }
    return Array(result.prefix(23))
  }

  /// Compares `actual` with the golden file `name`, or writes it when regenerating.
  static func check(_ actual: String, against name: String) throws {
    let url = folder.appending(path: name)
    if regenerate {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    let expected = try readText(url)
    guard expected != actual else { return }
    // Name the first line that differs, so a failure is readable.
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line =
      zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    Issue.record(
      "\(name) differs at line \(line + 1):\n- \(line < a.count ? a[line] : "(end)")\n+ \(line < b.count ? b[line] : "(end)")"
    )
  }

  @Test func recommendAtEveryStageInEveryFormat() throws {
    let recommender = try RecommenderTests.recommender.get()
    var text = ""
    var markdown = ""
    var json = ""
    for (name, posting) in try Self.postings() {
      for stage in Stage.allCases {
        let result = recommender.recommend(posting, options: .init(limit: 10, stage: stage))
        let header = "=== \(name) \(stage.rawValue)\n"
        text += header + RecommendationFormatter.text(result, width: 80)
        markdown += header + RecommendationFormatter.markdown(result)
        json += JSONWriter.string(RecommendationFormatter.json(result)) + "\n"
        if stage == .firstRound {
          text +=
            "=== \(name) \(stage.rawValue) explained\n"
            + RecommendationFormatter.text(result, width: 100, explain: true)
          markdown +=
            "=== \(name) \(stage.rawValue) explained\n"
            + RecommendationFormatter.markdown(result, explain: true)
        }
      }
    }
    try Self.check(text, against: "recommend.txt")
    try Self.check(markdown, against: "recommend.md")
    try Self.check(json, against: "recommend.jsonl")
  }

  @Test func batchOverTheDevelopmentPostings() throws {
    let processor = BatchProcessor(
      recommender: try RecommenderTests.recommender.get(), options: .init(limit: 10))
    var out = ""
    for (number, posting) in try developmentPostings().enumerated() {
      let line = JSONWriter.string(
        .object([("id", .string(posting.id)), ("text", .string(posting.text))]))
      out += processor.process(Array(line.utf8), number: number + 1) + "\n"
    }
    try Self.check(out, against: "batch.jsonl")
  }
}

/// The development postings of `Fixtures/eval`.
func developmentPostings() throws -> [LabelledPosting] {
  let url = Paths.fixtures.appending(path: "eval/dev-postings.jsonl")
  return try LabelledPosting.read(jsonLines: [UInt8](Data(contentsOf: url)), path: url.path)
}
