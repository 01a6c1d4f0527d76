/// The alternate-title benchmark, which asks whether the model can name the occupation of a job
/// title it has not seen.
///
/// It holds out a seeded ``share`` of O*NET's alternate titles whose normalised text occurs
/// under one occupation only, builds the model without them, and classifies each held-out title
/// alone (no posting body). Anyone can reproduce it from the shipped corpus and the seed.
public struct AlternateTitleBenchmark: Sendable, Equatable {
  /// The share of eligible titles held out.
  public var share = 0.1
  public var seed: UInt64 = 20_261_201

  public init() {}

  /// What the benchmark measured.
  public struct Result: Sendable, Equatable {
    /// The titles held out.
    public var count = 0
    /// How many had their occupation (same 6-digit SOC code) first, or among the first three.
    public var detailedTop1 = 0
    public var detailedTop3 = 0
    /// How many had the first occupation in the right SOC minor group.
    public var minorGroupTop1 = 0
  }

  /// Runs the benchmark on `corpus` with the model's `configuration`.
  ///
  /// - Complexity: one model build, then one title query per held-out title.
  public func run(
    corpus: Corpus, configuration: OccupationModel.Configuration = .init()
  ) -> Result {
    // Titles whose normalised form belongs to one occupation only.
    var owners: [String: Set<OccupationCode>] = [:]
    var firstSeen: [(normalized: String, title: String, code: OccupationCode)] = []
    for occupation in corpus.occupations.sorted(by: { $0.code < $1.code }) {
      for title in occupation.titles {
        let normalized = TitleNormalizer.normalize(title)
        guard !normalized.isEmpty else { continue }
        if owners[normalized] == nil { firstSeen.append((normalized, title, occupation.code)) }
        owners[normalized, default: []].insert(occupation.code)
      }
    }
    let eligible = firstSeen.filter { owners[$0.normalized]?.count == 1 }
    var generator = SplitMix64(seed: seed)
    let shuffled = eligible.shuffled(using: &generator)
    let heldOut = Array(shuffled.prefix(Int((share * Double(eligible.count)).rounded())))
    // Leave out every title of the occupation that normalises the same way.
    let heldOutForms = Set(heldOut.map(\.normalized))
    var hidden = Set<String>()
    for occupation in corpus.occupations {
      for title in occupation.titles where heldOutForms.contains(TitleNormalizer.normalize(title)) {
        hidden.insert(title.lowercased())
      }
    }
    let model = OccupationModel(corpus: corpus, configuration: configuration, heldOut: hidden)
    var result = Result()
    let empty = TokenBuffer()
    for entry in heldOut {
      let found = model.recognise(title: entry.title, text: empty).occupations.map(\.code)
      result.count += 1
      if found.first?.detailed == entry.code.detailed { result.detailedTop1 += 1 }
      if found.prefix(3).contains(where: { $0.detailed == entry.code.detailed }) {
        result.detailedTop3 += 1
      }
      if found.first?.minorGroup == entry.code.minorGroup { result.minorGroupTop1 += 1 }
    }
    return result
  }
}

/// A small seeded random number generator (SplitMix64), so that a benchmark's sample is the
/// same on every machine.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
