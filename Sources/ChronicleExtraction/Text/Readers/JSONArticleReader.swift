/// JSON and JSON Lines articles.
///
/// An article is an object with these members (names case-insensitive; the
/// first present wins):
/// - text: `text`, `body`, `content`, `article`, `articleBody`, `full_text`, `story`
///   — a string or an array of strings (joined by line breaks); text that starts
///   with an HTML tag is reduced to its text as an HTML page would be;
/// - title: `title`, `headline`, `heading`;
/// - published: `published`, `date`, `published_at`, `publishedAt`, `datePublished`,
///   `pubDate`, `publication_date`, … — `null` or `""` means none; anything else
///   must be a date (``PublicationDate``) or it is ``InputError/badDate(path:value:)``;
/// - url: `url`, `link`, `canonical_url`, `uri`, `permalink`;
/// - source: `source`, `publisher`, `site`, `site_name`, `outlet` — a string, or an
///   object with a `name`;
/// - id: `id`, `doc_id`, `docid`, `document_id`, `uuid`, `guid` — a string or a number.
///
/// A JSON file holds one such object, an array of them, or an object whose
/// `articles`/`items`/`documents`/`data`/`results` member is such an array. A
/// `.json` file that turns out to hold one object per line is read as JSON Lines.
/// In arrays and JSON Lines, each article's origin is `path#N` (N = 1-based
/// element or line number) and a bad record is a problem of the result while
/// the others are still read.
enum JSONArticleReader {
  static let textKeys = ["text", "body", "content", "article", "articlebody", "full_text", "fulltext", "story"]
  static let titleKeys = ["title", "headline", "heading"]
  static let dateKeys = [
    "published", "date", "published_at", "publishedat", "datepublished", "pubdate", "publication_date",
    "published_date", "date_published", "publish_date", "publishdate", "publicationdate", "dct",
  ]
  static let urlKeys = ["url", "link", "canonical_url", "uri", "permalink"]
  static let sourceKeys = ["source", "publisher", "site", "site_name", "outlet", "source_name"]
  static let idKeys = ["id", "doc_id", "docid", "document_id", "uuid", "guid"]
  static let listKeys = ["articles", "items", "documents", "data", "results"]

  static func readJSON(_ bytes: [UInt8], path: String) throws(InputError) -> ReadResult {
    let parsed: Result<JSONInputValue, JSONInputError> = bytes.withUnsafeBufferPointer { p in
      var parser = JSONInputParser(p)
      do throws(JSONInputError) {
        let value = try parser.value()
        parser.skipSpace()
        if parser.i < parser.end {
          if case .object = value, p[parser.i] == UInt8(ascii: "{") { return .success(.null) }  // JSON Lines
          return .failure(parser.error("unexpected text after the JSON value"))
        }
        return .success(value)
      } catch {
        return .failure(error)
      }
    }
    let value: JSONInputValue
    switch parsed {
    case .failure(let e): throw .malformed(path: path, line: e.line, reason: "\(e.reason) (column \(e.column))")
    case .success(.null): return readJSONLines(bytes, path: path)
    case .success(let v): value = v
    }
    var items: [JSONInputValue]
    switch value {
    case .object:
      if value.member(textKeys) == nil, case .array(let list)? = value.member(listKeys) {
        items = list
      } else {
        return ReadResult(articles: [try article(value, path: path, origin: path, format: .json)])
      }
    case .array(let list): items = list
    default:
      throw .malformed(
        path: path, line: nil, reason: "expected an article object or an array of them, found \(value.typeName)")
    }
    guard !items.isEmpty else { throw .noText(path: path) }
    var result = ReadResult(articles: [])
    for (n, item) in items.enumerated() {
      let origin = "\(path)#\(n + 1)"
      guard case .object = item else {
        result.problems.append(
          .malformed(path: path, line: nil, reason: "element \(n + 1) is \(item.typeName), expected an article object"))
        continue
      }
      do throws(InputError) {
        result.articles.append(try article(item, path: path, origin: origin, format: .json))
      } catch {
        result.problems.append(error)
      }
    }
    return result
  }

  /// Reads every line of `bytes` as one article object; `firstLine` is the number of the
  /// first line in the file (parts of a streamed file start further down).
  static func readJSONLines(_ bytes: [UInt8], path: String, firstLine: Int = 1) -> ReadResult {
    var result = ReadResult(articles: [])
    bytes.withUnsafeBufferPointer { p in
      var lineNumber = firstLine - 1
      var start = 0
      while start <= p.count {
        var end = start
        while end < p.count, p[end] != ByteText.newline { end += 1 }
        lineNumber += 1
        defer { start = end + 1 }
        var first = start
        while first < end, ByteText.isSpace(p[first]) { first += 1 }
        if first == end { continue }
        var parser = JSONInputParser(p, from: start, to: end)
        let value: JSONInputValue
        do throws(JSONInputError) {
          value = try parser.value()
          parser.skipSpace()
          if parser.i < end { throw parser.error("unexpected text after the JSON value") }
        } catch {
          result.problems.append(
            .malformed(path: path, line: lineNumber, reason: "\(error.reason) (column \(error.column))"))
          continue
        }
        guard case .object = value else {
          result.problems.append(
            .malformed(path: path, line: lineNumber, reason: "expected an article object, found \(value.typeName)"))
          continue
        }
        do throws(InputError) {
          result.articles.append(try article(value, path: path, origin: "\(path)#\(lineNumber)", format: .jsonl))
        } catch {
          result.problems.append(error)
        }
      }
    }
    return result
  }

  enum Field: Int { case text, title, date, url, source, id }

  /// Lowercase member name → field and rank (lower ranks win).
  static let fields: [String: (Field, Int)] = {
    var table: [String: (Field, Int)] = [:]
    for (field, keys) in [
      (Field.text, textKeys), (.title, titleKeys), (.date, dateKeys), (.url, urlKeys), (.source, sourceKeys),
      (.id, idKeys),
    ] {
      for (rank, key) in keys.enumerated() { table[key] = (field, rank) }
    }
    return table
  }()

  /// The members of `object` that name article fields, best-ranked per field.
  static func fieldValues(_ object: JSONInputValue) -> [JSONInputValue?] {
    var values = [JSONInputValue?](repeating: nil, count: 6)
    var ranks = [Int](repeating: .max, count: 6)
    guard case .object(let members) = object else { return values }
    for (key, value) in members {
      var lower = key
      if key.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
        lower = String(decoding: key.utf8.map(ByteText.lower), as: UTF8.self)
      }
      guard let (field, rank) = fields[lower], rank < ranks[field.rawValue] else { continue }
      ranks[field.rawValue] = rank
      values[field.rawValue] = value
    }
    return values
  }

  /// The article an object describes; errors name `origin`.
  static func article(_ object: JSONInputValue, path: String, origin: String, format: ArticleFormat) throws(InputError)
    -> Article
  {
    let values = fieldValues(object)
    var text = ""
    switch values[Field.text.rawValue] {
    case .string(let s)?: text = s
    case .array(let parts)?:
      text = parts.compactMap { if case .string(let s) = $0 { return s } else { return nil } }.joined(separator: "\n")
    default: break
    }
    text = cleaned(text)
    guard !text.isEmpty else { throw .noText(path: origin) }

    var published: CivilDate?
    switch values[Field.date.rawValue] {
    case nil, .null?: break
    case .string(let s)?:
      let value = ByteText.trimmed(s)
      if !value.isEmpty {
        guard let date = PublicationDate.parse(value) else { throw .badDate(path: origin, value: value) }
        published = date
      }
    case .number(let s)?: throw .badDate(path: origin, value: s)
    case let other?: throw .badDate(path: origin, value: other.typeName)
    }

    func string(_ field: Field) -> String? {
      switch values[field.rawValue] {
      case .string(let s)?:
        let t = ByteText.collapsed(s)
        return t.isEmpty ? nil : t
      case .number(let s)?: return s
      default: return nil
      }
    }
    var source = string(.source)
    if source == nil, let nested = values[Field.source.rawValue] {
      if case .string(let s)? = nested.member(["name", "title"]) { source = ByteText.collapsed(s) }
    }
    return Article(
      id: string(.id), title: string(.title), body: text, published: published, url: string(.url),
      source: source, origin: origin, format: format)
  }

  /// Trimmed text with LF line ends; HTML reduced to its text.
  static func cleaned(_ raw: String) -> String {
    var text = ByteText.trimmed(raw)
    if ByteText.contains(0x0D, in: text) { text = ByteText.string(InputDecoding.normalizeLineEnds(Array(text.utf8))) }
    if text.hasPrefix("<"), ArticleReader.sniffFormat(Array(text.utf8.prefix(4096))) == .html {
      text = HTMLReader.text(text)
    }
    return text
  }
}
