import CSQLite
import Foundation
import Testing

@testable import ChronicleStore

@Suite("Schema and opening")
struct SchemaTests {
  static func schemaFile(_ filePath: String = #filePath) -> String {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Schemas/chronicle.sql").path
  }

  static func master(_ db: Database) throws -> [[String]] {
    let statement = try db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
    var rows: [[String]] = []
    while try statement.step() {
      // Blanks collapsed, and none kept after "(" or before "," and ")": `ALTER TABLE … ADD
      // COLUMN` writes " , column)" where the schema file has ",\n  column\n)".
      let sql = statement.string(3).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        .joined(separator: " ").replacingOccurrences(of: "( ", with: "(")
        .replacingOccurrences(of: " ,", with: ",").replacingOccurrences(of: " )", with: ")")
      rows.append([statement.string(0), statement.string(1), statement.string(2), sql])
    }
    return rows
  }

  @Test func migrationsProduceTheSchemaFile() throws {
    let text = try String(contentsOfFile: Self.schemaFile(), encoding: .utf8)
    let fromFile = try Database(path: ":memory:")
    try fromFile.execute(text)
    let store = try SQLiteEventStore(path: ":memory:")
    let fileRows = try Self.master(fromFile)
    let migratedRows = try Self.master(store.db)
    #expect(fileRows.count > 10)
    #expect(fileRows == migratedRows)
    #expect(try store.db.userVersion() == SQLiteEventStore.schemaVersion)
  }

  @Test func opensWithWALAndForeignKeys() throws {
    let file = TemporaryDatabase()
    let store = try SQLiteEventStore(path: file.path)
    let mode = try store.db.prepare("PRAGMA journal_mode")
    #expect(try mode.step())
    #expect(mode.string(0) == "wal")
    let keys = try store.db.prepare("PRAGMA foreign_keys")
    #expect(try keys.step())
    #expect(keys.int(0) == 1)
  }

  @Test func theLogIsCutBackAfterALargeTransaction() throws {
    let file = TemporaryDatabase()
    let store = try SQLiteEventStore(path: file.path)
    let limit = try store.db.prepare("PRAGMA journal_size_limit")
    #expect(try limit.step())
    #expect(limit.int(0) == SQLiteEventStore.logSizeLimit)
    limit.reset()
    func logSize() throws -> Int {
      try FileManager.default.attributesOfItem(atPath: file.path + "-wal")[.size] as? Int ?? 0
    }
    // One transaction larger than the limit, then a checkpoint that leaves the log in place.
    let rows = SQLiteEventStore.logSizeLimit / 1_024 + 4_096
    try store.db.execute(
      """
      CREATE TABLE bulk (x BLOB);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(rows))
      INSERT INTO bulk SELECT randomblob(1024) FROM n;
      """)
    #expect(try logSize() > SQLiteEventStore.logSizeLimit)
    try store.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    // The next transaction starts the log afresh and cuts the file back.
    try store.db.execute("DELETE FROM bulk WHERE rowid = 1")
    #expect(try logSize() <= SQLiteEventStore.logSizeLimit)
  }

  @Test func pageCountersCountTheSameForTheSameInput() throws {
    func counters() throws -> PageCounters {
      let file = TemporaryDatabase()
      let store = try SQLiteEventStore(path: file.path)
      let before = store.pageCounters
      _ = try store.ingest(batch: (0..<6).map { mixedResult(document: $0) })
      let after = store.pageCounters
      #expect(after.written > before.written)
      return PageCounters(
        misses: after.misses - before.misses, written: after.written - before.written,
        spilled: after.spilled - before.spilled)
    }
    #expect(try counters() == counters())
  }

  @Test func rejectsAFileThatIsNotSQLite() throws {
    let file = TemporaryDatabase()
    let junk = String(repeating: "This is a plain text file, not a database.\n", count: 40)
    try junk.write(toFile: file.path, atomically: true, encoding: .utf8)
    #expect(throws: StoreError.notADatabase(path: file.path)) {
      _ = try SQLiteEventStore(path: file.path)
    }
  }

  @Test func rejectsAnotherProgramsSQLiteFile() throws {
    let file = TemporaryDatabase()
    do {
      let other = try Database(path: file.path)
      try other.execute("CREATE TABLE recipes (name TEXT)")
    }
    #expect(throws: StoreError.notADatabase(path: file.path)) {
      _ = try SQLiteEventStore(path: file.path)
    }
  }

  @Test func rejectsANewerSchema() throws {
    let file = TemporaryDatabase()
    do {
      let store = try SQLiteEventStore(path: file.path)
      try store.db.setUserVersion(SQLiteEventStore.schemaVersion + 1)
    }
    let expected = StoreError.newerSchema(
      path: file.path, found: SQLiteEventStore.schemaVersion + 1, supported: SQLiteEventStore.schemaVersion)
    #expect(throws: expected) { _ = try SQLiteEventStore(path: file.path) }
    #expect(throws: expected) { _ = try SQLiteEventStore(path: file.path, readOnly: true) }
  }

  @Test func readOnlyStoreQueriesButDoesNotWrite() throws {
    let file = TemporaryDatabase()
    do {
      let store = try SQLiteEventStore(path: file.path)
      _ = try store.ingest(Corpus.documentA().build())
    }
    let reader = try SQLiteEventStore(path: file.path, readOnly: true)
    #expect(try reader.documentIDs() == ["doc-a"])
    #expect(try reader.timeline(TimelineQuery()).count == 4)
    #expect(throws: StoreError.self) { _ = try reader.ingest(Corpus.documentB().build()) }
    #expect(try reader.documentIDs() == ["doc-a"])
  }

  @Test func readOnlyOpenOfAMissingFileFails() {
    let file = TemporaryDatabase()
    #expect(throws: StoreError.self) { _ = try SQLiteEventStore(path: file.path, readOnly: true) }
    #expect(!FileManager.default.fileExists(atPath: file.path))
  }
}
