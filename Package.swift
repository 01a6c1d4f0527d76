// swift-tools-version: 6.0
import PackageDescription

// AskBack: ranks the questions a job seeker should ask the interviewer, offline.
//
// Toolchain only: no package dependencies.
//
// Set `-DASKBACK_INTERNAL_CHECKS` (for example
// `swift build -Xswiftc -DASKBACK_INTERNAL_CHECKS`) to turn on the costly
// invariant checks: the top-k heap's order after every update. (An index is
// always checked when it is made or loaded.)

let package = Package(
  name: "AskBack",
  products: [
    .library(name: "AskBack", targets: ["AskBack"]),
    .executable(name: "askback", targets: ["AskBackCLI"]),
    .executable(name: "askback-bench", targets: ["AskBackBenchmarks"]),
  ],
  targets: [
    .target(name: "AskBack"),
    // `askback serve`: the HTTP/1.1 server, its page and its API.
    .target(name: "AskBackServer", dependencies: ["AskBack"]),
    .executableTarget(
      name: "AskBackCLI",
      dependencies: ["AskBack", "AskBackServer"],
      plugins: ["EmbedCorpus"]
    ),
    .executableTarget(
      name: "AskBackBenchmarks",
      dependencies: ["AskBack"],
      path: "Benchmarks/AskBackBenchmarks"
    ),
    // Embeds Corpus/ and its binary index, built at compile time, into the
    // CLI, so `askback` needs no path to its corpus and starts in milliseconds.
    .plugin(
      name: "EmbedCorpus",
      capability: .buildTool(),
      dependencies: ["EmbedCorpusTool"]
    ),
    .executableTarget(
      name: "EmbedCorpusTool",
      dependencies: ["AskBack"],
      path: "Plugins/EmbedCorpusTool"
    ),
    .testTarget(
      name: "AskBackTests",
      dependencies: ["AskBack"],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "AskBackServerTests", dependencies: ["AskBack", "AskBackServer"]),
  ],
  swiftLanguageModes: [.v6]
)
