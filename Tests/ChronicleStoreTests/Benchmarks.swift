import ChronicleExtraction
import Foundation
import Testing

@testable import ChronicleStore

/// Synthetic documents for throughput measurements: `eventsPerDocument` sentences
/// "<A> accused <B> on <date>.", actors drawn from a pool of `actorPool`.
func syntheticResult(document: Int, eventsPerDocument: Int, actorPool: Int) -> ExtractionResult {
  var sentences: [String] = []
  var offsets: [Int] = []
  var offset = 0
  var state = UInt64(document &* 2_654_435_761 &+ 17)
  func next() -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int(truncatingIfNeeded: state >> 33)
  }
  var mentions: [ActorMention] = []
  var times: [TimeExpression] = []
  var events: [EventMention] = []
  for n in 0..<eventsPerDocument {
    let a = next() % actorPool
    var b = next() % actorPool
    if b == a { b = (a + 1) % actorPool }
    let day = CivilDate(dayNumber: 18_000 + next() % 2_000)
    let sentence = "Actör\(a) accused Actor\(b) on \(day.iso)."
    offsets.append(offset)
    sentences.append(sentence)
    let base = offset
    let aName = "Actör\(a)"
    let bName = "Actor\(b)"
    let aStart = base
    let triggerStart = aStart + aName.utf8.count + 1
    let bStart = triggerStart + 8
    let dateStart = bStart + bName.utf8.count + 4
    func entity(_ i: Int) -> ActorEntity {
      ActorEntity(id: "country:C\(i)", name: "Country \(i)", type: .country, code: "C\(i)")
    }
    mentions.append(
      ActorMention(sentence: n, span: TextSpan(start: aStart, end: aStart + aName.utf8.count), text: aName, entity: entity(a), rule: "dictionary"))
    mentions.append(
      ActorMention(sentence: n, span: TextSpan(start: bStart, end: bStart + bName.utf8.count), text: bName, entity: entity(b), rule: "dictionary"))
    times.append(
      TimeExpression(sentence: n, span: TextSpan(start: dateStart, end: dateStart + 10), text: day.iso, type: .date, value: day.iso, anchor: .absolute, rule: "iso"))
    events.append(
      EventMention(
        sentence: n, span: TextSpan(start: triggerStart, end: triggerStart + 7), trigger: "accused", lemma: "accuse",
        timemlClass: .occurrence, tense: .past,
        category: EventCategory(plover: "ACCUSE", cameo: "112", quadClass: 3, goldstein: -2),
        arguments: [
          EventArgument(role: .source, mention: mentions.count - 2, rule: "subject"),
          EventArgument(role: .target, mention: mentions.count - 1, rule: "object"),
        ], time: times.count - 1, timeRelation: "IS_INCLUDED", date: day.iso, dateRule: "time-expression",
        rules: ["verb-lexicon"]))
    offset += sentence.utf8.count + 1
  }
  let text = sentences.joined(separator: " ")
  let analyzed = AnalyzedText(
    text: text,
    sentences: sentences.enumerated().map { n, s in
      Sentence(index: n, span: TextSpan(start: offsets[n], end: offsets[n] + s.utf8.count), text: s, tokens: [], paragraph: 0, isHeadline: false)
    }, headlineLength: 0)
  return ExtractionResult(
    documentID: "news-example-com-2024-world-middle-east-synthetic-\(document)", article: Article(body: text), published: CivilDate(year: 2024, month: 1, day: 1),
    contentHash: "synthetic-hash-\(document)", text: analyzed, times: times, actors: mentions, events: events, warnings: [])
}

/// Throughput figures; run with `CHRONICLE_BENCH=1 swift test -c release --filter Benchmarks`.
@Suite("Benchmarks", .enabled(if: ProcessInfo.processInfo.environment["CHRONICLE_BENCH"] != nil))
struct Benchmarks {
  @Test func ingestAndQueryThroughput() throws {
    let total = Int(ProcessInfo.processInfo.environment["CHRONICLE_BENCH_EVENTS"] ?? "") ?? 200_000
    let perDocument = 50
    let pool = Int(ProcessInfo.processInfo.environment["CHRONICLE_BENCH_ACTORS"] ?? "") ?? 300
    let file = TemporaryDatabase()
    let store = try SQLiteEventStore(path: ProcessInfo.processInfo.environment["CHRONICLE_BENCH_MEMORY"] != nil ? ":memory:" : file.path)
    if let experiment = ProcessInfo.processInfo.environment["CHRONICLE_BENCH_SQL"] { try store.db.execute(experiment) }
    let timer = ContinuousClock()
    func cpuTime() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }
    // Documents are made chunk by chunk (outside the timed part) to bound memory.
    var ingest = Duration.zero
    var cpu = 0.0
    let documentCount = total / perDocument
    for chunk in stride(from: 0, to: documentCount, by: 200) {
      let documents = (chunk..<min(chunk + 200, documentCount)).map {
        syntheticResult(document: $0, eventsPerDocument: perDocument, actorPool: pool)
      }
      let cpuBefore = cpuTime()
      ingest += try timer.measure { _ = try store.ingest(batch: documents) }
      cpu += cpuTime() - cpuBefore
    }
    let seconds = Double(ingest.components.seconds) + Double(ingest.components.attoseconds) / 1e18
    print("ingest: \(total) events in \(ingest) (CPU \(cpu) s) → \(Int(Double(total) / seconds)) events/s")

    if ProcessInfo.processInfo.environment["CHRONICLE_BENCH_INGEST_ONLY"] != nil { return }
    var entries = 0
    let actorTimeline = try timer.measure {
      entries = try store.timeline(TimelineQuery(actors: ["Country 7"])).count
    }
    print("actor timeline: \(entries) entries in \(actorTimeline)")
    let limited = try timer.measure {
      entries = try store.timeline(TimelineQuery(actors: ["country:c7"], limit: 50)).count
    }
    print("actor timeline limit 50: \(entries) entries in \(limited)")
    let ranged = try timer.measure {
      entries = try store.timeline(
        TimelineQuery(from: CivilDate(year: 2020, month: 1, day: 1), to: CivilDate(year: 2020, month: 1, day: 31))
      ).count
    }
    print("one-month timeline: \(entries) entries in \(ranged)")
    var edges = 0
    let relations = try timer.measure { edges = try store.relations(RelationQuery(actor: "Country 7")).count }
    print("actor relations: \(edges) edges in \(relations)")
    let allRelations = try timer.measure { edges = try store.relations(RelationQuery(minCount: 5)).count }
    print("all relations (min 5): \(edges) edges in \(allRelations)")
    let actors = try timer.measure { edges = try store.actors().count }
    print("actors: \(edges) in \(actors)")
    let replace = try timer.measure { try store.deleteDocument(id: "news-example-com-2024-world-middle-east-synthetic-3") }
    print("delete one document: \(replace)")
  }
}
