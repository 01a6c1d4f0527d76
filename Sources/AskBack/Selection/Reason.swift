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
  /// One of the places reserved for questions grounded in the posting's facts.
  case groundedPlace
  /// One of the places reserved for questions written for the posting's occupation.
  case ownOccupation(String)
  /// One of the best matches for the posting by score.
  case relevance
  /// The question is written for this SOC group, which holds the posting's likeliest
  /// occupation, with the probability of the question's groups.
  case occupation(group: SOCGroup, title: String?, probability: Double)
  /// The question is written for this kind of employer.
  case employer(EmployerKind)
  /// A slot was filled with this fact of the posting, read from this line.
  case filled(slot: QuestionTemplate.Slot, value: String, evidence: String)
  /// Left out: the posting already answers the question's topic, in these words.
  case answered(topic: Topic, evidence: String)

  public var description: String {
    switch self {
    case .coversCategory(let category):
      return "rule: every interview list covers \(category.heading.lowercased())"
    case .closingAsksNextSteps: return "rule: a closing list asks about the next steps"
    case .closingAsksConcerns: return "rule: a closing list asks about remaining concerns"
    case .closingOffersMore: return "rule: a closing list offers to send more"
    case .groundedPlace: return "rule: a list asks about what the posting itself says"
    case .ownOccupation(let title):
      return "rule: questions written for the posting's occupation, \(title)"
    case .relevance: return "relevance: one of the best matches for the posting"
    case .occupation(let group, let title, let probability):
      let name = title.map { "\(group) \($0)" } ?? group.code
      return
        "occupation: written for \(name), probability \(JSONWriter.format(probability, decimals: 2))"
    case .employer(let kind): return "employer: written for a \(kind.phrase)"
    case .filled(let slot, let value, let evidence):
      return "fill: {\(slot.rawValue)} = \"\(value)\", from the posting: \"\(evidence)\""
    case .answered(let topic, let evidence): return topic.describe(evidence)
    }
  }
}
