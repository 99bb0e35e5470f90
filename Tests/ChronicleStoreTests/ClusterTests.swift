import ChronicleExtraction
import Testing

@testable import ChronicleStore

/// Cross-document event coreference: hand-written articles run through the real
/// extractor, stored, and read back as an actor timeline.
@Suite("Event clusters across documents")
struct ClusterTests {
  static let extractor = Extractor()

  static func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day)!
  }

  /// Published on Tuesday 14 March 2023: "Monday" is the 13th.
  static func mondayArticle() -> ExtractionResult {
    article(
      "tuesday-report", "Washington turns up pressure on Tehran",
      "The United States accused Iran on Monday of supplying drones to Russia.", published: (2023, 3, 14))
  }

  /// Published two days later with the explicit date, other words, and a sanction the same day.
  static func explicitDateArticle() -> ExtractionResult {
    article(
      "thursday-report", "Sanctions follow drone charges",
      "The United States accused Iran on March 13 of sending drones to Russia. "
        + "The United States also imposed sanctions on Iran on March 13.",
      published: (2023, 3, 16))
  }

  /// Published on 2 April 2023: the accusation is dated to March only.
  static func monthArticle() -> ExtractionResult {
    article(
      "review", "A month of charges", "In March, the United States accused Iran of supplying drones to Russia.",
      published: (2023, 4, 2))
  }

  static func article(_ id: String, _ title: String, _ body: String, published: (Int, Int, Int)) -> ExtractionResult {
    let date = CivilDate(year: published.0, month: published.1, day: published.2)
    return extractor.extract(
      Article(id: id, title: title, body: body, published: date, url: "https://news.example/\(id)", format: .text))
  }

  static func accusations(_ store: SQLiteEventStore, merge: Bool = true) throws -> [TimelineEntry] {
    try store.timeline(TimelineQuery(actors: ["Iran"], category: "ACCUSE", merge: merge))
      .filter { $0.lemma == "accuse" && $0.isDated }
  }

  @Test func theSameEventReportedTwiceIsOneEntryWithTwoSources() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Self.mondayArticle())
    _ = try store.ingest(Self.explicitDateArticle())

    let merged = try Self.accusations(store)
    #expect(merged.count == 1)
    let entry = try #require(merged.first)
    #expect(entry.date == "2023-03-13")
    #expect(entry.range?.granularity == .day)
    #expect(entry.sources.map(\.documentID) == ["tuesday-report", "thursday-report"])
    #expect(entry.sources.map(\.date) == ["2023-03-13", "2023-03-13"])
    #expect(entry.sources.map(\.trigger) == ["accused", "accused"])
    #expect(entry.sources[1].sentence == "The United States accused Iran on March 13 of sending drones to Russia.")
    #expect(entry.sources.allSatisfy { $0.sentenceIndex == 1 && $0.start != nil && $0.end != nil })
    #expect(entry.sources.contains { $0.eventID == entry.cluster })

    // Every mention as before with --no-merge.
    let unmerged = try Self.accusations(store, merge: false)
    #expect(unmerged.count == 2)
    #expect(Set(unmerged.map(\.cluster)) == [entry.cluster])
    #expect(unmerged.allSatisfy { $0.sources.count == 1 })

    // `show` of either mention lists both sources.
    for mention in unmerged {
      let detail = try #require(try store.event(id: mention.eventID))
      #expect(detail.entry.sources.count == 2)
    }
  }

  @Test func differentPredicatesOnTheSameDayBetweenTheSameActorsStaySeparate() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Self.mondayArticle())
    _ = try store.ingest(Self.explicitDateArticle())
    let day = try store.timeline(
      TimelineQuery(
        actors: ["Iran"], from: CivilDate(year: 2023, month: 3, day: 13), to: CivilDate(year: 2023, month: 3, day: 13)))
    let accuse = day.filter { $0.category?.plover == "ACCUSE" }
    let sanction = day.filter { $0.category?.plover == "SANCTION" }
    #expect(accuse.count == 1)
    #expect(sanction.count == 1)
    #expect(sanction.first?.sources.count == 1)
    #expect(accuse.first?.cluster != sanction.first?.cluster)
  }

  @Test func differentDaysStaySeparateAndAnAmbiguousMonthJoinsNeither() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Self.mondayArticle())
    _ = try store.ingest(
      Self.article(
        "later", "More charges",
        "On March 20, the United States accused Iran of supplying drones to Russia.", published: (2023, 3, 21)))
    _ = try store.ingest(Self.monthArticle())
    let entries = try Self.accusations(store)
    #expect(entries.map(\.date) == ["2023-03", "2023-03-13", "2023-03-20"])
    #expect(entries.allSatisfy { $0.sources.count == 1 })
  }

  @Test func aMonthAndADayMergeAndTheEntryShowsTheDay() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Self.monthArticle())
    _ = try store.ingest(Self.mondayArticle())
    let entries = try Self.accusations(store)
    #expect(entries.count == 1)
    let entry = try #require(entries.first)
    #expect(entry.date == "2023-03-13")
    #expect(entry.documentID == "tuesday-report")
    #expect(Set(entry.sources.compactMap(\.date)) == ["2023-03", "2023-03-13"])
  }

  /// A document's cluster rows are written after all its mentions are assigned: a later
  /// mention still sees the earlier ones as members of the cluster they joined.
  @Test func aLaterMentionOfTheSameDocumentSeesTheMembersItsEarlierMentionsAdded() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Self.monthArticle())
    _ = try store.ingest(
      Self.article(
        "two-days", "Two charges",
        "The United States accused Iran on March 13 of supplying drones to Russia. "
          + "The United States accused Iran on March 20 of sending drones to Russia.",
        published: (2023, 3, 21)))
    // March 13 joins the month; March 20 no longer overlaps every member of that cluster.
    let entries = try Self.accusations(store)
    #expect(entries.map(\.date) == ["2023-03-13", "2023-03-20"])
    #expect(entries.map(\.sources.count) == [2, 1])
  }

  @Test func deletingTheFirstReportKeepsTheOtherAndReingestMergesAgain() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Self.mondayArticle())
    _ = try store.ingest(Self.explicitDateArticle())
    try store.deleteDocument(id: "tuesday-report")
    let alone = try Self.accusations(store)
    #expect(alone.count == 1)
    #expect(alone.first?.sources.map(\.documentID) == ["thursday-report"])
    #expect(alone.first?.cluster == alone.first?.eventID)

    _ = try store.ingest(Self.mondayArticle())
    let again = try Self.accusations(store)
    #expect(again.count == 1)
    #expect(again.first?.sources.count == 2)
    let stale = try store.db.prepare("SELECT count(*) FROM event_clusters WHERE cluster NOT IN (SELECT id FROM events)")
    #expect(try stale.step())
    #expect(stale.int(0) == 0)
    try SummaryTests.expectForeignKeysHold(store)
  }

  @Test func relationCountsCountTheEventOnceWithEveryMentionAsEvidence() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Self.mondayArticle())
    _ = try store.ingest(Self.explicitDateArticle())
    func accuseEdge(_ query: RelationQuery) throws -> RelationEdge? {
      try store.relations(query).first {
        $0.source.id == "country:USA" && $0.target.id == "country:IRN" && $0.category == "ACCUSE"
      }
    }
    let merged = try #require(try accuseEdge(RelationQuery(actor: "Iran")))
    // One accusation told by two articles: one event, two mentions as evidence.
    #expect(merged.count == 1)
    #expect(merged.events.count == 2)
    // The aggregate from the raw rows (a date filter) agrees with the summary.
    let raw = try #require(
      try accuseEdge(RelationQuery(actor: "Iran", from: Self.day(2023, 1, 1), to: Self.day(2023, 12, 31))))
    #expect(raw.count == 1)
    #expect(raw.events == merged.events)
    // Without merging each mention would count: --min-count 2 finds nothing.
    #expect(try store.relations(RelationQuery(actor: "Iran", minCount: 2)).isEmpty)

    try store.deleteDocument(id: "thursday-report")
    let after = try #require(try accuseEdge(RelationQuery(actor: "Iran")))
    #expect(after.count == 1)
    #expect(after.events.count == 1)
    try store.deleteDocument(id: "tuesday-report")
    #expect(try accuseEdge(RelationQuery()) == nil)
  }

  @Test func relationSummariesEqualTheRawAggregateThroughDeletesAndReingests() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    let later = Self.article(
      "friday-report", "Charges repeated",
      "The United States accused Iran on March 13 of supplying drones to Russia, officials said on Friday.",
      published: (2023, 3, 17))
    func check() throws {
      #expect(try store.relations(RelationQuery()) == (try store.rawRelations(RelationQuery())))
    }
    for result in [Self.mondayArticle(), Self.explicitDateArticle(), later] { _ = try store.ingest(result) }
    try check()
    #expect(try Self.accusations(store).map(\.sources.count) == [3])
    try store.deleteDocument(id: "tuesday-report")  // the cluster's first mention goes
    try check()
    _ = try store.ingest(Self.mondayArticle())
    try check()
    try store.deleteDocument(id: "friday-report")
    try check()
    #expect(try Self.accusations(store).first?.sources.count == 2)
  }

  /// Statements are clustered by the words of their sentences; a stored sentence's words are
  /// kept for the next comparisons (`SentenceWords`) until a document is removed, when a
  /// new document may get the removed one's key. Merging is the same either way.
  @Test func storedSentenceWordsAreKeptUntilADocumentGoes() throws {
    let reports = [
      Self.article(
        "first-denial", "Tehran denies", "Iran said on Monday that it had sent no drones to Russia.",
        published: (2023, 3, 14)),
      Self.article(
        "second-denial", "Denial repeated", "Iran said on March 13 that it had sent no drones to Russia.",
        published: (2023, 3, 16)),
      Self.article(
        "third-denial", "Denial again", "Iran said on March 13 that it had sent no combat drones to Russia.",
        published: (2023, 3, 17)),
    ]
    func statements(_ store: SQLiteEventStore) throws -> [[String]] {
      try store.timeline(TimelineQuery(actors: ["Iran"])).filter { $0.lemma == "say" }
        .map { $0.sources.map(\.documentID) }
    }
    let store = try SQLiteEventStore(path: ":memory:")
    for report in reports { _ = try store.ingest(report) }
    #expect(store.sentenceWords.count > 0)
    let merged = try statements(store)
    #expect(merged.contains { $0.count == 3 })

    try store.deleteDocument(id: "third-denial")
    #expect(store.sentenceWords.count == 0)
    _ = try store.ingest(reports[2])
    #expect(try statements(store) == merged)

    // A store that never kept words merges the same way.
    let fresh = try SQLiteEventStore(path: ":memory:")
    for report in reports {
      _ = try fresh.ingest(report)
      fresh.sentenceWords.removeAll()
    }
    #expect(try statements(fresh) == merged)
  }

  @Test func limitCountsMergedEntries() throws {
    let store = try SQLiteEventStore(path: ":memory:")
    _ = try store.ingest(Self.mondayArticle())
    _ = try store.ingest(Self.explicitDateArticle())
    let all = try store.timeline(TimelineQuery(actors: ["Iran"]))
    let limited = try store.timeline(TimelineQuery(actors: ["Iran"], limit: 2))
    #expect(limited.count == 2)
    #expect(Set(limited.map(\.cluster)).count == 2)
    #expect(limited.map(\.cluster) == all.prefix(2).map(\.cluster))
    #expect(Set(all.map(\.cluster)).count == all.count)
  }

  /// Schema 10 stores cluster intervals as day numbers: a version 9 table (ISO dates) is
  /// converted row for row, a year SQLite cannot read included, and merging goes on as before.
  @Test func aVersion9ClusterTableGetsDayNumbers() throws {
    let file = TemporaryDatabase()
    var rows = ""
    var merged: [Int] = []
    var odd: (event: Int, start: Int, end: Int) = (0, 0, 0)
    do {
      let store = try SQLiteEventStore(path: file.path)
      _ = try store.ingest(Self.mondayArticle())
      _ = try store.ingest(Self.explicitDateArticle())
      merged = try Self.accusations(store).map { $0.sources.count }
      rows = try Self.clusterRows(store)
      let last = try store.db.prepare("SELECT event, day_start, day_end FROM event_clusters WHERE day_start IS NOT NULL ORDER BY event DESC LIMIT 1")
      #expect(try last.step())
      odd = (last.int(0), last.int(1), last.int(2))
      last.reset()
      // Back to version 9: ISO dates, and one row with a five-digit year.
      let step = try #require(Migrations.steps.firstIndex(of: Migrations.clusterDays))
      try store.db.execute(
        """
        CREATE TABLE old_clusters AS SELECT event, cluster, signature, date(day_start * 86400, 'unixepoch') AS date_start,
          date(day_end * 86400, 'unixepoch') AS date_end FROM event_clusters;
        DROP TABLE event_clusters;
        CREATE TABLE event_clusters (
          event INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE, cluster INTEGER NOT NULL,
          signature INTEGER, date_start TEXT, date_end TEXT);
        INSERT INTO event_clusters SELECT * FROM old_clusters;
        DROP TABLE old_clusters;
        CREATE INDEX event_clusters_by_cluster ON event_clusters(cluster) WHERE cluster <> event;
        CREATE INDEX event_clusters_by_signature ON event_clusters(signature, date_start) WHERE signature IS NOT NULL;
        UPDATE event_clusters SET date_start = '12000-01-01', date_end = '12000-01-31' WHERE event = \(odd.event);
        """)
      try store.db.setUserVersion(step)
    }
    let store = try SQLiteEventStore(path: file.path)
    #expect(try store.db.userVersion() == SQLiteEventStore.schemaVersion)
    let converted = try store.db.prepare("SELECT day_start, day_end FROM event_clusters WHERE event = \(odd.event)")
    #expect(try converted.step())
    #expect(converted.int(0) == CivilDate(year: 12000, month: 1, day: 1)!.dayNumber)
    #expect(converted.int(1) == CivilDate(year: 12000, month: 1, day: 31)!.dayNumber)
    converted.reset()
    try store.db.execute("UPDATE event_clusters SET day_start = \(odd.start), day_end = \(odd.end) WHERE event = \(odd.event)")
    #expect(try Self.clusterRows(store) == rows)
    #expect(!rows.isEmpty)
    #expect(try Self.accusations(store).map { $0.sources.count } == merged)
    // A third report of the same accusation joins the converted cluster.
    _ = try store.ingest(
      Self.article(
        "wednesday-report", "Drone charges repeated", "The United States accused Iran on Monday of selling drones to Russia.",
        published: (2023, 3, 15)))
    #expect(try Self.accusations(store).count == 1)
    #expect(try Self.accusations(store).first?.sources.count == (merged.first ?? 0) + 1)
  }

  /// Every row of `event_clusters`, in event order, as text.
  static func clusterRows(_ store: SQLiteEventStore) throws -> String {
    let statement = try store.db.prepare(
      "SELECT group_concat(event || ',' || cluster || ',' || coalesce(signature, '') || ',' || coalesce(day_start, '') || ',' || coalesce(day_end, ''), ';') FROM (SELECT * FROM event_clusters ORDER BY event)")
    #expect(try statement.step())
    return statement.isNull(0) ? "" : statement.string(0)
  }

  @Test func aVersion12DatabaseGetsTheMemberIntervalsInTheClusterIndex() throws {
    let file = TemporaryDatabase()
    let step = try #require(Migrations.steps.firstIndex(of: Migrations.clusterMemberIntervals))
    do {
      let store = try SQLiteEventStore(path: file.path)
      _ = try store.ingest(Self.mondayArticle())
      _ = try store.ingest(Self.explicitDateArticle())
      // Back to the index before the step: members by cluster alone.
      try store.db.execute(
        """
        DROP INDEX event_clusters_by_cluster;
        CREATE INDEX event_clusters_by_cluster ON event_clusters(cluster) WHERE cluster <> event;
        """)
      try store.db.setUserVersion(step)
    }
    let store = try SQLiteEventStore(path: file.path)
    #expect(try store.db.userVersion() == SQLiteEventStore.schemaVersion)
    // The members' intervals come from the index alone.
    let plan = try store.db.prepare(
      "EXPLAIN QUERY PLAN SELECT day_start, day_end FROM event_clusters WHERE cluster = 1 AND cluster <> event")
    var details: [String] = []
    while try plan.step() { details.append(plan.string(3)) }
    #expect(details.contains { $0.contains("COVERING INDEX event_clusters_by_cluster") })
    // A third report, dated to the month, overlaps both members and joins them.
    _ = try store.ingest(Self.monthArticle())
    #expect(try Self.accusations(store).map(\.sources.count) == [3])
  }

  @Test func aDatabaseWithoutClustersIsMigratedAndClustered() throws {
    let file = TemporaryDatabase()
    do {
      let store = try SQLiteEventStore(path: file.path)
      _ = try store.ingest(Self.mondayArticle())
      _ = try store.ingest(Self.explicitDateArticle())
      // Back to the schema before the clusters step (wherever it sits in the list).
      let step = try #require(Migrations.steps.firstIndex(of: Migrations.eventClusters))
      try store.db.execute("DROP TABLE event_clusters")
      try store.db.setUserVersion(step)
    }
    let store = try SQLiteEventStore(path: file.path)
    #expect(try store.db.userVersion() == SQLiteEventStore.schemaVersion)
    let merged = try Self.accusations(store)
    #expect(merged.count == 1)
    #expect(merged.first?.sources.count == 2)
    // Running the step again (renumbered after a merge of migrations) changes nothing.
    let before = try store.timeline(TimelineQuery(merge: false)).map(\.cluster)
    try store.db.execute(Migrations.eventClusters)
    try store.backfillClusters()
    #expect(try store.timeline(TimelineQuery(merge: false)).map(\.cluster) == before)
  }

  @Test(arguments: [
    ("ACCUSE", "accuse", Factuality.asserted, true, "ACCUSE", "charge", Factuality.reported, true, true),
    ("ACCUSE", "accuse", .asserted, true, "SANCTION", "accuse", .asserted, true, false),
    ("ACCUSE", "accuse", .asserted, true, "ACCUSE", "accuse", .planned, true, false),
    ("ACCUSE", "accuse", .asserted, true, "ACCUSE", "accuse", .asserted, false, false),
    ("STATEMENT", "say", .asserted, true, "STATEMENT", "state", .asserted, true, false),
  ])
  func signatures(
    plover: String, lemma: String, factuality: Factuality, polarity: Bool, otherPlover: String, otherLemma: String,
    otherFactuality: Factuality, otherPolarity: Bool, same: Bool
  ) {
    let day = Self.day(2023, 3, 13)
    let range = DateRange(start: day, end: day, granularity: .day)
    let a = SQLiteEventStore.clusterSignature(
      plover: plover, lemma: lemma, sources: ["country:USA"], targets: ["country:IRN"], factuality: factuality,
      polarity: polarity, range: range)
    let b = SQLiteEventStore.clusterSignature(
      plover: otherPlover, lemma: otherLemma, sources: ["country:USA", "country:USA"], targets: ["country:IRN"],
      factuality: otherFactuality, polarity: otherPolarity, range: range)
    #expect((a?.signature == b?.signature) == same)
  }

  @Test func undatedAndCoarseDatesGetNoSignature() {
    let year = DateRange(start: Self.day(2023, 1, 1), end: Self.day(2023, 12, 31), granularity: .year)
    for range in [nil, year] {
      #expect(
        SQLiteEventStore.clusterSignature(
          plover: "ACCUSE", lemma: "accuse", sources: ["country:USA"], targets: ["country:IRN"], factuality: .asserted,
          polarity: true, range: range) == nil)
    }
    let month = DateRange(start: Self.day(2023, 3, 1), end: Self.day(2023, 3, 31), granularity: .month)
    #expect(
      SQLiteEventStore.clusterSignature(
        plover: "ACCUSE", lemma: "accuse", sources: [], targets: [], factuality: .asserted, polarity: true,
        range: month) == nil)
  }
}

extension ClusterTests {
  /// The signature is the FNV-1a hash of "<predicate>\u{1}<sources>\u{1}<targets>\u{1}<mode>"
  /// (distinct sorted ids joined by \u{2}), whether the lemma is ASCII or not.
  @Test(arguments: [
    ("ACCUSE", "accuse", ["country:USA", "country:USA"], ["country:IRN", "country:ISR"], "P:ACCUSE\u{1}country:USA\u{1}country:IRN\u{2}country:ISR\u{1}A"),
    ("STATEMENT", "Say", ["org:b", "org:a", "org:b"], [], "L:say\u{1}org:a\u{2}org:b\u{1}\u{1}A"),
    ("", "ÉLIRE", [], ["person:élu"], "L:élire\u{1}\u{1}person:élu\u{1}A"),
  ])
  func signatureIsTheHashOfItsText(plover: String, lemma: String, sources: [String], targets: [String], text: String) {
    let day = Self.day(2023, 3, 13)
    let key = SQLiteEventStore.clusterSignature(
      plover: plover.isEmpty ? nil : plover, lemma: lemma, sources: sources, targets: targets, factuality: .asserted,
      polarity: true, range: DateRange(start: day, end: day, granularity: .day))
    #expect(key?.signature == SQLiteEventStore.fnv1a(text))
  }
}
