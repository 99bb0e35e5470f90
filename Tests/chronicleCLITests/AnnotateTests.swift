import Foundation
import Testing

/// `chronicle annotate --timeml` and `chronicle eval timeml` through the real binary.
@Suite struct AnnotateTests {
  static let gold = """
    <?xml version="1.0" ?>
    <TimeML>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2019-11-06" functionInDocument="CREATION_TIME">2019-11-06</TIMEX3></DCT>
    <TEXT>
    The museum <EVENT eid="e1" class="OCCURRENCE">reopened</EVENT> <TIMEX3 tid="t1" type="DATE" value="2019-11-05">Tuesday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P18M">18 months</TIMEX3> of work &amp; repairs.
    </TEXT>
    </TimeML>

    """

  @Test func annotateThenScore() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let goldDir = dir.appendingPathComponent("gold")
    let outDir = dir.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: goldDir, withIntermediateDirectories: true)
    try Self.gold.write(to: goldDir.appendingPathComponent("museum.tml"), atomically: true, encoding: .utf8)

    let annotated = try CLIRunner.run(["annotate", "--timeml", "--out", outDir.path, goldDir.path])
    #expect(annotated.status == 0, "\(annotated.stderr)")
    let output = try String(contentsOf: outDir.appendingPathComponent("museum.tml"), encoding: .utf8)
    #expect(output.hasPrefix(Self.gold.components(separatedBy: "<TEXT>")[0] + "<TEXT>"))
    #expect(output.contains(#"<TIMEX3 tid="t1" type="DATE" value="2019-11-05""#))
    #expect(output.contains(#"type="DURATION" value="P18M""#))
    #expect(output.contains(#"<EVENT eid="e1" class="OCCURRENCE">reopened</EVENT>"#))
    #expect(output.contains(#"<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST""#))
    #expect(annotated.stderr.contains("2 TIMEX3 and"))
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") {
      // Well-formed XML, one MAKEINSTANCE per EVENT and none of the input's links left.
      let script = """
        import sys, xml.etree.ElementTree as ET
        root = ET.parse(sys.argv[1]).getroot()
        events = [e.get("eid") for e in root.iter("EVENT")]
        instances = [m.get("eventID") for m in root.iter("MAKEINSTANCE")]
        assert events and events == instances, (events, instances)
        assert all(m.get("pos") in ("VERB", "NOUN", "ADJECTIVE", "OTHER") for m in root.iter("MAKEINSTANCE"))
        assert not list(root.iter("TLINK"))
        """
      let parsed = try CLIRunner.run(
        ["-c", script, outDir.appendingPathComponent("museum.tml").path],
        executable: URL(fileURLWithPath: "/usr/bin/python3"))
      #expect(parsed.status == 0, "\(parsed.stderr)")
    }

    let scored = try CLIRunner.run(["eval", "timeml", goldDir.path, outDir.path, "--json"])
    #expect(scored.status == 0, "\(scored.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as! [String: Any]
    let metrics = object["metrics"] as! [String: Double]
    #expect(metrics["value_f1"] == 1.0)
    #expect(metrics["strict_f1"] == 1.0)
    #expect(metrics["event_recall"] == 1.0)
    #expect(metrics["event_class_accuracy"] == 1.0)
  }

  @Test func evalNamesMissingFilesAndFails() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let goldDir = dir.appendingPathComponent("gold")
    let sysDir = dir.appendingPathComponent("sys")
    for d in [goldDir, sysDir] { try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true) }
    try Self.gold.write(to: goldDir.appendingPathComponent("museum.tml"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["eval", "timeml", goldDir.path, sysDir.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("museum.tml"))
  }

  @Test func annotateNeedsTheTimeMLFlag() throws {
    let result = try CLIRunner.run(["annotate", "--out", "/tmp/none", "x.tml"])
    #expect(result.status == 64)
  }
}
