import ChronicleExtraction
import ChronicleTestSupport
import Foundation
import Testing

@testable import ChronicleEval

@Suite struct TimeMLEvaluationTests {
  /// A TimeML document; `after` goes between `</TEXT>` and `</TimeML>` (MAKEINSTANCEs).
  static func document(_ text: String, after: String = "") -> String {
    """
    <?xml version="1.0" ?>
    <TimeML>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2020-05-04" functionInDocument="CREATION_TIME">2020-05-04</TIMEX3></DCT>
    <TEXT>\(text)</TEXT>
    \(after)
    </TimeML>
    """
  }

  static func folder(_ files: [String: String], after: String = "") throws -> String {
    let dir = try Scratch.directory("timeml-eval")
    for (name, text) in files {
      try document(text, after: after).write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return dir.path
  }

  /// Gold a.tml: 4 expressions; the system gets one exact with the right value, one with a
  /// longer extent and a wrong value, one exact with a wrong type, misses one, adds one.
  /// Relaxed P = R = 3/4 → F1 0.75; strict 2/4 → 0.5; type 2/3; value 2/3; value F1 0.5.
  static let gold = [
    "a.tml": """
      Talks began <TIMEX3 tid="t1" type="DATE" value="2020-05-01">Friday</TIMEX3> and ran \
      <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>; a vote follows \
      <TIMEX3 tid="t3" type="DATE" value="2020-05-11">next Monday</TIMEX3> or in \
      <TIMEX3 tid="t4" type="DATE" value="2020-06">June</TIMEX3>.
      """
  ]
  static let system = [
    "a.tml": """
      Talks <TIMEX3 tid="t9" type="DATE" value="PRESENT_REF">began</TIMEX3> \
      <TIMEX3 tid="t1" type="DATE" value="2020-05-01">Friday</TIMEX3> and ran \
      <TIMEX3 tid="t2" type="DATE" value="P3D">three days</TIMEX3>; a vote follows \
      <TIMEX3 tid="t3" type="DATE" value="2020-05-04">next Monday or</TIMEX3> in June.
      """
  ]

  @Test func scoresByHand() throws {
    let g = try Self.folder(Self.gold)
    let s = try Self.folder(Self.system)
    let report = try TimeMLEvaluation.compare(gold: g, system: s)
    #expect(report.documents == 1 && !report.hasFileProblems)
    let m = report.metrics
    #expect(abs(m["relaxed_precision"]! - 0.75) < 1e-9)
    #expect(abs(m["relaxed_recall"]! - 0.75) < 1e-9)
    #expect(abs(m["relaxed_f1"]! - 0.75) < 1e-9)
    #expect(abs(m["strict_f1"]! - 0.5) < 1e-9)
    #expect(abs(m["type_accuracy"]! - 2.0 / 3.0) < 1e-9)
    #expect(abs(m["value_accuracy"]! - 2.0 / 3.0) < 1e-9)
    #expect(abs(m["value_f1"]! - 0.5) < 1e-9)
  }

  /// Gold: 4 events; the system tags 2 at the same extent (one with another class), one
  /// with a longer extent, misses one and adds one. Strict P = 2/4, R = 2/4; relaxed
  /// P = 3/4, R = 3/4; class accuracy 1/2; tense from MAKEINSTANCE on the 2 matches: 1/2.
  @Test func scoresEventsByHand() throws {
    let g = try Self.folder(
      [
        "e.tml": """
          Rebels <EVENT eid="e1" class="OCCURRENCE">attacked</EVENT> the town and officials \
          <EVENT eid="e2" class="REPORTING">said</EVENT> talks would <EVENT eid="e3" class="OCCURRENCE">resume</EVENT> \
          after the <EVENT eid="e4" class="OCCURRENCE">truce</EVENT>.
          """
      ],
      after: """
        <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
        <MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
        <MAKEINSTANCE eventID="e3" eiid="ei3" tense="INFINITIVE" aspect="NONE" polarity="POS" pos="VERB"/>
        <MAKEINSTANCE eventID="e4" eiid="ei4" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
        """)
    let s = try Self.folder(
      [
        "e.tml": """
          Rebels <EVENT eid="e1" class="OCCURRENCE">attacked</EVENT> the town and officials \
          <EVENT eid="e2" class="STATE">said</EVENT> talks would <EVENT eid="e3" class="OCCURRENCE">resume after</EVENT> \
          the truce<EVENT eid="e4" class="OCCURRENCE">.</EVENT>
          """
      ],
      after: """
        <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
        <MAKEINSTANCE eventID="e2" eiid="ei2" tense="PRESENT" aspect="NONE" polarity="POS" pos="VERB"/>
        """)
    let report = try TimeMLEvaluation.compare(gold: g, system: s)
    #expect(report.documents == 1 && !report.hasFileProblems)
    let m = report.metrics
    #expect(abs(m["event_precision"]! - 0.5) < 1e-9)
    #expect(abs(m["event_recall"]! - 0.5) < 1e-9)
    #expect(abs(m["event_relaxed_precision"]! - 0.75) < 1e-9)
    #expect(abs(m["event_relaxed_recall"]! - 0.75) < 1e-9)
    #expect(abs(m["event_class_accuracy"]! - 0.5) < 1e-9)
    #expect(abs(m["event_tense_accuracy"]! - 0.5) < 1e-9)
    #expect(report.events.errors["missed:OCCURRENCE"]?["truce"] == 1)
    #expect(report.events.errors["class:REPORTING->STATE"]?["said"] == 1)
    #expect(report.summary.contains("TimeML event triggers"))
  }

  @Test func perfectSystemScoresOne() throws {
    let g = try Self.folder(Self.gold)
    let report = try TimeMLEvaluation.compare(gold: g, system: g)
    for name in ["relaxed_f1", "strict_f1", "value_f1", "type_accuracy", "value_accuracy"] {
      #expect(report.metrics[name] == 1.0, "\(name)")
    }
  }

  @Test func namesMissingAndMismatchedFiles() throws {
    let g = try Self.folder(["a.tml": "It rained on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020-05-03\">Sunday</TIMEX3>.",
      "b.tml": "Nothing happened.", "c.tml": "Quiet."])
    let s = try Self.folder(["a.tml": "It rained on Sunday!", "c.tml": "Quiet."])
    let report = try TimeMLEvaluation.compare(gold: g, system: s)
    #expect(report.missing == ["b.tml"])
    #expect(report.mismatched == ["a.tml"])
    #expect(report.documents == 1)
    #expect(report.hasFileProblems)
  }

  @Test func jsonHasTheMetricsObject() throws {
    let g = try Self.folder(Self.gold)
    let data = try JSONEncoder().encode(try TimeMLEvaluation.compare(gold: g, system: g))
    let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let metrics = object["metrics"] as! [String: Double]
    #expect(Set(metrics.keys).isSuperset(of: ["relaxed_f1", "strict_f1", "value_f1", "type_accuracy", "value_accuracy",
      "relaxed_precision", "relaxed_recall", "strict_precision", "strict_recall"]))
  }

  @Test func annotatedGoldScoresAgainstGold() throws {
    let g = try Self.folder(Self.gold)
    let out = Scratch.path("timeml-out").path
    _ = try TimeMLAnnotator().annotate(files: try TimeMLReader.files(in: [g]), into: out)
    let report = try TimeMLEvaluation.compare(gold: g, system: out)
    #expect(report.documents == 1 && !report.hasFileProblems)
    #expect(report.timex.relaxedMatches == 4)
  }
}
