import ArgumentParser
import ChronicleExport
import ChronicleStore

struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",  // explicit: deriving it costs protocol-conformance scans at start-up
    abstract: "Show one event with its full provenance.",
    discussion: """
      Document, sentence, character offsets (Unicode code points) of the trigger, the time \
      expression and every actor mention, and the rules that produced each: why the graph says \
      what it says.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @OptionGroup var database: DatabaseOptions

  @Option(help: "Output format.")
  var format: Format = .text

  @Argument(help: ArgumentHelp("Event id, as listed by timeline and relations.", valueName: "event-id"))
  var eventID: String

  func run() throws {
    try reportingErrors {
      let digits = eventID.hasPrefix("e") ? String(eventID.dropFirst()) : eventID
      guard let id = Int64(digits) else { throw CLIError.noSuchEvent(eventID) }
      guard let detail = try database.openForReading().event(id: id) else {
        throw CLIError.noSuchEvent(eventID)
      }
      switch format {
      case .text: emit(EventDetailExport.text(detail))
      case .json: emit(EventDetailExport.json(detail))
      }
    }
  }
}
