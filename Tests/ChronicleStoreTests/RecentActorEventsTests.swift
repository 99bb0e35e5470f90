import ChronicleExtraction
import Testing

@testable import ChronicleStore

/// Actor timeline rows written to `actor_events_recent` (a large database) answer every
/// query as rows in `actor_events` do, are merged in key order, and move with corrections.
@Suite("Recent actor timeline rows")
struct RecentActorEventsTests {
  /// A store of 40 mixed documents, ingested in five batches, with `policy` (nil: the default).
  static func filled(_ policy: SQLiteEventStore.RecentActorEvents?) throws -> SQLiteEventStore {
    let store = try SQLiteEventStore(path: ":memory:")
    if let policy { store.recentActorEvents = policy }
    for first in stride(from: 0, to: 40, by: 8) {
      _ = try store.ingest(batch: (first..<first + 8).map { mixedResult(document: $0, actors: 8) })
    }
    return store
  }

  static func rows(_ store: SQLiteEventStore, _ table: String) throws -> Int {
    try CorrectionTests.count(store, "SELECT count(*) FROM \(table)")
  }

  static let may3 = CivilDate(year: 2023, month: 5, day: 3)!
  static let queries: [TimelineQuery] = [
    TimelineQuery(actors: ["Land 1"], merge: false),
    TimelineQuery(actors: ["Land 1"], limit: 7, merge: false),
    TimelineQuery(actors: ["Land 2", "Land 3"], limit: 10, merge: false),
    TimelineQuery(actors: ["Land 2", "Land 3"], merge: false),
    TimelineQuery(actors: ["Land 4"], from: may3, to: may3.adding(days: 4), merge: false),
    TimelineQuery(actors: ["Land 4"], from: may3, limit: 3, merge: false),
    TimelineQuery(actors: ["Land 0"], category: "ACCUSE", merge: false),
    TimelineQuery(actors: ["Land 5"], limit: 4, includeUndated: false, merge: false),
    TimelineQuery(actors: ["Land 6"]),
    TimelineQuery(actors: ["Land 7"], limit: 5),
  ]

  @Test func actorQueriesAnswerTheSameWhereverTheRowsAre() throws {
    let direct = try Self.filled(nil)
    let recent = try Self.filled(SummaryTests.recentAlways(mergeRows: 1_000_000))
    let mixed = try Self.filled(SummaryTests.recentAlways(mergeRows: 300))
    // Where the rows are: a small database writes the large table; the others write the
    // recent one, and the second merges it every batch or two.
    #expect(try Self.rows(direct, "actor_events") > 0 && Self.rows(direct, "actor_events_recent") == 0)
    #expect(try Self.rows(recent, "actor_events") == 0 && Self.rows(recent, "actor_events_recent") > 0)
    #expect(try Self.rows(mixed, "actor_events") > 0 && Self.rows(mixed, "actor_events_recent") > 0)
    for query in Self.queries {
      let expected = try direct.timeline(query)
      #expect(!expected.isEmpty, "\(query)")
      #expect(try recent.timeline(query) == expected, "\(query)")
      #expect(try mixed.timeline(query) == expected, "\(query)")
    }
    for query in [
      RelationQuery(actor: "Land 1"), RelationQuery(actor: "Land 2", from: Self.may3),
      RelationQuery(actor: "Land 3", to: Self.may3), RelationQuery(),
    ] {
      #expect(try recent.relations(query) == direct.relations(query), "\(query)")
      #expect(try mixed.relations(query) == direct.relations(query), "\(query)")
    }
    try SummaryTests.expectSummariesMatch(recent)
    try SummaryTests.expectSummariesMatch(mixed)
  }

  @Test func aMergeMovesEveryRecentRowInKeyOrder() throws {
    let store = try Self.filled(SummaryTests.recentAlways(mergeRows: 1_000_000))
    let before = try CorrectionTests.count(store, "SELECT count(*) FROM actor_events_recent")
    try store.db.transaction { () throws(StoreError) in try store.mergeRecentActorEvents() }
    #expect(try Self.rows(store, "actor_events_recent") == 0)
    #expect(try Self.rows(store, "actor_events") == before)
    try SummaryTests.expectSummariesMatch(store)
  }

  @Test func mergingActorsMovesTheirRecentRowsToo() throws {
    let direct = try Self.filled(nil)
    let recent = try Self.filled(SummaryTests.recentAlways(mergeRows: 1_000_000))
    for store in [direct, recent] { _ = try store.mergeActor("Land 1", into: "Land 2") }
    #expect(try Self.rows(recent, "actor_events_recent") == 0)
    for query in Self.queries {
      #expect(try recent.timeline(query) == direct.timeline(query), "\(query)")
    }
    #expect(try recent.relations(RelationQuery(actor: "Land 2")) == direct.relations(RelationQuery(actor: "Land 2")))
    try SummaryTests.expectSummariesMatch(recent)
  }

  @Test func replacingAndDeletingDocumentsRemovesTheirRecentRows() throws {
    let store = try Self.filled(SummaryTests.recentAlways(mergeRows: 1_000_000))
    for n in [2, 9, 17] {
      #expect(try store.ingest(mixedResult(document: n, seed: 7, actors: 8)) == .replaced(documentID: "mixed-\(n)"))
    }
    for n in [4, 30, 31] { try store.deleteDocument(id: "mixed-\(n)") }
    try SummaryTests.expectSummariesMatch(store)
  }

  /// The merge threshold: at least the minimum, then growing with the square root of the
  /// database's pages (a million synthetic events are about 100,000 pages of 8 KiB).
  @Test(arguments: [
    (pages: 0, rows: 65_536), (pages: 10_000, rows: 65_536), (pages: 100_000, rows: 161_908),
    (pages: 1_000_000, rows: 512_000),
  ] as [(pages: Int64, rows: Int64)])
  func theMergeThresholdGrowsWithTheSquareRootOfTheDatabase(_ c: (pages: Int64, rows: Int64)) {
    #expect(SQLiteEventStore.RecentActorEvents().mergeThreshold(pages: c.pages) == c.rows)
  }

  @Test func aDatabaseLargerThanTheMinimumWritesTheRecentTable() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    store.recentActorEvents.minimumDatabaseBytes = try store.databaseSize().bytes + 1
    _ = try store.ingest(mixedResult(document: 1))
    #expect(try Self.rows(store, "actor_events_recent") == 0)
    store.recentActorEvents.minimumDatabaseBytes = try store.databaseSize().bytes
    _ = try store.ingest(mixedResult(document: 2))
    #expect(try Self.rows(store, "actor_events_recent") > 0)
  }
}
