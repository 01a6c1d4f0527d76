/// A day of the proleptic Gregorian calendar with no time zone: a year, a month and a day.
///
/// Dates are stored as a count of days from 1970-01-01 and converted with integer arithmetic
/// only (no `Calendar`, no clock, no time zone), so adding days, comparing and naming the weekday
/// give the same answer on every machine. Years run from 1 to 9999, the years `YYYY-MM-DD` can
/// write.
///
///     let interview = try CalendarDate(parsing: "2026-12-03")
///     interview.adding(days: 7).description  // "2026-12-10"
///     interview.weekday                      // .thursday
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public let daysSinceEpoch: Int

  /// The earliest date: 0001-01-01.
  public static let earliest = CalendarDate(uncheckedYear: 1, month: 1, day: 1)
  /// The latest date: 9999-12-31.
  public static let latest = CalendarDate(uncheckedYear: 9999, month: 12, day: 31)

  /// The date `daysSinceEpoch` days after 1970-01-01.
  public init(daysSinceEpoch: Int) {
    self.daysSinceEpoch = daysSinceEpoch
  }

  /// The date of `year`, `month` (1–12) and `day`, or an error naming what is impossible.
  public init(year: Int, month: Int, day: Int) throws(CalendarDateError) {
    guard (1...9999).contains(year) else { throw .yearOutOfRange(year) }
    guard (1...12).contains(month) else { throw .noSuchMonth(month) }
    let length = Self.daysIn(month: month, year: year)
    guard (1...length).contains(day) else {
      throw .noSuchDay(year: year, month: month, day: day, monthLength: length)
    }
    self.init(uncheckedYear: year, month: month, day: day)
  }

  /// Reads `YYYY-MM-DD`: four digits, two, two, with hyphens, and nothing else.
  public init(parsing text: String) throws(CalendarDateError) {
    let bytes = Array(text.utf8)
    let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
    guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
      bytes.indices.allSatisfy({ $0 == 4 || $0 == 7 || isDigit(bytes[$0]) })
    else { throw .malformed(text) }
    let number = { (range: Range<Int>) in
      bytes[range].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
    do {
      try self.init(year: number(0..<4), month: number(5..<7), day: number(8..<10))
    } catch {
      throw .impossible(text, error)
    }
  }

  /// A date known to exist.
  private init(uncheckedYear year: Int, month: Int, day: Int) {
    daysSinceEpoch = Self.days(year: year, month: month, day: day)
  }

  // MARK: Parts

  /// The year, month and day.
  ///
  /// Howard Hinnant's `civil_from_days`: count 400-year eras of 146,097 days from 0000-03-01,
  /// so that the leap day falls at the end of each year of the era.
  public var components: (year: Int, month: Int, day: Int) {
    let shifted = daysSinceEpoch + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  public var year: Int { components.year }
  public var month: Int { components.month }
  public var day: Int { components.day }

  /// The day of the week.
  public var weekday: Weekday {
    // 1970-01-01 was a Thursday.
    let offset = ((daysSinceEpoch % 7) + 7 + 3) % 7
    return Weekday.allCases[offset]
  }

  // MARK: Arithmetic

  /// The date `days` days later (earlier when negative).
  public func adding(days: Int) -> CalendarDate {
    CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
  }

  /// The days from `self` to `other`: positive when `other` is later.
  public func days(until other: CalendarDate) -> Int {
    other.daysSinceEpoch - daysSinceEpoch
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    lhs.daysSinceEpoch < rhs.daysSinceEpoch
  }

  // MARK: Text

  /// `YYYY-MM-DD`.
  public var description: String {
    let (year, month, day) = components
    return Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
  }

  /// `YYYYMMDD`, the form of an iCalendar `DATE`.
  public var basicFormat: String {
    let (year, month, day) = components
    return Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2)
  }

  /// The weekday and the date, as in `Thursday 2026-12-03`.
  public var longDescription: String { weekday.name + " " + description }

  /// The date as a letter writes it: `Thursday 3 December 2026`.
  public var spokenDescription: String {
    let (year, month, day) = components
    return "\(weekday.name) \(day) \(CalendarDateError.monthNames[month - 1]) \(year)"
  }

  /// `value` in decimal with leading zeros up to `width` digits.
  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  // MARK: The calendar's rules

  /// Whether `year` has a 29 February: every fourth year, except centuries not divisible by 400.
  public static func isLeapYear(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// The number of days in `month` (1–12) of `year`.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Howard Hinnant's `days_from_civil`, the inverse of ``components``.
  static func days(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}

/// A day of the week, Monday first.
public enum Weekday: Int, CaseIterable, Sendable {
  case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

  /// The English name: `Monday`.
  public var name: String {
    switch self {
    case .monday: return "Monday"
    case .tuesday: return "Tuesday"
    case .wednesday: return "Wednesday"
    case .thursday: return "Thursday"
    case .friday: return "Friday"
    case .saturday: return "Saturday"
    case .sunday: return "Sunday"
    }
  }
}

/// Why a text or a year, month and day is not a date.
public indirect enum CalendarDateError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text is not in the form `YYYY-MM-DD`.
  case malformed(String)
  /// The text has the form but names a day that does not exist.
  case impossible(String, CalendarDateError)
  /// The year is outside 1–9999.
  case yearOutOfRange(Int)
  /// The month is outside 1–12.
  case noSuchMonth(Int)
  /// The day is outside the month.
  case noSuchDay(year: Int, month: Int, day: Int, monthLength: Int)

  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  public var description: String {
    switch self {
    case .malformed(let text):
      return "'\(text)' is not a date; expected YYYY-MM-DD, such as 2026-12-03"
    case .impossible(let text, let reason):
      return "'\(text)' is not a date: \(reason)"
    case .yearOutOfRange(let year):
      return "the year \(year) is outside 1 to 9999"
    case .noSuchMonth(let month):
      return "there is no month \(month)"
    case .noSuchDay(let year, let month, let day, let length):
      return "\(Self.monthNames[month - 1]) \(year) has \(length) days, so no day \(day)"
    }
  }
}
