import ChronicleExtraction
import Foundation
import Testing

@testable import ChronicleStore

@Suite("Actor corrections (merge, rename, undo)")
struct CorrectionTests {
  /// What a relation edge says, without row ids (which a rebuild renumbers).
  struct EdgeFacts: Hashable {
    var source: String
    var sourceName: String
    var target: String
    var category: String
    var cameo: String?
    var count: Int
    var first: String?
    var last: String?
  }

  static func edges(_ store: SQLiteEventStore) throws -> Set<EdgeFacts> {
    Set(
      try store.relations(RelationQuery()).map {
        EdgeFacts(
          source: $0.source.id, sourceName: $0.source.name, target: $0.target.id, category: $0.category,
          cameo: $0.cameo, count: $0.count, first: $0.firstDate, last: $0.lastDate)
      })
  }

  /// Actors with their name, code, aliases and counts, by id.
  static func actors(_ store: SQLiteEventStore) throws -> [String: String] {
    var out: [String: String] = [:]
    for a in try store.actors() {
      out[a.actor.id] =
        "\(a.actor.name)|\(a.actor.type.rawValue)|\(a.actor.code ?? "-")|\(a.aliases.joined(separator: ","))|\(a.mentions)|\(a.documents)|\(a.events)"
    }
    return out
  }

  /// Mention codes by (document, text) of an actor.
  static func mentionCodes(_ store: SQLiteEventStore, actor: String) throws -> [String] {
    let rows = try store.db.prepare("SELECT text, coalesce(code, '-') FROM actor_mentions WHERE actor = ?1 ORDER BY id")
    try rows.bind(1, actor)
    var out: [String] = []
    while try rows.step() { out.append("\(rows.string(0))=\(rows.string(1))") }
    return out
  }

  static func count(_ store: SQLiteEventStore, _ sql: String) throws -> Int {
    let rows = try store.db.prepare(sql)
    #expect(try rows.step())
    return rows.int(0)
  }

  @Test func mergeMovesMentionsAliasesRolesAndEdges() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(batch: (0..<20).map { mixedResult(document: $0) })
    let before = try store.actors()
    let x1 = try #require(before.first { $0.actor.id == "country:X1" })
    let x2 = try #require(before.first { $0.actor.id == "country:X2" })

    let x1Number = try Self.count(store, "SELECT number FROM actors WHERE id = 'country:X1'")
    #expect(try Self.count(store, "SELECT count(*) FROM actor_events WHERE actor = \(x1Number)") > 0)
    let outcome = try store.mergeActor("Land 1", into: "country:x2")
    #expect(outcome.correction.kind == .merge)
    #expect(outcome.correction.fromActor == "country:X1")
    #expect(outcome.correction.toActor == "country:X2")
    #expect(outcome.correction.toName == "Land 2")
    #expect(outcome.mentions == x1.mentions)
    #expect(outcome.documents == x1.documents)

    let after = try store.actors()
    #expect(!after.contains { $0.actor.id == "country:X1" })
    let merged = try #require(after.first { $0.actor.id == "country:X2" })
    #expect(merged.actor.name == "Land 2")
    #expect(merged.actor.code == "X2")
    #expect(merged.mentions == x1.mentions + x2.mentions)
    #expect(Set(merged.aliases) == ["Alias 1", "Alias 2", "Land 1"])
    for table in ["actor_mentions", "event_arguments", "actor_counts", "actor_aliases"] {
      #expect(try Self.count(store, "SELECT count(*) FROM \(table) WHERE actor = 'country:X1'") == 0, "\(table)")
    }
    // actor_events names actors by number: the merged actor's rows went to the target's.
    #expect(try Self.count(store, "SELECT count(*) FROM actor_events WHERE actor = \(x1Number)") == 0)
    #expect(try Self.count(store, "SELECT count(*) FROM actor_events WHERE actor NOT IN (SELECT number FROM actors)") == 0)
    #expect(try Self.count(store, "SELECT count(*) FROM events WHERE attributed_actor = 'country:X1'") == 0)
    // Summaries equal what the raw rows give, and no edge runs from an actor to itself.
    try SummaryTests.expectSummariesMatch(store)
    #expect(try Self.count(store, "SELECT count(*) FROM relation_edges WHERE source = target") == 0)
    #expect(try store.relations(RelationQuery()).allSatisfy { $0.source.id != $0.target.id })
    // The old name finds the merged actor.
    #expect(try store.actorDetail(name: "Land 1")?.summary.actor.id == "country:X2")
    #expect(try store.timeline(TimelineQuery(actors: ["country:X1"])).isEmpty)
  }

  @Test func anEdgeBetweenTheMergedActorsIsDroppedButTheEventStays() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Corpus.documentA().build())
    #expect(try store.relations(RelationQuery()).contains { $0.source.id == "country:IRN" && $0.target.id == "country:ISR" })

    _ = try store.mergeActor("Israel", into: "Iran")
    let edges = try store.relations(RelationQuery())
    #expect(edges.isEmpty)
    #expect(try store.rawRelations(RelationQuery()).isEmpty)
    // The accusation is still Iran's, with Iran as source and target.
    let timeline = try store.timeline(TimelineQuery(actors: ["Iran"]))
    let accused = try #require(timeline.first { $0.trigger == "accused" })
    #expect(accused.actors.map(\.actorID) == ["country:IRN", "country:IRN"])
    #expect(accused.actors.map(\.role) == [.source, .target])
    let iran = try #require(try store.actors().first { $0.actor.id == "country:IRN" })
    #expect(iran.aliases == ["Israel", "Tehran"])
    #expect(iran.mentions == 4)
  }

  @Test func renameChangesNameCodeAndContextFreeMentionCodes() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Corpus.documentA().build())
    _ = try store.ingest(Corpus.documentB().build())
    let outcome = try store.renameActor("iran", to: "Islamic Republic of Iran", code: "irnrep")
    #expect(outcome.correction.kind == .rename)
    #expect(outcome.correction.code == "IRNREP")
    #expect(outcome.correction.fromName == "Iran")
    #expect(outcome.mentions == 4)
    #expect(outcome.documents == 2)
    let iran = try #require(try store.actors().first { $0.actor.id == "country:IRN" })
    #expect(iran.actor.name == "Islamic Republic of Iran")
    #expect(iran.actor.code == "IRNREP")
    #expect(iran.actor.type == .country)
    #expect(iran.aliases == ["Iran", "Tehran", "the Islamic Republic"])
    // The mentions coded IRN take the new code; "Tehran" (IRNGOV from its context) keeps its own.
    #expect(
      try Self.mentionCodes(store, actor: "country:IRN")
        == ["Iran=IRNREP", "Tehran=IRNGOV", "the Islamic Republic=IRNREP", "Iran=IRNREP"])
    #expect(try store.relations(RelationQuery(actor: "Islamic Republic of Iran")).allSatisfy {
      $0.source.name == "Islamic Republic of Iran" || $0.target.name == "Islamic Republic of Iran"
    })
    #expect(try store.relations(RelationQuery(actor: "Iran")).count == 3)
    try SummaryTests.expectSummariesMatch(store)

    // Only a code: the name stays.
    _ = try store.renameActor("Israel", to: "Israel", code: "ISRGOV")
    #expect(try store.actors().first { $0.actor.id == "country:ISR" }?.actor.code == "ISRGOV")
  }

  @Test func laterIngestsGetTheCorrections() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Corpus.documentA().build())
    _ = try store.mergeActor("Iranian Foreign Ministry", into: "Iran")
    _ = try store.renameActor("Israel", to: "State of Israel", code: "ISRGOV")

    // A new document mentioning both, and a new version of document A.
    #expect(try store.ingest(Corpus.documentB().build()) == .inserted(documentID: "doc-b"))
    var changed = Corpus.documentA()
    changed.body[2] = "Negotiators will meet again soon."
    #expect(try store.ingest(changed.build()) == .replaced(documentID: "doc-a"))

    let actors = try store.actors()
    #expect(!actors.contains { $0.actor.id == Actors.ministry.id })
    #expect(Set(actors.map(\.actor.id)) == ["country:IRN", "country:ISR"])
    let israel = try #require(actors.first { $0.actor.id == "country:ISR" })
    #expect(israel.actor.name == "State of Israel")
    #expect(israel.actor.code == "ISRGOV")
    #expect(israel.aliases == ["Israel"])
    #expect(israel.documents == 2)
    #expect(try Self.mentionCodes(store, actor: "country:ISR").allSatisfy { $0 == "Israel=ISRGOV" })
    let iran = try #require(actors.first { $0.actor.id == "country:IRN" })
    #expect(iran.aliases.contains("the Iranian Foreign Ministry"))
    // The ministry's mention kept its own code (IRNGOV), now as Iran's.
    #expect(try Self.mentionCodes(store, actor: "country:IRN").contains("the Iranian Foreign Ministry=IRNGOV"))
    // "said" was attributed to the ministry: now to Iran.
    #expect(try Self.count(store, "SELECT count(*) FROM events WHERE attributed_actor = 'org:irn-foreign-ministry'") == 0)
    #expect(try Self.count(store, "SELECT count(*) FROM events WHERE attributed_actor = 'country:IRN'") == 1)
    try SummaryTests.expectSummariesMatch(store)
  }

  /// Applying corrections to the stored rows and applying them while re-ingesting give
  /// the same graph.
  @Test func reingestingEverythingGivesTheCorrectedGraphAgain() throws {
    let documents = (0..<24).map { mixedResult(document: $0) }
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(batch: documents)
    _ = try store.mergeActor("Land 1", into: "Land 2")
    _ = try store.renameActor("Land 2", to: "Twoland", code: "TWO")
    _ = try store.mergeActor("country:X4", into: "Twoland")
    _ = try store.renameActor("Alias 5", to: "Fiveland", code: nil)
    let edges = try Self.edges(store)
    let actors = try Self.actors(store)
    #expect(actors["country:X2"]?.hasPrefix("Twoland|country|TWO|") == true)
    #expect(actors["country:X5"]?.hasPrefix("Fiveland|country|X5|") == true)
    #expect(actors["country:X1"] == nil && actors["country:X4"] == nil)
    try SummaryTests.expectSummariesMatch(store)

    for id in try store.documentIDs() { try store.deleteDocument(id: id) }
    #expect(try store.actors().isEmpty)
    _ = try store.ingest(batch: documents)
    #expect(try Self.edges(store) == edges)
    #expect(try Self.actors(store) == actors)
    try SummaryTests.expectSummariesMatch(store)

    // One document at a time, in another order: the same.
    for id in try store.documentIDs() { try store.deleteDocument(id: id) }
    for document in documents.reversed() { _ = try store.ingest(document) }
    #expect(try Self.edges(store) == edges)
    #expect(try Self.actors(store) == actors)
  }

  @Test func aMergeTargetThatIsNoLongerStoredComesBackAsItWas() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Corpus.documentA().build())
    _ = try store.renameActor("Iran", to: "Persia", code: nil)
    _ = try store.mergeActor("Israel", into: "Persia")
    try store.deleteDocument(id: "doc-a")
    #expect(try store.actors().isEmpty)
    _ = try store.ingest(Corpus.documentB().build())
    let actors = try store.actors()
    #expect(actors.map(\.actor.id) == ["country:IRN"])
    #expect(actors.first?.actor.name == "Persia")
    #expect(actors.first?.actor.type == .country)
    #expect(actors.first?.actor.code == "IRN")
  }

  @Test func mergesChainInTheOrderTheyWereMade() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(batch: (0..<8).map { mixedResult(document: $0) })
    _ = try store.mergeActor("Land 1", into: "Land 2")
    _ = try store.mergeActor("Land 2", into: "Land 3")
    let corrections = try store.actorCorrections()
    #expect(corrections.map(\.kind) == [.merge, .merge])
    #expect(corrections.map(\.id) == corrections.map(\.id).sorted())
    // A new version of a document that mentions X1: its mentions land on X3.
    _ = try store.ingest(mixedResult(document: 2, seed: 7))
    let ids = Set(try store.actors().map(\.actor.id))
    #expect(!ids.contains("country:X1") && !ids.contains("country:X2") && ids.contains("country:X3"))
    try SummaryTests.expectSummariesMatch(store)
  }

  @Test func undoRemovesTheCorrectionAndTheNextIngestRestoresTheActor() throws {
    let documents = (0..<10).map { mixedResult(document: $0) }
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(batch: documents)
    let plainEdges = try Self.edges(store)
    let plainActors = try Self.actors(store)
    let merge = try store.mergeActor("Land 1", into: "Land 2")
    let rename = try store.renameActor("Land 3", to: "Threeland", code: nil)
    #expect(try store.actorCorrections().map(\.id) == [merge.correction.id, rename.correction.id])

    let removal = try store.removeActorCorrection(id: merge.correction.id)
    #expect(removal.correction == merge.correction)
    #expect(!removal.staleDocuments.isEmpty)
    #expect(try store.actorCorrections().map(\.id) == [rename.correction.id])
    // Until re-ingest the stored rows keep the merge; the stale documents are no longer "unchanged".
    #expect(try store.actors().first { $0.actor.id == "country:X1" } == nil)
    let outcomes = try store.ingest(batch: documents)
    let replaced = outcomes.compactMap { outcome -> String? in
      if case .replaced(let id) = outcome { return id }
      return nil
    }
    #expect(replaced == removal.staleDocuments.sorted())
    #expect(try store.actors().contains { $0.actor.id == "country:X1" })
    try SummaryTests.expectSummariesMatch(store)

    _ = try store.removeActorCorrection(id: rename.correction.id)
    #expect(try store.actorCorrections().isEmpty)
    _ = try store.ingest(batch: documents)
    #expect(try Self.edges(store) == plainEdges)
    #expect(try Self.actors(store) == plainActors)
  }

  @Test func mistakesAreTypedErrorsAndChangeNothing() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Corpus.documentA().build())
    _ = try store.ingest(Corpus.documentB().build())
    let before = try Self.actors(store)

    #expect(throws: StoreError.noSuchActor(name: "Irna", nearMatches: ["Iran [country:IRN]"])) {
      try store.mergeActor("Irna", into: "Israel")
    }
    #expect(throws: StoreError.noSuchActor(name: "Nobody At All", nearMatches: [])) {
      try store.mergeActor("Iran", into: "Nobody At All")
    }
    #expect(throws: StoreError.sameActor("Tehran", "country:IRN")) { try store.mergeActor("Tehran", into: "Iran") }
    #expect(throws: StoreError.nameTaken(name: "israel", actor: "Israel [country:ISR]")) {
      try store.renameActor("Iran", to: "israel", code: nil)
    }
    #expect(throws: StoreError.self) { try store.renameActor("Iran", to: "  ", code: nil) }
    #expect(throws: StoreError.self) { try store.renameActor("Iran", to: "Persia", code: "IR-N") }
    #expect(throws: StoreError.self) { try store.renameActor("Iran", to: "Iran", code: nil) }
    #expect(throws: StoreError.noSuchCorrection(42)) { try store.removeActorCorrection(id: 42) }
    #expect(try store.actorCorrections().isEmpty)
    #expect(try Self.actors(store) == before)

    // An alias two actors share is ambiguous; their ids are not.
    var shared = Corpus.documentB()
    shared.id = "doc-c"
    shared.url = nil
    shared.origin = nil
    shared.body[2] = "Talks are expected in Jerusalem."
    shared.mention("Jerusalem", Actors.israel, in: 3)
    shared.mention("Jerusalem", Actors.iran, in: 3)
    _ = try store.ingest(shared.build())
    #expect(throws: StoreError.ambiguousActor(name: "jerusalem", candidates: ["Iran [country:IRN]", "Israel [country:ISR]"])) {
      try store.mergeActor("jerusalem", into: "Iranian Foreign Ministry")
    }
    #expect(StoreError.noSuchActor(name: "Irna", nearMatches: ["Iran [country:IRN]"]).description.contains("near matches: Iran"))
    #expect(StoreError.noSuchActor(name: "x", nearMatches: []).isBadInput)
  }

  @Test(arguments: [
    ("biden", "joe biden", 0), ("Bidne", "biden", 2), ("irna", "iran", 2), ("kremlin", "kremlin", 0),
    ("france", "iran", nil), ("ab", "abc", 2), ("xyz", "abc", nil),
  ] as [(String, String, Int?)])
  func closeness(query: String, candidate: String, expected: Int?) {
    #expect(
      SQLiteEventStore.closeness(Array(query.lowercased().unicodeScalars), Array(candidate.unicodeScalars)) == expected)
  }

  @Test func aVersion2DatabaseFromTheOldSQLGainsTheCorrectionsTable() throws {
    let file = TemporaryDatabase()
    do {
      // Exactly what a version-2 Chronicle created.
      let old = try Database(path: file.path)
      try old.execute(Migrations.steps[0])
      try old.execute(Migrations.steps[1])
      try old.setUserVersion(2)
    }
    let store = try SQLiteEventStore(path: file.path)
    #expect(try store.db.userVersion() == SQLiteEventStore.schemaVersion)
    #expect(try Self.count(store, "SELECT count(*) FROM sqlite_master WHERE name = 'actor_corrections'") == 1)
    #expect(try store.actorCorrections().isEmpty)
    _ = try store.ingest(Corpus.documentA().build())
    _ = try store.mergeActor("Israel", into: "Iran")
    #expect(try store.actorCorrections().count == 1)
  }

  @Test func aVersion2DatabaseWithDataKeepsItAndCanBeCorrected() throws {
    let file = TemporaryDatabase()
    var edges: Set<EdgeFacts> = []
    do {
      let store = try SQLiteEventStore(path: file.path)
      _ = try store.ingest(batch: (0..<6).map { mixedResult(document: $0) })
      edges = try Self.edges(store)
      try store.db.execute("DROP TABLE actor_corrections; PRAGMA user_version = 2;")
    }
    let store = try SQLiteEventStore(path: file.path)
    #expect(try store.db.userVersion() == SQLiteEventStore.schemaVersion)
    #expect(try Self.edges(store) == edges)
    _ = try store.mergeActor("Land 0", into: "Land 5")
    try SummaryTests.expectSummariesMatch(store)
    // Read-only opening of the migrated file lists the correction.
    let reader = try SQLiteEventStore(path: file.path, readOnly: true)
    #expect(try reader.actorCorrections().map(\.fromActor) == ["country:X0"])
  }
}
