import Foundation
import Testing

/// `actors import / show / list`, and `--actors` on extract and ingest, through the real binary.
@Suite struct ActorDictionaryTests {
  static let dictionary = """
    {"actors": [
      {"name": "Ilse Marrow", "type": "person", "country": "NLD", "aliases": ["Marrow"],
       "roles": [{"title": "harbor commissioner", "code": "NLDGOV", "from": "2020-01-01"}]},
      {"name": "Tidewater Alliance", "code": "NGO", "aliases": ["Tidewater"]}
    ]}
    """

  static let article = "Harbor deal\n\nIlse Marrow met the Tidewater Alliance in Rotterdam on Monday. Marrow said talks went well.\n"

  func setUp() throws -> (dir: URL, dict: String, doc: String, db: String) {
    let dir = try CLIRunner.temporaryDirectory()
    let dict = dir.appendingPathComponent("harbor.json").path
    let doc = dir.appendingPathComponent("harbor.txt").path
    try Self.dictionary.write(toFile: dict, atomically: true, encoding: .utf8)
    try Self.article.write(toFile: doc, atomically: true, encoding: .utf8)
    return (dir, dict, doc, dir.appendingPathComponent("db.sqlite").path)
  }

  @Test func extractAppliesActorsOption() throws {
    let s = try setUp()
    let with = try CLIRunner.run(["extract", "--published", "2023-05-17", "--actors", s.dict, s.doc], in: s.dir)
    #expect(with.status == 0, "\(with.stderr)")
    #expect(with.stdout.contains("\"person:ilse-marrow\""))
    #expect(with.stdout.contains("\"NLDGOV\""))
    #expect(with.stdout.contains("\"org:tidewater-alliance\""))
    let without = try CLIRunner.run(["extract", "--published", "2023-05-17", s.doc], in: s.dir)
    #expect(!without.stdout.contains("\"org:tidewater-alliance\""))
  }

  @Test func importStoresForLaterIngestsAndShowListsMentions() throws {
    let s = try setUp()
    let imported = try CLIRunner.run(["actors", "import", "--db", s.db, s.dict])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(FileManager.default.fileExists(atPath: s.db + ".actors/harbor.json"))
    let ingest = try CLIRunner.run(["ingest", "--db", s.db, "--published", "2023-05-17", s.doc])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let list = try CLIRunner.run(["actors", "--db", s.db, "--format", "json"])
    #expect(list.status == 0)
    #expect(list.stdout.contains("person:ilse-marrow"))
    let show = try CLIRunner.run(["actors", "show", "--db", s.db, "--format", "json", "Marrow"])
    #expect(show.status == 0, "\(show.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
    #expect(object?["id"] as? String == "person:ilse-marrow")
    #expect(object?["country"] as? String == "NLD")
    let mentions = object?["mentions"] as? [[String: Any]] ?? []
    #expect(mentions.count == 2)
    #expect(mentions.first?["code"] as? String == "NLDGOV")
    #expect((mentions.first?["sentence_text"] as? String)?.contains("Rotterdam") == true)
    let roles = object?["roles"] as? [[String: Any]] ?? []
    #expect(roles.first?["title"] as? String == "harbor commissioner")
    let text = try CLIRunner.run(["actors", "show", "--db", s.db, "person:ilse-marrow"])
    #expect(text.stdout.contains("harbor commissioner"))
  }

  @Test func showKnowsDictionaryActorsWithoutMentionsAndRejectsUnknownNames() throws {
    let s = try setUp()
    let known = try CLIRunner.run(["actors", "show", "--db", s.db, "Kremlin"], in: s.dir)
    #expect(known.status == 0, "\(known.stderr)")
    #expect(known.stdout.contains("country:RUS"))
    let unknown = try CLIRunner.run(["actors", "show", "--db", s.db, "Nobody Atall"], in: s.dir)
    #expect(unknown.status == 65)
    #expect(unknown.stderr.split(separator: "\n").count == 1)
  }

  @Test func importRejectsAnInvalidDictionaryWithOneLine() throws {
    let s = try setUp()
    let bad = s.dir.appendingPathComponent("bad.json").path
    try #"{"actors": [{"name": "X", "code": "not a code"}]}"#.write(toFile: bad, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["actors", "import", "--db", s.db, bad])
    #expect(result.status == 65)
    #expect(result.stderr.contains("actors[0].code"))
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(!FileManager.default.fileExists(atPath: s.db + ".actors/bad.json"))
    let missing = try CLIRunner.run(["extract", "--actors", s.dir.appendingPathComponent("nope.json").path, s.doc])
    #expect(missing.status == 74)
  }

  @Test func reingestWithADictionaryReextracts() throws {
    let s = try setUp()
    let first = try CLIRunner.run(["ingest", "--db", s.db, "--published", "2023-05-17", s.doc])
    #expect(first.stdout.hasPrefix("ingested"), "\(first.stderr)")
    let same = try CLIRunner.run(["ingest", "--db", s.db, "--published", "2023-05-17", s.doc])
    #expect(same.stdout.hasPrefix("unchanged"))
    let with = try CLIRunner.run(["ingest", "--db", s.db, "--published", "2023-05-17", "--actors", s.dict, s.doc])
    #expect(with.stdout.hasPrefix("replaced"), "\(with.stdout)")
    let show = try CLIRunner.run(["actors", "show", "--db", s.db, "tidewater alliance"])
    #expect(show.stdout.contains("org:tidewater-alliance"))
  }
}
