import AskBack
import Foundation

/// The micro-benchmarks: one stable line each.
///
///     askback-bench micro [--corpus DIR] [--vocabulary FILE] [--postings FILE] [--iterations N]
///
/// - porter2: stemming every word of the Snowball vocabulary;
/// - analysis: the standard analyzer over the postings' text;
/// - recommend: one posting, raw text to ten questions, on the corpus;
/// - its parts: the occupation recogniser, the facts with the occupations that scope them, the
///   posting's text split once, and the fact readers alone on the split text;
/// - index-load: reading the corpus's binary index from memory.
///
/// Each task runs once to warm up, then `--iterations` times; a line gives
/// the median and the 90th percentile of one iteration and the rate.
enum Micro {
  /// The package root, from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func run(_ options: BenchOptions) throws {
    let iterations = max(1, try options.integer("iterations", default: 20))
    let corpusPath = options.string("corpus") ?? packageRoot.appending(path: "Corpus").path
    let vocabularyPath =
      options.string("vocabulary")
      ?? packageRoot.appending(path: "Tests/AskBackTests/Fixtures/porter2/voc.txt").path
    let postings = try loadPostings(options.string("postings"))

    // Porter2 over the vocabulary.
    guard let vocabulary = FileManager.default.contents(atPath: vocabularyPath) else {
      throw BenchError(description: "\(vocabularyPath): cannot read the file")
    }
    // All words back to back; each is copied to a scratch buffer and
    // stemmed there, as the analyzer does with its terms.
    var letters: [UInt8] = []
    var ends: [Int] = []
    [UInt8](vocabulary).withUnsafeBufferPointer { buffer in
      JSONLines.forEachLine(in: buffer) { _, line in
        letters.append(contentsOf: line)
        ends.append(letters.count)
      }
    }
    let words = ends
    let stemmer = Porter2Stemmer()
    let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
    defer { scratch.deallocate() }
    let stemTimes = letters.withUnsafeBufferPointer { source in
      measure(iterations) {
        var total = 0
        var start = 0
        for end in ends {
          let length = min(end - start, scratch.count)
          for k in 0..<length { scratch[k] = source[start + k] }
          total &+= stemmer.stem(UnsafeMutableBufferPointer(rebasing: scratch[0..<length]))
          start = end
        }
        blackHole(total)
      }
    }
    report(
      "porter2-stem-vocabulary", size: "words=\(words.count)", times: stemTimes,
      work: Double(words.count), unit: "words/s")

    // The standard analyzer over the postings.
    let bytes = postings.reduce(0) { $0 + $1.utf8.count }
    var tokens = TokenBuffer()
    let analysisTimes = measure(iterations) {
      for posting in postings {
        tokens.removeAll()
        Analyzer.standard.analyze(posting, into: &tokens)
      }
      blackHole(tokens.count)
    }
    report(
      "analysis-standard-postings", size: "postings=\(postings.count) bytes=\(bytes)",
      times: analysisTimes,
      work: Double(bytes) / 1e6, unit: "MB/s")

    // Recommend, one posting at a time, on the corpus.
    let corpus = try CorpusLoader.load(directory: corpusPath)
    let recommender = Recommender(corpus: corpus)
    var perPosting: [Double] = []
    for posting in postings { blackHole(recommender.recommend(posting).questions.count) }
    for _ in 0..<max(1, iterations / 5) {
      for posting in postings {
        let start = ContinuousClock.now
        blackHole(recommender.recommend(posting).questions.count)
        perPosting.append(seconds(since: start))
      }
    }
    report(
      "recommend-top10-first-round",
      size: "postings=\(postings.count) questions=\(corpus.questions.count)",
      times: perPosting, work: 1, unit: "postings/s")

    // Its parts, one posting at a time: the occupation recogniser over the analysed text, the
    // facts as the recommender reads them (the reader, with analysis and recognition to scope
    // its tools), the text split once, and the readers alone on the split text.
    var analysed: [(title: String?, tokens: TokenBuffer)] = []
    for posting in postings {
      var buffer = TokenBuffer()
      recommender.analyzer.analyze(posting, into: &buffer)
      analysed.append((PostingFacts(posting: posting).titleLine, buffer))
    }
    var recognition: [Double] = []
    var reading: [Double] = []
    var splitting: [Double] = []
    var readers: [Double] = []
    let texts = postings.map(PostingText.init)
    for _ in 0..<max(1, iterations / 5) {
      for (posting, (title, buffer)) in zip(postings, analysed) {
        var start = ContinuousClock.now
        blackHole(recommender.occupationModel.recognise(title: title, text: buffer).fields.count)
        recognition.append(seconds(since: start))
        start = ContinuousClock.now
        blackHole(recommender.facts(of: posting).facts.duties.count)
        reading.append(seconds(since: start))
        start = ContinuousClock.now
        blackHole(PostingText(posting))
        splitting.append(seconds(since: start))
      }
      for text in texts {
        let start = ContinuousClock.now
        blackHole(recommender.reader.read(text).duties.count)
        readers.append(seconds(since: start))
      }
    }
    for (name, times) in [
      ("occupation-recognise", recognition), ("facts-with-occupations", reading),
      ("posting-text-split", splitting), ("facts-readers", readers),
    ] {
      report(name, size: "postings=\(postings.count)", times: times, work: 1, unit: "postings/s")
    }

    // Loading the binary index.
    let archive = IndexFile.encode(recommender, fingerprint: 0)
    let loadTimes = try measureThrowing(iterations) {
      let loaded = try archive.withUnsafeBufferPointer { buffer throws(IndexFileError) in
        try IndexFile.decode(buffer)
      }
      blackHole(loaded.corpus.questions.count)
    }
    report(
      "index-load-corpus", size: "bytes=\(archive.count) questions=\(corpus.questions.count)",
      times: loadTimes, work: 1, unit: "loads/s")
  }

  /// The postings to use: a JSON Lines file with "text" or "title" and
  /// "description", or by default the development postings of the test
  /// fixtures, else the shipped examples.
  static func loadPostings(_ path: String?) throws -> [String] {
    let shared = packageRoot.appending(
      path: "Tests/AskBackTests/Fixtures/eval/dev-postings.jsonl"
    ).path
    if let file = path ?? (FileManager.default.fileExists(atPath: shared) ? shared : nil) {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw BenchError(description: "\(file): cannot read the file")
      }
      var texts: [String] = []
      [UInt8](data).withUnsafeBufferPointer { buffer in
        JSONLines.forEachLine(in: buffer) { _, line in
          guard let value = try? JSONReader.parse(line) else { return }
          if let text = value["text"]?.stringValue {
            texts.append(text)
          } else if let title = value["title"]?.stringValue,
            let description = value["description"]?.stringValue
          {
            texts.append(title + "\n\n" + description)
          }
        }
      }
      return texts
    }
    let examples = packageRoot.appending(path: "Examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
    return names.sorted().compactMap {
      try? String(contentsOf: examples.appending(path: $0), encoding: .utf8)
    }
  }

  static func measure(_ iterations: Int, _ body: () -> Void) -> [Double] {
    body()
    return (0..<iterations).map { _ in
      let start = ContinuousClock.now
      body()
      return seconds(since: start)
    }
  }

  static func measureThrowing(_ iterations: Int, _ body: () throws -> Void) throws -> [Double] {
    try body()
    var times: [Double] = []
    for _ in 0..<iterations {
      let start = ContinuousClock.now
      try body()
      times.append(seconds(since: start))
    }
    return times
  }

  /// One line: name, size, iterations, median and p90 of one iteration,
  /// and `work` per iteration over the median as a rate.
  static func report(_ name: String, size: String, times: [Double], work: Double, unit: String) {
    let median = percentile(times, 50)
    let p90 = percentile(times, 90)
    let rate = median > 0 ? work / median : 0
    print(
      "micro \(name) \(size) iterations=\(times.count) median_ms=\(format(median * 1000)) "
        + "p90_ms=\(format(p90 * 1000)) rate=\(format(rate)) \(unit)")
  }

  static func format(_ value: Double) -> String {
    JSONWriter.format(value, decimals: value >= 100 ? 0 : 3)
  }
}
