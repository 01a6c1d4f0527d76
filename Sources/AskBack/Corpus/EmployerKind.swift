/// The kind of employer a posting is from, which decides what its "competition" is: a hospital
/// competes for patients and for nurses, a school with charter and neighbouring schools and for
/// teachers, a city agency with other employers for the same workers.
public enum EmployerKind: String, CaseIterable, Sendable, Comparable {
  /// A company selling to customers.
  case business
  /// A professional-services firm whose customers are clients: accounting, law, consulting.
  case firm
  /// A hospital, health system, clinic or practice.
  case hospital
  /// A K-12 school or school district.
  case school
  /// A college or university.
  case college
  /// A city, county, state or federal agency.
  case government
  /// A nonprofit organisation.
  case nonprofit
  /// A small or family-owned business.
  case smallBusiness = "small-business"
  /// The posting was written by a staffing agency for a client it does not name.
  case agencyClient = "agency-client"

  public static func < (lhs: EmployerKind, rhs: EmployerKind) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }

  /// The kind in words, after "a": "hospital or clinic", "staffing agency's client".
  public var phrase: String {
    switch self {
    case .business: return "company"
    case .firm: return "professional-services firm"
    case .hospital: return "hospital or clinic"
    case .school: return "school or school district"
    case .college: return "college or university"
    case .government: return "government agency"
    case .nonprofit: return "nonprofit"
    case .smallBusiness: return "small business"
    case .agencyClient: return "staffing agency's client"
    }
  }
}
