import ChronicleExtraction
import ChronicleStore

// Output conventions shared by every writer:
// - Every document (pretty JSON, text, CSV, DOT) ends with one newline; compact
//   JSON (`pretty: false`, `jsonLines`) is one line per record.
// - JSON: keys sorted, snake_case, two-space indentation, dates as ISO
//   `YYYY-MM-DD` or TIMEX3 values, documented optional fields always present
//   (explicit `null`). The shapes are described by the JSON Schemas in `Schemas/`.
// - Writers never reorder their input (the store already sorts), except the
//   relations node list, which is sorted by actor id.

/// Writers for chronologies (`chronicle timeline`).
public enum TimelineExport {
  /// `{"events":[…], "count":N, "undated":M}` (Schemas/timeline.schema.json);
  /// `count` is the number of events, `undated` how many have no date.
  public static func json(_ entries: [TimelineEntry]) -> String {
    value(entries).render(pretty: true)
  }

  /// The JSON document of ``json(_:)`` as a value.
  public static func value(_ entries: [TimelineEntry]) -> JSONValue {
    .object([
      ("events", .array(entries.map { .object(Records.timelineEventMembers($0)) })),
      ("count", .int(Int64(entries.count))),
      ("undated", .int(Int64(entries.count { !$0.isDated }))),
    ])
  }

  /// JSON Lines: one event object per line (the items of ``json(_:)``'s
  /// `events`), each line ending with a newline.
  public static func jsonLines(_ entries: [TimelineEntry]) -> String {
    var out = ""
    for entry in entries {
      out += JSONValue.object(Records.timelineEventMembers(entry)).render(pretty: false)
      out += "\n"
    }
    return out
  }

  /// A terminal table: DATE, CATEGORY, ACTORS ("src → tgt"), TRIGGER, SENTENCE;
  /// dated events first, then an "Undated" section, then a count line.
  public static func text(_ entries: [TimelineEntry]) -> String {
    if entries.isEmpty { return "No events.\n" }
    var table = TextTable(
      headers: ["DATE", "CATEGORY", "ACTORS", "TRIGGER", "SENTENCE"], limits: [20, 16, 44, 24, 80])
    func row(_ e: TimelineEntry) -> [String] {
      [
        e.date ?? "", Labels.category(e.category), Labels.actors(e.actors), Labels.trigger(e),
        e.sentence,
      ]
    }
    // An event reported by several articles gets a second row listing its sources.
    func sourcesRow(_ e: TimelineEntry) -> [String]? {
      let sources = e.allSources
      guard sources.count > 1 else { return nil }
      let list = sources.map { s in s.documentID + (s.sentenceIndex.map { " #\($0)" } ?? "") }
      return ["", "", "", "", "\(sources.count) sources: " + list.joined(separator: ", ")]
    }
    let dated = entries.filter(\.isDated)
    let undated = entries.filter { !$0.isDated }
    var datedRows = 0
    for e in dated {
      table.add(row(e))
      datedRows += 1
      if let extra = sourcesRow(e) {
        table.add(extra)
        datedRows += 1
      }
    }
    for e in undated {
      table.add(row(e))
      if let extra = sourcesRow(e) { table.add(extra) }
    }
    let widths = table.widths(for: table.rows)
    var out = TextTable.line(table.headers, widths: widths, limits: widths)
    for r in table.rows.prefix(datedRows) {
      out += TextTable.line(r, widths: widths, limits: table.limits)
    }
    if !undated.isEmpty {
      out += "\nUndated\n"
      for r in table.rows.dropFirst(datedRows) {
        out += TextTable.line(r, widths: widths, limits: table.limits)
      }
    }
    out += "\n\(entries.count) event\(entries.count == 1 ? "" : "s"), \(undated.count) undated\n"
    return out
  }

  /// CSV with the columns `id,date,start,end,granularity,trigger,category,
  /// cameo,factuality,source_actors,target_actors,sentence,document,sources,
  /// source_events,source_documents`; actor names, event ids and document ids
  /// are joined with "; " (`sources` is the number of articles' mentions of the
  /// event). See ``CSVCell`` for quoting and the formula guard.
  public static func csv(_ entries: [TimelineEntry]) -> String {
    csv(entries, guardFormulas: true)
  }

  /// ``csv(_:)`` with the spreadsheet formula guard on or off.
  public static func csv(_ entries: [TimelineEntry], guardFormulas: Bool) -> String {
    var out = CSVCell.record([
      "id", "date", "start", "end", "granularity", "trigger", "category", "cameo", "factuality",
      "source_actors", "target_actors", "sentence", "document", "sources", "source_events", "source_documents",
    ])
    func text(_ s: String) -> String { CSVCell.text(s, guardFormulas: guardFormulas) }
    for e in entries {
      out += CSVCell.record([
        String(e.eventID),
        CSVCell.raw(e.date ?? ""),
        e.range?.start.iso ?? "",
        e.range?.end.iso ?? "",
        e.range?.granularity.rawValue ?? "",
        text(e.trigger),
        text(e.category?.plover ?? ""),
        CSVCell.raw(e.category?.cameo ?? ""),
        e.factuality.rawValue,
        text(Labels.names(e.actors, .source, separator: "; ")),
        text(Labels.names(e.actors, .target, separator: "; ")),
        text(e.sentence),
        text(e.documentID),
        String(e.allSources.count),
        e.allSources.map { String($0.eventID) }.joined(separator: "; "),
        text(e.allSources.map(\.documentID).joined(separator: "; ")),
      ])
    }
    return out
  }

  /// Graphviz: events as boxes chained left to right in the given (time)
  /// order, grouped in one cluster per date value (undated events in a last
  /// "Undated" cluster), with their actors linked: source → event → target,
  /// other participants by a dashed line. Tooltips hold the sentence.
  public static func dot(_ entries: [TimelineEntry]) -> String {
    var out = "digraph timeline {\n"
    out += "  graph [charset=\"UTF-8\", rankdir=LR, fontname=\"Helvetica\", fontsize=11,"
    out += " newrank=true, nodesep=0.3, ranksep=0.5, label=\"Chronicle timeline\", labelloc=t];\n"
    out += "  node [fontname=\"Helvetica\", fontsize=10];\n"
    out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
    // Clusters: one per date value, in order of first appearance.
    // A nil key is the "Undated" cluster.
    var clusterKeys: [String?] = []
    var clusterMembers: [String?: [TimelineEntry]] = [:]
    for e in entries {
      let key: String? = e.range.map { e.date ?? $0.start.iso }
      if clusterMembers[key] == nil {
        clusterKeys.append(key)
        clusterMembers[key] = []
      }
      clusterMembers[key]!.append(e)
    }
    // Undated last.
    if let i = clusterKeys.firstIndex(of: nil) { clusterKeys.append(clusterKeys.remove(at: i)) }
    for (n, key) in clusterKeys.enumerated() {
      out += "  subgraph cluster_\(n + 1) {\n"
      out += "    label=\(DOTString.quoted(key ?? "Undated")); style=\"rounded,filled\";"
      out += " fillcolor=\"\(key == nil ? "#f2f2f2" : "#eef3fb")\"; color=\"#9aa8bd\";\n"
      for e in clusterMembers[key]! {
        var lines = [e.trigger]
        if let c = e.category { lines.append(c.plover + " (" + c.cameo + ")") }
        if e.factuality != .asserted { lines.append(e.factuality.rawValue) }
        let tooltip = (e.date.map { $0 + ": " } ?? "") + e.sentence
        out += "    \(eventNode(e)) [shape=box, style=\"rounded,filled\","
        out += " fillcolor=\"\(DOTStyle.quadColor(e.category?.quadClass))\","
        out += " label=\(DOTString.lines(lines)), tooltip=\(DOTString.quoted(tooltip))];\n"
      }
      out += "  }\n"
    }
    // The chain in time order (undated events after dated ones).
    let ordered = clusterKeys.flatMap { clusterMembers[$0]! }
    for (a, b) in zip(ordered, ordered.dropFirst()) {
      out += "  \(eventNode(a)) -> \(eventNode(b)) [color=\"#7f8fa6\", penwidth=2, weight=10];\n"
    }
    // Actors, each once, in order of first appearance.
    var actorSeen = Set<String>()
    var actorLines = ""
    var linkLines = ""
    for e in ordered {
      var linked = Set<String>()
      for a in e.actors {
        if actorSeen.insert(a.actorID).inserted {
          // No CAMEO code in the label: an event actor's code is that of one
          // mention in context (USAGOV), not of the actor.
          actorLines += "  \(DOTString.quoted("actor:" + a.actorID)) [shape=\(DOTStyle.shape(a.type)),"
          actorLines += " style=filled, fillcolor=\"\(DOTStyle.fill(a.type))\","
          actorLines += " label=\(DOTString.quoted(a.name)),"
          actorLines += " tooltip=\(DOTString.quoted(a.actorID + " (" + a.type.rawValue + ")"))];\n"
        }
        guard linked.insert(a.role.rawValue + "|" + a.actorID).inserted else { continue }
        let actor = DOTString.quoted("actor:" + a.actorID)
        switch a.role {
        case .source:
          linkLines += "  \(actor) -> \(eventNode(e)) [color=\"#4a7ab0\", arrowsize=0.6];\n"
        case .target:
          linkLines += "  \(eventNode(e)) -> \(actor) [color=\"#c0504d\", arrowsize=0.6];\n"
        case .other:
          linkLines += "  \(eventNode(e)) -> \(actor) [style=dashed, dir=none, color=\"#999999\"];\n"
        }
      }
    }
    out += actorLines + linkLines + "}\n"
    return out
  }

  private static func eventNode(_ e: TimelineEntry) -> String {
    DOTString.quoted("event:\(e.eventID)")
  }
}

/// Writers for the relations graph (`chronicle relations`).
public enum RelationsExport {
  /// `{"nodes":[{id,name,type,code}], "edges":[{source,target,category,cameo,
  /// count,first_date,last_date,events}]}` (Schemas/relations.schema.json);
  /// nodes sorted by id, edges in input order, `source`/`target` = node ids.
  public static func json(_ edges: [RelationEdge]) -> String {
    value(edges).render(pretty: true)
  }

  /// The JSON document of ``json(_:)`` as a value.
  public static func value(_ edges: [RelationEdge]) -> JSONValue {
    .object([
      ("nodes", .array(Records.nodes(edges).map(Records.node))),
      (
        "edges",
        .array(
          edges.map { e in
            .object([
              ("source", .string(e.source.id)),
              ("target", .string(e.target.id)),
              ("category", .string(e.category)),
              ("cameo", .string(e.cameo)),
              ("count", .int(Int64(e.count))),
              ("first_date", .string(e.firstDate)),
              ("last_date", .string(e.lastDate)),
              ("events", .array(e.events.map { .int($0) })),
            ])
          })
      ),
    ])
  }

  /// A terminal table: "Source → Target", CATEGORY (with CAMEO), COUNT,
  /// DATES ("first..last").
  public static func text(_ edges: [RelationEdge]) -> String {
    if edges.isEmpty { return "No relations.\n" }
    var table = TextTable(headers: ["SOURCE → TARGET", "CATEGORY", "COUNT", "DATES"], limits: [60, 20, 6, 40])
    for e in edges {
      table.add([
        e.source.name + " → " + e.target.name,
        e.category + (e.cameo.map { " " + $0 } ?? ""),
        String(e.count),
        Labels.dates(e.firstDate, e.lastDate),
      ])
    }
    let total = edges.reduce(0) { $0 + $1.count }
    return table.render() + "\n\(edges.count) relation\(edges.count == 1 ? "" : "s"), \(total) event\(total == 1 ? "" : "s")\n"
  }

  /// CSV with the columns `source,source_name,target,target_name,category,
  /// cameo,count,first_date,last_date,events` (event ids joined with ";").
  /// See ``CSVCell`` for quoting and the formula guard.
  public static func csv(_ edges: [RelationEdge]) -> String {
    csv(edges, guardFormulas: true)
  }

  /// ``csv(_:)`` with the spreadsheet formula guard on or off.
  public static func csv(_ edges: [RelationEdge], guardFormulas: Bool) -> String {
    var out = CSVCell.record([
      "source", "source_name", "target", "target_name", "category", "cameo", "count", "first_date",
      "last_date", "events",
    ])
    func text(_ s: String) -> String { CSVCell.text(s, guardFormulas: guardFormulas) }
    for e in edges {
      out += CSVCell.record([
        CSVCell.raw(e.source.id), text(e.source.name), CSVCell.raw(e.target.id), text(e.target.name),
        text(e.category), CSVCell.raw(e.cameo ?? ""), String(e.count),
        CSVCell.raw(e.firstDate ?? ""), CSVCell.raw(e.lastDate ?? ""),
        e.events.map(String.init).joined(separator: ";"),
      ])
    }
    return out
  }

  /// Graphviz `digraph relations`: one node per actor (shape by ``ActorType``,
  /// label = name and CAMEO code), one edge per relation labelled
  /// "CATEGORY ×count", pen width 1…6 scaled by count, colour by CAMEO quad
  /// class, tooltip with the CAMEO code, dates and event ids.
  public static func dot(_ edges: [RelationEdge]) -> String {
    var out = "digraph relations {\n"
    out += "  graph [charset=\"UTF-8\", rankdir=LR, fontname=\"Helvetica\", overlap=false,"
    out += " nodesep=0.4, ranksep=0.8];\n"
    out += "  node [fontname=\"Helvetica\", fontsize=11, style=filled];\n"
    out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
    for n in Records.nodes(edges) {
      var lines = [n.name]
      if let code = n.code, !code.isEmpty, code != n.name { lines.append(code) }
      out += "  \(DOTString.quoted(n.id)) [shape=\(DOTStyle.shape(n.type)),"
      out += " fillcolor=\"\(DOTStyle.fill(n.type))\", label=\(DOTString.lines(lines)),"
      out += " tooltip=\(DOTString.quoted(n.id + " (" + n.type.rawValue + ")"))];\n"
    }
    let maxCount = edges.map(\.count).max() ?? 1
    for e in edges {
      let label = e.category + " ×\(e.count)"
      var tooltip = e.source.name + " → " + e.target.name + ": " + e.category
      if let cameo = e.cameo { tooltip += " (CAMEO " + cameo + ")" }
      tooltip += ", " + Labels.dates(e.firstDate, e.lastDate)
      if !e.events.isEmpty { tooltip += ", events " + e.events.map(String.init).joined(separator: " ") }
      let quad = DOTStyle.quadClass(cameo: e.cameo)
      out += "  \(DOTString.quoted(e.source.id)) -> \(DOTString.quoted(e.target.id))"
      out += " [label=\(DOTString.quoted(label)), penwidth=\(DOTStyle.penwidth(e.count, max: maxCount)),"
      out += " color=\"\(DOTStyle.edgeColor(quad))\", tooltip=\(DOTString.quoted(tooltip)),"
      out += " labeltooltip=\(DOTString.quoted(tooltip))];\n"
    }
    return out + "}\n"
  }
}

/// Writers for the actor list (`chronicle actors`).
public enum ActorsExport {
  /// `{"actors":[{id,name,type,code,country,resolved,aliases,mentions,
  /// documents,events}]}` (Schemas/actors.schema.json), in input order.
  public static func json(_ actors: [ActorSummary]) -> String {
    value(actors).render(pretty: true)
  }

  /// The JSON document of ``json(_:)`` as a value.
  public static func value(_ actors: [ActorSummary]) -> JSONValue {
    .object([
      (
        "actors",
        .array(
          actors.map { s in
            .object(
              Records.entity(s.actor) + [
                ("aliases", .array(s.aliases.map { .string($0) })),
                ("mentions", .int(Int64(s.mentions))),
                ("documents", .int(Int64(s.documents))),
                ("events", .int(Int64(s.events))),
              ])
          })
      )
    ])
  }

  /// CSV with the columns `id,name,type,code,country,resolved,aliases,
  /// mentions,documents,events` (aliases joined with "; "). See ``CSVCell``
  /// for quoting and the formula guard.
  public static func csv(_ actors: [ActorSummary], guardFormulas: Bool = true) -> String {
    var out = CSVCell.record([
      "id", "name", "type", "code", "country", "resolved", "aliases", "mentions", "documents", "events",
    ])
    func text(_ s: String) -> String { CSVCell.text(s, guardFormulas: guardFormulas) }
    for s in actors {
      out += CSVCell.record([
        CSVCell.raw(s.actor.id), text(s.actor.name), s.actor.type.rawValue, CSVCell.raw(s.actor.code ?? ""),
        CSVCell.raw(s.actor.country ?? ""), s.actor.resolved ? "true" : "false",
        text(s.aliases.joined(separator: "; ")), String(s.mentions), String(s.documents), String(s.events),
      ])
    }
    return out
  }

  /// A terminal table: NAME ("?" marks names not in any dictionary), TYPE,
  /// CODE, MENTIONS, DOCS, EVENTS, ALIASES.
  public static func text(_ actors: [ActorSummary]) -> String {
    if actors.isEmpty { return "No actors.\n" }
    var table = TextTable(
      headers: ["NAME", "TYPE", "CODE", "MENTIONS", "DOCS", "EVENTS", "ALIASES"],
      limits: [36, 12, 10, 8, 6, 6, 60])
    for s in actors {
      table.add([
        s.actor.name + (s.actor.resolved ? "" : " ?"), s.actor.type.rawValue, s.actor.code ?? "-",
        String(s.mentions), String(s.documents), String(s.events),
        s.aliases.map(TextCell.oneLine).joined(separator: ", "),
      ])
    }
    return table.render() + "\n\(actors.count) actor\(actors.count == 1 ? "" : "s")\n"
  }
}

/// Writers for one extraction result (`chronicle extract`).
public enum ExtractionExport {
  /// The whole extraction (Schemas/extract.schema.json):
  ///
  /// - `document` {id, title, published, url, source, origin, format, content_hash},
  ///   `text`, `warnings`, `sentences`;
  /// - `timexes`: TIMEX3 expressions `t1`… with `span`, value and the calendar
  ///   `interval` the value covers (null for durations, sets, references and
  ///   unresolved patterns);
  /// - `actors`: actor mentions `m1`… with the resolved actor id, its canonical
  ///   name, type, CAMEO code in context, rule and confidence;
  /// - `entities`: the distinct actors, in order of first mention;
  /// - `events`: events `e1`… with `trigger` {text, span, lemma}, TimeML
  ///   class/tense/aspect/polarity, PLOVER `category`, `cameo`, `quad`,
  ///   `goldstein`, `source`/`target`/`other` actor lists, factuality,
  ///   attribution, parent, date, interval, anchoring timex and rules.
  ///
  /// Offsets are Unicode code points into `text` (the headline, a blank line,
  /// then the body), as `span` {start, end}, half-open. Ids: sentences by their
  /// 0-based index; timexes, mentions and events by their 1-based id in array
  /// order; actors by their stable actor id (`country:IRN`). A dangling index in
  /// the input becomes `null` (an argument with a dangling mention is left out).
  ///
  /// `pretty: false` writes one line (JSON Lines) with no final newline;
  /// `pretty: true` an indented document ending with a newline.
  public static func json(_ result: ExtractionResult, pretty: Bool) -> String {
    var w = JSONWriter(pretty: pretty, capacity: result.text.text.utf8.count * 24 + 4096)
    write(result, into: &w)
    return w.finish()
  }

  /// Streams ``value(_:)`` into `w` without building it: the same members, written in
  /// key order (what ``JSONValue/render(pretty:)`` sorts them into), so the bytes are
  /// identical (`ExtractionJSONWriterTests` compares the two).
  static func write(_ r: ExtractionResult, into w: inout JSONWriter) {
    let map = OffsetMap(r.text.text)
    func span(_ key: StaticString, _ s: TextSpan, _ w: inout JSONWriter) {
      w.key(key)
      w.beginObject()
      w.int("end", map.characterOffset(s.end))
      w.int("start", map.characterOffset(s.start))
      w.endObject()
    }
    func interval(_ range: DateRange?, _ w: inout JSONWriter) {
      w.key("interval")
      guard let range else { return w.null() }
      w.beginObject()
      w.string("end", range.end.iso)
      w.string("granularity", range.granularity.rawValue)
      w.string("start", range.start.iso)
      w.endObject()
    }
    func ref(_ key: StaticString, _ prefix: String, _ index: Int?, count: Int, _ w: inout JSONWriter) {
      guard let index, index >= 0, index < count else { return w.string(key, nil) }
      w.string(key, prefix + String(index + 1))
    }
    /// The actor object of mention `index` (`null` when dangling); `rule` is the
    /// argument's attachment rule, `null` for an attribution.
    func actor(_ index: Int, rule: String?, _ w: inout JSONWriter) {
      guard index >= 0, index < r.actors.count else { return w.null() }
      let m = r.actors[index]
      w.beginObject()
      w.string("actor", m.entity.id)
      w.string("code", m.code)
      w.string("mention", "m\(index + 1)")
      w.string("name", m.entity.name)
      w.string("rule", rule)
      w.string("text", m.text)
      w.endObject()
    }
    let a = r.article
    w.beginObject()

    w.key("actors")
    w.beginArray()
    for (i, m) in r.actors.enumerated() {
      w.beginObject()
      w.string("actor", m.entity.id)
      w.string("code", m.code)
      w.double("confidence", min(1, max(0, m.confidence)))
      w.string("id", "m\(i + 1)")
      w.string("name", m.entity.name)
      w.bool("resolved", m.entity.resolved)
      w.string("role", m.role)
      w.string("rule", m.rule)
      w.int("sentence", m.sentence)
      span("span", m.span, &w)
      w.string("text", m.text)
      w.string("type", m.entity.type.rawValue)
      w.endObject()
    }
    w.endArray()

    w.key("document")
    w.beginObject()
    w.string("content_hash", r.contentHash)
    w.string("format", a.format.rawValue)
    w.string("id", r.documentID)
    w.string("origin", a.origin)
    w.string("published", r.published?.iso)
    w.string("source", a.source)
    w.string("title", a.title)
    w.string("url", a.url)
    w.endObject()

    w.key("entities")
    w.beginArray()
    for e in r.entities {
      w.beginObject()
      w.string("code", e.code)
      w.string("country", e.country)
      w.string("id", e.id)
      w.string("name", e.name)
      w.bool("resolved", e.resolved)
      w.string("type", e.type.rawValue)
      w.endObject()
    }
    w.endArray()

    w.key("events")
    w.beginArray()
    for (i, e) in r.events.enumerated() {
      func role(_ key: StaticString, _ role: ArgumentRole, _ w: inout JSONWriter) {
        w.key(key)
        w.beginArray()
        for argument in e.arguments where argument.role == role
        && argument.mention >= 0 && argument.mention < r.actors.count {
          actor(argument.mention, rule: argument.rule, &w)
        }
        w.endArray()
      }
      let c = e.category
      w.beginObject()
      w.string("aspect", e.aspect.rawValue)
      w.key("attributed_to")
      actor(e.attributedTo ?? -1, rule: nil, &w)
      w.string("cameo", c?.cameo)
      w.string("category", c?.plover)
      w.string("class", e.timemlClass.rawValue)
      w.string("date", e.date)
      w.string("date_rule", e.dateRule)
      w.string("factuality", e.factuality.rawValue)
      w.double("goldstein", c?.goldstein)
      w.string("id", "e\(i + 1)")
      interval(e.date.flatMap { TimexValue.range(of: $0) }, &w)
      role("other", .other, &w)
      ref("parent", "e", e.parent, count: r.events.count, &w)
      w.bool("polarity", e.polarity)
      w.int("quad", c?.quadClass)
      w.string("rule", e.rules.first)
      w.key("rules")
      w.beginArray()
      for rule in e.rules { w.string(rule) }
      w.endArray()
      w.int("sentence", e.sentence)
      role("source", .source, &w)
      role("target", .target, &w)
      w.string("tense", e.tense.rawValue)
      ref("time", "t", e.time, count: r.times.count, &w)
      w.string("time_relation", e.timeRelation)
      w.key("trigger")
      w.beginObject()
      w.string("lemma", e.lemma)
      span("span", e.span, &w)
      w.string("text", e.trigger)
      w.endObject()
      w.endObject()
    }
    w.endArray()

    w.key("sentences")
    w.beginArray()
    for s in r.text.sentences {
      w.beginObject()
      w.int("end", map.characterOffset(s.span.end))
      w.bool("headline", s.isHeadline)
      w.int("index", s.index)
      w.int("paragraph", s.paragraph)
      w.int("start", map.characterOffset(s.span.start))
      w.string("text", s.text)
      w.endObject()
    }
    w.endArray()

    w.string("text", r.text.text)

    w.key("timexes")
    w.beginArray()
    for (i, t) in r.times.enumerated() {
      w.beginObject()
      w.string("anchor", t.anchor.rawValue)
      w.string("id", "t\(i + 1)")
      interval(TimexValue.range(of: t.value), &w)
      w.string("mod", t.mod)
      w.string("rule", t.rule)
      w.int("sentence", t.sentence)
      w.string("signal", t.signal)
      span("span", t.span, &w)
      w.string("text", t.text)
      w.string("type", t.type.rawValue)
      w.string("value", t.value)
      w.endObject()
    }
    w.endArray()

    w.key("warnings")
    w.beginArray()
    for warning in r.warnings { w.string(warning) }
    w.endArray()

    w.endObject()
  }

  /// The JSON document of ``json(_:pretty:)`` as a value.
  public static func value(_ r: ExtractionResult) -> JSONValue {
    let map = OffsetMap(r.text.text)
    func cp(_ b: Int) -> JSONValue { .int(Int64(map.characterOffset(b))) }
    func span(_ s: TextSpan) -> JSONValue { .object([("start", cp(s.start)), ("end", cp(s.end))]) }
    func ref(_ prefix: String, _ index: Int?, count: Int) -> JSONValue {
      guard let index, index >= 0, index < count else { return .null }
      return .string(prefix + String(index + 1))
    }
    let a = r.article
    let document: JSONValue = .object([
      ("id", .string(r.documentID)),
      ("title", .string(a.title)),
      ("published", .string(r.published?.iso)),
      ("url", .string(a.url)),
      ("source", .string(a.source)),
      ("origin", .string(a.origin)),
      ("format", .string(a.format.rawValue)),
      ("content_hash", .string(r.contentHash)),
    ])
    let sentences: [JSONValue] = r.text.sentences.map { s in
      .object([
        ("index", .int(Int64(s.index))),
        ("start", cp(s.span.start)),
        ("end", cp(s.span.end)),
        ("text", .string(s.text)),
        ("paragraph", .int(Int64(s.paragraph))),
        ("headline", .bool(s.isHeadline)),
      ])
    }
    let timexes: [JSONValue] = r.times.enumerated().map { i, t in
      .object([
        ("id", .string("t\(i + 1)")),
        ("sentence", .int(Int64(t.sentence))),
        ("text", .string(t.text)),
        ("span", span(t.span)),
        ("type", .string(t.type.rawValue)),
        ("value", .string(t.value)),
        ("mod", .string(t.mod)),
        ("anchor", .string(t.anchor.rawValue)),
        ("signal", .string(t.signal)),
        ("rule", .string(t.rule)),
        ("interval", Records.interval(TimexValue.range(of: t.value))),
      ])
    }
    let mentions: [JSONValue] = r.actors.enumerated().map { i, m in
      .object([
        ("id", .string("m\(i + 1)")),
        ("sentence", .int(Int64(m.sentence))),
        ("text", .string(m.text)),
        ("span", span(m.span)),
        ("actor", .string(m.entity.id)),
        ("name", .string(m.entity.name)),
        ("type", .string(m.entity.type.rawValue)),
        ("code", .string(m.code)),
        ("role", .string(m.role)),
        ("rule", .string(m.rule)),
        ("resolved", .bool(m.entity.resolved)),
        ("confidence", .double(min(1, max(0, m.confidence)))),
      ])
    }
    let entities: [JSONValue] = r.entities.map { .object(Records.entity($0)) }
    /// The actor object of mention `index` (`nil` when dangling); `rule` is the
    /// argument's attachment rule, `null` for an attribution.
    func actor(_ index: Int, rule: String?) -> JSONValue? {
      guard index >= 0, index < r.actors.count else { return nil }
      let m = r.actors[index]
      return .object([
        ("mention", .string("m\(index + 1)")),
        ("text", .string(m.text)),
        ("actor", .string(m.entity.id)),
        ("name", .string(m.entity.name)),
        ("code", .string(m.code)),
        ("rule", .string(rule)),
      ])
    }
    let events: [JSONValue] = r.events.enumerated().map { i, e in
      func role(_ role: ArgumentRole) -> JSONValue {
        .array(e.arguments.filter { $0.role == role }.compactMap { actor($0.mention, rule: $0.rule) })
      }
      let c = e.category
      return .object([
        ("id", .string("e\(i + 1)")),
        ("sentence", .int(Int64(e.sentence))),
        (
          "trigger",
          .object([("text", .string(e.trigger)), ("span", span(e.span)), ("lemma", .string(e.lemma))])
        ),
        ("class", .string(e.timemlClass.rawValue)),
        ("tense", .string(e.tense.rawValue)),
        ("aspect", .string(e.aspect.rawValue)),
        ("polarity", .bool(e.polarity)),
        ("category", .string(c?.plover)),
        ("cameo", .string(c?.cameo)),
        ("quad", .int(c?.quadClass)),
        ("goldstein", c.map { .double($0.goldstein) } ?? .null),
        ("source", role(.source)),
        ("target", role(.target)),
        ("other", role(.other)),
        ("factuality", .string(e.factuality.rawValue)),
        ("attributed_to", e.attributedTo.flatMap { actor($0, rule: nil) } ?? .null),
        ("parent", ref("e", e.parent, count: r.events.count)),
        ("date", .string(e.date)),
        ("interval", Records.interval(e.date.flatMap { TimexValue.range(of: $0) })),
        ("time", ref("t", e.time, count: r.times.count)),
        ("time_relation", .string(e.timeRelation)),
        ("date_rule", .string(e.dateRule)),
        ("rule", .string(e.rules.first)),
        ("rules", .array(e.rules.map { .string($0) })),
      ])
    }
    return .object([
      ("document", document),
      ("text", .string(r.text.text)),
      ("warnings", .array(r.warnings.map { .string($0) })),
      ("sentences", .array(sentences)),
      ("timexes", .array(timexes)),
      ("actors", .array(mentions)),
      ("entities", .array(entities)),
      ("events", .array(events)),
    ])
  }

  /// A readable summary: document header, warnings, then tables of time
  /// expressions (timexes), actor mentions, distinct actors (entities) and events.
  public static func text(_ r: ExtractionResult) -> String {
    var out = "Document  " + TextCell.oneLine(r.documentID) + "\n"
    if let title = r.article.title { out += "Title     " + TextCell.oneLine(title) + "\n" }
    out += "Published " + (r.published?.iso ?? "unknown") + "\n"
    if let source = r.article.source { out += "Source    " + TextCell.oneLine(source) + "\n" }
    if let url = r.article.url { out += "URL       " + TextCell.oneLine(url) + "\n" }
    if let origin = r.article.origin { out += "Origin    " + TextCell.oneLine(origin) + "\n" }
    let entities = r.entities
    out += "Counts    \(r.text.sentences.count) sentences, \(r.times.count) timexes, "
    out += "\(r.actors.count) actor mentions of \(entities.count) actors, \(r.events.count) events\n"
    for w in r.warnings { out += "Warning   " + TextCell.oneLine(w) + "\n" }

    out += "\nTimexes\n"
    if r.times.isEmpty {
      out += "(none)\n"
    } else {
      var t = TextTable(
        headers: ["ID", "S", "TEXT", "TYPE", "VALUE", "INTERVAL", "ANCHOR", "RULE"],
        limits: [5, 4, 30, 8, 20, 28, 12, 30])
      for (i, x) in r.times.enumerated() {
        t.add([
          "t\(i + 1)", String(x.sentence), x.text, x.type.rawValue,
          x.value + (x.mod.map { " " + $0 } ?? ""), Labels.interval(TimexValue.range(of: x.value)),
          x.anchor.rawValue, x.rule,
        ])
      }
      out += t.render()
    }

    out += "\nActor mentions\n"
    if r.actors.isEmpty {
      out += "(none)\n"
    } else {
      var t = TextTable(
        headers: ["ID", "S", "TEXT", "ACTOR", "CODE", "ROLE", "RULE", "CONF"],
        limits: [5, 4, 30, 30, 10, 20, 24, 4])
      for (i, m) in r.actors.enumerated() {
        t.add([
          "m\(i + 1)", String(m.sentence), m.text, m.entity.name + (m.entity.resolved ? "" : " ?"),
          m.code ?? "-", m.role ?? "-", m.rule, Labels.hundredths(m.confidence),
        ])
      }
      out += t.render()
    }

    out += "\nActors\n"
    if entities.isEmpty {
      out += "(none)\n"
    } else {
      var t = TextTable(headers: ["NAME", "TYPE", "CODE", "MENTIONS"], limits: [36, 12, 10, 60])
      for entity in entities {
        let texts = r.actors.filter { $0.entity.id == entity.id }.map { TextCell.oneLine($0.text) }
        var unique: [String] = []
        for s in texts where !unique.contains(s) { unique.append(s) }
        t.add([
          entity.name + (entity.resolved ? "" : " ?"), entity.type.rawValue, entity.code ?? "-",
          "\(texts.count): " + unique.joined(separator: ", "),
        ])
      }
      out += t.render()
    }

    out += "\nEvents\n"
    if r.events.isEmpty {
      out += "(none)\n"
    } else {
      var t = TextTable(
        headers: ["ID", "S", "TRIGGER", "CATEGORY", "DATE", "FACTUALITY", "ACTORS"],
        limits: [5, 4, 24, 16, 16, 12, 60])
      for (i, e) in r.events.enumerated() {
        var sources: [String] = []
        var targets: [String] = []
        var others: [String] = []
        for arg in e.arguments where arg.mention >= 0 && arg.mention < r.actors.count {
          let name = r.actors[arg.mention].entity.name
          switch arg.role {
          case .source: if !sources.contains(name) { sources.append(name) }
          case .target: if !targets.contains(name) { targets.append(name) }
          case .other: if !others.contains(name) { others.append(name) }
          }
        }
        var actors = sources.joined(separator: ", ")
        if !targets.isEmpty { actors += (actors.isEmpty ? "→ " : " → ") + targets.joined(separator: ", ") }
        if !others.isEmpty { actors += (actors.isEmpty ? "(" : " (") + others.joined(separator: ", ") + ")" }
        t.add([
          "e\(i + 1)", String(e.sentence), e.trigger + (e.polarity ? "" : " (not)"),
          Labels.category(e.category), e.date ?? "-", e.factuality.rawValue, actors,
        ])
      }
      out += t.render()
    }
    return out
  }
}

/// Writers for one event with provenance (`chronicle show`).
public enum EventDetailExport {
  /// One stored event (Schemas/event.schema.json), in the event shape of
  /// `chronicle extract` where they overlap: `id` (the database id), `sentence`
  /// (index), `trigger` {text, span, lemma}, `class`, `tense`, `aspect`,
  /// `polarity`, `category` (PLOVER), `cameo`, `quad`, `goldstein`,
  /// `source`/`target`/`other` (actor objects), `factuality`, `attributed_to`,
  /// `date`, `interval`, `time` (the anchoring timex or null), `time_relation`,
  /// `date_rule`, `rule`, `rules`, plus `document` {id, title, published, url,
  /// origin} and `provenance` {trigger, sentence, time}. Actor objects carry
  /// {actor, name, type, code, text, rule (attachment rule), provenance}. A
  /// provenance is {document, sentence, start, end, text, rule} with code-point
  /// offsets into the document text.
  public static func json(_ detail: EventDetail) -> String {
    value(detail).render(pretty: true)
  }

  /// The JSON document of ``json(_:)`` as a value.
  public static func value(_ d: EventDetail) -> JSONValue {
    let e = d.entry
    func span(_ p: Provenance) -> JSONValue {
      .object([("start", .int(Int64(p.start))), ("end", .int(Int64(p.end)))])
    }
    func actor(_ a: EventActor, rule: String?, provenance: Provenance?) -> JSONValue {
      .object([
        ("actor", .string(a.actorID)),
        ("name", .string(a.name)),
        ("type", .string(a.type.rawValue)),
        ("code", .string(a.code)),
        ("text", .string(a.mention)),
        ("rule", .string(rule)),
        ("provenance", provenance.map(Records.provenance) ?? .null),
      ])
    }
    func role(_ role: ArgumentRole) -> JSONValue {
      .array(
        d.arguments.filter { $0.actor.role == role }.map {
          actor($0.actor, rule: $0.argumentRule, provenance: $0.mention)
        })
    }
    let time: JSONValue =
      d.time.map { t in
        .object([
          ("sentence", .int(Int64(t.provenance.sentenceIndex))),
          ("text", .string(t.provenance.text)),
          ("span", span(t.provenance)),
          ("type", .string(t.type.rawValue)),
          ("value", .string(t.value)),
          ("mod", .string(t.mod)),
          ("anchor", .string(t.anchor.rawValue)),
          ("rule", .string(t.provenance.rule)),
          ("interval", Records.interval(TimexValue.range(of: t.value))),
        ])
      } ?? .null
    let rules = d.trigger.rule.split(separator: ",").map { String($0) }.filter { !$0.isEmpty }
    let c = e.category
    return .object([
      ("id", .int(e.eventID)),
      ("sentence", .int(Int64(d.sentence.sentenceIndex))),
      ("trigger", .object([("text", .string(d.trigger.text)), ("span", span(d.trigger)), ("lemma", .string(e.lemma))])),
      ("class", .string(e.eventClass.rawValue)),
      ("tense", .string(d.tense.rawValue)),
      ("aspect", .string(d.aspect.rawValue)),
      ("polarity", .bool(e.polarity)),
      ("category", .string(c?.plover)),
      ("cameo", .string(c?.cameo)),
      ("quad", .int(c?.quadClass)),
      ("goldstein", c.map { .double($0.goldstein) } ?? .null),
      ("source", role(.source)),
      ("target", role(.target)),
      ("other", role(.other)),
      ("factuality", .string(e.factuality.rawValue)),
      ("attributed_to", d.attributedTo.map { actor($0, rule: nil, provenance: nil) } ?? .null),
      ("date", .string(e.date)),
      ("interval", Records.interval(e.range)),
      ("time", time),
      ("time_relation", .string(d.timeRelation)),
      ("date_rule", .string(d.dateRule)),
      ("rule", .string(rules.first)),
      ("rules", .array(rules.map { .string($0) })),
      ("document", Records.document(e, origin: d.documentOrigin, includeOrigin: true)),
      (
        "provenance",
        .object([
          ("trigger", Records.provenance(d.trigger)),
          ("sentence", Records.provenance(d.sentence)),
          ("time", d.time.map { Records.provenance($0.provenance) } ?? .null),
        ])
      ),
    ])
  }

  /// A labelled, multi-line description with every fact's provenance
  /// (sentence index and code-point offsets, rule).
  public static func text(_ d: EventDetail) -> String {
    let e = d.entry
    func line(_ label: String, _ value: String) -> String {
      TextCell.pad(label, to: 12) + TextCell.oneLine(value) + "\n"
    }
    func at(_ p: Provenance) -> String { "sentence \(p.sentenceIndex), chars \(p.start)–\(p.end)" }
    var out = "Event \(e.eventID): " + TextCell.oneLine(e.trigger) + " (" + TextCell.oneLine(e.lemma) + ")\n"
    var date = e.date ?? "undated"
    if let r = e.range { date += " [" + r.start.iso + ".." + r.end.iso + ", " + r.granularity.rawValue + "]" }
    if let rule = d.dateRule { date += " via " + rule }
    if let rel = d.timeRelation { date += ", " + rel }
    out += line("Date", date)
    if let t = d.time {
      var s = "\"" + t.provenance.text + "\" " + t.type.rawValue + " " + t.value
      if let mod = t.mod { s += " " + mod }
      s += ", anchored to " + t.anchor.rawValue + "; " + at(t.provenance) + "; rule " + t.provenance.rule
      out += line("Time", s)
    }
    if let c = e.category {
      out += line(
        "Category",
        c.plover + ", CAMEO " + c.cameo + ", quad class \(c.quadClass), Goldstein " + Labels.decimal(c.goldstein))
    } else {
      out += line("Category", "-")
    }
    out += line(
      "Class",
      e.eventClass.rawValue + ", tense " + d.tense.rawValue + ", aspect " + d.aspect.rawValue + ", polarity "
        + (e.polarity ? "positive" : "negative"))
    var fact = e.factuality.rawValue
    if let by = d.attributedTo { fact += " (attributed to " + by.name + ", \"" + by.mention + "\")" }
    out += line("Factuality", fact)
    out += line("Trigger", "\"" + d.trigger.text + "\"; " + at(d.trigger) + "; rules " + d.trigger.rule)
    if d.arguments.isEmpty {
      out += line("Actors", "-")
    } else {
      out += "Actors\n"
      for a in d.arguments {
        var s = a.actor.name + " [" + a.actor.actorID
        if let code = a.actor.code { s += ", " + code }
        s += "] \"" + a.mention.text + "\"; " + at(a.mention) + "; mention rule " + a.mention.rule
        s += "; argument rule " + a.argumentRule
        out += "  " + TextCell.pad(a.actor.role.rawValue, to: 8) + TextCell.oneLine(s) + "\n"
      }
    }
    out += line("Sentence", e.sentence)
    var doc = e.documentID
    if let title = e.documentTitle { doc += " — " + title }
    if let published = e.documentPublished { doc += " (" + published.iso + ")" }
    out += line("Document", doc)
    if let url = e.url { out += line("URL", url) }
    if let origin = d.documentOrigin { out += line("Origin", origin) }
    // The same event reported elsewhere: every mention of its cluster.
    if e.sources.count > 1 {
      out += "Sources     \(e.sources.count) mentions of the same event\n"
      for s in e.sources {
        var place = s.documentID
        if let published = s.documentPublished { place += " (" + published.iso + ")" }
        if let n = s.sentenceIndex { place += ", sentence \(n)" }
        if let start = s.start, let end = s.end { place += ", chars \(start)–\(end)" }
        place += ", event \(s.eventID)" + (s.date.map { ", dated " + $0 } ?? "") + ": " + s.sentence
        out += "  " + TextCell.oneLine(place) + "\n"
      }
    }
    return out
  }
}

/// Graph styling shared by the DOT writers.
enum DOTStyle {
  /// Node shape for an actor type.
  static func shape(_ type: ActorType) -> String {
    switch type {
    case .country: return "box3d"
    case .person: return "ellipse"
    case .organization: return "box"
    case .igo: return "component"
    case .media: return "tab"
    case .agreement: return "note"
    case .location: return "house"
    case .group: return "octagon"
    }
  }

  /// Fill colour for an actor type.
  static func fill(_ type: ActorType) -> String {
    switch type {
    case .country: return "#dbe8f6"
    case .person: return "#fdf0d5"
    case .organization: return "#e4f1e1"
    case .igo: return "#e8e1f3"
    case .media: return "#f3e1ea"
    case .agreement: return "#fff8c4"
    case .location: return "#e6e6e6"
    case .group: return "#f6e0d8"
    }
  }

  /// Quad class from a CAMEO code: roots 01–05 verbal cooperation (1), 06–09
  /// material cooperation (2), 10–14 verbal conflict (3), 15–20 material conflict (4).
  static func quadClass(cameo: String?) -> Int? {
    guard let cameo else { return nil }
    let digits = cameo.utf8.prefix(2)
    guard digits.count == 2, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
    let root = Int(digits.first! - 48) * 10 + Int(digits.last! - 48)
    switch root {
    case 1...5: return 1
    case 6...9: return 2
    case 10...14: return 3
    case 15...20: return 4
    default: return nil
    }
  }

  /// Light fill for an event of a quad class.
  static func quadColor(_ quad: Int?) -> String {
    switch quad {
    case 1: return "#e3f2e1"
    case 2: return "#cfe8cc"
    case 3: return "#fbe3cf"
    case 4: return "#f6cfcf"
    default: return "#ffffff"
    }
  }

  /// Stroke colour for a quad class, darker than ``quadColor(_:)``.
  static func edgeColor(_ quad: Int?) -> String {
    switch quad {
    case 1: return "#5b9a55"
    case 2: return "#2f7d32"
    case 3: return "#d9822b"
    case 4: return "#c0392b"
    default: return "#555555"
    }
  }

  /// Pen width from 1 (count 1) to 6 (the largest count), one decimal.
  static func penwidth(_ count: Int, max maxCount: Int) -> String {
    guard maxCount > 1 else { return "1.0" }
    let clamped = Swift.max(1, Swift.min(count, maxCount))
    let tenths = 10 + (50 * (clamped - 1) + (maxCount - 1) / 2) / (maxCount - 1)
    return "\(tenths / 10).\(tenths % 10)"
  }
}
