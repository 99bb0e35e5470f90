import ChronicleExtraction
import Foundation
import Testing

@testable import ChronicleStore

/// Row counts of every table, to compare database states.
func rowCounts(_ store: SQLiteEventStore) throws -> [String: Int] {
  var counts: [String: Int] = [:]
  for table in [
    "documents", "sentences", "actors", "actor_aliases", "actor_mentions", "time_expressions", "events",
    "event_arguments",
  ] {
    let statement = try store.db.prepare("SELECT count(*) FROM \(table)")
    _ = try statement.step()
    counts[table] = statement.int(0)
  }
  return counts
}

/// The rows `queries` return, each as its columns joined by "|" (NULL as "∅"), prefixed by
/// the first 30 characters of its query when `labelled`.
func queryRows(_ store: SQLiteEventStore, _ queries: [String], labelled: Bool = false) throws -> [String] {
  var rows: [String] = []
  for query in queries {
    let statement = try store.db.prepare(query)
    let columns = statement.columnCount
    while try statement.step() {
      let row = (0..<columns).map { statement.optionalString($0) ?? "∅" }.joined(separator: "|")
      rows.append(labelled ? query.prefix(30) + row : row)
    }
  }
  return rows
}

/// A digest of all rows (except ingest times), to check that a database did not change at all.
func contentDigest(_ store: SQLiteEventStore) throws -> [String] {
  try queryRows(store, [
    "SELECT id, content_hash, text FROM documents ORDER BY id",
    "SELECT * FROM sentences ORDER BY document, idx",
    "SELECT * FROM actors ORDER BY id",
    "SELECT * FROM actor_aliases ORDER BY actor, alias",
    "SELECT * FROM actor_mentions ORDER BY id",
    "SELECT * FROM time_expressions ORDER BY id",
    "SELECT * FROM events ORDER BY id",
    "SELECT * FROM event_arguments ORDER BY event, idx",
  ])
}

@Suite("Ingest")
struct IngestTests {
  @Test func insertsThenReportsUnchanged() throws {
    let file = TemporaryDatabase()
    let store = try SQLiteEventStore(path: file.path)
    let a = Corpus.documentA().build()
    #expect(try store.ingest(a) == .inserted(documentID: "doc-a"))
    let before = try rowCounts(store)
    #expect(before["documents"] == 1)
    #expect(before["sentences"] == 4)
    #expect(before["actors"] == 3)
    #expect(before["actor_mentions"] == 5)
    #expect(before["events"] == 4)
    #expect(before["event_arguments"] == 5)
    #expect(before["time_expressions"] == 1)
    let digest = try contentDigest(store)
    #expect(try store.ingest(a) == .unchanged(documentID: "doc-a"))
    #expect(try store.ingest(batch: [a, a]) == [.unchanged(documentID: "doc-a"), .unchanged(documentID: "doc-a")])
    #expect(try rowCounts(store) == before)
    #expect(try contentDigest(store) == digest)
  }

  @Test func batchIngestsAllAndDetectsDuplicatesWithin() throws {
    let file = TemporaryDatabase()
    let store = try SQLiteEventStore(path: file.path)
    let a = Corpus.documentA().build()
    let b = Corpus.documentB().build()
    let outcomes = try store.ingest(batch: [a, b, a])
    #expect(outcomes == [.inserted(documentID: "doc-a"), .inserted(documentID: "doc-b"), .unchanged(documentID: "doc-a")])
    #expect(try store.documentIDs() == ["doc-a", "doc-b"])
  }

  @Test func replacesAChangedDocumentAndPrunesOrphans() throws {
    let file = TemporaryDatabase()
    let store = try SQLiteEventStore(path: file.path)
    _ = try store.ingest(Corpus.documentA().build())
    _ = try store.ingest(Corpus.documentB().build())

    // A corrected version of doc-a: no ministry, no "Tehran".
    var b = ResultBuilder(
      id: "doc-a", title: "Café talks collapse in Genève", body: ["Iran accused Israel of sabotage on 1 March 2024."],
      published: CivilDate(year: 2024, month: 3, day: 4), url: "https://news.example/a", origin: "/tmp/a.txt")
    let iran = b.mention("Iran", Actors.iran, in: 1)
    let israel = b.mention("Israel", Actors.israel, in: 1)
    b.event("accused", lemma: "accuse", in: 1, category: Categories.accuse, source: iran, target: israel, date: "2024-03-01")
    #expect(try store.ingest(b.build()) == .replaced(documentID: "doc-a"))

    let counts = try rowCounts(store)
    #expect(counts["documents"] == 2)
    #expect(counts["events"] == 4)  // 1 new + 3 of doc-b
    #expect(counts["time_expressions"] == 2)  // doc-b's
    let actors = try store.actors()
    #expect(actors.map(\.actor.id).sorted() == ["country:IRN", "country:ISR"])  // ministry pruned
    let iranSummary = try #require(actors.first { $0.actor.id == "country:IRN" })
    #expect(iranSummary.aliases == ["the Islamic Republic"])  // "Tehran" went with the old version
    #expect(iranSummary.mentions == 3)
    #expect(try store.timeline(TimelineQuery(actors: ["Tehran"])).isEmpty)
    try SummaryTests.expectForeignKeysHold(store)
  }

  @Test func replacesByURLAndByOrigin() throws {
    let file = TemporaryDatabase()
    let store = try SQLiteEventStore(path: file.path)
    _ = try store.ingest(Corpus.documentA().build())
    _ = try store.ingest(Corpus.documentB().build())

    var byURL = ResultBuilder(
      id: "renamed-a", title: "Talks collapse", body: ["Negotiators left."], published: nil, url: "https://news.example/a")
    byURL.event("left", lemma: "leave", in: 1)
    #expect(try store.ingest(byURL.build()) == .replaced(documentID: "renamed-a"))
    #expect(try store.documentIDs() == ["doc-b", "renamed-a"])

    let byOrigin = ResultBuilder(id: "renamed-b", title: "Edited", body: ["Nothing happened."], published: nil, origin: "/tmp/b.txt")
    #expect(try store.ingest(byOrigin.build()) == .replaced(documentID: "renamed-b"))
    #expect(try store.documentIDs() == ["renamed-a", "renamed-b"])
    #expect(try store.actors().isEmpty)

    // Standard input is no identity: two different stdin documents both stay.
    let one = ResultBuilder(id: "stdin-1", title: "One", body: ["First."], published: nil, origin: "-")
    let two = ResultBuilder(id: "stdin-2", title: "Two", body: ["Second."], published: nil, origin: "-")
    #expect(try store.ingest(batch: [one.build(), two.build()]) == [.inserted(documentID: "stdin-1"), .inserted(documentID: "stdin-2")])
    try SummaryTests.expectForeignKeysHold(store)
  }

  @Test func sharesActorsAcrossDocuments() throws {
    let file = TemporaryDatabase()
    let store = try SQLiteEventStore(path: file.path)
    _ = try store.ingest(batch: [Corpus.documentA().build(), Corpus.documentB().build()])
    let actors = try store.actors()
    #expect(actors.map(\.actor.id) == ["country:IRN", "country:ISR", "org:irn-foreign-ministry"])
    let iran = actors[0]
    #expect(iran.actor.name == "Iran")
    #expect(iran.mentions == 4)
    #expect(iran.documents == 2)
    #expect(iran.events == 4)
    #expect(iran.aliases == ["Tehran", "the Islamic Republic"])
    let israel = actors[1]
    #expect(israel.mentions == 4)
    #expect(israel.documents == 2)
    #expect(israel.aliases.isEmpty)
    let ministry = actors[2]
    #expect(ministry.events == 2)  // source of "said", attributed source of "threatened"
  }

  @Test func aFailingBatchLeavesTheDatabaseAsItWas() throws {
    let file = TemporaryDatabase()
    let store = try SQLiteEventStore(path: file.path)
    _ = try store.ingest(Corpus.documentA().build())
    let counts = try rowCounts(store)
    let digest = try contentDigest(store)

    var broken = Corpus.documentB()
    broken.events[0].arguments.append(EventArgument(role: .target, mention: 99, rule: "object"))
    // doc-b is valid and written first; the broken one makes the whole batch roll back.
    var good = Corpus.documentB()
    good.id = "doc-c"
    good.url = nil
    good.origin = nil
    good.title = "A different headline"
    #expect(throws: StoreError.self) { _ = try store.ingest(batch: [good.build(), broken.build()]) }
    #expect(throws: StoreError.invalidResult(documentID: "doc-b", reason: "event 0 has an argument pointing at actor mention 99 of 4")) {
      _ = try store.ingest(broken.build())
    }
    #expect(try rowCounts(store) == counts)
    #expect(try contentDigest(store) == digest)
    #expect(try store.documentIDs() == ["doc-a"])
    // The store still works after the rollback.
    #expect(try store.ingest(good.build()) == .inserted(documentID: "doc-c"))
  }

  @Test func anotherWritersLockIsReportedAsBusy() throws {
    let file = TemporaryDatabase()
    let holder = try SQLiteEventStore(path: file.path)
    let waiter = try SQLiteEventStore(path: file.path, readOnly: false, busyTimeout: 50)
    try holder.db.execute("BEGIN IMMEDIATE")
    #expect(throws: StoreError.busy(path: file.path)) { _ = try waiter.ingest(Corpus.documentA().build()) }
    // Readers are not blocked by the writer (WAL).
    #expect(try waiter.documentIDs().isEmpty)
    try holder.db.execute("COMMIT")
    #expect(try waiter.ingest(Corpus.documentA().build()) == .inserted(documentID: "doc-a"))
  }

  @Test func deletesADocument() throws {
    let file = TemporaryDatabase()
    let store = try SQLiteEventStore(path: file.path)
    _ = try store.ingest(batch: [Corpus.documentA().build(), Corpus.documentB().build()])
    try store.deleteDocument(id: "doc-a")
    #expect(try store.documentIDs() == ["doc-b"])
    let counts = try rowCounts(store)
    #expect(counts["events"] == 3)
    #expect(counts["actor_mentions"] == 4)
    #expect(counts["actors"] == 2)
    #expect(try store.actors().first { $0.actor.id == "country:IRN" }?.aliases == ["the Islamic Republic"])
    #expect(throws: StoreError.noSuchDocument("doc-a")) { try store.deleteDocument(id: "doc-a") }
  }

  @Test func storesTheDocumentForRedating() throws {
    let file = TemporaryDatabase()
    let store = try SQLiteEventStore(path: file.path)
    let a = Corpus.documentA()
    let result = a.build()
    _ = try store.ingest(result)
    let stored = try #require(try store.document(id: "doc-a"))
    #expect(stored.article.title == a.title)
    #expect(stored.article.body == a.article.body)
    #expect(stored.article.fullText == result.text.text)
    #expect(stored.article.url == "https://news.example/a")
    #expect(stored.article.origin == "/tmp/a.txt")
    #expect(stored.article.source == "Test Wire")
    #expect(stored.published == CivilDate(year: 2024, month: 3, day: 4))
    #expect(stored.contentHash == result.contentHash)
    #expect(try store.document(id: "nope") == nil)
  }

  @Test(arguments: [
    ("Headline\n\nBody text.", "Headline", 8, "Body text."),
    ("Body only.", nil, 0, "Body only."),
    ("Changed headline\n\nBody.", "Original", 16, "Body."),
  ] as [(String, String?, Int, String)])
  func splitsTheBodyBack(text: String, title: String?, headlineLength: Int, body: String) {
    #expect(SQLiteEventStore.body(of: text, title: title, headlineLength: headlineLength) == body)
  }
}
