import ChronicleExtraction

/// Maintenance of the summary tables of schema version 2 (`relation_edges`,
/// `relation_evidence`, `relation_cameos`, `actor_counts`, `store_stats`): every
/// ingest adds the new document's share, every removal takes it out again, inside the
/// same transaction as the raw rows.
extension SQLiteEventStore {
  /// Identifies one relation edge.
  struct EdgeKey: Hashable {
    var source: String
    var target: String
    var plover: String
  }

  /// One dated event behind an edge, ordered as the relations query orders them.
  struct DatedEvent {
    var date: String
    var start: String
    var end: String
    var event: Int64

    static func precedes(_ a: DatedEvent, _ b: DatedEvent) -> Bool {
      (a.start, a.end, a.event) < (b.start, b.end, b.event)
    }
  }

  /// What one document adds to an edge.
  struct EdgeDelta {
    var events: [Int64] = []
    /// Distinct event clusters of ``events``: the edge's count grows by those it lacks.
    var clusters: [Int64] = []
    /// Events per CAMEO code, in the order the codes came (a document brings one or two per
    /// edge: a list, not a dictionary built for each edge and document).
    var cameos: [(code: String, count: Int)] = []
    var first: DatedEvent?
    var last: DatedEvent?

    mutating func add(event: Int64, cluster: Int64, cameo: String?, dated: DatedEvent?) {
      events.append(event)
      if !clusters.contains(cluster) { clusters.append(cluster) }
      if let cameo {
        if let known = cameos.firstIndex(where: { $0.code == cameo }) {
          cameos[known].count += 1
        } else {
          cameos.append((cameo, 1))
        }
      }
      if let dated {
        if first.map({ DatedEvent.precedes(dated, $0) }) ?? true { first = dated }
        if last.map({ DatedEvent.precedes($0, dated) }) ?? true { last = dated }
      }
    }
  }

  /// Per-actor counts one document contributes.
  struct ActorDelta {
    var mentions = 0
    var events = 0
  }

  // MARK: Ingest

  /// Adds a freshly inserted document to the summaries: its `actor_events` and
  /// `actor_counts` rows (built ahead in `document`, written by the caller), the longest
  /// interval and the relation edges. `eventIDs` and `clusters` are parallel to the
  /// result's events.
  func addSummaries(_ document: PreparedDocument, documentKey: Int64, eventIDs: [Int64], clusters: [Int64])
    throws(StoreError)
  {
    let result = document.result
    let ranges = document.ranges

    // Longest date interval.
    let span = document.span
    if span > 0 {
      let stat = try db.statement(
        """
        INSERT INTO store_stats (name, value) VALUES ('max_span_days', ?1)
        ON CONFLICT (name) DO UPDATE SET value = max(store_stats.value, excluded.value)
        """)
      try stat.bind(1, span)
      try stat.run()
    }

    // Relation edges: every source × every other target of a categorized event, once per event.
    var deltas: [EdgeKey: EdgeDelta] = [:]
    deltas.reserveCapacity(result.events.count)
    var order: [EdgeKey] = []
    var pairs: [EdgeKey] = []
    for (n, event) in result.events.enumerated() {
      guard let category = event.category else { continue }
      pairs.removeAll(keepingCapacity: true)
      for s in event.arguments where s.role == .source {
        let source = result.actors[s.mention].entity.id
        for t in event.arguments where t.role == .target {
          let target = result.actors[t.mention].entity.id
          if target == source { continue }
          let key = EdgeKey(source: source, target: target, plover: category.plover)
          if !pairs.contains(key) { pairs.append(key) }
        }
      }
      if pairs.isEmpty { continue }
      var dated: DatedEvent?
      if let date = event.date, let range = ranges[n] {
        dated = DatedEvent(date: date, start: range.start.iso, end: range.end.iso, event: eventIDs[n])
      }
      let cluster = clusters.indices.contains(n) ? clusters[n] : eventIDs[n]
      for key in pairs {
        // A known key's delta changes in place (one lookup); a new one is built, then stored.
        if let known = deltas.index(forKey: key) {
          deltas.values[known].add(event: eventIDs[n], cluster: cluster, cameo: category.cameo, dated: dated)
        } else {
          var delta = EdgeDelta()
          delta.add(event: eventIDs[n], cluster: cluster, cameo: category.cameo, dated: dated)
          order.append(key)
          deltas[key] = delta
        }
      }
    }
    let own = Set(eventIDs)
    for key in order {
      guard let delta = deltas[key] else { continue }
      try addEdge(key, delta, documentKey: documentKey, ownEvents: own)
    }
  }

  /// Adds one document's share of an edge to the batch's waiting edges (``PendingEdges``),
  /// reading the stored edge the first time the batch names it.
  private func addEdge(_ key: EdgeKey, _ delta: EdgeDelta, documentKey: Int64, ownEvents: Set<Int64>) throws(StoreError) {
    let edges = pending.edges
    let slot: Int
    if let known = edges.slot(of: key) {
      slot = known
    } else {
      let find = try db.statement(
        """
        SELECT id, first_date, first_start, first_end, first_event, last_date, last_start, last_end, last_event
        FROM relation_edges WHERE source = ?1 AND target = ?2 AND plover = ?3
        """)
      try find.bind(1, key.source)
      try find.bind(2, key.target)
      try find.bind(3, key.plover)
      var stored = PendingEdges.Edge(key: key)
      if try find.step() {
        stored.id = find.int64(0)
        if let date = find.optionalString(1) {
          stored.first = DatedEvent(date: date, start: find.string(2), end: find.string(3), event: find.int64(4))
        }
        if let date = find.optionalString(5) {
          stored.last = DatedEvent(date: date, start: find.string(6), end: find.string(7), event: find.int64(8))
        }
      }
      find.reset()
      slot = edges.add(stored)
    }
    // Count clusters: one the edge already has from another document adds nothing. Only
    // clusters begun by another document can be there already: in the stored evidence, or
    // in the evidence of an earlier document of this batch, still waiting.
    var added = delta.clusters.count
    for cluster in delta.clusters where !ownEvents.contains(cluster) {
      if edges.list[slot].clusters.contains(cluster) {
        added -= 1
      } else if let id = edges.list[slot].id, try edgeHasCluster(id, cluster, excludingDocument: documentKey) {
        added -= 1
      }
    }
    edges.list[slot].add(delta, added: added)
  }

  // MARK: Removal

  /// Takes a document (about to be deleted) out of the summaries.
  func removeSummaries(documentKey key: Int64) throws(StoreError) {
    // Actor counts.
    var actors: [String: ActorDelta] = [:]
    let mentions = try db.statement("SELECT actor, count(*) FROM actor_mentions WHERE document = ?1 GROUP BY actor")
    try mentions.bind(1, key)
    while try mentions.step() { actors[mentions.string(0), default: ActorDelta()].mentions = mentions.int(1) }
    mentions.reset()
    let events = try db.statement(
      """
      SELECT actor, count(*) FROM (
        SELECT a.actor AS actor, a.event AS event FROM events AS e JOIN event_arguments AS a ON a.event = e.id
        WHERE e.document = ?1
        UNION SELECT attributed_actor, id FROM events WHERE document = ?1 AND attributed_actor IS NOT NULL)
      GROUP BY actor
      """)
    try events.bind(1, key)
    while try events.step() { actors[events.string(0), default: ActorDelta()].events = events.int(1) }
    events.reset()
    let uncount = try db.statement(
      """
      UPDATE actor_counts SET mentions = mentions - ?2, documents = documents - 1, events = events - ?3
      WHERE actor = ?1
      """)
    let drop = try db.statement("DELETE FROM actor_counts WHERE actor = ?1 AND mentions <= 0")
    for (actor, delta) in actors {
      try uncount.bind(1, actor)
      try uncount.bind(2, delta.mentions)
      try uncount.bind(3, delta.events)
      try uncount.run()
      try drop.bind(1, actor)
      try drop.run()
    }

    // Actor timelines: the rows are found by their full key (the events' day numbers, which
    // the ingest wrote from the same intervals; the publication day from the document's date).
    let rows = try db.statement(
      """
      SELECT n.number, e.day_start, e.day_end, d.published, e.sentence, e.char_start, e.id
      FROM events AS e JOIN documents AS d ON d.key = e.document JOIN event_arguments AS a ON a.event = e.id
      JOIN actors AS n ON n.id = a.actor
      WHERE e.document = ?1
      UNION
      SELECT n.number, e.day_start, e.day_end, d.published, e.sentence, e.char_start, e.id
      FROM events AS e JOIN documents AS d ON d.key = e.document JOIN actors AS n ON n.id = e.attributed_actor
      WHERE e.document = ?1
      """)
    // The row is in one of the two tables (see `RecentActorEvents`).
    let deletes = try ["actor_events", "actor_events_recent"].map { (table) throws(StoreError) in
      try db.cached(
        """
        DELETE FROM \(table) WHERE actor = ?1 AND undated = ?2 AND day_start = ?3 AND day_end = ?4
          AND unpublished = ?5 AND published_day = ?6 AND document = ?7 AND sentence = ?8 AND char_start = ?9
          AND event = ?10
        """)
    }
    try rows.bind(1, key)
    var keys: [(actor: Int64, start: Int64?, end: Int64?, published: Int?, sentence: Int64, charStart: Int64, event: Int64)] = []
    while try rows.step() {
      let start: Int64? = rows.isNull(1) ? nil : rows.int64(1)
      let end: Int64? = rows.isNull(2) ? start : rows.int64(2)
      keys.append(
        (rows.int64(0), start, end, rows.optionalString(3).flatMap(Self.dayNumber(iso:)), rows.int64(4),
         rows.int64(5), rows.int64(6)))
    }
    rows.reset()
    for k in keys {
      for statement in deletes {
        try statement.bind(1, k.actor)
        try statement.bind(2, k.start == nil)
        try statement.bind(3, k.start ?? 0)
        try statement.bind(4, k.start == nil ? 0 : k.end ?? 0)
        try statement.bind(5, k.published == nil)
        try statement.bind(6, k.published ?? 0)
        try statement.bind(7, key)
        try statement.bind(8, k.sentence)
        try statement.bind(9, k.charStart)
        try statement.bind(10, k.event)
        try statement.run()
      }
    }

    // Relation edges.
    let pairs = try db.statement(
      """
      SELECT DISTINCT r.id, e.id, e.cameo
      FROM events AS e JOIN event_arguments AS s ON s.event = e.id AND s.role = 'source'
      JOIN event_arguments AS t ON t.event = e.id AND t.role = 'target' AND t.actor <> s.actor
      JOIN relation_edges AS r ON r.source = s.actor AND r.target = t.actor AND r.plover = e.plover
      WHERE e.document = ?1 AND e.plover IS NOT NULL
      ORDER BY r.id, e.id
      """)
    try pairs.bind(1, key)
    var removed: [(edge: Int64, events: Set<Int64>, cameos: [String: Int])] = []
    while try pairs.step() {
      let edge = pairs.int64(0)
      if removed.last?.edge != edge { removed.append((edge, [], [:])) }
      removed[removed.count - 1].events.insert(pairs.int64(1))
      if let cameo = pairs.optionalString(2) { removed[removed.count - 1].cameos[cameo, default: 0] += 1 }
    }
    pairs.reset()
    for (edge, events, cameos) in removed {
      // The edge loses the clusters that no other document's evidence keeps.
      var clusters = Set<Int64>()
      for event in events { clusters.insert(try cluster(of: event)) }
      var lost = 0
      for cluster in clusters where !(try edgeHasCluster(edge, cluster, excludingDocument: key)) { lost += 1 }
      try removeFromEdge(edge, events: events, lost: lost, cameos: cameos)
    }
  }

  private func removeFromEdge(_ edge: Int64, events: Set<Int64>, lost: Int, cameos: [String: Int]) throws(StoreError) {
    let evidence = try db.statement("DELETE FROM relation_evidence WHERE edge = ?1 AND event = ?2")
    for event in events {
      try evidence.bind(1, edge)
      try evidence.bind(2, event)
      try evidence.run()
    }
    let cameo = try db.statement(
      "UPDATE relation_cameos SET count = count - ?3 WHERE edge = ?1 AND cameo = ?2")
    for (code, n) in cameos {
      try cameo.bind(1, edge)
      try cameo.bind(2, code)
      try cameo.bind(3, n)
      try cameo.run()
    }
    let dropCameos = try db.statement("DELETE FROM relation_cameos WHERE edge = ?1 AND count <= 0")
    try dropCameos.bind(1, edge)
    try dropCameos.run()

    let state = try db.statement("SELECT count, first_event, last_event FROM relation_edges WHERE id = ?1")
    try state.bind(1, edge)
    guard try state.step() else {
      state.reset()
      return
    }
    let remaining = state.int(0) - lost
    let firstGone = state.optionalInt64(1).map { events.contains($0) } ?? false
    let lastGone = state.optionalInt64(2).map { events.contains($0) } ?? false
    state.reset()
    if remaining <= 0 {
      let drop = try db.statement("DELETE FROM relation_edges WHERE id = ?1")
      try drop.bind(1, edge)
      try drop.run()
      return
    }
    let update = try db.statement("UPDATE relation_edges SET count = ?2 WHERE id = ?1")
    try update.bind(1, edge)
    try update.bind(2, remaining)
    try update.run()
    // The earliest or latest event went: find the new one among the remaining evidence.
    if firstGone {
      let first = try db.statement(
        """
        UPDATE relation_edges SET (first_date, first_start, first_end, first_event) = (
          SELECT e.date, e.date_start, coalesce(e.date_end, e.date_start), e.id
          FROM relation_evidence AS v JOIN events AS e ON e.id = v.event
          WHERE v.edge = ?1 AND e.date IS NOT NULL AND e.date_start IS NOT NULL
          ORDER BY e.date_start, coalesce(e.date_end, e.date_start), e.id LIMIT 1)
        WHERE id = ?1
        """)
      try first.bind(1, edge)
      try first.run()
    }
    if lastGone {
      let last = try db.statement(
        """
        UPDATE relation_edges SET (last_date, last_start, last_end, last_event) = (
          SELECT e.date, e.date_start, coalesce(e.date_end, e.date_start), e.id
          FROM relation_evidence AS v JOIN events AS e ON e.id = v.event
          WHERE v.edge = ?1 AND e.date IS NOT NULL AND e.date_start IS NOT NULL
          ORDER BY e.date_start DESC, coalesce(e.date_end, e.date_start) DESC, e.id DESC LIMIT 1)
        WHERE id = ?1
        """)
      try last.bind(1, edge)
      try last.run()
    }
  }

  // MARK: Statistics

  /// Upper bound of the length in days of any stored event's date interval (read
  /// afresh: another connection may have stored a longer one).
  func maxSpanDays() throws(StoreError) -> Int {
    let statement = try db.statement("SELECT value FROM store_stats WHERE name = 'max_span_days'")
    defer { statement.reset() }
    return try statement.step() ? statement.int(0) : 0
  }
}

/// The relation-edge updates of the documents of one ingest transaction, merged per edge
/// (``SQLiteEventStore/EdgeKey``) and written once per edge when the batch's rows are
/// written (``IngestRows/flushAll(_:removing:)``): the sum of the documents' counts, the
/// earliest and latest of their dated events, their evidence (many rows per statement) and
/// CAMEO counts. The tables end as with one update per edge and document — new edges get
/// their ids in the order the batch first names them, as the documents inserted them —,
/// for four statements per edge and document before.
final class PendingEdges {
  typealias EdgeKey = SQLiteEventStore.EdgeKey
  typealias DatedEvent = SQLiteEventStore.DatedEvent

  /// One edge: as stored before the batch (`id`, `first`, `last`) merged with what the
  /// batch's documents add.
  struct Edge {
    let key: EdgeKey
    /// The stored edge's id; `nil` for an edge the batch creates.
    var id: Int64?
    var first: DatedEvent?
    var last: DatedEvent?
    /// Clusters the batch adds to the edge's count.
    var added = 0
    var evidence: [Int64] = []
    var cameos: [String: Int] = [:]
    /// Clusters of ``evidence``: a later document's mention of one of them adds nothing.
    var clusters: Set<Int64> = []

    init(key: EdgeKey) { self.key = key }

    /// Adds one document's share, of which `added` clusters are new to the edge.
    mutating func add(_ delta: SQLiteEventStore.EdgeDelta, added: Int) {
      self.added += added
      if let candidate = delta.first, first.map({ DatedEvent.precedes(candidate, $0) }) ?? true { first = candidate }
      if let candidate = delta.last, last.map({ DatedEvent.precedes($0, candidate) }) ?? true { last = candidate }
      evidence += delta.events
      for (code, n) in delta.cameos { cameos[code, default: 0] += n }
      clusters.formUnion(delta.clusters)
    }
  }

  /// The waiting edges in the order the batch first named them.
  var list: [Edge] = []
  private var slots: [EdgeKey: Int] = [:]
  /// Multi-row `relation_evidence` inserts by log2 of their row count.
  private var evidenceStatements: [Statement?] = Array(repeating: nil, count: 5)

  var isEmpty: Bool { list.isEmpty }

  /// The index in ``list`` of the edge `key`, when the batch has named it.
  func slot(of key: EdgeKey) -> Int? { slots[key] }

  /// Adds an edge the batch names for the first time; returns its index in ``list``.
  func add(_ edge: Edge) -> Int {
    slots[edge.key] = list.count
    list.append(edge)
    return list.count - 1
  }

  /// Forgets the waiting edges.
  func discard() {
    list.removeAll(keepingCapacity: true)
    slots.removeAll(keepingCapacity: true)
  }

  /// Writes the waiting edges and forgets them.
  func flush(_ db: Database) throws(StoreError) {
    if list.isEmpty { return }
    defer { discard() }
    var evidence: [(edge: Int64, event: Int64)] = []
    let cameo = try db.statement(
      """
      INSERT INTO relation_cameos (edge, cameo, count) VALUES (?1, ?2, ?3)
      ON CONFLICT (edge, cameo) DO UPDATE SET count = relation_cameos.count + excluded.count
      """)
    for edge in list {
      let write: Statement
      if let id = edge.id {
        write = try db.statement(
          """
          UPDATE relation_edges SET count = count + ?2, first_date = ?3, first_start = ?4, first_end = ?5,
            first_event = ?6, last_date = ?7, last_start = ?8, last_end = ?9, last_event = ?10
          WHERE id = ?1
          """)
        try write.bind(1, id)
      } else {
        write = try db.statement(
          """
          INSERT INTO relation_edges (source, target, plover, count, first_date, first_start, first_end,
            first_event, last_date, last_start, last_end, last_event)
          VALUES (?11, ?12, ?13, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
          """)
        try write.bind(11, edge.key.source)
        try write.bind(12, edge.key.target)
        try write.bind(13, edge.key.plover)
      }
      try write.bind(2, edge.added)
      try Self.bind(write, from: 3, edge.first)
      try Self.bind(write, from: 7, edge.last)
      try write.run()
      let id = edge.id ?? db.lastInsertRowID
      for event in edge.evidence { evidence.append((id, event)) }
      // In code order, so that the same batch writes its rows in the same order every time.
      for (code, n) in edge.cameos.sorted(by: { $0.key < $1.key }) {
        try cameo.bind(1, id)
        try cameo.bind(2, code)
        try cameo.bind(3, n)
        try cameo.run()
      }
    }
    // In key order: each index page is visited once.
    evidence.sort { ($0.edge, $0.event) < ($1.edge, $1.event) }
    try insertEvidence(evidence, db)
  }

  /// `relation_evidence` rows, up to 16 per statement (`INSERT OR FAIL`: an error fails the
  /// whole ingest transaction, so no statement journal is needed; see ``BulkTable``).
  private func insertEvidence(_ rows: [(edge: Int64, event: Int64)], _ db: Database) throws(StoreError) {
    var next = 0
    while next < rows.count {
      var log2 = evidenceStatements.count - 1
      while 1 << log2 > rows.count - next { log2 -= 1 }
      let statement: Statement
      if let known = evidenceStatements[log2] {
        statement = known
        statement.reset()
      } else {
        let sql =
          "INSERT OR FAIL INTO relation_evidence (edge, event) VALUES "
          + Array(repeating: "(?, ?)", count: 1 << log2).joined(separator: ", ")
        // From the connection's cache, so that a rollback resets it with the others.
        statement = try db.cached(sql)
        evidenceStatements[log2] = statement
      }
      for k in 0..<(1 << log2) {
        try statement.bind(Int32(2 * k + 1), rows[next + k].edge)
        try statement.bind(Int32(2 * k + 2), rows[next + k].event)
      }
      try statement.run()
      next += 1 << log2
    }
  }

  private static func bind(_ statement: Statement, from index: Int32, _ dated: DatedEvent?) throws(StoreError) {
    try statement.bind(index, dated?.date)
    try statement.bind(index + 1, dated?.start)
    try statement.bind(index + 2, dated?.end)
    try statement.bind(index + 3, dated?.event)
  }
}
