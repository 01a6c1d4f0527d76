import AskBack
import Foundation

/// The measurements that choose the occupation model's weights.
///
///     askback-bench occupations [--corpus DIR] [--postings FILE]... [--labels FILE]
///
/// For each labelled posting the model's four unweighted scores are computed once; then every
/// combination of weights on a small grid is scored at once: detailed top-1 and top-3 and minor
/// group top-1, per postings file, one line per combination, the default weights marked. The
/// development and training postings of the test fixtures are the defaults. Postings that are
/// themselves corpus job descriptions (the training postings) are scored with their own
/// description left out of the nearest examples.
enum OccupationGrid {
  static func run(_ options: BenchOptions) throws {
    let root = Micro.packageRoot
    let corpus = try CorpusLoader.load(
      directory: options.string("corpus") ?? root.appending(path: "Corpus").path)
    let fixtures = root.appending(path: "Tests/AskBackTests/Fixtures/eval")
    let labelsPath = options.string("labels") ?? fixtures.appending(path: "labels.jsonl").path
    let labels = try PostingLabels.read(
      jsonLines: [UInt8](try Data(contentsOf: URL(fileURLWithPath: labelsPath))), path: labelsPath)
    let files = ["dev-postings.jsonl", "train-postings.jsonl"].map {
      fixtures.appending(path: $0).path
    }
    let model = OccupationModel(corpus: corpus)
    let descriptionIDs = Set(corpus.descriptions.map(\.id))
    var sets:
      [(name: String, items: [(channels: OccupationModel.Channels, accepted: [OccupationCode])])] =
        []
    for file in files {
      let postings = try LabelledPosting.read(
        jsonLines: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))), path: file)
      var items: [(OccupationModel.Channels, [OccupationCode])] = []
      for posting in postings {
        guard let accepted = labels[posting.id]?.acceptedOccupations, !accepted.isEmpty else {
          continue
        }
        var tokens = TokenBuffer()
        Analyzer.standard.analyze(posting.text, into: &tokens)
        let facts = PostingFacts(posting: posting.text)
        var channels = model.channels(title: facts.titleLine, text: tokens)
        if descriptionIDs.contains(posting.id) {
          // Leave the posting's own description out of its neighbours.
          if let own = channels.examples.firstIndex(where: { $0.score > 0.999 }) {
            channels.examples.remove(at: own)
          }
        }
        items.append((channels, accepted))
      }
      sets.append((URL(fileURLWithPath: file).lastPathComponent, items))
    }
    let defaults = OccupationModel.Configuration()
    var grid: [OccupationModel.Configuration] = []
    for a in [0.0, 0.5, 1] {
      for b in [0.5, 1, 1.5] {
        for c in [1.0, 2, 3] {
          for d in [0.5, 1, 2] {
            for k in [3, 5, 10] {
              for g in [1.0, 0.8, 0.6] {
                for h in [1.0, 0.8, 0.7, 0.6, 0.5] {
                  var configuration = defaults
                  configuration.managementWithoutManagerialTitle = g
                  configuration.othersWithSeniorTitle = h
                  configuration.bestTitleWeight = a
                  configuration.titlesWeight = b
                  configuration.profileWeight = c
                  configuration.examplesWeight = d
                  configuration.neighbours = k
                  grid.append(configuration)
                }
              }
            }
          }
        }
      }
    }
    var lines: [(score: Double, line: String)] = []
    for configuration in grid {
      var line =
        "a=\(configuration.bestTitleWeight) b=\(configuration.titlesWeight) "
        + "c=\(configuration.profileWeight) d=\(configuration.examplesWeight) k=\(configuration.neighbours)"
        + " g=\(configuration.managementWithoutManagerialTitle)"
        + " h=\(configuration.othersWithSeniorTitle)"
      var total = 0.0
      for set in sets {
        var top1 = 0
        var top3 = 0
        var minor = 0
        for (channels, accepted) in set.items {
          let scores = channels.combined(configuration)
          let ranked = scores.indices.filter { scores[$0] > 0 }
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
            .prefix(3).map { model.code(at: $0) }
          if let first = ranked.first, accepted.contains(where: { $0.detailed == first.detailed }) {
            top1 += 1
          }
          if ranked.contains(where: { code in accepted.contains { $0.detailed == code.detailed } })
          {
            top3 += 1
          }
          if let first = ranked.first,
            accepted.contains(where: { $0.minorGroup == first.minorGroup })
          {
            minor += 1
          }
        }
        let n = Double(max(1, set.items.count))
        total += Double(top1) / n
        line +=
          " | \(set.name) top1 \(JSONWriter.format(Double(top1) / n, decimals: 3))"
          + " top3 \(JSONWriter.format(Double(top3) / n, decimals: 3))"
          + " minor1 \(JSONWriter.format(Double(minor) / n, decimals: 3))"
      }
      if configuration == defaults { line += " (default)" }
      lines.append((total, line))
    }
    for entry in lines.sorted(by: { $0.score > $1.score }).prefix(25) { print(entry.line) }
    if let line = lines.first(where: { $0.line.hasSuffix("(default)") }) { print(line.line) }

    // The temperature: the mean log-probability of the labelled occupation (its detailed code,
    // or an alternative's), and the mean probability of the first occupation beside the share
    // of first occupations that are right, per temperature, with the default weights.
    for temperature in [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5] {
      var line = "temperature \(temperature)"
      for set in sets {
        var logLikelihood = 0.0
        var confidence = 0.0
        var right = 0
        for (channels, accepted) in set.items {
          let scores = channels.combined(defaults)
          let top = scores.max() ?? 0
          var total = 0.0
          var gold = 0.0
          var best = 0
          for o in scores.indices where scores[o] > 0 {
            let p = Foundation.exp((scores[o] - top) / temperature)
            total += p
            if accepted.contains(where: { $0.detailed == model.code(at: o).detailed }) {
              gold = max(gold, p)
            }
            if scores[o] > scores[best] { best = o }
          }
          guard total > 0 else { continue }
          logLikelihood += Foundation.log(max(gold / total, 1e-6))
          confidence += 1 / total
          if accepted.contains(where: { $0.detailed == model.code(at: best).detailed }) {
            right += 1
          }
        }
        let n = Double(max(1, set.items.count))
        line +=
          " | \(set.name) log-likelihood \(JSONWriter.format(logLikelihood / n, decimals: 3))"
          + " mean p(first) \(JSONWriter.format(confidence / n, decimals: 3))"
          + " accuracy \(JSONWriter.format(Double(right) / n, decimals: 3))"
      }
      print(line)
    }
  }
}
