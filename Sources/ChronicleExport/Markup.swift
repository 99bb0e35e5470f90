import ChronicleExtraction

/// Escaping for XML (GEXF, GraphML) and HTML (the HTML timeline, TimelineJS
/// text), on UTF-8 bytes.
///
/// - `&`, `<`, `>`, `"` and `'` become entities (`&amp;` `&lt;` `&gt;` `&quot;`
///   `&#39;`), so the result is safe in element content and in single- or
///   double-quoted attribute values.
/// - Characters XML 1.0 forbids even as references (C0 controls other than tab,
///   LF and CR; U+FFFE, U+FFFF) become U+FFFD.
/// - In attribute mode, tab, LF and CR become `&#9;` `&#10;` `&#13;` so XML
///   parsers keep them instead of normalizing them to spaces; in content mode
///   only CR is written as `&#13;`.
public enum Markup {
  /// `s` escaped for an attribute value (`attribute: true`) or element content.
  public static func escape(_ s: String, attribute: Bool = true) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 16)
    var input = s
    input.withUTF8 { bytes in
      let n = bytes.count
      var i = 0
      var runStart = 0
      func flush(_ upTo: Int) {
        if runStart < upTo { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<upTo])) }
      }
      while i < n {
        let b = bytes[i]
        var width = 1
        var replacement: String? = nil
        switch b {
        case 0x26: replacement = "&amp;"
        case 0x3C: replacement = "&lt;"
        case 0x3E: replacement = "&gt;"
        case 0x22: replacement = "&quot;"
        case 0x27: replacement = "&#39;"
        case 0x09: if attribute { replacement = "&#9;" }
        case 0x0A: if attribute { replacement = "&#10;" }
        case 0x0D: replacement = "&#13;"
        case 0x00..<0x20: replacement = "\u{FFFD}"
        case 0xEF:
          // U+FFFE = EF BF BE, U+FFFF = EF BF BF.
          if i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF {
            width = 3
            replacement = "\u{FFFD}"
          }
        default: break
        }
        if let replacement {
          flush(i)
          out.append(contentsOf: replacement.utf8)
          i += width
          runStart = i
        } else {
          i += 1
        }
      }
      flush(n)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `true` for an absolute `http:` or `https:` URL: the only URLs the
  /// exporters turn into links (never `javascript:` or `data:`).
  public static func isWebURL(_ url: String?) -> Bool {
    guard let url else { return false }
    let lower = url.lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
    return !url.utf8.contains { $0 < 0x21 || $0 == 0x7F }
  }

  /// A JSON document made safe to embed in an HTML `<script>` element: `<`,
  /// `>` and `&` become `\u003c`, `\u003e`, `\u0026`. They can only occur
  /// inside JSON strings, where the escapes mean the same characters, so the
  /// data is unchanged while `</script>` and `<!--` cannot appear.
  public static func scriptSafeJSON(_ json: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(json.utf8.count + 64)
    for b in json.utf8 {
      switch b {
      case 0x3C: out.append(contentsOf: "\\u003c".utf8)
      case 0x3E: out.append(contentsOf: "\\u003e".utf8)
      case 0x26: out.append(contentsOf: "\\u0026".utf8)
      default: out.append(b)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

/// How a TIMEX3 date reads at its own precision, for timeline viewers.
public struct DateParts: Sendable, Equatable {
  public var year: Int
  public var month: Int?
  public var day: Int?
  public var hour: Int?
  public var minute: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
  }

  /// Start and end (when the interval spans more than one unit of the known
  /// precision) of an event date, and a human label for values a viewer cannot
  /// show by itself (weeks, quarters, seasons, decades, parts of a day).
  ///
  /// - day: year, month, day; a time `T09:30` adds hour and minute.
  /// - month: year and month, no day. year: the year only.
  /// - week, weekend: first and last day. quarter, half, season: first and
  ///   last month. decade, century: first and last year.
  public static func of(value: String?, range: DateRange?) -> (start: DateParts, end: DateParts?, label: String?)? {
    guard let range else { return nil }
    let s = range.start
    let e = range.end
    func day(_ d: CivilDate) -> DateParts { DateParts(year: d.year, month: d.month, day: d.day) }
    func month(_ d: CivilDate) -> DateParts { DateParts(year: d.year, month: d.month) }
    func year(_ d: CivilDate) -> DateParts { DateParts(year: d.year) }
    let label = DateParts.label(value: value, range: range)
    switch range.granularity {
    case .time:
      var start = day(s)
      if let (h, m) = clock(value) {
        start.hour = h
        start.minute = m
      }
      return (start, nil, start.hour == nil ? label : nil)
    case .day, .week, .unknown:
      return (day(s), s == e ? nil : day(e), label)
    case .month, .quarter, .season:
      let end = month(e)
      return (month(s), end == month(s) ? nil : end, label)
    case .year, .decade, .century:
      return (year(s), e.year == s.year ? nil : year(e), label)
    }
  }

  /// Hour and minute of a value such as `2023-03-15T09:30` (`nil` for `TMO`).
  static func clock(_ value: String?) -> (Int, Int)? {
    guard let value else { return nil }
    let b = Array(value.utf8)
    guard let t = b.firstIndex(of: UInt8(ascii: "T")), t + 5 < b.count else { return nil }
    func digit(_ i: Int) -> Int? { i < b.count && b[i] >= 48 && b[i] <= 57 ? Int(b[i] - 48) : nil }
    guard let h1 = digit(t + 1), let h2 = digit(t + 2), b[t + 3] == UInt8(ascii: ":"),
      let m1 = digit(t + 4), let m2 = digit(t + 5)
    else { return nil }
    let h = h1 * 10 + h2
    let m = m1 * 10 + m2
    guard h < 24, m < 60 else { return nil }
    return (h, m)
  }

  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// "Week 11, 2023", "Q1 2023", "Spring 2023", "2020s", "15 March 2023, morning";
  /// `nil` when the plain date says it all.
  static func label(value: String?, range: DateRange) -> String? {
    guard let value else { return nil }
    let s = range.start
    func dayText(_ d: CivilDate) -> String { "\(d.day) \(monthNames[d.month - 1]) \(d.year)" }
    switch range.granularity {
    case .week:
      if let w = value.firstRange(of: "-W") {
        let digits = value[w.upperBound...].prefix(2)
        if let n = Int(digits) { return "Week \(n), \(value.prefix(4))" }
      }
      return nil
    case .day:
      return value.hasSuffix("-WE") ? "Weekend of \(dayText(s))" : nil
    case .quarter:
      if let q = value.firstRange(of: "-Q") { return "Q" + value[q.upperBound...].prefix(1) + " \(value.prefix(4))" }
      if let h = value.firstRange(of: "-H") { return "H" + value[h.upperBound...].prefix(1) + " \(value.prefix(4))" }
      return nil
    case .season:
      let names = ["SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"]
      let code = String(value.dropFirst(5).prefix(2))
      return names[code].map { "\($0) \(value.prefix(4))" }
    case .decade:
      return "\(s.year)s"
    case .century:
      return "\(s.year)–\(range.end.year)"
    case .time:
      guard let t = value.firstIndex(of: "T") else { return nil }
      let parts = ["MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime", "MI": "midday"]
      let code = String(value[value.index(after: t)...].prefix(2))
      return parts[code].map { dayText(s) + ", " + $0 }
    default:
      return nil
    }
  }
}
