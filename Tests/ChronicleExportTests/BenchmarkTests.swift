import ChronicleExport
import ChronicleExtraction
import ChronicleStore
import Foundation
import Testing

/// Throughput of the writers on 20,000 timeline rows; runs only with
/// `CHRONICLE_BENCH=1` (prints the timings) so `swift test` stays fast.
@Suite struct BenchmarkTests {
  @Test(.enabled(if: ProcessInfo.processInfo.environment["CHRONICLE_BENCH"] == "1"))
  func writersThroughput() {
    let base = Fixtures.timeline
    var entries: [TimelineEntry] = []
    entries.reserveCapacity(20_000)
    for i in 0..<20_000 {
      var e = base[i % base.count]
      e.eventID = Int64(i)
      if e.range != nil {
        let day = Fixtures.date("2020-01-01").adding(days: i / 20)
        e.date = day.iso
        e.range = DateRange(start: day, end: day, granularity: .day)
      }
      entries.append(e)
    }
    var edges: [RelationEdge] = []
    for i in 0..<5_000 {
      var e = Fixtures.relations[i % Fixtures.relations.count]
      e.source.id += "-\(i / 6)"
      edges.append(e)
    }
    let clock = ContinuousClock()
    func measure(_ name: String, _ body: () -> String) {
      var bytes = 0
      let t = clock.measure { bytes = body().utf8.count }
      print("bench \(name): \(t) for \(bytes) bytes")
    }
    measure("timeline json (20k)") { TimelineExport.json(entries) }
    measure("timeline jsonl (20k)") { TimelineExport.jsonLines(entries) }
    measure("timeline text (20k)") { TimelineExport.text(entries) }
    measure("timeline csv (20k)") { TimelineExport.csv(entries) }
    measure("timeline dot (20k)") { TimelineExport.dot(entries) }
    measure("relations json (5k)") { RelationsExport.json(edges) }
    measure("relations dot (5k)") { RelationsExport.dot(edges) }
    measure("extract json x1000") {
      let r = Fixtures.extraction
      var s = ""
      for _ in 0..<1000 { s += ExtractionExport.json(r, pretty: false) }
      return s
    }
  }
}
