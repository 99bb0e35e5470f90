import ChronicleExtraction
import ChronicleStore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What ``Bench/run(_:progress:)`` measures.
public struct BenchOptions: Sendable {
  /// Generated articles for the extraction and article-ingest figures.
  public var articles: Int
  /// Store sizes (events) at which query latency is measured, ascending.
  public var eventSizes: [Int]
  /// Runs per query (the slow "all relations" and "actors" run at most 10 times).
  public var queryRuns: Int
  public var seed: UInt64
  /// Directory for the temporary databases (removed afterwards).
  public var directory: String
  /// Real articles for the extraction and article-ingest figures instead of generated ones: a
  /// file or directory in any format `ingest` reads (JSON Lines of news, say); the first
  /// ``articles`` of them are used.
  public var corpus: String?
  /// Timed runs of the one-core and all-core extraction (after one warm-up run); the median counts.
  public var extractionRuns: Int

  public init(
    articles: Int = 1_000, eventSizes: [Int] = [10_000, 100_000], queryRuns: Int = 30, seed: UInt64 = 1,
    directory: String = NSTemporaryDirectory(), corpus: String? = nil, extractionRuns: Int = 3
  ) {
    self.articles = articles
    self.corpus = corpus
    self.extractionRuns = max(1, extractionRuns)
    self.eventSizes = eventSizes.sorted()
    self.queryRuns = max(1, queryRuns)
    self.seed = seed
    self.directory = directory
  }
}

/// Latency of one query: median and 99th percentile in milliseconds, over `runs`.
public struct Latency: Codable, Sendable, Equatable {
  public var medianMs: Double
  /// Median CPU time of the calling thread (insensitive to other processes' load).
  public var medianCPUMs: Double
  public var p99Ms: Double
  public var runs: Int
  /// Rows returned by the last run (entries, edges, actors).
  public var rows: Int
}

/// Figures of one store size.
public struct SizeReport: Codable, Sendable {
  public var events: Int
  public var documents: Int
  /// Synthetic ingest into this size: events per second including commit (the rows are
  /// prepared beforehand, as `chronicle ingest`'s extraction workers prepare them).
  public var ingestEventsPerSecond: Double
  /// The same per second of CPU time of the writing thread. Checkpoints run on a thread of
  /// their own, as in `chronicle ingest` (``SQLiteEventStore/checkpointInBackground()``);
  /// until the twelfth pass of issue 7 the writer ran them itself.
  public var ingestEventsPerCPUSecond: Double
  /// The same per second of CPU time of the writer and the checkpointer together (the
  /// process's CPU time during the fill, less the preparation of the rows), the last
  /// checkpoint included.
  public var ingestEventsPerProcessCPUSecond: Double
  /// Pages the synthetic ingest into this size wrote to the write-ahead log (8 KiB each),
  /// per 1,000 events: the same on any machine for the same seed (``PageCounters``).
  public var ingestPagesPer1000Events: Double
  public var databaseBytes: Int64
  /// Query name → latency, in ``Bench/queryNames`` order.
  public var queries: [String: Latency]
}

/// Everything ``Bench/run(_:progress:)`` measured.
public struct BenchReport: Codable, Sendable {
  public struct Machine: Codable, Sendable {
    public var cpu: String
    public var cores: Int
    public var system: String
  }
  public struct Extraction: Codable, Sendable {
    /// Where the articles came from: "generated" or the corpus path.
    public var source: String
    public var articles: Int
    public var megabytes: Double
    public var sentences: Int
    public var events: Int
    public var oneCoreMBPerSecond: Double
    public var oneCoreSentencesPerSecond: Double
    public var allCoresMBPerSecond: Double
    public var allCoresSentencesPerSecond: Double
    /// One-core throughput per second of CPU time.
    public var oneCoreCPUMBPerSecond: Double
    /// Timed runs behind the one-core and all-core figures (medians of these runs, each after a
    /// warm-up run: one-time initialization is not throughput; see ``coldStartMs``).
    public var runs: Int
    /// Wall time of creating an extractor and extracting the first article in a fresh process:
    /// the one-time loading of lexicons, actor knowledge and the trigger model, which a
    /// one-article `extract` pays.
    public var coldStartMs: Double
    /// Each stage of the pipeline on its own, on the same articles.
    public var stages: Stages
  }
  /// Throughput of each pipeline stage alone (MB of article text per second of CPU time on
  /// one core; the best of ``Bench/stageRuns`` runs), on the same analyzed text.
  public struct Stages: Codable, Sendable {
    /// Sentence splitting and tokenization (`TextAnalyzer`).
    public var textMBPerCPUSecond: Double
    /// Temporal expressions (`TemporalTagger`).
    public var taggerMBPerCPUSecond: Double
    /// Actor recognition, resolution and coreference (`ActorRecognizer`).
    public var actorsMBPerCPUSecond: Double
    /// Events, arguments, coding and dates (`EventExtractor`).
    public var eventsMBPerCPUSecond: Double
    /// Actor recognition time divided by tagger time per MB (0.5: actors add half of the
    /// tagger's time).
    public var actorsToTaggerTimeRatio: Double
  }
  public struct Ingest: Codable, Sendable {
    public var documents: Int
    public var events: Int
    public var documentsPerSecond: Double
    public var eventsPerSecond: Double
    public var eventsPerCPUSecond: Double
    /// Database file size (after a WAL checkpoint) per 1,000 articles.
    public var bytesPer1000Articles: Double
  }
  public var machine: Machine
  public var seed: UInt64
  public var extraction: Extraction
  public var ingest: Ingest
  public var sizes: [SizeReport]
  /// Peak resident set size of the process (`getrusage`), in megabytes.
  public var peakMemoryMB: Double
  /// Median wall time of `chronicle --help`, when measured.
  public var helpMs: Double?

  /// The report as pretty-printed JSON with sorted keys.
  public func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    guard let data = try? encoder.encode(self) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  /// The report as aligned text tables.
  public func table() -> String {
    func f(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }
    var lines: [String] = []
    lines.append("Machine: \(machine.cpu), \(machine.cores) cores, \(machine.system); seed \(seed)")
    lines.append("")
    lines.append(
      "Extraction (\(extraction.articles) \(extraction.source == "generated" ? "generated articles" : "articles of " + extraction.source), \(f(extraction.megabytes, 2)) MB, \(extraction.sentences) sentences, \(extraction.events) events; median of \(extraction.runs) warm runs)"
    )
    lines.append(
      "  one core:   \(f(extraction.oneCoreMBPerSecond, 2)) MB/s, \(f(extraction.oneCoreSentencesPerSecond, 0)) sentences/s (\(f(extraction.oneCoreCPUMBPerSecond, 2)) MB per CPU second)")
    lines.append("  all cores:  \(f(extraction.allCoresMBPerSecond, 2)) MB/s, \(f(extraction.allCoresSentencesPerSecond, 0)) sentences/s")
    let stages = extraction.stages
    lines.append(
      "  stages (one core, MB per CPU second): text \(f(stages.textMBPerCPUSecond, 2)), tagger \(f(stages.taggerMBPerCPUSecond, 2)), actors \(f(stages.actorsMBPerCPUSecond, 2)), events \(f(stages.eventsMBPerCPUSecond, 2))"
    )
    lines.append("  actors/tagger time ratio \(f(stages.actorsToTaggerTimeRatio, 2))")
    lines.append("  cold start (new extractor + first article): \(f(extraction.coldStartMs, 1)) ms")
    lines.append("")
    lines.append("Ingest of the extracted articles (batches of 64, including commit)")
    lines.append(
      "  \(f(ingest.documentsPerSecond, 0)) documents/s, \(f(ingest.eventsPerSecond, 0)) events/s (\(f(ingest.eventsPerCPUSecond, 0)) per CPU second); \(f(ingest.bytesPer1000Articles / 1_048_576, 2)) MB per 1,000 articles"
    )
    lines.append("")
    let header = ["query (ms: median / p99 / median CPU)"] + sizes.map { "\($0.events) events" }
    var rows: [[String]] = [header]
    rows.append(["synthetic ingest (events/s)"] + sizes.map { f($0.ingestEventsPerSecond, 0) })
    rows.append(["synthetic ingest (events/CPU s)"] + sizes.map { f($0.ingestEventsPerCPUSecond, 0) })
    rows.append(["  with the checkpoints (all threads)"] + sizes.map { f($0.ingestEventsPerProcessCPUSecond, 0) })
    rows.append(["  pages written per 1,000 events"] + sizes.map { f($0.ingestPagesPer1000Events, 0) })
    rows.append(["database size (MB)"] + sizes.map { f(Double($0.databaseBytes) / 1_048_576, 1) })
    for name in Bench.queryNames {
      rows.append(
        [name]
          + sizes.map { size in
            guard let latency = size.queries[name] else { return "–" }
            return "\(f(latency.medianMs, 2)) / \(f(latency.p99Ms, 2)) / \(f(latency.medianCPUMs, 2))"
          })
    }
    let widths = (0..<header.count).map { column in rows.map { $0[column].count }.max() ?? 0 }
    for row in rows {
      lines.append(
        row.enumerated().map { column, cell in
          column == 0
            ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            : String(repeating: " ", count: widths[column] - cell.count) + cell
        }.joined(separator: "   "))
    }
    lines.append("")
    lines.append("Peak memory: \(f(peakMemoryMB, 0)) MB")
    if let helpMs { lines.append("chronicle --help: \(f(helpMs, 1)) ms") }
    return lines.joined(separator: "\n")
  }
}

/// Errors of the benchmark.
public enum BenchError: Error, CustomStringConvertible {
  case store(StoreError)
  /// The `--corpus` articles could not be read.
  case corpus(path: String, problem: String)

  public var description: String {
    switch self {
    case .corpus(let path, let problem):
      return "\(path): cannot benchmark on it: \(problem); give a file or directory of articles that 'chronicle ingest' reads"
    case .store(let error): return "benchmark store failed: \(error); check that the temporary directory is writable"
    }
  }
}

/// The `chronicle bench` measurements.
public enum Bench {
  /// Queries timed at every size.
  ///
  /// "Busiest" actors are the five most frequent (together in about a tenth of the
  /// argument slots); a "typical" actor is one of ranks 50–250 (3,000–8,000 events per
  /// million).
  public static let queryNames = [
    "actor timeline, first 100 (busiest)", "actor timeline, first 100 (typical)",
    "date-range timeline, first 100", "relations of one actor (busiest)", "relations of one actor (typical)",
    "all relations", "two-hop neighbourhood (typical)", "actors",
  ]

  /// CPU time of the calling thread, in seconds.
  static func threadCPU() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// Seconds taken by `body`.
  static func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// Median and 99th percentile of `runs` timings of `body`.
  static func latency(runs: Int, _ body: (Int) throws(StoreError) -> Int) throws(StoreError) -> Latency {
    var times: [Double] = []
    var cpu: [Double] = []
    var rows = 0
    for run in 0..<runs {
      let cpuStart = threadCPU()
      let start = ContinuousClock.now
      rows = try body(run)
      let elapsed = ContinuousClock.now - start
      cpu.append((threadCPU() - cpuStart) * 1_000)
      times.append((Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) * 1_000)
    }
    times.sort()
    // Nearest-rank 99th percentile; medians as everywhere in the bench (``median(_:)``).
    let p99 = times[max(0, Int((0.99 * Double(times.count)).rounded(.up)) - 1)]
    return Latency(medianMs: median(times), medianCPUMs: median(cpu), p99Ms: p99, runs: runs, rows: rows)
  }

  /// CPU time of the whole process (every thread, user and system), in seconds.
  static func processCPU() -> Double {
    var usage = rusage()
    #if os(Linux)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// Peak resident set size in megabytes.
  public static func peakMemoryMB() -> Double {
    var usage = rusage()
    #if os(Linux)
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return Double(usage.ru_maxrss) / 1_024
    #else
      getrusage(RUSAGE_SELF, &usage)
      return Double(usage.ru_maxrss) / 1_048_576
    #endif
  }

  static func machine() -> BenchReport.Machine {
    var cpu = "unknown CPU"
    if let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
      let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
      let colon = line.firstIndex(of: ":")
    {
      cpu = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    let process = ProcessInfo.processInfo
    return .init(cpu: cpu, cores: process.activeProcessorCount, system: process.operatingSystemVersionString)
  }

  static func fileSize(_ path: String) -> Int64 {
    var total: Int64 = 0
    for suffix in ["", "-wal"] {
      let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
      total += (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    }
    return total
  }

  static func remove(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
  }

  /// The middle value of `values` (the mean of the two middle ones for an even count).
  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The first `limit` articles of the file or directory at `path`, read as `ingest` reads them.
  ///
  /// Files are read in `ingest`'s order, a large JSON Lines file in parts
  /// (``ArticleReader/read(path:parts:)``), and reading stops once `limit` articles are in:
  /// the first thousand articles of a 1 GB corpus cost one part, not the whole file.
  static func readCorpus(_ path: String, limit: Int) throws(BenchError) -> [Article] {
    /// Thrown from the parts callback to stop reading.
    struct Enough: Error {}
    let wanted = max(1, limit)
    let reader = ArticleReader()
    var articles: [Article] = []
    var firstProblem: InputError?
    let files: [String]
    do {
      files = try reader.inputFiles([path])
    } catch {
      throw .corpus(path: path, problem: error.description)
    }
    for file in files where articles.count < wanted {
      do {
        try reader.read(path: file) { part in
          if firstProblem == nil { firstProblem = part.problems.first }
          articles += part.articles.prefix(wanted - articles.count)
          if articles.count >= wanted { throw Enough() }
        }
      } catch is Enough {
        break
      } catch let error as InputError {
        // As in `ingest`: a file that cannot be read is skipped (and named if nothing else reads).
        if firstProblem == nil { firstProblem = error }
      } catch {
        throw .corpus(path: file, problem: "\(error)")
      }
    }
    guard !articles.isEmpty else {
      throw .corpus(path: path, problem: firstProblem?.description ?? "no article in it")
    }
    return articles
  }

  /// Runs of each stage in ``stageThroughput(_:extractor:megabytes:)``; the fastest counts.
  static let stageRuns = 3

  /// Times each stage of `extractor` alone on `articles` (CPU time of this thread, the
  /// best of ``stageRuns`` runs): text analysis, then the tagger, the actor recognizer and
  /// the event extractor on the same analyzed texts.
  static func stageThroughput(_ articles: [Article], extractor: Extractor, megabytes: Double) -> BenchReport.Stages {
    func best(_ body: () -> Int) -> Double {
      var fastest = Double.infinity
      var sink = 0
      for _ in 0..<stageRuns {
        let start = threadCPU()
        sink &+= body()
        fastest = min(fastest, threadCPU() - start)
      }
      // Keeps the optimizer from dropping the work.
      if sink == Int.min { print(sink) }
      return max(fastest, 1e-9)
    }
    var texts: [AnalyzedText] = []
    let text = best {
      texts = articles.map { article in
        extractor.analyzer.analyze(
          article.fullText, headlineLength: article.title.map { $0.isEmpty ? 0 : $0.utf8.count } ?? 0)
      }
      return texts.count
    }
    var times: [[TimeExpression]] = []
    let tagger = best {
      times = zip(texts, articles).map { extractor.tagger.tag($0, published: $1.published) }
      return times.count
    }
    var actors: [[ActorMention]] = []
    let recognizer = best {
      actors = zip(texts, articles).map { extractor.recognizer.recognize($0, published: $1.published) }
      return actors.count
    }
    let events = best {
      var n = 0
      for i in texts.indices {
        n += extractor.eventExtractor.extract(
          texts[i], times: times[i], actors: actors[i], published: articles[i].published
        ).count
      }
      return n
    }
    return BenchReport.Stages(
      textMBPerCPUSecond: megabytes / text, taggerMBPerCPUSecond: megabytes / tagger,
      actorsMBPerCPUSecond: megabytes / recognizer, eventsMBPerCPUSecond: megabytes / events,
      actorsToTaggerTimeRatio: recognizer / tagger)
  }

  /// Runs the benchmark; `progress` receives one line per stage.
  public static func run(_ options: BenchOptions, progress: (String) -> Void = { _ in }) throws(BenchError) -> BenchReport {
    let articles: [Article]
    if let corpus = options.corpus {
      progress("reading \(corpus)")
      articles = try readCorpus(corpus, limit: options.articles)
    } else {
      progress("generating \(options.articles) articles")
      articles = NewsGenerator(seed: options.seed).articles(0..<max(1, options.articles))
    }
    do {
      return try measure(options, articles: articles, progress: progress)
    } catch {
      throw .store(error)
    }
  }

  private static func measure(_ options: BenchOptions, articles: [Article], progress: (String) -> Void) throws(StoreError)
    -> BenchReport
  {
    // Extraction.
    let bytes = articles.reduce(0) { $0 + $1.fullText.utf8.count }
    var extractor: Extractor! = nil
    let coldStart = seconds {
      Extractor.preload()  // as the extracting commands do
      extractor = Extractor()
      _ = extractor.extract(articles[0])
    }
    progress("extracting on one core (a warm-up run, then \(options.extractionRuns) timed)")
    var results: [ExtractionResult] = articles.map { extractor.extract($0) }
    var oneCoreTimes: [Double] = []
    var oneCoreCPUTimes: [Double] = []
    for _ in 0..<options.extractionRuns {
      results = []
      let cpuBefore = threadCPU()
      oneCoreTimes.append(seconds { results = articles.map { extractor.extract($0) } })
      oneCoreCPUTimes.append(threadCPU() - cpuBefore)
    }
    progress("extracting on all cores (a warm-up run, then \(options.extractionRuns) timed)")
    results = []
    results = extractor.extract(batch: articles)
    var allCoresTimes: [Double] = []
    for _ in 0..<options.extractionRuns {
      results = []
      allCoresTimes.append(seconds { results = extractor.extract(batch: articles) })
    }
    let oneCore = median(oneCoreTimes)
    let oneCoreCPU = median(oneCoreCPUTimes)
    let allCores = median(allCoresTimes)
    let sentences = results.reduce(0) { $0 + $1.text.sentences.count }
    let events = results.reduce(0) { $0 + $1.events.count }
    let megabytes = Double(bytes) / 1_048_576
    progress("timing each extraction stage on one core")
    let stages = stageThroughput(articles, extractor: extractor, megabytes: megabytes)
    let extraction = BenchReport.Extraction(
      source: options.corpus ?? "generated", articles: articles.count, megabytes: megabytes, sentences: sentences, events: events,
      oneCoreMBPerSecond: megabytes / oneCore, oneCoreSentencesPerSecond: Double(sentences) / oneCore,
      allCoresMBPerSecond: megabytes / allCores, allCoresSentencesPerSecond: Double(sentences) / allCores,
      oneCoreCPUMBPerSecond: megabytes / oneCoreCPU, runs: options.extractionRuns, coldStartMs: coldStart * 1_000,
      stages: stages)

    // Ingest of the extracted articles.
    progress("ingesting \(results.count) documents")
    // Names unique to this run: two runs in one process (tests in parallel) must not share a file.
    let runID = UUID().uuidString
    let articlePath = options.directory + "/chronicle-bench-articles-\(runID).sqlite"
    remove(articlePath)
    defer { remove(articlePath) }
    var ingestSeconds = 0.0
    let ingestCPUStart = threadCPU()
    do {
      let store = try SQLiteEventStore(path: articlePath)
      var chunk = 0
      while chunk < results.count {
        let batch = Array(results[chunk..<min(chunk + 64, results.count)])
        let start = ContinuousClock.now
        _ = try store.ingest(batch: batch)
        let elapsed = ContinuousClock.now - start
        ingestSeconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        chunk += 64
      }
      try store.checkpoint()
    }
    let ingestCPU = threadCPU() - ingestCPUStart
    let ingest = BenchReport.Ingest(
      documents: results.count, events: events, documentsPerSecond: Double(results.count) / ingestSeconds,
      eventsPerSecond: Double(events) / ingestSeconds, eventsPerCPUSecond: Double(events) / ingestCPU,
      bytesPer1000Articles: Double(fileSize(articlePath)) * 1_000 / Double(max(1, results.count)))
    results = []

    // Queries at growing sizes.
    let synthetic = SyntheticEvents(seed: options.seed)
    let path = options.directory + "/chronicle-bench-events-\(runID).sqlite"
    remove(path)
    defer { remove(path) }
    let store = try SQLiteEventStore(path: path)
    // Checkpoints on a thread of their own, as `chronicle ingest` runs them.
    try store.checkpointInBackground()
    var documents = 0
    var sizes: [SizeReport] = []
    let hot = (0..<5).map(SyntheticEvents.actorName)
    for size in options.eventSizes {
      let target = max(1, size / synthetic.eventsPerDocument)
      progress("filling the store to \(target * synthetic.eventsPerDocument) events")
      var ingestTime = 0.0
      var ingestCPUTime = 0.0
      var preparationCPUTime = 0.0
      let processStart = processCPU()
      let added = target - documents
      let pagesBefore = store.pageCounters.written
      while documents < target {
        // The rows are prepared before the clock starts, as `chronicle ingest`'s extraction
        // workers prepare them: the figure is the single writer's (`ingest(prepared:)`).
        let preparationStart = threadCPU()
        let batch = (documents..<min(documents + 256, target)).map { PreparedDocument(synthetic.result($0)) }
        preparationCPUTime += threadCPU() - preparationStart
        let cpuStart = threadCPU()
        let start = ContinuousClock.now
        _ = try store.ingest(prepared: batch)
        let elapsed = ContinuousClock.now - start
        ingestCPUTime += threadCPU() - cpuStart
        ingestTime += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        documents += batch.count
      }
      let pagesWritten = store.pageCounters.written - pagesBefore
      try store.checkpoint()
      let fillCPUTime = processCPU() - processStart - preparationCPUTime
      // Queries on a read-only connection, as the query commands open the database.
      let reader = try SQLiteEventStore(path: path, readOnly: true)
      progress("querying at \(documents * synthetic.eventsPerDocument) events")
      let runs = options.queryRuns
      let slowRuns = min(runs, 10)
      let typical = (0..<runs).map { SyntheticEvents.actorName(50 + ($0 * 37) % 200) }
      var queries: [String: Latency] = [:]
      queries[queryNames[0]] = try latency(runs: runs) { (run) throws(StoreError) in
        try reader.timeline(TimelineQuery(actors: [hot[run % hot.count]], limit: 100)).count
      }
      queries[queryNames[1]] = try latency(runs: runs) { (run) throws(StoreError) in
        try reader.timeline(TimelineQuery(actors: [typical[run]], limit: 100)).count
      }
      queries[queryNames[2]] = try latency(runs: runs) { (run) throws(StoreError) in
        let from = CivilDate(year: 2015 + run % 9, month: 1 + (run * 5) % 12, day: 1)!
        return try reader.timeline(TimelineQuery(from: from, to: from.adding(months: 1).adding(days: -1), limit: 100)).count
      }
      queries[queryNames[3]] = try latency(runs: runs) { (run) throws(StoreError) in
        try reader.relations(RelationQuery(actor: hot[run % hot.count])).count
      }
      queries[queryNames[4]] = try latency(runs: runs) { (run) throws(StoreError) in
        try reader.relations(RelationQuery(actor: typical[run])).count
      }
      queries[queryNames[5]] = try latency(runs: slowRuns) { (_) throws(StoreError) in
        try reader.relations(RelationQuery()).count
      }
      queries[queryNames[6]] = try latency(runs: slowRuns) { (run) throws(StoreError) in
        try reader.neighbourhood(actor: typical[run], hops: 2).actors.count
      }
      queries[queryNames[7]] = try latency(runs: slowRuns) { (_) throws(StoreError) in try reader.actors().count }
      sizes.append(
        SizeReport(
          events: documents * synthetic.eventsPerDocument, documents: documents,
          ingestEventsPerSecond: Double(added * synthetic.eventsPerDocument) / max(ingestTime, 1e-9),
          ingestEventsPerCPUSecond: Double(added * synthetic.eventsPerDocument) / max(ingestCPUTime, 1e-9),
          ingestEventsPerProcessCPUSecond: Double(added * synthetic.eventsPerDocument) / max(fillCPUTime, 1e-9),
          ingestPagesPer1000Events: Double(pagesWritten) * 1_000 / Double(max(1, added * synthetic.eventsPerDocument)),
          databaseBytes: fileSize(path), queries: queries))
    }
    return BenchReport(
      machine: machine(), seed: options.seed, extraction: extraction, ingest: ingest, sizes: sizes,
      peakMemoryMB: peakMemoryMB(), helpMs: nil)
  }
}
