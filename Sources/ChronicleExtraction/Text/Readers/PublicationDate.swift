/// Parses the publication dates found in article metadata (headers, front
/// matter, HTML meta tags, JSON fields).
///
/// Accepted, case-insensitively, with anything after the date ignored (a time,
/// a time zone, "at 9:30 a.m. ET"):
/// - ISO dates and timestamps: `2022-10-17`, `2022-10-17T09:30:00Z`, `2022/10/17`, `20221017`;
/// - month names, full or abbreviated (with or without a period, `Sept`):
///   `October 17, 2022`, `Oct. 17 2022`, `17 October 2022`, `17th of October, 2022`;
/// - an optional leading weekday: `Monday, October 17, 2022`, `Mon, 17 Oct 2022 09:30:00 GMT`;
/// - US numeric dates only when unambiguous: `10/17/2022` (but not `05/06/2022`).
///
/// The date is the calendar day as written; a time zone is not applied.
public enum PublicationDate {
  /// The day `text` names, or `nil` when it is not one of the accepted forms.
  public static func parse(_ text: some StringProtocol) -> CivilDate? {
    if let date = CivilDate(iso: text) { return date }
    let bytes = Array(text.utf8)
    var tokens = tokenize(bytes)
    guard !tokens.isEmpty else { return nil }
    // Numeric forms.
    if case .number(let first, let width) = tokens[0].kind {
      let dayMonth: Bool
      if tokens.count > 1, case .word = tokens[1].kind { dayMonth = width <= 2 } else { dayMonth = false }
      if !dayMonth { return numeric(tokens, first: first, width: width) }
    }
    // Skip a leading weekday.
    if case .word(let w) = tokens[0].kind, weekdays.contains(w) {
      tokens.removeFirst()
    }
    guard tokens.count >= 3 else { return nil }
    // Month Day[,] Year
    if case .word(let w) = tokens[0].kind, let month = months[w] {
      guard case .number(let day, let dw) = tokens[1].kind, dw <= 2,
        case .number(let year, 4) = tokens[2].kind
      else { return nil }
      return CivilDate(year: year, month: month, day: day)
    }
    // Day [of] Month[,] Year
    if case .number(let day, let dw) = tokens[0].kind, dw <= 2 {
      var k = 1
      if case .word("of") = tokens[k].kind { k += 1 }
      guard k + 1 < tokens.count, case .word(let w) = tokens[k].kind, let month = months[w],
        case .number(let year, 4) = tokens[k + 1].kind
      else { return nil }
      return CivilDate(year: year, month: month, day: day)
    }
    return nil
  }

  private enum Kind: Equatable {
    case number(Int, width: Int)
    case word(String)
    case separator(UInt8)
  }

  private struct Token {
    var kind: Kind
    /// Whether whitespace or a comma came before the token.
    var spaced = false
  }

  /// Splits into numbers, lowercase words (ordinal suffixes and periods dropped)
  /// and the separators `-`, `/`, `.` and `T` that matter for numeric dates.
  /// Stops at the first token that cannot belong to a date prefix.
  private static func tokenize(_ b: [UInt8]) -> [Token] {
    var out: [Token] = []
    var i = 0
    var spaced = false
    while i < b.count, out.count < 8 {
      let c = b[i]
      if ByteText.isSpace(c) || c == UInt8(ascii: ",") {
        spaced = true
        i += 1
        continue
      }
      let before = out.count
      if ByteText.isDigit(c) {
        var v = 0
        let start = i
        while i < b.count, ByteText.isDigit(b[i]), i - start < 9 {
          v = v * 10 + Int(b[i] - 0x30)
          i += 1
        }
        out.append(Token(kind: .number(v, width: i - start)))
        // Ordinal suffix: 17th, 1st, 2nd, 3rd.
        if i + 1 < b.count, ByteText.isLetter(b[i]), ByteText.isLetter(b[i + 1]) {
          let s = String(decoding: [ByteText.lower(b[i]), ByteText.lower(b[i + 1])], as: UTF8.self)
          if ["st", "nd", "rd", "th"].contains(s), i + 2 >= b.count || !ByteText.isLetter(b[i + 2]) {
            i += 2
          }
        }
      } else if ByteText.isLetter(c) {
        var w: [UInt8] = []
        while i < b.count, ByteText.isLetter(b[i]) {
          w.append(ByteText.lower(b[i]))
          i += 1
        }
        if i < b.count, b[i] == UInt8(ascii: ".") { i += 1 }
        let word = String(decoding: w, as: UTF8.self)
        if word == "t" || word == "z" {
          out.append(Token(kind: .separator(UInt8(ascii: "T"))))
        } else {
          out.append(Token(kind: .word(word)))
        }
      } else if c == UInt8(ascii: "-") || c == UInt8(ascii: "/") || c == UInt8(ascii: ".") {
        out.append(Token(kind: .separator(c)))
        i += 1
      } else {
        // Anything else (':' of a time, '+' of a zone, '(' …) ends the date part.
        out.append(Token(kind: .separator(c)))
        i += 1
      }
      if out.count > before {
        out[before].spaced = spaced
        spaced = false
      }
    }
    return out
  }

  private static func numeric(_ t: [Token], first: Int, width: Int) -> CivilDate? {
    func number(_ k: Int) -> (Int, Int)? {
      guard k < t.count, case .number(let v, let w) = t[k].kind else { return nil }
      return (v, w)
    }
    func separator(_ k: Int) -> UInt8? {
      guard k < t.count, case .separator(let s) = t[k].kind else { return nil }
      return s
    }
    /// Whatever follows a date must not continue it as a number.
    func endsAt(_ k: Int) -> Bool {
      guard k < t.count else { return true }
      if case .number = t[k].kind { return t[k].spaced }
      if case .separator(let s) = t[k].kind, s == UInt8(ascii: "-") || s == UInt8(ascii: "/") {
        return false
      }
      return true
    }
    if width == 8 {
      guard endsAt(1) else { return nil }
      return CivilDate(year: first / 10000, month: first / 100 % 100, day: first % 100)
    }
    if width == 4 {
      // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
      guard let s1 = separator(1), s1 == UInt8(ascii: "-") || s1 == UInt8(ascii: "/") || s1 == UInt8(ascii: "."),
        let (m, mw) = number(2), mw <= 2, separator(3) == s1, let (d, dw) = number(4), dw <= 2, endsAt(5)
      else { return nil }
      return CivilDate(year: first, month: m, day: d)
    }
    if width <= 2 {
      // MM/DD/YYYY when unambiguous.
      guard separator(1) == UInt8(ascii: "/"), let (second, sw) = number(2), sw <= 2,
        separator(3) == UInt8(ascii: "/"), let (year, yw) = number(4), yw == 4, endsAt(5)
      else { return nil }
      if first <= 12, second > 12 { return CivilDate(year: year, month: first, day: second) }
      if first > 12, second <= 12 { return CivilDate(year: year, month: second, day: first) }
      if first == second { return CivilDate(year: year, month: first, day: second) }
      return nil
    }
    return nil
  }

  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]

  static let weekdays: Set<String> = [
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur",
    "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
  ]
}
