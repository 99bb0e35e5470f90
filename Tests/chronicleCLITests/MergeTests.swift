import Foundation
import Testing

/// `chronicle timeline` merging the same event reported by two articles, through the real binary.
@Suite struct MergeTests {
  /// Two articles: one published on Tuesday 14 March 2023 says "Monday", the other gives
  /// the date; the second also reports sanctions on the same day.
  static func database() throws -> String {
    let dir = try CLIRunner.temporaryDirectory()
    let db = dir.appendingPathComponent("db.sqlite").path
    let a = dir.appendingPathComponent("tuesday.md")
    try """
      ---
      title: Washington turns up pressure on Tehran
      date: 2023-03-14
      url: https://news.example/tuesday
      ---
      The United States accused Iran on Monday of supplying drones to Russia.

      """.write(to: a, atomically: true, encoding: .utf8)
    let b = dir.appendingPathComponent("thursday.md")
    try """
      ---
      title: Sanctions follow drone charges
      date: 2023-03-16
      url: https://news.example/thursday
      ---
      The United States accused Iran on March 13 of sending drones to Russia. The United States also imposed sanctions on Iran on March 13.

      """.write(to: b, atomically: true, encoding: .utf8)
    let ingest = try CLIRunner.run(["ingest", "--db", db, a.path, b.path])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    return db
  }

  static func events(_ json: String) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return object?["events"] as? [[String: Any]] ?? []
  }

  static func accusations(_ events: [[String: Any]]) -> [[String: Any]] {
    events.filter { ($0["lemma"] as? String) == "accuse" && ($0["date"] as? String) == "2023-03-13" }
  }

  @Test func oneEventWithBothSourcesAndEveryMentionWithNoMerge() throws {
    let db = try Self.database()
    let merged = try CLIRunner.run(["timeline", "--db", db, "--actor", "Iran", "--format", "json"])
    #expect(merged.status == 0, "\(merged.stderr)")
    let accusations = Self.accusations(try Self.events(merged.stdout))
    #expect(accusations.count == 1)
    let sources = accusations.first?["sources"] as? [[String: Any]] ?? []
    let documents = sources.compactMap { ($0["document"] as? [String: Any])?["url"] as? String }
    #expect(documents == ["https://news.example/tuesday", "https://news.example/thursday"])
    #expect(sources.allSatisfy { $0["sentence_index"] is Int && $0["start"] is Int && $0["sentence"] is String })
    // The sanction of the same day stays an event of its own.
    let sanctions = try Self.events(merged.stdout).filter {
      (($0["category"] as? [String: Any])?["plover"] as? String) == "SANCTION" && ($0["date"] as? String) == "2023-03-13"
    }
    #expect(sanctions.count == 1)

    let unmerged = try CLIRunner.run(["timeline", "--db", db, "--actor", "Iran", "--format", "json", "--no-merge"])
    #expect(unmerged.status == 0, "\(unmerged.stderr)")
    let every = Self.accusations(try Self.events(unmerged.stdout))
    #expect(every.count == 2)
    #expect(every.allSatisfy { ($0["sources"] as? [Any])?.count == 1 })

    // `show` of either mention names both.
    for event in every {
      let show = try CLIRunner.run(["show", "--db", db, "\(event["id"] ?? "")"])
      #expect(show.status == 0, "\(show.stderr)")
      #expect(show.stdout.contains("Sources     2 mentions of the same event"), "\(show.stdout)")
      #expect(show.stdout.contains("tuesday (2023-03-14), sentence 1") && show.stdout.contains("thursday (2023-03-16)"))
    }
  }

  @Test func textCSVTimelineJSAndHTMLShowEverySource() throws {
    let db = try Self.database()
    let text = try CLIRunner.run(["timeline", "--db", db, "--actor", "Iran"]).stdout
    #expect(text.contains("2 sources: tuesday #1, thursday #1"), "\(text)")

    let csv = try CLIRunner.run(["timeline", "--db", db, "--actor", "Iran", "--format", "csv"]).stdout
    #expect(csv.hasPrefix("id,date,start,end,granularity,trigger,category,cameo,factuality,source_actors,"))
    #expect(csv.contains(",2,") && csv.contains("tuesday; thursday"), "\(csv)")

    let js = try CLIRunner.run(["timeline", "--db", db, "--actor", "Iran", "--format", "timelinejs"]).stdout
    #expect(js.contains("2 sources"))
    #expect(js.contains("href=\\\"https://news.example/tuesday\\\"") && js.contains("href=\\\"https://news.example/thursday\\\""))

    let html = try CLIRunner.run(["timeline", "--db", db, "--actor", "Iran", "--format", "html"]).stdout
    #expect(html.contains("\"sources\":[{"))
    #expect(html.contains("https://news.example/thursday") && html.contains("https://news.example/tuesday"))
  }
}
