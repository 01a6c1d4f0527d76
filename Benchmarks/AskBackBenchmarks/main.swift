import AskBack
import Dispatch
import Foundation

// askback-bench: AskBack's hot path measured the way ../shared/bench/baseline.py
// measures its peers, so that the two can run side by side:
//
//   askback-bench --questions Q.jsonl --postings P.jsonl --k 10
//     [--analyzer standard|simple] [--threads N] [--single-limit N]
//     [--batch-limit N] [--dump-top FILE]
//
// Loading both files is not timed. Then: build the index from the question
// texts (IDF fitted on the questions only), one warm-up query, each posting
// alone from raw text to top-k (single mode), then all postings as a batch
// on --threads threads. The last stdout line is a JSON object with build_s,
// single_median_ms, single_p99_ms, batch_postings_per_s and top10_first3.
//
//   askback-bench micro [--corpus DIR] [--vocabulary FILE] [--postings FILE] [--iterations N]
//
// runs the micro-benchmarks instead (see Micro.swift), and
//
//   askback-bench occupations [--corpus DIR] [--labels FILE]
//
// measures the occupation model's weights on a grid (see OccupationGrid.swift), and
//
//   askback-bench load --port N [--requests 20000] [--connections 64] ...
//
// a bounded HTTP load on a server on the loopback address (see Load.swift).

#if DEBUG
  FileHandle.standardError.write(
    Data("warning: askback-bench was built without optimisation; use swift build -c release\n".utf8)
  )
#endif
#if ASKBACK_INTERNAL_CHECKS
  FileHandle.standardError.write(
    Data(
      "warning: askback-bench was built with ASKBACK_INTERNAL_CHECKS; timings include them\n".utf8))
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
do {
  if arguments.first == "micro" {
    try Micro.run(BenchOptions(Array(arguments.dropFirst())))
  } else if arguments.first == "occupations" {
    try OccupationGrid.run(BenchOptions(Array(arguments.dropFirst())))
  } else if arguments.first == "load" {
    try Load.run(BenchOptions(Array(arguments.dropFirst())))
  } else {
    try PeerRun.run(BenchOptions(arguments))
  }
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit((error as? BenchError)?.isUsage == true ? 64 : 1)
}
