import ChronicleExtraction
import Foundation
import Testing

@testable import ChronicleStore

/// Code-point offset of the `occurrence`-th `needle` in `text`, found without the store.
func codePointOffset(of needle: String, in text: String, occurrence: Int = 0) -> Int {
  let hay = Array(text.unicodeScalars)
  let pattern = Array(needle.unicodeScalars)
  var found = 0
  for i in 0...(hay.count - pattern.count) where Array(hay[i..<(i + pattern.count)]) == pattern {
    if found == occurrence { return i }
    found += 1
  }
  fatalError("'\(needle)' not found")
}

@Suite("Queries")
struct QueryTests {
  let file = TemporaryDatabase()
  let store: SQLiteEventStore

  init() throws {
    store = try SQLiteEventStore(path: file.path)
    _ = try store.ingest(batch: [Corpus.documentA().build(), Corpus.documentB().build()])
  }

  private func triggers(_ query: TimelineQuery) throws -> [String] {
    try store.timeline(query).map { "\($0.documentID):\($0.trigger)" }
  }

  @Test func timelineIsInTimeOrderWithUndatedLast() throws {
    let entries = try store.timeline(TimelineQuery())
    #expect(
      entries.map { "\($0.documentID):\($0.trigger)" } == [
        "doc-b:accused", "doc-a:accused", "doc-b:accused", "doc-a:threatened", "doc-a:said",
        "doc-b:expected", "doc-a:meet",
      ])
    #expect(entries.map(\.date) == ["2024-02-15", "2024-03-01", "2024-03-02", "2024-03-04", "2024-03-04", nil, nil])
    #expect(entries.prefix(5).allSatisfy { $0.isDated })
    #expect(!entries[5].isDated)
    let threatened = entries[3]
    #expect(threatened.sentence == "Tehran also threatened Israel, the Iranian Foreign Ministry said.")
    #expect(threatened.documentTitle == "Café talks collapse in Genève")
    #expect(threatened.documentPublished == CivilDate(year: 2024, month: 3, day: 4))
    #expect(threatened.url == "https://news.example/a")
    #expect(threatened.category == Categories.threaten)
    #expect(threatened.factuality == .reported)
    #expect(threatened.range == DateRange(start: CivilDate(year: 2024, month: 3, day: 4)!, end: CivilDate(year: 2024, month: 3, day: 4)!, granularity: .day))
    #expect(
      threatened.actors == [
        EventActor(actorID: "country:IRN", name: "Iran", type: .country, role: .source, code: "IRNGOV", mention: "Tehran"),
        EventActor(actorID: "country:ISR", name: "Israel", type: .country, role: .target, code: "ISR", mention: "Israel"),
      ])
  }

  @Test(arguments: [
    (["tehran"], ["doc-b:accused", "doc-a:accused", "doc-b:accused", "doc-a:threatened"]),
    (["COUNTRY:irn"], ["doc-b:accused", "doc-a:accused", "doc-b:accused", "doc-a:threatened"]),
    (["the islamic republic"], ["doc-b:accused", "doc-a:accused", "doc-b:accused", "doc-a:threatened"]),
    (["Iranian Foreign Ministry"], ["doc-a:threatened", "doc-a:said"]),
    (["nobody", "  iranian foreign ministry "], ["doc-a:threatened", "doc-a:said"]),
    (["nobody"], []),
  ])
  func timelineFiltersByActor(actors: [String], expected: [String]) throws {
    #expect(try triggers(TimelineQuery(actors: actors)) == expected)
  }

  @Test(arguments: [
    ("2024-03-01", "2024-03-02", ["doc-a:accused", "doc-b:accused"]),
    ("2024-03-03", nil, ["doc-a:threatened", "doc-a:said"]),
    (nil, "2024-02-28", ["doc-b:accused"]),
    ("2025-01-01", nil, []),
  ] as [(String?, String?, [String])])
  func timelineFiltersByDateOverlap(from: String?, to: String?, expected: [String]) throws {
    let query = TimelineQuery(from: from.flatMap { CivilDate(iso: $0) }, to: to.flatMap { CivilDate(iso: $0) })
    #expect(try triggers(query) == expected)
  }

  @Test(arguments: [
    ("accuse", ["doc-b:accused", "doc-a:accused", "doc-b:accused"]),
    ("THREATEN", ["doc-a:threatened"]),
    ("13", ["doc-a:threatened"]),
    ("1", ["doc-b:accused", "doc-a:accused", "doc-b:accused", "doc-a:threatened"]),
    ("1%", []),
    ("STATEMENT", []),
  ])
  func timelineFiltersByCategory(category: String, expected: [String]) throws {
    #expect(try triggers(TimelineQuery(category: category)) == expected)
  }

  @Test func timelineLimitAndUndatedFlag() throws {
    #expect(try triggers(TimelineQuery(limit: 2)) == ["doc-b:accused", "doc-a:accused"])
    #expect(try store.timeline(TimelineQuery(includeUndated: false)).count == 5)
    #expect(try triggers(TimelineQuery(actors: ["Israel"], category: "accuse", limit: 1)) == ["doc-b:accused"])
    #expect(try store.timeline(TimelineQuery(actors: ["Robert'); DROP TABLE events;--"])).isEmpty)
    #expect(try store.timeline(TimelineQuery()).count == 7)
  }

  @Test func relationsAggregatePairs() throws {
    let edges = try store.relations(RelationQuery())
    #expect(edges.map { "\($0.source.name)>\($0.target.name):\($0.category)x\($0.count)" } == [
      "Iran>Israel:ACCUSEx2", "Iran>Israel:THREATENx1", "Israel>Iran:ACCUSEx1",
    ])
    let accuse = edges[0]
    #expect(accuse.cameo == "112")
    #expect(accuse.firstDate == "2024-03-01")
    #expect(accuse.lastDate == "2024-03-02")
    #expect(accuse.source == ActorNode(id: "country:IRN", name: "Iran", type: .country, code: "IRN"))
    let timeline = try store.timeline(TimelineQuery())
    #expect(accuse.events == [timeline[1].eventID, timeline[2].eventID].sorted())

    #expect(try store.relations(RelationQuery(minCount: 2)).map(\.count) == [2])
    #expect(try store.relations(RelationQuery(actor: "israel")).count == 3)
    #expect(try store.relations(RelationQuery(actor: "Iranian Foreign Ministry")).isEmpty)
    let late = try store.relations(RelationQuery(from: CivilDate(year: 2024, month: 3, day: 2)))
    #expect(late.map { "\($0.category)x\($0.count)" } == ["ACCUSEx1", "THREATENx1"])
    #expect(late[0].firstDate == "2024-03-02")
  }

  @Test func relationsSkipSelfLoopsAndUncategorizedEvents() throws {
    var b = ResultBuilder(
      id: "doc-self", title: "Iran and Tehran", body: ["Iran criticized Tehran and Iran praised Israel."],
      published: CivilDate(year: 2024, month: 3, day: 9))
    let iran = b.mention("Iran", Actors.iran, in: 1)
    let tehran = b.mention("Tehran", Actors.iran, in: 1)
    b.event("criticized", lemma: "criticize", in: 1, category: Categories.accuse, source: iran, target: tehran, date: "2024-03-09")
    let iran2 = b.mention("Iran", Actors.iran, in: 1, occurrence: 1)
    let israel = b.mention("Israel", Actors.israel, in: 1)
    b.event("praised", lemma: "praise", in: 1, source: iran2, target: israel, date: "2024-03-09")
    _ = try store.ingest(b.build())
    let edges = try store.relations(RelationQuery())
    #expect(edges.map(\.count) == [2, 1, 1])
  }

  @Test func eventDetailCarriesProvenanceInCodePoints() throws {
    let text = Corpus.documentA().text
    let entry = try #require(try store.timeline(TimelineQuery()).first { $0.documentID == "doc-a" && $0.trigger == "accused" })
    let detail = try #require(try store.event(id: entry.eventID))
    #expect(detail.entry == entry)
    #expect(detail.tense == .past)
    let start = codePointOffset(of: "accused", in: text)
    #expect(start == byteOffset(of: "accused", in: text) - 2)  // é and è take two bytes
    #expect(detail.trigger == Provenance(documentID: "doc-a", sentenceIndex: 1, start: start, end: start + 7, text: "accused", rule: "verb-lexicon,subject-object"))
    let sentenceStart = codePointOffset(of: "Iran accused", in: text)
    #expect(detail.sentence.start == sentenceStart)
    #expect(detail.sentence.end == sentenceStart + "Iran accused Israel of sabotage on 1 March 2024.".unicodeScalars.count)
    let timeStart = codePointOffset(of: "1 March 2024", in: text)
    #expect(
      detail.time == TimeDetail(
        type: .date, value: "2024-03-01", mod: nil, anchor: .absolute,
        provenance: Provenance(documentID: "doc-a", sentenceIndex: 1, start: timeStart, end: timeStart + 12, text: "1 March 2024", rule: "date:day-month-year")))
    #expect(detail.dateRule == "time-expression")
    #expect(detail.timeRelation == "IS_INCLUDED")
    #expect(detail.documentOrigin == "/tmp/a.txt")
    #expect(detail.attributedTo == nil)
    #expect(detail.arguments.count == 2)
    let israelStart = codePointOffset(of: "Israel", in: text, occurrence: 0)
    #expect(detail.arguments[1].mention == Provenance(documentID: "doc-a", sentenceIndex: 1, start: israelStart, end: israelStart + 6, text: "Israel", rule: "dictionary"))
    #expect(detail.arguments[1].argumentRule == "object")
    #expect(detail.arguments[1].actor.role == .target)
    #expect(detail.arguments[0].argumentRule == "subject")
  }

  @Test func eventDetailOfAReportedEvent() throws {
    let entries = try store.timeline(TimelineQuery())
    let threatened = try #require(entries.first { $0.trigger == "threatened" })
    let said = try #require(entries.first { $0.trigger == "said" })
    let detail = try #require(try store.event(id: threatened.eventID))
    #expect(detail.attributedTo?.actorID == "org:irn-foreign-ministry")
    #expect(detail.attributedTo?.mention == "the Iranian Foreign Ministry")
    #expect(detail.time == nil)
    #expect(detail.arguments.map(\.mention.rule) == ["metonym", "dictionary"])
    // The parent (the later reporting verb) is linked.
    let parent = try store.db.prepare("SELECT parent FROM events WHERE id = ?1")
    try parent.bind(1, threatened.eventID)
    #expect(try parent.step())
    #expect(parent.optionalInt64(0) == said.eventID)
    #expect(try store.event(id: 987_654) == nil)
  }
}

/// Byte offset of `needle` in `text`.
func byteOffset(of needle: String, in text: String) -> Int {
  let hay = Array(text.utf8)
  let pattern = Array(needle.utf8)
  for i in 0...(hay.count - pattern.count) where Array(hay[i..<(i + pattern.count)]) == pattern { return i }
  fatalError("'\(needle)' not found")
}
