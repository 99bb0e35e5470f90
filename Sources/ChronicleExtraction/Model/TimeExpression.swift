/// TimeML TIMEX3 types.
public enum TimexType: String, Sendable, Codable, CaseIterable {
  case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// What a relative expression was resolved against.
public enum TimeAnchor: String, Sendable, Codable {
  /// Absolute: needs no reference ("July 4, 2021").
  case absolute
  /// The document creation (publication) time.
  case documentDate
  /// The most recent absolute date in the narrative.
  case narrative
  /// The time of the speech act a quote belongs to.
  case speech
  /// No reference was available: the value is an unresolved pattern (`XXXX-WXX-1`).
  case unresolved
}

/// A temporal expression (TimeML TIMEX3) found in a document.
public struct TimeExpression: Sendable, Equatable {
  /// Index of the sentence holding it.
  public var sentence: Int
  /// UTF-8 byte span in the document text.
  public var span: TextSpan
  public var text: String
  public var type: TimexType
  /// Normalized TIMEX3 value: `2022-10-17`, `2022-07`, `P3Y`, `PRESENT_REF`, or an
  /// unresolved pattern such as `XXXX-WXX-1` when no reference date was known.
  public var value: String
  /// TIMEX3 `mod` (BEFORE, AFTER, START, MID, END, APPROX…).
  public var mod: String?
  /// What the value was resolved against.
  public var anchor: TimeAnchor
  /// The word that introduces the expression and relates it to an event
  /// ("since", "on", "until", "before", "after", "in"), lower-cased; `nil` when none.
  public var signal: String?
  /// Name of the rule that produced it (provenance).
  public var rule: String

  public init(
    sentence: Int, span: TextSpan, text: String, type: TimexType, value: String,
    mod: String? = nil, anchor: TimeAnchor, signal: String? = nil, rule: String
  ) {
    self.sentence = sentence
    self.span = span
    self.text = text
    self.type = type
    self.value = value
    self.mod = mod
    self.anchor = anchor
    self.signal = signal
    self.rule = rule
  }
}
