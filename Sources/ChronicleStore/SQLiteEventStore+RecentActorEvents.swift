extension SQLiteEventStore {
  /// Where an ingest writes the rows of the actor timelines (`actor_events`), and when the
  /// recent ones are merged.
  ///
  /// `actor_events` is keyed by actor and date, so a batch of articles puts its rows all over
  /// it: once the table is larger than the page cache, every row dirties a page of its own,
  /// which the commit writes to the log and the checkpoint copies again (at a million
  /// events that was two pages of eight kilobytes per event). Beyond
  /// ``minimumDatabaseBytes`` the rows go to `actor_events_recent` instead, a table small
  /// enough to stay cached, and are merged into `actor_events` in key order (one pass over
  /// its pages) when they exceed ``mergeThreshold(pages:)``. Queries read both tables, so
  /// what a query answers does not depend on where the rows are.
  struct RecentActorEvents: Sendable {
    /// Database size from which new rows go to `actor_events_recent`: four times the
    /// connection's page cache (32 MiB), below which the large table's pages stay cached.
    var minimumDatabaseBytes: Int64 = 128 << 20
    /// Recent rows that trigger a merge, at least.
    var minimumMergeRows: Int64 = 65_536
    /// Recent rows that trigger a merge per square root of the database's pages. A merge
    /// writes every page of `actor_events` once, and the recent table's pages are written
    /// by every batch: with `P` pages in the large table, `R` rows per batch and `r` rows
    /// per page, a threshold of √(P·R·r) balances the two. At a million events (≈ 100,000
    /// pages of 8 KiB) this gives ≈ 160,000 rows, ≈ 5 MB.
    var mergeRowsPerSquareRootPage: Double = 512

    /// The number of recent rows beyond which they are merged, for a database of `pages`.
    func mergeThreshold(pages: Int64) -> Int64 {
      max(minimumMergeRows, Int64(mergeRowsPerSquareRootPage * Double(max(0, pages)).squareRoot()))
    }
  }

  /// The database's page size in bytes (SQLite's default, 4,096, if it cannot say).
  func pageSize() throws(StoreError) -> Int64 {
    let size = try db.statement("PRAGMA page_size")
    defer { size.reset() }
    return try size.step() ? max(512, size.int64(0)) : 4_096
  }

  /// The database's size in pages and bytes.
  func databaseSize() throws(StoreError) -> (pages: Int64, bytes: Int64) {
    let count = try db.statement("PRAGMA page_count")
    let pages = try count.step() ? count.int64(0) : 0
    count.reset()
    return (pages, pages * (try pageSize()))
  }

  /// Decides where this transaction's `actor_events` rows go (before its last flush).
  func chooseActorEventsTable() throws(StoreError) {
    pending.actorEventsIntoRecent = try databaseSize().bytes >= recentActorEvents.minimumDatabaseBytes
  }

  /// Merges the recent rows into `actor_events` when they are more than the threshold for
  /// the database's size (in the ingest's transaction, after its rows are written).
  func mergeRecentActorEventsIfMany() throws(StoreError) {
    let count = try db.statement("SELECT count(*) FROM actor_events_recent")
    let rows = try count.step() ? count.int64(0) : 0
    count.reset()
    if rows == 0 { return }
    let pages = try databaseSize().pages
    if rows <= recentActorEvents.mergeThreshold(pages: pages) { return }
    try mergeRecentActorEvents()
  }

  /// Moves every row of `actor_events_recent` into `actor_events`, in key order (the recent
  /// table's own order), so that each page of the large table is written once.
  func mergeRecentActorEvents() throws(StoreError) {
    try db.statement(
      """
      INSERT OR IGNORE INTO actor_events (actor, undated, day_start, day_end, unpublished, published_day, document,
        sentence, char_start, event)
      SELECT actor, undated, day_start, day_end, unpublished, published_day, document, sentence, char_start, event
      FROM actor_events_recent ORDER BY actor, undated, day_start, day_end, unpublished, published_day, document,
        sentence, char_start, event
      """
    ).run()
    try db.statement("DELETE FROM actor_events_recent").run()
  }
}
