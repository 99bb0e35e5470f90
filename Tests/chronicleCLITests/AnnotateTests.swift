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
