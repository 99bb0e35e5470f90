import ChronicleExtraction
import ChronicleStore

/// JSON objects shared by several outputs. Keys are snake_case; documented
/// optional fields are always present, as `null` when unknown.
enum Records {
  static func category(_ c: EventCategory?) -> JSONValue {
    guard let c else { return .null }
    return .object([
      ("plover", .string(c.plover)),
      ("cameo", .string(c.cameo)),
      ("quad_class", .int(Int64(c.quadClass))),
      ("goldstein", .double(c.goldstein)),
    ])
  }

  /// `{start, end, granularity}` with ISO days (both inclusive), or `null`.
  static func interval(_ r: DateRange?) -> JSONValue {
    guard let r else { return .null }
    return .object([
      ("start", .string(r.start.iso)),
      ("end", .string(r.end.iso)),
      ("granularity", .string(r.granularity.rawValue)),
    ])
  }

  static func eventActor(_ a: EventActor) -> JSONValue {
    .object([
      ("id", .string(a.actorID)),
      ("name", .string(a.name)),
      ("type", .string(a.type.rawValue)),
      ("role", .string(a.role.rawValue)),
      ("code", .string(a.code)),
      ("mention", .string(a.mention)),
    ])
  }

  static func eventActor(_ a: EventActor?) -> JSONValue {
    guard let a else { return .null }
    return eventActor(a)
  }

  /// The members of one timeline event (also the base of `show`).
  static func timelineMembers(_ e: TimelineEntry) -> [(String, JSONValue)] {
    [
      ("id", .int(e.eventID)),
      ("date", .string(e.date)),
      ("start", .string(e.range?.start.iso)),
      ("end", .string(e.range?.end.iso)),
      ("granularity", .string(e.range?.granularity.rawValue)),
      ("dated", .bool(e.isDated)),
      ("trigger", .string(e.trigger)),
      ("lemma", .string(e.lemma)),
      ("class", .string(e.eventClass.rawValue)),
      ("category", category(e.category)),
      ("factuality", .string(e.factuality.rawValue)),
      ("polarity", .bool(e.polarity)),
      ("actors", .array(e.actors.map(eventActor))),
      ("sentence", .string(e.sentence)),
      ("document", document(e, origin: nil, includeOrigin: false)),
    ]
  }

  /// The members of one event of a timeline output: ``timelineMembers(_:)`` and `sources`,
  /// every mention of the event (document, sentence index and text, trigger offsets).
  static func timelineEventMembers(_ e: TimelineEntry) -> [(String, JSONValue)] {
    timelineMembers(e) + [("sources", .array(e.allSources.map(source)))]
  }

  static func source(_ s: EventSource) -> JSONValue {
    .object([
      ("event", .int(s.eventID)),
      (
        "document",
        .object([
          ("id", .string(s.documentID)),
          ("title", .string(s.documentTitle)),
          ("published", .string(s.documentPublished?.iso)),
          ("url", .string(s.url)),
        ])
      ),
      ("sentence_index", .int(s.sentenceIndex)),
      ("start", .int(s.start)),
      ("end", .int(s.end)),
      ("sentence", .string(s.sentence)),
      ("trigger", .string(s.trigger)),
      ("date", .string(s.date)),
    ])
  }

  static func document(_ e: TimelineEntry, origin: String?, includeOrigin: Bool) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("id", .string(e.documentID)),
      ("title", .string(e.documentTitle)),
      ("published", .string(e.documentPublished?.iso)),
      ("url", .string(e.url)),
    ]
    if includeOrigin { members.append(("origin", .string(origin))) }
    return .object(members)
  }

  static func node(_ n: ActorNode) -> JSONValue {
    .object([
      ("id", .string(n.id)),
      ("name", .string(n.name)),
      ("type", .string(n.type.rawValue)),
      ("code", .string(n.code)),
    ])
  }

  static func entity(_ a: ActorEntity) -> [(String, JSONValue)] {
    [
      ("id", .string(a.id)),
      ("name", .string(a.name)),
      ("type", .string(a.type.rawValue)),
      ("code", .string(a.code)),
      ("country", .string(a.country)),
      ("resolved", .bool(a.resolved)),
    ]
  }

  static func provenance(_ p: Provenance) -> JSONValue {
    .object([
      ("document", .string(p.documentID)),
      ("sentence", .int(Int64(p.sentenceIndex))),
      ("start", .int(Int64(p.start))),
      ("end", .int(Int64(p.end))),
      ("text", .string(p.text)),
      ("rule", .string(p.rule)),
    ])
  }

  /// Distinct nodes of `edges`, sorted by id (first occurrence wins for a
  /// repeated id).
  static func nodes(_ edges: [RelationEdge]) -> [ActorNode] {
    var seen: [String: ActorNode] = [:]
    for edge in edges {
      if seen[edge.source.id] == nil { seen[edge.source.id] = edge.source }
      if seen[edge.target.id] == nil { seen[edge.target.id] = edge.target }
    }
    return seen.values.sorted { JSONValue.keyOrder($0.id, $1.id) }
  }
}

/// Short human-readable pieces shared by the text, CSV and DOT writers.
enum Labels {
  /// "United States, Israel → Iran"; "→ Iran" without sources; "Iran" for
  /// sources only; "" for none. Other participants follow in brackets.
  static func actors(_ actors: [EventActor]) -> String {
    let sources = names(actors, .source)
    let targets = names(actors, .target)
    let others = names(actors, .other)
    var s: String
    switch (sources.isEmpty, targets.isEmpty) {
    case (false, false): s = sources + " → " + targets
    case (false, true): s = sources
    case (true, false): s = "→ " + targets
    case (true, true): s = ""
    }
    if !others.isEmpty { s += s.isEmpty ? "(" + others + ")" : " (" + others + ")" }
    return s
  }

  static func names(_ actors: [EventActor], _ role: ArgumentRole, separator: String = ", ")
    -> String
  {
    var seen = Set<String>()
    var out: [String] = []
    for a in actors where a.role == role && seen.insert(a.actorID).inserted { out.append(a.name) }
    return out.joined(separator: separator)
  }

  /// "ACCUSE 112", or "-" when uncategorized.
  static func category(_ c: EventCategory?) -> String {
    guard let c else { return "-" }
    return c.plover + " " + c.cameo
  }

  /// The trigger with a marker when the text does not assert it:
  /// "strike (planned)", "attack (negated)".
  static func trigger(_ e: TimelineEntry) -> String {
    if e.factuality != .asserted { return e.trigger + " (" + e.factuality.rawValue + ")" }
    if !e.polarity { return e.trigger + " (negated)" }
    return e.trigger
  }

  /// "2022-10-01..2022-10-17", one date when equal, "undated" when none.
  static func dates(_ first: String?, _ last: String?) -> String {
    switch (first, last) {
    case (nil, nil): return "undated"
    case (let f?, nil): return f
    case (nil, let l?): return l
    case (let f?, let l?): return f == l ? f : f + ".." + l
    }
  }

  /// "2022-07-01..2022-07-31 month", "2022-10-17 day", "-" for none.
  static func interval(_ r: DateRange?) -> String {
    guard let r else { return "-" }
    return (r.start == r.end ? r.start.iso : r.start.iso + ".." + r.end.iso) + " " + r.granularity.rawValue
  }

  /// Two decimal places without Foundation: 0.95 → "0.95", 1 → "1.00".
  static func hundredths(_ d: Double) -> String {
    guard d.isFinite else { return "-" }
    let h = Int((abs(d) * 100).rounded())
    let frac = h % 100
    return (d < 0 && h != 0 ? "-" : "") + "\(h / 100)." + (frac < 10 ? "0" : "") + "\(frac)"
  }

  /// One decimal place without Foundation: 2.5 → "2.5", -4 → "-4.0".
  static func decimal(_ d: Double) -> String {
    guard d.isFinite else { return "-" }
    let tenths = Int((abs(d) * 10).rounded())
    return (d < 0 && tenths != 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
  }
}
