/// What reading one input file gave: the articles, and the problems of parts
/// that could not be read (a bad line in JSON Lines) while the rest could.
public struct ReadResult: Sendable {
  public var articles: [Article]
  public var problems: [InputError]
  public init(articles: [Article], problems: [InputError] = []) {
    self.articles = articles
    self.problems = problems
  }
}

/// Reads articles from files in every supported format. (Stub: replaced by the Text stage.)
public struct ArticleReader: Sendable {
  public init() {}

  /// Reads one file; the format comes from the extension, else from the content.
  public func read(path: String) throws(InputError) -> ReadResult {
    throw .notFound(path: path)
  }

  /// Reads articles from bytes already in memory (`path` names them in errors).
  public func read(bytes: [UInt8], path: String, format: ArticleFormat? = nil) throws(InputError) -> ReadResult {
    throw .noText(path: path)
  }

  /// Lists the readable input files under `paths` (directories are walked recursively).
  public func inputFiles(_ paths: [String]) throws(InputError) -> [String] { paths }
}
