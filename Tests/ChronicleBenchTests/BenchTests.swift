import ChronicleExtraction
import ChronicleStore
import Foundation
import Testing

@testable import ChronicleBench

@Suite("Benchmark")
struct BenchTests {
  @Test func generatorIsDeterministic() {
    let a = NewsGenerator(seed: 7).articles(0..<20)
    let b = NewsGenerator(seed: 7).articles(0..<20)
    #expect(a == b)
    #expect(NewsGenerator(seed: 7).article(13) == a[13])
    #expect(NewsGenerator(seed: 8).articles(0..<20) != a)
    #expect(Set(a.map(\.body)).count == a.count)
    #expect(a.allSatisfy { $0.published != nil && !($0.title ?? "").isEmpty })
    let synthetic = SyntheticEvents(seed: 3)
    #expect(synthetic.result(5).text.text == synthetic.result(5).text.text)
    #expect(synthetic.result(5).events == synthetic.result(5).events)
    #expect(synthetic.result(5).events.count == synthetic.eventsPerDocument)
  }

  @Test func generatedArticlesHaveEventsDatesAndActors() {
    let results = Extractor().extract(batch: NewsGenerator(seed: 1).articles(0..<10))
    #expect(results.reduce(0) { $0 + $1.events.count } > 30)
    #expect(results.reduce(0) { $0 + $1.times.count } > 30)
    #expect(Set(results.flatMap { $0.actors.map(\.entity.id) }).count > 10)
  }

  @Test func runsOnATinySize() throws {
    let report = try Bench.run(BenchOptions(articles: 3, eventSizes: [100, 200], queryRuns: 2, seed: 2))
    #expect(report.extraction.articles == 3)
    #expect(report.sizes.map(\.events) == [100, 200])
    #expect(report.sizes.allSatisfy { Set($0.queries.keys) == Set(Bench.queryNames) })
    #expect((1...100).contains(report.sizes[1].queries["actor timeline, first 100 (busiest)"]?.rows ?? 0))
    #expect(report.peakMemoryMB > 0)
    #expect(report.json().contains("\"sizes\""))
    #expect(report.table().contains("all relations"))
    let stages = report.extraction.stages
    #expect(stages.taggerMBPerCPUSecond > 0 && stages.actorsMBPerCPUSecond > 0)
    #expect(abs(stages.actorsToTaggerTimeRatio - stages.taggerMBPerCPUSecond / stages.actorsMBPerCPUSecond) < 1e-9)
    #expect(report.table().contains("actors/tagger time ratio "))
    #expect(report.json().contains("\"actorsToTaggerTimeRatio\""))
  }
}
