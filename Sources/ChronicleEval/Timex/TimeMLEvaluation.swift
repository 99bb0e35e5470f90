import ChronicleExtraction
import Foundation

/// A gold document and the system document of the same name, both parsed.
public struct TimeMLPair: Sendable {
  /// Path of the gold file relative to the gold folder.
  public var name: String
  public var gold: TimeMLDocument
  public var system: TimeMLDocument
  /// EVENT tags of the gold file (with their MAKEINSTANCE attributes).
  public var goldEvents: [GoldEvent] = []
  /// EVENT tags of the system file (with their MAKEINSTANCE attributes).
  public var systemEvents: [GoldEvent] = []
}

/// The result of comparing a folder of system TimeML files with a folder of gold ones.
///
/// Task A (TIMEX3) and the TempEval-3 event measures (EVENT extents strict and relaxed,
/// class accuracy; tense, aspect and polarity from MAKEINSTANCE) are scored from the same
/// ``TimeMLPair``s in ``TimeMLEvaluation/compare(gold:system:)``.
public struct TimeMLEvalReport: Sendable, Encodable {
  /// Gold files scored (present on both sides with the same text).
  public var documents: Int
  /// Gold files with no system file of the same name.
  public var missing: [String]
  /// Files whose text differs after tag stripping (not scored).
  public var mismatched: [String]
  /// TIMEX3 scores (TempEval-3 Task A; the DCT is not counted).
  public var timex: TimexScores
  /// TIMEX3 errors, in document order.
  public var timexErrors: [TimexError]
  /// EVENT scores and errors.
  public var events = EventTriggerReport()

  /// Every gate metric by its snake_case name, floats in 0…1: the TIMEX3 ones as they are,
  /// the EVENT ones prefixed `event_` (`event_f1`, `event_relaxed_f1`, `event_class_accuracy`…).
  public var metrics: [String: Double] {
    var all = timex.metrics
    for (name, value) in events.metrics { all["event_" + name] = value }
    return all
  }

  /// True when some gold file was missing or did not match.
  public var hasFileProblems: Bool { !missing.isEmpty || !mismatched.isEmpty }

  private enum CodingKeys: String, CodingKey {
    case documents, missing, mismatched, timex, events, metrics, errors, eventErrors = "event_errors"
  }

  /// When false, ``encode(to:)`` leaves the error list out.
  public var includeErrors = false

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(documents, forKey: .documents)
    try c.encode(missing, forKey: .missing)
    try c.encode(mismatched, forKey: .mismatched)
    try c.encode(timex, forKey: .timex)
    try c.encode(
      ["gold": events.gold, "system": events.system, "matched": events.matched], forKey: .events)
    try c.encode(metrics, forKey: .metrics)
    if includeErrors {
      try c.encode(timexErrors, forKey: .errors)
      try c.encode(events.errors, forKey: .eventErrors)
    }
  }

  /// Errors grouped by kind, most frequent surface forms first.
  public func errorListing(limit: Int = Int.max) -> String {
    TimexReport.errorListing(timexErrors, limit: limit) + "\nEVENT errors:\n"
      + events.errorLines().joined(separator: "\n")
  }

  /// A human-readable summary.
  public var summary: String {
    var lines = [
      "documents \(documents) (missing \(missing.count), mismatched \(mismatched.count))",
      TimexReport.scoreLines(timex),
    ]
    if events.gold + events.system > 0 {
      lines += events.scoreLines
    }
    for m in missing { lines.append("missing: \(m) has no system file of that name") }
    for m in mismatched { lines.append("mismatched: \(m) text differs from gold after removing tags") }
    return lines.joined(separator: "\n")
  }
}

/// Scores system TimeML files against gold TimeML files (TempEval-3 style).
public enum TimeMLEvaluation {
  /// Every `.tml` file under `folder` (recursively), as paths relative to it, sorted.
  public static func relativeFiles(in folder: String) throws -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
      throw TimeMLError.unreadable(folder)
    }
    guard isDirectory.boolValue else { return [(folder as NSString).lastPathComponent] }
    var found: [String] = []
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let item = enumerator?.nextObject() as? String {
      if item.hasSuffix(".tml") { found.append(item) }
    }
    if found.isEmpty { throw TimeMLError.noFiles(folder) }
    return found.sorted()
  }

  /// Pairs each gold file with the system file at the same relative path, else with the
  /// system file of the same name directly in `system` (what `chronicle annotate --out` writes).
  public static func pairs(gold: String, system: String) throws -> (
    pairs: [TimeMLPair], missing: [String], mismatched: [String]
  ) {
    var isDirectory: ObjCBool = false
    let goldIsFolder = FileManager.default.fileExists(atPath: gold, isDirectory: &isDirectory) && isDirectory.boolValue
    let names = try relativeFiles(in: gold)
    var pairs: [TimeMLPair] = []
    var missing: [String] = []
    var mismatched: [String] = []
    for name in names {
      let goldPath = goldIsFolder ? (gold as NSString).appendingPathComponent(name) : gold
      let direct = (system as NSString).appendingPathComponent(name)
      let flat = (system as NSString).appendingPathComponent((name as NSString).lastPathComponent)
      let systemPath = FileManager.default.fileExists(atPath: direct) ? direct : flat
      guard FileManager.default.fileExists(atPath: systemPath) else {
        missing.append(name)
        continue
      }
      let goldBytes = try contents(goldPath)
      let systemBytes = try contents(systemPath)
      let g = try TimeMLReader.parse(String(decoding: goldBytes, as: UTF8.self), name: (goldPath as NSString).lastPathComponent)
      let s = try TimeMLReader.parse(String(decoding: systemBytes, as: UTF8.self), name: (systemPath as NSString).lastPathComponent)
      if g.text != s.text {
        mismatched.append(name)
        continue
      }
      pairs.append(
        TimeMLPair(
          name: name, gold: g, system: s,
          goldEvents: try TimeMLEventReader.parse(goldBytes, name: g.name, path: goldPath).events,
          systemEvents: try TimeMLEventReader.parse(systemBytes, name: s.name, path: systemPath).events))
    }
    return (pairs, missing, mismatched)
  }

  /// The bytes of the file at `path` (read once for both the TIMEX3 and the EVENT reader).
  static func contents(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { throw TimeMLError.unreadable(path) }
    return [UInt8](data)
  }

  /// Compares every gold file under `gold` with its system counterpart under `system`.
  public static func compare(gold: String, system: String) throws -> TimeMLEvalReport {
    let (pairs, missing, mismatched) = try pairs(gold: gold, system: system)
    var scores = TimexScores()
    var errors: [TimexError] = []
    var events = EventTriggerReport()
    for p in pairs {
      events.score(gold: p.goldEvents, systemTags: p.systemEvents)
      let system = p.system.timexes.map {
        SystemTimex(span: $0.span, text: $0.text, type: $0.type, value: $0.value)
      }
      let (s, e) = TimexEvaluation.score(gold: p.gold.timexes, system: system, document: p.name)
      scores += s
      errors += e
    }
    return TimeMLEvalReport(
      documents: pairs.count, missing: missing, mismatched: mismatched, timex: scores, timexErrors: errors,
      events: events)
  }
}
