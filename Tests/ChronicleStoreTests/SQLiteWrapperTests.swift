import CSQLite
import Foundation
import Testing

@testable import ChronicleStore

@Suite("SQLite wrapper")
struct SQLiteWrapperTests {
  @Test func bindsAndReadsValues() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, n TEXT)")
    let insert = try db.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4)")
    for (n, text) in ["", "Genève – ünïcödé", "plain"].enumerated() {
      try insert.bind(1, Int64(n) - 1)
      try insert.bind(2, 0.5 * Double(n))
      try insert.bind(3, text)
      try insert.bind(4, nil as String?)
      try insert.run()
    }
    let select = try db.prepare("SELECT i, r, s, n FROM t ORDER BY i")
    var rows: [(Int64, Double, String?, String?)] = []
    while try select.step() {
      rows.append((select.int64(0), select.double(1), select.optionalString(2), select.optionalString(3)))
    }
    #expect(rows.map(\.0) == [-1, 0, 1])
    #expect(rows.map(\.1) == [0, 0.5, 1])
    // An empty string stays an empty string (not NULL); NULL reads as nil.
    #expect(rows.map(\.2) == ["", "Genève – ünïcödé", "plain"])
    #expect(rows.allSatisfy { $0.3 == nil })
  }

  @Test func transactionRollsBackOnError() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (x INTEGER PRIMARY KEY)")
    try db.execute("INSERT INTO t VALUES (1)")
    #expect(throws: StoreError.self) {
      try db.transaction { () throws(StoreError) in
        try db.execute("INSERT INTO t VALUES (2)")
        try db.execute("INSERT INTO t VALUES (1)")  // primary key violation
      }
    }
    let count = try db.prepare("SELECT count(*) FROM t")
    #expect(try count.step())
    #expect(count.int(0) == 1)
  }

  @Test func errorsCarryCodeMessageAndSQL() throws {
    let db = try Database(path: ":memory:")
    do {
      _ = try db.prepare("SELECT * FROM missing_table")
      Issue.record("expected an error")
    } catch {
      guard case .sqlite(_, let code, let message, let sql) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(code == SQLITE_ERROR)
      #expect(message.contains("missing_table"))
      #expect(sql == "SELECT * FROM missing_table")
      #expect(!error.description.contains("\n"))
    }
  }

  @Test func cachedStatementsAreReused() throws {
    let db = try Database(path: ":memory:")
    let a = try db.cached("SELECT ?1 + 1")
    try a.bind(1, 41)
    #expect(try a.step())
    #expect(a.int(0) == 42)
    let b = try db.cached("SELECT ?1 + 1")
    #expect(a === b)
    // Handed out reset, bindings cleared.
    #expect(try b.step())
    #expect(b.isNull(0))
  }
}
