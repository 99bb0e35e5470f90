import ChronicleExtraction

extension SQLiteEventStore {
  // MARK: Shared row decoding

  /// Columns of a timeline entry; the event is `e`, its document `d`, its sentence `s`.
  private static let entryColumns = """
    e.id, e.date, e.date_start, e.date_end, e.granularity, e.trigger, e.lemma, e.class, e.plover,
    e.cameo, e.quad_class, e.goldstein, e.factuality, e.polarity, s.text, d.id, d.title, d.published,
    d.url
    """
  private static let entryColumnCount: Int32 = 19
  private static let entryTables = """
    events AS e JOIN documents AS d ON d.key = e.document
    LEFT JOIN sentences AS s ON s.document = e.document AND s.idx = e.sentence
    """

  /// Decodes the ``entryColumns`` of the current row (actors are added separately).
  private func entry(_ row: Statement) -> TimelineEntry {
    var range: DateRange?
    if let start = row.optionalString(2).flatMap({ CivilDate(iso: $0) }),
      let end = row.optionalString(3).flatMap({ CivilDate(iso: $0) })
    {
      let granularity = row.optionalString(4).flatMap(Granularity.init(rawValue:)) ?? .day
      range = DateRange(start: start, end: end, granularity: granularity)
    }
    var category: EventCategory?
    if let plover = row.optionalString(8) {
      category = EventCategory(
        plover: plover, cameo: row.string(9), quadClass: row.optionalInt(10) ?? 0,
        goldstein: row.optionalDouble(11) ?? 0)
    }
    return TimelineEntry(
      eventID: row.int64(0), date: row.optionalString(1), range: range, trigger: row.string(5),
      lemma: row.string(6), eventClass: EventClass(rawValue: row.string(7)) ?? .occurrence,
      category: category, factuality: Factuality(rawValue: row.string(12)) ?? .asserted,
      polarity: row.bool(13), actors: [], sentence: row.string(14), documentID: row.string(15),
      documentTitle: row.optionalString(16),
      documentPublished: row.optionalString(17).flatMap { CivilDate(iso: $0) }, url: row.optionalString(18))
  }

  /// The actor arguments of events, in argument order, by event id.
  private func eventActors(_ eventIDs: [Int64]) throws(StoreError) -> [Int64: [EventActor]] {
    if eventIDs.isEmpty { return [:] }
    let statement = try db.cached(
      """
      SELECT a.event, a.actor, c.name, c.type, a.role, m.code, m.text
      FROM json_each(?1) AS j JOIN event_arguments AS a ON a.event = j.value
      JOIN actor_mentions AS m ON m.id = a.mention
      JOIN actors AS c ON c.id = a.actor
      ORDER BY a.event, a.idx
      """)
    try statement.bind(1, "[" + eventIDs.map(String.init).joined(separator: ",") + "]")
    defer { statement.reset() }
    var actors: [Int64: [EventActor]] = [:]
    actors.reserveCapacity(eventIDs.count)
    while try statement.step() {
      actors[statement.int64(0), default: []].append(
        EventActor(
          actorID: statement.string(1), name: statement.string(2),
          type: ActorType(rawValue: statement.string(3)) ?? .group,
          role: ArgumentRole(rawValue: statement.string(4)) ?? .other,
          code: statement.optionalString(5), mention: statement.string(6)))
    }
    return actors
  }

  /// Ids of the actors whose id, name or an alias equals `name`, ignoring (ASCII) case.
  func resolveActor(_ name: String) throws(StoreError) -> [String] {
    let statement = try db.cached(
      """
      SELECT id FROM actors WHERE lower(id) = lower(?1)
      UNION SELECT id FROM actors WHERE lower(name) = lower(?1)
      UNION SELECT actor FROM actor_aliases WHERE lower(alias) = lower(?1)
      """)
    try statement.bind(1, name.trimmingSpaces)
    defer { statement.reset() }
    var ids: [String] = []
    while try statement.step() { ids.append(statement.string(0)) }
    return ids
  }

  private func resolveActors(_ names: [String]) throws(StoreError) -> [String] {
    var seen = Set<String>()
    var ids: [String] = []
    for name in names {
      for id in try resolveActor(name) where seen.insert(id).inserted { ids.append(id) }
    }
    return ids
  }

  /// SQL for the number (`actors.number`) of the actor whose id is `parameter` (`"?1"`).
  static func actorNumber(_ parameter: String) -> String { "(SELECT number FROM actors WHERE id = \(parameter))" }

  private static func placeholders(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
  }

  // MARK: Timeline

  /// Events in time order: by first day, last day, publication date, then position in
  /// the text; undated events follow (unless `from`/`to` is set). Actor names match an
  /// actor's id, name or any alias, ignoring case; an event matches when an actor is one
  /// of its arguments or the source it is attributed to.
  ///
  /// With ``TimelineQuery/merge`` (the default) the mentions of one event cluster
  /// (`event_clusters`: the same event reported by several documents) make one entry,
  /// placed where its first matching mention comes in that order; the entry shows the
  /// matching mention with the most precise date (a day rather than its month) and lists
  /// every mention in ``TimelineEntry/sources``. `limit` counts entries.
  public func timeline(_ query: TimelineQuery) throws(StoreError) -> [TimelineEntry] {
    var actorIDs: [String]?
    let names = query.actors.filter { !$0.trimmingSpaces.isEmpty }
    if !names.isEmpty {
      let ids = try resolveActors(names)
      if ids.isEmpty { return [] }
      actorIDs = ids
    }
    let limit = query.limit.map { max(0, $0) }
    // Merging drops rows: ask for more than the limit, and for more again when short.
    var window = limit.map { query.merge ? $0 * 2 + 16 : $0 }
    while true {
      let ids: [Int64]
      if let actorIDs {
        ids = try actorTimelineIDs(actorIDs, query, limit: window)
      } else {
        ids = try eventTimelineIDs(query, limit: window)
      }
      let clusterOf = try clusterIDs(ids)
      if !query.merge { return try entries(ids, clusterOf: clusterOf) }
      var firsts: [Int64] = []
      var seen = Set<Int64>()
      for id in ids where seen.insert(clusterOf[id] ?? id).inserted {
        firsts.append(id)
        if let limit, firsts.count == limit { break }
      }
      if let limit, let asked = window, firsts.count < limit, ids.count >= asked {
        window = asked * 2
        continue
      }
      return try mergedEntries(firsts, clusterOf: clusterOf, query: query, actorIDs: actorIDs)
    }
  }

  /// Event ids of the timeline without an actor filter, in order (at most `limit`).
  ///
  /// With a start date the window's events come in two parts, in this order: those that
  /// began before the window and last into it (found per span class, see ``SpanClass``), then
  /// those that begin in it. Dated events are read per span class too
  /// (`events_by_span_class`, each class's range in order and stopped at the limit, then
  /// merged): schema 9 dropped the date index that served them in one range, one index
  /// entry fewer for the ingest to write per dated event.
  private func eventTimelineIDs(_ query: TimelineQuery, limit: Int?) throws(StoreError) -> [Int64] {
    var conditions: [String] = []
    var parameters: [SQLiteValue] = []
    if let category = query.category?.trimmingSpaces, !category.isEmpty {
      conditions.append("(upper(e.plover) = upper(?) OR substr(e.cameo, 1, ?) = ?)")
      parameters += [.text(category), .integer(Int64(category.unicodeScalars.count)), .text(category)]
    }
    let datedOnly = !query.includeUndated || query.from != nil || query.to != nil
    let order = """
      e.day_start, e.day_end, d.published IS NULL, d.published,
        e.document, e.sentence, e.char_start, e.id
      """
    var earlier: [Int64] = []
    if let from = query.from {
      if query.to.map({ $0 < from }) ?? false { return [] }
      earlier = try eventsReachingInto(from, conditions: conditions, parameters: parameters, limit: limit)
      if let limit, earlier.count >= limit { return earlier }
      conditions += ["e.day_start >= ?", "e.day_end >= ?"]
      parameters += [.integer(Int64(from.dayNumber)), .integer(Int64(from.dayNumber))]
    }
    if let to = query.to {
      conditions.append("e.day_start <= ?")
      parameters.append(.integer(Int64(to.dayNumber)))
    }
    if datedOnly {
      conditions.append("e.day_start IS NOT NULL")
      return earlier + (try datedTimelineIDs(conditions: conditions, parameters: parameters, limit: limit.map { $0 - earlier.count }))
    }
    // First the ids in order (narrow rows, so sorting is cheap), then their columns.
    var sql = "SELECT e.id FROM events AS e JOIN documents AS d ON d.key = e.document"
    if !conditions.isEmpty { sql += "\nWHERE " + conditions.joined(separator: "\n  AND ") }
    sql += "\nORDER BY " + (datedOnly ? "" : "e.day_start IS NULL, ") + order
    if let limit {
      sql += "\nLIMIT ?"
      parameters.append(.integer(Int64(limit - earlier.count)))
    }

    let statement = try db.prepare(sql)
    try statement.bind(parameters)
    var ids = earlier
    while try statement.step() { ids.append(statement.int64(0)) }
    return ids
  }

  /// Dated events that meet `conditions`, in timeline order (at most `limit`): the first
  /// `limit` of each span class's range of `events_by_span_class`, merged.
  private func datedTimelineIDs(conditions: [String], parameters: [SQLiteValue], limit: Int?) throws(StoreError)
    -> [Int64]
  {
    if limit == 0 { return [] }
    return try mergeSpanClasses(
      (0..<SpanClass.count).map { (values: [.integer(Int64($0))], first: nil) }, range: "e.span_class = ?",
      conditions: conditions, parameters: parameters, limit: limit)
  }

  /// Reads one range of `events_by_span_class` per class of `classes`, in that order (each
  /// class's `values` bind `range`, then `parameters` bind `conditions`), at most `limit` rows
  /// each, and merges them in timeline order (at most `limit`). A class with its `first`
  /// interval is not read once the rows kept fill the limit before that interval.
  private func mergeSpanClasses(
    _ classes: [(values: [SQLiteValue], first: (start: Int64, end: Int64)?)], range: String, conditions: [String],
    parameters: [SQLiteValue], limit: Int?
  ) throws(StoreError) -> [Int64] {
    let filters = [range, "e.day_start IS NOT NULL"] + conditions
    var sql = """
      SELECT e.id, e.day_start, e.day_end, d.published IS NULL, d.published, e.document, e.sentence, e.char_start
      FROM events AS e JOIN documents AS d ON d.key = e.document
      WHERE \(filters.joined(separator: " AND "))
      ORDER BY e.day_start, e.day_end, d.published IS NULL, d.published, e.document, e.sentence, e.char_start, e.id
      """
    if limit != nil { sql += "\nLIMIT ?" }
    let statement = try db.prepare(sql)
    var rows: [TimelineKey] = []
    for spanClass in classes {
      if let limit, let first = spanClass.first, rows.count >= limit,
        (rows[limit - 1].start, rows[limit - 1].end) < (first.start, first.end)
      {
        break
      }
      var values = spanClass.values + parameters
      if let limit { values.append(.integer(Int64(limit))) }
      try statement.bind(values)
      while try statement.step() {
        rows.append(
          TimelineKey(
            id: statement.int64(0), start: statement.int64(1), end: statement.int64(2),
            unpublished: statement.int64(3), published: statement.isNull(4) ? "" : statement.string(4),
            document: statement.int64(5), sentence: statement.int64(6), charStart: statement.int64(7)))
      }
      statement.reset()
      rows.sort()
      if let limit, rows.count > limit { rows.removeLast(rows.count - limit) }
    }
    return rows.map(\.id)
  }

  /// Events that began before `from` and end on or after it, in timeline order (at most
  /// `limit`), found per span class (``SpanClass``): an event of class *k* began at most
  /// ``SpanClass/maxDays(ofClass:longest:)`` days before `from`, one range of
  /// `events_by_span_class`. The classes are read in the order of their first interval, and
  /// reading stops once the rows found come before every interval of the classes left (a
  /// class that holds thousands of events of one year is not read for a window that the
  /// decades and centuries before it already fill).
  private func eventsReachingInto(
    _ from: CivilDate, conditions: [String], parameters: [SQLiteValue], limit: Int?
  ) throws(StoreError) -> [Int64] {
    let longest = try maxSpanDays()
    if longest == 0 || limit == 0 { return [] }
    let range = "e.span_class = ? AND e.day_start >= ? AND e.day_start < ? AND e.day_end >= ?"
    func rangeValues(_ k: Int) -> [SQLiteValue] {
      let reach = SpanClass.maxDays(ofClass: k, longest: longest)
      let day = Int64(from.dayNumber)
      return [.integer(Int64(k)), .integer(day - Int64(reach)), .integer(day), .integer(day)]
    }
    // Each class's first interval (read from the index alone).
    let first = try db.cached(
      """
      SELECT e.day_start, e.day_end FROM events AS e
      WHERE \(range) AND e.day_start IS NOT NULL ORDER BY e.day_start, e.day_end LIMIT 1
      """)
    var classes: [(k: Int, start: Int64, end: Int64)] = []
    for k in 0..<SpanClass.count {
      try first.bind(rangeValues(k))
      if try first.step() { classes.append((k, first.int64(0), first.int64(1))) }
      first.reset()
      if SpanClass.maxDays(ofClass: k, longest: longest) >= longest { break }
    }
    classes.sort { ($0.start, $0.end) < ($1.start, $1.end) }
    return try mergeSpanClasses(
      classes.map { (values: rangeValues($0.k), first: (start: $0.start, end: $0.end)) }, range: range,
      conditions: conditions, parameters: parameters, limit: limit)
  }

  /// Event ids of an actor timeline, in order, through `actor_events` (keyed in timeline
  /// order: for one actor the first rows of the index are the answer).
  private func actorTimelineIDs(_ actorIDs: [String], _ query: TimelineQuery, limit: Int?) throws(StoreError) -> [Int64] {
    // By number: one value per actor, so that a single actor's rows are one index range
    // in order (`IN` a subquery would make SQLite sort them).
    let numbers = try db.prepare(
      "SELECT number FROM actors WHERE id IN (\(Self.placeholders(actorIDs.count))) AND number IS NOT NULL")
    try numbers.bind(actorIDs.map { .text($0) })
    var parameters: [SQLiteValue] = []
    while try numbers.step() { parameters.append(.integer(numbers.int64(0))) }
    if parameters.isEmpty { return [] }
    var conditions = ["x.actor IN (\(Self.placeholders(parameters.count)))"]
    var join = ""
    if query.from != nil || query.to != nil || !query.includeUndated { conditions.append("x.undated = 0") }
    if let from = query.from {
      conditions.append("x.day_end >= ?")
      parameters.append(.integer(Int64(from.dayNumber)))
      conditions.append("x.day_start >= ?")
      parameters.append(.integer(Int64(from.dayNumber - (try maxSpanDays()))))
    }
    if let to = query.to {
      conditions.append("x.day_start <= ?")
      parameters.append(.integer(Int64(to.dayNumber)))
    }
    if let category = query.category?.trimmingSpaces, !category.isEmpty {
      join = " JOIN events AS e ON e.id = x.event"
      conditions.append("(upper(e.plover) = upper(?) OR substr(e.cameo, 1, ?) = ?)")
      parameters += [.text(category), .integer(Int64(category.unicodeScalars.count)), .text(category)]
    }
    // An event appears once per actor: with several actors, ask for enough rows to fill
    // the limit after dropping repeats.
    if let limit { parameters.append(.integer(Int64(limit) * Int64(actorIDs.count))) }
    let order = """
      x.undated, x.day_start, x.day_end, x.unpublished, x.published_day, x.document, x.sentence, x.char_start,
        x.event
      """
    /// The rows of `table` in timeline order: the key columns, the event last (`keys`), or
    /// the event alone.
    func rows(_ table: String, keys: Bool) throws(StoreError) -> Statement {
      var sql = """
        SELECT \(keys ? order : "x.event") FROM \(table) AS x\(join)
        WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order)
        """
      if limit != nil { sql += "\nLIMIT ?" }
      let statement = try db.prepare(sql)
      try statement.bind(parameters)
      return statement
    }
    func keyed(_ table: String) throws(StoreError) -> [[Int64]] {
      let statement = try rows(table, keys: true)
      var keys: [[Int64]] = []
      while try statement.step() { keys.append((0..<Self.actorEventKeyColumns).map { statement.int64(Int32($0)) }) }
      return keys
    }
    // Rows written by recent ingests into a large store are in `actor_events_recent` (see
    // `RecentActorEvents`), usually none: then the large table alone is the answer.
    let recent = try keyed("actor_events_recent")
    var ordered: [Int64] = []
    if recent.isEmpty {
      let statement = try rows("actor_events", keys: false)
      while try statement.step() { ordered.append(statement.int64(0)) }
    } else {
      ordered = Self.mergeKeyed(try keyed("actor_events"), recent).map { $0[Self.actorEventKeyColumns - 1] }
    }
    var seen = Set<Int64>()
    var ids: [Int64] = []
    for id in ordered where actorIDs.count == 1 || seen.insert(id).inserted { ids.append(id) }
    if let limit, ids.count > limit { ids.removeLast(ids.count - limit) }
    return ids
  }

  /// The key columns of an `actor_events` row after its actor, the event last.
  static let actorEventKeyColumns = 9

  /// Two lists of keys, each in ascending order, merged into one (ties: `a` first).
  static func mergeKeyed(_ a: [[Int64]], _ b: [[Int64]]) -> [[Int64]] {
    var merged: [[Int64]] = []
    merged.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && !b[j].lexicographicallyPrecedes(a[i])) {
        merged.append(a[i])
        i += 1
      } else {
        merged.append(b[j])
        j += 1
      }
    }
    return merged
  }

  /// The cluster of each of `ids` that belongs to one (events without a row are their own).
  private func clusterIDs(_ ids: [Int64]) throws(StoreError) -> [Int64: Int64] {
    if ids.isEmpty { return [:] }
    let statement = try db.cached(
      """
      SELECT c.event, c.cluster FROM json_each(?1) AS j JOIN event_clusters AS c ON c.event = j.value
      WHERE c.cluster <> c.event
      """)
    try statement.bind(1, "[" + ids.map(String.init).joined(separator: ",") + "]")
    defer { statement.reset() }
    var clusters: [Int64: Int64] = [:]
    while try statement.step() { clusters[statement.int64(0)] = statement.int64(1) }
    return clusters
  }

  /// One mention read for a timeline: its entry (with actors) and where it is.
  private struct Mention {
    var entry: TimelineEntry
    var source: EventSource
    var attributedActor: String?
  }

  /// Mentions of `ids` by id, with their actors.
  private func mentions(_ ids: [Int64]) throws(StoreError) -> [Int64: Mention] {
    if ids.isEmpty { return [:] }
    let n = Self.entryColumnCount
    let statement = try db.cached(
      """
      SELECT \(Self.entryColumns), e.sentence, e.char_start, e.char_end, e.attributed_actor
      FROM json_each(?1) AS j JOIN \(Self.entryTables) WHERE e.id = j.value
      """)
    try statement.bind(1, "[" + ids.map(String.init).joined(separator: ",") + "]")
    var byID: [Int64: Mention] = [:]
    byID.reserveCapacity(ids.count)
    while try statement.step() {
      let e = entry(statement)
      let source = EventSource(
        eventID: e.eventID, documentID: e.documentID, documentTitle: e.documentTitle,
        documentPublished: e.documentPublished, url: e.url, sentenceIndex: statement.int(n),
        start: statement.int(n + 1), end: statement.int(n + 2), sentence: e.sentence, trigger: e.trigger,
        date: e.date)
      byID[e.eventID] = Mention(entry: e, source: source, attributedActor: statement.optionalString(n + 3))
    }
    statement.reset()
    let actors = try eventActors(Array(byID.keys))
    for id in Array(byID.keys) { byID[id]?.entry.actors = actors[id] ?? [] }
    return byID
  }

  /// The cluster of one event and every mention of it, ordered like the sources of a
  /// merged timeline entry.
  func clusterSources(of id: Int64) throws(StoreError) -> (Int64, [EventSource]) {
    let cluster = try clusterIDs([id])[id] ?? id
    var ids: Set<Int64> = [id, cluster]
    let statement = try db.cached("SELECT event FROM event_clusters WHERE cluster = ?1 AND cluster <> event")
    try statement.bind(1, cluster)
    while try statement.step() { ids.insert(statement.int64(0)) }
    statement.reset()
    let byID = try mentions(Array(ids))
    return (cluster, Self.sourceOrder(byID.values.map(\.source)))
  }

  /// Sources by publication date (unknown last), document, sentence and position.
  static func sourceOrder(_ sources: [EventSource]) -> [EventSource] {
    sources.sorted { a, b in
      let x = (a.documentPublished?.dayNumber ?? .max, a.documentID, a.sentenceIndex ?? 0, a.start ?? 0, a.eventID)
      let y = (b.documentPublished?.dayNumber ?? .max, b.documentID, b.sentenceIndex ?? 0, b.start ?? 0, b.eventID)
      return x < y
    }
  }

  /// One entry per id, in that order, each its own only source.
  private func entries(_ ids: [Int64], clusterOf: [Int64: Int64]) throws(StoreError) -> [TimelineEntry] {
    let byID = try mentions(ids)
    return ids.compactMap { id in
      guard let m = byID[id] else { return nil }
      var entry = m.entry
      entry.cluster = clusterOf[id] ?? id
      entry.sources = [m.source]
      return entry
    }
  }

  /// One entry per cluster of `firsts` (the first matching mention of each, in timeline order).
  private func mergedEntries(
    _ firsts: [Int64], clusterOf: [Int64: Int64], query: TimelineQuery, actorIDs: [String]?
  ) throws(StoreError) -> [TimelineEntry] {
    if firsts.isEmpty { return [] }
    let clusters = firsts.map { clusterOf[$0] ?? $0 }
    var members: [Int64: [Int64]] = [:]
    let statement = try db.cached(
      """
      SELECT c.cluster, c.event FROM json_each(?1) AS j JOIN event_clusters AS c ON c.cluster = j.value
      WHERE c.cluster <> c.event
      """)
    try statement.bind(1, "[" + clusters.map(String.init).joined(separator: ",") + "]")
    while try statement.step() { members[statement.int64(0), default: []].append(statement.int64(1)) }
    statement.reset()
    var all = firsts
    for cluster in clusters {
      if let others = members[cluster] {
        all.append(cluster)
        all += others
      }
    }
    let byID = try mentions(Array(Set(all)))

    let wanted = actorIDs.map(Set.init)
    let category = query.category?.trimmingSpaces ?? ""
    let datedOnly = !query.includeUndated || query.from != nil || query.to != nil
    func matches(_ m: Mention) -> Bool {
      if let wanted, !m.entry.actors.contains(where: { wanted.contains($0.actorID) }),
        !(m.attributedActor.map { wanted.contains($0) } ?? false)
      {
        return false
      }
      if datedOnly && m.entry.range == nil { return false }
      if let from = query.from, let range = m.entry.range, range.end < from { return false }
      if let to = query.to, let range = m.entry.range, range.start > to { return false }
      if !category.isEmpty {
        guard let c = m.entry.category else { return false }
        if c.plover.uppercased() != category.uppercased() && !c.cameo.hasPrefix(category) { return false }
      }
      return true
    }
    func span(_ m: Mention) -> Int {
      guard let r = m.entry.range else { return .max }
      return r.end.dayNumber - r.start.dayNumber
    }

    var out: [TimelineEntry] = []
    out.reserveCapacity(firsts.count)
    var moved = false
    for (first, cluster) in zip(firsts, clusters) {
      guard let head = byID[first] else { continue }
      var shown = head
      var sources = [head.source]
      if let others = members[cluster] {
        var ids = Set(others)
        ids.insert(cluster)
        ids.remove(first)
        for id in ids.sorted() {
          guard let m = byID[id] else { continue }
          sources.append(m.source)
          if span(m) < span(shown), matches(m) { shown = m }
        }
        sources = Self.sourceOrder(sources)
      }
      if shown.entry.eventID != first { moved = true }
      var entry = shown.entry
      entry.cluster = cluster
      entry.sources = sources
      out.append(entry)
    }
    // A cluster shown by a more precise mention than its first may belong a little later.
    if moved {
      out = out.enumerated().sorted { a, b in
        func key(_ e: TimelineEntry) -> (Int, Int, Int) {
          guard let r = e.range else { return (1, 0, 0) }
          return (0, r.start.dayNumber, r.end.dayNumber)
        }
        let x = key(a.element)
        let y = key(b.element)
        return x != y ? x < y : a.offset < b.offset
      }.map(\.element)
    }
    return out
  }

  // MARK: Relations

  /// Source → target edges per PLOVER category, one count per event (every source ×
  /// every target argument), most frequent first; the mentions of one event cluster
  /// (the same event in several documents) count once, and all of them are evidence.
  /// Events without a category and self-loops are left out.
  ///
  /// Without a date filter the answer comes from the summary tables maintained on
  /// ingest (`relation_edges`, `relation_evidence`, `relation_cameos`); with `from` or
  /// `to` it is aggregated from the events.
  public func relations(_ query: RelationQuery) throws(StoreError) -> [RelationEdge] {
    if query.from == nil && query.to == nil { return try summaryRelations(query) }
    return try rawRelations(query)
  }

  /// The relations aggregated from the raw rows (the reference the summaries must equal).
  func rawRelations(_ query: RelationQuery) throws(StoreError) -> [RelationEdge] {
    var conditions = ["s.role = 'source'", "e.plover IS NOT NULL"]
    var parameters: [SQLiteValue] = []
    var wanted: Set<String>?
    if let actor = query.actor, !actor.trimmingSpaces.isEmpty {
      let ids = try resolveActor(actor)
      if ids.isEmpty { return [] }
      wanted = Set(ids)
      // Candidate events through the actor's events (`actor_events` and its recent rows,
      // which also hold the events attributed to the actor); pairs are checked below.
      let numbers = "SELECT number FROM actors WHERE id IN (\(Self.placeholders(ids.count)))"
      conditions.append(
        """
        s.event IN (SELECT event FROM actor_events WHERE actor IN (\(numbers))
          UNION ALL SELECT event FROM actor_events_recent WHERE actor IN (\(numbers)))
        """)
      parameters += ids.map { .text($0) } + ids.map { .text($0) }
    }
    if let from = query.from {
      conditions.append("e.date_end >= ?")
      parameters.append(.text(from.iso))
    }
    if let to = query.to {
      conditions.append("e.date_start <= ?")
      parameters.append(.text(to.iso))
    }
    // Rows come grouped by event (the arguments' primary key order), so pairs repeated
    // within one event (two mentions of the same actor) are dropped with a per-event set.
    let sql = """
      SELECT s.event, s.actor, t.actor, e.plover, e.cameo, e.date, e.date_start, e.date_end,
        coalesce(c.cluster, s.event)
      FROM event_arguments AS s
      JOIN events AS e ON e.id = s.event
      JOIN event_arguments AS t ON t.event = s.event AND t.role = 'target' AND t.actor <> s.actor
      LEFT JOIN event_clusters AS c ON c.event = s.event
      WHERE \(conditions.joined(separator: " AND "))
      ORDER BY s.event
      """
    let statement = try db.prepare(sql)
    try statement.bind(parameters)

    struct Key: Hashable {
      var source: String
      var target: String
      var category: String
    }
    struct Dated {
      var value: String
      var start: String
      var end: String
      var event: Int64
    }
    struct Aggregate {
      var events: [Int64] = []
      /// Distinct event clusters: the count (one event reported by several mentions counts once).
      var clusters = Set<Int64>()
      var cameos: [String: Int] = [:]
      var first: Dated?
      var last: Dated?
    }
    var aggregates: [Key: Aggregate] = [:]
    var currentEvent: Int64 = .min
    var seenInEvent = Set<Key>()
    while try statement.step() {
      let eventID = statement.int64(0)
      let key = Key(source: statement.string(1), target: statement.string(2), category: statement.string(3))
      if let wanted, !wanted.contains(key.source), !wanted.contains(key.target) { continue }
      if eventID != currentEvent {
        currentEvent = eventID
        seenInEvent.removeAll(keepingCapacity: true)
      }
      guard seenInEvent.insert(key).inserted else { continue }
      var aggregate = aggregates[key] ?? Aggregate()
      aggregate.events.append(eventID)
      aggregate.clusters.insert(statement.int64(8))
      if let cameo = statement.optionalString(4) { aggregate.cameos[cameo, default: 0] += 1 }
      if let value = statement.optionalString(5), let start = statement.optionalString(6) {
        let dated = Dated(value: value, start: start, end: statement.optionalString(7) ?? start, event: eventID)
        if let first = aggregate.first {
          if (dated.start, dated.end, dated.event) < (first.start, first.end, first.event) {
            aggregate.first = dated
          }
        } else {
          aggregate.first = dated
        }
        if let last = aggregate.last {
          if (dated.start, dated.end, dated.event) > (last.start, last.end, last.event) {
            aggregate.last = dated
          }
        } else {
          aggregate.last = dated
        }
      }
      aggregates[key] = aggregate
    }
    statement.reset()

    var nodes: [String: ActorNode] = [:]
    func node(_ id: String) throws(StoreError) -> ActorNode {
      if let known = nodes[id] { return known }
      let lookup = try db.cached("SELECT name, type, code FROM actors WHERE id = ?1")
      try lookup.bind(1, id)
      defer { lookup.reset() }
      var found = ActorNode(id: id, name: id, type: .group, code: nil)
      if try lookup.step() {
        found = ActorNode(
          id: id, name: lookup.string(0), type: ActorType(rawValue: lookup.string(1)) ?? .group,
          code: lookup.optionalString(2))
      }
      nodes[id] = found
      return found
    }

    var edges: [RelationEdge] = []
    for (key, aggregate) in aggregates where aggregate.clusters.count >= query.minCount {
      let cameo = aggregate.cameos.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
      edges.append(
        RelationEdge(
          source: try node(key.source), target: try node(key.target), category: key.category,
          cameo: cameo, count: aggregate.clusters.count, firstDate: aggregate.first?.value,
          lastDate: aggregate.last?.value, events: aggregate.events.sorted()))
    }
    Self.sortEdges(&edges)
    return edges
  }

  /// Most frequent first, then by names and category.
  /// Names, ids and categories are ranked once, so the sort compares integers.
  static func sortEdges(_ edges: inout [RelationEdge]) {
    if edges.count < 2 { return }
    var names = Set<String>()
    var ids = Set<String>()
    var categories = Set<String>()
    for edge in edges {
      names.insert(edge.source.name)
      names.insert(edge.target.name)
      ids.insert(edge.source.id)
      ids.insert(edge.target.id)
      categories.insert(edge.category)
    }
    func ranks(_ values: Set<String>) -> [String: Int] {
      var rank: [String: Int] = [:]
      for (n, value) in values.sorted().enumerated() { rank[value] = n }
      return rank
    }
    let name = ranks(names)
    let id = ranks(ids)
    let category = ranks(categories)
    typealias Key = (Int, Int, Int, Int, Int, Int)
    let keyed: [(key: Key, edge: RelationEdge)] = edges.map { edge in
      (
        (
          -edge.count, name[edge.source.name] ?? 0, name[edge.target.name] ?? 0, category[edge.category] ?? 0,
          id[edge.source.id] ?? 0, id[edge.target.id] ?? 0
        ), edge
      )
    }
    edges = keyed.sorted { $0.key < $1.key }.map(\.edge)
  }

  /// Graph nodes by actor id, looked up once each.
  func actorNodes(_ ids: some Sequence<String>) throws(StoreError) -> [String: ActorNode] {
    var nodes: [String: ActorNode] = [:]
    let lookup = try db.cached("SELECT name, type, code FROM actors WHERE id = ?1")
    for id in ids where nodes[id] == nil {
      try lookup.bind(1, id)
      var found = ActorNode(id: id, name: id, type: .group, code: nil)
      if try lookup.step() {
        found = ActorNode(
          id: id, name: lookup.string(0), type: ActorType(rawValue: lookup.string(1)) ?? .group,
          code: lookup.optionalString(2))
      }
      lookup.reset()
      nodes[id] = found
    }
    return nodes
  }

  /// The relations read from the summary tables.
  private func summaryRelations(_ query: RelationQuery) throws(StoreError) -> [RelationEdge] {
    struct Row {
      var id: Int64
      var source: String
      var target: String
      var plover: String
      var count: Int
      var first: String?
      var last: String?
    }
    var rows: [Row] = []
    let columns = "id, source, target, plover, count, first_date, last_date"
    func read(_ statement: Statement) throws(StoreError) {
      while try statement.step() {
        rows.append(
          Row(
            id: statement.int64(0), source: statement.string(1), target: statement.string(2),
            plover: statement.string(3), count: statement.int(4), first: statement.optionalString(5),
            last: statement.optionalString(6)))
      }
      statement.reset()
    }
    let minCount = max(1, query.minCount)
    var everything = true
    var wantedActors: [String]?
    if let actor = query.actor, !actor.trimmingSpaces.isEmpty {
      everything = false
      let ids = try resolveActor(actor)
      wantedActors = ids
      if ids.isEmpty { return [] }
      let bySource = try db.cached("SELECT \(columns) FROM relation_edges WHERE source = ?1 AND count >= ?2")
      let byTarget = try db.cached(
        "SELECT \(columns) FROM relation_edges WHERE target = ?1 AND source <> ?1 AND count >= ?2")
      var seen = Set<Int64>()
      for id in ids {
        for statement in [bySource, byTarget] {
          try statement.bind(1, id)
          try statement.bind(2, minCount)
          try read(statement)
        }
      }
      rows = rows.filter { seen.insert($0.id).inserted }
    } else {
      let all = try db.cached("SELECT \(columns) FROM relation_edges WHERE count >= ?1 ORDER BY id")
      try all.bind(1, minCount)
      try read(all)
    }
    if rows.isEmpty { return [] }

    // Evidence and CAMEO counts: one ordered scan when most edges are wanted, else lookups.
    var position: [Int64: Int] = [:]
    position.reserveCapacity(rows.count)
    for (n, row) in rows.enumerated() { position[row.id] = n }
    var events = [[Int64]](repeating: [], count: rows.count)
    var cameos = [[String: Int]](repeating: [:], count: rows.count)
    if everything {
      let evidence = try db.cached("SELECT edge, event FROM relation_evidence")
      var current: Int64 = .min
      var slot: Int?
      while try evidence.step() {
        let edge = evidence.int64(0)
        if edge != current {
          current = edge
          slot = position[edge]
        }
        if let slot { events[slot].append(evidence.int64(1)) }
      }
      evidence.reset()
      let codes = try db.cached("SELECT edge, cameo, count FROM relation_cameos")
      while try codes.step() {
        if let slot = position[codes.int64(0)] { cameos[slot][codes.string(1)] = codes.int(2) }
      }
      codes.reset()
    } else if let actorIDs = wantedActors {
      let sources = Set(actorIDs)
      // The edges of the actor, joined to their evidence and CAMEO counts in one pass each.
      for column in ["source", "target"] {
        let evidence = try db.cached(
          """
          SELECT r.id, v.event FROM relation_edges AS r JOIN relation_evidence AS v ON v.edge = r.id
          WHERE r.\(column) = ?1 AND r.count >= ?2
          """)
        let codes = try db.cached(
          """
          SELECT r.id, c.cameo, c.count FROM relation_edges AS r JOIN relation_cameos AS c ON c.edge = r.id
          WHERE r.\(column) = ?1 AND r.count >= ?2
          """)
        for id in actorIDs {
          try evidence.bind(1, id)
          try evidence.bind(2, minCount)
          while try evidence.step() {
            guard let slot = position[evidence.int64(0)] else { continue }
            // An edge whose source is one of the actors was read in the source pass.
            if column == "target" && sources.contains(rows[slot].source) { continue }
            events[slot].append(evidence.int64(1))
          }
          evidence.reset()
          try codes.bind(1, id)
          try codes.bind(2, minCount)
          while try codes.step() {
            guard let slot = position[codes.int64(0)] else { continue }
            cameos[slot][codes.string(1)] = codes.int(2)
          }
          codes.reset()
        }
      }
    }

    let nodes = try actorNodes(rows.lazy.flatMap { [$0.source, $0.target] })
    var edges: [RelationEdge] = []
    edges.reserveCapacity(rows.count)
    for (n, row) in rows.enumerated() {
      let cameo = cameos[n].max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
      let unknown = ActorNode(id: row.source, name: row.source, type: .group, code: nil)
      edges.append(
        RelationEdge(
          source: nodes[row.source] ?? unknown,
          target: nodes[row.target] ?? ActorNode(id: row.target, name: row.target, type: .group, code: nil),
          category: row.plover, cameo: cameo, count: row.count, firstDate: row.first, lastDate: row.last,
          events: events[n]))
    }
    Self.sortEdges(&edges)
    return edges
  }

  // MARK: Neighbourhood

  /// The actors within `hops` relation edges of `actor` (edges followed in either
  /// direction, any category), with the edges among them. Edges carry counts, dates
  /// and the most frequent CAMEO code but no evidence (`events` is empty); ask
  /// ``relations(_:)`` for an actor to get it.
  public func neighbourhood(actor: String, hops: Int = 2, minCount: Int = 1) throws(StoreError) -> ActorNeighbourhood {
    let start = try resolveActor(actor)
    if start.isEmpty { return ActorNeighbourhood(actors: [], edges: []) }
    var distance: [String: Int] = [:]
    for id in start { distance[id] = 0 }
    var frontier = start
    struct Row {
      var id: Int64
      var source: String
      var target: String
      var plover: String
      var count: Int
      var first: String?
      var last: String?
    }
    var rows: [Int64: Row] = [:]
    let bySource = try db.cached(
      "SELECT id, source, target, plover, count, first_date, last_date FROM relation_edges WHERE source = ?1 AND count >= ?2")
    let byTarget = try db.cached(
      "SELECT id, source, target, plover, count, first_date, last_date FROM relation_edges WHERE target = ?1 AND count >= ?2")
    for hop in 0..<max(0, hops) {
      var next: [String] = []
      for id in frontier {
        for statement in [bySource, byTarget] {
          try statement.bind(1, id)
          try statement.bind(2, max(1, minCount))
          while try statement.step() {
            let row = Row(
              id: statement.int64(0), source: statement.string(1), target: statement.string(2),
              plover: statement.string(3), count: statement.int(4), first: statement.optionalString(5),
              last: statement.optionalString(6))
            rows[row.id] = row
            for other in [row.source, row.target] where distance[other] == nil {
              distance[other] = hop + 1
              next.append(other)
            }
          }
          statement.reset()
        }
      }
      frontier = next
    }
    let nodes = try actorNodes(distance.keys)
    // Most frequent CAMEO code per edge: lookups for a few edges, one scan for many.
    var codes: [Int64: (code: String, count: Int)] = [:]
    func offer(_ edge: Int64, _ code: String, _ count: Int) {
      if let known = codes[edge], known.count > count || (known.count == count && known.code <= code) { return }
      codes[edge] = (code, count)
    }
    if rows.count > 256 {
      let scan = try db.cached("SELECT edge, cameo, count FROM relation_cameos")
      while try scan.step() {
        let edge = scan.int64(0)
        if rows[edge] != nil { offer(edge, scan.string(1), scan.int(2)) }
      }
      scan.reset()
    } else {
      let lookup = try db.cached("SELECT cameo, count FROM relation_cameos WHERE edge = ?1")
      for edge in rows.keys {
        try lookup.bind(1, edge)
        while try lookup.step() { offer(edge, lookup.string(0), lookup.int(1)) }
        lookup.reset()
      }
    }
    var edges: [RelationEdge] = []
    edges.reserveCapacity(rows.count)
    for row in rows.values {
      guard let source = nodes[row.source], let target = nodes[row.target] else { continue }
      edges.append(
        RelationEdge(
          source: source, target: target, category: row.plover, cameo: codes[row.id]?.code, count: row.count,
          firstDate: row.first, lastDate: row.last, events: []))
    }
    Self.sortEdges(&edges)
    let actors = distance.compactMap { id, hops in nodes[id].map { NeighbourhoodActor(actor: $0, hops: hops) } }
      .sorted { a, b in a.hops != b.hops ? a.hops < b.hops : (a.actor.name, a.actor.id) < (b.actor.name, b.actor.id) }
    return ActorNeighbourhood(actors: actors, edges: edges)
  }

  // MARK: Actors

  /// Every actor with its aliases and counts (events include those attributed to it),
  /// most mentioned first, then by name.
  public func actors() throws(StoreError) -> [ActorSummary] {
    var aliases: [String: [String]] = [:]
    let aliasRows = try db.prepare(
      """
      SELECT l.actor, l.alias FROM actor_aliases AS l JOIN actors AS a ON a.id = l.actor
      WHERE l.count > 0 AND l.alias <> a.name
      """)
    while try aliasRows.step() { aliases[aliasRows.string(0), default: []].append(aliasRows.string(1)) }

    let statement = try db.prepare(
      """
      SELECT a.id, a.name, a.type, a.code, a.country, a.resolved,
        coalesce(c.mentions, 0), coalesce(c.documents, 0), coalesce(c.events, 0)
      FROM actors AS a LEFT JOIN actor_counts AS c ON c.actor = a.id
      """)
    var summaries: [ActorSummary] = []
    while try statement.step() {
      let entity = ActorEntity(
        id: statement.string(0), name: statement.string(1),
        type: ActorType(rawValue: statement.string(2)) ?? .group, code: statement.optionalString(3),
        country: statement.optionalString(4), resolved: statement.bool(5))
      summaries.append(
        ActorSummary(
          actor: entity, aliases: (aliases[entity.id] ?? []).sorted(), mentions: statement.int(6),
          documents: statement.int(7), events: statement.int(8)))
    }
    summaries.sort { a, b in
      if a.mentions != b.mentions { return a.mentions > b.mentions }
      if a.actor.name != b.actor.name { return a.actor.name < b.actor.name }
      return a.actor.id < b.actor.id
    }
    return summaries
  }

  // MARK: One event

  /// One event with its provenance: code-point offsets of the trigger, sentence, time
  /// expression and argument mentions, and the rules behind each.
  public func event(id: Int64) throws(StoreError) -> EventDetail? {
    let n = Self.entryColumnCount
    let statement = try db.prepare(
      """
      SELECT \(Self.entryColumns), e.tense, e.aspect, e.sentence, e.char_start, e.char_end, e.rules,
        e.time_expression, e.time_relation, e.date_rule, e.attributed_to, d.origin,
        s.char_start, s.char_end
      FROM \(Self.entryTables)
      WHERE e.id = ?1
      """)
    try statement.bind(1, id)
    guard try statement.step() else { return nil }
    var entry = entry(statement)
    let tense = EventTense(rawValue: statement.string(n)) ?? .none
    let aspect = EventAspect(rawValue: statement.string(n + 1)) ?? .none
    let sentenceIndex = statement.int(n + 2)
    let trigger = Provenance(
      documentID: entry.documentID, sentenceIndex: sentenceIndex, start: statement.int(n + 3),
      end: statement.int(n + 4), text: entry.trigger, rule: statement.string(n + 5))
    let timeID = statement.optionalInt64(n + 6)
    let timeRelation = statement.optionalString(n + 7)
    let dateRule = statement.optionalString(n + 8)
    let attributedID = statement.optionalInt64(n + 9)
    let origin = statement.optionalString(n + 10)
    let sentence = Provenance(
      documentID: entry.documentID, sentenceIndex: sentenceIndex, start: statement.optionalInt(n + 11) ?? 0,
      end: statement.optionalInt(n + 12) ?? 0, text: entry.sentence, rule: "sentence")
    statement.reset()
    entry.actors = try eventActors([id])[id] ?? []
    (entry.cluster, entry.sources) = try clusterSources(of: id)

    var time: TimeDetail?
    if let timeID {
      let t = try db.prepare(
        """
        SELECT type, value, mod, anchor, sentence, char_start, char_end, text, rule
        FROM time_expressions WHERE id = ?1
        """)
      try t.bind(1, timeID)
      if try t.step() {
        time = TimeDetail(
          type: TimexType(rawValue: t.string(0)) ?? .date, value: t.string(1), mod: t.optionalString(2),
          anchor: TimeAnchor(rawValue: t.string(3)) ?? .unresolved,
          provenance: Provenance(
            documentID: entry.documentID, sentenceIndex: t.int(4), start: t.int(5), end: t.int(6),
            text: t.string(7), rule: t.string(8)))
      }
    }

    let mentionColumns = """
      c.id, c.name, c.type, m.code, m.text, m.sentence, m.char_start, m.char_end, m.rule
      """
    let documentID = entry.documentID
    func mentionActor(_ row: Statement, role: ArgumentRole) -> (EventActor, Provenance) {
      let actor = EventActor(
        actorID: row.string(0), name: row.string(1), type: ActorType(rawValue: row.string(2)) ?? .group,
        role: role, code: row.optionalString(3), mention: row.string(4))
      let provenance = Provenance(
        documentID: documentID, sentenceIndex: row.int(5), start: row.int(6), end: row.int(7),
        text: row.string(4), rule: row.string(8))
      return (actor, provenance)
    }

    var arguments: [ArgumentDetail] = []
    let a = try db.prepare(
      """
      SELECT \(mentionColumns), a.role, a.rule
      FROM event_arguments AS a JOIN actor_mentions AS m ON m.id = a.mention
      JOIN actors AS c ON c.id = m.actor
      WHERE a.event = ?1 ORDER BY a.idx
      """)
    try a.bind(1, id)
    while try a.step() {
      let (actor, provenance) = mentionActor(a, role: ArgumentRole(rawValue: a.string(9)) ?? .other)
      arguments.append(ArgumentDetail(actor: actor, mention: provenance, argumentRule: a.string(10)))
    }

    var attributedTo: EventActor?
    if let attributedID {
      let m = try db.prepare(
        "SELECT \(mentionColumns) FROM actor_mentions AS m JOIN actors AS c ON c.id = m.actor WHERE m.id = ?1")
      try m.bind(1, attributedID)
      if try m.step() { attributedTo = mentionActor(m, role: .source).0 }
    }

    return EventDetail(
      entry: entry, tense: tense, aspect: aspect, trigger: trigger, sentence: sentence, time: time,
      dateRule: dateRule, timeRelation: timeRelation, arguments: arguments, attributedTo: attributedTo,
      documentOrigin: origin)
  }

  // MARK: Documents

  /// A stored document rebuilt as an ``Article`` (title and body split again), for
  /// re-running extraction.
  public func document(id: String) throws(StoreError) -> StoredDocument? {
    let statement = try db.prepare(
      """
      SELECT id, title, text, published, url, source, origin, format, content_hash, headline_length
      FROM documents WHERE id = ?1
      """)
    try statement.bind(1, id)
    guard try statement.step() else { return nil }
    let title = statement.optionalString(1)
    let text = statement.string(2)
    let published = statement.optionalString(3).flatMap { CivilDate(iso: $0) }
    let body = Self.body(of: text, title: title, headlineLength: statement.int(9))
    let article = Article(
      id: statement.string(0), title: title, body: body, published: published, url: statement.optionalString(4),
      source: statement.optionalString(5), origin: statement.optionalString(6),
      format: ArticleFormat(rawValue: statement.string(7)) ?? .text)
    return StoredDocument(
      documentID: statement.string(0), article: article, published: published,
      contentHash: statement.string(8))
  }

  /// Splits the stored full text back into the body: ``Article/fullText`` is the
  /// title, a blank line, then the body.
  static func body(of text: String, title: String?, headlineLength: Int) -> String {
    if let title, !title.isEmpty {
      let prefix = title + "\n\n"
      if text.hasPrefix(prefix) { return String(text.dropFirst(prefix.count)) }
    }
    guard headlineLength > 0 else { return text }
    let utf8 = text.utf8
    var index = utf8.index(utf8.startIndex, offsetBy: min(headlineLength, utf8.count))
    while index < utf8.endIndex, utf8[index] == UInt8(ascii: "\n") || utf8[index] == UInt8(ascii: "\r") {
      index = utf8.index(after: index)
    }
    return String(text[index...])
  }

  /// Ids of all stored documents, sorted.
  public func documentIDs() throws(StoreError) -> [String] {
    let statement = try db.prepare("SELECT id FROM documents ORDER BY id")
    var ids: [String] = []
    while try statement.step() { ids.append(statement.string(0)) }
    return ids
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line breaks.
  fileprivate var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}

/// The timeline order of an event (date interval, publication, place in its document, id),
/// for merging rows read in separate queries.
struct TimelineKey: Comparable {
  var id: Int64
  /// The interval's day numbers.
  var start: Int64
  var end: Int64
  /// 1 when the document has no publication date (those come after the others).
  var unpublished: Int64
  var published: String
  var document: Int64
  var sentence: Int64
  var charStart: Int64

  static func < (a: TimelineKey, b: TimelineKey) -> Bool {
    if a.start != b.start { return a.start < b.start }
    if a.end != b.end { return a.end < b.end }
    if a.unpublished != b.unpublished { return a.unpublished < b.unpublished }
    if a.published != b.published { return a.published < b.published }
    if a.document != b.document { return a.document < b.document }
    if a.sentence != b.sentence { return a.sentence < b.sentence }
    if a.charStart != b.charStart { return a.charStart < b.charStart }
    return a.id < b.id
  }
}
