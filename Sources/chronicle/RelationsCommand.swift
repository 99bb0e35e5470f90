import ArgumentParser
import ChronicleExport
import ChronicleStore

struct Relations: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relations",  // explicit: deriving it costs protocol-conformance scans at start-up
    abstract: "Print actor → actor relations aggregated over events.",
    discussion: """
      Each edge has a category, a count, the first and last dates, and the ids of the events \
      behind it (see 'chronicle show ID'). '--format dot | dot -Tsvg' draws the graph.
      """)

  @OptionGroup var database: DatabaseOptions

  @Option(help: ArgumentHelp("Only edges touching this actor (name, alias or id).", valueName: "name"))
  var actor: String?

  @Option(name: .customLong("min-count"), help: "Only edges backed by at least N events.")
  var minCount: Int = 1

  @Option(help: ArgumentHelp("Only events on or after this day.", valueName: "YYYY-MM-DD"))
  var from: DateArgument?

  @Option(help: ArgumentHelp("Only events on or before this day.", valueName: "YYYY-MM-DD"))
  var to: DateArgument?

  @Option(
    help: ArgumentHelp(
      "Output format: text, json, dot, csv, gexf (Gephi), graphml, cytoscape (Cytoscape.js JSON).",
      valueName: "format"))
  var format: RelationsFormat = .text

  func validate() throws {
    if minCount < 1 { throw ValidationError("--min-count must be at least 1") }
    if let from, let to, to.date < from.date { throw ValidationError("--to is before --from") }
  }

  func run() throws {
    try reportingErrors {
      let store = try database.openForReading()
      let edges = try store.relations(
        RelationQuery(actor: actor, minCount: minCount, from: from?.date, to: to?.date))
      switch format {
      case .text: emit(RelationsExport.text(edges))
      case .json: emit(RelationsExport.json(edges))
      case .dot: emit(RelationsExport.dot(edges))
      case .csv: emit(RelationsExport.csv(edges))
      case .gexf: emit(GraphExport.gexf(edges))
      case .graphml: emit(GraphExport.graphml(edges))
      case .cytoscape: emit(GraphExport.cytoscape(edges))
      }
    }
  }
}
