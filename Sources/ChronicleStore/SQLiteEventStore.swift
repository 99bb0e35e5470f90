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

  let db: Database

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
    try db.execute("PRAGMA foreign_keys = ON")
    if version == 0 {
      // An SQLite file that some other program made: refuse to add our tables to it.
      let tables = try db.prepare(
        "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
      if try tables.step(), tables.int(0) > 0 { throw .notADatabase(path: path) }
    }
    try db.execute("PRAGMA cache_size = -65536")
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
    try db.execute("PRAGMA journal_mode = WAL")
    try db.execute("PRAGMA synchronous = NORMAL")
    for step in version..<supported {
      try db.transaction { () throws(StoreError) in
        try db.execute(Migrations.steps[step])
        // Found by identity, so the step may move when other steps are merged in before it.
        if Migrations.steps[step] == Migrations.eventClusters { try backfillClusters() }
        try db.setUserVersion(step + 1)
      }
    }
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
    try db.transaction(checkingForeignKeys: false) { () throws(StoreError) in
      try ingestOne(result, corrections: try actorCorrections())
    }
  }

  /// Stores many results in one transaction: all or nothing. Within a batch a later
  /// result sees the earlier ones (a repeated document is `.unchanged`).
  public func ingest(batch results: [ExtractionResult]) throws(StoreError) -> [IngestOutcome] {
    if results.isEmpty { return [] }
    return try db.transaction(checkingForeignKeys: false) { () throws(StoreError) in
      let corrections = try actorCorrections()
      var outcomes: [IngestOutcome] = []
      outcomes.reserveCapacity(results.count)
      for result in results { outcomes.append(try ingestOne(result, corrections: corrections)) }
      return outcomes
    }
  }

  /// Deletes a document with everything extracted from it; actors left without
  /// mentions are deleted too.
  ///
  /// - Throws: ``StoreError/noSuchDocument(_:)`` when no document has this id.
  public func deleteDocument(id: String) throws(StoreError) {
    try db.transaction { () throws(StoreError) in
      let lookup = try db.cached("SELECT key FROM documents WHERE id = ?1")
      try lookup.bind(1, id)
      let key = try lookup.step() ? lookup.int64(0) : nil
      lookup.reset()
      guard let key else { throw .noSuchDocument(id) }
      let actors = try removeDocument(key: key)
      try pruneActors(actors)
    }
  }

  /// Copies the write-ahead log into the database file and truncates the log.
  public func checkpoint() throws(StoreError) {
    try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
  }

  /// Origins that do not name one input (standard input) never identify a document.
  private static func identifyingOrigin(_ origin: String?) -> String? {
    guard let origin, !origin.isEmpty, origin != "-", !origin.hasPrefix("<"),
      !origin.hasPrefix("-#")
    else { return nil }
    return origin
  }

  /// Stores `result` with `corrections` (the recorded actor corrections) applied.
  private func ingestOne(_ result: ExtractionResult, corrections: [ActorCorrection]) throws(StoreError) -> IngestOutcome {
    try Self.validate(result)

    let byHash = try db.cached("SELECT id FROM documents WHERE content_hash = ?1 LIMIT 1")
    try byHash.bind(1, result.contentHash)
    if try byHash.step() {
      let id = byHash.string(0)
      byHash.reset()
      return .unchanged(documentID: id)
    }
    byHash.reset()

    let same = try db.cached(
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
    for key in previous { formerActors.formUnion(try removeDocument(key: key)) }
    try insert(try applyCorrections(result, corrections))
    try pruneActors(formerActors)
    return previous.isEmpty
      ? .inserted(documentID: result.documentID) : .replaced(documentID: result.documentID)
  }

  /// Checks that every index inside `result` points at something it holds.
  private static func validate(_ result: ExtractionResult) throws(StoreError) {
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
    var actors = Set<String>()
    let mentioned = try db.cached("SELECT DISTINCT actor FROM actor_mentions WHERE document = ?1")
    try mentioned.bind(1, key)
    while try mentioned.step() { actors.insert(mentioned.string(0)) }
    mentioned.reset()

    let uncount = try db.cached(
      """
      UPDATE actor_aliases SET count = actor_aliases.count - d.n
      FROM (SELECT actor, text AS alias, count(*) AS n FROM actor_mentions
            WHERE document = ?1 GROUP BY actor, text) AS d
      WHERE actor_aliases.actor = d.actor AND actor_aliases.alias = d.alias
      """)
    try uncount.bind(1, key)
    try uncount.run()
    let dropAliases = try db.cached("DELETE FROM actor_aliases WHERE actor = ?1 AND count <= 0")
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

  private func insert(_ result: ExtractionResult) throws(StoreError) {
    let documentID = result.documentID
    let text = result.text.text
    let offsets = OffsetMap(text)
    let article = result.article

    let document = try db.cached(
      """
      INSERT INTO documents (id, title, text, published, url, source, origin, format,
        content_hash, ingested_at, headline_length)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?10)
      """)
    try document.bind(1, documentID)
    try document.bind(2, article.title)
    try document.bind(3, text)
    try document.bind(4, result.published?.iso)
    try document.bind(5, article.url)
    try document.bind(6, article.source)
    try document.bind(7, article.origin)
    try document.bind(8, article.format.rawValue)
    try document.bind(9, result.contentHash)
    try document.bind(10, result.text.headlineLength)
    try document.run()
    let documentKey = db.lastInsertRowID

    let sentence = try db.cached(
      """
      INSERT INTO sentences (document, idx, char_start, char_end, byte_start, byte_end, text,
        paragraph, is_headline)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
      """)
    for s in result.text.sentences {
      try sentence.bind(1, documentKey)
      try sentence.bind(2, s.index)
      try sentence.bind(3, offsets.characterOffset(s.span.start))
      try sentence.bind(4, offsets.characterOffset(s.span.end))
      try sentence.bind(5, s.span.start)
      try sentence.bind(6, s.span.end)
      try sentence.bind(7, s.text)
      try sentence.bind(8, s.paragraph)
      try sentence.bind(9, s.isHeadline)
      try sentence.run()
    }

    // Actors are shared: insert new ones, refresh known ones (keeping codes we knew).
    let actor = try db.cached(
      """
      INSERT INTO actors (id, name, type, code, country, resolved) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,
        code = coalesce(excluded.code, actors.code), country = coalesce(excluded.country, actors.country),
        resolved = max(actors.resolved, excluded.resolved)
      WHERE actors.name IS NOT excluded.name OR actors.type IS NOT excluded.type
        OR (excluded.code IS NOT NULL AND actors.code IS NOT excluded.code)
        OR (excluded.country IS NOT NULL AND actors.country IS NOT excluded.country)
        OR actors.resolved < excluded.resolved
      """)
    for entity in result.entities {
      try actor.bind(1, entity.id)
      try actor.bind(2, entity.name)
      try actor.bind(3, entity.type.rawValue)
      try actor.bind(4, entity.code)
      try actor.bind(5, entity.country)
      try actor.bind(6, entity.resolved)
      try actor.run()
    }

    struct AliasKey: Hashable {
      var actor: String
      var alias: String
    }
    var aliasCounts: [AliasKey: Int] = [:]
    var aliasOrder: [AliasKey] = []
    let mention = try db.cached(
      """
      INSERT INTO actor_mentions (document, sentence, char_start, char_end, text, actor, code, role, rule)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
      """)
    var mentionIDs: [Int64] = []
    mentionIDs.reserveCapacity(result.actors.count)
    for m in result.actors {
      try mention.bind(1, documentKey)
      try mention.bind(2, m.sentence)
      try mention.bind(3, offsets.characterOffset(m.span.start))
      try mention.bind(4, offsets.characterOffset(m.span.end))
      try mention.bind(5, m.text)
      try mention.bind(6, m.entity.id)
      try mention.bind(7, m.code)
      try mention.bind(8, m.role)
      try mention.bind(9, m.rule)
      try mention.run()
      mentionIDs.append(db.lastInsertRowID)
      if m.text != m.entity.name {
        let key = AliasKey(actor: m.entity.id, alias: m.text)
        if aliasCounts[key] == nil { aliasOrder.append(key) }
        aliasCounts[key, default: 0] += 1
      }
    }

    let alias = try db.cached(
      """
      INSERT INTO actor_aliases (actor, alias, count) VALUES (?1, ?2, ?3)
      ON CONFLICT (actor, alias) DO UPDATE SET count = actor_aliases.count + excluded.count
      """)
    for key in aliasOrder {
      try alias.bind(1, key.actor)
      try alias.bind(2, key.alias)
      try alias.bind(3, aliasCounts[key] ?? 0)
      try alias.run()
    }

    let time = try db.cached(
      """
      INSERT INTO time_expressions (document, sentence, char_start, char_end, text, type, value, mod,
        anchor, signal, rule)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
      """)
    var timeIDs: [Int64] = []
    timeIDs.reserveCapacity(result.times.count)
    for t in result.times {
      try time.bind(1, documentKey)
      try time.bind(2, t.sentence)
      try time.bind(3, offsets.characterOffset(t.span.start))
      try time.bind(4, offsets.characterOffset(t.span.end))
      try time.bind(5, t.text)
      try time.bind(6, t.type.rawValue)
      try time.bind(7, t.value)
      try time.bind(8, t.mod)
      try time.bind(9, t.anchor.rawValue)
      try time.bind(10, t.signal)
      try time.bind(11, t.rule)
      try time.run()
      timeIDs.append(db.lastInsertRowID)
    }

    let event = try db.cached(
      """
      INSERT INTO events (document, sentence, char_start, char_end, trigger, lemma, class, tense, aspect,
        polarity, plover, cameo, quad_class, goldstein, factuality, date, date_start, date_end,
        granularity, time_expression, time_relation, date_rule, attributed_to, attributed_actor, rules,
        id, parent)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
        ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)
      """)
    // Event ids are given out here, in text order, as SQLite would (one past the largest
    // id; the write transaction keeps other writers out), so that an event can name its
    // parent in the same INSERT even when the parent comes later in the text.
    let nextID = try db.cached("SELECT coalesce(max(id), 0) + 1 FROM events")
    let firstEventID = try nextID.step() ? nextID.int64(0) : 1
    nextID.reset()
    let argument = try db.cached(
      "INSERT INTO event_arguments (event, idx, role, mention, actor, rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
    var eventIDs: [Int64] = []
    eventIDs.reserveCapacity(result.events.count)
    var ranges: [DateRange?] = []
    ranges.reserveCapacity(result.events.count)
    var charStarts: [Int] = []
    charStarts.reserveCapacity(result.events.count)
    for (n, e) in result.events.enumerated() {
      let eventID = firstEventID + Int64(n)
      try event.bind(26, eventID)
      try event.bind(27, e.parent.map { firstEventID + Int64($0) })
      try event.bind(1, documentKey)
      try event.bind(2, e.sentence)
      let charStart = offsets.characterOffset(e.span.start)
      charStarts.append(charStart)
      try event.bind(3, charStart)
      try event.bind(4, offsets.characterOffset(e.span.end))
      try event.bind(5, e.trigger)
      try event.bind(6, e.lemma)
      try event.bind(7, e.timemlClass.rawValue)
      try event.bind(8, e.tense.rawValue)
      try event.bind(9, e.aspect.rawValue)
      try event.bind(10, e.polarity)
      try event.bind(11, e.category?.plover)
      try event.bind(12, e.category?.cameo)
      try event.bind(13, e.category?.quadClass)
      try event.bind(14, e.category?.goldstein)
      try event.bind(15, e.factuality.rawValue)
      try event.bind(16, e.date)
      let range = e.date.flatMap { TimexValue.range(of: $0) }
      ranges.append(range)
      try event.bind(17, range?.start.iso)
      try event.bind(18, range?.end.iso)
      try event.bind(19, range?.granularity.rawValue)
      try event.bind(20, e.time.map { timeIDs[$0] })
      try event.bind(21, e.timeRelation)
      try event.bind(22, e.dateRule)
      try event.bind(23, e.attributedTo.map { mentionIDs[$0] })
      try event.bind(24, e.attributedTo.map { result.actors[$0].entity.id })
      try event.bind(25, e.rules.joined(separator: ","))
      try event.run()
      eventIDs.append(eventID)
      for (n, a) in e.arguments.enumerated() {
        try argument.bind(1, eventID)
        try argument.bind(2, n)
        try argument.bind(3, a.role.rawValue)
        try argument.bind(4, mentionIDs[a.mention])
        try argument.bind(5, result.actors[a.mention].entity.id)
        try argument.bind(6, a.rule)
        try argument.run()
      }
    }

    let clusters = try assignClusters(
      Self.clusterInputs(result, eventIDs: eventIDs, ranges: ranges), documentKey: documentKey)
    try addSummaries(
      result, documentKey: documentKey, eventIDs: eventIDs, ranges: ranges, charStarts: charStarts,
      clusters: clusters)
  }
}
