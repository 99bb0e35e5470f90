import ChronicleExtraction

/// The storage interface of the event graph. SQLite implements it today
/// (``SQLiteEventStore``); a server database can implement it later without
/// the CLI or the exporters changing.
public protocol EventGraphStore {
  /// Stores one extraction result in one transaction. Same content hash as the
  /// stored version: no-op (`.unchanged`). Same document id, URL or origin path
  /// with other content: the old version is replaced (`.replaced`).
  func ingest(_ result: ExtractionResult) throws(StoreError) -> IngestOutcome
  /// Stores many results in one transaction (a batch); all or nothing.
  func ingest(batch results: [ExtractionResult]) throws(StoreError) -> [IngestOutcome]
  /// Events in time order; undated events last.
  func timeline(_ query: TimelineQuery) throws(StoreError) -> [TimelineEntry]
  /// Aggregated actor → actor edges.
  func relations(_ query: RelationQuery) throws(StoreError) -> [RelationEdge]
  /// All actors with aliases and counts, most mentioned first.
  func actors() throws(StoreError) -> [ActorSummary]
  /// One event with full provenance, or `nil` when there is no such event.
  func event(id: Int64) throws(StoreError) -> EventDetail?
  /// A stored document (for `redate`), or `nil`.
  func document(id: String) throws(StoreError) -> StoredDocument?
  /// Ids of all stored documents.
  func documentIDs() throws(StoreError) -> [String]
}
