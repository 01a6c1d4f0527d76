import Foundation

extension OccupationModel {
  /// The likeliest occupations for a posting, best first, with their probabilities.
  ///
  /// - Parameters:
  ///   - title: the posting's title line, if it has one.
  ///   - text: the posting's whole text, analysed by the standard analyzer.
  ///   - limit: how many occupations to return.
  /// - Complexity: O(*e*) in the index entries of the posting's terms, plus a sort of the
  ///   occupations that scored.
  public func recognise(title: String?, text: TokenBuffer, limit: Int = 3) -> Recognition {
    var counter = TermCounter()
    let channels = self.channels(title: title, text: text, counter: &counter)
    let scores = channels.combined(configuration)
    // Probabilities over the occupations that scored.
    let scored = scores.indices.filter { scores[$0] > 0 }
    guard let top = scored.map({ scores[$0] }).max() else { return Recognition() }
    var probability = [Double](repeating: 0, count: codes.count)
    var total = 0.0
    for o in scored {
      probability[o] = Foundation.exp((scores[o] - top) / configuration.temperature)
      total += probability[o]
    }
    var byField = [Double](repeating: 0, count: FieldMapping.fields.count)
    for o in scored {
      probability[o] /= total
      byField[fieldOfCode[o]] += probability[o]
    }
    let fields = zip(FieldMapping.fields, byField).map { FieldScore(name: $0, score: $1) }
      .enumerated()
      .sorted {
        $0.element.score != $1.element.score
          ? $0.element.score > $1.element.score : $0.offset < $1.offset
      }
      .map(\.element)
    let ranked = scored.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    var matches: [OccupationMatch] = []
    for o in ranked.prefix(limit) {
      matches.append(
        OccupationMatch(
          code: codes[o], title: names[o], score: probability[o],
          matchedTitle: channels.bestTitleDocument[o] >= 0
            ? titleTexts[Int(channels.bestTitleDocument[o])] : nil,
          matchedTasks: matches.isEmpty
            ? closestTasks(o, to: channels.bodyVector, counter: &counter) : []))
    }
    return Recognition(occupations: matches, fields: fields)
  }

  /// What the model recognised: the likeliest occupations and the fields they sum to.
  public struct Recognition: Sendable, Equatable {
    /// The likeliest occupations, best first.
    public var occupations: [OccupationMatch] = []
    /// Every field with the summed probability of its occupations, best first (ties in the
    /// order of ``FieldMapping/fields``).
    public var fields: [FieldScore] = []
  }

  /// The four scores of every occupation for a posting, before they are weighted.
  public struct Channels: Sendable {
    /// The best single title's cosine, per occupation.
    public var bestTitle: [Float]
    /// The cosine with the occupation's titles as a whole.
    public var titles: [Float]
    /// The cosine with the occupation's profile.
    public var profile: [Float]
    /// The cosines of the labelled descriptions, best first, with their occupations.
    public var examples: [(score: Float, occupation: Int)]
    /// The title document that matched best, per occupation, or -1.
    var bestTitleDocument: [Int32]
    /// The posting's body vector.
    var bodyVector: SparseVector
    /// Whether the title is missing or has a word of management.
    public var managerialTitle = true
    /// Whether the title names a senior manager.
    public var seniorTitle = false
    /// The positions of the management occupations (SOC major group 11).
    var management: Range<Int> = 0..<0

    /// a · bestTitle + b · titles + c · profile + d · (the k nearest examples), per occupation.
    public func combined(_ configuration: Configuration) -> [Double] {
      var scores = [Double](repeating: 0, count: profile.count)
      for o in scores.indices {
        scores[o] =
          configuration.bestTitleWeight * Double(bestTitle[o])
          + configuration.titlesWeight * Double(titles[o])
          + configuration.profileWeight * Double(profile[o])
      }
      for example in examples.prefix(configuration.neighbours) {
        scores[example.occupation] += configuration.examplesWeight * Double(example.score)
      }
      if !managerialTitle {
        for o in management {
          scores[o] *= configuration.managementWithoutManagerialTitle
        }
      }
      if seniorTitle {
        for o in scores.indices where !management.contains(o) {
          scores[o] *= configuration.othersWithSeniorTitle
        }
      }
      return scores
    }
  }

  /// The unweighted scores of every occupation for a posting.
  public func channels(title: String?, text: TokenBuffer) -> Channels {
    var counter = TermCounter()
    return channels(title: title, text: text, counter: &counter)
  }

  func channels(title: String?, text: TokenBuffer, counter: inout TermCounter) -> Channels {
    var bestTitle = [Float](repeating: 0, count: codes.count)
    var bestDocument = [Int32](repeating: -1, count: codes.count)
    var sums = [Float](repeating: 0, count: codes.count)
    var vector = SparseVector()
    if let title {
      var tokens = TokenBuffer()
      Analyzer.title.analyze(TitleNormalizer.normalize(title), into: &tokens)
      titleWeighting.vectorize(tokens, into: &vector, counter: &counter)
      var ranker = Ranker(index: titleIndex)
      ranker.forEachScore(for: vector) { doc, score in
        let o = Int(titleOwners[doc.index])
        sums[o] += score
        if score > bestTitle[o] {
          bestTitle[o] = score
          bestDocument[o] = Int32(doc.index)
        }
      }
      for o in sums.indices { sums[o] *= titleCentroidScales[o] }
    }
    bodyWeighting.vectorize(text, into: &vector, counter: &counter)
    var profile = [Float](repeating: 0, count: codes.count)
    var examples: [(score: Float, occupation: Int, doc: Int)] = []
    var ranker = Ranker(index: bodyIndex)
    ranker.forEachScore(for: vector) { doc, score in
      if doc.index < codes.count {
        profile[doc.index] = score
      } else {
        examples.append((score, Int(exampleOwners[doc.index - codes.count]), doc.index))
      }
    }
    examples.sort { $0.score != $1.score ? $0.score > $1.score : $0.doc < $1.doc }
    return Channels(
      bestTitle: bestTitle, titles: sums, profile: profile,
      examples: examples.map { ($0.score, $0.occupation) }, bestTitleDocument: bestDocument,
      bodyVector: vector, managerialTitle: title.map(TitleNormalizer.namesManagement) ?? true,
      seniorTitle: title.map(TitleNormalizer.namesSeniorManagement) ?? false,
      management: managementOccupations)
  }

  /// The model with other weights (nothing is rebuilt).
  public func with(_ configuration: Configuration) -> OccupationModel {
    var copy = self
    copy.configuration = configuration
    return copy
  }

  /// The code of occupation `o`, in the model's order.
  public func code(at o: Int) -> OccupationCode { codes[o] }

  /// Occupation `o`'s two task statements closest to the posting's body vector.
  func closestTasks(
    _ o: Int, to posting: SparseVector, counter: inout TermCounter
  ) -> [String] {
    var best: [(score: Float, index: Int)] = []
    var tokens = TokenBuffer()
    var vector = SparseVector()
    for (i, task) in tasks[o].enumerated() {
      tokens.removeAll()
      Analyzer.standard.analyze(task, into: &tokens)
      bodyWeighting.vectorize(tokens, into: &vector, counter: &counter)
      var score: Float = 0
      for (term, weight) in zip(vector.terms, vector.weights) {
        score += weight * posting.weight(of: term)
      }
      if score > 0 { best.append((score, i)) }
    }
    best.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
    return best.prefix(2).map { tasks[o][$0.index] }
  }
}
