/// Every tuning constant of the ranking, each documented beside the formula that uses it.
///
/// A question's score for a posting *p* is
///
///     score(q) = cos(p, q) + b · P(f)    when q is specific to an own field f of the posting
///                                         and one of q's keywords occurs in the posting
///     score(q) = cos(p, q)               otherwise
///
/// with *b* = ``fieldBonus``. The posting's own fields are the likeliest field, and the
/// runner-up too when the likeliest field's probability is below ``hedgeBelow``. Questions
/// specific to any other field are dropped. ``RecommendationPlan`` then fills the list: the
/// reserved places of the stage, ``ownFieldTarget`` questions of each own field at an interview
/// stage, and the best of the rest, where a field question needs P(f) ≥
/// ``minimumFillProbability``; at most ``categoryCap(limit:)`` questions of one category, and no
/// two questions whose word sets have a Jaccard similarity of ``nearDuplicateJaccard`` or more.
///
/// The whole policy is stored in the index file, so a loaded index ranks exactly as the
/// recommender that wrote it.
public struct RankingPolicy: Sendable, Equatable {
  /// *b*: added to an own-field question's score, times the field's probability.
  public var fieldBonus = 0.05
  /// When the likeliest field's probability is below this, the runner-up is an own field too
  /// (below it the likeliest field is right less than a third of the time on the development
  /// postings).
  public var hedgeBelow = 0.15
  /// The field probability a field question needs to take a place beyond its field's reserved
  /// ones.
  public var minimumFillProbability = 0.2
  /// How many questions of each own field an interview list holds, when the corpus has them.
  public var ownFieldTarget = 3
  /// Two questions sharing this share of their distinct words or more are near duplicates, and
  /// only the better one is listed.
  public var nearDuplicateJaccard = 0.5
  /// The share of a list one category may fill, rounded up: 3 in ten.
  public var categoryShare = 0.3
  /// The fewest questions of one category a list may hold, whatever its length.
  public var categoryMinimum = 3
  /// The field model's weights.
  public var fieldModel = FieldModel.Configuration()

  public init() {}

  /// The most questions of one category in a list of `limit`: max(``categoryMinimum``,
  /// ⌈``categoryShare`` · `limit`⌉), so 3 in ten and 6 in twenty.
  ///
  /// The share's part is kept within 0...`limit`, whatever the share.
  public func categoryCap(limit: Int) -> Int {
    let share = (categoryShare * Double(limit) - 1e-9).rounded(.up)
    return max(categoryMinimum, Int(min(max(share, 0), Double(max(limit, 0)))))
  }

  /// The posting's own fields, best first, from the field scores (best first).
  func ownFields(_ scores: [FieldScore]) -> [String] {
    guard let best = scores.first else { return [] }
    if scores.count > 1, best.score < hedgeBelow { return [best.name, scores[1].name] }
    return [best.name]
  }
}
