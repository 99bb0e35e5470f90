import CSQLite

/// A value bound to or read from a statement parameter.
enum SQLiteValue: Equatable {
  case integer(Int64)
  case real(Double)
  case text(String)
  case null
}

/// `SQLITE_TRANSIENT`: SQLite copies bound text before `bind` returns.
private var transient: sqlite3_destructor_type {
  unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// A prepared SQL statement. Bind parameters by 1-based index, ``step()`` through
/// rows, read columns by 0-based index, ``reset()`` to run it again.
///
/// Not `Sendable`; it belongs to its connection's task.
final class Statement {
  /// Database path, for error messages.
  let path: String
  let handle: OpaquePointer
  let sql: String

  init(path: String, handle: OpaquePointer, sql: String) {
    self.path = path
    self.handle = handle
    self.sql = sql
  }

  private func error(_ rc: Int32) -> StoreError {
    let db = sqlite3_db_handle(handle)
    let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
    return Database.error(path: path, code: rc, message: message, sql: sql)
  }

  deinit { sqlite3_finalize(handle) }

  // MARK: Binding

  private func check(_ rc: Int32) throws(StoreError) {
    if rc != SQLITE_OK { throw error(rc) }
  }

  func bind(_ index: Int32, _ value: Int64) throws(StoreError) {
    try check(sqlite3_bind_int64(handle, index, value))
  }

  func bind(_ index: Int32, _ value: Int) throws(StoreError) {
    try check(sqlite3_bind_int64(handle, index, Int64(value)))
  }

  func bind(_ index: Int32, _ value: Bool) throws(StoreError) {
    try check(sqlite3_bind_int64(handle, index, value ? 1 : 0))
  }

  func bind(_ index: Int32, _ value: Double) throws(StoreError) {
    try check(sqlite3_bind_double(handle, index, value))
  }

  func bind(_ index: Int32, _ value: String) throws(StoreError) {
    var value = value
    let rc = value.withUTF8 { buffer -> Int32 in
      guard let base = buffer.baseAddress, buffer.count > 0 else {
        return sqlite3_bind_text(handle, index, "", 0, transient)
      }
      return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        sqlite3_bind_text(handle, index, $0, Int32(buffer.count), transient)
      }
    }
    try check(rc)
  }

  /// Binds `count` UTF-8 bytes at `bytes` as text without copying them (`SQLITE_STATIC`):
  /// they must stay valid until the statement has run and its bindings are cleared
  /// (``clearBindings()``) or replaced.
  func bindStatic(_ index: Int32, _ bytes: UnsafePointer<UInt8>, count: Int32) throws(StoreError) {
    let rc = bytes.withMemoryRebound(to: CChar.self, capacity: Int(count)) {
      sqlite3_bind_text(handle, index, $0, count, nil)
    }
    try check(rc)
  }

  /// Clears the bindings (all parameters become NULL), keeping the statement where it is.
  func clearBindings() {
    sqlite3_clear_bindings(handle)
  }

  func bindNull(_ index: Int32) throws(StoreError) {
    try check(sqlite3_bind_null(handle, index))
  }

  func bind(_ index: Int32, _ value: String?) throws(StoreError) {
    if let value { try bind(index, value) } else { try bindNull(index) }
  }

  func bind(_ index: Int32, _ value: Int64?) throws(StoreError) {
    if let value { try bind(index, value) } else { try bindNull(index) }
  }

  func bind(_ index: Int32, _ value: Int?) throws(StoreError) {
    if let value { try bind(index, value) } else { try bindNull(index) }
  }

  func bind(_ index: Int32, _ value: Double?) throws(StoreError) {
    if let value { try bind(index, value) } else { try bindNull(index) }
  }

  func bind(_ index: Int32, _ value: SQLiteValue) throws(StoreError) {
    switch value {
    case .integer(let v): try bind(index, v)
    case .real(let v): try bind(index, v)
    case .text(let v): try bind(index, v)
    case .null: try bindNull(index)
    }
  }

  /// Binds `values` to parameters 1, 2, 3…
  func bind(_ values: [SQLiteValue]) throws(StoreError) {
    for (offset, value) in values.enumerated() { try bind(Int32(offset + 1), value) }
  }

  // MARK: Running

  /// Advances to the next row: `true` when a row is available, `false` when done.
  @discardableResult
  func step() throws(StoreError) -> Bool {
    let rc = sqlite3_step(handle)
    switch rc {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default:
      let error = self.error(rc)
      sqlite3_reset(handle)
      throw error
    }
  }

  /// Runs a statement that returns no rows, then rewinds it for reuse. The bindings
  /// stay (every caller binds every parameter before each run; ``Database/cached(_:)``
  /// clears them when it hands the statement out), which saves clearing them per row.
  func run() throws(StoreError) {
    defer { sqlite3_reset(handle) }
    while try step() {}
  }

  /// Resets the statement and clears its bindings.
  func reset() {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  // MARK: Columns

  /// Number of columns in the result rows.
  var columnCount: Int32 { sqlite3_column_count(handle) }

  func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

  func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

  func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

  func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

  func bool(_ column: Int32) -> Bool { sqlite3_column_int64(handle, column) != 0 }

  /// Text of the column (`""` when NULL).
  func string(_ column: Int32) -> String {
    guard let pointer = sqlite3_column_text(handle, column) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, column))
    return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
  }

  func optionalString(_ column: Int32) -> String? { isNull(column) ? nil : string(column) }

  func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }

  func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

  func optionalDouble(_ column: Int32) -> Double? { isNull(column) ? nil : double(column) }
}
