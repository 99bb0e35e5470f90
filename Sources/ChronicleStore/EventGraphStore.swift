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

  // MARK: Corrections of the actor graph

  /// Merges actor `name` into actor `target` (each an id, name or alias, ignoring case) in one
  /// transaction: the target keeps its id, name and code; the merged actor's mentions,
  /// aliases, event roles, counts and relation edges become the target's, and an edge
  /// between the two would be a self-loop and is dropped (as ingest never stores one).
  /// The correction is recorded and applied again to every later ingest.
  ///
  /// - Throws: ``StoreError/noSuchActor(name:nearMatches:)``,
  ///   ``StoreError/ambiguousActor(name:candidates:)``, ``StoreError/sameActor(_:_:)``.
  func mergeActor(_ name: String, into target: String) throws(StoreError) -> ActorCorrectionOutcome
  /// Renames actor `name` to `newName` and, when `code` is given, sets its CAMEO code (and
  /// that of its mentions that had no code or the old one); recorded and applied again to
  /// every later ingest.
  ///
  /// - Throws: ``StoreError/noSuchActor(name:nearMatches:)``,
  ///   ``StoreError/ambiguousActor(name:candidates:)``, ``StoreError/nameTaken(name:actor:)``,
  ///   ``StoreError/invalidCorrection(_:)`` for an empty name or a malformed code.
  func renameActor(_ name: String, to newName: String, code: String?) throws(StoreError) -> ActorCorrectionOutcome
  /// The recorded corrections in the order they apply.
  func actorCorrections() throws(StoreError) -> [ActorCorrection]
  /// Removes correction `id`. Stored rows keep it until the documents concerned are
  /// re-ingested; they are marked so that the next ingest re-extracts them.
  ///
  /// - Throws: ``StoreError/noSuchCorrection(_:)``.
  func removeActorCorrection(id: Int64) throws(StoreError) -> ActorCorrectionRemoval
}
