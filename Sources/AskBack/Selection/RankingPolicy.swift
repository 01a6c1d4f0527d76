/// Every tuning constant of the ranking, each documented beside the formula that uses it.
///
/// A question is a candidate for a posting when it fits the stage (pay and benefits only at the
/// offer stage), asks nothing the posting already answers, fits the kind of employer when it
/// names kinds, has every fact its grounded slots need, and, when it is written for
/// occupations, covers the likeliest occupation with a probability of at least
/// ``minimumOccupationProbability`` (the probabilities of the recognised occupations under its
/// tags, summed). Its score is
///
///     score(q) = cos(p, q)
///              + b_o · P(tags)    for an occupation question one of whose keywords is in p
///              + b_g              for a question grounded in the posting's facts
///              + b_e              for a question written for the posting's kind of employer
///
/// with *b_o* = ``occupationBonus``, *b_g* = ``groundedBonus`` and *b_e* = ``employerBonus``.
/// ``RecommendationPlan`` then fills the list: the reserved places of the stage, at least
/// ``groundedTarget`` grounded questions when the posting names ``groundedMinimumFacts`` tools
/// or duties, ``ownOccupationTarget`` questions written for the posting's occupation, then the
/// best of the rest; at most ``categoryCap(limit:)`` questions of one category, one question of
/// each theme, at most ``competitorsCap`` questions about competitors in a list of ten, no fill
/// used twice, and no two questions whose word sets have a Jaccard similarity
/// of ``nearDuplicateJaccard`` or more.
///
/// The whole policy is stored in the index file, so a loaded index ranks exactly as the
/// recommender that wrote it.
public struct RankingPolicy: Sendable, Equatable {
  /// *b_o*: added to an occupation question's score, times the probability of its tags.
  public var occupationBonus = 0.15
  /// The probability the posting's occupations must give a question's tags.
  ///
  /// At 0.8, the questions written for an occupation on the dev postings cover the labelled
  /// occupation 0.922 of the time (0.834 at 0.3). Blind panels kept such questions 81% of the
  /// time when their tags held 0.8 or more of the probability and 27% when they held less,
  /// while generic questions on the same uncertain postings were kept 73% of the time.
  public var minimumOccupationProbability = 0.8
  /// *b_g*: added to a question filled with one of the posting's facts.
  public var groundedBonus = 0.06
  /// *b_e*: added to a question written for the posting's kind of employer.
  public var employerBonus = 0.04
  /// How many questions written for the posting's occupation an interview list holds.
  public var ownOccupationTarget = 3
  /// How many grounded questions an interview list holds when the posting names enough facts.
  public var groundedTarget = 1
  /// The tools and duties a posting must name for ``groundedTarget`` to apply.
  public var groundedMinimumFacts = 2
  /// Two questions sharing this share of their distinct words or more are near duplicates, and
  /// only the better one is listed.
  public var nearDuplicateJaccard = 0.5
  /// The share of a list one category may fill, rounded up: 3 in ten.
  public var categoryShare = 0.3
  /// The fewest questions of one category a list may hold, whatever its length.
  public var categoryMinimum = 3
  /// The most questions about competitors and the market a list of ten or fewer holds while the
  /// caps apply: coaches keep the first far more often than a second.
  public var competitorsCap = 1
  /// The occupation model's weights.
  public var occupationModel = OccupationModel.Configuration()

  public init() {}

  /// The most questions of one category in a list of `limit`: max(``categoryMinimum``,
  /// ⌈``categoryShare`` · `limit`⌉), so 3 in ten and 6 in twenty.
  ///
  /// The share's part is kept within 0...`limit`, whatever the share.
  public func categoryCap(limit: Int) -> Int {
    let share = (categoryShare * Double(limit) - 1e-9).rounded(.up)
    return max(categoryMinimum, Int(min(max(share, 0), Double(max(limit, 0)))))
  }
}
