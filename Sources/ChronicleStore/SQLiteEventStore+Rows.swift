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
/// arguments, actors, aliases, the actor summaries, whose counts are summed per actor) wait until the end of the batch's
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
  let events = BulkTable(
    columns: 27,
    head: """
      INSERT OR FAIL INTO events (document, sentence, char_start, char_end, trigger, lemma, class, tense, aspect,
        polarity, plover, cameo, quad_class, goldstein, factuality, date, date_start, date_end,
        granularity, time_expression, time_relation, date_rule, attributed_to, attributed_actor, rules,
        id, parent) VALUES
      """)
  let actors = BulkTable(
    columns: 6,
    head: "INSERT INTO actors (id, name, type, code, country, resolved) VALUES",
    tail: """
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,
        code = coalesce(excluded.code, actors.code), country = coalesce(excluded.country, actors.country),
        resolved = max(actors.resolved, excluded.resolved)
      WHERE actors.name IS NOT excluded.name OR actors.type IS NOT excluded.type
        OR (excluded.code IS NOT NULL AND actors.code IS NOT excluded.code)
        OR (excluded.country IS NOT NULL AND actors.country IS NOT excluded.country)
        OR actors.resolved < excluded.resolved
      """, maxRowsLog2: 0)
  let mentions = BulkTable(
    columns: 10,
    head: """
      INSERT OR FAIL INTO actor_mentions (id, document, sentence, char_start, char_end, text, actor, code, role, rule)
      VALUES
      """)
  let aliases = BulkTable(
    columns: 3,
    head: "INSERT INTO actor_aliases (actor, alias, count) VALUES",
    tail: " ON CONFLICT (actor, alias) DO UPDATE SET count = actor_aliases.count + excluded.count",
    maxRowsLog2: 0)
  let times = BulkTable(
    columns: 12,
    head: """
      INSERT OR FAIL INTO time_expressions (id, document, sentence, char_start, char_end, text, type, value, mod,
        anchor, signal, rule) VALUES
      """)
  let arguments = BulkTable(
    columns: 6, head: "INSERT OR FAIL INTO event_arguments (event, idx, role, mention, actor, rule) VALUES")
  let actorEvents = BulkTable(
    columns: 10,
    head: """
      INSERT OR IGNORE INTO actor_events (actor, undated, date_start, date_end, unpublished, published,
        document, sentence, char_start, event) VALUES
      """)
  /// What the waiting documents add to `actor_counts`, summed per actor (the counts only
  /// add up, so one row per actor and batch gives the same table as one per document).
  private var actorCounts: [String: (mentions: Int, documents: Int, events: Int)] = [:]

  /// Adds one document's `actor_counts` deltas.
  func addActorCounts(_ deltas: [String: SQLiteEventStore.ActorDelta]) {
    for (actor, delta) in deltas {
      actorCounts[actor, default: (0, 0, 0)].mentions += delta.mentions
      actorCounts[actor, default: (0, 0, 0)].documents += 1
      actorCounts[actor, default: (0, 0, 0)].events += delta.events
    }
  }

  private func flushActorCounts(_ db: Database) throws(StoreError) {
    if actorCounts.isEmpty { return }
    defer { actorCounts.removeAll(keepingCapacity: true) }
    let count = try db.cached(
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

  /// Every table, in the order they are written.
  private var all: [BulkTable] {
    [sentences, events, actors, mentions, aliases, times, arguments, actorEvents]
  }

  /// Writes a document's sentences and events.
  func flushDocument(_ db: Database) throws(StoreError) {
    try sentences.flush(db)
    try events.flush(db)
  }

  /// Writes everything that waits; with `removing` (rows are about to be deleted, so the
  /// largest ids may go down), ids are read afresh afterwards.
  func flushAll(_ db: Database, removing: Bool = false) throws(StoreError) {
    for table in all { try table.flush(db) }
    try flushActorCounts(db)
    if removing {
      nextMentionID = nil
      nextTimeID = nil
    }
  }

  /// Forgets everything that waits (at the start of a transaction, or after a failed one).
  func discard() {
    for table in all { table.discard() }
    actorCounts.removeAll(keepingCapacity: true)
    nextMentionID = nil
    nextTimeID = nil
  }
}
