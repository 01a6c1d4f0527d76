/// What a question is about.
public enum Category: String, CaseIterable, Sendable, Comparable {
  case competitors, challenges, concerns, timeline
  case role, success, team, manager, culture, growth, company
  case closing, followup, feedback, offer

  /// The four categories every interview's top ten must cover.
  public static let core: [Category] = [.competitors, .challenges, .concerns, .timeline]

  /// A plain heading for the category.
  public var heading: String {
    switch self {
    case .competitors: return "Market and competitors"
    case .challenges: return "Challenges"
    case .concerns: return "Concerns about your fit"
    case .timeline: return "Next steps and timeline"
    case .role: return "The role"
    case .success: return "Success in the role"
    case .team: return "The team"
    case .manager: return "The manager"
    case .culture: return "Culture"
    case .growth: return "Growth"
    case .company: return "The company"
    case .closing: return "Closing"
    case .followup: return "Follow-up"
    case .feedback: return "Feedback"
    case .offer: return "The offer"
    }
  }

  /// The position in declaration order.
  public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  /// Declaration order.
  public static func < (lhs: Category, rhs: Category) -> Bool { lhs.order < rhs.order }
}
