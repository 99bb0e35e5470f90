import Foundation
import Testing

/// The bundled examples, end to end through the real binary, against the checked-in
/// expected outputs in Examples/expected/. `CHRONICLE_UPDATE_GOLDEN=1 swift test`
/// rewrites them after an intended change (review the diff!).
@Suite(.serialized) struct ExamplesTests {
  static let articles = CLIRunner.packageRoot.appendingPathComponent("Examples/articles").path
  static let expected = CLIRunner.packageRoot.appendingPathComponent("Examples/expected")

  func ingestExamples() throws -> String {
    let db = try CLIRunner.temporaryDirectory().appendingPathComponent("examples.sqlite").path
    let ingest = try CLIRunner.run(["ingest", "--db", db, Self.articles])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    return db
  }

  func compare(_ actual: String, golden name: String) throws {
    let url = Self.expected.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["CHRONICLE_UPDATE_GOLDEN"] == "1" {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == golden, "output differs from Examples/expected/\(name)")
  }

  @Test(arguments: [
    (["timeline", "--format", "json"], "timeline.json"),
    (["timeline"], "timeline.txt"),
    (["relations", "--format", "json"], "relations.json"),
    (["relations", "--format", "dot"], "relations.dot"),
    (["actors", "--format", "json"], "actors.json"),
    (["timeline", "--actor", "Iran", "--format", "csv"], "timeline-iran.csv"),
    (["timeline", "--format", "timelinejs"], "timeline.timelinejs.json"),
    (["timeline", "--format", "html"], "timeline.html"),
    (["timeline", "--format", "gdelt"], "events.gdelt.tsv"),
    (["relations", "--format", "gexf"], "relations.gexf"),
    (["relations", "--format", "graphml"], "relations.graphml"),
    (["relations", "--format", "cytoscape"], "relations.cytoscape.json"),
    (["relations", "--format", "csv"], "relations.csv"),
    (["extract", "--format", "timeml", "Examples/articles/drone-sanctions.html"], "drone-sanctions.tml"),
    (["extract", "--format", "json", "Examples/articles/eu-ammunition.json"], "eu-ammunition.extract.json"),
  ])
  func outputsMatchTheExpectedFiles(arguments: [String], golden: String) throws {
    let db = try ingestExamples()
    // From the package root, so relative input paths (and the origins they leave in the
    // output) are the same on every machine.
    let result = try CLIRunner.run(arguments + ["--db", db], in: CLIRunner.packageRoot)
    #expect(result.status == 0, "\(result.stderr)")
    try compare(result.stdout, golden: golden)
  }

  @Test func reingestingIsANoOp() throws {
    let db = try ingestExamples()
    let before = try CLIRunner.run(["timeline", "--format", "json", "--db", db]).stdout
    let again = try CLIRunner.run(["ingest", "--db", db, Self.articles])
    #expect(again.status == 0)
    let lines = again.stdout.split(separator: "\n")
    #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("unchanged ") }, "\(again.stdout)")
    #expect(try CLIRunner.run(["timeline", "--format", "json", "--db", db]).stdout == before)
  }
}
