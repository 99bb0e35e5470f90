import Foundation
import Testing

/// Database faults through the real binary: a file that is not SQLite, a newer
/// schema, a read-only file, another writer holding the lock, a full disk, and a
/// SIGKILL in the middle of an ingest. Python's `sqlite3` is the independent checker.
@Suite(.serialized) struct DatabaseFaultTests {
  let dir: URL
  let db: String

  init() throws {
    dir = try CLIRunner.temporaryDirectory()
    db = dir.appendingPathComponent("db.sqlite").path
  }

  func url(_ name: String) -> URL { dir.appendingPathComponent(name) }

  func makeArticle(_ n: Int = 1) throws -> String {
    let file = url("article-\(n).txt")
    try Rel.write(Rel.article(n), to: file)
    return file.path
  }

  @Test func notSQLite() throws {
    try Rel.write(String(repeating: "not a database at all\n", count: 200), to: URL(fileURLWithPath: db))
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    for arguments in [["ingest", "--db", db, try makeArticle()], ["timeline", "--db", db], ["relations", "--db", db]] {
      let r = try CLIRunner.run(arguments)
      #expect(r.status == 74, "\(arguments[0]): \(r.stderr)")
      #expect(Rel.errorLines(r).count == 1 && r.stderr.contains("db.sqlite") && r.stderr.contains("not a"), "\(r.stderr)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "the foreign file was modified")
  }

  @Test func newerSchemaVersion() throws {
    #expect(try CLIRunner.run(["ingest", "--db", db, try makeArticle()]).status == 0)
    _ = try Rel.python("import sqlite3, sys\ncon = sqlite3.connect(sys.argv[1])\ncon.execute('PRAGMA user_version = 999')\ncon.commit()", [db])
    for arguments in [["ingest", "--db", db, try makeArticle(2)], ["timeline", "--db", db]] {
      let r = try CLIRunner.run(arguments)
      #expect(r.status == 74, "\(r.stderr)")
      #expect(r.stderr.contains("999") && r.stderr.contains("newer"), "\(r.stderr)")
    }
    #expect(try Rel.sql(db, "PRAGMA user_version") == "999")
    #expect(try Rel.documentCount(db) == 1)
  }

  /// Makes the database file read-only: permission bits, and for root (who
  /// ignores them) the immutable attribute. Returns false when neither holds.
  func makeReadOnly(_ path: String) throws -> Bool {
    chmod(path, 0o444)
    if !Rel.isRoot { return true }
    guard Rel.hasTool("chattr"), try Rel.tool("chattr", ["+i", path]).status == 0 else { return false }
    return true
  }

  @Test func readOnlyDatabase() throws {
    #expect(try CLIRunner.run(["ingest", "--db", db, try makeArticle()]).status == 0)
    // Checkpoint and leave no WAL behind, as a copied or archived database would be.
    _ = try Rel.python("import sqlite3, sys\ncon = sqlite3.connect(sys.argv[1])\ncon.execute('PRAGMA journal_mode=DELETE')\ncon.close()", [db])
    guard try makeReadOnly(db) else {
      print("skipped: cannot make \(db) read-only (root without chattr support)")
      return
    }
    defer { if Rel.isRoot { _ = try? Rel.tool("chattr", ["-i", db]) } }
    let timeline = try CLIRunner.run(["timeline", "--db", db, "--format", "json"])
    #expect(timeline.status == 0, "\(timeline.stderr)")
    #expect(timeline.stdout.contains("\"events\""))
    #expect(try CLIRunner.run(["relations", "--db", db]).status == 0)
    let r = try CLIRunner.run(["ingest", "--db", db, try makeArticle(2)])
    #expect(r.status == 74, "\(r.stderr)")
    #expect(Rel.errorLines(r).count == 1 && r.stderr.contains("db.sqlite") && r.stderr.contains("read"), "\(r.stderr)")
  }

  @Test func lockedByAnotherWriter() throws {
    #expect(try CLIRunner.run(["ingest", "--db", db, try makeArticle()]).status == 0)
    // Python holds the write lock for 12 s.
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    holder.arguments = [
      "python3", "-c",
      "import sqlite3, sys, time\ncon = sqlite3.connect(sys.argv[1], isolation_level=None)\ncon.execute('BEGIN IMMEDIATE')\nprint('locked', flush=True)\ntime.sleep(12)",
      db,
    ]
    let out = Pipe()
    holder.standardOutput = out
    try holder.run()
    defer { if holder.isRunning { holder.terminate() } }
    _ = out.fileHandleForReading.availableData  // waits for "locked"
    let start = Date()
    let r = try CLIRunner.run(["ingest", "--db", db, try makeArticle(2)])
    let waited = Date().timeIntervalSince(start)
    #expect(r.status == 74, "\(r.stderr)")
    #expect(Rel.errorLines(r).count == 1 && r.stderr.contains("locked"), "\(r.stderr)")
    #expect(waited >= 4 && waited < 11, "waited \(waited) s")
    // Readers are not blocked by the writer.
    #expect(try CLIRunner.run(["timeline", "--db", db]).status == 0)
    holder.terminate()
    holder.waitUntilExit()
    #expect(try CLIRunner.run(["ingest", "--db", db, try makeArticle(2)]).status == 0)
    #expect(try Rel.documentCount(db) == 2)
  }

  @Test func fullDisk() throws {
    let mountPoint = url("small")
    try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
    guard Rel.isRoot, try Rel.tool("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint.path]).status == 0
    else {
      print("skipped: cannot mount a small tmpfs")
      return
    }
    defer { _ = try? Rel.tool("umount", ["-l", mountPoint.path]) }
    let smallDB = mountPoint.appendingPathComponent("db.sqlite").path
    #expect(try CLIRunner.run(["ingest", "--db", smallDB, try makeArticle(1)]).status == 0)
    // Articles big enough to fill the disk.
    let big = url("big")
    try FileManager.default.createDirectory(at: big, withIntermediateDirectories: true)
    for n in 0..<9 {
      var text = "Big report \(n)\nDate: 2023-01-0\(n + 1)\n\n"
      for k in 0..<400 { text += "Paragraph \(k) of \(n): Iran met France in Paris on Monday and Russia accused Germany.\n" }
      try Rel.write(text, to: big.appendingPathComponent("big-\(n).txt"))
    }
    let r = try CLIRunner.run(["ingest", "--db", smallDB, big.path])
    #expect(r.status == 74, "\(r.stderr)")
    #expect(r.stderr.contains("db.sqlite") && (r.stderr.contains("full") || r.stderr.contains("space")), "\(r.stderr)")
    #expect(try Rel.sql(smallDB, "PRAGMA integrity_check") == "ok")
    // Every stored document is complete; the one that failed left nothing.
    let stored = try Rel.sql(smallDB, "SELECT id FROM documents ORDER BY id").split(separator: "\n")
    for id in stored where id.hasPrefix("big-") {
      let sentences = try Rel.sql(smallDB, "SELECT count(*) FROM sentences s JOIN documents d ON s.document = d.key WHERE d.id = '\(id)'")
      #expect(sentences == "401", "\(id) has \(sentences) sentences")
    }
    // Readers still work on the full disk.
    #expect(try CLIRunner.run(["timeline", "--db", smallDB]).status == 0)
  }

  @Test func sigkillDuringIngestLosesNothingCommitted() throws {
    let corpus = url("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    let total = 600
    for n in 0..<total {
      try Rel.write(Rel.article(n), to: corpus.appendingPathComponent(String(format: "a%04d.txt", n)))
    }
    let child = Process()
    child.executableURL = CLIRunner.binary
    child.arguments = ["ingest", "--db", db, corpus.path]
    let out = Pipe()
    child.standardOutput = out
    child.standardError = FileHandle.nullDevice
    try child.run()
    // Wait until some documents are committed, query while it runs, then kill -9.
    var seen = Data()
    while child.isRunning, seen.split(separator: UInt8(ascii: "\n")).count < 40 {
      seen += out.fileHandleForReading.availableData
    }
    let timeline = try CLIRunner.run(["timeline", "--db", db, "--format", "json"])
    let relations = try CLIRunner.run(["relations", "--db", db, "--format", "csv"])
    #expect(timeline.status == 0, "timeline during ingest: \(timeline.stderr)")
    #expect(relations.status == 0, "relations during ingest: \(relations.stderr)")
    #expect(child.isRunning, "ingest finished before the kill; make the corpus larger")
    kill(child.processIdentifier, SIGKILL)
    child.waitUntilExit()
    #expect(child.terminationReason == .uncaughtSignal)

    #expect(try Rel.sql(db, "PRAGMA integrity_check") == "ok")
    #expect(try Rel.sql(db, "PRAGMA foreign_key_check") == "")
    let counted = try Rel.documentCount(db)
    #expect(counted >= 40 && counted < total, "\(counted) documents after the kill")
    // Every stored document is whole: its sentences, dates, actor mentions and events.
    let partial = try Rel.sql(
      db,
      """
      SELECT d.id FROM documents d WHERE
        (SELECT count(*) FROM sentences s WHERE s.document = d.key) <> 3
        OR (SELECT count(*) FROM time_expressions t WHERE t.document = d.key) < 3
        OR (SELECT count(*) FROM actor_mentions m WHERE m.document = d.key) < 4
        OR (SELECT count(*) FROM events e WHERE e.document = d.key) < 2
      """)
    #expect(partial == "", "incomplete documents: \(partial)")
    let orphans = try Rel.sql(
      db,
      "SELECT count(*) FROM events WHERE document NOT IN (SELECT key FROM documents)")
    #expect(orphans == "0")

    // The next ingest continues: committed ones are unchanged, the rest are stored.
    let again = try CLIRunner.run(["ingest", "--db", db, corpus.path])
    #expect(again.status == 0, "\(again.stderr)")
    let lines = again.stdout.split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("unchanged") }.count == counted)
    #expect(lines.filter { $0.hasPrefix("ingested") }.count == total - counted)
    #expect(try Rel.documentCount(db) == total)
    #expect(try Rel.sql(db, "PRAGMA integrity_check") == "ok")
  }
}
