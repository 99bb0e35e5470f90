/// Interprets TIMEX3 values. (Stub: replaced by the Time stage.)
public enum TimexValue {
  /// The calendar interval a DATE/TIME value covers (`2022-07` → July 1–31, month), or
  /// `nil` for durations, sets, references and unresolved patterns.
  public static func range(of value: String) -> DateRange? {
    CivilDate(iso: value).map { DateRange(start: $0, end: $0, granularity: .day) }
  }

  /// Resolves an unresolved pattern (`XXXX-WXX-1`) against a publication date, or
  /// returns `nil` when the value needs no resolution.
  public static func resolve(_ value: String, published: CivilDate) -> String? { nil }
}
