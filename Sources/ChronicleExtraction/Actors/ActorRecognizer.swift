/// Finds, resolves and codes actors. (Stub: replaced by the Actors stage.)
public struct ActorRecognizer: Sendable {
  public init() {}

  /// Finds every actor mention in `text`; `published` picks the roles in force then.
  public func recognize(_ text: AnalyzedText, published: CivilDate?) -> [ActorMention] { [] }
}
