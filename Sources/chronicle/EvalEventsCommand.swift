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

  @Option(
    name: .customLong("cross-validate"),
    help: ArgumentHelp(
      "Score the learned trigger model honestly: K folds by document, each scored with a model trained on the other folds (JSON metrics cv_f1, cv_class_accuracy…).",
      valueName: "K"))
  var crossValidate: Int?

  @Option(
    name: .customLong("train-on"),
    help: ArgumentHelp("Score with a trigger model trained on these TimeML files or directories instead of the shipped one (a corpus split; repeatable).", valueName: "path"))
  var trainOn: [String] = []

  @Option(
    name: .customLong("train-model"),
    help: ArgumentHelp("Train the trigger model on PATHs and write it as Swift source (TriggerModelWeights.swift) to this file, then score with it.", valueName: "file"))
  var trainModel: String?

  @Flag(help: "Score the hand-written trigger rules alone, without the learned trigger model.")
  var rulesOnly = false

  func validate() throws {
    if let k = crossValidate, k < 2 { throw ValidationError("--cross-validate needs at least 2 folds, e.g. --cross-validate 5") }
    let modes = [crossValidate != nil, !trainOn.isEmpty, trainModel != nil, rulesOnly].filter { $0 }.count
    if modes > 1 { throw ValidationError("use one of --cross-validate, --train-on, --train-model and --rules-only at a time") }
  }

  func run() throws {
    var report: EventTriggerReport
    var prefix = ""
    if let k = crossValidate {
      report = try TimeMLEventEvaluation.crossValidate(paths: paths, folds: k)
      prefix = "cv_"
    } else if !trainOn.isEmpty {
      report = try TimeMLEventEvaluation.trainAndTest(train: trainOn, test: paths)
    } else if let out = trainModel {
      let start = Date()
      let model = try TimeMLEventEvaluation.trainModel(paths: paths)
      var extractor = EventExtractor()
      extractor.triggerModel = model
      report = try TimeMLEventEvaluation.run(paths: paths, extractor: extractor)
      let command = "chronicle eval events " + paths.joined(separator: " ") + " --train-model FILE"
      let summary = String(
        format: "Trained on %d documents; on them: P %.3f R %.3f F1 %.3f, class accuracy %.3f.", report.documents,
        report.precision, report.recall, report.f1, report.classAccuracy)
      let source = TriggerModelTrainer.swiftSource(model, command: command, summary: summary)
      guard FileManager.default.createFile(atPath: out, contents: Data(source.utf8)) else {
        throw ValidationError("\(out): cannot write the model; check the directory exists and is writable")
      }
      report.seconds = Date().timeIntervalSince(start)
    } else {
      var extractor = EventExtractor()
      if rulesOnly { extractor.triggerModel = nil }
      report = try TimeMLEventEvaluation.run(paths: paths, extractor: extractor)
    }
    if !errors { report.errors = [:] }
    if json {
      let metrics = Dictionary(uniqueKeysWithValues: report.metrics.map { (prefix + $0.key, $0.value) })
      print(try jsonString(ScoredReport(scores: report.scores, metrics: metrics, report: report)))
    } else {
      if crossValidate != nil { print("Cross-validated (\(crossValidate!) folds by document):") }
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

  @Option(name: .customLong("actors"), help: ArgumentHelp("An extra actor dictionary, e.g. PETRARCH actors or agents (repeatable).", valueName: "file"))
  var dictionaries: [String] = []

  @Flag(help: "Code with the hand-written trigger rules alone, without the learned trigger model.")
  var rulesOnly = false

  func run() throws {
    let dictionary = try ActorDictionaries.load(files: dictionaries, db: nil)
    var extractor = Extractor(recognizer: ActorRecognizer(dictionary: dictionary))
    if rulesOnly { extractor.eventExtractor.triggerModel = nil }
    var report = try CodingEvaluation.run(path: path, extractor: extractor)
    if !errors && json { report.errors = [] }
    if json {
      print(try jsonString(ScoredReport(scores: report.scores, metrics: report.metrics, report: report)))
    } else {
      print(report.render(errors: errors))
    }
  }
}

/// A report with its derived scores, as printed by `--json`.
struct ScoredReport<R: Encodable>: Encodable {
  var scores: [String: Double]
  /// Floats 0…1 under snake_case names, read by `.ci/check_floors.py` (`metrics.f1`).
  var metrics: [String: Double]
  var report: R
}

func jsonString<T: Encodable>(_ value: T) throws -> String {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
  return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// `chronicle eval show-events FILE`: runs the pipeline on one plain-text article and lists its
/// events (a debugging aid for the event stage).
struct ShowEvents: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show-events",
    abstract: "List the events extracted from a plain-text article (headline on the first line)."
  )

  @Argument(help: "Plain-text article: headline on the first line, then the body.")
  var path: String

  @Option(help: "Publication date, YYYY-MM-DD.")
  var published: String?

  @Flag(help: "Also list the actor and time mentions the events refer to.")
  var mentions = false

  func run() throws {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ValidationError("\(path): cannot read the file; check the path")
    }
    let text = String(decoding: data, as: UTF8.self)
    let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let article = Article(title: String(lines[0]), body: lines.count > 1 ? String(lines[1]) : "")
    let date = published.flatMap { CivilDate(iso: $0) }
    let result = Extractor().extract(article, published: date)
    func name(_ i: Int) -> String { result.actors[i].entity.name }
    if mentions {
      for (i, a) in result.actors.enumerated() {
        print("actor #\(i) s\(a.sentence) '\(a.text)' → \(a.entity.name) [\(a.entity.type.rawValue) \(a.code ?? a.entity.code ?? "-")] \(a.rule)")
      }
      for (i, t) in result.times.enumerated() {
        print("time #\(i) s\(t.sentence) '\(t.text)' → \(t.value) signal=\(t.signal ?? "-")")
      }
    }
    for (i, e) in result.events.enumerated() {
      var parts = ["#\(i) s\(e.sentence) \(e.trigger) [\(e.lemma) \(e.timemlClass.rawValue) \(e.tense.rawValue)/\(e.aspect.rawValue)]"]
      if let c = e.category { parts.append("\(c.plover) \(c.cameo)") }
      let src = e.arguments.filter { $0.role == .source }.map { name($0.mention) + "(\($0.rule))" }
      let tgt = e.arguments.filter { $0.role == .target }.map { name($0.mention) + "(\($0.rule))" }
      let oth = e.arguments.filter { $0.role == .other }.map { name($0.mention) }
      if !src.isEmpty { parts.append("src=" + src.joined(separator: ",")) }
      if !tgt.isEmpty { parts.append("tgt=" + tgt.joined(separator: ",")) }
      if !oth.isEmpty { parts.append("other=" + oth.joined(separator: ",")) }
      parts.append(e.factuality.rawValue)
      if let a = e.attributedTo { parts.append("by=" + name(a)) }
      if let p = e.parent { parts.append("parent=#\(p)") }
      if let d = e.date {
        parts.append("date=\(d) (\(e.dateRule ?? "")) \(e.timeRelation ?? "")")
      } else if let rel = e.timeRelation {
        parts.append("time=\(rel) \(e.time.map { result.times[$0].value } ?? "DCT") (\(e.dateRule ?? ""))")
      }
      if let first = e.sameAs { parts.append("same-as=#\(first)") }
      print(parts.joined(separator: " "))
    }
  }
}
