/// Finds and normalizes temporal expressions. (Stub: replaced by the Time stage.)
public struct TemporalTagger: Sendable {
  public init() {}

  /// Tags every sentence of `text`, resolving relative expressions against `published`.
  public func tag(_ text: AnalyzedText, published: CivilDate?) -> [TimeExpression] { [] }
}
