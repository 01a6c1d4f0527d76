/// A moment around a job interview.
public enum Stage: String, CaseIterable, Sendable {
  case screen
  case firstRound = "first-round"
  case finalRound = "final-round"
  case closing
  case followUp = "follow-up"
  case offer
  case rejected

  /// The stage's bit in a ``StageSet``.
  public var bit: UInt8 { 1 << UInt8(Stage.allCases.firstIndex(of: self) ?? 0) }
}

/// A set of stages, stored as bits.
public struct StageSet: OptionSet, Sendable, Hashable {
  public var rawValue: UInt8

  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public init(_ stages: some Sequence<Stage>) {
    self.init(rawValue: 0)
    for stage in stages { insert(stage) }
  }

  /// Whether `stage` is in the set.
  public func contains(_ stage: Stage) -> Bool { rawValue & stage.bit != 0 }

  /// Adds `stage`.
  public mutating func insert(_ stage: Stage) { rawValue |= stage.bit }

  public static let screen = StageSet([Stage.screen])
  public static let firstRound = StageSet([Stage.firstRound])
  public static let finalRound = StageSet([Stage.finalRound])
  public static let closing = StageSet([Stage.closing])
  public static let followUp = StageSet([Stage.followUp])
  public static let offer = StageSet([Stage.offer])
  public static let rejected = StageSet([Stage.rejected])

  /// The stages in the set, in ``Stage`` order.
  public var stages: [Stage] { Stage.allCases.filter(contains) }
}
