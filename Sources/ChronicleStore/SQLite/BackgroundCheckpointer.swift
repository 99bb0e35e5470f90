import CSQLite
import ChronicleExtraction
import Foundation

/// Copies a write-ahead log into its database file on a thread of its own, with a
/// connection of its own, while another connection (the writer) keeps committing.
///
/// SQLite's automatic checkpoint runs inside the committing call once the log holds
/// 1,000 frames (``threshold``): the writer copies pages and waits for two `fsync`s itself. With a
/// checkpointer the writer's commits only signal this thread, which runs a `PASSIVE`
/// checkpoint (it never blocks the writer, nor waits for it) while the writer goes on.
/// A checkpoint that copied every committed frame lets the writer's next transaction
/// start the log afresh, as after an automatic checkpoint. Should the log still reach
/// ``inlineLimit`` frames (a checkpointer that cannot keep up), the writer checkpoints in
/// its commit as SQLite would, so the log stays bounded.
///
/// Durability is unchanged: a checkpoint syncs the log before copying and the database
/// file after, and the connection that closes last checkpoints whatever remains.
final class BackgroundCheckpointer: @unchecked Sendable {
  /// Log frames after a commit from which a checkpoint is requested (by default SQLite's
  /// automatic checkpoint's).
  let threshold: Int32
  /// Log frames after a commit from which the writer checkpoints itself.
  let inlineLimit: Int32
  /// How much lower than its creator's the thread's priority is (Linux nice increment).
  static let nice: Int32 = 10

  private let condition = NSCondition()
  private var requested = false
  private var stopping = false
  private var running = true
  /// Whether the thread is running a checkpoint now.
  private var busy = false
  /// Checkpoints the thread has run.
  private var runs = 0
  /// The checkpointer's connection, used only by its thread.
  private let connection: Connection

  /// A connection handed to the checkpointer's thread, which alone uses it until
  /// ``BackgroundCheckpointer/stop()`` closes it.
  private final class Connection: @unchecked Sendable {
    var db: Database?
    init(_ db: Database) { self.db = db }
  }

  /// Opens a second connection to `path` and starts the thread; from now on the commits of
  /// `writer` (a connection to the same file) request checkpoints instead of running them.
  init(writer: Database, path: String, threshold: Int32 = 1_000) throws(StoreError) {
    self.threshold = threshold
    inlineLimit = 16 * threshold
    let db = try Database(path: path, readOnly: false, busyTimeout: 5_000)
    try db.execute("PRAGMA synchronous = NORMAL")
    connection = Connection(db)
    let starter = ThreadPriority.current()
    let thread = Thread { [self] in
      // Below the writer's priority: when the two share a core, the writer, which nothing
      // else can do in parallel, goes first; a checkpointer that falls behind makes the
      // writer checkpoint itself (`inlineLimit`).
      starter.lower(by: Self.nice)
      work()
    }
    thread.name = "chronicle-checkpoint"
    thread.start()
    sqlite3_wal_hook(
      writer.handle,
      { context, db, _, frames in
        guard let context else { return SQLITE_OK }
        let checkpointer = Unmanaged<BackgroundCheckpointer>.fromOpaque(context).takeUnretainedValue()
        if frames >= checkpointer.inlineLimit {
          sqlite3_wal_checkpoint_v2(db, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
        } else if frames >= checkpointer.threshold {
          checkpointer.request()
        }
        return SQLITE_OK
      }, Unmanaged.passUnretained(self).toOpaque())
  }

  /// Asks the thread for a checkpoint (several requests before it starts make one).
  private func request() {
    condition.lock()
    requested = true
    condition.signal()
    condition.unlock()
  }

  /// Checkpoints the thread has run so far.
  var checkpoints: Int {
    condition.lock()
    defer { condition.unlock() }
    return runs
  }

  /// Waits until the thread has run every requested checkpoint and runs none, so that the
  /// writer's own checkpoint (``SQLiteEventStore/checkpoint()``) is not turned away as busy
  /// and can empty the log. Only the writer's commits request checkpoints, so none comes
  /// while the writer waits here.
  func waitUntilIdle() {
    condition.lock()
    while running && (requested || busy) { condition.wait() }
    condition.unlock()
  }

  /// Lets the thread finish the checkpoint it is running, ends it, waits for it and closes
  /// the checkpointer's connection, so that the writer's connection, closed next, is the
  /// last one and checkpoints what remains. (Left to the thread, the close could come after
  /// the writer's, at any time after `stop` returned, and leave the log behind.) The
  /// writer's hook must be removed first (``Database/removeWALHook()``).
  func stop() {
    condition.lock()
    stopping = true
    condition.broadcast()
    while running { condition.wait() }
    condition.unlock()
    connection.db = nil
  }

  private func work() {
    condition.lock()
    while true {
      if requested {
        requested = false
        busy = true
        condition.unlock()
        // SQLITE_BUSY (another checkpoint runs) and errors leave the frames in the log for
        // a later checkpoint; the last connection to close copies what remains.
        if let db = connection.db { sqlite3_wal_checkpoint_v2(db.handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil) }
        condition.lock()
        busy = false
        runs += 1
        condition.broadcast()
      } else if stopping {
        break
      } else {
        condition.wait()
      }
    }
    running = false
    condition.broadcast()
    condition.unlock()
  }
}
