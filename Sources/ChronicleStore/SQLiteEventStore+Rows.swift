/// Prepared rows of one table gathered from several documents and written many per
/// statement.
///
/// SQLite spends about as much on running a statement (opening a cursor per index,
/// halting, resetting) as on inserting a row; a multi-row `VALUES` pays that once per
/// statement. Rows are written in the order they were added, in statements of
/// 2^`maxRowsLog2`, …, 2, 1 rows (one prepared statement per size), so an `OR IGNORE`
/// sees them as one statement per row would. The statements stay compiled across ingest
/// transactions (foreign-key enforcement stays off between them; changing it would expire
/// them).
///
/// A statement of several rows that may stop half-way with an error (`OR ABORT`, the
/// default, and the `DO UPDATE` of an upsert) makes SQLite keep a statement journal, a
/// copy of every page it changes, which costs more than the rows save: plain inserts are
/// therefore `INSERT OR FAIL` (an error fails the whole ingest transaction anyway, so
/// what the statement wrote before it is rolled back with the rest), and upserts go one
/// row per statement (`maxRowsLog2` 0).
///
/// The owner decides when to ``flush(_:)``: before anything reads the table, and before its
/// transaction commits; ``discard()`` drops the rows of a failed transaction.
final class BulkTable {
  /// `INSERT … INTO table (columns) VALUES`, without the rows.
  let head: String
  /// What follows the rows (an `ON CONFLICT` clause), or `""`.
  let tail: String
  /// Values per row.
  let columns: Int
  /// Rows per statement at most: 2^`maxRowsLog2`.
  let maxRowsLog2: Int

  private var pending: [(rows: PreparedRows, table: PreparedRows.Table, ids: PreparedRows.IDs)] = []
  private var count = 0
  /// Prepared statements by log2 of their row count.
  private var statements: [Statement?]

  init(columns: Int, head: String, tail: String = "", maxRowsLog2: Int = 4) {
    self.columns = columns
    self.head = head
    self.tail = tail
    self.maxRowsLog2 = maxRowsLog2
    statements = Array(repeating: nil, count: maxRowsLog2 + 1)
  }

  /// Whether no rows wait.
  var isEmpty: Bool { count == 0 }

  /// Adds the rows of `table` (of `rows`, with `ids`); they are held until written.
  func add(_ rows: PreparedRows, _ table: PreparedRows.Table, _ ids: PreparedRows.IDs) {
    precondition(table.columns == columns, "prepared rows of another table for \(head)")
    if table.rows == 0 { return }
    pending.append((rows, table, ids))
    count += table.rows
  }

  /// Writes the waiting rows and forgets them.
  func flush(_ db: Database) throws(StoreError) {
    if count == 0 { return }
    var used: [Statement] = []
    defer {
      // The bound text belongs to the rows about to be released.
      for statement in used { statement.clearBindings() }
      pending.removeAll(keepingCapacity: true)
      count = 0
    }
    var source = 0
    var row = 0
    var remaining = count
    while remaining > 0 {
      var log2 = maxRowsLog2
      while 1 << log2 > remaining { log2 -= 1 }
      let statement = try self.statement(log2, db)
      if !used.contains(where: { $0 === statement }) { used.append(statement) }
      for k in 0..<(1 << log2) {
        while row == pending[source].table.rows {
          source += 1
          row = 0
        }
        let (rows, table, ids) = pending[source]
        try rows.bind(statement, table, row: row, from: Int32(k * columns + 1), ids)
        row += 1
      }
      try statement.run()
      remaining -= 1 << log2
    }
  }

  /// Drops the waiting rows.
  func discard() {
    pending.removeAll(keepingCapacity: true)
    count = 0
  }

  /// Hands the waiting rows to `other`, a table of the same columns, which writes them.
  func move(to other: BulkTable) {
    precondition(other.columns == columns, "rows moved to a table of other columns: \(other.head)")
    other.pending += pending
    other.count += count
    discard()
  }

  private func statement(_ log2: Int, _ db: Database) throws(StoreError) -> Statement {
    if let statement = statements[log2] { return statement }
    let placeholders = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
    let sql = head + " " + Array(repeating: placeholders, count: 1 << log2).joined(separator: ", ") + tail
    // From the connection's cache, so that a rollback resets it with the others.
    let statement = try db.cached(sql)
    statements[log2] = statement
    return statement
  }
}

/// The rows an ingest gathers before writing them many per statement (``BulkTable``).
///
/// Tables that nothing reads while a batch is stored (mentions, time expressions,
/// arguments, actors and aliases — one upsert per actor and per alias —, the actor
/// summaries, whose counts are summed per actor) wait until the end of the batch's
/// transaction; a document's sentences and events wait until the end of that document
/// (the clustering of the next documents reads them). Before a stored document is
/// removed (a replacement), actors are pruned or actor corrections are applied, everything
/// waiting is written, so those steps see the same rows as with one statement per row.
///
/// Rows of `actor_mentions` and `time_expressions` get their ids here, as SQLite would
/// give them (one past the largest id; the write transaction keeps other writers out), so
/// that events can refer to rows not yet written.
final class IngestRows {
  let sentences = BulkTable(
    columns: 9,
    head: """
      INSERT OR FAIL INTO sentences (document, idx, char_start, char_end, byte_start, byte_end, text,
        paragraph, is_headline) VALUES
      """)
  /// The span class (``SpanClass``) comes with the row: when the index computed it from the
  /// dates (`julianday`), every multi-row insert of events kept a statement journal (a copy
  /// of each page it changed), as SQLite does for any statement calling a function that may fail.
  let events = BulkTable(
    columns: 30,
    head: """
      INSERT OR FAIL INTO events (document, sentence, char_start, char_end, trigger, lemma, class, tense, aspect,
        polarity, plover, cameo, quad_class, goldstein, factuality, date, date_start, date_end,
        granularity, time_expression, time_relation, date_rule, attributed_to, attributed_actor, rules,
        id, parent, span_class, day_start, day_end) VALUES
      """)
  let mentions = BulkTable(
    columns: 10,
    head: """
      INSERT OR FAIL INTO actor_mentions (id, document, sentence, char_start, char_end, text, actor, code, role, rule)
      VALUES
      """)
  /// One `actors` row as an ingest writes it (an upsert; see ``addActors(_:)``).
  struct ActorRow: Sendable, Equatable {
    var id: String
    var name: String
    var type: String
    var code: String?
    var country: String?
    var resolved: Bool

    /// Takes what a later document's row for the same actor sets: its name and type, its
    /// code and country when given, resolved when either is.
    mutating func merge(_ row: ActorRow) {
      name = row.name
      type = row.type
      if let code = row.code { self.code = code }
      if let country = row.country { self.country = country }
      resolved = resolved || row.resolved
    }
  }

  /// One `actor_aliases` key.
  struct AliasKey: Hashable, Sendable {
    var actor: String
    var alias: String
  }

  /// The waiting `actors` upserts merged per actor, in the order the actors were first seen
  /// (the order new rows get their rowids in).
  private var actorOrder: [String] = []
  private var actorRows: [String: ActorRow] = [:]
  /// The waiting `actor_aliases` counts, summed per actor and alias.
  private var aliasCounts: [AliasKey: Int] = [:]

  /// Adds one document's `actors` rows. Upserting one row per actor and batch leaves the
  /// table as upserting every document's row in turn: the latest name and type, the latest
  /// code and country a document gave, resolved when any document resolved it.
  func addActors(_ rows: [ActorRow]) {
    for row in rows {
      if let known = actorRows.index(forKey: row.id) {
        // Changed in place: one lookup, no copy of the row.
        actorRows.values[known].merge(row)
      } else {
        actorOrder.append(row.id)
        actorRows[row.id] = row
      }
    }
  }

  /// Adds one document's alias counts (the counts only add up, so one upsert per alias and
  /// batch gives the same table as one per document).
  func addAliases(_ counts: [(key: AliasKey, count: Int)]) {
    for (key, count) in counts { aliasCounts[key, default: 0] += count }
  }

  /// `actors` rows as stored, for actors this connection upserted: an upsert that would
  /// change nothing (most of them: the same actors come back in every batch) is skipped.
  /// Forgotten when another connection has committed since (`PRAGMA data_version`), when
  /// this connection changes actors otherwise (corrections, pruning: ``forgetStoredActors()``),
  /// when an ingest fails, and beyond ``storedActorsLimit`` actors.
  private var storedActors: [String: (row: ActorRow, number: Int64)] = [:]
  /// `PRAGMA data_version` when ``storedActors`` was last checked.
  private var storedActorsVersion: Int64 = -1
  static let storedActorsLimit = 65_536

  /// Forgets the stored actor rows (``storedActors``): call before any other write of
  /// `actors` and after a failed ingest.
  func forgetStoredActors() { storedActors.removeAll() }

  /// Number of actors whose stored row is known (for tests).
  var storedActorCount: Int { storedActors.count }

  private func flushActors(_ db: Database) throws(StoreError) {
    if actorOrder.isEmpty { return }
    defer {
      actorOrder.removeAll(keepingCapacity: true)
      actorRows.removeAll(keepingCapacity: true)
    }
    let version = try db.statement("PRAGMA data_version")
    let current = try version.step() ? version.int64(0) : -1
    version.reset()
    if current != storedActorsVersion || storedActors.count > Self.storedActorsLimit {
      storedActors.removeAll()
      storedActorsVersion = current
    }
    // The row as stored afterwards is read back (a primary-key lookup; a `RETURNING` clause
    // made each upsert cost five times as much).
    let upsert = try db.statement(
      """
      INSERT INTO actors (id, name, type, code, country, resolved, number)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT coalesce(max(number), 0) + 1 FROM actors))
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,
        code = coalesce(excluded.code, actors.code), country = coalesce(excluded.country, actors.country),
        resolved = max(actors.resolved, excluded.resolved)
      WHERE actors.name IS NOT excluded.name OR actors.type IS NOT excluded.type
        OR (excluded.code IS NOT NULL AND actors.code IS NOT excluded.code)
        OR (excluded.country IS NOT NULL AND actors.country IS NOT excluded.country)
        OR actors.resolved < excluded.resolved
      """)
    let read = try db.statement("SELECT name, type, code, country, resolved, number FROM actors WHERE id = ?1")
    func stored(_ id: String, _ read: Statement) -> (row: ActorRow, number: Int64) {
      let row = ActorRow(
        id: id, name: read.string(0), type: read.string(1), code: read.optionalString(2),
        country: read.optionalString(3), resolved: read.int64(4) != 0)
      return (row, read.int64(5))
    }
    for id in actorOrder {
      guard let row = actorRows[id] else { continue }
      if let known = storedActors[id] {
        var merged = known.row
        merged.merge(row)
        if merged == known.row { continue }
      }
      try upsert.bind(1, row.id)
      try upsert.bind(2, row.name)
      try upsert.bind(3, row.type)
      try upsert.bind(4, row.code)
      try upsert.bind(5, row.country)
      try upsert.bind(6, row.resolved)
      try upsert.run()
      try read.bind(1, id)
      if try read.step() { storedActors[id] = stored(id, read) }
      read.reset()
    }
  }

  /// The documents whose rows name actors by number (`actor_events`), waiting for them.
  private var actorNumbers: [PreparedRows.ActorNumbers] = []

  /// Adds the rows of one document's `actor_events`, which name its actors by number.
  func addActorEvents(_ rows: PreparedRows, _ table: PreparedRows.Table, _ ids: PreparedRows.IDs) {
    guard let numbers = ids.actors else { preconditionFailure("actor_events rows without the document's actors") }
    if table.rows == 0 { return }
    actorNumbers.append(numbers)
    actorEvents.add(rows, table, ids)
  }

  /// Gives the waiting documents the numbers of their actors, all of which ``flushActors(_:)``
  /// has stored (or found stored) and knows.
  private func numberActors(_ db: Database) throws(StoreError) {
    defer { actorNumbers.removeAll(keepingCapacity: true) }
    let read = try db.statement("SELECT number FROM actors WHERE id = ?1")
    for document in actorNumbers {
      document.numbers.removeAll(keepingCapacity: true)
      for row in document.rows {
        if let known = storedActors[row.id] {
          document.numbers.append(known.number)
          continue
        }
        // Beyond the limit of known rows, or not upserted by this batch: read it.
        try read.bind(1, row.id)
        defer { read.reset() }
        guard try read.step(), !read.isNull(0) else {
          throw .invalidResult(documentID: row.id, reason: "actor \(row.id) is not stored")
        }
        document.numbers.append(read.int64(0))
      }
    }
  }

  private func flushAliases(_ db: Database) throws(StoreError) {
    if aliasCounts.isEmpty { return }
    defer { aliasCounts.removeAll(keepingCapacity: true) }
    let upsert = try db.statement(
      """
      INSERT INTO actor_aliases (actor, alias, count) VALUES (?1, ?2, ?3)
      ON CONFLICT (actor, alias) DO UPDATE SET count = actor_aliases.count + excluded.count
      """)
    for (key, count) in aliasCounts {
      try upsert.bind(1, key.actor)
      try upsert.bind(2, key.alias)
      try upsert.bind(3, count)
      try upsert.run()
    }
  }
  let times = BulkTable(
    columns: 12,
    head: """
      INSERT OR FAIL INTO time_expressions (id, document, sentence, char_start, char_end, text, type, value, mod,
        anchor, signal, rule) VALUES
      """)
  let arguments = BulkTable(
    columns: 6, head: "INSERT OR FAIL INTO event_arguments (event, idx, role, mention, actor, rule) VALUES")
  let actorEvents = IngestRows.timelineRows("actor_events")
  /// The same rows for `actor_events_recent`, where they go when ``actorEventsIntoRecent``.
  let recentActorEvents = IngestRows.timelineRows("actor_events_recent")
  /// The rows of an actor timeline table (`actor_events` or `actor_events_recent`).
  private static func timelineRows(_ table: String) -> BulkTable {
    BulkTable(
      columns: 10,
      head: """
        INSERT OR IGNORE INTO \(table) (actor, undated, day_start, day_end, unpublished, published_day,
          document, sentence, char_start, event) VALUES
        """)
  }
  /// Whether the `actor_events` rows go to `actor_events_recent` (set by the store before
  /// each transaction's last flush; see ``SQLiteEventStore/RecentActorEvents``).
  var actorEventsIntoRecent = false
  /// What the waiting documents add to `actor_counts`, summed per actor (the counts only
  /// add up, so one row per actor and batch gives the same table as one per document).
  private var actorCounts: [String: (mentions: Int, documents: Int, events: Int)] = [:]

  /// Adds one document's `actor_counts` deltas.
  func addActorCounts(_ deltas: [String: SQLiteEventStore.ActorDelta]) {
    // One lookup per actor: the sums change in place.
    func add(_ counts: inout (mentions: Int, documents: Int, events: Int), _ delta: SQLiteEventStore.ActorDelta) {
      counts.mentions += delta.mentions
      counts.documents += 1
      counts.events += delta.events
    }
    for (actor, delta) in deltas { add(&actorCounts[actor, default: (0, 0, 0)], delta) }
  }

  private func flushActorCounts(_ db: Database) throws(StoreError) {
    if actorCounts.isEmpty { return }
    defer { actorCounts.removeAll(keepingCapacity: true) }
    let count = try db.statement(
      """
      INSERT INTO actor_counts (actor, mentions, documents, events) VALUES (?1, ?2, ?3, ?4)
      ON CONFLICT (actor) DO UPDATE SET mentions = actor_counts.mentions + excluded.mentions,
        documents = actor_counts.documents + excluded.documents, events = actor_counts.events + excluded.events
      """)
    for (actor, delta) in actorCounts {
      try count.bind(1, actor)
      try count.bind(2, delta.mentions)
      try count.bind(3, delta.documents)
      try count.bind(4, delta.events)
      try count.run()
    }
  }

  /// The id of the next `actor_mentions` row, or `nil` when it must be read from the table.
  var nextMentionID: Int64?
  /// The id of the next `time_expressions` row, or `nil` when it must be read from the table.
  var nextTimeID: Int64?

  /// The relation edges the waiting documents update, merged per edge.
  let edges = PendingEdges()

  /// Every table written many rows per statement.
  private var all: [BulkTable] {
    [sentences, events, mentions, times, arguments, actorEvents, recentActorEvents]
  }

  /// Writes a document's sentences and events.
  func flushDocument(_ db: Database) throws(StoreError) {
    try sentences.flush(db)
    try events.flush(db)
  }

  /// Writes everything that waits; with `removing` (rows are about to be deleted, so the
  /// largest ids may go down), ids are read afresh afterwards.
  func flushAll(_ db: Database, removing: Bool = false) throws(StoreError) {
    // Actors first: the rows of `actor_events` name them by number.
    try flushActors(db)
    try numberActors(db)
    if actorEventsIntoRecent { actorEvents.move(to: recentActorEvents) }
    for table in all { try table.flush(db) }
    try flushAliases(db)
    try flushActorCounts(db)
    try edges.flush(db)
    if removing {
      nextMentionID = nil
      nextTimeID = nil
    }
  }

  /// Forgets everything that waits (at the start of a transaction, or after a failed one).
  func discard() {
    for table in all { table.discard() }
    actorNumbers.removeAll(keepingCapacity: true)
    actorOrder.removeAll(keepingCapacity: true)
    actorRows.removeAll(keepingCapacity: true)
    aliasCounts.removeAll(keepingCapacity: true)
    actorCounts.removeAll(keepingCapacity: true)
    edges.discard()
    nextMentionID = nil
    nextTimeID = nil
  }
}
