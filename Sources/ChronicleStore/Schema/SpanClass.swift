import ChronicleExtraction

/// Length classes of event date intervals, for date-range queries.
///
/// A date-range query must also find events that began before its window and last into it
/// ("since July" for a window in October). Scanning back from the window's start by the
/// longest stored interval is a scan of the whole store as soon as one event spans a
/// century. Instead the events are indexed by the class of their interval's length
/// (`events.span_class`, indexed by `events_by_span_class`): an event of class *k* lasts at most ``maxDays``[*k*] days, so
/// only those of its class that began that many days before the window can reach into it.
enum SpanClass {
  /// Upper bounds, in days between `date_start` and `date_end`, of classes 0…5; class 6
  /// holds the rest (bounded by the store's longest interval, `store_stats.max_span_days`).
  static let maxDays = [1, 8, 32, 100, 370, 3_700]

  /// Number of classes.
  static var count: Int { maxDays.count + 1 }

  /// The class of an event as SQL over `events`' columns: what `events.span_class` holds
  /// (the migration that added the column filled it with this expression).
  static let sql = sql(table: nil)

  /// The class that ``sql`` gives for an event dated `start`…`end` whose ISO days are
  /// `startISO` and `endISO`, computed without SQLite: the writer stores it in
  /// `events.span_class`. `julianday` reads only `YYYY-MM-DD` days of years 0000–9999 (a
  /// NULL difference otherwise, which no bound admits: the last class), and the difference of
  /// two such days is the difference of their day numbers.
  static func of(start: CivilDate, end: CivilDate, startISO: String, endISO: String) -> Int {
    func readable(_ iso: String) -> Bool {
      iso.utf8.count == 10 && iso.utf8.first.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } == true
    }
    guard readable(startISO), readable(endISO) else { return maxDays.count }
    let days = end.dayNumber - start.dayNumber
    return maxDays.firstIndex { days <= $0 } ?? maxDays.count
  }

  /// The same expression with the columns of `events` named through `table` (a query's
  /// alias, e.g. `e`): SQLite matches it to the index's expression column by column.
  static func sql(table: String?) -> String {
    let prefix = table.map { $0 + "." } ?? ""
    let days = "julianday(\(prefix)date_end) - julianday(\(prefix)date_start)"
    var cases = "CASE"
    for (n, bound) in maxDays.enumerated() { cases += " WHEN \(days) <= \(bound) THEN \(n)" }
    return cases + " ELSE \(maxDays.count) END"
  }

  /// The longest interval of class `k`, in days (`longest` for the last class).
  static func maxDays(ofClass k: Int, longest: Int) -> Int {
    k < maxDays.count ? maxDays[k] : max(longest, maxDays[maxDays.count - 1])
  }
}
