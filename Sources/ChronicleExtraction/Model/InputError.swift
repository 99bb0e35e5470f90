/// A problem with an input file. Each description is one line that names the
/// file and says what to do.
public enum InputError: Error, CustomStringConvertible, Equatable, Sendable {
  case notFound(path: String)
  case unreadable(path: String, reason: String)
  case empty(path: String)
  case binary(path: String)
  case malformed(path: String, line: Int?, reason: String)
  case badDate(path: String, value: String)
  case noText(path: String)
  /// One article's text is over ``ArticleReader/maximumArticleBytes``.
  case tooLarge(path: String, bytes: Int, limit: Int)

  public var path: String {
    switch self {
    case .notFound(let p), .unreadable(let p, _), .empty(let p), .binary(let p),
      .malformed(let p, _, _), .badDate(let p, _), .noText(let p), .tooLarge(let p, _, _):
      return p
    }
  }

  public var description: String {
    switch self {
    case .notFound(let path):
      return "\(path): no such file or directory; check the path"
    case .unreadable(let path, let reason):
      return "\(path): cannot read (\(reason)); check its permissions"
    case .empty(let path):
      return "\(path): file is empty; nothing to ingest"
    case .binary(let path):
      return "\(path): looks like a binary file, not an article; pass text, Markdown, HTML, JSON, JSON Lines or TimeML"
    case .malformed(let path, let line, let reason):
      let at = line.map { ":\($0)" } ?? ""
      return "\(path)\(at): malformed input: \(reason)"
    case .badDate(let path, let value):
      return "\(path): '\(value)' is not a valid date; use YYYY-MM-DD"
    case .noText(let path):
      return "\(path): no article text found"
    case .tooLarge(let path, let bytes, let limit):
      return
        "\(path): article of \(bytes / 1_048_576) MB is over the \(limit / 1_048_576) MB limit of one article; split it into several articles"
    }
  }
}
