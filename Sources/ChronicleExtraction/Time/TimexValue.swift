/// Interprets TIMEX3 values: calendar ranges of DATE/TIME values and late resolution of
/// unresolved patterns.
///
/// ## Unresolved patterns
/// When the tagger has no reference date it writes a TIMEX3 pattern with `X`s, optionally
/// followed by a Chronicle suffix after `~` that says how to resolve it later:
///
/// | pattern | meaning |
/// |---|---|
/// | `XXXX-XX-XX` | the reference day (`T` parts kept: `XXXX-XX-XXTMO`, `XXXX-XX-XXT15:00`) |
/// | `XXXX-XX-XX~-1` | one day before the reference (offsets work for every unit below) |
/// | `XXXX-WXX-1` | the most recent Monday on or before the reference day |
/// | `XXXX-WXX` , `XXXX-WXX-WE`, `XXXX-XX`, `XXXX`, `XXXX-QX`, `XXXX-HX` | the reference week, weekend, month, year, quarter, half |
/// | `XXXX-07`, `XXXX-Q3`, `XXXX-SU`, `XXXX-H1`, `XXXX-10-17` | the most recent such period or day, unless one is due within a quarter of a year (then that one) |
///
/// Direction suffixes for named periods: `~<` strictly before, `~<=` on or before, `~>` strictly
/// after, `~>=` on or after, `~=` the one in the reference's year (or week, for weekdays),
/// `~~` the nearest one, `~wN` (month-days) the nearest one falling on ISO weekday N ("Saturday, April 25"). Offset suffixes: `~+N` / `~-N` units of the pattern's own granularity;
/// a direction may precede an offset (`XXXX-WXX-2~=+1`: the Tuesday of the week after the
/// reference's).
/// ``resolve(_:published:)`` understands every pattern the tagger writes.
public enum TimexValue {
  /// The calendar interval a DATE/TIME value covers (`2022-07` → July 1–31, month), or
  /// `nil` for durations, sets, references and unresolved patterns.
  public static func range(of value: String) -> DateRange? {
    var copy = value
    return copy.withUTF8 { range(utf8: $0) }
  }

  /// ``range(of:)`` read from the value's UTF-8 bytes.
  static func range(utf8 b: UnsafeBufferPointer<UInt8>) -> DateRange? {
    guard !b.isEmpty, b[0] != UInt8(ascii: "P") else { return nil }
    // (One pass for both marks of an unresolved value.)
    for byte in b where byte == UInt8(ascii: "X") || byte == UInt8(ascii: "~") { return nil }
    @inline(__always) func num(_ r: Range<Int>) -> Int? { number(b, r) }
    if b.count == 2, let c = num(0..<2) {
      return DateRange(
        start: CivilDate(year: c * 100, month: 1, day: 1)!, end: CivilDate(year: c * 100 + 99, month: 12, day: 31)!,
        granularity: .century)
    }
    if b.count == 3, let d = num(0..<3) {
      return DateRange(
        start: CivilDate(year: d * 10, month: 1, day: 1)!, end: CivilDate(year: d * 10 + 9, month: 12, day: 31)!,
        granularity: .decade)
    }
    guard b.count >= 4, let y = num(0..<4) else { return nil }
    if b.count == 4 {
      return DateRange(
        start: CivilDate(year: y, month: 1, day: 1)!, end: CivilDate(year: y, month: 12, day: 31)!,
        granularity: .year)
    }
    guard b[4] == UInt8(ascii: "-"), b.count >= 7 else { return nil }
    if let s = seasonIndex(b, 5..<b.count) {
      let first = 3 * s + 3  // March, June, September, December
      let start = CivilDate(year: y, month: first, day: 1)!
      return DateRange(start: start, end: start.adding(months: 3).adding(days: -1), granularity: .season)
    }
    if b[5] == UInt8(ascii: "W") {
      guard let w = num(6..<8) else { return nil }
      let monday = isoWeekMonday(year: y, week: w)
      if b.count == 8 { return DateRange(start: monday, end: monday.adding(days: 6), granularity: .week) }
      if equals(b, b.count - 3..<b.count, "-WE") {
        return DateRange(start: monday.adding(days: 5), end: monday.adding(days: 6), granularity: .day)
      }
      if b.count >= 10, let d = num(9..<10) {
        let day = monday.adding(days: d - 1)
        return DateRange(start: day, end: day, granularity: b.count > 10 ? .time : .day)
      }
      return nil
    }
    if b[5] == UInt8(ascii: "Q"), let q = num(6..<7), (1...4).contains(q) {
      let start = CivilDate(year: y, month: 3 * q - 2, day: 1)!
      return DateRange(start: start, end: start.adding(months: 3).adding(days: -1), granularity: .quarter)
    }
    if b[5] == UInt8(ascii: "H"), let h = num(6..<7), (1...2).contains(h) {
      let start = CivilDate(year: y, month: 6 * h - 5, day: 1)!
      return DateRange(start: start, end: start.adding(months: 6).adding(days: -1), granularity: .quarter)
    }
    guard let m = num(5..<7), (1...12).contains(m) else { return nil }
    if b.count == 7 {
      let start = CivilDate(year: y, month: m, day: 1)!
      return DateRange(start: start, end: start.adding(months: 1).adding(days: -1), granularity: .month)
    }
    guard b.count >= 10, b[7] == UInt8(ascii: "-"), let d = num(8..<10), let day = CivilDate(year: y, month: m, day: d)
    else { return nil }
    return DateRange(start: day, end: day, granularity: b.count > 10 ? .time : .day)
  }

  /// The decimal number written in `b[r]` (at most four digits, as in every value's fields);
  /// `nil` when `r` is empty, runs past `b` or holds another byte.
  @inline(__always) static func number(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
    guard r.upperBound <= b.count, r.lowerBound < r.upperBound, r.count <= 4 else { return nil }
    var v = 0
    for i in r.lowerBound..<r.upperBound {
      let d = b[i] &- 48
      guard d < 10 else { return nil }
      v = v &* 10 &+ Int(d)
    }
    return v
  }

  /// Resolves an unresolved pattern (`XXXX-WXX-1`) against a publication date, or
  /// returns `nil` when the value needs no resolution (or is not a pattern this type knows).
  public static func resolve(_ value: String, published: CivilDate) -> String? {
    var copy = value
    return copy.withUTF8 { resolve(utf8: $0, published: published) }
  }

  /// ``resolve(_:published:)`` read from the value's UTF-8 bytes. Every pattern is ASCII: a
  /// part holding another byte matches no pattern (as it matched no `Character` of one), and
  /// the time part (`T…`) is copied as it is.
  static func resolve(utf8 v: UnsafeBufferPointer<UInt8>, published: CivilDate) -> String? {
    let n = v.count
    let x = UInt8(ascii: "X")
    guard n >= 4, v[0] == x, v[1] == x, v[2] == x, v[3] == x else { return nil }
    // value = "XXXX" body [T time] [~ suffix]
    var tilde = n
    for k in 4..<n where v[k] == UInt8(ascii: "~") {
      tilde = k
      break
    }
    var bodyEnd = tilde
    for k in 4..<tilde where v[k] == UInt8(ascii: "T") {
      bodyEnd = k
      break
    }
    // The time part (`T…`) is copied to the result as it is.
    let timePart = UnsafeBufferPointer(rebasing: v[bodyEnd..<tilde])
    var offset = 0
    var direction = Direction.recent
    var rest = min(tilde + 1, n)  // the suffix is v[rest..<n]
    // `~wN`: the month-day that falls on ISO weekday N, nearest the reference.
    var weekdayPin: Int? = nil
    if rest < n, v[rest] == UInt8(ascii: "w"), let k = integer(v, rest + 1..<n), (1...7).contains(k) {
      weekdayPin = k
      rest = n
      direction = .nearest
    }
    // Direction marks, read from the first two bytes: `~<` `<=` `>=` `<` `>` `=` `~`.
    if rest < n {
      let b0 = v[rest]
      let b1 = rest + 1 < n ? v[rest + 1] : 0
      var length = 0
      switch (b0, b1) {
      case (UInt8(ascii: "~"), UInt8(ascii: "<")): (direction, length) = (.recent, 2)
      case (UInt8(ascii: "<"), UInt8(ascii: "=")): (direction, length) = (.onOrBefore, 2)
      case (UInt8(ascii: ">"), UInt8(ascii: "=")): (direction, length) = (.onOrAfter, 2)
      case (UInt8(ascii: "<"), _): (direction, length) = (.before, 1)
      case (UInt8(ascii: ">"), _): (direction, length) = (.after, 1)
      case (UInt8(ascii: "="), _): (direction, length) = (.same, 1)
      case (UInt8(ascii: "~"), _): (direction, length) = (.nearest, 1)
      default: break
      }
      rest += length
    }
    if rest < n {
      guard let k = integer(v, rest..<n) else { return nil }
      offset = k
    }
    let ref = published
    let body = 4..<bodyEnd
    @inline(__always) func bodyIs(_ text: StaticString) -> Bool { equals(v, body, text) }
    // (Results are written byte by byte: ``TimexText``.)
    func dated(_ date: CivilDate) -> String {
      var text = TimexText()
      text.append(date)
      text.append(timePart)
      return text.string
    }
    if bodyIs("-XX-XX") { return dated(ref.adding(days: offset)) }
    if bodyIs("-WXX") {
      let monday = ref.adding(days: 1 - ref.weekday + 7 * offset)
      return weekString(monday)
    }
    if bodyIs("-WXX-WE") {
      // `~<=`: the last weekend on or before the reference (the previous week's on a weekday).
      let back = direction == .onOrBefore && ref.weekday < 6 ? -7 : 0
      let monday = ref.adding(days: 1 - ref.weekday + 7 * offset + back)
      var text = weekText(monday)
      text.append("-WE")
      return text.string
    }
    if bodyIs("-XX") {
      let d = ref.adding(months: offset)
      var text = TimexText()
      text.append(d.year, width: 4)
      text.append(byte: UInt8(ascii: "-"))
      text.append(pad2: d.month)
      return text.string
    }
    if body.isEmpty { return pad4(ref.year + offset) }
    if bodyIs("-QX") || bodyIs("-HX") {
      // Quarters and halves counted from year 0: the year, then the letter and the number.
      let perYear = v[5] == UInt8(ascii: "Q") ? 4 : 2
      let k = (ref.year * perYear + (ref.month - 1) / (12 / perYear)) + offset
      var text = TimexText()
      text.append(floorDiv(k, perYear), width: 4)
      text.append(byte: UInt8(ascii: "-"))
      text.append(byte: v[5])
      text.append(k - floorDiv(k, perYear) * perYear + 1)
      return text.string
    }
    // Month and day without a year: the reference's year.
    if body.count == 6, v[4] == UInt8(ascii: "-"), let m = integer(v, 5..<7), let d = integer(v, 8..<10),
      v[7] == UInt8(ascii: "-"), CivilDate(year: 2000, month: m, day: d) != nil
    {
      func date(_ y: Int) -> CivilDate {
        CivilDate(year: y, month: m, day: d) ?? CivilDate(year: y, month: m, day: d - 1)!
      }
      var y = ref.year
      switch direction {
      case .onOrBefore: if date(y) > ref { y -= 1 }
      case .before: if date(y) >= ref { y -= 1 }
      // A day a week or two past is still this year's: reports of deadlines and plans
      // often appear after the day ("would rule by Jan. 14").
      case .after: if date(y) <= ref { y += 1 }
      case .onOrAfter: if date(y) < ref && ref.dayNumber - date(y).dayNumber > 14 { y += 1 }
      case .same: break
      case .nearest:
        var years = [y - 1, y, y + 1]
        if let wd = weekdayPin {
          let matching = years.filter { date($0).weekday == wd }
          if !matching.isEmpty { years = matching }
        }
        y = years.min { abs(date($0).dayNumber - ref.dayNumber) < abs(date($1).dayNumber - ref.dayNumber) }!
      case .recent:
        if date(y).dayNumber - ref.dayNumber > 92 { y -= 1 }
        if ref.dayNumber - date(y).dayNumber > 365 - 92 { y += 1 }
      }
      return dated(date(y + offset))
    }
    // Named periods.
    if body.count > 5, equals(v, 4..<9, "-WXX-"), let wd = integer(v, 9..<bodyEnd), (1...7).contains(wd) {
      var day = ref.adding(days: wd - ref.weekday)  // same ISO week
      switch direction {
      case .onOrBefore, .recent: if day > ref { day = day.adding(days: -7) }
      case .before: if day >= ref { day = day.adding(days: -7) }
      case .after: if day <= ref { day = day.adding(days: 7) }
      case .onOrAfter: if day < ref { day = day.adding(days: 7) }
      case .same: break
      case .nearest:
        if day.dayNumber - ref.dayNumber > 3 { day = day.adding(days: -7) }
        if ref.dayNumber - day.dayNumber > 3 { day = day.adding(days: 7) }
      }
      return dated(day.adding(days: 7 * offset))
    }
    // Month, quarter, half, season: work on cycle indices.
    let name = 5..<bodyEnd  // after the body's first byte (a "-")
    var period: Int  // length in months
    var number: Int  // 0-based index within the year
    var firstMonthOffset = 0
    if let m = integer(v, name), name.count == 2, (1...12).contains(m) {
      period = 1
      number = m - 1
    } else if name.count > 1, v[5] == UInt8(ascii: "Q"), let q = integer(v, 6..<bodyEnd), (1...4).contains(q) {
      period = 3
      number = q - 1
    } else if name.count > 1, v[5] == UInt8(ascii: "H"), let h = integer(v, 6..<bodyEnd), (1...2).contains(h) {
      period = 6
      number = h - 1
    } else if let s = seasonIndex(v, name) {
      period = 3
      number = s
      firstMonthOffset = 2  // spring starts in March
    } else {
      return nil
    }
    let refMonth = ref.year * 12 + ref.month - 1
    let perYear = 12 / period
    // Index of the period of this kind containing the reference month.
    let refPeriod = floorDiv(refMonth - firstMonthOffset, period)
    let refYearStart = floorDiv(refPeriod, perYear) * perYear
    var candidate = refYearStart + number
    switch direction {
    case .onOrBefore: if candidate > refPeriod { candidate -= perYear }
    case .before: if candidate >= refPeriod { candidate -= perYear }
    case .after: if candidate <= refPeriod { candidate += perYear }
    case .onOrAfter: if candidate < refPeriod { candidate += perYear }
    case .same: break
    case .recent:
      // The most recent one, or a coming one at most a quarter of a year ahead.
      if (candidate - refPeriod) * 4 > perYear { candidate -= perYear }
      if (refPeriod - candidate) * 4 >= 3 * perYear { candidate += perYear }
    case .nearest:
      if 2 * (candidate - refPeriod) > perYear { candidate -= perYear }
      if 2 * (refPeriod - candidate) > perYear { candidate += perYear }
    }
    candidate += offset * perYear
    let year = floorDiv(candidate, perYear)
    let index = candidate - year * perYear  // 0-based within the year
    var text = TimexText()
    text.append(year, width: 4)
    text.append(byte: UInt8(ascii: "-"))
    switch (period, firstMonthOffset) {
    case (1, _): text.append(pad2: index + 1)
    case (3, 0):
      text.append(byte: UInt8(ascii: "Q"))
      text.append(index + 1)
    case (6, _):
      text.append(byte: UInt8(ascii: "H"))
      text.append(index + 1)
    default:
      switch index {
      case 0: text.append("SP")
      case 1: text.append("SU")
      case 2: text.append("FA")
      default: text.append("WI")
      }
    }
    text.append(timePart)
    return text.string
  }

  enum Direction { case onOrBefore, before, after, onOrAfter, same, nearest, recent }


  /// `Int(text)` of the bytes `v[r]`: an optional sign and decimal digits, `nil` for anything
  /// else (and on overflow).
  static func integer(_ v: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
    var i = r.lowerBound
    let negative = i < r.upperBound && v[i] == UInt8(ascii: "-")
    if i < r.upperBound, negative || v[i] == UInt8(ascii: "+") { i += 1 }
    guard i < r.upperBound else { return nil }
    var value = 0
    while i < r.upperBound {
      let d = Int(v[i]) - 48
      guard d >= 0, d <= 9 else { return nil }
      let (tens, o1) = value.multipliedReportingOverflow(by: 10)
      let (sum, o2) = negative ? tens.subtractingReportingOverflow(d) : tens.addingReportingOverflow(d)
      guard !o1, !o2 else { return nil }
      value = sum
      i += 1
    }
    return value
  }

  /// Whether the bytes `v[r]` are those of the ASCII `text`.
  @inline(__always) static func equals(_ v: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ text: StaticString) -> Bool {
    guard r.count == text.utf8CodeUnitCount, r.upperBound <= v.count else { return false }
    let t = text.utf8Start
    for q in 0..<r.count where v[r.lowerBound + q] != t[q] { return false }
    return true
  }

  /// 0…3 for the season codes `SP`, `SU`, `FA`, `WI` in `v[r]`.
  static func seasonIndex(_ v: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
    if equals(v, r, "SP") { return 0 }
    if equals(v, r, "SU") { return 1 }
    if equals(v, r, "FA") { return 2 }
    if equals(v, r, "WI") { return 3 }
    return nil
  }

  static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

  /// `v` in decimal, with a `0` before values below 10.
  static func pad2(_ v: Int) -> String {
    var text = TimexText()
    text.append(pad2: v)
    return text.string
  }

  /// `v` in decimal, left-padded with zeros to four bytes.
  static func pad4(_ v: Int) -> String {
    var text = TimexText()
    text.append(v, width: 4)
    return text.string
  }

  /// The Monday of ISO week `week` of ISO year `year`.
  static func isoWeekMonday(year: Int, week: Int) -> CivilDate {
    let jan4 = CivilDate(year: year, month: 1, day: 4)!
    return jan4.adding(days: 1 - jan4.weekday + 7 * (week - 1))
  }

  /// `YYYY-Www` of the ISO week holding `day`.
  static func weekString(_ day: CivilDate) -> String { weekText(day).string }

  /// ``weekString(_:)`` as text to write on.
  static func weekText(_ day: CivilDate) -> TimexText {
    let w = day.isoWeek
    var text = TimexText()
    text.append(w.year, width: 4)
    text.append("-W")
    text.append(pad2: w.week)
    return text
  }
}
