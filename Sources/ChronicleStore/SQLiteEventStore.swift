import ChronicleExtraction

/// The SQLite implementation of ``EventGraphStore``. (Stub: replaced by the Store stage.)
public final class SQLiteEventStore: EventGraphStore {
  public let path: String

  /// Opens (creating and migrating when needed) the database at `path`.
  public init(path: String, readOnly: Bool = false) throws(StoreError) {
    self.path = path
  }

  public func ingest(_ result: ExtractionResult) throws(StoreError) -> IngestOutcome {
    .inserted(documentID: result.documentID)
  }
  public func ingest(batch results: [ExtractionResult]) throws(StoreError) -> [IngestOutcome] {
    results.map { .inserted(documentID: $0.documentID) }
  }
  public func timeline(_ query: TimelineQuery) throws(StoreError) -> [TimelineEntry] { [] }
  public func relations(_ query: RelationQuery) throws(StoreError) -> [RelationEdge] { [] }
  public func actors() throws(StoreError) -> [ActorSummary] { [] }
  public func event(id: Int64) throws(StoreError) -> EventDetail? { nil }
  public func document(id: String) throws(StoreError) -> StoredDocument? { nil }
  public func documentIDs() throws(StoreError) -> [String] { [] }
}
