import ArgumentParser
import ChronicleBench
import Foundation

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",  // explicit: deriving it costs protocol-conformance scans at start-up
    abstract: "Measure extraction, ingest and query speed on generated articles.",
    discussion: """
      Generates news-like articles (deterministic for a seed), or reads real ones with --corpus, \
      times extraction on one core and on all cores (median of warm runs; the one-time loading \
      of lexicons and model is reported apart as the cold start), ingest into SQLite, then fills a temporary store with synthetic events up to \
      each --events size and times the queries (median and p99). Build with -c release for \
      meaningful figures. 1,000,000 events takes a few minutes: ask for it with \
      --events 10000,100000,1000000.
      """)

  @Option(help: ArgumentHelp("Store sizes in events, comma-separated.", valueName: "N,N,…"))
  var events: String = "10000,100000"

  @Option(help: "Generated articles (or, with --corpus, at most this many of the corpus) for the extraction and ingest figures.")
  var articles: Int = 1_000

  @Option(
    help: ArgumentHelp(
      "Real articles for the extraction and ingest figures instead of generated ones (any file or directory 'ingest' reads, e.g. JSON Lines of news).",
      valueName: "path"))
  var corpus: String?

  @Option(help: "Timed extraction runs on one core and on all cores, each after a warm-up run; the median counts.")
  var extractionRuns: Int = 3

  @Option(help: "Runs per query (all relations and actors: at most 10).")
  var runs: Int = 30

  @Option(help: "Seed of the generators.")
  var seed: UInt64 = 1

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Flag(help: "Skip timing 'chronicle --help'.")
  var noHelpTiming = false

  func validate() throws {
    if sizes == nil { throw ValidationError("--events takes positive integers separated by commas, e.g. 10000,100000") }
    if articles < 1 { throw ValidationError("--articles must be at least 1") }
    if extractionRuns < 1 { throw ValidationError("--extraction-runs must be at least 1") }
  }

  var sizes: [Int]? {
    let parts = events.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")) }
    guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
    return parts.compactMap { $0 }
  }

  func run() throws {
    let options = BenchOptions(
      articles: articles, eventSizes: sizes ?? [], queryRuns: runs, seed: seed, corpus: corpus, extractionRuns: extractionRuns)
    var report: BenchReport
    do {
      report = try ChronicleBench.Bench.run(options) { line in
        FileHandle.standardError.write(Data(("bench: " + line + "\n").utf8))
      }
    } catch {
      printError(error.description)
      throw ExitCode(74)
    }
    if !noHelpTiming { report.helpMs = Self.helpTime() }
    emit(json ? report.json() : report.table())
  }

  /// Median wall time of running this executable with `--help`, in milliseconds: from
  /// `posix_spawn` to `waitpid` (Foundation's `Process` adds tens of milliseconds of its own
  /// polling on Linux, which is not the start-up being measured).
  static func helpTime() -> Double? {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    guard FileManager.default.isExecutableFile(atPath: executable.path) else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let arguments = [executable.path, "--help"]
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var times: [Double] = []
    for _ in 0..<7 {
      var pid: pid_t = 0
      let start = ContinuousClock.now
      guard posix_spawn(&pid, executable.path, &actions, nil, &argv, environ) == 0 else { return nil }
      var status: Int32 = 0
      guard waitpid(pid, &status, 0) == pid else { return nil }
      let elapsed = ContinuousClock.now - start
      times.append((Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) * 1_000)
    }
    times.sort()
    return times[times.count / 2]
  }
}
