import ArgumentParser
import ChronicleExtraction
import ChronicleStore
import Foundation

struct Ingest: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",  // explicit: deriving it costs protocol-conformance scans at start-up
    abstract: "Extract events, dates and actors from articles and store them.",
    discussion: """
      PATH may be a file or a directory (read recursively). Formats: plain text (first line = \
      headline), Markdown, HTML, JSON, JSON Lines and TimeML (.tml). Each document is stored in \
      the same transaction as up to 63 others (articles are extracted on all cores, ahead of \
      and at a lower priority than the single writer, across files); when a batch fails, its documents \
      are stored one by one so that one bad document does not keep the others out. Re-ingesting unchanged content does nothing, and a \
      changed document with the same id, URL or path replaces its old version. On a terminal, \
      progress (documents, rate, time left) is shown on standard error.
      """)

  @OptionGroup var database: DatabaseOptions

  @Option(help: ArgumentHelp("Publication date for every input, overriding their own metadata.", valueName: "YYYY-MM-DD"))
  var published: DateArgument?

  @Option(
    name: .customLong("actors"),
    help: ArgumentHelp(
      "An actor dictionary to apply (JSON or PETRARCH; repeatable), after those imported with 'actors import'.",
      valueName: "file"))
  var actorDictionaries: [String] = []

  @Flag(name: .shortAndLong, help: "Print nothing but errors and warnings.")
  var quiet = false

  @Argument(help: "Files or directories to ingest ('-': standard input, e.g. JSON Lines from a pipe).")
  var paths: [String]

  /// Documents extracted and stored together (one transaction).
  static let batchSize = 64
  /// Batches extracted (or being extracted) ahead of the one the writer stores.
  static let batchesAhead = 2
  /// Least documents per transaction once every article is submitted: the writer stores
  /// those that are ready instead of waiting for a full batch.
  static let tailBatchSize = 16

  func run() throws {
    Extractor.preload()
    let dictionary = try ActorDictionaries.load(files: actorDictionaries, db: database.path)
    // The actor knowledge (the largest part of start-up) is built on another thread while
    // this one opens the database and reads the first input.
    let extractor = BackgroundValue { Extractor(recognizer: ActorRecognizer(dictionary: dictionary)) }
    try reportingErrors {
      let reader = ArticleReader()
      var failures = 0
      var exitCode: Int32 = 65
      // A path that cannot be listed (missing, a pipe, a link loop) is reported
      // and the others are still ingested.
      var files: [String] = []
      for path in paths {
        // Standard input can be read once: named twice, it is listed once.
        if path == ArticleReader.standardInputPath && files.contains(path) { continue }
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
      // The writer commits; another thread copies the log into the database file.
      try store.checkpointInBackground()
      var progress = Progress(files: files.count, enabled: !quiet && isatty(STDERR_FILENO) == 1)
      // Extraction runs on every core, ahead of the single writer, which stores the results
      // in input order, a transaction per batch; at most `Self.batchesAhead` batches wait.
      // The workers also build each result's rows (PreparedDocument), so the writer only
      // binds and steps. The pipeline starts with the first article (its extractor is then
      // waited for).
      var started: ExtractionPipeline<PreparedDocument>?
      defer { started?.finish() }
      func pipeline() -> ExtractionPipeline<PreparedDocument> {
        if let started { return started }
        let new = ExtractionPipeline(
          extractor: extractor.value, published: published?.date, transform: PreparedDocument.init)
        started = new
        return new
      }

      // The first batch, like the last ones, is what is ready once `tailBatchSize` are: the
      // writer, the slower stage, starts as soon as it can.
      var first = true
      func writeBatch(tail: Bool = false) throws {
        let results =
          tail || first
          ? pipeline().takeReady(Self.batchSize, atLeast: Self.tailBatchSize) : pipeline().take(Self.batchSize)
        first = false
        try write(results)
        pipeline().recycle(results)
      }

      func write(_ documents: [PreparedDocument]) throws {
        var outcomes: [IngestOutcome?]
        do {
          outcomes = try store.ingest(prepared: documents)
        } catch {
          // A locked, full or broken database stops the ingest (one error line); only a
          // document the store rejects must not keep the others out: store them one by one.
          guard case .invalidResult = error else { throw error }
          outcomes = []
          for document in documents {
            let result = document.result
            do {
              outcomes.append(try store.ingest(prepared: document))
            } catch {
              guard case .invalidResult = error else { throw error }
              progress.clear()
              printError("\(result.article.origin ?? result.documentID): \(error.description)")
              failures += 1
              outcomes.append(nil)
            }
          }
        }
        progress.clear()
        for (n, document) in documents.enumerated() {
          let result = document.result
          for warning in result.warnings { printWarning("\(result.article.origin ?? result.documentID): \(warning)") }
          if let outcome = outcomes[n], !quiet { emit(summary(outcome, result)) }
        }
        progress.documents += documents.count
      }

      // Files are read and parsed on a thread of their own (ArticleFeed), so reading never
      // pauses the writer; the first articles of a JSON Lines file are extracted while the
      // rest of it is parsed. A file's articles are stored only after its warnings and
      // problems are printed, as when it was read here.
      let feed = ArticleFeed(files: files, reader: reader)
      defer { feed.cancel() }
      let limit = Self.batchSize * (Self.batchesAhead + 1)
      // Early articles beyond what may be pending before the file's problems are known.
      var held: [Article] = []
      while let event = feed.next() {
        switch event {
        case .early(let articles):
          for article in articles {
            if held.isEmpty && pipeline().pending < limit { pipeline().submit(article) } else { held.append(article) }
          }
        case .part(let read):
          if !read.warnings.isEmpty || !read.problems.isEmpty { progress.clear() }
          for warning in read.warnings { printWarning(warning) }
          for problem in read.problems {
            printError(problem.description)
            failures += 1
          }
          // Submitted as room frees up, a batch's worth at a time (one wake-up of the workers).
          let articles = held + read.articles
          held = []
          var next = 0
          while next < articles.count {
            let end = min(articles.count, next + max(0, limit - pipeline().pending))
            pipeline().submit(contentsOf: articles[next..<end])
            next = end
            while pipeline().pending >= limit { try writeBatch() }
          }
        case .failed(let error):
          // A file that cannot be read (further) is reported and the others are still ingested.
          guard let error = error as? InputError else { throw error }
          progress.clear()
          printError(error.description)
          failures += 1
          exitCode = max(exitCode, error.exitCode)
          progress.files += 1
        case .fileEnd:
          progress.files += 1
          progress.show()
        }
      }
      // All submitted: store what is ready as it comes, so that little is left to store
      // after the last extraction ends.
      while let started, started.pending > 0 { try writeBatch(tail: true) }
      progress.finish()
      if failures > 0 { throw CLIError.someInputsFailed(count: failures, exitCode: exitCode) }
    }
  }

  /// A one-line progress display on standard error (a terminal): files and documents
  /// done, documents per second, estimated time left.
  struct Progress {
    let total: Int
    let enabled: Bool
    let start = ContinuousClock.now
    var files = 0
    var documents = 0
    private var shown = false
    private var lastShown = ContinuousClock.now

    init(files: Int, enabled: Bool) {
      total = files
      self.enabled = enabled
    }

    /// Redraws the line at most ten times a second.
    mutating func show() {
      guard enabled else { return }
      let now = ContinuousClock.now
      if shown && now - lastShown < .milliseconds(100) { return }
      lastShown = now
      let elapsed = now - start
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      let rate = seconds > 0 ? Double(documents) / seconds : 0
      var line = "\r\u{1B}[K\(files)/\(total) files, \(documents) documents, \(Int(rate.rounded())) documents/s"
      if files > 0 && files < total {
        let left = seconds / Double(files) * Double(total - files)
        line += ", about \(Int(left.rounded(.up))) s left"
      }
      FileHandle.standardError.write(Data(line.utf8))
      shown = true
    }

    /// Erases the line (before other output).
    mutating func clear() {
      guard enabled, shown else { return }
      FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
      shown = false
    }

    mutating func finish() {
      clear()
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
