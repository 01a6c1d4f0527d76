import AskBack
import Dispatch
import Foundation

/// The peer run of `../shared/bench/README.md`: build, warm up, single mode,
/// batch mode, one JSON line.
enum PeerRun {
  static func run(_ options: BenchOptions) throws {
    let questionsPath = try options.require("questions")
    let postingsPath = try options.require("postings")
    let k = try options.integer("k", default: 10)
    let threads = max(1, try options.integer("threads", default: 1))
    let singleLimit = try options.integer("single-limit", default: 0)
    let batchLimit = try options.integer("batch-limit", default: 0)
    let analyzerName = options.string("analyzer") ?? "standard"
    guard let kind = Analyzer.Kind(rawValue: analyzerName) else {
      throw BenchError.usage("--analyzer is standard or simple, not '\(analyzerName)'")
    }
    let analyzer = Analyzer(kind: kind)

    // Load (not timed).
    var questions = try TextTable(path: questionsPath)
    let postings = try TextTable(path: postingsPath)
    guard postings.count > 0 else { throw BenchError(description: "\(postingsPath): no postings") }
    let questionIDs = questions.ids

    // Build from the question texts; the IDF is fitted on them alone.
    let buildStart = ContinuousClock.now
    var builder = IndexBuilder(analyzer: analyzer)
    builder.reserveCapacity(estimatedEntries: questions.bytes.count / 6)
    for i in 0..<questions.count {
      _ = questions.withText(i) { builder.addIndexed(utf8: $0) }
    }
    questions = TextTable()  // the texts are not needed any more
    let (weighting, index) = builder.build()
    let buildSeconds = seconds(since: buildStart)

    var searcher = TextSearcher(analyzer: analyzer, weighting: weighting, index: index)
    blackHole(postings.withText(0) { searcher.topDocuments(forUTF8: $0, limit: k) })

    // Single mode: each posting alone, raw text to top-k.
    let singleCount = singleLimit > 0 ? min(singleLimit, postings.count) : postings.count
    var latencies: [Double] = []
    var singleResults = [[ScoredDocument]](
      repeating: .init(repeating: ScoredDocument(document: DocID(0), score: 0), count: k),
      count: singleCount)
    latencies.reserveCapacity(singleCount)
    for i in 0..<singleCount {
      let start = ContinuousClock.now
      postings.withText(i) { searcher.topDocuments(forUTF8: $0, limit: k, into: &singleResults[i]) }
      latencies.append(seconds(since: start) * 1000)
    }

    // Batch mode: all postings, spread over the threads.
    let batchCount = batchLimit > 0 ? min(batchLimit, postings.count) : postings.count
    let batchStart = ContinuousClock.now
    let batchResults = orderedParallelMap(count: batchCount, threads: threads, state: searcher) {
      local, i in postings.withText(i) { local.topDocuments(forUTF8: $0, limit: k) }
    }
    let batchSeconds = seconds(since: batchStart)
    let agreeing = zip(singleResults, batchResults).filter { $0 == $1 }.count
    guard agreeing == min(singleCount, batchCount) else {
      throw BenchError(description: "batch results differ from single results")
    }

    if let dumpPath = options.string("dump-top") {
      try dump(
        path: dumpPath, postings: postings, questionIDs: questionIDs, k: k,
        searcher: &searcher)
    }

    var top3: [(key: String, value: JSONValue)] = []
    for i in 0..<min(3, singleResults.count) {
      top3.append(
        (postings.ids[i], .array(singleResults[i].map { .string(questionIDs[$0.document.index]) })))
    }
    let mean = latencies.reduce(0, +) / Double(max(1, latencies.count))
    var optimised = true
    #if DEBUG
      optimised = false
    #endif
    let report: JSONValue = .object([
      ("impl", .string("askback")),
      ("version", .string("0.1.0")),
      (
        "settings",
        .string(
          "analyzer=\(kind.rawValue), tf-idf sublinear l2 (idf on questions), inverted index, "
            + "float32, threads=\(threads), optimised=\(optimised)")
      ),
      ("n_questions", .number(Double(questionIDs.count))),
      ("n_terms", .number(Double(weighting.termCount))),
      ("n_postings_entries", .number(Double(index.entryCount))),
      ("k", .number(Double(k))),
      ("threads", .number(Double(threads))),
      ("build_s", .number(rounded(buildSeconds, 3))),
      ("n_single", .number(Double(singleCount))),
      ("single_median_ms", .number(rounded(percentile(latencies, 50), 3))),
      ("single_p99_ms", .number(rounded(percentile(latencies, 99), 3))),
      ("single_mean_ms", .number(rounded(mean, 3))),
      ("n_batch", .number(Double(batchCount))),
      ("batch_s", .number(rounded(batchSeconds, 3))),
      ("batch_postings_per_s", .number(rounded(Double(batchCount) / batchSeconds, 2))),
      ("batch_top_k_sets_equal_single", .number(Double(agreeing))),
      ("top10_first3", .object(top3)),
    ])
    print(JSONWriter.string(report, decimals: 6))
  }

  /// Writes the top-k of every posting in `reference_tfidf.py`'s format.
  static func dump(
    path: String, postings: TextTable, questionIDs: [String], k: Int, searcher: inout TextSearcher
  ) throws {
    var out = ""
    for i in 0..<postings.count {
      let top = postings.withText(i) { searcher.topDocuments(forUTF8: $0, limit: k) }
      let entries: [JSONValue] = top.map {
        .array([.string(questionIDs[$0.document.index]), .number(Double($0.score))])
      }
      out += JSONWriter.string(
        .object([("posting", .string(postings.ids[i])), ("top", .array(entries))]), decimals: 9)
      out += "\n"
    }
    do {
      try Data(out.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw BenchError(description: "\(path): cannot write: \(error.localizedDescription)")
    }
  }
}
