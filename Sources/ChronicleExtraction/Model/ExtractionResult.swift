/// Everything extracted from one article, with provenance for every fact.
public struct ExtractionResult: Sendable {
  /// Document id: the input's own id, else derived from its URL or file name,
  /// else from the content hash.
  public var documentID: String
  public var article: Article
  /// Publication date used to resolve relative dates (`nil`: none known).
  public var published: CivilDate?
  /// SHA-256 (hex) of the analyzed text and the publication date.
  public var contentHash: String
  public var text: AnalyzedText
  public var times: [TimeExpression]
  public var actors: [ActorMention]
  public var events: [EventMention]
  /// Human-readable warnings ("no publication date: relative dates left unresolved").
  public var warnings: [String]

  public init(
    documentID: String, article: Article, published: CivilDate?, contentHash: String,
    text: AnalyzedText, times: [TimeExpression], actors: [ActorMention], events: [EventMention],
    warnings: [String]
  ) {
    self.documentID = documentID
    self.article = article
    self.published = published
    self.contentHash = contentHash
    self.text = text
    self.times = times
    self.actors = actors
    self.events = events
    self.warnings = warnings
  }

  /// Distinct actors mentioned, in order of first mention.
  public var entities: [ActorEntity] {
    var seen = Set<String>()
    var out: [ActorEntity] = []
    for mention in actors where seen.insert(mention.entity.id).inserted {
      out.append(mention.entity)
    }
    return out
  }
}
