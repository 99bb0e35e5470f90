/// A proleptic-Gregorian calendar day, with arithmetic on integer day numbers.
///
/// Chronicle never calls `Calendar` on hot paths: every date computation goes
/// through ``dayNumber`` (days since 1970-01-01) and back.
public struct CivilDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// Creates a date, or returns `nil` when the fields do not name a real day
  /// (`2022-13-45`, `2023-02-29`).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Creates a date from a day number (days since 1970-01-01, negative before).
  public init(dayNumber: Int) {
    // Howard Hinnant's civil_from_days.
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.month = m
    self.day = d
  }

  /// Parses `YYYY-MM-DD`, also accepting a trailing time (`2022-10-17T09:30:00Z`),
  /// which is ignored. Returns `nil` for anything else or for impossible dates.
  public init?(iso string: some StringProtocol) {
    let bytes = Array(string.utf8)
    guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    if bytes.count > 10 {
      let next = bytes[10]
      guard next == UInt8(ascii: "T") || next == UInt8(ascii: " ") || next == UInt8(ascii: "t") else {
        return nil
      }
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        let b = bytes[i]
        guard b >= 48, b <= 57 else { return nil }
        value = value * 10 + Int(b - 48)
      }
      return value
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Days since 1970-01-01.
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var weekday: Int {
    let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
    return (w < 0 ? w + 7 : w) + 1
  }

  /// ISO 8601 week-numbering year and week.
  public var isoWeek: (year: Int, week: Int) {
    let thursday = CivilDate(dayNumber: dayNumber - weekday + 4)
    let jan1 = CivilDate(year: thursday.year, month: 1, day: 1)!
    return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
  }

  /// The date `days` days later (earlier when negative).
  public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// The same day `months` months later, clamped to the month's last day.
  public func adding(months: Int) -> CivilDate {
    let total = year * 12 + (month - 1) + months
    let y = total >= 0 ? total / 12 : (total - 11) / 12
    let m = total - y * 12 + 1
    let d = min(day, CivilDate.daysIn(month: m, year: y))
    return CivilDate(year: y, month: m, day: d)!
  }

  /// `YYYY-MM-DD`.
  public var iso: String {
    // Written byte by byte: dates are formatted for every stored event and expression.
    if (0...9999).contains(year) {
      return String(unsafeUninitializedCapacity: 10) { b in
        let y = year
        b[0] = UInt8(48 + y / 1000)
        b[1] = UInt8(48 + y / 100 % 10)
        b[2] = UInt8(48 + y / 10 % 10)
        b[3] = UInt8(48 + y % 10)
        b[4] = UInt8(ascii: "-")
        b[5] = UInt8(48 + month / 10)
        b[6] = UInt8(48 + month % 10)
        b[7] = UInt8(ascii: "-")
        b[8] = UInt8(48 + day / 10)
        b[9] = UInt8(48 + day % 10)
        return 10
      }
    }
    func pad(_ v: Int, _ width: Int) -> String {
      let s = String(abs(v))
      return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public var description: String { iso }

  public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 1, 3, 5, 7, 8, 10, 12: return 31
    case 4, 6, 9, 11: return 30
    case 2: return isLeap(year) ? 29 : 28
    default: return 0
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let string = try container.decode(String.self)
    guard let date = CivilDate(iso: string) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(string)' is not a YYYY-MM-DD date")
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}

/// How precisely a date is known.
public enum Granularity: String, Sendable, Codable, CaseIterable, Comparable {
  case time, day, week, month, quarter, season, year, decade, century, unknown

  private var rank: Int { Granularity.allCases.firstIndex(of: self)! }
  public static func < (a: Granularity, b: Granularity) -> Bool { a.rank < b.rank }
}

/// The calendar interval a TIMEX3 value covers, used for sorting and range queries.
public struct DateRange: Hashable, Sendable, Codable {
  /// First day covered (inclusive).
  public var start: CivilDate
  /// Last day covered (inclusive).
  public var end: CivilDate
  public var granularity: Granularity

  public init(start: CivilDate, end: CivilDate, granularity: Granularity) {
    self.start = start
    self.end = end
    self.granularity = granularity
  }
}
