/// An O*NET-SOC occupation code, such as `43-3031.00` (Bookkeeping, Accounting, and Auditing
/// Clerks) or `29-1141.01` (Acute Care Nurses).
///
/// The first seven characters are the 2018 SOC detailed occupation; the two digits after the
/// point distinguish O*NET's more specific occupations within it (`.00` is the SOC occupation
/// itself).
public struct OccupationCode: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The code as written, `NN-NNNN.NN`.
  public let rawValue: String
  /// Its eight digits as one number (`43-3031.00` is 43303100), for ``SOCGroup/contains(_:)``.
  let number: UInt32

  /// Reads `NN-NNNN.NN`; `nil` for anything else.
  public init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[2] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: ".") else {
      return nil
    }
    var number: UInt32 = 0
    for (i, byte) in bytes.enumerated() where i != 2 && i != 7 {
      guard byte &- 0x30 < 10 else { return nil }
      number = number * 10 + UInt32(byte &- 0x30)
    }
    rawValue = text
    self.number = number
  }

  /// The SOC detailed occupation, `NN-NNNN`.
  public var detailed: String { String(rawValue.prefix(7)) }

  /// The SOC minor group, `NN-NNNN` with its zeros (`43-3000`, `15-1200`).
  public var minorGroup: String {
    let digits = Array(rawValue.utf8)[3..<7]
    // Three minor groups of the 2018 SOC keep two digits: 15-1200, 31-1100, 51-5100.
    let two = String(decoding: digits.prefix(2), as: UTF8.self)
    let major = String(rawValue.prefix(2))
    if ["15-12", "31-11", "51-51"].contains(major + "-" + two) { return "\(major)-\(two)00" }
    return "\(major)-\(String(decoding: digits.prefix(1), as: UTF8.self))000"
  }

  /// The SOC major group, `NN-0000`.
  public var majorGroup: String { String(rawValue.prefix(2)) + "-0000" }

  public var description: String { rawValue }

  public static func < (lhs: OccupationCode, rhs: OccupationCode) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

/// A group of the 2018 SOC structure, used to tag questions: a major group (`29-0000`), a minor
/// group (`43-3000`), a broad group (`15-1250`) or a detailed occupation (`43-3031`); or one
/// O*NET-SOC occupation (`15-1299.09`, Information Technology Project Managers), for work that
/// O*NET tells apart within a SOC occupation.
///
/// A group contains an occupation when the occupation's code starts with the group's code
/// without its trailing zeros: `43-3000` contains `43-3031.00`, `15-1250` contains
/// `15-1252.00`, `29-0000` contains every `29-` code. An O*NET-SOC code contains only itself.
public struct SOCGroup: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The code as written, `NN-NNNN` or `NN-NNNN.NN`.
  public let code: String
  /// The significant part: the code without its trailing zeros (`43-3`, `15-125`, `43-3031`),
  /// or the whole O*NET-SOC code.
  let prefix: String
  /// The ``OccupationCode/number``s of the occupations the group holds: those whose digits
  /// start with the significant digits (`43-3` holds 43300000...43399999).
  let numbers: ClosedRange<UInt32>

  /// Reads `NN-NNNN` or an O*NET-SOC code `NN-NNNN.NN`; `nil` for anything else.
  public init?(_ text: String) {
    if let occupation = OccupationCode(text) {
      code = text
      prefix = text
      numbers = occupation.number...occupation.number
      return
    }
    let bytes = Array(text.utf8)
    guard bytes.count == 7, bytes[2] == UInt8(ascii: "-") else { return nil }
    for (i, byte) in bytes.enumerated() where i != 2 {
      guard byte &- 0x30 < 10 else { return nil }
    }
    code = text
    var significant = text
    while significant.count > 3 && significant.hasSuffix("0") { significant.removeLast() }
    prefix = significant
    var low: UInt32 = 0
    var digits = 0
    for byte in significant.utf8 where byte != UInt8(ascii: "-") {
      low = low * 10 + UInt32(byte &- 0x30)
      digits += 1
    }
    var span: UInt32 = 1
    for _ in digits..<8 { span *= 10 }
    numbers = low * span...low * span + (span - 1)
  }

  /// Whether one group holds the other: questions tagged with either are written for the same
  /// work.
  public func overlaps(_ other: SOCGroup) -> Bool {
    prefix.hasPrefix(other.prefix) || other.prefix.hasPrefix(prefix)
  }

  /// Whether `occupation` falls under this group.
  public func contains(_ occupation: OccupationCode) -> Bool {
    // The group's significant digits are a prefix of the occupation's exactly when its number
    // falls in the group's range.
    numbers.contains(occupation.number)
  }

  /// The O*NET-SOC occupation this tag names, when it names one rather than a SOC group.
  public var occupation: OccupationCode? { OccupationCode(code) }

  public var description: String { code }

  public static func < (lhs: SOCGroup, rhs: SOCGroup) -> Bool { lhs.code < rhs.code }
}

/// An O*NET-SOC occupation from `occupations/occupations.jsonl`: its titles, the job titles
/// people hold in it, its task statements and the technology and tools it uses.
public struct Occupation: Sendable, Hashable {
  public let code: OccupationCode
  public let title: String
  public let description: String
  /// Alternate, short and reported job titles, distinct ignoring case.
  public let titles: [String]
  /// Task statements, core tasks first.
  public let tasks: [String]
  /// Examples of the software it uses.
  public let technology: [String]
  /// Examples of the tools and equipment it uses.
  public let tools: [String]

  public init(
    code: OccupationCode, title: String, description: String = "", titles: [String] = [],
    tasks: [String] = [], technology: [String] = [], tools: [String] = []
  ) {
    self.code = code
    self.title = title
    self.description = description
    self.titles = titles
    self.tasks = tasks
    self.technology = technology
    self.tools = tools
  }

  /// What the occupation does, as one text for the body model: its description, tasks,
  /// technology and tools.
  public var profile: String {
    ([description] + tasks + technology + tools).joined(separator: "\n")
  }
}

/// The groups of the 2018 SOC structure, from `occupations/soc.jsonl`, with their titles.
public struct SOCStructure: Sendable, Equatable {
  /// Each group's title, by code.
  public let titles: [String: String]

  public init(titles: [String: String] = [:]) { self.titles = titles }

  /// Whether `group` is a group of the structure; for an O*NET-SOC code, whether its SOC
  /// occupation is.
  public func contains(_ group: SOCGroup) -> Bool {
    titles[group.occupation?.detailed ?? group.code] != nil
  }

  /// The title of the group with `code`, if any.
  public func title(of code: String) -> String? { titles[code] }
}
