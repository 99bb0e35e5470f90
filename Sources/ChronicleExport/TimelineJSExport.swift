import ChronicleExtraction
import ChronicleStore

/// How events are grouped into rows of a timeline viewer.
public enum TimelineGrouping: String, Sendable, CaseIterable {
  /// By the first source actor (else the first actor, else "No actor").
  case actor
  /// By PLOVER category ("Uncategorized" when none).
  case category

  /// The group label of one event.
  public func label(_ e: TimelineEntry) -> String {
    switch self {
    case .actor:
      let first = e.actors.first { $0.role == .source } ?? e.actors.first
      return first.map { TextCell.oneLine($0.name) } ?? "No actor"
    case .category:
      return e.category?.plover ?? "Uncategorized"
    }
  }
}

/// TimelineJS 3 JSON (`chronicle timeline --format timelinejs`), described by
/// `Schemas/timelinejs.schema.json`.
///
/// `{"title": {"text": {headline, text}}, "events": [slide…]}`; each slide has
/// `start_date` (and `end_date` for a week, quarter, season or other interval
/// longer than its precision) as date objects carrying only the known parts as
/// numbers (`year`, `month`, `day`, `hour`, `minute`), a `display_date` for
/// dates TimelineJS cannot name by itself ("Week 11, 2023"), `text.headline`
/// ("United States → Iran: SANCTION (imposed)"), `text.text` (the sentence and
/// the source, HTML-escaped, with a link when the article URL is http(s)),
/// `group` and `unique_id` (the event id). Undated events are left out:
/// TimelineJS requires a start date; ``undatedCount(_:)`` says how many.
public enum TimelineJSExport {
  /// The TimelineJS document for the dated events of `entries`.
  public static func json(_ entries: [TimelineEntry], groupBy: TimelineGrouping = .category) -> String {
    value(entries, groupBy: groupBy).render(pretty: true)
  }

  /// How many of `entries` are left out of ``json(_:groupBy:)`` for want of a date.
  public static func undatedCount(_ entries: [TimelineEntry]) -> Int {
    entries.count { DateParts.of(value: $0.date, range: $0.range) == nil }
  }

  /// The document of ``json(_:groupBy:)`` as a value.
  public static func value(_ entries: [TimelineEntry], groupBy: TimelineGrouping = .category) -> JSONValue {
    var slides: [JSONValue] = []
    var documents = Set<String>()
    for e in entries {
      guard let parts = DateParts.of(value: e.date, range: e.range) else { continue }
      for source in e.allSources { documents.insert(source.documentID) }
      var members: [(String, JSONValue)] = [
        ("unique_id", .string(String(e.eventID))),
        ("start_date", date(parts.start)),
        ("text", .object([("headline", .string(Markup.escape(headline(e)))), ("text", .string(body(e)))])),
        ("group", .string(Markup.escape(groupBy.label(e)))),
      ]
      if let end = parts.end { members.append(("end_date", date(end))) }
      if let label = parts.label { members.append(("display_date", .string(Markup.escape(label)))) }
      slides.append(.object(members))
    }
    let n = slides.count
    let summary =
      "\(n) dated event\(n == 1 ? "" : "s") from \(documents.count) document\(documents.count == 1 ? "" : "s"), extracted by Chronicle."
    return .object([
      ("title", .object([("text", .object([("headline", .string("Chronicle timeline")), ("text", .string(summary))]))])),
      ("events", .array(slides)),
    ])
  }

  static func date(_ p: DateParts) -> JSONValue {
    var members: [(String, JSONValue)] = [("year", .int(p.year))]
    if let m = p.month { members.append(("month", .int(m))) }
    if let d = p.day { members.append(("day", .int(d))) }
    if let h = p.hour { members.append(("hour", .int(h))) }
    if let m = p.minute { members.append(("minute", .int(m))) }
    return .object(members)
  }

  /// "United States → Iran: SANCTION (imposed)"; the trigger alone without a
  /// category; factuality other than asserted and negation follow the trigger.
  /// Plain text (callers escape it).
  public static func headline(_ e: TimelineEntry) -> String {
    var what = TextCell.oneLine(e.trigger)
    if e.factuality != .asserted {
      what += ", " + e.factuality.rawValue
    } else if !e.polarity {
      what += ", negated"
    }
    if let c = e.category { what = c.plover + " (" + what + ")" }
    let actors = TextCell.oneLine(Labels.actors(e.actors.filter { $0.role != .other }))
    return actors.isEmpty ? what : actors + ": " + what
  }

  /// The slide body: the sentence, then date · factuality · CAMEO · source; an event
  /// reported by several articles lists every source (its sentence and a link) instead.
  static func body(_ e: TimelineEntry) -> String {
    var out = "<p>" + Markup.escape(TextCell.oneLine(e.sentence), attribute: false) + "</p>"
    var facts: [String] = []
    if let d = e.date { facts.append(Markup.escape(d)) }
    facts.append(Markup.escape(e.factuality.rawValue))
    if let c = e.category { facts.append("CAMEO " + Markup.escape(c.cameo)) }
    let others = Labels.names(e.actors, .other)
    if !others.isEmpty { facts.append("with " + Markup.escape(TextCell.oneLine(others))) }
    let sources = e.allSources
    if sources.count > 1 {
      facts.append("\(sources.count) sources")
      out += "<p>" + facts.joined(separator: " · ") + "</p><ul>"
      for s in sources {
        var item = "<li>" + Markup.escape(TextCell.oneLine(s.sentence), attribute: false) + " — "
        item += link(title: s.documentTitle ?? s.documentID, url: s.url)
        if let published = s.documentPublished { item += " (" + published.iso + ")" }
        out += item + "</li>"
      }
      return out + "</ul>"
    }
    facts.append(link(title: e.documentTitle ?? e.documentID, url: e.url))
    out += "<p>" + facts.joined(separator: " · ") + "</p>"
    return out
  }

  /// The article's title, linked when its URL is http(s).
  static func link(title: String, url: String?) -> String {
    let title = Markup.escape(TextCell.oneLine(title), attribute: false)
    guard let url, Markup.isWebURL(url) else { return title }
    return "<a href=\"" + Markup.escape(url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + title + "</a>"
  }
}
