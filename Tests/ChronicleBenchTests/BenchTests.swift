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
    #expect(report.extraction.source == "generated" && report.extraction.runs == 3)
    #expect(report.extraction.coldStartMs > 0)
    #expect(report.table().contains("3 generated articles") && report.table().contains("cold start"))
  }

  @Test func medianOfOddAndEvenCounts() {
    #expect(Bench.median([3, 1, 2]) == 2)
    #expect(Bench.median([4, 1, 3, 2]) == 2.5)
    #expect(Bench.median([]) == 0)
  }

  @Test func latencyReportsTheLastRowsAndOrderedFigures() throws {
    var calls: [Int] = []
    let latency = try Bench.latency(runs: 4) { run in
      calls.append(run)
      return run * 10
    }
    #expect(calls == [0, 1, 2, 3])
    #expect(latency.runs == 4 && latency.rows == 30)
    #expect(latency.medianMs >= 0 && latency.p99Ms >= latency.medianMs && latency.medianCPUMs >= 0)
  }

  @Test func measuresRealArticlesFromACorpus() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("news.jsonl").path
    let lines = [
      #"{"id": "a1", "published": "2022-10-17", "text": "Iran denied on Monday that it sold drones to Russia."}"#,
      #"{"id": "a2", "published": "2022-10-18", "text": "Russia struck Kyiv this morning. Ukraine condemned the strike."}"#,
      #"{"id": "a3", "published": "2022-10-19", "text": "The White House accused Iran of lying."}"#,
    ]
    try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    let report = try Bench.run(
      BenchOptions(articles: 2, eventSizes: [100], queryRuns: 1, seed: 1, corpus: file, extractionRuns: 1))
    #expect(report.extraction.source == file)
    #expect(report.extraction.articles == 2)
    #expect(report.extraction.sentences == 3)
    #expect(report.extraction.runs == 1)
    #expect(report.ingest.documents == 2)
    #expect(report.table().contains("2 articles of \(file)"))
  }

  @Test func aCorpusDirectoryGivesItsFirstArticlesInIngestOrder() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-dir-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    func line(_ id: String) -> String { #"{"id": "\#(id)", "published": "2022-10-17", "text": "Iran denied it on Monday."}"# }
    try ([line("b1"), line("b2")].joined(separator: "\n") + "\n")
      .write(to: directory.appendingPathComponent("b.jsonl"), atomically: true, encoding: .utf8)
    try ([line("a1"), "{not json", line("a2")].joined(separator: "\n") + "\n")
      .write(to: directory.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
    try Data([0, 1, 2, 0]).write(to: directory.appendingPathComponent("c.txt"))
    let three = try Bench.readCorpus(directory.path, limit: 3)
    #expect(three.map(\.id) == ["a1", "a2", "b1"])
    #expect(try Bench.readCorpus(directory.path, limit: 100).map(\.id) == ["a1", "a2", "b1", "b2"])
    #expect(try Bench.readCorpus(directory.path, limit: 0).count == 1)
  }

  @Test func aMissingCorpusIsAClearError() {
    let path = "/nonexistent/chronicle-bench-corpus.jsonl"
    #expect {
      _ = try Bench.run(BenchOptions(articles: 2, eventSizes: [100], queryRuns: 1, corpus: path))
    } throws: { error in
      let text = (error as? BenchError)?.description ?? ""
      return text.hasPrefix(path + ": cannot benchmark on it") && text.contains("'chronicle ingest' reads")
    }
  }
}
