import ArgumentParser
import ChronicleEval
import ChronicleExport
import ChronicleExtraction
import ChronicleStore
import Foundation

/// `chronicle eval timeline`: SemEval-2015 Task 4 temporal-awareness scores.
struct EvalTimeline: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: "Score entity timelines (SemEval-2015 Task 4 format) against gold timelines.",
    discussion: """
      With GOLD_DIR SYSTEM_DIR: scores the system's timeline files against the gold ones \
      (matched by file name). With --corpus DIR GOLD_DIR: ingests the corpus into a temporary \
      database, writes a timeline for each gold entity (the first line of each gold file) and \
      scores it. Each timeline is a temporal graph (events simultaneous with their anchor, \
      consecutive orders BEFORE, order 0 ignored); precision and recall are TempEval-3 \
      temporal awareness over the transitive closure, micro-averaged over the timelines.
      """)

  @Option(help: ArgumentHelp("Ingest this directory of articles and build the system timelines from it.", valueName: "dir"))
  var corpus: String?

  @Option(help: ArgumentHelp("With --corpus: keep the system timelines in this directory.", valueName: "dir"))
  var out: String?

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Argument(help: "GOLD_DIR [SYSTEM_DIR]: directories of timeline .txt files.")
  var directories: [String]

  func validate() throws {
    if corpus == nil, directories.count != 2 {
      throw ValidationError("pass GOLD_DIR SYSTEM_DIR, or --corpus DIR GOLD_DIR")
    }
    if corpus != nil, directories.count != 1 { throw ValidationError("with --corpus pass only GOLD_DIR") }
  }

  func run() throws {
    do {
      try score()
    } catch let error as TimelineFileError {
      // Unreadable directory (74) or malformed timeline file (65), one line on stderr.
      printError(error.description)
      if case .unreadable = error { throw ExitCode(74) }
      throw ExitCode(65)
    }
  }

  func score() throws {
    try reportingErrors {
      let gold = try readTimelines(directories[0])
      let systemDir: String
      var cleanup: String?
      if let corpus {
        let dir = out ?? temporaryPath("chronicle-semeval-out")
        if out == nil { cleanup = dir }
        let db = temporaryPath("chronicle-semeval") + ".sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) } }
        let store = try SQLiteEventStore(path: db)
        try SemEvalTimelineWriter.ingest(corpus, into: store)
        let entities = gold.keys.sorted().map { gold[$0]!.entity }
        _ = try SemEvalTimelineWriter.write(store: store, entities: entities, to: dir)
        systemDir = dir
      } else {
        systemDir = directories[1]
      }
      defer { if let cleanup { try? FileManager.default.removeItem(atPath: cleanup) } }
      let system = try readTimelines(systemDir)
      let score = TimelineEvaluation.score(gold: gold, system: system)
      if json {
        let object: [String: Any] = [
          "metrics": ["precision": score.precision, "recall": score.recall, "f1": score.f1],
          "counts": [
            "system_reduced": score.systemReduced, "system_verified": score.systemVerified,
            "gold_reduced": score.goldReduced, "gold_verified": score.goldVerified,
          ],
          "timelines": score.items.map {
            [
              "file": $0.name, "system_reduced": $0.systemReduced, "system_verified": $0.systemVerified,
              "gold_reduced": $0.goldReduced, "gold_verified": $0.goldVerified, "found": $0.hasSystem,
            ] as [String: Any]
          },
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        emit(String(decoding: data, as: UTF8.self))
        return
      }
      func pct(_ x: Double) -> String { String(format: "%.2f", x * 100) }
      for item in score.items {
        emit(
          "\(item.name)\tP \(item.systemVerified)/\(item.systemReduced)\tR \(item.goldVerified)/\(item.goldReduced)"
            + (item.hasSystem ? "" : "\t(no system timeline)"))
      }
      emit("precision \(pct(score.precision))  recall \(pct(score.recall))  F1 \(pct(score.f1))")
    }
  }

  func readTimelines(_ path: String) throws(TimelineFileError) -> [String: SemEvalTimeline] {
    try TimelineEvaluation.readDirectory(path)
  }

  func temporaryPath(_ prefix: String) -> String {
    (NSTemporaryDirectory() as NSString).appendingPathComponent("\(prefix)-\(getpid())-\(UUID().uuidString.prefix(8))")
  }
}

/// Builds SemEval-2015 Task 4 timeline files from a store (shared by `timeline --format
/// semeval2015` and `eval timeline --corpus`).
enum SemEvalTimelineWriter {
  /// Ingests every document under `path` (quietly; unreadable files are skipped with a warning).
  static func ingest(_ path: String, into store: SQLiteEventStore) throws {
    let reader = ArticleReader()
    let extractor = Extractor()
    for file in try reader.inputFiles([path]) {
      let read: ReadResult
      do { read = try reader.read(path: file) } catch {
        printWarning(error.description)
        continue
      }
      for result in extractor.extract(batch: read.articles, published: nil) { _ = try store.ingest(result) }
    }
  }

  /// Every stored event located as `docid-sentence-word`. Sentence numbers of TimeML
  /// sources come from their `<s id>` elements, found by re-reading the file the document
  /// was ingested from (`documents.origin`); other documents (or a source that changed
  /// since) use the 1-based sentence index of the stored text.
  static func locatedEvents(_ store: SQLiteEventStore) throws -> [SemEvalEvent] {
    let entries = try store.timeline(TimelineQuery(merge: false))
    var locators: [String: TimeMLSentenceLocator?] = [:]
    var events: [SemEvalEvent] = []
    for entry in entries {
      guard let detail = try store.event(id: entry.eventID) else { continue }
      if locators[entry.documentID] == nil {
        var locator: TimeMLSentenceLocator?
        if let origin = detail.documentOrigin, origin.lowercased().hasSuffix(".tml"),
          let data = FileManager.default.contents(atPath: origin),
          let stored = try store.document(id: entry.documentID)
        {
          locator = TimeMLSentenceLocator(timeML: [UInt8](data), path: origin, storedText: stored.article.fullText)
        }
        locators[entry.documentID] = .some(locator)
      }
      let sentence: Int
      if let locator = locators[entry.documentID]! {
        // Outside every <s> (the headline from EXTRAINFO): not part of the SemEval text.
        guard let id = locator.sentence(at: detail.trigger.start) else { continue }
        sentence = id
      } else {
        sentence = detail.sentence.sentenceIndex + 1
      }
      events.append(
        SemEvalEvent(
          entry: entry, sentence: sentence, tense: detail.tense,
          triggerOffset: detail.trigger.start - detail.sentence.start))
    }
    return SemEvalTimelineExport.narrativeDates(events)
  }

  /// Writes one timeline file per entity into `directory` (created if missing); returns the paths.
  static func write(store: SQLiteEventStore, entities: [String], to directory: String) throws -> [String] {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw TimelineFileError.unwritable(path: directory)
    }
    let events = try locatedEvents(store)
    // Names of the actors mentioned at least three times in the database: a word of an
    // entity's name that is also in one of them ("Apple" of "Apple Corps" when "Apple Inc."
    // is frequent) is ambiguous and does not stand for the entity alone; a word shared
    // only with rare names ("Steve" of "Steve Jobs" and of a once-named "Steve Wozniak")
    // still does.
    let frequentNames = Set(try store.actors().filter { $0.mentions >= 3 }.map(\.actor.name))
    var paths: [String] = []
    for entity in entities {
      let own = events.filter {
        SemEvalTimelineExport.belongs($0, to: entity, otherNames: frequentNames)
      }
      let text = SemEvalTimelineExport.timeline(entity: entity, events: own)
      let path = (directory as NSString).appendingPathComponent(SemEvalTimelineExport.fileName(entity: entity))
      guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
        throw TimelineFileError.unwritable(path: path)
      }
      paths.append(path)
    }
    return paths
  }
}

