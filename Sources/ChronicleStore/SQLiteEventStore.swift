import CSQLite
import ChronicleExtraction

/// The SQLite implementation of ``EventGraphStore``.
///
/// One file holds documents, sentences, actors (shared across documents) and their
/// aliases, actor mentions, time expressions, events and event arguments; the
/// schema is `Schemas/chronicle.sql`. Offsets are stored as Unicode code points.
///
/// A store is one connection and is not `Sendable`: use it from one task. Several
/// processes may use the same file; writers wait up to 5 s for each other
/// (``StoreError/busy(path:)`` after that).
public final class SQLiteEventStore: EventGraphStore {
  /// The database file.
  public let path: String
  /// The schema version this build reads and writes (`PRAGMA user_version`).
  public static let schemaVersion: Int = Migrations.steps.count

  /// Bytes the write-ahead log is cut back to after a checkpoint (`journal_size_limit`).
  static let logSizeLimit = 64 << 20

  let db: Database
  /// Rows an ingest writes many per statement (see ``IngestRows``).
  let pending = IngestRows()
  /// Content words of stored sentences that clustering compared (see ``SentenceWords``).
  let sentenceWords = SentenceWords()
  /// Where ingests write actor timeline rows in a large database (see ``RecentActorEvents``).
  var recentActorEvents = RecentActorEvents()
  /// Runs the write-ahead log's checkpoints on a thread of its own, when asked to
  /// (``checkpointInBackground()``).
  private var checkpointer: BackgroundCheckpointer?

  /// Opens (creating and migrating when needed) the database at `path`.
  ///
  /// - Parameter readOnly: open without write access; the database must exist and
  ///   be at ``schemaVersion``.
  /// - Throws: ``StoreError/notADatabase(path:)`` for a file that is not a Chronicle
  ///   database, ``StoreError/newerSchema(path:found:supported:)`` for one written by
  ///   a newer Chronicle.
  public convenience init(path: String, readOnly: Bool = false) throws(StoreError) {
    try self.init(path: path, readOnly: readOnly, busyTimeout: 5_000)
  }

  /// Opens the database, waiting at most `busyTimeout` milliseconds for another writer.
  init(path: String, readOnly: Bool, busyTimeout: Int32) throws(StoreError) {
    self.path = path
    db = try Database(path: path, readOnly: readOnly, busyTimeout: busyTimeout)
    try configure(readOnly: readOnly)
  }

  private func configure(readOnly: Bool) throws(StoreError) {
    // The first read fails with SQLITE_NOTADB when the file is not SQLite.
    let version = try db.userVersion()
    let supported = Self.schemaVersion
    if version > supported {
      throw .newerSchema(path: path, found: version, supported: supported)
    }
    try db.enforceForeignKeys(true)
    if version == 0 {
      // An SQLite file that some other program made: refuse to add our tables to it.
      let tables = try db.prepare(
        "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
      if try tables.step(), tables.int(0) > 0 { throw .notADatabase(path: path) }
    }
    // 32 MiB of page cache per connection. An ingest's peak memory follows it: with 64 MiB
    // (and 8 KiB pages) a 100 MB JSON Lines ingest peaked at 298 MB, at the edge of the
    // 300 MB bound; with 32 MiB at 227 MB, for no measurable loss of speed.
    try db.execute("PRAGMA cache_size = -32768")
    try db.execute("PRAGMA temp_store = MEMORY")
    if readOnly {
      // Reads go through the operating system's page cache instead of copies. Only for
      // readers: a writer's mapped pages count as its resident memory and grow with the
      // file, and an ingest must stay within bounded memory whatever the database size.
      try db.execute("PRAGMA mmap_size = 1073741824")
      if version < supported {
        throw .sqlite(
          path: path, code: SQLITE_READONLY,
          message: "schema version \(version) needs upgrading to \(supported); open the database once for writing",
          sql: nil)
      }
      return
    }
    if version == 0 {
      // A new database: 8 KiB pages (before the first write fixes the size; a database
      // keeps the page size it was made with). An ingest's commit writes every page it
      // changed to the log, one frame each: with half as many, larger pages it spends less
      // time in the kernel writing them, the B-trees are shallower and the automatic
      // checkpoint (counted in pages) runs half as often. 16 KiB saved little more, and made
      // an empty database 655 KB instead of 176 KB (344 KB now).
      try db.execute("PRAGMA page_size = 8192")
    }
    try db.execute("PRAGMA journal_mode = WAL")
    try db.execute("PRAGMA synchronous = NORMAL")
    // A large transaction (a merge of recent actor rows, a migration) grows the log far
    // beyond its usual few megabytes; once checkpointed, the log is cut back to this size
    // when the next transaction starts it afresh, instead of keeping its largest size on
    // disk for as long as a writer has the database open.
    try db.execute("PRAGMA journal_size_limit = \(Self.logSizeLimit)")
    // The version is read again in each transaction: another connection may have migrated
    // the database since it was read above.
    var from = version
    if version == 0 {
      // A new database gets every step in one transaction: nothing to keep if it fails, and
      // one commit instead of one per step.
      try db.transaction { () throws(StoreError) in
        if try db.userVersion() != 0 { return }
        for step in 0..<supported { try migrate(step) }
        try db.setUserVersion(supported)
      }
      from = min(supported, try db.userVersion())
    }
    // An existing database: a transaction per step, each leaving a version behind.
    for step in from..<supported {
      try db.transaction { () throws(StoreError) in
        if try db.userVersion() != step { return }
        try migrate(step)
        try db.setUserVersion(step + 1)
      }
    }
  }

  /// Runs migration step `step` (0-based: it brings the database to version `step + 1`),
  /// in the caller's transaction.
  private func migrate(_ step: Int) throws(StoreError) {
    if Migrations.steps[step] == Migrations.spanClassColumn, try hasColumn("span_class", in: "events") {
      try db.execute(Migrations.spanClassFill)
    } else if Migrations.steps[step] == Migrations.compactActorEvents {
      try compactActorEvents()
    } else if Migrations.steps[step] == Migrations.clusterDays {
      try convertClusterDays()
    } else if Migrations.steps[step] == Migrations.eventDays {
      try addEventDays()
    } else {
      try db.execute(Migrations.steps[step])
    }
    // Found by identity, so the step may move when other steps are merged in before it.
    // The backfill writes the current table (day numbers): convert the step's first.
    if Migrations.steps[step] == Migrations.eventClusters {
      try convertClusterDays()
      try backfillClusters()
    }
  }

  /// Runs ``Migrations/compactActorEvents``: the parts a database still needs, then the
  /// rows whose dates SQLite cannot read, with day numbers computed here.
  func compactActorEvents() throws(StoreError) {
    if try !hasColumn("number", in: "actors") { try db.execute("ALTER TABLE actors ADD COLUMN number INTEGER") }
    if try hasColumn("day_start", in: "actor_events") {
      try db.execute(Migrations.actorNumbers)
      return
    }
    try db.execute(Migrations.compactActorEventsFill)
    let rest = try db.prepare(
      """
      SELECT a.number, x.undated, x.date_start, x.date_end, x.unpublished, x.published, x.document, x.sentence,
        x.char_start, x.event
      FROM actor_events_v7 AS x JOIN actors AS a ON a.id = x.actor
      WHERE NOT ((x.undated OR (julianday(x.date_start) IS NOT NULL AND julianday(x.date_end) IS NOT NULL))
        AND (x.unpublished OR julianday(x.published) IS NOT NULL))
      """)
    let insert = try db.prepare(
      """
      INSERT OR IGNORE INTO actor_events (actor, undated, day_start, day_end, unpublished, published_day, document,
        sentence, char_start, event) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
      """)
    while try rest.step() {
      let undated = rest.int64(1) != 0
      let unpublished = rest.int64(4) != 0
      let start = undated ? 0 : Self.dayNumber(iso: rest.string(2))
      let end = undated ? 0 : Self.dayNumber(iso: rest.string(3))
      let published = unpublished ? 0 : Self.dayNumber(iso: rest.string(5))
      // Text that is no date at all (Chronicle never wrote such) keeps no timeline row.
      guard let start, let end, let published else { continue }
      try insert.bind(1, rest.int64(0))
      try insert.bind(2, undated)
      try insert.bind(3, start)
      try insert.bind(4, end)
      try insert.bind(5, unpublished)
      try insert.bind(6, published)
      for column in Int32(7)...10 { try insert.bind(column, rest.int64(column - 1)) }
      try insert.run()
    }
    rest.reset()
    try db.execute("DROP TABLE actor_events_v7")
  }

  /// Runs ``Migrations/clusterDays`` unless `event_clusters` has its day numbers already,
  /// then copies the rows whose dates SQLite cannot read, with day numbers computed here.
  func convertClusterDays() throws(StoreError) {
    if try hasColumn("day_start", in: "event_clusters") { return }
    try db.execute(Migrations.clusterDays)
    let rest = try db.prepare(
      """
      SELECT event, cluster, signature, date_start, date_end FROM event_clusters_v9
      WHERE date_start IS NOT NULL AND (julianday(date_start) IS NULL OR julianday(date_end) IS NULL)
      """)
    let insert = try db.prepare(
      "INSERT INTO event_clusters (event, cluster, signature, day_start, day_end) VALUES (?1, ?2, ?3, ?4, ?5)")
    while try rest.step() {
      try insert.bind(1, rest.int64(0))
      try insert.bind(2, rest.int64(1))
      try insert.bind(3, rest.isNull(2) ? nil : rest.int64(2))
      try insert.bind(4, Self.dayNumber(iso: rest.string(3)))
      try insert.bind(5, rest.optionalString(4).flatMap(Self.dayNumber(iso:)))
      try insert.run()
    }
    rest.reset()
    try db.execute("DROP TABLE event_clusters_v9")
    try db.execute(Migrations.clusterIndexes)
  }

  /// Runs ``Migrations/eventDays`` (its `ALTER TABLE`s only where the columns are missing),
  /// then fills the day numbers of the dates SQLite cannot read.
  func addEventDays() throws(StoreError) {
    if try !hasColumn("day_start", in: "events") {
      try db.execute("ALTER TABLE events ADD COLUMN day_start INTEGER; ALTER TABLE events ADD COLUMN day_end INTEGER")
    }
    try db.execute(Migrations.eventDaysFill)
    let rest = try db.prepare("SELECT id, date_start, date_end FROM events WHERE date_start IS NOT NULL AND day_start IS NULL")
    var days: [(id: Int64, start: Int?, end: Int?)] = []
    while try rest.step() {
      days.append(
        (rest.int64(0), Self.dayNumber(iso: rest.string(1)), rest.optionalString(2).flatMap(Self.dayNumber(iso:))))
    }
    rest.reset()
    let update = try db.prepare("UPDATE events SET day_start = ?2, day_end = ?3 WHERE id = ?1")
    for row in days {
      try update.bind(1, row.id)
      try update.bind(2, row.start)
      try update.bind(3, row.end ?? row.start)
      try update.run()
    }
  }

  /// The day number (days since 1970-01-01) of an ISO day as ``CivilDate/iso`` writes it,
  /// also for years before 0 or after 9999 (`-0044-03-15`, `12000-01-01`); `nil` for other
  /// text.
  static func dayNumber(iso text: String) -> Int? {
    if let date = CivilDate(iso: text) { return date.dayNumber }
    var rest = Substring(text)
    let negative = rest.first == "-"
    if negative { rest = rest.dropFirst() }
    let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count >= 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      let date = CivilDate(year: negative ? -year : year, month: month, day: day)
    else { return nil }
    return date.dayNumber
  }

  /// Whether `table` has a column named `column`.
  private func hasColumn(_ column: String, in table: String) throws(StoreError) -> Bool {
    let columns = try db.prepare("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2")
    try columns.bind(1, table)
    try columns.bind(2, column)
    return try columns.step()
  }

  // MARK: Ingest

  /// Stores one extraction result in one transaction (see ``EventGraphStore/ingest(_:)``).
  /// An unchanged document reports the id it is stored under. The recorded actor
  /// corrections (``actorCorrections()``) are applied to the result's actors first.
  ///
  /// - Throws: ``StoreError/invalidResult(documentID:reason:)`` when the result's
  ///   indexes do not fit together, ``StoreError/busy(path:)`` when another writer
  ///   holds the lock; nothing is written then.
  public func ingest(_ result: ExtractionResult) throws(StoreError) -> IngestOutcome {
    try ingest(prepared: PreparedDocument(result))
  }

  /// Stores one prepared result in one transaction, as ``ingest(_:)`` does.
  public func ingest(prepared document: PreparedDocument) throws(StoreError) -> IngestOutcome {
    try ingestTransaction { () throws(StoreError) in
      try ingestOne(document, corrections: try actorCorrections())
    }
  }

  /// Stores many results in one transaction: all or nothing. Within a batch a later
  /// result sees the earlier ones (a repeated document is `.unchanged`).
  public func ingest(batch results: [ExtractionResult]) throws(StoreError) -> [IngestOutcome] {
    try ingest(prepared: results.map(PreparedDocument.init))
  }

  /// Stores many prepared results in one transaction, as ``ingest(batch:)`` does. Preparing
  /// (``PreparedDocument/init(_:)``) needs no database, so it can run on other threads
  /// while this one writes.
  public func ingest(prepared documents: [PreparedDocument]) throws(StoreError) -> [IngestOutcome] {
    if documents.isEmpty { return [] }
    return try ingestTransaction { () throws(StoreError) in
      let corrections = try actorCorrections()
      var outcomes: [IngestOutcome] = []
      outcomes.reserveCapacity(documents.count)
      for document in documents { outcomes.append(try ingestOne(document, corrections: corrections)) }
      return outcomes
    }
  }

  /// Runs `body` in an ingest transaction and writes the rows it gathered (``pending``)
  /// before committing; they are dropped when it fails.
  private func ingestTransaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    pending.discard()
    do {
      return try db.transaction(checkingForeignKeys: false) { () throws(StoreError) in
        let value = try body()
        try chooseActorEventsTable()
        try pending.flushAll(db)
        try mergeRecentActorEventsIfMany()
        return value
      }
    } catch {
      pending.discard()
      // Rows of the failed transaction are gone, and their document keys may come again.
      sentenceWords.removeAll()
      pending.forgetStoredActors()
      throw error
    }
  }

  /// Deletes a document with everything extracted from it; actors left without
  /// mentions are deleted too.
  ///
  /// - Throws: ``StoreError/noSuchDocument(_:)`` when no document has this id.
  public func deleteDocument(id: String) throws(StoreError) {
    // Without foreign-key enforcement, like an ingest that replaces a document: the rows go
    // children first (`removeDocument`), and an actor is deleted only when no mention is
    // left (`pruneActors`), so no argument names it either; SQLite's check of the deleted
    // actor would scan every event argument (no index leads with their actor).
    try db.transaction(checkingForeignKeys: false) { () throws(StoreError) in
      let lookup = try db.statement("SELECT key FROM documents WHERE id = ?1")
      try lookup.bind(1, id)
      let key = try lookup.step() ? lookup.int64(0) : nil
      lookup.reset()
      guard let key else { throw .noSuchDocument(id) }
      let actors = try removeDocument(key: key)
      try pruneActors(actors)
    }
  }

  /// The page cache counters of the store's connection since it opened: pages read and
  /// written, the same for the same input on any machine (``PageCounters``).
  public var pageCounters: PageCounters { db.pageCounters }

  /// Copies the write-ahead log into the database file and truncates the log.
  public func checkpoint() throws(StoreError) {
    // A checkpoint running on the background thread would make this one give up (busy) and
    // leave the log as it is.
    checkpointer?.waitUntilIdle()
    try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
  }

  /// From now on until the store is released, copies the write-ahead log into the database
  /// file on a thread of its own (with a second connection) instead of inside the commits
  /// that fill it, so that a long run of ingests — `chronicle ingest` — does not wait for
  /// checkpoints. Releasing the store waits for a running checkpoint; the database is then
  /// complete and durable as without it (the last connection to close checkpoints the rest).
  /// Does nothing on a read-only store or when already on.
  public func checkpointInBackground() throws(StoreError) {
    // About 4 MB of log, whatever the page size (1,024 frames of 4 KiB, 512 of 8 KiB): what
    // the last connection copies when the store closes stays as small with larger pages.
    try checkpointInBackground(threshold: Int32(max(64, (4 << 20) / (try pageSize()))))
  }

  /// ``checkpointInBackground()`` from `threshold` frames in the log on; returns the
  /// checkpointer (tests watch it).
  @discardableResult
  func checkpointInBackground(threshold: Int32) throws(StoreError) -> BackgroundCheckpointer? {
    guard checkpointer == nil, !db.readOnly else { return checkpointer }
    checkpointer = try BackgroundCheckpointer(writer: db, path: path, threshold: threshold)
    return checkpointer
  }

  deinit {
    if let checkpointer {
      db.removeWALHook()
      checkpointer.stop()
      // Its connection closes now, so this one closes last and checkpoints what remains.
      self.checkpointer = nil
    }
  }

  /// Origins that do not name one input (standard input) never identify a document.
  private static func identifyingOrigin(_ origin: String?) -> String? {
    guard let origin, !origin.isEmpty, origin != "-", !origin.hasPrefix("<"),
      !origin.hasPrefix("-#")
    else { return nil }
    return origin
  }

  /// Stores `result` with `corrections` (the recorded actor corrections) applied.
  private func ingestOne(_ document: PreparedDocument, corrections: [ActorCorrection]) throws(StoreError) -> IngestOutcome {
    if let invalid = document.invalid { throw invalid }
    let result = document.result

    let byHash = try db.statement("SELECT id FROM documents WHERE content_hash = ?1 LIMIT 1")
    try byHash.bind(1, result.contentHash)
    if try byHash.step() {
      let id = byHash.string(0)
      byHash.reset()
      return .unchanged(documentID: id)
    }
    byHash.reset()

    let same = try db.statement(
      """
      SELECT key FROM documents WHERE id = ?1
      UNION SELECT key FROM documents WHERE url = ?2
      UNION SELECT key FROM documents WHERE origin = ?3
      """)
    try same.bind(1, result.documentID)
    try same.bind(2, result.article.url)
    try same.bind(3, Self.identifyingOrigin(result.article.origin))
    var previous: [Int64] = []
    while try same.step() { previous.append(same.int64(0)) }
    same.reset()

    var formerActors = Set<String>()
    // Removal and pruning read the tables whose rows wait, and corrections read actors.
    if !previous.isEmpty { try pending.flushAll(db, removing: true) }
    for key in previous { formerActors.formUnion(try removeDocument(key: key)) }
    if !corrections.isEmpty { try pending.flushAll(db) }
    try insert(try corrected(document, corrections))
    if !formerActors.isEmpty {
      try pending.flushAll(db)
      try pruneActors(formerActors)
    }
    return previous.isEmpty
      ? .inserted(documentID: result.documentID) : .replaced(documentID: result.documentID)
  }

  /// `document` with `corrections` applied: built again when they change any of its actors.
  private func corrected(_ document: PreparedDocument, _ corrections: [ActorCorrection]) throws(StoreError)
    -> PreparedDocument
  {
    if corrections.isEmpty { return document }
    let corrected = Set(corrections.map(\.fromActor))
    guard document.result.actors.contains(where: { corrected.contains($0.entity.id) }) else { return document }
    return PreparedDocument(try applyCorrections(document.result, corrections))
  }

  /// Checks that every index inside `result` points at something it holds.
  static func validate(_ result: ExtractionResult) throws(StoreError) {
    func fail(_ reason: String) -> StoreError {
      .invalidResult(documentID: result.documentID, reason: reason)
    }
    let mentions = result.actors.indices
    for (n, event) in result.events.enumerated() {
      for argument in event.arguments where !mentions.contains(argument.mention) {
        throw fail("event \(n) has an argument pointing at actor mention \(argument.mention) of \(result.actors.count)")
      }
      if let time = event.time, !result.times.indices.contains(time) {
        throw fail("event \(n) points at time expression \(time) of \(result.times.count)")
      }
      if let source = event.attributedTo, !mentions.contains(source) {
        throw fail("event \(n) is attributed to actor mention \(source) of \(result.actors.count)")
      }
      if let parent = event.parent, !result.events.indices.contains(parent) || parent == n {
        throw fail("event \(n) has parent event \(parent) of \(result.events.count)")
      }
    }
  }

  /// Deletes one document (rows cascade) after taking its mentions out of the alias
  /// counts; returns the actors it mentioned.
  private func removeDocument(key: Int64) throws(StoreError) -> Set<String> {
    // A later document may get this key again (SQLite reuses the largest rowid).
    sentenceWords.removeAll()
    var actors = Set<String>()
    let mentioned = try db.statement("SELECT DISTINCT actor FROM actor_mentions WHERE document = ?1")
    try mentioned.bind(1, key)
    while try mentioned.step() { actors.insert(mentioned.string(0)) }
    mentioned.reset()

    let uncount = try db.statement(
      """
      UPDATE actor_aliases SET count = actor_aliases.count - d.n
      FROM (SELECT actor, text AS alias, count(*) AS n FROM actor_mentions
            WHERE document = ?1 GROUP BY actor, text) AS d
      WHERE actor_aliases.actor = d.actor AND actor_aliases.alias = d.alias
      """)
    try uncount.bind(1, key)
    try uncount.run()
    let dropAliases = try db.statement("DELETE FROM actor_aliases WHERE actor = ?1 AND count <= 0")
    for actor in actors {
      try dropAliases.bind(1, actor)
      try dropAliases.run()
    }

    try removeSummaries(documentKey: key)
    try detachClusters(documentKey: key)
    // Children before parents, so that this needs no cascade (ingest runs with foreign-key
    // enforcement off; see `Database.transaction(checkingForeignKeys:_:)`).
    for sql in Self.documentDeletes {
      let delete = try db.cached(sql)
      try delete.bind(1, key)
      try delete.run()
    }
    return actors
  }

  /// The rows of one document (`?1` = its key), children first.
  private static let documentDeletes = [
    "DELETE FROM event_arguments WHERE event IN (SELECT id FROM events WHERE document = ?1)",
    "DELETE FROM event_clusters WHERE event IN (SELECT id FROM events WHERE document = ?1)",
    "DELETE FROM events WHERE document = ?1",
    "DELETE FROM time_expressions WHERE document = ?1",
    "DELETE FROM actor_mentions WHERE document = ?1",
    "DELETE FROM sentences WHERE document = ?1",
    "DELETE FROM documents WHERE key = ?1",
  ]

  /// Deletes those of `actors` that no mention refers to any more, with their aliases.
  private func pruneActors(_ actors: Set<String>) throws(StoreError) {
    if actors.isEmpty { return }
    pending.forgetStoredActors()
    let unmentioned = "NOT EXISTS (SELECT 1 FROM actor_mentions WHERE actor = ?1)"
    let aliases = try db.cached("DELETE FROM actor_aliases WHERE actor = ?1 AND \(unmentioned)")
    let prune = try db.cached("DELETE FROM actors WHERE id = ?1 AND \(unmentioned)")
    for actor in actors.sorted() {
      try aliases.bind(1, actor)
      try aliases.run()
      try prune.bind(1, actor)
      try prune.run()
    }
  }

  /// The first id of new rows of `table`: `next` when known (rows wait), else one past the
  /// largest stored id, as SQLite gives them (the write transaction keeps other writers
  /// out), so that rows can name rows of other tables before these are written.
  private func nextID(_ next: Int64?, _ table: StaticString) throws(StoreError) -> Int64 {
    if let next { return next }
    let query = try db.cached("SELECT coalesce(max(id), 0) + 1 FROM \(table)")
    defer { query.reset() }
    return try query.step() ? query.int64(0) : 1
  }

  private func insert(_ document: PreparedDocument) throws(StoreError) {
    let result = document.result
    let article = result.article

    let documentRow = try db.statement(
      """
      INSERT INTO documents (id, title, text, published, url, source, origin, format,
        content_hash, ingested_at, headline_length)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?10)
      """)
    try documentRow.bind(1, result.documentID)
    try documentRow.bind(2, article.title)
    try documentRow.bind(3, result.text.text)
    try documentRow.bind(4, result.published?.iso)
    try documentRow.bind(5, article.url)
    try documentRow.bind(6, article.source)
    try documentRow.bind(7, article.origin)
    try documentRow.bind(8, article.format.rawValue)
    try documentRow.bind(9, result.contentHash)
    try documentRow.bind(10, result.text.headlineLength)
    try documentRow.run()

    // Mention, time expression and event ids are given out in text order, as SQLite would,
    // so that an event can name its parent even when the parent comes later in the text.
    // Events are written at the end of each document, so their next id is in the table.
    let ids = PreparedRows.IDs(
      document: db.lastInsertRowID, mention: try nextID(pending.nextMentionID, "actor_mentions"),
      time: try nextID(pending.nextTimeID, "time_expressions"), event: try nextID(nil, "events"),
      actors: PreparedRows.ActorNumbers(document.actors))
    pending.nextMentionID = ids.mention + Int64(document.mentions.rows)
    pending.nextTimeID = ids.time + Int64(document.times.rows)
    let rows = document.rows
    pending.sentences.add(rows, document.sentences, ids)
    // Actors are shared: insert new ones, refresh known ones (keeping codes we knew).
    pending.addActors(document.actors)
    pending.mentions.add(rows, document.mentions, ids)
    pending.addAliases(document.aliases)
    pending.times.add(rows, document.times, ids)
    pending.events.add(rows, document.events, ids)
    pending.arguments.add(rows, document.arguments, ids)
    // The clustering of this and later documents reads sentences and events.
    try pending.flushDocument(db)

    let eventIDs = (0..<Int64(result.events.count)).map { ids.event + $0 }
    var inputs = document.clusterInputs
    for n in inputs.indices { inputs[n].event = eventIDs[n] }
    let clusters = try assignClusters(inputs)
    pending.addActorEvents(rows, document.actorEvents, ids)
    pending.addActorCounts(document.actorCounts)
    try addSummaries(document, documentKey: ids.document, eventIDs: eventIDs, clusters: clusters)
  }
}
