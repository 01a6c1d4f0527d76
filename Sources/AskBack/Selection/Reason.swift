/// Why a question is in a list: the rule that placed it, and what it matched.
///
/// A small tree of typed reasons rather than strings assembled in several places: the text and
/// Markdown explanations and the JSON `why` array all print ``description``.
public enum Reason: Sendable, Equatable, CustomStringConvertible {
  /// A reserved place: every interview list covers the core category.
  case coversCategory(Category)
  /// A reserved place of a closing list: the next steps.
  case closingAsksNextSteps
  /// A reserved place of a closing list: remaining concerns.
  case closingAsksConcerns
  /// A reserved place of a closing list: an offer to send more.
  case closingOffersMore
  /// One of the questions specific to the posting's own field.
  case ownField(String)
  /// One of the best matches for the posting by score.
  case relevance
  /// The question's field and the posting's probability of it.
  case field(name: String, probability: Double)
  /// Left out: the posting already answers the question's topic, in these words.
  case answered(topic: Topic, evidence: String)

  public var description: String {
    switch self {
    case .coversCategory(let category):
      return "rule: every interview list covers \(category.heading.lowercased())"
    case .closingAsksNextSteps: return "rule: a closing list asks about the next steps"
    case .closingAsksConcerns: return "rule: a closing list asks about remaining concerns"
    case .closingOffersMore: return "rule: a closing list offers to send more"
    case .ownField(let field): return "rule: questions specific to the posting's field, \(field)"
    case .relevance: return "relevance: one of the best matches for the posting"
    case .field(let name, let probability):
      return "field: \(name), probability \(JSONWriter.format(probability, decimals: 2))"
    case .answered(let topic, let evidence): return topic.describe(evidence)
    }
  }
}
