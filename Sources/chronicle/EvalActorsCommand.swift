import ArgumentParser
import ChronicleEval
import ChronicleExtraction
import Foundation

/// `chronicle eval actors TABLE.tsv`: scores actor resolution on an NGEC-style table.
struct EvalActors: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actors",
    abstract: "Score actor resolution (country and CAMEO sector) on an actor-resolution TSV.")

  @Argument(help: "The TSV (columns test, method, actor_text, context, date, expect_country, expect_code1).")
  var path: String

  @Flag(help: "List the rows resolved wrongly.")
  var errors = false

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Option(help: "The date 'today' stands for (YYYY-MM-DD); default: the current date.")
  var today: String?

  func run() throws {
    guard let data = FileManager.default.contents(atPath: path), let tsv = String(data: data, encoding: .utf8) else {
      throw ValidationError("cannot read '\(path)': pass the path of a UTF-8 TSV file")
    }
    let todayDate: CivilDate
    if let today {
      guard let d = CivilDate(iso: today) else { throw ValidationError("--today must be YYYY-MM-DD") }
      todayDate = d
    } else {
      todayDate = CivilDate(dayNumber: Int(Date().timeIntervalSince1970 / 86_400))
    }
    let cases = try ActorResolutionEval.parse(tsv)
    let report = ActorResolutionEval(today: todayDate).run(cases)
    if json {
      var object: [String: Any] = [
        "scored": report.scored, "countryCorrect": report.countryCorrect, "codeCorrect": report.codeCorrect,
        "countryAccuracy": report.countryAccuracy, "codeAccuracy": report.codeAccuracy,
      ]
      if errors {
        object["errors"] = report.errors.map {
          [
            "test": $0.test, "phrase": $0.phrase, "expectedCountry": $0.expectedCountry,
            "expectedCode": $0.expectedCode, "country": $0.country, "code": $0.code, "entity": $0.entity,
          ]
        }
      }
      let out = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
      print(String(decoding: out, as: UTF8.self))
      return
    }
    func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
    print("rows scored:      \(report.scored)")
    print("country accuracy: \(pct(report.countryAccuracy)) (\(report.countryCorrect)/\(report.scored))")
    print("code accuracy:    \(pct(report.codeAccuracy)) (\(report.codeCorrect)/\(report.scored))")
    if errors {
      print("\nerrors (test | phrase | expected country/code | got country/code | entity):")
      for r in report.errors {
        print("\(r.test)\t\(r.phrase)\t\(r.expectedCountry)/\(r.expectedCode)\t\(r.country)/\(r.code)\t\(r.entity)")
      }
    }
  }
}
