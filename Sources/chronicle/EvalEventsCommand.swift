import ArgumentParser
import ChronicleEval
import ChronicleExtraction
import Foundation

/// `chronicle eval events PATH…`: TimeML event-trigger detection scores.
struct EvalEvents: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "events",
    abstract: "Score event triggers (class, tense, aspect, polarity) against TimeML EVENT annotations."
  )

  @Argument(help: "TimeML .tml files or directories holding them.")
  var paths: [String]

  @Flag(help: "List errors grouped by kind.")
  var errors = false

  @Flag(help: "Print the report as JSON.")
  var json = false

  func run() throws {
    let report = try TimeMLEventEvaluation.run(paths: paths)
    if json {
      print(try jsonString(report))
    } else {
      print(report.render(errors: errors))
    }
  }
}

/// `chronicle eval coding TSV`: CAMEO event-coding agreement.
struct EvalCoding: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coding",
    abstract: "Score who-did-what-to-whom codings against a PETRARCH-style validation TSV."
  )

  @Argument(help: "TSV with columns id, category, date, sourcecode, eventcode, targetcode, noevents, text.")
  var path: String

  @Flag(help: "List disagreements.")
  var errors = false

  @Flag(help: "Print the report as JSON.")
  var json = false

  func run() throws {
    let report = try CodingEvaluation.run(path: path)
    if json {
      print(try jsonString(report))
    } else {
      print(report.render(errors: errors))
    }
  }
}

func jsonString<T: Encodable>(_ value: T) throws -> String {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
  return String(decoding: try encoder.encode(value), as: UTF8.self)
}
