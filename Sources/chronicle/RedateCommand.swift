import ArgumentParser
import ChronicleExtraction
import ChronicleStore

struct Redate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "redate",  // explicit: deriving it costs protocol-conformance scans at start-up
    abstract: "Set a stored document's publication date and resolve its relative dates.",
    discussion: """
      Re-runs extraction on the stored text with the new date and replaces the document's \
      events, dates and mentions in one transaction.
      """)

  @OptionGroup var database: DatabaseOptions

  @Option(help: ArgumentHelp("The publication date.", valueName: "YYYY-MM-DD"))
  var published: DateArgument

  @Argument(help: ArgumentHelp("Document id, as shown by ingest and timeline.", valueName: "doc"))
  var document: String

  @Option(
    name: .customLong("actors"),
    help: ArgumentHelp(
      "An actor dictionary (JSON or PETRARCH) to apply besides those imported into the database; repeatable.",
      valueName: "file"))
  var actorDictionaries: [String] = []

  func run() throws {
    Extractor.preload()
    // The same dictionaries as ingest: those imported next to the database, then --actors.
    let dictionary = try ActorDictionaries.load(files: actorDictionaries, db: database.path)
    try reportingErrors {
      let store = try database.openForWriting()
      guard var stored = try store.document(id: document) else {
        throw StoreError.noSuchDocument(document)
      }
      stored.article.id = stored.documentID
      let extractor = Extractor(recognizer: ActorRecognizer(dictionary: dictionary))
      let result = extractor.extract(stored.article, published: published.date)
      let outcome = try store.ingest(result)
      switch outcome {
      case .unchanged(let id): emit("unchanged \(id): already dated \(published.date.iso)")
      case .inserted(let id), .replaced(let id):
        emit(
          "redated \(id): published \(published.date.iso); \(result.events.count) events, "
            + "\(result.times.count) dates")
      }
    }
  }
}
