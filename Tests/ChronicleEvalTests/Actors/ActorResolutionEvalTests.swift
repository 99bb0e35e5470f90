import ChronicleEval
import ChronicleExtraction
import Testing

@Suite struct ActorResolutionEvalTests {
  let table =
    "test\tmethod\tactor_text\tcontext\tdate\texpect_country\texpect_code1\texpect_wiki\texpect_other\r\n"
    + "a\tagent_to_code\tIranian authorities\t\t\tIRN\tGOV\t\t\r\n"
    + "b\tagent_to_code\tTony Blair\t\t1 January 2003\tGBR\tGOV\t\t\r\n"
    + "c\tshort_text_to_agent\tparamedics\t\t\t\tMED\t\t\r\n"
    + "d\tquery_wiki\tAngela Merkel\t\t\t\t\tAngela Merkel\t\r\n"
    + "e\tagent_to_code\tWorld Health Organization\t\t\tUNO\tHLH\t\t\r\n"
    + "f\tagent_to_code\tKremlin\t\ttoday\tRUS\tMIL\t\t\r\n"

  @Test func parsesAndScores() throws {
    let cases = try ActorResolutionEval.parse(table)
    #expect(cases.count == 6)
    #expect(cases.filter(\.isScored).count == 5)
    let report = ActorResolutionEval(today: CivilDate(iso: "2024-01-01")!).run(cases)
    #expect(report.scored == 5)
    #expect(report.countryCorrect == 5)
    #expect(report.codeCorrect == 4)
    #expect(report.errors.map(\.test) == ["f"])
  }

  @Test func rejectsOtherTables() {
    #expect(throws: ActorEvalError.self) { try ActorResolutionEval.parse("a\tb\n1\t2\n") }
  }

  @Test(arguments: [("10 May 2015", "2015-05-10"), ("1 july 2021", "2021-07-01"), ("October 1, 2021", "2021-10-01"), ("2022-01-11", "2022-01-11")])
  func parsesTableDates(text: String, iso: String) {
    let eval = ActorResolutionEval(today: CivilDate(iso: "2024-01-01")!)
    #expect(eval.parseDate(text)?.iso == iso)
  }
}
