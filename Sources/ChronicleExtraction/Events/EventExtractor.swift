/// Finds events, codes them and attaches actors and times. (Stub: replaced by the Events stage.)
public struct EventExtractor: Sendable {
  public init() {}

  public func extract(
    _ text: AnalyzedText, times: [TimeExpression], actors: [ActorMention], published: CivilDate?
  ) -> [EventMention] { [] }
}
