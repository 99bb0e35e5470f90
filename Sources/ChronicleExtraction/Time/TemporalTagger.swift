/// Finds and normalizes temporal expressions (TimeML TIMEX3) in English news.
///
/// Rule-based: each sentence's lower-cased tokens are matched against hashed lexicons
/// (months, weekdays, units, number words) by small hand-written token automata; the longest
/// match at a position wins. Relative expressions are first written as unresolved TIMEX3
/// patterns (see ``TimexValue``) and then resolved against the right reference:
/// the publication date (``TimeAnchor/documentDate``), the most recent explicit date of the
/// narrative for "two days later" / "the next day" (``TimeAnchor/narrative``), or the date of
/// the reporting clause for relative days inside quotes (``TimeAnchor/speech``). Without a
/// publication date the patterns are kept (``TimeAnchor/unresolved``) and can be resolved
/// later with ``TimexValue/resolve(_:published:)``.
///
/// The preposition before an expression is not part of it; it is reported as the ``TimeExpression/signal``.
public struct TemporalTagger: Sendable {
  public init() {}

  /// Tags every sentence of `text`, resolving relative expressions against `published`.
  public func tag(_ text: AnalyzedText, published: CivilDate?) -> [TimeExpression] {
    var result: [TimeExpression] = []
    var narrative: CivilDate? = nil
    // The start of the most recent explicit date of any granularity up to a year ("in June 1998").
    var coarseNarrative: CivilDate? = nil
    // The last quarter mentioned: financial reports compare "a year earlier" at quarter level.
    var lastQuarter: (year: Int, quarter: Int)? = nil
    var matcher = TokenMatcher()
    var document = text.text  // (read through its UTF-8 bytes: native strings are not copied)
    let direct = ASCIIWord.layoutHolds
    // (Sentences read by index: only the fields used are copied, not each whole Sentence.)
    let sentences = text.sentences
    // Room for about an expression per sentence (more than most documents need): one
    // allocation rather than a growth at each doubling.
    result.reserveCapacity(sentences.count)
    // The candidates of the sentence, in one array for all sentences (see ``TokenMatcher/matchAll(into:)``).
    var found: [Candidate] = []
    for n in sentences.indices {
      let tokens = sentences[n].tokens
      matcher.load(tokens)
      matcher.matchAll(into: &found)
      // The sentence's expressions are appended to `result` directly (a per-sentence array
      // appended afterwards copies every expression's strings once more).
      let first = result.count
      for c in found {
        let span = TextSpan(start: tokens[c.start].span.start, end: tokens[c.end - 1].span.end)
        var value = c.value
        var anchor = TimeAnchor.absolute
        if let q = lastQuarter, let years = Self.yearOffset(c) {
          value = "\(TimexValue.pad4(q.year + years))-Q\(q.quarter)"
          anchor = .narrative
        } else if Self.starts(c.value, with: "XXXX") && c.type != .set {
          // "that year", "that month": the last explicit period of any size, not only days.
          let coarse =
            c.rule == "narrative-that" && !Self.starts(c.value, with: "XXXX-XX-XX") && !Self.starts(c.value, with: "XXXX-W")
          let reference = c.narrative ? ((coarse ? coarseNarrative : nil) ?? narrative ?? published) : published
          if let reference, let resolved = TimexValue.resolve(c.value, published: reference) {
            value = resolved
            anchor = c.narrative && (narrative != nil || coarse && coarseNarrative != nil) ? .narrative : .documentDate
          } else {
            anchor = .unresolved
          }
        } else if Self.ends(c.value, with: "_REF") {
          anchor = published == nil ? .unresolved : .documentDate
        }
        // Floating holidays: the year is known now, move to the exact day.
        if Self.starts(c.rule, with: "holiday:"), !Self.starts(value, with: "X"), let y = Int(value.prefix(4)),
          let day = TimeLexicon.holiday(String(c.rule.dropFirst(8)), year: y)
        {
          value = day.iso
        }
        // "the week of March 6": the week that holds the resolved day.
        if c.rule == "week-of", let r = TimexValue.range(of: value), r.granularity == .day {
          value = TimexValue.weekString(r.start)
        }
        var signal: String? = nil
        if c.start > 0 {
          let previous = tokens[c.start - 1].lower
          if TimeLexicon.signals.contains(previous) { signal = previous }
        }
        let expressionText = document.withUTF8 { Self.text(of: span, in: $0, direct: direct) }
        result.append(
          TimeExpression(
            sentence: sentences[n].index, span: span, text: expressionText, type: c.type, value: value,
            mod: c.mod, anchor: anchor, signal: signal, rule: c.rule))
        guard c.type == .date || c.type == .time, let range = TimexValue.range(of: value) else { continue }
        if range.granularity == .quarter, value.utf8.count == 7,
          value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: 5)] == UInt8(ascii: "Q"),
          Self.yearOffset(c) == nil
        {
          lastQuarter = (range.start.year, (range.start.month + 2) / 3)
        }
        if c.type == .date, anchor == .absolute, Self.rank(range.granularity) <= Self.rank(.year) {
          coarseNarrative = range.start
        }
        if anchor == .absolute || anchor == .narrative || c.explicit, Self.rank(range.granularity) <= Self.rank(.day) {
          narrative = range.start
        }
      }
      if !sentences[n].quotes.isEmpty, result.count > first {
        anchorSpeech(&result, from: first, candidates: found, tokens: tokens, quotes: sentences[n].quotes)
      }
    }
    return result
  }

  /// The bytes of `span` in `bytes` (the document) as a string: a short ASCII text straight
  /// from its bytes (``ASCIIWord``), others decoded (spans lie on scalar boundaries).
  @inline(__always) static func text(of span: TextSpan, in bytes: UnsafeBufferPointer<UInt8>, direct: Bool) -> String {
    let count = span.end - span.start
    if count <= 15, let base = bytes.baseAddress {
      let word = ASCIIWord(base + span.start, count: count, readable: bytes.count - span.start)
      if word.isASCII { return word.string(direct: direct) }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
  }

  /// Whether the UTF-8 bytes of `s` start with those of the ASCII `prefix` (values and rule
  /// names are ASCII, where this equals `hasPrefix`, which compares `Character`s).
  @inline(__always) static func starts(_ s: String, with prefix: StaticString) -> Bool {
    let n = prefix.utf8CodeUnitCount
    let u = s.utf8
    guard u.count >= n else { return false }
    let p = prefix.utf8Start
    var i = u.startIndex
    for k in 0..<n {
      if u[i] != p[k] { return false }
      i = u.index(after: i)
    }
    return true
  }

  /// Whether the UTF-8 bytes of `s` end with those of the ASCII `suffix` (see ``starts(_:with:)``).
  @inline(__always) static func ends(_ s: String, with suffix: StaticString) -> Bool {
    let n = suffix.utf8CodeUnitCount
    let u = s.utf8
    guard u.count >= n else { return false }
    let p = suffix.utf8Start
    var i = u.index(u.endIndex, offsetBy: -n)
    for k in 0..<n {
      if u[i] != p[k] { return false }
      i = u.index(after: i)
    }
    return true
  }

  /// Re-resolves relative days inside quotes against the date of the reporting clause
  /// ("…this morning," she said Monday).
  /// The sentence's expressions are `expressions[first...]`, one per candidate.
  private func anchorSpeech(
    _ expressions: inout [TimeExpression], from first: Int, candidates: [Candidate], tokens: [Token], quotes: [TextSpan]
  ) {
    func quoted(_ span: TextSpan) -> Bool { quotes.contains { $0.contains(span) } }
    let reporting = Self.reportingVerbs
    var speechDate: CivilDate? = nil
    // (The expressions' fields are read in place: a copy of one retains all its strings.)
    for k in candidates.indices where !quoted(expressions[first + k].span) {
      let lo = max(0, candidates[k].start - 3)
      let hi = min(tokens.count, candidates[k].end + 3)
      let near = tokens[lo..<hi].contains { reporting.contains($0.lower) }
      if near, let range = TimexValue.range(of: expressions[first + k].value), Self.rank(range.granularity) <= Self.rank(.day) {
        speechDate = range.start
      }
    }
    guard let speechDate else { return }
    for k in candidates.indices where quoted(expressions[first + k].span) && Self.starts(candidates[k].value, with: "XXXX") {
      if let v = TimexValue.resolve(candidates[k].value, published: speechDate) {
        expressions[first + k].value = v
        expressions[first + k].anchor = .speech
      }
    }
  }
}

extension TemporalTagger {
  /// The order of `g` in ``Granularity/allCases`` (finest first), by a switch: what the
  /// granularity's `<` compares, without looking it up in the array of all cases.
  @inline(__always) static func rank(_ g: Granularity) -> Int {
    switch g {
    case .time: 0
    case .day: 1
    case .week: 2
    case .month: 3
    case .quarter: 4
    case .season: 5
    case .year: 6
    case .decade: 7
    case .century: 8
    case .unknown: 9
    }
  }

  /// Verbs of a reporting clause that dates the speech ("…," she said Monday).
  static let reportingVerbs = LexiconTable<Bool>(
    Set(["said", "says", "told", "added", "stated", "announced", "declared", "wrote"]))

  /// For year-level offsets from a reference ("a year earlier", "year-ago", "the year-ago
  /// quarter"), the offset in years; `nil` for anything else.
  static func yearOffset(_ c: Candidate) -> Int? {
    switch c.rule {
    case "ago", "ago-narrative", "year-ago":
      guard c.value.hasPrefix("XXXX~-"), let n = Int(c.value.dropFirst(5)) else { return nil }
      return n
    case "quarter-current":
      return c.value == "XXXX-QX~-4" ? -1 : (c.value == "XXXX-QX~-1" ? 0 : nil)
    default: return nil
    }
  }
}

/// A match before resolution: token range and (possibly unresolved) value.
struct Candidate {
  var start: Int
  var end: Int
  var type: TimexType
  var value: String
  var mod: String? = nil
  /// Resolve against the narrative date rather than the publication date.
  var narrative = false
  /// A named day (weekday, explicit date) that can serve as a narrative reference.
  var explicit = false
  var rule: String
}
