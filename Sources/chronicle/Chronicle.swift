import ArgumentParser

@main
struct Chronicle: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chronicle",
    abstract: "Turn news articles into a queryable event graph.",
    discussion: """
      Ingest articles into an SQLite event graph, then ask for the chronology of events \
      or for who did what to whom, as text, JSON, Graphviz DOT or CSV.
      """,
    version: "0.1.0",
    subcommands: [
      Ingest.self, Extract.self, Timeline.self, Relations.self, Actors.self, Show.self, Redate.self,
      Annotate.self, Eval.self, Bench.self,
    ]
  )
}
