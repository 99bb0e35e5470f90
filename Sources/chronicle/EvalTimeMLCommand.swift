import ArgumentParser
import ChronicleEval
import Foundation

/// `chronicle eval timeml GOLD SYSTEM`: TempEval-3 scores of system TimeML files against gold ones.
struct EvalTimeML: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeml",
    abstract: "Score system TimeML files against gold TimeML files (TempEval-3 Task A: TIMEX3).",
    discussion: """
      Every .tml file under GOLD_DIR (recursively) is paired with the file at the same relative \
      path under SYSTEM_DIR, or with the file of the same name directly in SYSTEM_DIR. Missing \
      files and files whose text differs after removing tags are named and make the exit code 65 \
      (the other files are still scored). The DCT (t0) is not scored. With --annotate, SYSTEM_DIR \
      is not needed: the gold files are annotated by Chronicle into a temporary folder first.
      """
  )

  @Argument(help: "Folder (or file) of gold TimeML files.")
  var goldDir: String

  @Argument(help: "Folder of system TimeML files.")
  var systemDir: String?

  @Flag(help: "Annotate the gold texts with Chronicle (as 'chronicle annotate --timeml') and score that.")
  var annotate = false

  @Flag(help: "List the errors grouped by kind.")
  var errors = false

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Option(help: "Show at most N error groups per kind.")
  var limit: Int?

  func validate() throws {
    if annotate == (systemDir != nil) {
      throw ValidationError("Pass either SYSTEM_DIR or --annotate.")
    }
  }

  func run() throws {
    var temporary: String? = nil
    defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }
    let report: TimeMLEvalReport
    do {
      var system = systemDir ?? ""
      if annotate {
        let dir = (NSTemporaryDirectory() as NSString).appendingPathComponent("chronicle-timeml-\(UUID().uuidString)")
        temporary = dir
        _ = try TimeMLAnnotator().annotate(files: try TimeMLReader.files(in: [goldDir]), into: dir)
        system = dir
      }
      var r = try TimeMLEvaluation.compare(gold: goldDir, system: system)
      r.includeErrors = errors
      report = r
    } catch let error as TimeMLError {
      printError(error.description)
      throw ExitCode(65)
    }
    if json {
      print(try jsonString(report))
    } else {
      print(report.summary)
      if errors { print(report.errorListing(limit: limit ?? Int.max)) }
    }
    for m in report.missing { printError("\(m): missing in \(systemDir ?? "the annotated folder"); annotate every gold file") }
    for m in report.mismatched { printError("\(m): text differs from gold after removing tags; keep the text unchanged") }
    if report.hasFileProblems { throw ExitCode(65) }
  }
}
