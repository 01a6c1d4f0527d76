import Testing

@testable import AskBack

@Suite("CalendarDate: civil dates by integer arithmetic")
struct CalendarDateTests {
  private func date(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsing: text)
  }

  @Test func parsesAndPrintsTheEpochAndKnownDays() throws {
    #expect(try date("1970-01-01").daysSinceEpoch == 0)
    #expect(try date("1970-01-02").daysSinceEpoch == 1)
    #expect(try date("1969-12-31").daysSinceEpoch == -1)
    #expect(try date("2000-03-01").daysSinceEpoch == 11_017)
    #expect(try date("2026-12-03").daysSinceEpoch == 20_790)
    #expect(CalendarDate(daysSinceEpoch: 20_790).description == "2026-12-03")
    #expect(CalendarDate.earliest.description == "0001-01-01")
    #expect(CalendarDate.latest.description == "9999-12-31")
    #expect(try date("2026-12-03").basicFormat == "20261203")
    #expect(try date("2026-12-03").spokenDescription == "Thursday 3 December 2026")
  }

  /// Every day from 1899 to 2101 survives the round trip, one day apart from the last, with
  /// the weekdays cycling: the two conversions agree with each other and never skip a day.
  @Test func everyDayOfTwoCenturiesRoundTrips() throws {
    var previous = try CalendarDate(year: 1899, month: 12, day: 31)
    for year in 1900...2100 {
      for month in 1...12 {
        for day in 1...CalendarDate.daysIn(month: month, year: year) {
          let current = try CalendarDate(year: year, month: month, day: day)
          #expect(previous.days(until: current) == 1)
          let parts = current.components
          #expect(parts.year == year && parts.month == month && parts.day == day)
          #expect(try CalendarDate(parsing: current.description) == current)
          let expected = previous.weekday.rawValue % 7 + 1
          #expect(current.weekday.rawValue == expected)
          previous = current
        }
      }
    }
  }

  @Test func leapYearsFollowTheGregorianRule() throws {
    #expect(CalendarDate.isLeapYear(2024))
    #expect(CalendarDate.isLeapYear(2000))
    #expect(!CalendarDate.isLeapYear(2100))
    #expect(!CalendarDate.isLeapYear(1900))
    #expect(!CalendarDate.isLeapYear(2026))
    #expect(try date("2000-02-28").adding(days: 1) == date("2000-02-29"))
    #expect(try date("2100-02-28").adding(days: 1) == date("2100-03-01"))
    #expect(try date("2024-02-28").adding(days: 2) == date("2024-03-01"))
    #expect(try date("2026-02-28").adding(days: 1) == date("2026-03-01"))
    #expect(try date("2024-01-01").days(until: date("2025-01-01")) == 366)
    #expect(try date("2100-01-01").days(until: date("2101-01-01")) == 365)
    #expect(try date("2000-01-01").days(until: date("2001-01-01")) == 366)
  }

  @Test func monthAndYearEndsRollOver() throws {
    #expect(try date("2026-01-31").adding(days: 1) == date("2026-02-01"))
    #expect(try date("2026-04-30").adding(days: 1) == date("2026-05-01"))
    #expect(try date("2026-12-31").adding(days: 1) == date("2027-01-01"))
    #expect(try date("2026-12-25").adding(days: 12) == date("2027-01-06"))
    #expect(try date("2027-01-01").adding(days: -1) == date("2026-12-31"))
    #expect(try date("2026-03-01").adding(days: -1) == date("2026-02-28"))
    #expect(try date("2026-12-03").adding(days: 365) == date("2027-12-03"))
  }

  @Test func weekdaysOfKnownDates() throws {
    #expect(try date("1970-01-01").weekday == .thursday)
    #expect(try date("2000-01-01").weekday == .saturday)
    #expect(try date("2026-12-03").weekday == .thursday)
    #expect(try date("2100-03-01").weekday == .monday)
    #expect(try date("1969-12-28").weekday == .sunday)
    #expect(try date("0001-01-01").weekday == .monday)
    #expect(try date("2026-12-03").longDescription == "Thursday 2026-12-03")
  }

  @Test func comparesByDay() throws {
    #expect(try date("2026-12-03") < date("2026-12-04"))
    #expect(try date("2026-12-31") < date("2027-01-01"))
    #expect(try !(date("2026-12-03") < date("2026-12-03")))
    #expect(
      try [date("2027-01-01"), date("2026-01-01")].sorted().map(\.description) == [
        "2026-01-01", "2027-01-01",
      ])
  }

  @Test(arguments: [
    ("2026-02-29", "'2026-02-29' is not a date: February 2026 has 28 days, so no day 29"),
    ("2100-02-29", "'2100-02-29' is not a date: February 2100 has 28 days, so no day 29"),
    ("2026-04-31", "'2026-04-31' is not a date: April 2026 has 30 days, so no day 31"),
    ("2026-13-01", "'2026-13-01' is not a date: there is no month 13"),
    ("2026-00-10", "'2026-00-10' is not a date: there is no month 0"),
    ("2026-01-00", "'2026-01-00' is not a date: January 2026 has 31 days, so no day 0"),
    ("0000-01-01", "'0000-01-01' is not a date: the year 0 is outside 1 to 9999"),
    ("12/03/2026", "'12/03/2026' is not a date; expected YYYY-MM-DD, such as 2026-12-03"),
    ("2026-1-3", "'2026-1-3' is not a date; expected YYYY-MM-DD, such as 2026-12-03"),
    ("2026-12-03 ", "'2026-12-03 ' is not a date; expected YYYY-MM-DD, such as 2026-12-03"),
    ("", "'' is not a date; expected YYYY-MM-DD, such as 2026-12-03"),
    ("２０２６-12-03", "'２０２６-12-03' is not a date; expected YYYY-MM-DD, such as 2026-12-03"),
  ])
  func refusesImpossibleAndMalformedDates(text: String, message: String) {
    #expect {
      _ = try CalendarDate(parsing: text)
    } throws: { error in
      (error as? CalendarDateError)?.description == message
    }
  }

  @Test func acceptsLeapDaysThatExist() throws {
    #expect(try date("2000-02-29").description == "2000-02-29")
    #expect(try date("2024-02-29").weekday == .thursday)
  }
}
