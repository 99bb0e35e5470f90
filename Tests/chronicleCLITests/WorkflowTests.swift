import Foundation
import Testing

/// Extract, redate and show through the real binary.
@Suite struct WorkflowTests {
  @Test func extractJSONLinesKeepsIDsAndOrder() throws {
    let input = """
      {"id":"a","text":"Russia attacked Ukraine on Monday.","published":"2023-01-11"}
      {"id":"b","text":"Iran denied the report on Friday.","published":"2023-01-11"}

      """
    let result = try CLIRunner.run(["extract", "--jsonl"], stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let ids = try lines.map { line -> String in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      let document = object?["document"] as? [String: Any]
      return document?["id"] as? String ?? ""
    }
    #expect(ids == ["a", "b"])
  }

  @Test func ingestReadsStandardInput() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let db = dir.appendingPathComponent("db.sqlite").path
    let input = """
      {"id":"a","text":"Russia attacked Ukraine on Monday.","published":"2023-01-11"}
      {"id":"b","text":"Iran denied the report on Friday.","published":"2023-01-11"}

      """
    let first = try CLIRunner.run(["ingest", "--db", db, "-"], stdin: input)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("ingested a:") && first.stdout.contains("ingested b:"), "\(first.stdout)")
    let again = try CLIRunner.run(["ingest", "--db", db, "-"], stdin: input)
    #expect(again.status == 0)
    #expect(again.stdout.contains("unchanged a:"), "\(again.stdout)")
    let timeline = try CLIRunner.run(["timeline", "--format", "json", "--db", db]).stdout
    #expect(timeline.contains("\"2023-01-09\""), "Monday before Wednesday 2023-01-11")
  }

  @Test func redateResolvesRelativeDates() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let db = dir.appendingPathComponent("db.sqlite").path
    let file = dir.appendingPathComponent("undated.txt")
    try "Talks resume\n\nIran and the IAEA met on Monday, officials said.\n".write(
      to: file, atomically: true, encoding: .utf8)
    let ingest = try CLIRunner.run(["ingest", "--db", db, file.path])
    #expect(ingest.status == 0)
    #expect(ingest.stderr.contains("no publication date"))
    let before = try CLIRunner.run(["timeline", "--format", "json", "--db", db]).stdout
    #expect(!before.contains("\"2023-05-15\""))
    let redate = try CLIRunner.run(["redate", "--db", db, "undated", "--published", "2023-05-17"])
    #expect(redate.status == 0, "\(redate.stderr)")
    let after = try CLIRunner.run(["timeline", "--format", "json", "--db", db]).stdout
    #expect(after.contains("\"2023-05-15\""), "Monday before Wednesday 2023-05-17")
    #expect(try CLIRunner.run(["redate", "--db", db, "nope", "--published", "2023-05-17"]).status != 0)
  }

  @Test func showGivesProvenance() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let db = dir.appendingPathComponent("db.sqlite").path
    let file = dir.appendingPathComponent("story.txt")
    try "Strike on port\n\nRussia attacked the Ukrainian port of Odesa on Sunday.\n".write(
      to: file, atomically: true, encoding: .utf8)
    #expect(try CLIRunner.run(["ingest", "--db", db, "--published", "2023-07-24", file.path]).status == 0)
    let timeline = try CLIRunner.run(["timeline", "--format", "json", "--db", db]).stdout
    let object = try JSONSerialization.jsonObject(with: Data(timeline.utf8)) as? [String: Any]
    let events = object?["events"] as? [[String: Any]] ?? []
    let id = try #require(events.first?["id"])
    let show = try CLIRunner.run(["show", "--format", "json", "--db", db, "\(id)"])
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.contains("story"))
    #expect(try CLIRunner.run(["show", "--db", db, "999999"]).status != 0)
  }
}
