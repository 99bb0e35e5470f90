import Testing

@testable import ChronicleExtraction

@Suite struct CivilDateTests {
  @Test(arguments: [
    ("1970-01-01", 0, 4), ("2022-10-17", 19282, 1), ("2022-10-14", 19279, 5),
    ("2000-02-29", 11016, 2), ("1969-12-31", -1, 3),
  ])
  func dayNumbersAndWeekdays(iso: String, dayNumber: Int, weekday: Int) throws {
    let date = try #require(CivilDate(iso: iso))
    #expect(date.dayNumber == dayNumber)
    #expect(date.weekday == weekday)
    #expect(CivilDate(dayNumber: dayNumber) == date)
    #expect(date.iso == iso)
  }

  @Test(arguments: ["2022-13-45", "2023-02-29", "2022-1-5", "20221017", "2022-10-17X", ""])
  func rejectsImpossibleDates(iso: String) {
    #expect(CivilDate(iso: iso) == nil)
  }

  @Test func acceptsTimestamps() {
    #expect(CivilDate(iso: "2022-10-17T09:30:00Z")?.iso == "2022-10-17")
  }

  @Test func monthArithmeticClampsTheDay() {
    #expect(CivilDate(year: 2022, month: 1, day: 31)!.adding(months: 1).iso == "2022-02-28")
    #expect(CivilDate(year: 2022, month: 1, day: 15)!.adding(months: -13).iso == "2020-12-15")
  }

  @Test func isoWeeks() {
    #expect(CivilDate(year: 2022, month: 10, day: 17)!.isoWeek == (2022, 42))
    #expect(CivilDate(year: 2021, month: 1, day: 3)!.isoWeek == (2020, 53))
  }
}
