import ChronicleExtraction
import Foundation
import Testing

@testable import ChronicleStore

/// Random documents whose events have several categories and CAMEO codes, several
/// sources and targets (sometimes the same actor twice), some undated, some with month
/// or year dates; seeded, so every run sees the same ones.
func mixedResult(document: Int, seed: UInt64 = 1, events count: Int = 12, actors pool: Int = 6) -> ExtractionResult {
  var state = seed &+ UInt64(document) &* 0x9E37_79B9_7F4A_7C15
  func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int(truncatingIfNeeded: (state >> 33) % UInt64(bound))
  }
  let categories = [
    EventCategory(plover: "ACCUSE", cameo: "112", quadClass: 3, goldstein: -2),
    EventCategory(plover: "ACCUSE", cameo: "111", quadClass: 3, goldstein: -2),
    EventCategory(plover: "THREATEN", cameo: "138", quadClass: 3, goldstein: -7),
    EventCategory(plover: "CONSULT", cameo: "040", quadClass: 1, goldstein: 1),
  ]
  var sentences: [String] = []
  var offset = 0
  var mentions: [ActorMention] = []
  var events: [EventMention] = []
  for n in 0..<count {
    let text = "Sentence \(n) of document \(document) names some actors."
    var arguments: [EventArgument] = []
    for _ in 0..<(1 + next(3)) {
      let a = next(pool)
      let entity = ActorEntity(id: "country:X\(a)", name: "Land \(a)", type: .country, code: "X\(a)")
      mentions.append(
        ActorMention(
          sentence: n, span: TextSpan(start: offset, end: offset + 8), text: next(3) == 0 ? "Alias \(a)" : "Land \(a)",
          entity: entity, rule: "dictionary"))
      arguments.append(
        EventArgument(role: next(2) == 0 ? .source : .target, mention: mentions.count - 1, rule: "subject"))
    }
    let dates = [nil, "2023-05-0\(1 + next(9))", "2023-0\(1 + next(9))", "2022", "2023-05-0\(1 + next(9))"]
    events.append(
      EventMention(
        sentence: n, span: TextSpan(start: offset + 9, end: offset + 10), trigger: "x", lemma: "x",
        timemlClass: .occurrence, tense: .past, category: next(5) == 0 ? nil : categories[next(categories.count)],
        arguments: arguments, date: dates[next(dates.count)], attributedTo: next(4) == 0 ? mentions.count - 1 : nil,
        rules: []))
    sentences.append(text)
    offset += text.utf8.count + 1
  }
  var start = 0
  let analyzed = AnalyzedText(
    text: sentences.joined(separator: " "),
    sentences: sentences.enumerated().map { n, s in
      defer { start += s.utf8.count + 1 }
      return Sentence(
        index: n, span: TextSpan(start: start, end: start + s.utf8.count), text: s, tokens: [], paragraph: 0,
        isHeadline: false)
    }, headlineLength: 0)
  return ExtractionResult(
    documentID: "mixed-\(document)", article: Article(body: analyzed.text, origin: "/tmp/mixed-\(document).txt"),
    published: CivilDate(year: 2023, month: 6, day: 1), contentHash: "mixed-\(document)-\(seed)", text: analyzed,
    times: [], actors: mentions, events: events, warnings: [])
}

@Suite("Summary tables")
struct SummaryTests {
  /// Actor counts computed from the raw rows.
  static func rawActorCounts(_ store: SQLiteEventStore) throws -> [String: [Int]] {
    let statement = try store.db.prepare(
      """
      SELECT a.id,
        (SELECT count(*) FROM actor_mentions AS m WHERE m.actor = a.id),
        (SELECT count(DISTINCT m.document) FROM actor_mentions AS m WHERE m.actor = a.id),
        (SELECT count(*) FROM (
           SELECT g.event FROM event_arguments AS g WHERE g.actor = a.id
           UNION SELECT x.id FROM events AS x WHERE x.attributed_actor = a.id))
      FROM actors AS a
      """)
    var counts: [String: [Int]] = [:]
    while try statement.step() { counts[statement.string(0)] = [statement.int(1), statement.int(2), statement.int(3)] }
    return counts
  }

  /// Every stored `actor_events` row, wherever it is (see `RecentActorEvents`).
  static let stored = "SELECT * FROM (SELECT * FROM actor_events UNION ALL SELECT * FROM actor_events_recent)"

  static func expectSummariesMatch(_ store: SQLiteEventStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try expectForeignKeysHold(store, sourceLocation: sourceLocation)
    let all = try store.relations(RelationQuery())
    #expect(all == (try store.rawRelations(RelationQuery())), sourceLocation: sourceLocation)
    for query in [RelationQuery(actor: "Land 1"), RelationQuery(actor: "country:x2", minCount: 2), RelationQuery(minCount: 3)] {
      #expect(try store.relations(query) == store.rawRelations(query), sourceLocation: sourceLocation)
    }
    var summarized: [String: [Int]] = [:]
    for summary in try store.actors() {
      summarized[summary.actor.id] = [summary.mentions, summary.documents, summary.events]
    }
    #expect(summarized == (try rawActorCounts(store)), sourceLocation: sourceLocation)
    // Actor timelines through actor_events equal the order of the raw rows.
    for actor in ["country:X1", "country:X3", "country:IRN"] {
      let raw = try store.db.prepare(
        """
        SELECT e.id FROM events AS e JOIN documents AS d ON d.key = e.document
        WHERE e.id IN (SELECT event FROM event_arguments WHERE actor = ?1
          UNION SELECT id FROM events WHERE attributed_actor = ?1)
        ORDER BY e.date_start IS NULL, e.date_start, e.date_end, d.published IS NULL, d.published,
          e.document, e.sentence, e.char_start, e.id
        """)
      try raw.bind(1, actor)
      var expected: [Int64] = []
      while try raw.step() { expected.append(raw.int64(0)) }
      #expect(try store.timeline(TimelineQuery(actors: [actor], merge: false)).map(\.eventID) == expected, sourceLocation: sourceLocation)
      #expect(
        try store.timeline(TimelineQuery(actors: [actor], limit: 5, merge: false)).map(\.eventID) == Array(expected.prefix(5)),
        sourceLocation: sourceLocation)
    }
    let union = Set(try store.timeline(TimelineQuery(actors: ["Land 1"], merge: false)).map(\.eventID))
      .union(try store.timeline(TimelineQuery(actors: ["Land 2"], merge: false)).map(\.eventID))
    let everything = try store.timeline(TimelineQuery(merge: false)).map(\.eventID)
    #expect(
      try store.timeline(TimelineQuery(actors: ["Land 1", "Land 2"], merge: false)).map(\.eventID)
        == everything.filter { union.contains($0) }, sourceLocation: sourceLocation)
    // actor_events and its recent rows hold exactly the rows the raw rows give, key for key
    // (the actor's number, day numbers computed here by SQLite from the ISO dates), each
    // row in one of the two tables.
    let expectedKeys = """
      SELECT a.number, e.date_start IS NULL, coalesce(CAST(julianday(e.date_start) - 2440587.5 AS INTEGER), 0),
        coalesce(CAST(julianday(e.date_end) - 2440587.5 AS INTEGER), 0), d.published IS NULL,
        coalesce(CAST(julianday(d.published) - 2440587.5 AS INTEGER), 0), e.document, e.sentence, e.char_start, e.id
      FROM (SELECT actor, event FROM event_arguments
            UNION SELECT attributed_actor, id FROM events WHERE attributed_actor IS NOT NULL) AS x
      JOIN actors AS a ON a.id = x.actor JOIN events AS e ON e.id = x.event JOIN documents AS d ON d.key = e.document
      """
    let pairs = try store.db.prepare(
      """
      SELECT (SELECT count(*) FROM (\(expectedKeys) EXCEPT \(stored))),
        (SELECT count(*) FROM (\(stored) EXCEPT \(expectedKeys))),
        (SELECT count(*) FROM (SELECT * FROM actor_events INTERSECT SELECT * FROM actor_events_recent)),
        (SELECT count(*) FROM actors WHERE number IS NULL)
      """)
    #expect(try pairs.step())
    #expect(pairs.int(0) == 0, "actor_events rows missing", sourceLocation: sourceLocation)
    #expect(pairs.int(1) == 0, "actor_events rows in excess", sourceLocation: sourceLocation)
    #expect(pairs.int(2) == 0, "actor_events rows in both tables", sourceLocation: sourceLocation)
    #expect(pairs.int(3) == 0, "actors without a number", sourceLocation: sourceLocation)
    pairs.reset()
    let stray = try store.db.prepare(
      """
      SELECT (SELECT count(*) FROM actor_counts WHERE actor NOT IN (SELECT id FROM actors))
        + (SELECT count(*) FROM relation_evidence WHERE event NOT IN (SELECT id FROM events))
        + (SELECT count(*) FROM relation_cameos WHERE count <= 0)
        + (SELECT count(*) FROM relation_edges WHERE count <= 0)
        + (SELECT count(*) FROM event_clusters WHERE event NOT IN (SELECT id FROM events))
        + (SELECT count(*) FROM event_clusters WHERE cluster NOT IN (SELECT id FROM events))
      """)
    #expect(try stray.step())
    #expect(stray.int(0) == 0, sourceLocation: sourceLocation)
  }

  /// Ingest writes with SQLite's foreign-key enforcement off (it deletes children before
  /// parents itself): every reference must still hold, and any other write transaction
  /// must run with enforcement on (it stays off on the connection between ingests).
  static func expectForeignKeysHold(_ store: SQLiteEventStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let enforced = try store.db.transaction { () throws(StoreError) -> Int in
      let enforcement = try store.db.prepare("PRAGMA foreign_keys")
      return try enforcement.step() ? enforcement.int(0) : 0
    }
    #expect(enforced == 1, "foreign-key enforcement is off in a write after ingest", sourceLocation: sourceLocation)
    let check = try store.db.prepare("PRAGMA foreign_key_check")
    var violations: [String] = []
    while try check.step() { violations.append("\(check.string(0)) row \(check.int64(1)) → \(check.string(2))") }
    #expect(violations.isEmpty, "\(violations.prefix(5))", sourceLocation: sourceLocation)
    // Nothing a cascade would have removed is left behind.
    let orphans = try store.db.prepare(
      """
      SELECT (SELECT count(*) FROM actor_aliases WHERE actor NOT IN (SELECT id FROM actors))
        + (SELECT count(*) FROM event_arguments WHERE event NOT IN (SELECT id FROM events))
        + (SELECT count(*) FROM sentences WHERE document NOT IN (SELECT key FROM documents))
        + (SELECT count(*) FROM events WHERE parent IS NOT NULL AND parent NOT IN (SELECT id FROM events))
      """)
    #expect(try orphans.step())
    #expect(orphans.int(0) == 0, sourceLocation: sourceLocation)
  }

  /// The recent rows' policy of a store that writes every actor timeline row to
  /// `actor_events_recent` and merges when more than `mergeRows` wait there.
  static func recentAlways(mergeRows: Int64) -> SQLiteEventStore.RecentActorEvents {
    SQLiteEventStore.RecentActorEvents(
      minimumDatabaseBytes: 0, minimumMergeRows: mergeRows, mergeRowsPerSquareRootPage: 0)
  }

  @Test(arguments: [nil, 40, 1_000_000] as [Int64?])
  func summariesEqualTheRawAggregateAfterInsertsReplacementsAndDeletes(recentMergeRows: Int64?) throws {
    let store = try SQLiteEventStore(path: ":memory:")
    // nil: the default (a small database writes `actor_events` directly); 40: rows go to
    // the recent table and are merged every few batches; a million: they stay there.
    if let recentMergeRows { store.recentActorEvents = Self.recentAlways(mergeRows: recentMergeRows) }
    _ = try store.ingest(Corpus.documentA().build())
    _ = try store.ingest(Corpus.documentB().build())
    _ = try store.ingest(batch: (0..<30).map { mixedResult(document: $0) })
    #expect(try !store.relations(RelationQuery()).isEmpty)
    try Self.expectSummariesMatch(store)

    // Replacements: same ids (and origins), other content.
    for n in [3, 7, 11] {
      #expect(try store.ingest(mixedResult(document: n, seed: 99)) == .replaced(documentID: "mixed-\(n)"))
    }
    try Self.expectSummariesMatch(store)

    for n in stride(from: 0, to: 30, by: 2) { try store.deleteDocument(id: "mixed-\(n)") }
    try store.deleteDocument(id: "doc-a")
    try Self.expectSummariesMatch(store)

    for id in try store.documentIDs() { try store.deleteDocument(id: id) }
    for table in ["relation_edges", "relation_evidence", "relation_cameos", "actor_counts"] {
      let rows = try store.db.prepare("SELECT count(*) FROM \(table)")
      #expect(try rows.step())
      #expect(rows.int(0) == 0, "\(table)")
    }
  }

  @Test func aVersion1DatabaseMigratesWithFilledSummaries() throws {
    let file = TemporaryDatabase()
    var expectedRelations: [RelationEdge] = []
    var expectedActors: [ActorSummary] = []
    do {
      let store = try SQLiteEventStore(path: file.path)
      _ = try store.ingest(Corpus.documentA().build())
      _ = try store.ingest(batch: (0..<12).map { mixedResult(document: $0) })
      expectedRelations = try store.relations(RelationQuery())
      expectedActors = try store.actors()
      // Back to version 1: without the summary tables.
      try store.db.execute(
        """
        DROP TABLE relation_edges; DROP TABLE relation_evidence; DROP TABLE relation_cameos;
        DROP TABLE actor_counts; DROP TABLE actor_events; DROP TABLE store_stats;
        DROP TABLE actor_corrections; PRAGMA user_version = 1;
        """)
    }
    let store = try SQLiteEventStore(path: file.path)
    #expect(try store.db.userVersion() == SQLiteEventStore.schemaVersion)
    #expect(try store.relations(RelationQuery()) == expectedRelations)
    #expect(try store.actors() == expectedActors)
    try Self.expectSummariesMatch(store)
    #expect(try store.maxSpanDays() == 364)
  }

  /// Schema 7 drops `event_arguments_by_actor` and keeps only dated events in
  /// `events_by_date`: a version 6 database is migrated, and everything that found an
  /// actor's events through the dropped index (relations of one actor with and without
  /// dates, a merge, a delete) answers as before.
  @Test func aVersion6DatabaseMigratesToTheLeanerIndexes() throws {
    let file = TemporaryDatabase()
    let window = RelationQuery(actor: "country:X1", from: CivilDate(year: 2023, month: 1, day: 1))
    var expected: [[RelationEdge]] = []
    do {
      let store = try SQLiteEventStore(path: file.path)
      _ = try store.ingest(batch: (0..<12).map { mixedResult(document: $0) })
      expected = [
        try store.relations(RelationQuery(actor: "country:X1")), try store.relations(window),
        try store.rawRelations(RelationQuery(actor: "Land 2")),
      ]
      // Back to version 6: the full date index and the actor index of the arguments.
      let step = try #require(Migrations.steps.firstIndex(of: Migrations.leanerEventIndexes))
      try store.db.execute(
        """
        DROP INDEX IF EXISTS events_by_date;
        CREATE INDEX events_by_date ON events(date_start, date_end);
        CREATE INDEX event_arguments_by_actor ON event_arguments(actor, event);
        CREATE INDEX events_by_attributed_actor ON events(attributed_actor) WHERE attributed_actor IS NOT NULL;
        """)
      try store.db.setUserVersion(step)
    }
    let store = try SQLiteEventStore(path: file.path)
    #expect(try store.db.userVersion() == SQLiteEventStore.schemaVersion)
    let indexes = try store.db.prepare(
      "SELECT group_concat(name || ':' || coalesce(sql, ''), '|') FROM sqlite_master WHERE name IN ('events_by_date', 'event_arguments_by_actor', 'events_by_attributed_actor')")
    #expect(try indexes.step())
    // None is left: schema 9 dropped the date index too.
    #expect(indexes.isNull(0))
    indexes.reset()
    #expect(expected[0].count > 1)
    #expect(try store.relations(RelationQuery(actor: "country:X1")) == expected[0])
    #expect(try store.relations(window) == expected[1])
    #expect(try store.rawRelations(RelationQuery(actor: "Land 2")) == expected[2])
    _ = try store.mergeActor("country:X2", into: "country:X1")
    try Self.expectSummariesMatch(store)
    for id in try store.documentIDs().prefix(4) { try store.deleteDocument(id: id) }
    try Self.expectSummariesMatch(store)
  }

  /// Schema 8 keys `actor_events` by actor number and day numbers: a version 7 database
  /// (actor ids and ISO dates) is migrated to the same rows a fresh ingest writes, dates
  /// that SQLite cannot read (a five-digit year) included, and every actor timeline, with
  /// and without a date window, answers as before.
  @Test func aVersion7DatabaseMigratesToNumberedActorTimelines() throws {
    let file = TemporaryDatabase()
    let actors = ["country:X1", "country:X2", "country:X3"]
    let window = (from: CivilDate(year: 2022, month: 6, day: 1), to: CivilDate(year: 2023, month: 3, day: 31))
    func timelines(_ store: SQLiteEventStore) throws -> [[Int64]] {
      try actors.flatMap { actor in
        [
          try store.timeline(TimelineQuery(actors: [actor], merge: false)).map(\.eventID),
          try store.timeline(TimelineQuery(actors: [actor], from: window.from, to: window.to, merge: false))
            .map(\.eventID),
          try store.timeline(TimelineQuery(actors: [actor], limit: 4, merge: false)).map(\.eventID),
        ]
      } + [try store.timeline(TimelineQuery(actors: actors, merge: false)).map(\.eventID)]
    }
    var expected: [[Int64]] = []
    var rows = ""
    let oddEvent: Int64
    do {
      let store = try SQLiteEventStore(path: file.path)
      _ = try store.ingest(batch: (0..<12).map { mixedResult(document: $0) })
      expected = try timelines(store)
      rows = try Self.actorEventRows(store)
      oddEvent = Int64(try CorrectionTests.count(store, "SELECT max(id) FROM events"))
      // Back to version 7: actor ids and ISO dates ('' when missing), no actor numbers.
      let step = try #require(Migrations.steps.firstIndex(of: Migrations.compactActorEvents))
      try store.db.execute(
        """
        DROP TABLE actor_events;
        CREATE TABLE actor_events (
          actor TEXT NOT NULL, undated INTEGER NOT NULL, date_start TEXT NOT NULL, date_end TEXT NOT NULL,
          unpublished INTEGER NOT NULL, published TEXT NOT NULL, document INTEGER NOT NULL,
          sentence INTEGER NOT NULL, char_start INTEGER NOT NULL, event INTEGER NOT NULL,
          PRIMARY KEY (actor, undated, date_start, date_end, unpublished, published, document, sentence, char_start,
            event)
        ) WITHOUT ROWID;
        INSERT INTO actor_events
        SELECT x.actor, e.date_start IS NULL, coalesce(e.date_start, ''), coalesce(e.date_end, ''),
          d.published IS NULL, coalesce(d.published, ''), e.document, e.sentence, e.char_start, e.id
        FROM (SELECT actor, event FROM event_arguments
              UNION SELECT attributed_actor, id FROM events WHERE attributed_actor IS NOT NULL) AS x
        JOIN events AS e ON e.id = x.event JOIN documents AS d ON d.key = e.document;
        INSERT INTO actor_events VALUES ('country:X1', 0, '12000-01-01', '12000-12-31', 0, '2023-01-02', 1, 0, 0, \(oddEvent));
        DROP INDEX actors_by_number;
        ALTER TABLE actors DROP COLUMN number;
        """)
      try store.db.setUserVersion(step)
    }
    let store = try SQLiteEventStore(path: file.path)
    #expect(try store.db.userVersion() == SQLiteEventStore.schemaVersion)
    #expect(try CorrectionTests.count(store, "SELECT count(*) FROM sqlite_master WHERE name = 'actor_events_v7'") == 0)
    // The row with a year SQLite cannot read came over with its day numbers.
    let odd = try store.db.prepare(
      "SELECT day_start, day_end, published_day FROM actor_events WHERE event = ?1 AND day_start > 100000")
    try odd.bind(1, oddEvent)
    #expect(try odd.step())
    #expect(odd.int(0) == CivilDate(year: 12000, month: 1, day: 1)!.dayNumber)
    #expect(odd.int(1) == CivilDate(year: 12000, month: 12, day: 31)!.dayNumber)
    #expect(odd.int(2) == CivilDate(year: 2023, month: 1, day: 2)!.dayNumber)
    odd.reset()
    try store.db.execute("DELETE FROM actor_events WHERE day_start > 100000")
    #expect(try Self.actorEventRows(store) == rows)
    #expect(try timelines(store) == expected)
    try Self.expectSummariesMatch(store)
    // Running the step again (renumbered after a merge of migrations) changes nothing.
    try store.compactActorEvents()
    #expect(try Self.actorEventRows(store) == rows)
    // New actors get numbers after the migrated ones; deletes still find their rows.
    _ = try store.ingest(batch: (12..<16).map { mixedResult(document: $0, actors: 9) })
    for id in try store.documentIDs().prefix(3) { try store.deleteDocument(id: id) }
    try Self.expectSummariesMatch(store)
  }

  /// Every row of `actor_events`, in key order, as text.
  static func actorEventRows(_ store: SQLiteEventStore) throws -> String {
    let statement = try store.db.prepare(
      "SELECT group_concat(actor || ',' || undated || ',' || day_start || ',' || day_end || ',' || unpublished || ',' || published_day || ',' || document || ',' || sentence || ',' || char_start || ',' || event, ';') FROM actor_events")
    #expect(try statement.step())
    return statement.string(0)
  }

  @Test(arguments: [
    ("2023-05-01", CivilDate(year: 2023, month: 5, day: 1)!.dayNumber), ("1970-01-01", 0), ("1969-12-31", -1),
    ("0000-03-01", CivilDate(year: 0, month: 3, day: 1)!.dayNumber),
    ("-0044-03-15", CivilDate(year: -44, month: 3, day: 15)!.dayNumber),
    ("12000-01-01", CivilDate(year: 12000, month: 1, day: 1)!.dayNumber), ("2023-02-29", nil), ("2023-5-1", nil),
    ("", nil), ("yesterday", nil), ("2023-05", nil),
  ] as [(String, Int?)])
  func dayNumbersOfISODays(text: String, expected: Int?) {
    #expect(SQLiteEventStore.dayNumber(iso: text) == expected)
  }

  @Test func dateRangeTimelineFindsLongIntervalsThatStartedEarlier() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(batch: (0..<10).map { mixedResult(document: $0) })
    // Year-long intervals (2022) overlap a December 2022 window although they start in January.
    let from = CivilDate(year: 2022, month: 12, day: 1)
    let to = CivilDate(year: 2022, month: 12, day: 31)
    let found = try store.timeline(TimelineQuery(from: from, to: to))
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.date == "2022" })
    let limited = try store.timeline(TimelineQuery(from: from, to: to, limit: 3))
    #expect(limited == Array(found.prefix(3)))
  }

  @Test func neighbourhoodFollowsEdgesBothWays() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Corpus.documentA().build())
    let one = try store.neighbourhood(actor: "Israel", hops: 1)
    #expect(one.actors.map(\.actor.id) == ["country:ISR", "country:IRN"])
    #expect(one.actors.map(\.hops) == [0, 1])
    #expect(Set(one.edges.map(\.category)) == ["ACCUSE", "THREATEN"])
    #expect(one.edges.allSatisfy { $0.events.isEmpty })
    #expect(try store.neighbourhood(actor: "Nobody").actors.isEmpty)
  }
}
