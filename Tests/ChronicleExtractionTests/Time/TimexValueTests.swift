import Testing

@testable import ChronicleExtraction

@Suite struct TimexValueTests {
  private static func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

  @Test(arguments: [
    ("2022-10-17", "2022-10-17", "2022-10-17", Granularity.day),
    ("2022-10-17TMO", "2022-10-17", "2022-10-17", .time),
    ("2022-10-17T15:00", "2022-10-17", "2022-10-17", .time),
    ("2022-10", "2022-10-01", "2022-10-31", .month),
    ("2024-02", "2024-02-01", "2024-02-29", .month),
    ("2022-W42", "2022-10-17", "2022-10-23", .week),
    ("2021-W01", "2021-01-04", "2021-01-10", .week),
    ("2022-W42-WE", "2022-10-22", "2022-10-23", .day),
    ("2022-W42-3", "2022-10-19", "2022-10-19", .day),
    ("2022-Q3", "2022-07-01", "2022-09-30", .quarter),
    ("2022-H1", "2022-01-01", "2022-06-30", .quarter),
    ("2022-SP", "2022-03-01", "2022-05-31", .season),
    ("2022-SU", "2022-06-01", "2022-08-31", .season),
    ("2022-FA", "2022-09-01", "2022-11-30", .season),
    ("2022-WI", "2022-12-01", "2023-02-28", .season),
    ("2022", "2022-01-01", "2022-12-31", .year),
    ("199", "1990-01-01", "1999-12-31", .decade),
    ("19", "1900-01-01", "1999-12-31", .century),
  ])
  func rangeOfValue(value: String, start: String, end: String, granularity: Granularity) {
    #expect(TimexValue.range(of: value) == DateRange(start: Self.d(start), end: Self.d(end), granularity: granularity))
  }

  @Test(arguments: ["XXXX-WXX-1", "XXXX-07", "PRESENT_REF", "PAST_REF", "P3Y", "PXY", "2022-XX", "XXXX-XX-XXTMO", ""])
  func noRangeForUnresolvedOrNonDates(value: String) {
    #expect(TimexValue.range(of: value) == nil)
  }

  /// Reference: Monday 2022-10-17.
  @Test(arguments: [
    ("XXXX-XX-XX", "2022-10-17"),
    ("XXXX-XX-XXTNI", "2022-10-17TNI"),
    ("XXXX-XX-XXT15:00", "2022-10-17T15:00"),
    ("XXXX-XX-XX~-2", "2022-10-15"),
    ("XXXX-WXX-1", "2022-10-17"),
    ("XXXX-WXX-5", "2022-10-14"),
    ("XXXX-WXX-5~>", "2022-10-21"),
    ("XXXX-WXX-1~<", "2022-10-10"),
    ("XXXX-WXX-1~>", "2022-10-24"),
    ("XXXX-WXX-2~=+1", "2022-10-25"),
    ("XXXX-WXX-3~~", "2022-10-19"),
    ("XXXX-WXX", "2022-W42"),
    ("XXXX-WXX~-1", "2022-W41"),
    ("XXXX-WXX-WE", "2022-W42-WE"),
    ("XXXX-XX", "2022-10"),
    ("XXXX-XX~+3", "2023-01"),
    ("XXXX", "2022"),
    ("XXXX~-2", "2020"),
    ("XXXX-07", "2022-07"),
    ("XXXX-11", "2022-11"),
    ("XXXX-11~<=", "2021-11"),
    ("XXXX-02", "2022-02"),
    ("XXXX-11~>=", "2022-11"),
    ("XXXX-10~<", "2021-10"),
    ("XXXX-01~~", "2023-01"),
    ("XXXX-Q3~=", "2022-Q3"),
    ("XXXX-Q4", "2022-Q4"),
    ("XXXX-QX~-1", "2022-Q3"),
    ("XXXX-SU~<", "2022-SU"),
    ("XXXX-WI~<", "2021-WI"),
    ("XXXX-SP~>", "2023-SP"),
    ("XXXX-H2~=", "2022-H2"),
    ("XXXX-12-25", "2022-12-25"),
    ("XXXX-12-25~<=", "2021-12-25"),
    ("XXXX-03-01", "2022-03-01"),
    ("XXXX-12-25~>=", "2022-12-25"),
    ("XXXX-11-02~~", "2022-11-02"),
  ])
  func resolvesPatterns(pattern: String, expected: String) {
    #expect(TimexValue.resolve(pattern, published: Self.d("2022-10-17")) == expected)
  }

  @Test(arguments: ["2022-10-17", "PRESENT_REF", "P2Y", "XXXX-WXX-9", "XXXX-XX~x"])
  func leavesOtherValuesAlone(value: String) {
    #expect(TimexValue.resolve(value, published: Self.d("2022-10-17")) == nil)
  }
}

/// Machine intervals: inclusive start, exclusive end, open sides `nil`.
@Suite struct TimexIntervalTests {
  private static let reference = CivilDate(year: 2022, month: 10, day: 17)!
  private static func d(_ s: String?) -> CivilDate? { s.flatMap { CivilDate(iso: $0) } }

  @Test(arguments: [
    // value, mod, signal, start, end, granularity
    ("2022-07", nil, "since", "2022-07-01", nil, Granularity.month),
    ("2022-07-04", nil, "since", "2022-07-04", nil, .day),
    ("2020", nil, "before", nil, "2020-01-01", .year),
    ("2020", "BEFORE", nil, nil, "2020-01-01", .year),
    ("2020", nil, "until", nil, "2021-01-01", .year),
    ("2022-10-14", nil, "by", nil, "2022-10-15", .day),
    ("2022-Q3", nil, "after", "2022-10-01", nil, .quarter),
    ("2024", "ON_OR_AFTER", nil, "2024-01-01", nil, .year),
    ("2022-10", "START", nil, "2022-10-01", "2022-11-01", .month),
    ("2022-W42", nil, "in", "2022-10-17", "2022-10-24", .week),
    ("PAST_REF", nil, nil, nil, "2022-10-18", .unknown),
    ("FUTURE_REF", nil, nil, "2022-10-17", nil, .unknown),
    ("PRESENT_REF", nil, nil, "2022-10-17", "2022-10-18", .day),
  ] as [(String, String?, String?, String?, String?, Granularity)])
  func intervalOfValue(
    value: String, mod: String?, signal: String?, start: String?, end: String?, granularity: Granularity
  ) {
    let interval = TimexValue.interval(of: value, mod: mod, signal: signal, reference: Self.reference)
    #expect(interval == TimexInterval(start: Self.d(start), end: Self.d(end), granularity: granularity))
  }

  @Test(arguments: ["P3Y", "XXXX-WXX-1", "XXXX-07~<"])
  func noIntervalWithoutAPlaceOnTheCalendar(value: String) {
    #expect(TimexValue.interval(of: value, reference: Self.reference) == nil)
    #expect(TimexValue.interval(of: "PAST_REF") == nil)
  }

  /// Tagged expressions, windows included.
  @Test(arguments: [
    ("Prices have climbed since July.", "2022-07-01", nil, Granularity.month),
    ("No such drone flew before 2020.", nil, "2020-01-01", .year),
    ("In recent weeks the talks stalled.", nil, "2022-10-18", .week),
    ("Trade fell over the past three years.", "2019-10-17", "2022-10-18", .year),
    ("Rain is expected in the coming days.", "2022-10-17", nil, .day),
    ("Talks continue over the next two months.", "2022-10-17", "2022-12-18", .month),
    ("The siege lasted three years.", nil, nil, .unknown),
  ] as [(String, String?, String?, Granularity)])
  func intervalOfTaggedExpression(text: String, start: String?, end: String?, granularity: Granularity) {
    let found = TemporalTagger().tag(TextAnalyzer().analyze(text, headlineLength: 0), published: Self.reference)
    #expect(found.count == 1)
    guard let e = found.first else { return }
    let interval = TimexValue.interval(of: e, reference: Self.reference)
    if start == nil && end == nil {
      #expect(interval == nil)
    } else {
      #expect(interval == TimexInterval(start: Self.d(start), end: Self.d(end), granularity: granularity), "\(e)")
    }
  }

  /// Patterns read from their bytes answer like `Int(_:)` and `==` on their parts: signs are
  /// numbers' signs, other bytes match nothing, the time part is copied as it is.
  @Test(arguments: [
    ("XXXX-+1", "2023-01"), ("XXXX-XX~+3", "2023-01"), ("XXXX-XX-XXTé", "2022-10-17Té"), ("XXXX-WXX-+5", "2022-10-14"),
    ("XXXX-XX-XX~+-1", nil), ("XXXX-Q+3~=", "2022-Q3"), ("XXXX-WXX-\u{301}3", nil), ("XXXX-Q\u{301}3", nil),
    ("XXXX-12-25~w7", "2022-12-25"), ("XXXX-12-25~w8", nil), ("XXXX-XX~99999999999999999999", nil), ("XXXX-WXX-", nil),
    ("XXXX-SU", "2022-SU"), ("XXXX-S", nil), ("XXX", nil), ("XXXX-XX-XX~", "2022-10-17"),
  ] as [(String, String?)])
  func resolvesFromBytes(pattern: String, expected: String?) {
    #expect(TimexValue.resolve(pattern, published: CivilDate(iso: "2022-10-17")!) == expected)
  }
}
