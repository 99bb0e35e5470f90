import ArgumentParser
import ChronicleExport
import ChronicleExtraction
import Foundation

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",  // explicit: deriving it costs protocol-conformance scans at start-up
    abstract: "Run extraction on one document and print the result; no database is touched.",
    discussion: """
      With --jsonl, reads JSON Lines on standard input, one {"id","text","published"} object \
      per line (optional "title", "url", "source"), and writes one result object per line \
      with the same id: the batch interface for pipelines.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, text, timeml }

  @Option(help: ArgumentHelp("Publication date, overriding the input's own.", valueName: "YYYY-MM-DD"))
  var published: DateArgument?

  @Option(help: "Output format.")
  var format: Format = .json

  @Option(
    name: .customLong("actors"),
    help: ArgumentHelp(
      "An actor dictionary to apply (JSON or PETRARCH; repeatable), after those imported with 'actors import'.",
      valueName: "file"))
  var actorDictionaries: [String] = []

  @OptionGroup(title: "Imported actor dictionaries (<db>.actors/) are loaded from")
  var database: DatabaseOptions

  @Flag(help: "Read JSON Lines on stdin and write one result per line.")
  var jsonl = false

  @Argument(help: "The document to read, or - for standard input.")
  var path: String?

  func validate() throws {
    if jsonl && path != nil && path != "-" {
      throw ValidationError("--jsonl reads standard input; do not pass a PATH")
    }
    if !jsonl && path == nil { throw ValidationError("pass a PATH, or - for standard input, or --jsonl") }
  }

  func run() throws {
    Extractor.preload()
    let dictionary = try ActorDictionaries.load(files: actorDictionaries, db: database.path)
    try reportingErrors {
      let extractor = Extractor(recognizer: ActorRecognizer(dictionary: dictionary))
      let reader = ArticleReader()
      if jsonl {
        try runJSONLines(extractor: extractor, reader: reader)
        return
      }
      let read: ReadResult
      if path == "-" {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        read = try reader.read(bytes: [UInt8](data), path: "<stdin>")
      } else {
        read = try reader.read(path: path!)
      }
      for warning in read.warnings { printWarning(warning) }
      if let problem = read.problems.first { throw problem }
      for result in extractor.extract(batch: read.articles, published: published?.date) {
        for warning in result.warnings { printWarning("\(result.article.origin ?? path!): \(warning)") }
        switch format {
        case .json: emit(ExtractionExport.json(result, pretty: true))
        case .text: emit(ExtractionExport.text(result))
        case .timeml: emit(TimeMLExport.timeml(result))
        }
      }
    }
  }

  /// Streams stdin line by line in batches, extracting and rendering each batch on all
  /// cores; a batch's lines are written in input order with one write.
  func runJSONLines(extractor: Extractor, reader: ArticleReader) throws {
    var batch: [Article] = []
    var lineNumber = 0
    var failures = 0
    func flush() {
      guard !batch.isEmpty else { return }
      let lines = extractor.extract(batch: batch, published: published?.date) {
        ExtractionExport.json($0, pretty: false)
      }
      var out = Data()
      out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
      for line in lines {
        out.append(contentsOf: line.utf8)
        out.append(0x0A)
      }
      FileHandle.standardOutput.write(out)
      batch.removeAll(keepingCapacity: true)
    }
    while let line = readLine(strippingNewline: true) {
      lineNumber += 1
      if line.allSatisfy(\.isWhitespace) { continue }
      do {
        let read = try reader.read(bytes: Array(line.utf8), path: "<stdin>:\(lineNumber)", format: .json)
        batch.append(contentsOf: read.articles)
      } catch {
        printError(CLIError.stdinNotJSONL(line: lineNumber, reason: error.description).description)
        failures += 1
      }
      if batch.count >= 256 { flush() }
    }
    flush()
    if failures > 0 { throw CLIError.someInputsFailed(count: failures, exitCode: 65) }
  }
}
