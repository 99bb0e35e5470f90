/// The input formats Chronicle reads.
public enum ArticleFormat: String, Sendable, Codable, CaseIterable {
  case text, markdown, html, json, jsonl, timeml
}

/// One article as read from an input file, before analysis.
public struct Article: Sendable, Equatable {
  /// Document id given by the input (TimeML `<DOCID>`, JSON `id`), if any.
  public var id: String?
  /// Headline.
  public var title: String?
  /// Body text (without the headline).
  public var body: String
  /// Publication date from the input's own metadata.
  public var published: CivilDate?
  public var url: String?
  /// Publisher or outlet ("The Hill").
  public var source: String?
  /// File the article came from (and `#line` for JSON Lines).
  public var origin: String?
  public var format: ArticleFormat

  public init(
    id: String? = nil, title: String? = nil, body: String, published: CivilDate? = nil,
    url: String? = nil, source: String? = nil, origin: String? = nil, format: ArticleFormat = .text
  ) {
    self.id = id
    self.title = title
    self.body = body
    self.published = published
    self.url = url
    self.source = source
    self.origin = origin
    self.format = format
  }

  /// The text that is analyzed and stored: the headline, a blank line, then the body.
  /// Offsets in every extraction result refer to this string.
  public var fullText: String {
    guard let title, !title.isEmpty else { return body }
    return title + "\n\n" + body
  }
}
