import ChronicleExtraction
import Foundation
import Testing

@testable import ChronicleStore

/// Every table's rows (documents without their ingest time), to compare two databases.
private func allRows(_ store: SQLiteEventStore) throws -> [String] {
  try contentDigest(store) + queryRows(store, [
    "SELECT key, id, title, text, published, url, source, origin, format, content_hash, headline_length FROM documents ORDER BY key",
    "SELECT * FROM actor_counts ORDER BY actor",
    "SELECT * FROM actor_events ORDER BY actor, event",
    "SELECT * FROM relation_edges ORDER BY id",
    "SELECT * FROM relation_evidence ORDER BY edge, event",
    "SELECT * FROM relation_cameos ORDER BY edge, cameo",
    "SELECT * FROM event_clusters ORDER BY event",
    "SELECT * FROM store_stats ORDER BY name",
  ], labelled: true)
}

@Suite("Prepared ingest (rows built ahead, many rows per statement)")
struct PreparedIngestTests {
  /// doc-a again with other text: replaces the stored doc-a.
  static func changedA() -> ExtractionResult {
    var b = ResultBuilder(
      id: "doc-a", title: "Café talks collapse in Genève", body: ["Iran accused Israel of sabotage on 1 March 2024."],
      published: CivilDate(year: 2024, month: 3, day: 4), url: "https://news.example/a", origin: "/tmp/a.txt")
    let iran = b.mention("Iran", Actors.iran, in: 1)
    let israel = b.mention("Israel", Actors.israel, in: 1)
    b.event("accused", lemma: "accuse", in: 1, category: Categories.accuse, source: iran, target: israel, date: "2024-03-01")
    return b.build()
  }

  /// Extracted news, so that the rows cover what the extractor produces.
  static let articles = [
    "Iran accused Russia of shelling Kyiv on Monday. Officials said talks would resume in July 2024.",
    "Russia denied shelling Kyiv. The White House said on Tuesday that Iran had sold drones to Russia.",
    "Iran accused Russia of shelling Kyiv on Monday, officials said. Ukraine asked Germany for air defences.",
  ].enumerated().map { n, body in
    Article(
      id: "news-\(n)", title: "Talks \(n)", body: body, published: CivilDate(year: 2024, month: 3, day: 4 + n),
      format: .text)
  }

  @Test func aPreparedBatchStoresWhatOneByOneIngestStores() async throws {
    let extractor = Extractor()
    let extracted = Self.articles.map { extractor.extract($0) }
    var changedNews = extractor.extract(
      Article(
        id: "news-0", title: "Talks 0", body: "Iran accused Russia of shelling Odesa on Monday.",
        published: CivilDate(year: 2024, month: 3, day: 4), format: .text))
    changedNews.article.origin = nil
    let results =
      [Corpus.documentA().build(), Corpus.documentB().build()] + extracted
      + [Self.changedA(), Corpus.documentB().build(), changedNews, extracted[1]]

    let oneByOne = TemporaryDatabase()
    let reference = try SQLiteEventStore(path: oneByOne.path)
    let expected = try results.map { result throws(StoreError) in try reference.ingest(result) }
    #expect(
      expected == [
        .inserted(documentID: "doc-a"), .inserted(documentID: "doc-b"), .inserted(documentID: "news-0"),
        .inserted(documentID: "news-1"), .inserted(documentID: "news-2"), .replaced(documentID: "doc-a"),
        .unchanged(documentID: "doc-b"), .replaced(documentID: "news-0"), .unchanged(documentID: "news-1"),
      ])

    // Prepared on another thread, stored in one transaction: the replacements within the
    // batch see the rows of the documents they replace.
    let prepared = await Task.detached { results.map(PreparedDocument.init) }.value
    let batchFile = TemporaryDatabase()
    let store = try SQLiteEventStore(path: batchFile.path)
    #expect(try store.ingest(prepared: prepared) == expected)
    #expect(try allRows(store) == allRows(reference))
    try SummaryTests.expectForeignKeysHold(store)

    // The same over several transactions, as `chronicle ingest` does.
    let splitFile = TemporaryDatabase()
    let split = try SQLiteEventStore(path: splitFile.path)
    #expect(try split.ingest(prepared: Array(prepared[..<4])) + split.ingest(prepared: Array(prepared[4...])) == expected)
    #expect(try allRows(split) == allRows(reference))
  }

  @Test func correctionsRecordedInTheStoreApplyToPreparedDocuments() throws {
    let file = TemporaryDatabase()
    let store = try SQLiteEventStore(path: file.path)
    let referenceFile = TemporaryDatabase()
    let reference = try SQLiteEventStore(path: referenceFile.path)
    for s in [store, reference] {
      _ = try s.ingest(Corpus.documentA().build())
      _ = try s.mergeActor("country:ISR", into: "country:IRN")
    }
    // Prepared before the correction was known to it.
    let prepared = PreparedDocument(Corpus.documentB().build())
    #expect(try store.ingest(prepared: [prepared]) == [.inserted(documentID: "doc-b")])
    #expect(try reference.ingest(Corpus.documentB().build()) == .inserted(documentID: "doc-b"))
    #expect(try allRows(store) == allRows(reference))
    #expect(try !store.actors().contains { $0.actor.id == "country:ISR" })
  }
}

extension PreparedIngestTests {
  /// Document `n` naming Iran as `entity` (its name, code, country and resolution vary).
  /// One actor as different documents give it: names, types, codes, countries, resolution.
  static let iranVariants = [
    ActorEntity(id: "country:IRN", name: "Iran", type: .country, code: "IRN", country: "IRN", resolved: false),
    ActorEntity(id: "country:IRN", name: "Islamic Republic of Iran", type: .country, code: nil, country: nil, resolved: true),
    ActorEntity(id: "country:IRN", name: "Iran", type: .organization, code: "IRNGOV", country: nil, resolved: false),
    ActorEntity(id: "country:IRN", name: "Iran", type: .country, code: nil, country: "IRQ", resolved: false),
  ]

  static func naming(_ n: Int, _ entity: ActorEntity, alias: String) -> ExtractionResult {
    var b = ResultBuilder(
      id: "variant-\(n)", title: "Round \(n)", body: ["\(alias) accused Israel of sabotage in round \(n)."],
      published: CivilDate(year: 2024, month: 3, day: 4))
    let iran = b.mention(alias, entity, in: 1)
    let israel = b.mention("Israel", Actors.israel, in: 1)
    b.event("accused", lemma: "accuse", in: 1, category: Categories.accuse, source: iran, target: israel, date: "2024-03-01")
    return b.build()
  }

  /// One actor upserted once per batch ends as one upsert per document would leave it: the
  /// latest name and type, the latest code and country given, resolved if any document
  /// resolved it; alias counts add up.
  @Test func anActorSeenInSeveralDocumentsOfABatchEndsAsWithOneUpsertEach() throws {
    let variants = Self.iranVariants
    let aliases = ["Tehran", "Iran", "Tehran", "the Iranians"]
    let results = variants.indices.map { Self.naming($0, variants[$0], alias: aliases[$0]) }
    let oneByOneFile = TemporaryDatabase()
    let oneByOne = try SQLiteEventStore(path: oneByOneFile.path)
    for result in results { _ = try oneByOne.ingest(result) }
    // Stored once before, so that the batch updates a known actor too.
    let batchFile = TemporaryDatabase()
    let batch = try SQLiteEventStore(path: batchFile.path)
    _ = try batch.ingest(prepared: [PreparedDocument(results[0])])
    _ = try batch.ingest(prepared: results.dropFirst().map(PreparedDocument.init))
    #expect(try allRows(batch) == allRows(oneByOne))
    let actor = try batch.db.prepare("SELECT name, type, code, country, resolved FROM actors WHERE id = 'country:IRN'")
    #expect(try actor.step())
    #expect(
      [actor.string(0), actor.string(1), actor.optionalString(2) ?? "∅", actor.optionalString(3) ?? "∅", actor.string(4)]
        == ["Iran", "country", "IRNGOV", "IRQ", "1"])
  }

  /// The writer skips an actor upsert that would change nothing, knowing the stored rows of
  /// the actors it wrote: the rows end the same as with every upsert run, whatever order
  /// the variants of an actor come in, and another connection's change of an actor is
  /// seen (`PRAGMA data_version`), not overwritten by a skip.
  @Test func skippedActorUpsertsLeaveTheSameRows() throws {
    let variants = Self.iranVariants
    let order = [0, 0, 1, 1, 0, 2, 2, 3, 0, 3, 3, 1]
    let results = order.enumerated().map { n, k in Self.naming(n, variants[k], alias: "Iran") }
    let knowingFile = TemporaryDatabase()
    let knowing = try SQLiteEventStore(path: knowingFile.path)
    let forgettingFile = TemporaryDatabase()
    let forgetting = try SQLiteEventStore(path: forgettingFile.path)
    for result in results {
      _ = try knowing.ingest(result)
      forgetting.pending.forgetStoredActors()
      _ = try forgetting.ingest(result)
      #expect(try allRows(knowing) == allRows(forgetting))
    }
    #expect(knowing.pending.storedActorCount > 0)

    // Another connection renames the actor behind the writer's back; the next document,
    // which names it as the last one did (an upsert the writer would skip), puts its name
    // back, as an upsert would.
    let other = try SQLiteEventStore(path: knowingFile.path)
    try other.db.execute("UPDATE actors SET name = 'Persia' WHERE id = 'country:IRN'")
    let last = variants[order[order.count - 1]]
    _ = try knowing.ingest(Self.naming(99, last, alias: "Iran"))
    let name = try knowing.db.prepare("SELECT name FROM actors WHERE id = 'country:IRN'")
    #expect(try name.step())
    #expect(name.string(0) == last.name)
  }

  /// A merge deletes the merged actor's row; once the correction is removed, a new document
  /// naming that actor stores it again (the writer's knowledge of stored actors goes with
  /// every correction).
  @Test func anActorDeletedByAMergeIsStoredAgainAfterTheUndo() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Self.naming(0, Actors.iran, alias: "Iran"))
    let merge = try store.mergeActor("country:IRN", into: "country:ISR")
    _ = try store.removeActorCorrection(id: merge.correction.id)
    _ = try store.ingest(Self.naming(1, Actors.iran, alias: "Iran"))
    let actors = try store.db.prepare("SELECT count(*) FROM actors WHERE id = 'country:IRN'")
    #expect(try actors.step())
    #expect(actors.int(0) == 1)
    try SummaryTests.expectForeignKeysHold(store)
  }

  @Test func edgesMergedPerBatchEndAsWithOneUpdatePerDocument() throws {
    // Four actors and four categories: most edges recur across the documents of a batch, and
    // so do event clusters (an edge counts a cluster once, whichever document brought it).
    let results =
      (0..<40).map { mixedResult(document: $0, actors: 4) } + [ClusterTests.mondayArticle(), ClusterTests.explicitDateArticle()]
    let oneByOneFile = TemporaryDatabase()
    let oneByOne = try SQLiteEventStore(path: oneByOneFile.path)
    for result in results { _ = try oneByOne.ingest(result) }

    let batchFile = TemporaryDatabase()
    let batch = try SQLiteEventStore(path: batchFile.path)
    _ = try batch.ingest(batch: results)
    #expect(try allRows(batch) == allRows(oneByOne))
    try SummaryTests.expectSummariesMatch(batch)

    // Some edges stored before the batch, some new in it.
    let splitFile = TemporaryDatabase()
    let split = try SQLiteEventStore(path: splitFile.path)
    var next = 0
    for size in [3, 7, 1, 20, 11] {
      _ = try split.ingest(batch: Array(results[next..<min(results.count, next + size)]))
      next += size
    }
    #expect(try allRows(split) == allRows(oneByOne))

    // The case the merged count must get right is there: an edge with fewer clusters than events.
    let merged = try batch.db.prepare(
      "SELECT count(*) FROM relation_edges AS r WHERE r.count < (SELECT count(*) FROM relation_evidence WHERE edge = r.id)")
    #expect(try merged.step())
    #expect(merged.int(0) > 0)
  }
}
