import ArgumentParser
import ChronicleExtraction
import ChronicleStore

struct Ingest: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract events, dates and actors from articles and store them.",
    discussion: """
      PATH may be a file or a directory (read recursively). Formats: plain text (first line = \
      headline), Markdown, HTML, JSON, JSON Lines and TimeML (.tml). Each document is stored in \
      its own transaction; re-ingesting unchanged content does nothing, and a changed document \
      with the same id, URL or path replaces its old version.
      """)

  @OptionGroup var database: DatabaseOptions

  @Option(help: ArgumentHelp("Publication date for every input, overriding their own metadata.", valueName: "YYYY-MM-DD"))
  var published: DateArgument?

  @Flag(name: .shortAndLong, help: "Print nothing but errors and warnings.")
  var quiet = false

  @Argument(help: "Files or directories to ingest.")
  var paths: [String]

  func run() throws {
    try reportingErrors {
      let reader = ArticleReader()
      var failures = 0
      var exitCode: Int32 = 65
      // A path that cannot be listed (missing, a pipe, a link loop) is reported
      // and the others are still ingested.
      var files: [String] = []
      for path in paths {
        do throws(InputError) {
          files += try reader.inputFiles([path])
        } catch {
          printError(error.description)
          failures += 1
          exitCode = max(exitCode, error.exitCode)
        }
      }
      if files.isEmpty, failures > 0 { throw CLIError.someInputsFailed(count: failures, exitCode: exitCode) }
      let store = try database.openForWriting()
      let extractor = Extractor()
      for file in files {
        let read: ReadResult
        do {
          read = try reader.read(path: file)
        } catch let error as InputError {
          printError(error.description)
          failures += 1
          exitCode = max(exitCode, error.exitCode)
          continue
        }
        for warning in read.warnings { printWarning(warning) }
        for problem in read.problems {
          printError(problem.description)
          failures += 1
        }
        // Extraction runs on every core; the store is the single writer.
        let results = extractor.extract(batch: read.articles, published: published?.date)
        for result in results {
          for warning in result.warnings { printWarning("\(result.article.origin ?? file): \(warning)") }
          let outcome = try store.ingest(result)
          if !quiet { emit(summary(outcome, result)) }
        }
      }
      if failures > 0 { throw CLIError.someInputsFailed(count: failures, exitCode: exitCode) }
    }
  }

  func summary(_ outcome: IngestOutcome, _ result: ExtractionResult) -> String {
    let counts =
      "\(result.text.sentences.count) sentences, \(result.events.count) events, "
      + "\(result.entities.count) actors, \(result.times.count) dates"
    let date = result.published.map { ", published \($0.iso)" } ?? ", no publication date"
    switch outcome {
    case .inserted(let id): return "ingested \(id): \(counts)\(date)"
    case .replaced(let id): return "replaced \(id): \(counts)\(date)"
    case .unchanged(let id): return "unchanged \(id): already stored with the same content"
    }
  }
}
