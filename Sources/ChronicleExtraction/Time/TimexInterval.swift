/// The machine interval of a temporal expression: inclusive start, exclusive end, either
/// of which may be open, and the granularity of what is known.
///
/// Bounds are honest: an open side stays `nil` rather than getting an invented day
/// ("since July" → start 2022-07-01, no end; "before 2020" → no start, end 2020-01-01).
/// `early`/`mid`/`late` and `APPROX` keep the whole period, since the text does not say
/// which days are meant.
public struct TimexInterval: Hashable, Sendable, Codable {
  /// First day included; `nil` when open towards the past.
  public var start: CivilDate?
  /// First day no longer included; `nil` when open towards the future.
  public var end: CivilDate?
  /// Granularity of the known bound(s) (`day` for "since July 4", `month` for "since July").
  public var granularity: Granularity

  public init(start: CivilDate?, end: CivilDate?, granularity: Granularity) {
    self.start = start
    self.end = end
    self.granularity = granularity
  }

  /// Neither side open.
  public var isBounded: Bool { start != nil && end != nil }
}

extension TimexValue {
  /// The machine interval of a TIMEX3 `value` with its `mod` and the introducing `signal`
  /// ("since", "before", "after", "until", "by"…), or `nil` when the value has no place on
  /// the calendar (durations, sets, unresolved patterns; `PAST_REF`/`PRESENT_REF`/`FUTURE_REF`
  /// without a `reference` day).
  ///
  /// - `BEFORE` / "before": open start, end = the period's first day.
  /// - `ON_OR_BEFORE`, `EQUAL_OR_LESS` / "until", "till", "through", "by": open start, end after the period.
  /// - `AFTER` / "after": start after the period, open end.
  /// - `ON_OR_AFTER`, `EQUAL_OR_MORE` / "since", "from": start = the period's first day, open end.
  /// - `PAST_REF`: open start up to and including the reference day; `FUTURE_REF`: from the
  ///   reference day on, open end; `PRESENT_REF`: the reference day.
  public static func interval(
    of value: String, mod: String? = nil, signal: String? = nil, reference: CivilDate? = nil
  ) -> TimexInterval? {
    switch value {
    case "PAST_REF":
      guard let reference else { return nil }
      return TimexInterval(start: nil, end: reference.adding(days: 1), granularity: .unknown)
    case "FUTURE_REF":
      guard let reference else { return nil }
      return TimexInterval(start: reference, end: nil, granularity: .unknown)
    case "PRESENT_REF":
      guard let reference else { return nil }
      return TimexInterval(start: reference, end: reference.adding(days: 1), granularity: .day)
    default: break
    }
    guard let r = range(of: value) else { return nil }
    let first = r.start
    let after = r.end.adding(days: 1)
    let g = r.granularity
    switch mod {
    case "BEFORE": return TimexInterval(start: nil, end: first, granularity: g)
    case "ON_OR_BEFORE": return TimexInterval(start: nil, end: after, granularity: g)
    case "AFTER": return TimexInterval(start: after, end: nil, granularity: g)
    case "ON_OR_AFTER": return TimexInterval(start: first, end: nil, granularity: g)
    default: break
    }
    switch signal {
    case "before", "prior": return TimexInterval(start: nil, end: first, granularity: g)
    case "until", "till", "through", "by", "thru": return TimexInterval(start: nil, end: after, granularity: g)
    case "after": return TimexInterval(start: after, end: nil, granularity: g)
    case "since", "from": return TimexInterval(start: first, end: nil, granularity: g)
    default: return TimexInterval(start: first, end: after, granularity: g)
    }
  }

  /// The machine interval of a tagged expression. Besides what
  /// ``interval(of:mod:signal:reference:)`` covers, windows counted back or forward from the
  /// reference day get one: "the past three years" → the three years up to and including the
  /// reference day (from the same day three years before); "in recent weeks" → open start up
  /// to and including the reference day; "the next two months" → from the reference day to
  /// two months later; "the coming weeks" → from the reference day, open end; "the past 36
  /// hours" → the whole days they touch. Plain durations ("three years") stay `nil`.
  public static func interval(of expression: TimeExpression, reference: CivilDate?) -> TimexInterval? {
    if expression.type != .duration {
      guard expression.type != .set else { return nil }
      return interval(of: expression.value, mod: expression.mod, signal: expression.signal, reference: reference)
    }
    guard let reference else { return nil }
    var past = false
    var future = false
    for word in expression.text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }) {
      switch word {
      case "past", "last", "recent", "previous", "preceding": past = true
      case "next", "coming", "following", "upcoming": future = true
      default: break
      }
    }
    guard past != future, let (count, granularity, shift) = durationParts(expression.value) else { return nil }
    // Bounds err on the wide side by at most a day: the window's edges are not known to the day.
    if past {
      let start = count.map { shift(reference, -$0) }
      return TimexInterval(start: start, end: reference.adding(days: 1), granularity: granularity)
    }
    let end = count.map { shift(reference, $0).adding(days: 1) }
    return TimexInterval(start: reference, end: end, granularity: granularity)
  }

  /// A simple duration `PnU` / `PXU` / `PTnH`: the count (`nil` for `X`), the granularity of
  /// its unit and a function moving a day by a number of units.
  static func durationParts(_ value: String) -> (Int?, Granularity, (CivilDate, Int) -> CivilDate)? {
    var b = Substring(value)
    guard b.hasPrefix("P"), b.count >= 3 else { return nil }
    b = b.dropFirst()
    let time = b.hasPrefix("T")
    if time { b = b.dropFirst() }
    var unit = String(b.drop { $0.isNumber || $0 == "X" })
    let number = b.prefix { $0.isNumber || $0 == "X" }
    guard !number.isEmpty, !unit.isEmpty else { return nil }
    let count: Int? = number == "X" ? nil : Int(number)
    if number != "X" && count == nil { return nil }
    if time {
      // Hours and minutes: whole days covering the window.
      guard unit == "H" || unit == "M" else { return nil }
      let perDay = unit == "H" ? 24 : 1440
      return (count, .day, { d, n in d.adding(days: n >= 0 ? (n + perDay - 1) / perDay : -((-n + perDay - 1) / perDay)) })
    }
    if unit == "DE" { unit = "E" }
    if unit == "CE" { unit = "C" }
    switch unit {
    case "D": return (count, .day, { $0.adding(days: $1) })
    case "W": return (count, .week, { $0.adding(days: 7 * $1) })
    case "M": return (count, .month, { $0.adding(months: $1) })
    case "Q": return (count, .quarter, { $0.adding(months: 3 * $1) })
    case "Y": return (count, .year, { $0.adding(months: 12 * $1) })
    case "E": return (count, .decade, { $0.adding(months: 120 * $1) })
    case "L": return (count, .century, { $0.adding(months: 12000 * $1) })
    case "C": return (count, .century, { $0.adding(months: 1200 * $1) })
    default: return nil
    }
  }
}
