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
    let utf8 = text.text.utf8
    var matcher = TokenMatcher()
    // (Sentences read by index: only the fields used are copied, not each whole Sentence.)
    let sentences = text.sentences
    for n in sentences.indices {
      let tokens = sentences[n].tokens
      matcher.load(tokens)
      let found = matcher.matchAll()
      var expressions: [TimeExpression] = []
      for c in found {
        let span = TextSpan(start: tokens[c.start].span.start, end: tokens[c.end - 1].span.end)
        let start = utf8.index(utf8.startIndex, offsetBy: span.start)
        let end = utf8.index(start, offsetBy: span.length)
        var value = c.value
        var anchor = TimeAnchor.absolute
        if let q = lastQuarter, let years = Self.yearOffset(c) {
          value = "\(TimexValue.pad4(q.year + years))-Q\(q.quarter)"
          anchor = .narrative
        } else if c.value.hasPrefix("XXXX") && c.type != .set {
          // "that year", "that month": the last explicit period of any size, not only days.
          let coarse = c.rule == "narrative-that" && !c.value.hasPrefix("XXXX-XX-XX") && !c.value.hasPrefix("XXXX-W")
          let reference = c.narrative ? ((coarse ? coarseNarrative : nil) ?? narrative ?? published) : published
          if let reference, let resolved = TimexValue.resolve(c.value, published: reference) {
            value = resolved
            anchor = c.narrative && (narrative != nil || coarse && coarseNarrative != nil) ? .narrative : .documentDate
          } else {
            anchor = .unresolved
          }
        } else if c.value.hasSuffix("_REF") {
          anchor = published == nil ? .unresolved : .documentDate
        }
        // Floating holidays: the year is known now, move to the exact day.
        if c.rule.hasPrefix("holiday:"), !value.hasPrefix("X"), let y = Int(value.prefix(4)),
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
        let expression = TimeExpression(
          sentence: sentences[n].index, span: span, text: String(text.text[start..<end]), type: c.type, value: value,
          mod: c.mod, anchor: anchor, signal: signal, rule: c.rule)
        expressions.append(expression)
        guard c.type == .date || c.type == .time, let range = TimexValue.range(of: value) else { continue }
        if Self.yearOffset(c) == nil, range.granularity == .quarter, value.utf8.count == 7,
          value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: 5)] == UInt8(ascii: "Q")
        {
          lastQuarter = (range.start.year, (range.start.month + 2) / 3)
        }
        if c.type == .date, anchor == .absolute, range.granularity <= .year {
          coarseNarrative = range.start
        }
        if anchor == .absolute || anchor == .narrative || c.explicit, range.granularity <= .day {
          narrative = range.start
        }
      }
      if !sentences[n].quotes.isEmpty {
        anchorSpeech(&expressions, candidates: found, tokens: tokens, quotes: sentences[n].quotes)
      }
      if !expressions.isEmpty { result.append(contentsOf: expressions) }  // (most sentences have none)
    }
    return result
  }

  /// Re-resolves relative days inside quotes against the date of the reporting clause
  /// ("…this morning," she said Monday).
  private func anchorSpeech(
    _ expressions: inout [TimeExpression], candidates: [Candidate], tokens: [Token], quotes: [TextSpan]
  ) {
    func quoted(_ span: TextSpan) -> Bool { quotes.contains { $0.contains(span) } }
    let reporting = Self.reportingVerbs
    var speechDate: CivilDate? = nil
    for (k, e) in expressions.enumerated() where !quoted(e.span) {
      let c = candidates[k]
      let lo = max(0, c.start - 3)
      let hi = min(tokens.count, c.end + 3)
      let near = tokens[lo..<hi].contains { reporting.contains($0.lower) }
      if near, let range = TimexValue.range(of: e.value), range.granularity <= .day { speechDate = range.start }
    }
    guard let speechDate else { return }
    for k in expressions.indices where quoted(expressions[k].span) && candidates[k].value.hasPrefix("XXXX") {
      if let v = TimexValue.resolve(candidates[k].value, published: speechDate) {
        expressions[k].value = v
        expressions[k].anchor = .speech
      }
    }
  }
}

extension TemporalTagger {
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
