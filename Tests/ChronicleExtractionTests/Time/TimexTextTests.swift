import Testing

@testable import ChronicleExtraction

/// TIMEX3 values written byte by byte (``TimexText``) equal the strings interpolation made.
@Suite struct TimexTextTests {
  static let numbers = [0, 1, 5, 9, 10, 12, 99, 100, 999, 2022, 10_000, -1, -5, -10, -2022, Int.max, Int.min]

  @Test(arguments: numbers)
  func numbersAndPaddingLikeInterpolation(v: Int) {
    var text = TimexText()
    text.append(v)
    #expect(text.string == "\(v)")
    let s = String(v)
    #expect(TimexValue.pad4(v) == (s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s))
    #expect(TimexValue.pad2(v) == (v < 10 ? "0\(v)" : "\(v)"))
    var offset = TimexText("XXXX")
    offset.append(offset: v)
    #expect(offset.string == (v == 0 ? "XXXX" : (v > 0 ? "XXXX~+\(v)" : "XXXX~\(v)")))
  }

  /// Numbers of up to four digits (written straight into the storage) at every width, after
  /// other text and near the end of the inline storage, read like the general path's.
  @Test(arguments: numbers)
  func paddedNumbersAfterText(v: Int) {
    for width in 0...5 {
      for prefix in ["", "XXXX-", String(repeating: "9", count: 29)] {
        var text = TimexText()
        text.append(prefix)
        text.append(v, width: width)
        let s = String(v)
        #expect(text.string == prefix + String(repeating: "0", count: max(0, width - s.count)) + s)
      }
    }
  }

  @Test func datesWeeksAndPatterns() throws {
    for iso in ["2022-10-17", "0999-01-05", "1998-12-31"] {
      let date = try #require(CivilDate(iso: iso))
      var text = TimexText()
      text.append(date)
      #expect(text.string == date.iso)
    }
    let far = CivilDate(dayNumber: 5_000_000)  // a year past 9999
    var text = TimexText()
    text.append(far)
    #expect(text.string == far.iso)
    #expect(TokenMatcher.monthDay(3, 7, "~>=") == "XXXX-03-07~>=")
    #expect(TokenMatcher.month(11, "") == "XXXX-11")
    #expect(TokenMatcher.yearMonth(1998, 4) == "1998-04")
    #expect(TokenMatcher.weekday(5, "TNI", "~~") == "XXXX-WXX-5TNI~~")
    #expect(TokenMatcher.offsetSuffix(-3) == "~-3" && TokenMatcher.offsetSuffix(0) == "")
  }

  /// Text past the 32 bytes of inline storage, and non-ASCII text, go on in a `String`.
  @Test func longAndNonASCIITextIsKept() {
    var text = TimexText("XXXX-XX-XX")
    let tail = String(repeating: "T12:00", count: 6)
    text.append(tail)
    text.append(-42)
    #expect(text.string == "XXXX-XX-XX" + tail + "-42")
    var other = TimexText("XXXX-XX-XX")
    other.append("T\u{E9}")
    other.append(byte: UInt8(ascii: "~"))
    #expect(other.string == "XXXX-XX-XXT\u{E9}~")
  }

  static let units: [TimeUnit] = [
    .second, .minute, .hour, .day, .night, .week, .fortnight, .weekend, .month, .quarter, .year, .decade, .century,
  ]

  /// The interpolated durations the byte-by-byte ones replaced.
  static func interpolated(_ unit: TimeUnit, _ n: Int?) -> String {
    let count = n.map(String.init) ?? "X"
    switch unit {
    case .second: return "PT\(count)S"
    case .minute: return "PT\(count)M"
    case .hour: return "PT\(count)H"
    case .day, .night: return "P\(count)D"
    case .week: return "P\(count)W"
    case .fortnight: return n.map { "P\($0 * 2)W" } ?? "PXW"
    case .weekend: return "P\(count)WE"
    case .month: return "P\(count)M"
    case .quarter: return "P\(count)Q"
    case .year: return "P\(count)Y"
    case .decade: return n.map { "P\($0 * 10)Y" } ?? "PXE"
    case .century: return n.map { "P\($0 * 100)Y" } ?? "PXC"
    }
  }

  @Test(arguments: units)
  func durationsLikeInterpolation(unit: TimeUnit) {
    for n in [nil, 0, 1, 2, 12, 100] as [Int?] {
      #expect(unit.duration(n) == Self.interpolated(unit, n))
    }
  }
}
