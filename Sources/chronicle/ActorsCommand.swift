import ArgumentParser
import ChronicleExport
import ChronicleStore

struct Actors: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the actors in the database with their aliases and counts.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @OptionGroup var database: DatabaseOptions

  @Option(help: "Output format.")
  var format: Format = .text

  func run() throws {
    try reportingErrors {
      let actors = try database.openForReading().actors()
      switch format {
      case .text: emit(ActorsExport.text(actors))
      case .json: emit(ActorsExport.json(actors))
      }
    }
  }
}
