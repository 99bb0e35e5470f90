import ArgumentParser
import ChronicleEval
import ChronicleExtraction
import Foundation

/// `chronicle eval actors TABLE.tsv`: scores actor resolution on an NGEC-style table, or
/// actor coverage on a coded-sentence table (PETRARCH-2 GSR layout), told apart by the header.
struct EvalActors: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actors",
    abstract: "Score actor resolution (NGEC phrase table) or actor coverage (PETRARCH-2 coded sentences).",
    discussion: """
      A table with columns test, method, actor_text, context, date, expect_country, expect_code1 \
      scores phrase resolution (country and sector accuracy). A table with columns id, date, \
      sourcecode, targetcode, noevents, text scores coverage: the share of expected source and \
      target country codes (first three letters) found among the sentence's recognized actors, \
      and of full codes. --json prints a "metrics" object with fractions 0…1.
      """)

  @Argument(help: "The TSV file.")
  var path: String

  @Flag(help: "List the rows resolved wrongly.")
  var errors = false

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Option(
    name: .customLong("actors"),
    help: ArgumentHelp("An actor dictionary to apply (JSON or PETRARCH; repeatable).", valueName: "file"))
  var dictionaries: [String] = []

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
    if let header = tsv.split(whereSeparator: \.isNewline).first, ActorCoverageEval.matches(header: String(header)) {
      try runCoverage(tsv)
      return
    }
    let cases = try ActorResolutionEval.parse(tsv)
    let recognizer = ActorRecognizer(dictionary: try ActorDictionaries.load(files: dictionaries, db: nil))
    let report = ActorResolutionEval(resolver: ActorResolver(recognizer: recognizer), today: todayDate).run(cases)
    if json {
      var object: [String: Any] = [
        "scored": report.scored, "countryCorrect": report.countryCorrect, "codeCorrect": report.codeCorrect,
        "countryAccuracy": report.countryAccuracy, "codeAccuracy": report.codeAccuracy,
        "metrics": ["country_accuracy": report.countryAccuracy, "code_accuracy": report.codeAccuracy],
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

  func runCoverage(_ tsv: String) throws {
    let expected = try ActorCoverageEval.parse(tsv)
    let recognizer = ActorRecognizer(dictionary: try ActorDictionaries.load(files: dictionaries, db: nil))
    let report = ActorCoverageEval(extractor: Extractor(recognizer: recognizer)).run(expected)
    if json {
      var object: [String: Any] = [
        "expected": report.expected, "countryExpected": report.countryExpected, "countryFound": report.countryFound, "codeFound": report.codeFound,
        "metrics": ["country_coverage": report.countryCoverage, "code_accuracy": report.codeAccuracy],
      ]
      if errors {
        object["errors"] = report.errors.map {
          ["id": $0.expected.id, "role": $0.expected.role, "expected": $0.expected.code, "found": $0.found, "text": $0.expected.text]
        }
      }
      let out = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
      print(String(decoding: out, as: UTF8.self))
      return
    }
    func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
    print("expected actors:  \(report.expected) (source and target codes of rows with an event)")
    print("country coverage: \(pct(report.countryCoverage)) (\(report.countryFound)/\(report.countryExpected) codes naming a country)")
    print("full-code match:  \(pct(report.codeAccuracy)) (\(report.codeFound)/\(report.expected))")
    if errors {
      print("\nmisses (id | role | expected | found codes | text):")
      for r in report.errors {
        let mark = r.countryFound || r.expected.code.hasPrefix("---") ? "code" : "COUNTRY"
        print("\(r.expected.id)\t\(r.expected.role)\t\(r.expected.code) [\(mark)]\t\(Array(Set(r.found)).sorted().joined(separator: ","))\t\(r.expected.text)")
      }
    }
  }
}
