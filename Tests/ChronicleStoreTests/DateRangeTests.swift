import ChronicleExtraction
import Testing

@testable import ChronicleStore

/// A document whose events carry the TIMEX values `dates` (days, weeks, months, quarters,
/// seasons, years, decades, centuries) and categories in turn.
private func datedResult(document: Int, dates: [String?], published: CivilDate?) -> ExtractionResult {
  let categories = [
    EventCategory(plover: "ACCUSE", cameo: "112", quadClass: 3, goldstein: -2),
    EventCategory(plover: "CONSULT", cameo: "040", quadClass: 1, goldstein: 1),
  ]
  var sentences: [Sentence] = []
  var mentions: [ActorMention] = []
  var events: [EventMention] = []
  var text = ""
  for (n, date) in dates.enumerated() {
    let line = "Land \(n % 3) acted in document \(document)."
    let start = text.utf8.count
    text += line + " "
    sentences.append(
      Sentence(
        index: n, span: TextSpan(start: start, end: start + line.utf8.count), text: line, tokens: [], paragraph: 0,
        isHeadline: false))
    let entity = ActorEntity(id: "country:X\(n % 3)", name: "Land \(n % 3)", type: .country, code: "X\(n % 3)")
    mentions.append(
      ActorMention(sentence: n, span: TextSpan(start: start, end: start + 6), text: "Land \(n % 3)", entity: entity, rule: "dictionary"))
    events.append(
      EventMention(
        sentence: n, span: TextSpan(start: start + 7, end: start + 12), trigger: "acted", lemma: "act",
        timemlClass: .occurrence, tense: .past, category: categories[(n + document) % 2],
        arguments: [EventArgument(role: .source, mention: n, rule: "subject")], date: date, rules: []))
  }
  let analyzed = AnalyzedText(text: text, sentences: sentences, headlineLength: 0)
  return ExtractionResult(
    documentID: "dated-\(document)", article: Article(body: text, origin: "/tmp/dated-\(document).txt"),
    published: published, contentHash: "dated-\(document)", text: analyzed, times: [], actors: mentions,
    events: events, warnings: [])
}

@Suite("Date-range timelines")
struct DateRangeTests {
  /// Events of every interval length, from a day to a century, over several years.
  static func store(path: String = ":memory:") throws -> SQLiteEventStore {
    let store = try SQLiteEventStore(path: path)
    let values: [String?] = [
      "2022-10-17", "2022-10-14", "2022-10", "2022-07", "2022-W41", "2022-Q3", "2022-Q4", "2022-SU", "2022", "2021",
      "2023-01-02", "202", "20", "19", "199", "2019-12-31", nil, "2022-09-30", "2022-10-01", "2020",
    ]
    var results: [ExtractionResult] = []
    for document in 0..<12 {
      // Each document a rotation of the values, some without a publication date.
      let dates = (0..<values.count).map { values[($0 * 7 + document) % values.count] }
      let published = document % 4 == 3 ? nil : CivilDate(year: 2022, month: 10, day: 1 + document)
      results.append(datedResult(document: document, dates: dates, published: published))
    }
    _ = try store.ingest(batch: results)
    return store
  }

  static let windows: [(String, String?)] = [
    ("2022-10-01", "2022-10-31"), ("2022-10-15", "2022-10-16"), ("2022-10-17", "2022-10-17"), ("2022-01-01", "2022-12-31"),
    ("1950-06-01", "1950-06-30"), ("2019-12-31", "2020-01-01"), ("2023-06-01", nil), ("1800-01-01", "1800-12-31"),
    ("2022-08-01", "2022-08-31"),
  ]

  /// A windowed timeline is the full timeline's dated entries that overlap the window, in
  /// the same order, cut at the limit: whatever the lengths of the intervals that begin
  /// before the window (read per span class) and the limit. (Mentions unmerged: a merged
  /// entry shows its most precise matching mention, which depends on the window.)
  @Test(arguments: windows)
  func windowIsTheFullTimelineFiltered(from: String, to: String?) throws {
    let store = try Self.store()
    let start = CivilDate(iso: from)!
    let end = to.flatMap { CivilDate(iso: $0) }
    let all = try store.timeline(TimelineQuery(includeUndated: false, merge: false))
    #expect(all.count > 100)
    for category in [nil, "ACCUSE"] {
      let expected = all.filter { entry in
        guard let range = entry.range, range.end >= start, end.map({ range.start <= $0 }) ?? true else { return false }
        return category.map { entry.category?.plover == $0 } ?? true
      }
      for limit in [nil, 1, 5, 40] {
        let found = try store.timeline(TimelineQuery(from: start, to: end, category: category, limit: limit, merge: false))
        let wanted = limit.map { Array(expected.prefix($0)) } ?? expected
        #expect(found.map(\.eventID) == wanted.map(\.eventID), "\(from)…\(to ?? "") \(category ?? "-") \(limit ?? -1)")
      }
    }
  }

  @Test func theSpanClassIndexServesTheQuery() throws {
    let store = try Self.store()
    let (yearBefore, from) = (CivilDate(year: 2021, month: 10, day: 1)!.dayNumber, CivilDate(year: 2022, month: 10, day: 1)!.dayNumber)
    let plan = try store.db.prepare(
      """
      EXPLAIN QUERY PLAN SELECT e.id FROM events AS e
      WHERE e.span_class = 4
        AND e.day_start >= \(yearBefore) AND e.day_start < \(from) AND e.day_end >= \(from)
        AND e.day_start IS NOT NULL
      """)
    var detail = ""
    while try plan.step() { detail += plan.string(3) }
    #expect(detail.contains("events_by_span_class"))
  }

  /// Schema 9 has no date index: the dated parts of a timeline (a window, a window with
  /// only an end) read one range of `events_by_span_class` per class, and give what one
  /// ordered read of every dated event gives.
  @Test func datedQueriesReadTheSpanClassIndex() throws {
    let store = try Self.store()
    #expect(try CorrectionTests.count(store, "SELECT count(*) FROM sqlite_master WHERE name = 'events_by_date'") == 0)
    let october = (CivilDate(year: 2022, month: 10, day: 1)!.dayNumber, CivilDate(year: 2022, month: 10, day: 31)!.dayNumber)
    for condition in [
      "e.day_start >= \(october.0) AND e.day_end >= \(october.0) AND e.day_start <= \(october.1)",
      "e.day_start <= \(october.1)",
    ] {
      let plan = try store.db.prepare(
        """
        EXPLAIN QUERY PLAN SELECT e.id FROM events AS e
        WHERE e.span_class = 0 AND e.day_start IS NOT NULL AND \(condition) ORDER BY e.day_start, e.day_end LIMIT 10
        """)
      var detail = ""
      while try plan.step() { detail += plan.string(3) }
      #expect(detail.contains("events_by_span_class"), "\(condition): \(detail)")
      #expect(!detail.contains("TEMP B-TREE FOR ORDER BY"), "\(condition): \(detail)")
    }
    // Every dated timeline, limited or not, equals the dated events in timeline order.
    let ordered = try store.db.prepare(
      """
      SELECT e.id FROM events AS e JOIN documents AS d ON d.key = e.document
      WHERE e.date_start IS NOT NULL AND e.date_start <= ?1 AND e.date_end >= ?2
      ORDER BY e.date_start, e.date_end, d.published IS NULL, d.published, e.document, e.sentence, e.char_start, e.id
      """)
    for (from, to) in [
      (nil, CivilDate(year: 2022, month: 10, day: 31)), (nil, CivilDate(year: 2030, month: 1, day: 1)),
      (CivilDate(year: 2022, month: 10, day: 1), nil),
    ] as [(CivilDate?, CivilDate?)] {
      try ordered.bind(1, (to ?? CivilDate(year: 9999, month: 12, day: 31)!).iso)
      try ordered.bind(2, (from ?? CivilDate(year: 0, month: 1, day: 1)!).iso)
      var expected: [Int64] = []
      while try ordered.step() { expected.append(ordered.int64(0)) }
      ordered.reset()
      #expect(!expected.isEmpty)
      if from != nil { continue }  // A window's start puts the events that began earlier first.
      for limit in [nil, 1, 3, 10] as [Int?] {
        let got = try store.timeline(TimelineQuery(from: from, to: to, limit: limit, merge: false)).map(\.eventID)
        #expect(got == Array(expected.prefix(limit ?? expected.count)), "to \(String(describing: to)), limit \(String(describing: limit))")
      }
    }
  }

  /// Schema 11 keys the span-class index by day numbers: a version 10 database (ISO dates
  /// only) gets its day columns filled, a five-digit year included, and its date-range
  /// timelines answer as before.
  @Test func aVersion10DatabaseGetsEventDays() throws {
    let file = TemporaryDatabase()
    let windows: [(CivilDate?, CivilDate?)] = [
      (CivilDate(year: 2022, month: 10, day: 1), CivilDate(year: 2022, month: 10, day: 31)),
      (CivilDate(year: 2022, month: 12, day: 1), nil), (nil, CivilDate(year: 2021, month: 6, day: 30)),
    ]
    func timelines(_ store: SQLiteEventStore) throws -> [[Int64]] {
      try windows.map { window in
        try store.timeline(TimelineQuery(from: window.0, to: window.1, merge: false)).map(\.eventID)
      }
    }
    var expected: [[Int64]] = []
    var odd: Int64 = 0
    do {
      let store = try Self.store(path: file.path)
      expected = try timelines(store)
      odd = Int64(try CorrectionTests.count(store, "SELECT max(id) FROM events WHERE day_start IS NOT NULL"))
      let step = try #require(Migrations.steps.firstIndex(of: Migrations.eventDays))
      try store.db.execute(
        """
        DROP INDEX events_by_span_class;
        ALTER TABLE events DROP COLUMN day_start;
        ALTER TABLE events DROP COLUMN day_end;
        CREATE INDEX events_by_span_class ON events(span_class, date_start, date_end) WHERE date_start IS NOT NULL;
        UPDATE events SET date_start = '12000-01-01', date_end = '12000-01-31' WHERE id = \(odd);
        """)
      try store.db.setUserVersion(step)
    }
    let store = try SQLiteEventStore(path: file.path)
    #expect(try store.db.userVersion() == SQLiteEventStore.schemaVersion)
    let converted = try store.db.prepare("SELECT day_start, day_end FROM events WHERE id = \(odd)")
    #expect(try converted.step())
    #expect(converted.int(0) == CivilDate(year: 12000, month: 1, day: 1)!.dayNumber)
    #expect(converted.int(1) == CivilDate(year: 12000, month: 1, day: 31)!.dayNumber)
    converted.reset()
    #expect(
      try CorrectionTests.count(
        store,
        """
        SELECT count(*) FROM events WHERE id <> \(odd) AND ((day_start IS NULL) <> (date_start IS NULL)
          OR day_start <> CAST(julianday(date_start) - 2440587.5 AS INTEGER)
          OR day_end <> CAST(julianday(date_end) - 2440587.5 AS INTEGER))
        """) == 0)
    // The odd event is now in year 12000, after every window's end or in the open one: the
    // other events of each window come as before.
    let now = try timelines(store)
    #expect(expected.contains { $0.contains(odd) })
    for (n, ids) in now.enumerated() { #expect(ids.filter { $0 != odd } == expected[n].filter { $0 != odd }) }
    #expect(now[1].last == odd)
    #expect(try CorrectionTests.count(store, "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%span_class, day_start%'") == 1)
  }

  @Test func spanClassesBoundTheirIntervals() throws {
    let store = try Self.store()
    let rows = try store.db.prepare(
      "SELECT \(SpanClass.sql), julianday(date_end) - julianday(date_start) FROM events WHERE date_start IS NOT NULL")
    var classes = Set<Int>()
    while try rows.step() {
      let k = rows.int(0)
      classes.insert(k)
      #expect(Double(SpanClass.maxDays(ofClass: k, longest: try store.maxSpanDays())) >= rows.double(1))
      if k > 0 { #expect(Double(SpanClass.maxDays[k - 1]) < rows.double(1)) }
    }
    #expect(classes == Set(0..<SpanClass.count))
  }

  @Test func theStoredSpanClassIsTheExpressions() throws {
    let store = try Self.store()
    let rows = try store.db.prepare(
      "SELECT count(*), sum(span_class IS (CASE WHEN date_start IS NULL THEN NULL ELSE \(SpanClass.sql) END)) FROM events")
    #expect(try rows.step())
    #expect(rows.int(0) > 100)
    #expect(rows.int(1) == rows.int(0))
  }

  @Test(arguments: [
    ("2022-10-01", "2022-10-01"), ("2022-10-01", "2022-10-02"), ("2022-10-01", "2022-10-03"),
    ("2022-01-01", "2022-12-31"), ("1900-01-01", "1999-12-31"), ("2000-01-01", "1999-12-31"),
    ("0000-01-01", "0000-01-09"), ("9999-12-01", "9999-12-31"),
  ])
  func theSpanClassOfTwoDaysIsTheExpressions(start: String, end: String) throws {
    let db = try Database(path: ":memory:")
    let query = try db.prepare("SELECT \(SpanClass.sql) FROM (SELECT ?1 AS date_start, ?2 AS date_end)")
    try query.bind(1, start)
    try query.bind(2, end)
    #expect(try query.step())
    func day(_ iso: String) throws -> CivilDate {
      let parts = iso.split(separator: "-").map { Int($0) ?? 0 }
      return try #require(CivilDate(year: parts[0], month: parts[1], day: parts[2]))
    }
    let a = try day(start)
    let b = try day(end)
    #expect(SpanClass.of(start: a, end: b, startISO: a.iso, endISO: b.iso) == query.int(0))
  }

  @Test func aDatabaseWithTheExpressionIndexIsMigrated() throws {
    let file = TemporaryDatabase()
    let expected: [Int64]
    do {
      let store = try Self.store(path: file.path)
      expected = try store.timeline(TimelineQuery(from: CivilDate(year: 2022, month: 10, day: 1))).map(\.eventID)
      // Back to the schema before the span class column: the expression index, no column.
      let step = try #require(Migrations.steps.firstIndex(of: Migrations.spanClassColumn))
      try store.db.execute(
        """
        DROP INDEX events_by_span_class;
        ALTER TABLE events DROP COLUMN span_class;
        """)
      try store.db.execute(Migrations.spanClasses)
      try store.db.setUserVersion(step)
    }
    let store = try SQLiteEventStore(path: file.path)
    #expect(try store.db.userVersion() == SQLiteEventStore.schemaVersion)
    let rows = try store.db.prepare(
      "SELECT count(*), sum(span_class IS (CASE WHEN date_start IS NULL THEN NULL ELSE \(SpanClass.sql) END)) FROM events")
    #expect(try rows.step())
    #expect(rows.int(0) > 100)
    #expect(rows.int(1) == rows.int(0))
    rows.reset()
    #expect(try store.timeline(TimelineQuery(from: CivilDate(year: 2022, month: 10, day: 1))).map(\.eventID) == expected)
  }
}
