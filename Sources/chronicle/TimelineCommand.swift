import ArgumentParser
import ChronicleEval
import ChronicleExport
import ChronicleStore

struct Timeline: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",  // explicit: deriving it costs protocol-conformance scans at start-up
    abstract: "Print the chronology of events.",
    discussion: """
      Events in time order with their date (TIMEX3 value, interval and granularity), actors and \
      roles, category, factuality, sentence and document. Events with no known date follow the \
      dated ones, ordered by document date and position.
      """)

  @OptionGroup var database: DatabaseOptions

  @Option(help: ArgumentHelp("Only events involving this actor (name, alias or id); repeatable.", valueName: "name"))
  var actor: [String] = []

  @Option(help: ArgumentHelp("Only events on or after this day.", valueName: "YYYY-MM-DD"))
  var from: DateArgument?

  @Option(help: ArgumentHelp("Only events on or before this day.", valueName: "YYYY-MM-DD"))
  var to: DateArgument?

  @Option(help: ArgumentHelp("Only events of this PLOVER type (ACCUSE) or CAMEO code prefix (112).", valueName: "C"))
  var category: String?

  @Option(help: "At most this many events.")
  var limit: Int?

  @Option(
    help: ArgumentHelp(
      "Output format: text, json, dot, csv, timelinejs (TimelineJS 3 JSON), html (self-contained page), gdelt (TSV), semeval2015 (files in --out).",
      valueName: "format"))
  var format: TimelineFormat = .text

  @Option(
    name: .customLong("group-by"),
    help: ArgumentHelp("TimelineJS rows: by first source actor or by category.", valueName: "actor|category"))
  var groupBy: GroupByArgument = .category

  @Option(help: ArgumentHelp("With --format semeval2015: the directory for the timeline files.", valueName: "dir"))
  var out: String?

  @Flag(
    name: .customLong("no-merge"),
    help: "List every mention as an event of its own (by default the same event reported by several articles is one event listing every source).")
  var noMerge = false

  func validate() throws {
    if format == .semeval2015 {
      if out == nil { throw ValidationError("--format semeval2015 writes files: pass --out DIR") }
      if actor.isEmpty { throw ValidationError("--format semeval2015 needs at least one --actor NAME (one file each)") }
    } else if out != nil {
      throw ValidationError("--out is for --format semeval2015; other formats print to stdout")
    }
    if let from, let to, to.date < from.date { throw ValidationError("--to is before --from") }
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    do {
      try show()
    } catch let error as TimelineFileError {
      printError(error.description)
      throw ExitCode(74)
    }
  }

  func show() throws {
    try reportingErrors {
      let store = try database.openForReading()
      if format == .semeval2015, let out {
        // One file per entity; membership is SemEval's rule (participant or named in the
        // event's sentence), not the store's actor filter, so products and unresolved
        // names get timelines too.
        for path in try SemEvalTimelineWriter.write(store: store, entities: actor, to: out) { emit(path) }
        return
      }
      let entries = try store.timeline(
        TimelineQuery(actors: actor, from: from?.date, to: to?.date, category: category, limit: limit, merge: !noMerge))
      switch format {
      case .text: emit(TimelineExport.text(entries))
      case .json: emit(TimelineExport.json(entries))
      case .dot: emit(TimelineExport.dot(entries))
      case .csv: emit(TimelineExport.csv(entries))
      case .timelinejs:
        emit(TimelineJSExport.json(entries, groupBy: groupBy == .actor ? .actor : .category))
        let undated = TimelineJSExport.undatedCount(entries)
        if undated > 0 {
          printWarning("\(undated) undated event\(undated == 1 ? "" : "s") left out (TimelineJS needs a date)")
        }
      case .html: emit(HTMLTimelineExport.html(entries))
      case .semeval2015: break
      case .gdelt:
        emit(GDELTExport.tsv(entries))
        let uncategorized = GDELTExport.uncategorizedCount(entries)
        if uncategorized > 0 {
          printWarning(
            "\(uncategorized) uncategorized event\(uncategorized == 1 ? "" : "s") left out (no CAMEO code)")
        }
      }
    }
  }
}
