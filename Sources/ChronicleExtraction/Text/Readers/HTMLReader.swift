/// What an HTML page gave: its text and metadata.
struct HTMLExtraction {
  var title: String?
  var body: String
  var published: CivilDate?
  var updated: CivilDate?
  var url: String?
  var source: String?
}

/// HTML articles, read by a hand-written byte scanner in one pass.
///
/// Metadata:
/// - title: `<meta property="og:title">`, else the first `<h1>`, else
///   `twitter:title`, else JSON-LD `headline`, else `<title>` (without a trailing
///   "| Site" or "- Site name" part);
/// - publication date: `article:published_time` and the other usual meta names
///   (`property=`, `name=` or `itemprop=`), else JSON-LD `datePublished`, else the
///   first `<time datetime>` (preferring one marked `pubdate`/`datePublished`,
///   then one inside the article); the modified date is the fallback;
/// - url: `<link rel="canonical">`, else `og:url`, else JSON-LD `url`;
/// - source: `og:site_name`, else JSON-LD `publisher.name`.
///
/// Text: `<head>`, `<script>`, `<style>`, `<noscript>`, `<template>`, `<svg>`,
/// `<math>`, `<iframe>`, form controls, comments and boilerplate (`<nav>`,
/// `<header>`, `<footer>`, `<aside>`, elements with `hidden`, `aria-hidden="true"`
/// or a navigation/banner/contentinfo/complementary role) are dropped. Block
/// elements end lines, so a paragraph is one line; whitespace collapses;
/// character references are decoded (no-break spaces become spaces, soft
/// hyphens vanish). The text of an `itemprop="articleBody"` element, else of the
/// longest `<article>`, else of `<main>`, is preferred to the whole page when it
/// is substantial. A first line repeating the headline is dropped.
enum HTMLReader {
  static func read(_ bytes: [UInt8], path: String) throws(InputError) -> Article {
    let x = extract(bytes)
    guard !x.body.isEmpty else { throw .noText(path: path) }
    return Article(
      title: x.title, body: x.body, published: x.published ?? x.updated, url: x.url, source: x.source,
      origin: path, format: .html)
  }

  static func extract(_ bytes: [UInt8]) -> HTMLExtraction {
    bytes.withUnsafeBufferPointer { p in
      var scanner = HTMLScanner(p)
      scanner.run()
      return scanner.result()
    }
  }

  /// Just the text of an HTML fragment (used for HTML inside JSON fields).
  static func text(_ s: String) -> String {
    extract(Array(s.utf8)).body
  }
}

/// A lowercase tag name of up to 16 bytes packed into two integers (longer names
/// all compare equal to ``TagName/long``, which no rule uses).
struct TagName: Hashable {
  var a: UInt64 = 0
  var b: UInt64 = 0

  static let long = TagName(a: .max, b: .max)

  init(a: UInt64, b: UInt64) {
    self.a = a
    self.b = b
  }

  init(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    guard range.count <= 16 else {
      self = .long
      return
    }
    var k = 0
    for i in range {
      let v = UInt64(ByteText.lower(p[i]))
      if k < 8 { a |= v << (8 * UInt64(k)) } else { b |= v << (8 * UInt64(k - 8)) }
      k += 1
    }
  }

  init(_ s: String) {
    let bytes = Array(s.utf8)
    self = bytes.withUnsafeBufferPointer { TagName($0, 0..<$0.count) }
  }
}

private enum TagKind {
  case block, lineBreak, cell, skip, raw, title, h1, time, meta, link, script, article, main, body, html, header
}

/// An open-addressing table from tag names to kinds (faster than a `Dictionary`
/// for the one lookup every tag needs).
private struct TagTable: Sendable {
  var keys: [TagName]
  var values: [TagKind]
  let mask: Int

  init(_ entries: [TagName: TagKind]) {
    let size = 512
    mask = size - 1
    keys = Array(repeating: TagName(a: 0, b: 0), count: size)
    values = Array(repeating: .block, count: size)
    for (key, value) in entries {
      var h = TagTable.slot(key, mask)
      while keys[h] != TagName(a: 0, b: 0) { h = (h + 1) & mask }
      keys[h] = key
      values[h] = value
    }
  }

  @inline(__always) static func slot(_ t: TagName, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: ((t.a ^ (t.b &* 31)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  @inline(__always) func kind(_ t: TagName) -> TagKind? {
    var h = TagTable.slot(t, mask)
    while true {
      let k = keys[h]
      if k == t { return values[h] }
      if k.a == 0 && k.b == 0 { return nil }
      h = (h + 1) & mask
    }
  }
}

private let tagKinds = TagTable(tagKindEntries)

private let tagKindEntries: [TagName: TagKind] = {
  var k: [TagName: TagKind] = [:]
  for name in [
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
    "table", "thead", "tbody", "tfoot", "caption", "section", "address", "center", "details", "summary",
    "figure", "figcaption", "hr", "pre", "hgroup", "fieldset", "legend", "dialog", "option", "menu",
    "picture", "video", "audio",
  ] {
    k[TagName(name)] = .block
  }
  k[TagName("br")] = .lineBreak
  k[TagName("td")] = .cell
  k[TagName("th")] = .cell
  for name in ["nav", "footer", "aside", "template", "svg", "math", "head", "select", "button", "object", "canvas", "map", "datalist"] {
    k[TagName(name)] = .skip
  }
  k[TagName("header")] = .header
  for name in ["style", "noscript", "iframe", "textarea", "xmp", "noembed", "noframes", "plaintext"] {
    k[TagName(name)] = .raw
  }
  k[TagName("script")] = .script
  k[TagName("title")] = .title
  k[TagName("h1")] = .h1
  k[TagName("time")] = .time
  k[TagName("meta")] = .meta
  k[TagName("link")] = .link
  k[TagName("article")] = .article
  k[TagName("main")] = .main
  k[TagName("body")] = .body
  k[TagName("html")] = .html
  return k
}()

private let svgName = TagName("svg")
private let mathName = TagName("math")
private let headName = TagName("head")

private struct HTMLScanner {
  enum TrackKind { case skip, skipHeader, article, main, articleBody }

  struct Tracker {
    var name: TagName
    var depth: Int
    var kind: TrackKind
    var start: Int
  }

  struct Attr {
    var name: Range<Int>
    var value: Range<Int>?
  }

  let p: UnsafeBufferPointer<UInt8>
  let kinds = tagKinds
  var i = 0
  var out: [UInt8] = []
  var pendingSpace = false
  var pendingBreak = false
  var trackers: [Tracker] = []
  var skipCount = 0
  var nonHeaderSkipCount = 0
  var contentCount = 0
  var attrs: [Attr] = []
  var entity: [UInt8] = []

  // Captures.
  var capturingH1 = false
  var h1: [UInt8] = []
  var h1Done = false
  var captureSpace = false
  var title: String?
  var metas: [String: String] = [:]
  var canonical: String?
  var timeDate: CivilDate?
  var timeRank = Int.max
  var jsonLD: [String] = []
  var ranges: [TrackKind: [Range<Int>]] = [:]

  init(_ p: UnsafeBufferPointer<UInt8>) {
    self.p = p
    out.reserveCapacity(p.count / 2)
    attrs.reserveCapacity(16)
  }

  // MARK: - Scanning

  mutating func run() {
    let n = p.count
    while i < n {
      // Find the next '<'.
      var j = i
      while j < n, p[j] != UInt8(ascii: "<") { j += 1 }
      if j > i { text(upTo: j) }
      guard j < n else { break }
      i = j
      markup()
    }
  }

  /// Handles the markup at `p[i] == '<'`.
  mutating func markup() {
    let n = p.count
    guard i + 1 < n else {
      put(UInt8(ascii: "<"))
      i += 1
      return
    }
    let c = p[i + 1]
    if c == UInt8(ascii: "!") {
      if i + 3 < n, p[i + 2] == UInt8(ascii: "-"), p[i + 3] == UInt8(ascii: "-") {
        i = (ByteText.find("-->", in: p, from: i + 4) ?? (n - 3)) + 3
      } else if ByteText.hasPrefixLower(p, at: i + 2, "[cdata[") {
        i = (ByteText.find("]]>", in: p, from: i + 9) ?? (n - 3)) + 3
      } else {
        skipPast(UInt8(ascii: ">"), from: i + 2)
      }
    } else if c == UInt8(ascii: "?") {
      skipPast(UInt8(ascii: ">"), from: i + 2)
    } else if c == UInt8(ascii: "/") {
      if i + 2 < n, ByteText.isLetter(p[i + 2]) {
        endTag()
      } else {
        skipPast(UInt8(ascii: ">"), from: i + 2)
      }
    } else if ByteText.isLetter(c) {
      startTag()
    } else {
      put(UInt8(ascii: "<"))
      i += 1
    }
  }

  mutating func skipPast(_ b: UInt8, from: Int) {
    var j = from
    while j < p.count, p[j] != b { j += 1 }
    i = min(p.count, j + 1)
  }

  func nameEnd(from: Int) -> Int {
    var j = from
    while j < p.count {
      let b = p[j]
      if ByteText.isSpace(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ">") { break }
      j += 1
    }
    return j
  }

  mutating func endTag() {
    let nameStart = i + 2
    let nameStop = nameEnd(from: nameStart)
    let name = TagName(p, nameStart..<nameStop)
    skipPast(UInt8(ascii: ">"), from: nameStop)
    let kind = kinds.kind(name)
    switch kind {
    case .block, .article, .main, .header: pendingBreak = true
    case .lineBreak: pendingBreak = true
    case .h1:
      pendingBreak = true
      if capturingH1 {
        capturingH1 = false
        h1Done = !h1.isEmpty
      }
    case .body, .html:
      closeAll()
      return
    default: break
    }
    close(name)
  }

  mutating func startTag() {
    let nameStart = i + 1
    let nameStop = nameEnd(from: nameStart)
    let name = TagName(p, nameStart..<nameStop)
    let selfClosing = parseAttributes(from: nameStop)
    let kind = kinds.kind(name)
    let open = !selfClosing && kind != .lineBreak && kind != .meta && kind != .link

    // Nested elements of a tracked name deepen their trackers.
    if open {
      for t in trackers.indices where trackers[t].name == name { trackers[t].depth += 1 }
    }

    if capturingH1, kind == .lineBreak || kind == .block || kind == .cell { captureSpace = true }
    switch kind {
    case .block: pendingBreak = true
    case .lineBreak: pendingBreak = true
    case .cell: pendingSpace = true
    case .meta: meta()
    case .link: link()
    case .time: time()
    case .h1:
      pendingBreak = true
      if !h1Done && !selfClosing {
        capturingH1 = true
        h1.removeAll(keepingCapacity: true)
        captureSpace = false
      }
    case .title:
      if !selfClosing { titleElement(name) }
      return
    case .script:
      if !selfClosing { script(name) }
      return
    case .raw:
      if !selfClosing { i = rawTextBounds(name).after }
      return
    case .body:
      pendingBreak = true
      // The head ends where the body starts, even when `</head>` is missing.
      for t in trackers.indices.reversed() where trackers[t].name == headName { remove(t) }
      return
    case .skip, .header:
      if open { push(name, kind == .header ? .skipHeader : .skip) }
      return
    case .article:
      pendingBreak = true
      if open, skipCount == 0 { push(name, .article) }
    case .main:
      pendingBreak = true
      if open, skipCount == 0 { push(name, .main) }
    case .html, .none: break
    }
    guard open, skipCount == 0 else { return }
    // Attributes that hide an element or mark its role.
    for a in attrs {
      if ByteText.equalsLower(p, a.name, "hidden") {
        push(name, .skip)
        return
      }
      guard let v = a.value else { continue }
      if ByteText.equalsLower(p, a.name, "aria-hidden"), ByteText.equalsLower(p, v, "true") {
        push(name, .skip)
        return
      }
      if ByteText.equalsLower(p, a.name, "role") {
        for role in ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar"]
        where equalsLower(v, role) {
          push(name, role == "banner" ? .skipHeader : .skip)
          return
        }
        if ByteText.equalsLower(p, v, "main"), kind != .main { push(name, .main) }
      }
      if ByteText.equalsLower(p, a.name, "itemprop"), ByteText.equalsLower(p, v, "articlebody") {
        push(name, .articleBody)
      }
    }
  }

  func equalsLower(_ range: Range<Int>, _ word: String) -> Bool {
    guard range.count == word.utf8.count else { return false }
    var k = range.lowerBound
    for b in word.utf8 {
      if ByteText.lower(p[k]) != b { return false }
      k += 1
    }
    return true
  }

  /// Reads attributes up to the closing `>`; returns whether the tag ends with `/>`.
  mutating func parseAttributes(from: Int) -> Bool {
    attrs.removeAll(keepingCapacity: true)
    let n = p.count
    var j = from
    var selfClosing = false
    while j < n {
      let b = p[j]
      if ByteText.isSpace(b) {
        j += 1
        continue
      }
      if b == UInt8(ascii: ">") {
        j += 1
        break
      }
      if b == UInt8(ascii: "/") {
        selfClosing = j + 1 < n && p[j + 1] == UInt8(ascii: ">")
        j += 1
        continue
      }
      selfClosing = false
      let nameStart = j
      while j < n {
        let c = p[j]
        if ByteText.isSpace(c) || c == UInt8(ascii: "=") || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") {
          break
        }
        j += 1
      }
      if j == nameStart { j += 1 }  // a stray '=' or similar
      var attr = Attr(name: nameStart..<j, value: nil)
      var k = j
      while k < n, ByteText.isSpace(p[k]) { k += 1 }
      if k < n, p[k] == UInt8(ascii: "=") {
        k += 1
        while k < n, ByteText.isSpace(p[k]) { k += 1 }
        if k < n, p[k] == UInt8(ascii: "\"") || p[k] == UInt8(ascii: "'") {
          let quote = p[k]
          let valueStart = k + 1
          var e = valueStart
          while e < n, p[e] != quote { e += 1 }
          attr.value = valueStart..<e
          j = min(n, e + 1)
        } else {
          let valueStart = k
          var e = k
          while e < n, !ByteText.isSpace(p[e]), p[e] != UInt8(ascii: ">") { e += 1 }
          attr.value = valueStart..<e
          j = e
        }
      }
      attrs.append(attr)
    }
    i = j
    return selfClosing
  }

  /// The decoded value of attribute `name` of the current tag.
  func attribute(_ name: StaticString) -> String? {
    for a in attrs where ByteText.equalsLower(p, a.name, name) {
      guard let v = a.value else { return "" }
      return decoded(v)
    }
    return nil
  }

  func hasAttribute(_ name: StaticString) -> Bool {
    attrs.contains { ByteText.equalsLower(p, $0.name, name) }
  }

  func decoded(_ range: Range<Int>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(range.count)
    var k = range.lowerBound
    while k < range.upperBound {
      if p[k] == UInt8(ascii: "&"), let next = HTMLEntities.decode(p, at: k, end: range.upperBound, into: &bytes) {
        k = next
      } else {
        bytes.append(p[k])
        k += 1
      }
    }
    return ByteText.collapsed(ByteText.string(bytes))
  }

  /// Where the raw text starting at `i` ends: the start of its end tag `</name…>`
  /// and the index just past that tag (both the input's end when it is missing).
  func rawTextBounds(_ name: TagName) -> (end: Int, after: Int) {
    let n = p.count
    var j = i
    while j + 1 < n {
      if p[j] == UInt8(ascii: "<"), p[j + 1] == UInt8(ascii: "/") {
        let s = j + 2
        let e = nameEnd(from: s)
        if e > s, TagName(p, s..<e) == name {
          var k = e
          while k < n, p[k] != UInt8(ascii: ">") { k += 1 }
          return (j, min(n, k + 1))
        }
      }
      j += 1
    }
    return (n, n)
  }

  // MARK: - Elements

  mutating func meta() {
    guard let content = attribute("content") else { return }
    let key = attribute("property") ?? attribute("name") ?? attribute("itemprop")
    guard let key, !key.isEmpty, !content.isEmpty else { return }
    let lower = key.lowercased()
    if metas[lower] == nil { metas[lower] = content }
  }

  mutating func link() {
    guard canonical == nil, let rel = attribute("rel") else { return }
    if rel.lowercased().split(separator: " ").contains("canonical"), let href = attribute("href"), !href.isEmpty {
      canonical = href
    }
  }

  mutating func time() {
    var rank: Int
    if hasAttribute("pubdate") || attribute("itemprop")?.lowercased() == "datepublished" {
      rank = 0
    } else if contentCount > 0 && nonHeaderSkipCount == 0 {
      rank = 1
    } else if nonHeaderSkipCount == 0 {
      rank = 2
    } else {
      return
    }
    guard rank < timeRank, let value = attribute("datetime"), let date = PublicationDate.parse(value) else { return }
    timeRank = rank
    timeDate = date
  }

  mutating func titleElement(_ name: TagName) {
    let start = i
    let (stop, after) = rawTextBounds(name)
    let inGraphics = trackers.contains { $0.name == svgName || $0.name == mathName }
    if title == nil, !inGraphics, stop > start {
      let t = decoded(start..<stop)
      if !t.isEmpty { title = t }
    }
    i = after
  }

  mutating func script(_ name: TagName) {
    let isJSONLD = attribute("type")?.lowercased().contains("ld+json") ?? false
    let start = i
    let (stop, after) = rawTextBounds(name)
    if isJSONLD {
      if stop > start { jsonLD.append(ByteText.string(UnsafeBufferPointer(rebasing: p[start..<stop]))) }
    }
    i = after
  }

  // MARK: - Trackers

  mutating func push(_ name: TagName, _ kind: TrackKind) {
    trackers.append(Tracker(name: name, depth: 1, kind: kind, start: out.count))
    switch kind {
    case .skip:
      skipCount += 1
      nonHeaderSkipCount += 1
    case .skipHeader: skipCount += 1
    case .article, .main, .articleBody: contentCount += 1
    }
  }

  mutating func remove(_ t: Int) {
    let tracker = trackers.remove(at: t)
    switch tracker.kind {
    case .skip:
      skipCount -= 1
      nonHeaderSkipCount -= 1
    case .skipHeader: skipCount -= 1
    case .article, .main, .articleBody:
      contentCount -= 1
      ranges[tracker.kind, default: []].append(tracker.start..<out.count)
      pendingBreak = true
    }
  }

  mutating func close(_ name: TagName) {
    var t = trackers.count - 1
    while t >= 0 {
      if trackers[t].name == name {
        trackers[t].depth -= 1
        if trackers[t].depth == 0 { remove(t) }
      }
      t -= 1
    }
  }

  mutating func closeAll() {
    pendingBreak = true
    while !trackers.isEmpty { remove(trackers.count - 1) }
  }

  // MARK: - Text

  mutating func text(upTo stop: Int) {
    let emit = skipCount == 0
    guard emit || capturingH1 else {
      i = stop
      return
    }
    while i < stop {
      // A run of ordinary bytes goes in at once.
      var j = i
      while j < stop {
        let c = p[j]
        if c <= 0x20 || c == UInt8(ascii: "&") || c == 0xC2 { break }
        j += 1
      }
      if j > i {
        putRun(i..<j)
        i = j
        continue
      }
      let b = p[i]
      if b == UInt8(ascii: "&") {
        entity.removeAll(keepingCapacity: true)
        if let next = HTMLEntities.decode(p, at: i, end: stop, into: &entity) {
          i = next
          let e = entity
          if e.count == 2 && e[0] == 0xC2 && e[1] == 0xA0 {
            put(ByteText.space)
          } else if !(e.count == 2 && e[0] == 0xC2 && e[1] == 0xAD) && !(e.count == 3 && e[0] == 0xE2 && e[1] == 0x80 && e[2] == 0x8B) {
            for x in e { put(x) }
          }
          continue
        }
      } else if b == 0xC2, i + 1 < stop {
        if p[i + 1] == 0xA0 {
          put(ByteText.space)
          i += 2
          continue
        }
        if p[i + 1] == 0xAD {
          i += 2
          continue
        }
      }
      put(b)
      i += 1
    }
  }

  /// Appends `p[range]`, which holds no whitespace, `&` or 0xC2.
  mutating func putRun(_ range: Range<Int>) {
    let run = UnsafeBufferPointer(rebasing: p[range])
    if capturingH1 {
      if captureSpace && !h1.isEmpty { h1.append(ByteText.space) }
      captureSpace = false
      h1.append(contentsOf: run)
    }
    guard skipCount == 0 else { return }
    flushPending()
    out.append(contentsOf: run)
  }

  @inline(__always) mutating func flushPending() {
    if pendingBreak {
      if !out.isEmpty, out.last != ByteText.newline { out.append(ByteText.newline) }
      pendingBreak = false
      pendingSpace = false
    } else if pendingSpace {
      if !out.isEmpty, out.last != ByteText.newline { out.append(ByteText.space) }
      pendingSpace = false
    }
  }

  @inline(__always) mutating func put(_ b: UInt8) {
    let emit = skipCount == 0
    if ByteText.isSpace(b) {
      if emit { pendingSpace = true }
      if capturingH1 { captureSpace = true }
      return
    }
    if capturingH1 {
      if captureSpace && !h1.isEmpty { h1.append(ByteText.space) }
      captureSpace = false
      h1.append(b)
    }
    guard emit else { return }
    flushPending()
    out.append(b)
  }

  // MARK: - Result

  mutating func result() -> HTMLExtraction {
    closeAll()
    let whole = trimmedRange(0..<out.count)
    var chosen = whole
    for kind in [TrackKind.articleBody, .article, .main] {
      guard let candidates = ranges[kind] else { continue }
      let best = candidates.map(trimmedRange).max { $0.count < $1.count }
      if let best, best.count >= 200 || best.count * 4 >= whole.count, !best.isEmpty {
        chosen = best
        break
      }
    }
    var body = ByteText.string(out[chosen])

    let ld = linkedData()
    let h1Text = h1.isEmpty ? nil : ByteText.string(h1)
    let source = metas["og:site_name"] ?? ld.source
    var headline = metas["og:title"] ?? h1Text ?? metas["twitter:title"] ?? ld.headline
    if headline == nil, let t = title { headline = HTMLScanner.strippingSiteName(t, source: source) }
    headline = headline.map(ByteText.collapsed).flatMap { $0.isEmpty ? nil : $0 }

    // Drop a first line that repeats the headline.
    if let firstBreak = body.firstIndex(of: "\n") ?? (body.isEmpty ? nil : body.endIndex) {
      let first = String(body[..<firstBreak])
      if first == headline || first == h1Text {
        body = firstBreak < body.endIndex ? String(body[body.index(after: firstBreak)...]) : ""
      }
    }
    if body.isEmpty, let text = ld.body { body = ByteText.trimmed(text) }

    let publishedKeys = [
      "article:published_time", "article:published", "og:published_time", "og:article:published_time",
      "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
      "publication-date", "date", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created",
      "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate",
      "displaydate", "citation_publication_date",
    ]
    let metas = self.metas
    let published =
      publishedKeys.lazy.compactMap { metas[$0].flatMap(PublicationDate.parse) }.first
      ?? ld.published.flatMap(PublicationDate.parse) ?? timeDate
    let updatedKeys = ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"]
    let updated =
      updatedKeys.lazy.compactMap { metas[$0].flatMap(PublicationDate.parse) }.first
      ?? ld.modified.flatMap(PublicationDate.parse)
    return HTMLExtraction(
      title: headline, body: body, published: published, updated: updated,
      url: canonical ?? metas["og:url"] ?? ld.url, source: source)
  }

  func trimmedRange(_ r: Range<Int>) -> Range<Int> {
    var lo = r.lowerBound
    var hi = r.upperBound
    while lo < hi, ByteText.isSpace(out[lo]) { lo += 1 }
    while hi > lo, ByteText.isSpace(out[hi - 1]) { hi -= 1 }
    return lo..<hi
  }

  /// "Headline | Site" → "Headline"; "Headline - The Site" → "Headline" when the site is known.
  static func strippingSiteName(_ title: String, source: String?) -> String {
    let t = ByteText.collapsed(title)
    let parts = t.split(separator: " | ", omittingEmptySubsequences: false)
    if parts.count > 1 {
      let head = parts.dropLast().joined(separator: " | ")
      if !head.isEmpty { return head }
    }
    if let source, !source.isEmpty {
      for separator in [" - ", " – ", " — ", " :: ", " · "] where t.hasSuffix(separator + source) {
        return String(t.dropLast(separator.count + source.count))
      }
    }
    return t
  }

  struct LinkedData {
    var headline: String?
    var published: String?
    var modified: String?
    var url: String?
    var source: String?
    var body: String?
  }

  /// The first JSON-LD article-like object (one with `datePublished` or an `@type` ending in "Article").
  func linkedData() -> LinkedData {
    var found = LinkedData()
    for script in jsonLD {
      guard let value = try? JSONInputParser.parse(Array(script.utf8)) else { continue }
      if let article = HTMLScanner.findArticle(value) {
        func string(_ keys: [String]) -> String? {
          if case .string(let s)? = article.member(keys), !s.isEmpty { return s }
          return nil
        }
        found.headline = string(["headline"])
        found.published = string(["datepublished"])
        found.modified = string(["datemodified"])
        found.url = string(["url"])
        found.body = string(["articlebody"])
        switch article.member(["publisher"]) {
        case .string(let s)?: found.source = s
        case let publisher?:
          if case .string(let s)? = publisher.member(["name"]) { found.source = s }
        case nil: break
        }
        return found
      }
    }
    return found
  }

  static func findArticle(_ value: JSONInputValue, depth: Int = 0) -> JSONInputValue? {
    guard depth < 8 else { return nil }
    switch value {
    case .array(let items):
      for item in items { if let a = findArticle(item, depth: depth + 1) { return a } }
    case .object(let members):
      var types: [String] = []
      switch value.member(["@type"]) {
      case .string(let s)?: types = [s]
      case .array(let a)?: types = a.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
      default: break
      }
      if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" })
        || value.member(["datepublished"]) != nil
      {
        return value
      }
      for (_, v) in members {
        if case .array = v, let a = findArticle(v, depth: depth + 1) { return a }
        if case .object = v, let a = findArticle(v, depth: depth + 1) { return a }
      }
    default: break
    }
    return nil
  }
}
