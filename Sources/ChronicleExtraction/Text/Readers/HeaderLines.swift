/// Metadata gathered from an input's headers, front matter or meta tags.
struct ArticleMetadata {
  var id: String?
  var title: String?
  var published: CivilDate?
  var updated: CivilDate?
  var url: String?
  var source: String?

  /// Sets each field that is still empty.
  mutating func set(_ field: HeaderLines.Field, _ value: String, date: CivilDate?) {
    switch field {
    case .title: if title == nil { title = value }
    case .published: if published == nil { published = date }
    case .updated: if updated == nil { updated = date }
    case .source: if source == nil { source = value }
    case .url: if url == nil { url = value }
    case .id: if id == nil { id = value }
    case .author: break
    }
  }

  /// The publication date, else the last-updated date.
  var date: CivilDate? { published ?? updated }
}

/// `Key: value` header lines at the top of plain-text and Markdown articles
/// (`Date: 2022-10-17`, `Published: Oct. 17, 2022`, `Source: The Hill`, `URL: …`),
/// and the same keys in Markdown front matter.
///
/// Keys are case-insensitive; spaces, `_` and `-` inside keys are equivalent
/// (`Publication Date`, `publication_date`). A date key counts only when its
/// value parses as a date (``PublicationDate``), a URL key only when the value
/// looks like a URL, so ordinary sentences with a colon are not taken for headers.
enum HeaderLines {
  enum Field {
    case title, published, updated, source, url, id
    /// Recognized and removed from the text, but not stored (Article has no author).
    case author
  }

  static let keys: [String: Field] = {
    var k: [String: Field] = [:]
    for key in ["title", "headline", "head line", "heading"] { k[key] = .title }
    for key in [
      "date", "published", "publication date", "pub date", "pubdate", "published on", "published at",
      "date published", "publish date", "posted", "posted on", "posted at", "dated", "dct",
      "creation date", "created",
    ] { k[key] = .published }
    for key in ["updated", "last updated", "updated on", "updated at", "modified", "last modified", "date modified"] {
      k[key] = .updated
    }
    for key in ["source", "publisher", "publication", "outlet", "site", "site name", "news source", "newspaper", "agency"] {
      k[key] = .source
    }
    for key in ["url", "link", "canonical", "canonical url", "permalink", "original url", "source url"] {
      k[key] = .url
    }
    for key in ["id", "doc id", "docid", "document id", "doc no", "docno"] { k[key] = .id }
    for key in ["author", "authors", "by", "byline", "writer", "reporter", "written by"] { k[key] = .author }
    return k
  }()

  /// The field a key names (`"Publication_Date"` → `.published`), or `nil`.
  static func field(forKey raw: some Collection<UInt8>) -> Field? {
    guard raw.count <= 24 else { return nil }
    var key: [UInt8] = []
    var pendingSpace = false
    for b in raw {
      if b == 0x20 || b == 0x09 || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") {
        pendingSpace = !key.isEmpty
      } else if ByteText.isLetter(b) {
        if pendingSpace { key.append(0x20) }
        pendingSpace = false
        key.append(ByteText.lower(b))
      } else {
        return nil
      }
    }
    return keys[String(decoding: key, as: UTF8.self)]
  }

  /// Parses a value for `field`; `nil` when it does not fit (a date key with no date).
  static func value(for field: Field, _ raw: String) -> (String, CivilDate?)? {
    let value = ByteText.trimmed(raw)
    guard !value.isEmpty, value.utf8.count <= 400 else { return nil }
    switch field {
    case .published, .updated:
      guard let date = PublicationDate.parse(value) else { return nil }
      return (value, date)
    case .url:
      guard value.contains("://") || value.hasPrefix("www.") else { return nil }
      guard !value.contains(" ") else { return nil }
      return (value, nil)
    case .id:
      guard value.utf8.count <= 120 else { return nil }
      return (value, nil)
    case .title, .source, .author:
      return (value, nil)
    }
  }

  /// Reads `line` as a `Key: value` header line.
  static func parse(_ line: ArraySlice<UInt8>) -> (Field, String, CivilDate?)? {
    let t = ByteText.trimmed(line)
    guard let first = t.first, ByteText.isLetter(first), let colon = t.firstIndex(of: UInt8(ascii: ":")) else {
      return nil
    }
    guard let field = field(forKey: t[t.startIndex..<colon]) else { return nil }
    let raw = ByteText.string(t[(colon + 1)...])
    guard let (value, date) = value(for: field, raw) else { return nil }
    return (field, value, date)
  }

  /// Consumes header lines from `lines[k...]` (blank lines between them too),
  /// storing them in `meta`; returns the index of the first line that is neither.
  static func consume(_ lines: [ArraySlice<UInt8>], from k: Int, into meta: inout ArticleMetadata) -> Int {
    var k = k
    var next = k
    while k < lines.count {
      if ByteText.isBlankLine(lines[k]) {
        k += 1
        continue
      }
      guard let (field, value, date) = parse(lines[k]) else { break }
      meta.set(field, value, date: date)
      k += 1
      next = k
    }
    // Leave trailing blank lines to the caller (they separate headers from text).
    return next
  }
}
