import ChronicleExtraction

/// A user correction of the actor graph (`chronicle actors merge|rename`), kept in the
/// database and applied to every document ingested after it was made.
public struct ActorCorrection: Sendable, Equatable {
  /// What a correction does.
  public enum Kind: String, Sendable, CaseIterable {
    /// Actor ``ActorCorrection/fromActor`` is merged into ``ActorCorrection/toActor``.
    case merge
    /// Actor ``ActorCorrection/fromActor`` is called ``ActorCorrection/toName`` (and gets
    /// ``ActorCorrection/code`` when that is not `nil`).
    case rename
  }

  /// Row id; corrections apply in id order. `chronicle actors corrections --undo ID` takes it.
  public var id: Int64
  public var kind: Kind
  /// Id of the corrected actor (`new:person:jean-pierre`).
  public var fromActor: String
  /// Its name when the correction was made.
  public var fromName: String
  /// The actor id mentions of ``fromActor`` get: the merge target, or ``fromActor`` itself
  /// for a rename.
  public var toActor: String
  /// The merge target's name, or the new name.
  public var toName: String
  /// The merge target's type (`nil` for a rename).
  public var toType: ActorType?
  /// The merge target's CAMEO code, or the code a rename sets (`nil`: unchanged).
  public var code: String?
  /// The merge target's country (`nil` for a rename).
  public var country: String?
  /// When it was made (ISO 8601, UTC).
  public var createdAt: String

  public init(
    id: Int64, kind: Kind, fromActor: String, fromName: String, toActor: String, toName: String,
    toType: ActorType? = nil, code: String? = nil, country: String? = nil, createdAt: String
  ) {
    self.id = id
    self.kind = kind
    self.fromActor = fromActor
    self.fromName = fromName
    self.toActor = toActor
    self.toName = toName
    self.toType = toType
    self.code = code
    self.country = country
    self.createdAt = createdAt
  }
}

/// What applying a new correction changed in the stored data.
public struct ActorCorrectionOutcome: Sendable, Equatable {
  /// The correction as recorded.
  public var correction: ActorCorrection
  /// Stored mentions that now belong to the corrected actor (merge: those moved; rename:
  /// those of the renamed actor).
  public var mentions: Int
  /// Documents those mentions are in.
  public var documents: Int

  public init(correction: ActorCorrection, mentions: Int, documents: Int) {
    self.correction = correction
    self.mentions = mentions
    self.documents = documents
  }
}

/// What removing a correction did.
public struct ActorCorrectionRemoval: Sendable, Equatable {
  /// The correction that was removed.
  public var correction: ActorCorrection
  /// Ids of the stored documents that mention the actors involved. Their stored rows still
  /// show the correction; they are marked so that the next `ingest` of their files
  /// re-extracts them (instead of reporting them unchanged).
  public var staleDocuments: [String]

  public init(correction: ActorCorrection, staleDocuments: [String]) {
    self.correction = correction
    self.staleDocuments = staleDocuments
  }
}
