import ArgumentParser
import ChronicleEval
import ChronicleExtraction
import Foundation

/// `chronicle eval timex PATH…`: TempEval-3 Task A scores of the temporal tagger.
struct EvalTimex: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timex",
    abstract: "Score the temporal tagger on TimeML (.tml) files (TempEval-3 Task A)."
  )

  @Argument(help: "TimeML files or folders holding them.")
  var paths: [String] = []

  @Option(help: "Instead of scoring, tag this text and print the expressions (debugging rules).")
  var text: String?

  @Option(help: "Publication date (YYYY-MM-DD) for --text.")
  var dct: String?

  @Flag(help: "List the errors (missed, spurious, wrong value…) grouped by kind.")
  var errors = false

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Option(help: "Show at most N error groups per kind.")
  var limit: Int?

  func run() throws {
    if let text {
      let analyzed = TextAnalyzer().analyze(text, headlineLength: 0)
      for e in TemporalTagger().tag(analyzed, published: dct.flatMap { CivilDate(iso: $0) }) {
        print("\(e.text)\t\(e.type.rawValue)\t\(e.value)\t\(e.mod ?? "-")\t\(e.anchor.rawValue)\t\(e.signal ?? "-")\t\(e.rule)")
      }
      return
    }
    guard !paths.isEmpty else { throw ValidationError("Pass TimeML files or folders, or --text.") }
    let report = try TimexEvaluation.evaluate(paths: paths)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      var copy = report
      if !errors { copy.errors = [] }
      let data = try encoder.encode(copy)
      print(String(decoding: data, as: UTF8.self))
      return
    }
    print(report.summary)
    if errors { print(report.errorListing(limit: limit ?? Int.max)) }
  }
}
