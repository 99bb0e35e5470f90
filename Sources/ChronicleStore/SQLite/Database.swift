import CSQLite
import Foundation

/// A connection to one SQLite database file.
///
/// Not `Sendable`: a connection is used by one task at a time (it is opened with
/// `SQLITE_OPEN_NOMUTEX`, and the compiler keeps it from crossing isolation domains).
/// Prepared statements can be cached per connection (``cached(_:)``) and are
/// finalized when the connection is released.
final class Database {
  /// The file path, used in error messages.
  let path: String
  /// Whether the connection was opened read-only.
  let readOnly: Bool
  private(set) var handle: OpaquePointer?
  private var statementCache: [String: Statement] = [:]
  /// The same statements for SQL texts that are string literals, by the address of their
  /// text (``statement(_:)``): finding one hashes a pointer, not the whole SQL text.
  private var literalCache: [UInt: Statement] = [:]

  /// Opens `path` (creating it unless `readOnly`), with a busy timeout.
  ///
  /// - Parameter busyTimeout: milliseconds to wait for another writer's lock.
  init(path: String, readOnly: Bool = false, busyTimeout: Int32 = 5_000) throws(StoreError) {
    self.path = path
    self.readOnly = readOnly
    _ = Database.configured
    var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
    flags |= readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    var db: OpaquePointer?
    let rc = sqlite3_open_v2(path, &db, flags, nil)
    if rc != SQLITE_OK {
      let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
      sqlite3_close_v2(db)
      throw Database.error(path: path, code: rc, message: message, sql: nil)
    }
    handle = db
    sqlite3_busy_timeout(db, busyTimeout)
    if ProcessInfo.processInfo.environment["CHRONICLE_SQL_PROFILE"] != nil {
      profile = SQLProfile()
      sqlite3_trace_v2(
        db, UInt32(SQLITE_TRACE_PROFILE),
        { _, context, statement, nanoseconds in
          guard let context, let statement, let nanoseconds else { return 0 }
          let profile = Unmanaged<SQLProfile>.fromOpaque(context).takeUnretainedValue()
          let sql = sqlite3_sql(OpaquePointer(statement)).map { String(cString: $0) } ?? "?"
          profile.add(sql, nanoseconds: nanoseconds.load(as: Int64.self))
          return 0
        }, Unmanaged.passUnretained(profile!).toOpaque())
    }
  }

  /// Time per SQL statement text, kept when `CHRONICLE_SQL_PROFILE` is set in the
  /// environment and printed to standard error when the connection closes: a developer's
  /// view of where ingest and query time goes.
  private var profile: SQLProfile?

  /// Process-wide SQLite settings, applied once before the first connection opens.
  private static let configured: Bool = {
    _ = chronicle_sqlite_disable_memstatus()
    return true
  }()

  deinit {
    literalCache.removeAll()
    statementCache.removeAll()
    if let profile {
      sqlite3_trace_v2(handle, 0, nil, nil)
      let pages = pageCounters
      let counts = "page cache: \(pages.misses) misses, \(pages.written) pages written, \(pages.spilled) spilled\n"
      FileHandle.standardError.write(Data((profile.report(path: path) + counts).utf8))
    }
    sqlite3_close_v2(handle)
  }

  /// The connection's page cache counters since it opened (see ``PageCounters``).
  var pageCounters: PageCounters {
    func counter(_ op: Int32) -> Int {
      var current: Int32 = 0
      var highwater: Int32 = 0
      sqlite3_db_status(handle, op, &current, &highwater, 0)
      return Int(current)
    }
    return PageCounters(
      misses: counter(SQLITE_DBSTATUS_CACHE_MISS), written: counter(SQLITE_DBSTATUS_CACHE_WRITE),
      spilled: counter(SQLITE_DBSTATUS_CACHE_SPILL))
  }

  /// Maps an SQLite result code to a ``StoreError``.
  static func error(path: String, code: Int32, message: String, sql: String?) -> StoreError {
    switch code & 0xFF {
    case SQLITE_BUSY: return .busy(path: path)
    case SQLITE_NOTADB: return .notADatabase(path: path)
    default: return .sqlite(path: path, code: code, message: message, sql: sql)
    }
  }

  /// The error for result code `code`, with the connection's current message.
  func error(_ code: Int32, sql: String?) -> StoreError {
    let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
    return Database.error(path: path, code: code, message: message, sql: sql)
  }

  /// Runs one or more SQL statements that return no rows of interest.
  func execute(_ sql: String) throws(StoreError) {
    var errorMessage: UnsafeMutablePointer<CChar>?
    let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
    if rc != SQLITE_OK {
      let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
      sqlite3_free(errorMessage)
      throw Database.error(path: path, code: rc, message: message, sql: sql)
    }
  }

  /// Compiles one SQL statement.
  ///
  /// - Parameter persistent: the statement will be kept and reused many times.
  func prepare(_ sql: String, persistent: Bool = false) throws(StoreError) -> Statement {
    var statement: OpaquePointer?
    let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
    let rc = sqlite3_prepare_v3(handle, sql, -1, flags, &statement, nil)
    guard rc == SQLITE_OK, let statement else {
      sqlite3_finalize(statement)
      throw error(rc == SQLITE_OK ? SQLITE_MISUSE : rc, sql: sql)
    }
    return Statement(path: path, handle: statement, sql: sql)
  }

  /// A prepared statement for `sql`, compiled once per connection and reset
  /// (bindings cleared) before it is handed out again.
  func cached(_ sql: String) throws(StoreError) -> Statement {
    if let statement = statementCache[sql] {
      statement.reset()
      return statement
    }
    let statement = try prepare(sql, persistent: true)
    statementCache[sql] = statement
    return statement
  }

  /// Whether SQLite enforces foreign keys on this connection (`PRAGMA foreign_keys`), as
  /// last set by ``enforceForeignKeys(_:)``; `nil` before that.
  private var enforcingForeignKeys: Bool?

  /// Turns SQLite's foreign-key enforcement on or off, outside a transaction (inside one
  /// the pragma does nothing). Setting it expires every compiled statement of the
  /// connection (they are compiled again on their next use), so it is only set when it
  /// changes.
  func enforceForeignKeys(_ on: Bool) throws(StoreError) {
    if enforcingForeignKeys == on { return }
    try execute(on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF")
    enforcingForeignKeys = on
  }

  /// ``cached(_:)`` for SQL written as a string literal, found by the address of its text.
  func statement(_ sql: StaticString) throws(StoreError) -> Statement {
    guard sql.hasPointerRepresentation else { return try cached(sql.description) }
    let key = UInt(bitPattern: sql.utf8Start)
    if let statement = literalCache[key] {
      statement.reset()
      return statement
    }
    let statement = try cached(sql.description)
    literalCache[key] = statement
    return statement
  }

  /// Runs `body` in a write transaction (`BEGIN IMMEDIATE`): commits when it
  /// returns, rolls back when it throws.
  ///
  /// - Parameter checkingForeignKeys: `false` runs this transaction with SQLite's
  ///   foreign-key enforcement off. Bulk ingest uses it: the checks cost a fifth of the
  ///   insert time, and the ingest code writes children only for parents it has just
  ///   written and deletes children before parents itself (tests run
  ///   `PRAGMA foreign_key_check` after every kind of ingest). Enforcement stays off on the
  ///   connection until a transaction that checks turns it on again — every write of the
  ///   store runs in a transaction, so none runs unchecked by mistake —, and a run of
  ///   ingest transactions keeps its compiled statements (changing the setting would
  ///   expire them every time).
  func transaction<T>(checkingForeignKeys: Bool = true, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    try enforceForeignKeys(checkingForeignKeys)
    try execute("BEGIN IMMEDIATE")
    let value: T
    do {
      value = try body()
    } catch {
      rollback()
      throw error
    }
    do {
      try execute("COMMIT")
    } catch {
      rollback()
      throw error
    }
    return value
  }

  private func rollback() {
    // Reset cached statements so none keeps a read open across the rollback.
    for statement in statementCache.values { statement.reset() }
    if sqlite3_get_autocommit(handle) == 0 {
      sqlite3_exec(handle, "ROLLBACK", nil, nil, nil)
    }
  }

  /// `PRAGMA user_version`.
  func userVersion() throws(StoreError) -> Int {
    let statement = try prepare("PRAGMA user_version")
    guard try statement.step() else { return 0 }
    return statement.int(0)
  }

  func setUserVersion(_ version: Int) throws(StoreError) {
    try execute("PRAGMA user_version = \(Int64(version))")
  }

  /// Removes a hook set with `sqlite3_wal_hook` (a ``BackgroundCheckpointer``'s): commits
  /// neither request nor run checkpoints afterwards.
  func removeWALHook() {
    sqlite3_wal_hook(handle, nil, nil)
  }

  /// Rowid of the last row inserted on this connection.
  var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// Rows changed by the last INSERT, UPDATE or DELETE.
  var changes: Int { Int(sqlite3_changes(handle)) }
}

/// Page cache counters of one connection since it opened. Unlike times they are the same on
/// any machine for the same input: how much an ingest writes, counted.
public struct PageCounters: Sendable, Equatable {
  /// Pages read from the file (or the operating system's cache) because the page cache
  /// did not hold them.
  public var misses: Int
  /// Pages written, to the write-ahead log: at commits and when a transaction spills.
  public var written: Int
  /// Times a transaction's changed pages did not fit the cache and some were written early.
  public var spilled: Int
}

/// Accumulated run time and count per SQL text (see `CHRONICLE_SQL_PROFILE`).
final class SQLProfile {
  private var entries: [String: (count: Int, nanoseconds: Int64)] = [:]

  func add(_ sql: String, nanoseconds: Int64) {
    entries[sql, default: (0, 0)].count += 1
    entries[sql, default: (0, 0)].nanoseconds += nanoseconds
  }

  /// One line per statement, the most expensive first: total ms, runs, µs per run, SQL.
  func report(path: String) -> String {
    let total = entries.values.reduce(0) { $0 + $1.nanoseconds }
    var lines = ["SQL profile of \(path): \(total / 1_000_000) ms in all"]
    for (sql, entry) in entries.sorted(by: { $0.value.nanoseconds > $1.value.nanoseconds }).prefix(40) {
      let text = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      lines.append(
        "\(entry.nanoseconds / 1_000_000) ms  \(entry.count)×  \(entry.nanoseconds / Int64(max(1, entry.count)) / 1_000) µs  \(text.prefix(150))"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
