/// The coarse fields of work users see, derived from the recognised occupation, so that field
/// and occupation never disagree.
///
/// Each field is a set of SOC groups; an occupation belongs to the field of the most specific
/// group that contains it (a detailed occupation before its broad group, a broad group before
/// its minor group, and so on). The table is the README's "Fields from occupations".
public enum FieldMapping {
  /// SOC groups and their fields.
  ///
  /// More specific groups win over the groups that contain them.
  static let table: [(group: String, field: String)] = [
    // Accounting: accountants, bookkeeping, billing and payroll, tax, controllers.
    ("13-2011", "accounting"), ("13-2081", "accounting"), ("13-2082", "accounting"),
    ("43-3031", "accounting"), ("43-3021", "accounting"), ("43-3051", "accounting"),
    ("43-3011", "accounting"), ("11-3031", "finance"),
    // Finance: financial specialists and managers, tellers and brokerage clerks.
    ("13-2000", "finance"), ("43-3071", "finance"), ("43-4011", "finance"),
    ("43-4131", "finance"), ("43-4141", "finance"),
    // Administrative: office and administrative support.
    ("43-0000", "administrative"), ("11-3012", "administrative"),
    // Customer service.
    ("43-4051", "customer service"), ("43-4181", "customer service"),
    ("41-9041", "customer service"),
    // Business development: management and business analysts, other business operations.
    ("13-1111", "business development"), ("13-1199", "business development"),
    ("13-1131", "business development"),
    // Design: art and design, web and digital interface designers, media equipment.
    ("27-1000", "design"), ("15-1255", "design"), ("27-4000", "design"),
    // Engineering: engineers and technicians, software developers and testers.
    ("17-0000", "engineering"), ("15-1250", "engineering"), ("11-9041", "engineering"),
    // Information technology: the other computer occupations and their managers, data.
    ("15-0000", "information technology"), ("11-3021", "information technology"),
    ("15-1299.09", "project management"),
    // Healthcare: practitioners, technicians, support, health managers, counsellors.
    ("29-0000", "healthcare"), ("31-0000", "healthcare"), ("11-9111", "healthcare"),
    ("21-0000", "healthcare"),
    // Legal: lawyers, legal support, compliance.
    ("23-0000", "legal"), ("13-1041", "legal"),
    // Marketing: marketing and PR managers and specialists, writers and editors.
    ("11-2011", "marketing"), ("11-2021", "marketing"), ("11-2032", "marketing"),
    ("11-2033", "marketing"), ("13-1161", "marketing"), ("27-3000", "marketing"),
    // Project management.
    ("13-1082", "project management"),
    // Sales: sales workers and their managers.
    ("41-0000", "sales"), ("11-2022", "sales"),
    // Education: teachers, librarians, education administrators, school counsellors.
    ("25-0000", "education"), ("11-9030", "education"), ("21-1012", "education"),
    ("39-9011", "education"),
    // Human resources.
    ("13-1071", "human resources"), ("13-1075", "human resources"),
    ("13-1141", "human resources"), ("13-1151", "human resources"),
    ("11-3111", "human resources"), ("11-3121", "human resources"),
    ("11-3131", "human resources"), ("43-4161", "human resources"),
    // Hospitality: food, lodging, personal care and service.
    ("35-0000", "hospitality"), ("39-0000", "hospitality"), ("11-9051", "hospitality"),
    ("11-9081", "hospitality"), ("37-2012", "hospitality"),
    // Manufacturing: production work and its management, quality.
    ("51-0000", "manufacturing"), ("11-3051", "manufacturing"),
    // Research: scientists and science technicians, their managers, statisticians.
    ("19-0000", "research"), ("11-9121", "research"), ("15-2041", "research"),
    // Management: every other manager, and operations, trades, transport and protective work.
    ("11-0000", "management"), ("13-1000", "management"), ("33-0000", "management"),
    ("37-0000", "management"), ("45-0000", "management"), ("47-0000", "management"),
    ("49-0000", "management"), ("53-0000", "management"), ("55-0000", "management"),
  ]

  /// The fields, in the order users see them.
  public static let fields = [
    "accounting", "administrative", "business development", "customer service", "design",
    "education", "engineering", "finance", "healthcare", "hospitality", "human resources",
    "information technology", "legal", "management", "manufacturing", "marketing",
    "project management", "research", "sales",
  ]

  /// The table by significant prefix, longest first.
  static let prefixes: [(prefix: String, field: String)] = table.map { entry in
    if entry.group.contains(".") { return (entry.group, entry.field) }
    var prefix = entry.group
    while prefix.count > 3 && prefix.hasSuffix("0") { prefix.removeLast() }
    return (prefix, entry.field)
  }
  .sorted {
    $0.prefix.count != $1.prefix.count ? $0.prefix.count > $1.prefix.count : $0.prefix < $1.prefix
  }

  /// The field of `occupation`: the field of the most specific group that contains it.
  public static func field(of occupation: OccupationCode) -> String {
    prefixes.first { occupation.rawValue.hasPrefix($0.prefix) }?.field ?? "management"
  }

  /// Each occupation's field, as its position in ``fields``.
  static func positions(of occupations: [OccupationCode]) -> [Int] {
    occupations.map { fields.firstIndex(of: field(of: $0)) ?? 0 }
  }
}
