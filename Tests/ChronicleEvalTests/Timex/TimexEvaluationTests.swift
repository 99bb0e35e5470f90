import ChronicleExtraction
import Testing

@testable import ChronicleEval

@Suite struct TimexEvaluationTests {
  private func gold(_ start: Int, _ end: Int, _ type: String = "DATE", value: String) -> GoldTimex {
    GoldTimex(span: TextSpan(start: start, end: end), text: "", type: type, value: value)
  }
  private func sys(_ start: Int, _ end: Int, _ type: String = "DATE", value: String) -> SystemTimex {
    SystemTimex(span: TextSpan(start: start, end: end), text: "", type: type, value: value)
  }

  /// Gold: A [0,6) B [10,20) C [30,35) D [40,45).
  /// System: A' = [0,6) exact, B' = [12,20) overlap with a wrong value, C' = [30,35) exact with
  /// a wrong type, S = [50,55) spurious. D is missed.
  /// Relaxed: 3 matches → P 3/4, R 3/4, F1 0.75. Strict: 2 → P 2/4, R 2/4, F1 0.5.
  /// Type accuracy 2/3; value accuracy 2/3 (B' wrong); value F1 = 2/3 × 0.75 = 0.5.
  @Test func scoresByHand() {
    let g = [gold(0, 6, value: "2022-10-17"), gold(10, 20, value: "2022-W41"), gold(30, 35, "DURATION", value: "P3Y"),
      gold(40, 45, value: "2021")]
    let s = [sys(0, 6, value: "2022-10-17"), sys(12, 20, value: "2022-W42"), sys(30, 35, "DATE", value: "P3Y"),
      sys(50, 55, value: "PRESENT_REF")]
    let (scores, errors) = TimexEvaluation.score(gold: g, system: s)
    #expect(scores.relaxedMatches == 3)
    #expect(scores.strictMatches == 2)
    #expect(abs(scores.relaxedPrecision - 0.75) < 1e-9)
    #expect(abs(scores.relaxedRecall - 0.75) < 1e-9)
    #expect(abs(scores.relaxedF1 - 0.75) < 1e-9)
    #expect(abs(scores.strictF1 - 0.5) < 1e-9)
    #expect(abs(scores.typeAccuracy - 2.0 / 3.0) < 1e-9)
    #expect(abs(scores.valueAccuracy - 2.0 / 3.0) < 1e-9)
    #expect(abs(scores.valueF1 - 0.5) < 1e-9)
    #expect(errors.filter { $0.kind == .missed }.count == 1)
    #expect(errors.filter { $0.kind == .spurious }.count == 1)
    #expect(errors.filter { $0.kind == .wrongValue }.count == 1)
    #expect(errors.filter { $0.kind == .wrongType }.count == 1)
    #expect(errors.filter { $0.kind == .extent }.count == 1)
  }

  /// One system span overlapping two gold spans matches only one of them (one-to-one).
  /// Gold 2, system 1, relaxed 1 → P 1, R 0.5, F1 2/3; strict 0.
  @Test func matchesOneToOne() {
    let (scores, _) = TimexEvaluation.score(
      gold: [gold(0, 5, value: "2022"), gold(6, 10, value: "2022-10")], system: [sys(0, 10, value: "2022")])
    #expect(scores.relaxedMatches == 1)
    #expect(abs(scores.relaxedF1 - 2.0 / 3.0) < 1e-9)
    #expect(scores.strictMatches == 0)
    #expect(scores.valueAccuracy == 1)
  }

  @Test func emptyInputsScoreZero() {
    let (scores, errors) = TimexEvaluation.score(gold: [], system: [])
    #expect(scores.relaxedF1 == 0)
    #expect(errors.isEmpty)
  }

  @Test func readsTimeML() throws {
    let source = """
      <?xml version="1.0" ?>
      <TimeML><DOCID>X1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
      <TEXT>Sales &amp; profit <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1997-Q4" mod="END">late last quarter</TIMEX3>, said Café owners <TIMEX3 tid="t2" type="DATE" value="1998-01-07">Wednesday</TIMEX3>.</TEXT>
      </TimeML>
      """
    let doc = try TimeMLReader.parse(source, name: "x.tml")
    #expect(doc.creationDate == CivilDate(year: 1998, month: 1, day: 8))
    #expect(doc.text == "Sales & profit rose late last quarter, said Café owners Wednesday.")
    #expect(doc.timexes.count == 2)
    let bytes = Array(doc.text.utf8)
    for t in doc.timexes {
      #expect(String(decoding: bytes[t.span.start..<t.span.end], as: UTF8.self) == t.text)
    }
    #expect(doc.timexes[0].text == "late last quarter")
    #expect(doc.timexes[0].mod == "END")
    #expect(doc.timexes[1].value == "1998-01-07")
  }

  @Test func rejectsFilesWithoutText() {
    #expect(throws: TimeMLError.self) { try TimeMLReader.parse("<TimeML></TimeML>", name: "bad.tml") }
  }
}
