import Foundation
import Testing

/// Replays the kept fuzzing inputs and crashers (`Reliability/Corpus/`) through
/// the real binary: every file is stored or refused with an error line, nothing
/// crashes, and the database passes `PRAGMA integrity_check` afterwards.
@Suite struct CorpusReplayTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

  static var files: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
  }

  @Test func corpusIsThere() {
    #expect(Self.files.count >= 10)
  }

  @Test func ingestEveryKeptInput() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let db = dir.appendingPathComponent("db.sqlite").path
    let r = try CLIRunner.run(["ingest", "--quiet", "--db", db, "--published", "2022-10-17", Self.corpus.path])
    #expect([0, 65].contains(r.status), "status \(r.status): \(r.stderr.suffix(2000))")
    #expect(!r.stderr.contains("Fatal error"))
    #expect(try Rel.sql(db, "PRAGMA integrity_check") == "ok")
  }

  /// `extract` on each file alone, as the fuzz targets ran them (the file
  /// extension picks the reader; files without one are sniffed).
  @Test func extractEveryKeptInput() throws {
    for name in Self.files {
      let r = try CLIRunner.run(["extract", "--format", "json", "--published", "2022-10-17", Self.corpus.appendingPathComponent(name).path])
      #expect([0, 65].contains(r.status), "\(name): status \(r.status) \(r.stderr.prefix(500))")
      if r.status == 65 { #expect(r.stderr.contains(name), "\(name): \(r.stderr)") }
    }
  }
}
