import Foundation
import Testing

/// `actors merge / rename / corrections [--undo]` through the real binary.
@Suite struct ActorCorrectionTests {
  /// A copy of Examples/articles in a fresh directory, ingested into `db.sqlite` there.
  func ingestedExamples() throws -> (dir: URL, articles: URL, db: String) {
    let dir = try CLIRunner.temporaryDirectory()
    let articles = dir.appendingPathComponent("articles")
    try FileManager.default.copyItem(
      at: CLIRunner.packageRoot.appendingPathComponent("Examples/articles"), to: articles)
    let db = dir.appendingPathComponent("db.sqlite").path
    let ingest = try CLIRunner.run(["ingest", "--db", db, articles.path])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    return (dir, articles, db)
  }

  func json(_ output: CLIRunner.Output) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
  }

  func actorIDs(_ db: String) throws -> [String: [String: Any]] {
    let list = try CLIRunner.run(["actors", "--db", db, "--format", "json"])
    #expect(list.status == 0, "\(list.stderr)")
    var out: [String: [String: Any]] = [:]
    for actor in try json(list)["actors"] as? [[String: Any]] ?? [] {
      if let id = actor["id"] as? String { out[id] = actor }
    }
    return out
  }

  @Test func mergeRenameListReingestAndUndo() throws {
    let s = try ingestedExamples()
    #expect(try actorIDs(s.db)["person:joe-biden"] != nil)

    let merge = try CLIRunner.run(["actors", "merge", "--db", s.db, "Joe Biden", "U.S."])
    #expect(merge.status == 0, "\(merge.stderr)")
    #expect(merge.stdout.hasPrefix("merged Joe Biden [person:joe-biden] into United States [country:USA]: 1 mention in 1 document (correction 1)"))
    var actors = try actorIDs(s.db)
    #expect(actors["person:joe-biden"] == nil)
    #expect((actors["country:USA"]?["aliases"] as? [String])?.contains("Joe Biden") == true)
    let relations = try json(try CLIRunner.run(["relations", "--db", s.db, "--format", "json"]))
    let edges = relations["edges"] as? [[String: Any]] ?? []
    #expect(!edges.isEmpty)
    for edge in edges {
      let source = edge["source"] as? String
      let target = edge["target"] as? String
      #expect(source != target)
      #expect(source != "person:joe-biden" && target != "person:joe-biden")
    }

    let rename = try CLIRunner.run(
      ["actors", "rename", "--db", s.db, "Iran", "Islamic Republic of Iran", "--code", "irn"])
    #expect(rename.status == 0, "\(rename.stderr)")
    #expect(rename.stdout.hasPrefix("renamed Iran [country:IRN] to Islamic Republic of Iran, code IRN: "))
    #expect(rename.stdout.contains("(correction 2)"))

    let listed = try json(try CLIRunner.run(["actors", "corrections", "--db", s.db, "--format", "json"]))
    let corrections = listed["corrections"] as? [[String: Any]] ?? []
    #expect(corrections.map { $0["kind"] as? String } == ["merge", "rename"])
    #expect(corrections.map { $0["from_actor"] as? String } == ["person:joe-biden", "country:IRN"])
    #expect(corrections.first?["to_actor"] as? String == "country:USA")
    #expect(corrections.last?["code"] as? String == "IRN")
    let text = try CLIRunner.run(["actors", "corrections", "--db", s.db])
    #expect(text.status == 0)
    #expect(text.stdout.contains("merged into United States [country:USA]"))
    #expect(text.stdout.contains("renamed \"Islamic Republic of Iran\", code IRN"))
    #expect(text.stdout.hasSuffix("2 corrections\n"))

    // A changed article that mentions Biden again: re-ingested, Biden stays merged.
    let article = s.articles.appendingPathComponent("drone-sanctions.html")
    let html = try String(contentsOf: article, encoding: .utf8)
    try html.replacingOccurrences(of: "imposed new sanctions", with: "imposed fresh sanctions")
      .write(to: article, atomically: true, encoding: .utf8)
    let again = try CLIRunner.run(["ingest", "--db", s.db, s.articles.path])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.contains("replaced drone-sanctions"))
    actors = try actorIDs(s.db)
    #expect(actors["person:joe-biden"] == nil)
    #expect(actors["country:IRN"]?["name"] as? String == "Islamic Republic of Iran")
    let timeline = try CLIRunner.run(["timeline", "--db", s.db, "--actor", "Islamic Republic of Iran"])
    #expect(timeline.status == 0)
    #expect(timeline.stdout.contains("United States → Islamic Republic of Iran"))

    // Undo the merge: the next ingest re-extracts the documents concerned, even unchanged.
    let undo = try CLIRunner.run(["actors", "corrections", "--db", s.db, "--undo", "1"])
    #expect(undo.status == 0, "\(undo.stderr)")
    #expect(undo.stdout.hasPrefix("removed correction 1 (merge of Joe Biden [person:joe-biden] into United States [country:USA]); re-ingest the "))
    #expect(undo.stdout.contains("drone-sanctions"))
    let restored = try CLIRunner.run(["ingest", "--db", s.db, s.articles.path])
    #expect(restored.stdout.contains("replaced drone-sanctions"))
    actors = try actorIDs(s.db)
    #expect(actors["person:joe-biden"] != nil)
    #expect(actors["country:IRN"]?["name"] as? String == "Islamic Republic of Iran")
    let left = try json(try CLIRunner.run(["actors", "corrections", "--db", s.db, "--format", "json"]))
    #expect((left["corrections"] as? [[String: Any]])?.count == 1)
  }

  @Test func mistakesAreOneLineErrors() throws {
    let s = try ingestedExamples()
    let unknown = try CLIRunner.run(["actors", "merge", "--db", s.db, "Irann", "Russia"])
    #expect(unknown.status == 65)
    #expect(unknown.stdout.isEmpty)
    #expect(unknown.stderr.split(separator: "\n").count == 1)
    #expect(unknown.stderr.hasPrefix("chronicle: no actor 'Irann' in the database; near matches: Iran [country:IRN]"))

    let same = try CLIRunner.run(["actors", "merge", "--db", s.db, "Tehran", "Iran"])
    #expect(same.status == 65)
    #expect(same.stderr.contains("same actor"))
    let taken = try CLIRunner.run(["actors", "rename", "--db", s.db, "Iran", "russia"])
    #expect(taken.status == 65)
    #expect(taken.stderr.contains("'chronicle actors merge'"))
    let badCode = try CLIRunner.run(["actors", "rename", "--db", s.db, "Iran", "Persia", "--code", "I R"])
    #expect(badCode.status == 65)
    let noUndo = try CLIRunner.run(["actors", "corrections", "--db", s.db, "--undo", "9"])
    #expect(noUndo.status == 65)
    #expect(noUndo.stderr == "chronicle: no correction 9 in the database; 'chronicle actors corrections' lists them\n")
    let usage = try CLIRunner.run(["actors", "merge", "--db", s.db, "Iran"])
    #expect(usage.status == 64)
    let none = try CLIRunner.run(["actors", "corrections", "--db", s.db])
    #expect(none.stdout == "No corrections.\n")

    // No database: an error, and no file is created.
    let missing = s.dir.appendingPathComponent("none.sqlite").path
    let noDB = try CLIRunner.run(["actors", "merge", "--db", missing, "Iran", "Russia"])
    #expect(noDB.status == 74)
    #expect(!FileManager.default.fileExists(atPath: missing))
    let help = try CLIRunner.run(["actors", "corrections", "--help"])
    #expect(help.stdout.contains("re-ingest"))
  }

  @Test func correctionsWorkWithImportedDictionaries() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let dict = dir.appendingPathComponent("harbor.json").path
    let doc = dir.appendingPathComponent("harbor.txt").path
    let db = dir.appendingPathComponent("db.sqlite").path
    try ActorDictionaryTests.dictionary.write(toFile: dict, atomically: true, encoding: .utf8)
    try ActorDictionaryTests.article.write(toFile: doc, atomically: true, encoding: .utf8)
    #expect(try CLIRunner.run(["actors", "import", "--db", db, dict]).status == 0)
    #expect(try CLIRunner.run(["ingest", "--db", db, "--published", "2023-05-17", doc]).status == 0)

    let rename = try CLIRunner.run(["actors", "rename", "--db", db, "Marrow", "Ilse Marrow-Visser"])
    #expect(rename.status == 0, "\(rename.stderr)")
    let merge = try CLIRunner.run(["actors", "merge", "--db", db, "Tidewater Alliance", "Rotterdam"])
    #expect(merge.status == 0, "\(merge.stderr)")

    try (ActorDictionaryTests.article + "Marrow will return to the Tidewater Alliance next week.\n")
      .write(toFile: doc, atomically: true, encoding: .utf8)
    let again = try CLIRunner.run(["ingest", "--db", db, "--published", "2023-05-17", doc])
    #expect(again.stdout.hasPrefix("replaced harbor"), "\(again.stdout)\(again.stderr)")
    let actors = try actorIDs(db)
    #expect(actors["person:ilse-marrow"]?["name"] as? String == "Ilse Marrow-Visser")
    #expect(actors["person:ilse-marrow"]?["mentions"] as? Int == 3)
    #expect(actors["org:tidewater-alliance"] == nil)
    // The dictionary still supplies the dated role.
    let show = try CLIRunner.run(["actors", "show", "--db", db, "Ilse Marrow-Visser"])
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.hasPrefix("Ilse Marrow-Visser  [person:ilse-marrow]"))
    #expect(show.stdout.contains("harbor commissioner"))
  }
}
