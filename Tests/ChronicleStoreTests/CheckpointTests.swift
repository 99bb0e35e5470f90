import ChronicleExtraction
import Foundation
import Testing

@testable import ChronicleStore

@Suite("Background checkpoints")
struct CheckpointTests {
  /// Document `n`: its own id and text, one event.
  static func document(_ n: Int) -> ExtractionResult {
    var b = ResultBuilder(
      id: "doc-\(n)", title: "Talks \(n)", body: ["Iran accused Israel of sabotage in round \(n)."],
      published: CivilDate(year: 2024, month: 3, day: 4))
    let iran = b.mention("Iran", Actors.iran, in: 1)
    let israel = b.mention("Israel", Actors.israel, in: 1)
    b.event("accused", lemma: "accuse", in: 1, category: Categories.accuse, source: iran, target: israel, date: "2024-03-01")
    return b.build()
  }

  /// The checkpointer's thread copies the log while the writer commits; the store holds the
  /// same rows as one without it, and releasing it leaves no log behind.
  @Test func backgroundCheckpointsStoreTheSameAndLeaveNoLog() throws {
    let file = TemporaryDatabase()
    let reference = TemporaryDatabase()
    do {
      let store = try SQLiteEventStore(path: file.path)
      let checkpointer = try #require(try store.checkpointInBackground(threshold: 2))
      for n in 0..<40 { _ = try store.ingest(Self.document(n)) }
      let deadline = ContinuousClock.now + .seconds(10)
      while checkpointer.checkpoints == 0 && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.01) }
      #expect(checkpointer.checkpoints > 0)
      try SummaryTests.expectForeignKeysHold(store)
    }
    let log = (try? FileManager.default.attributesOfItem(atPath: file.path + "-wal")[.size] as? Int) ?? 0
    #expect(log == 0)
    do {
      let store = try SQLiteEventStore(path: reference.path)
      for n in 0..<40 { _ = try store.ingest(Self.document(n)) }
    }
    let stored = try contentDigest(SQLiteEventStore(path: file.path, readOnly: true))
    let expected = try contentDigest(SQLiteEventStore(path: reference.path, readOnly: true))
    #expect(stored.count > 40)
    #expect(stored == expected)
  }

  /// The store's own checkpoint empties the log while the background thread is on (it waits
  /// for the thread's checkpoint instead of giving up as busy).
  @Test func anExplicitCheckpointEmptiesTheLogWhileTheThreadRuns() throws {
    let file = TemporaryDatabase()
    let store = try SQLiteEventStore(path: file.path)
    let checkpointer = try #require(try store.checkpointInBackground(threshold: 2))
    for round in 0..<5 {
      _ = try store.ingest(batch: (0..<20).map { Self.document(round * 20 + $0) })
      try store.checkpoint()
      let log = (try? FileManager.default.attributesOfItem(atPath: file.path + "-wal")[.size] as? Int) ?? -1
      #expect(log == 0, "round \(round)")
    }
    #expect(checkpointer.checkpoints > 0)
  }
}
