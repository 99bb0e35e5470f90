import Foundation
import Testing

/// `extract --format timeml` is read back by real TimeML consumers: Python's XML parser
/// (the text without tags equals the analyzed text) and Chronicle's own TimeML reader.
@Suite struct ExtractTimeMLTests {
  static let article = """
    Ministers <meet> & "talk" in Vienna
    Date: 2023-05-03

    Iran and the IAEA met on Monday, officials said. Russia attacked Ukraine -- again --> this morning.
    """

  @Test func timemlOutputParsesAndKeepsTheText() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("talks.txt")
    try Self.article.write(to: file, atomically: true, encoding: .utf8)
    let timeml = try CLIRunner.run(["extract", "--format", "timeml", file.path])
    #expect(timeml.status == 0, "\(timeml.stderr)")
    #expect(timeml.stdout.contains("<TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2023-05-03\""))
    #expect(timeml.stdout.contains("value=\"2023-05-01\""), "Monday before Wednesday 2023-05-03")
    #expect(timeml.stdout.contains("<EVENT eid="))
    #expect(timeml.stdout.contains("<TLINK "))
    let json = try CLIRunner.run(["extract", "--format", "json", file.path])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let text = try #require(object?["text"] as? String)

    let tml = dir.appendingPathComponent("talks.tml")
    try timeml.stdout.write(to: tml, atomically: true, encoding: .utf8)
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") {
      let script = """
        import sys, xml.etree.ElementTree as ET
        root = ET.parse(sys.argv[1]).getroot()
        sys.stdout.write("".join(root.find("TEXT").itertext()))
        """
      let parsed = try CLIRunner.run(
        ["-c", script, tml.path], executable: URL(fileURLWithPath: "/usr/bin/python3"))
      #expect(parsed.status == 0, "\(parsed.stderr)")
      #expect(parsed.stdout == text, "TEXT without tags differs from the analyzed text")
    }
    // Chronicle reads its own TimeML back: same document id and publication date.
    let db = dir.appendingPathComponent("db.sqlite").path
    let ingest = try CLIRunner.run(["ingest", "--db", db, tml.path])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    #expect(ingest.stdout.contains("ingested talks:"), "\(ingest.stdout)")
    #expect(ingest.stdout.contains("published 2023-05-03"), "\(ingest.stdout)")
  }
}
