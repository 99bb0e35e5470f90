import Foundation
import Testing

/// The example articles, ingested and exported by the real binary in every
/// viewer and graph format, then opened by the programs users open them with:
/// networkx (GEXF, GraphML, Cytoscape.js), headless Chromium (the HTML
/// timeline), a JSON parser and the TimelineJS shape (TimelineJS), and a TSV
/// reader (GDELT). Each consumer is skipped when it is not installed.
@Suite(.serialized) struct ConsumerTests {
  static let consumers = CLIRunner.packageRoot.appendingPathComponent(
    "Tests/ChronicleExportTests/Golden/consumers.py").path

  static func find(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let candidate = String(dir) + "/" + name
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs a program; returns status and stdout.
  static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, out: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let dir = try CLIRunner.temporaryDirectory()
    let outURL = dir.appendingPathComponent("out")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    let handle = try FileHandle(forWritingTo: outURL)
    process.standardOutput = handle
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try handle.close()
    return (process.terminationStatus, (try? String(contentsOf: outURL, encoding: .utf8)) ?? "")
  }

  struct Examples {
    var dir: URL
    var db: String
    var relations: [[String: Any]]
    var events: [[String: Any]]

    /// Writes `chronicle ARGS` to a file in the temporary directory.
    func export(_ arguments: [String], to name: String) throws -> (path: String, stderr: String) {
      let result = try CLIRunner.run(arguments + ["--db", db])
      #expect(result.status == 0, "\(result.stderr)")
      let url = dir.appendingPathComponent(name)
      try Data(result.stdout.utf8).write(to: url)
      return (url.path, result.stderr)
    }
  }

  static func examples() throws -> Examples {
    let dir = try CLIRunner.temporaryDirectory()
    let db = dir.appendingPathComponent("examples.sqlite").path
    let ingest = try CLIRunner.run(["ingest", "--db", db, CLIRunner.packageRoot.appendingPathComponent("Examples/articles").path])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    func json(_ args: [String], _ key: String) throws -> [[String: Any]] {
      let out = try CLIRunner.run(args + ["--format", "json", "--db", db]).stdout
      let object = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
      return object?[key] as? [[String: Any]] ?? []
    }
    return Examples(
      dir: dir, db: db, relations: try json(["relations"], "edges"), events: try json(["timeline"], "events"))
  }

  /// networkx reads the GEXF, GraphML and Cytoscape.js files (one Python run).
  @Test func networkxLoadsTheRelationsGraph() throws {
    guard let python = Self.find("python3") else { return }
    let ex = try Self.examples()
    var arguments = [Self.consumers, "graph"]
    for (kind, file) in [("gexf", "relations.gexf"), ("graphml", "relations.graphml"), ("cytoscape", "relations.json")] {
      arguments += [kind, try ex.export(["relations", "--format", kind], to: file).path]
    }
    let result = try Self.run(python, arguments)
    if result.status == 3 { return }  // networkx not installed
    #expect(result.status == 0)
    var nodes = Set<String>()
    for edge in ex.relations {
      nodes.insert(edge["source"] as? String ?? "")
      nodes.insert(edge["target"] as? String ?? "")
    }
    #expect(!ex.relations.isEmpty)
    let lines = result.out.split(separator: "\n")
    #expect(lines.count == 3)
    for line in lines {
      let summary = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(summary?["class"] as? String == "MultiDiGraph")
      #expect(summary?["nodes"] as? Int == nodes.count)
      #expect(summary?["edges"] as? Int == ex.relations.count)
    }
  }

  @Test func chromiumRendersTheHTMLTimeline() throws {
    guard let chromium = Self.find("chromium") ?? Self.find("chromium-browser"), let python = Self.find("python3")
    else { return }
    let ex = try Self.examples()
    let path = try ex.export(["timeline", "--format", "html"], to: "timeline.html").path
    let flags = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--user-data-dir=" + ex.dir.appendingPathComponent("chromium").path,
    ]
    let dom = try Self.run(chromium, flags + ["--dump-dom", "file://" + path])
    #expect(dom.status == 0)
    #expect(!ex.events.isEmpty)
    for event in ex.events {
      let id = event["id"] as? Int ?? -1
      #expect(dom.out.contains("data-event-id=\"\(id)\""), "event \(id) not rendered")
    }
    let png = ex.dir.appendingPathComponent("timeline.png").path
    let shot = try Self.run(chromium, flags + ["--hide-scrollbars", "--screenshot=" + png, "--window-size=1200,800", "file://" + path])
    #expect(shot.status == 0)
    let summary = try Self.run(python, [Self.consumers, "png", png])
    let info = try JSONSerialization.jsonObject(with: Data(summary.out.utf8)) as? [String: Any]
    #expect(info?["width"] as? Int == 1200)
    #expect((info?["colors"] as? Int ?? 0) > 50)
    #expect((info?["foreground"] as? Double ?? 0) > 0.1)
  }

  @Test func timelineJSHasOneSlidePerDatedEvent() throws {
    let ex = try Self.examples()
    let (path, stderr) = try ex.export(["timeline", "--format", "timelinejs"], to: "timeline.json")
    let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
    let slides = doc?["events"] as? [[String: Any]] ?? []
    let dated = ex.events.filter { $0["dated"] as? Bool == true }
    #expect(slides.count == dated.count)
    #expect(Set(slides.compactMap { $0["unique_id"] as? String }) == Set(dated.compactMap { ($0["id"] as? Int).map(String.init) }))
    for slide in slides {
      let start = slide["start_date"] as? [String: Any]
      #expect(start?["year"] is Int)
      #expect((slide["text"] as? [String: Any])?["headline"] is String)
    }
    let undated = ex.events.count - dated.count
    if undated > 0 { #expect(stderr.contains("\(undated) undated event")) }
    let (byActor, _) = try ex.export(["timeline", "--format", "timelinejs", "--group-by", "actor"], to: "by-actor.json")
    #expect(try String(contentsOfFile: byActor, encoding: .utf8) != String(contentsOfFile: path, encoding: .utf8))
  }

  @Test func gdeltTableHasFifteenColumnsAndARowPerPair() throws {
    let ex = try Self.examples()
    let (path, _) = try ex.export(["timeline", "--format", "gdelt"], to: "events.tsv")
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "")
    let rows = lines.dropLast().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    #expect(rows.first?.first == "SQLDATE" && rows.first?.last == "NumArticles")
    #expect(rows.allSatisfy { $0.count == 15 })
    var expected = 0
    for event in ex.events where !(event["category"] is NSNull) {
      let actors = event["actors"] as? [[String: Any]] ?? []
      func count(_ role: String) -> Int { max(1, Set(actors.filter { $0["role"] as? String == role }.compactMap { $0["id"] as? String }).count) }
      expected += count("source") * count("target")
    }
    #expect(rows.count - 1 == expected)
  }
}
