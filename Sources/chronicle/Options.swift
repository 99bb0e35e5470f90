import ArgumentParser
import ChronicleExtraction
import ChronicleStore
import Foundation

/// `--db FILE`, shared by every command that opens the database.
struct DatabaseOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "SQLite database file (default: $CHRONICLE_DB, else chronicle.sqlite in the current directory).",
      valueName: "file"))
  var db: String?

  var path: String {
    if let db, !db.isEmpty { return db }
    if let env = ProcessInfo.processInfo.environment["CHRONICLE_DB"], !env.isEmpty { return env }
    return "chronicle.sqlite"
  }

  /// Opens the database for reading; a missing file is an error, not an empty result.
  func openForReading() throws -> SQLiteEventStore {
    guard FileManager.default.fileExists(atPath: path) else {
      throw CLIError.noDatabase(path: path)
    }
    return try SQLiteEventStore(path: path, readOnly: true)
  }

  func openForWriting() throws -> SQLiteEventStore {
    try SQLiteEventStore(path: path)
  }

  /// Opens an existing database for writing; a missing file is an error (a correction of
  /// an empty graph is a mistake, not a new database).
  func openExistingForWriting() throws -> SQLiteEventStore {
    guard FileManager.default.fileExists(atPath: path) else {
      throw CLIError.noDatabase(path: path)
    }
    return try SQLiteEventStore(path: path)
  }
}

/// Output formats of `chronicle timeline`.
enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, dot, csv
  /// TimelineJS 3 JSON (dated events only).
  case timelinejs
  /// A self-contained interactive HTML page.
  case html
  /// A GDELT-style tab-separated event table.
  case gdelt
  /// SemEval-2015 Task 4 timeline files, one per `--actor` (needs `--out`).
  case semeval2015
}

/// Output formats of `chronicle relations`.
enum RelationsFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, dot, csv
  /// GEXF 1.3 (Gephi).
  case gexf
  /// GraphML.
  case graphml
  /// Cytoscape.js elements JSON.
  case cytoscape
}

/// `--group-by` of `chronicle timeline --format timelinejs`.
enum GroupByArgument: String, ExpressibleByArgument, CaseIterable {
  case actor, category
}

/// Parses a `YYYY-MM-DD` option value.
struct DateArgument: ExpressibleByArgument {
  let date: CivilDate
  init?(argument: String) {
    guard let date = CivilDate(iso: argument), argument.utf8.count == 10 else { return nil }
    self.date = date
  }
  static var defaultCompletionKind: CompletionKind { .default }
}

/// Errors of the command-line front end itself.
enum CLIError: Error, CustomStringConvertible {
  case noDatabase(path: String)
  case noSuchEvent(String)
  case someInputsFailed(count: Int, exitCode: Int32)
  case stdinNotJSONL(line: Int, reason: String)

  var description: String {
    switch self {
    case .noDatabase(let path):
      return "\(path): no such database; run 'chronicle ingest --db \(path) FILE…' first or pass --db"
    case .noSuchEvent(let id):
      return "no event '\(id)' in the database; 'chronicle timeline' lists event ids"
    case .someInputsFailed(let count, _):
      return "\(count) input\(count == 1 ? "" : "s") could not be ingested (see the errors above); everything else was stored"
    case .stdinNotJSONL(let line, let reason):
      return "<stdin>:\(line): \(reason); each line must be a JSON object {\"id\",\"text\",\"published\"}"
    }
  }
}

/// Runs `body`, turning Chronicle's typed errors into one line on stderr and the
/// conventional exit code: 65 bad input data, 74 I/O or database error.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as InputError {
    printError(error.description)
    throw ExitCode(error.exitCode)
  } catch let error as StoreError {
    printError(error.description)
    throw ExitCode(error.isBadInput ? 65 : 74)
  } catch let error as CLIError {
    printError(error.description)
    switch error {
    case .noDatabase: throw ExitCode(74)
    case .noSuchEvent: throw ExitCode(65)
    case .someInputsFailed(_, let code): throw ExitCode(code)
    case .stdinNotJSONL: throw ExitCode(65)
    }
  }
}

/// Writes one line to standard error.
func printError(_ line: String) {
  FileHandle.standardError.write(Data(("chronicle: " + line + "\n").utf8))
}

/// Writes one warning line to standard error.
func printWarning(_ line: String) {
  FileHandle.standardError.write(Data(("warning: " + line + "\n").utf8))
}

/// Writes text to standard output without an extra newline when it already ends in one.
func emit(_ text: String) {
  if text.isEmpty { return }
  FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

extension InputError {
  /// 74 (I/O error) when the file cannot be opened, 65 (bad data) when its content is wrong.
  var exitCode: Int32 {
    switch self {
    case .notFound, .unreadable: return 74
    default: return 65
    }
  }
}
