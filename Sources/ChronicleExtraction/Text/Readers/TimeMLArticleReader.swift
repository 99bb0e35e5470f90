/// One TimeML element: an annotation inside `<TEXT>` (`TIMEX3`, `EVENT`, `SIGNAL`…,
/// with its span), the document creation time, or a link outside the text
/// (`MAKEINSTANCE`, `TLINK`, `SLINK`, `ALINK`, without a span).
public struct TimeMLTag: Sendable, Equatable {
  /// Tag name as written (`TIMEX3`).
  public var name: String
  /// Attributes, values decoded.
  public var attributes: [String: String]
  /// UTF-8 byte offsets of the element's text in ``Article/body``; `nil` outside `<TEXT>`.
  public var range: Range<Int>?
  /// The element's text, tags stripped.
  public var text: String

  public init(name: String, attributes: [String: String], range: Range<Int>?, text: String) {
    self.name = name
    self.attributes = attributes
    self.range = range
    self.text = text
  }
}

/// A TimeML document: the article and its gold annotations, for evaluations.
public struct TimeMLAnnotatedArticle: Sendable {
  public var article: Article
  /// The `TIMEX3` inside `<DCT>`.
  public var creationTime: TimeMLTag?
  /// Elements inside `<TEXT>`, in document order of their start tags.
  public var annotations: [TimeMLTag]
  /// Elements outside `<TEXT>` and `<DCT>` other than the metadata ones (`MAKEINSTANCE`, `TLINK`…).
  public var links: [TimeMLTag]
  /// Add this to an annotation's range to get offsets in ``Article/fullText``.
  public var fullTextOffset: Int {
    guard let title = article.title, !title.isEmpty else { return 0 }
    return title.utf8.count + 2
  }
}

/// TimeML files (TimeBank, AQUAINT, TempEval, SemEval-2015 TimeLine).
///
/// - `<DOCID>` → id; the `value` of the `TIMEX3` in `<DCT>` → published (a
///   value that is no date leaves it empty, with a warning).
/// - Title: `<TITLE>`, else a `<HEADLINE>` outside the text, else a one-line
///   `<EXTRAINFO>` that is not just the document id and a category (SemEval
///   puts the headline there).
/// - Body: the content of `<TEXT>` with all tags stripped and character
///   references decoded, the text kept as it is except that leading and trailing
///   whitespace is trimmed and a line break is inserted after a sentence element
///   (`</s>`) that is directly followed by more text, since SemEval files put
///   all sentences of a document on one line.
/// - Tag names are matched case-insensitively.
public enum TimeMLArticleReader {
  /// Parses TimeML from raw file bytes (checked and decoded like any input).
  public static func parse(bytes: [UInt8], path: String) throws(InputError) -> TimeMLAnnotatedArticle {
    let decoded = try InputDecoding.decode(bytes, path: path)
    return try parseDecoded(decoded.bytes, path: path, annotations: true).document
  }

  static func read(_ bytes: [UInt8], path: String) throws(InputError) -> (Article, [String]) {
    let (doc, warnings) = try parseDecoded(bytes, path: path, annotations: false)
    return (doc.article, warnings)
  }

  static func parseDecoded(_ bytes: [UInt8], path: String, annotations: Bool) throws(InputError) -> (
    document: TimeMLAnnotatedArticle, warnings: [String]
  ) {
    var result: Result<(TimeMLAnnotatedArticle, [String]), InputError>!
    bytes.withUnsafeBufferPointer { p in
      var scanner = TimeMLScanner(p, annotations: annotations)
      scanner.run()
      result = scanner.document(path: path)
    }
    return try result.get()
  }
}

private struct TimeMLScanner {
  struct Open {
    var name: String
    var upper: String
    var attributes: [String: String]
    var start: Int
    var textStart: Int
  }

  let p: UnsafeBufferPointer<UInt8>
  var i = 0
  var inText = false
  var textSeen = false
  var body: [UInt8] = []
  var open: [Open] = []
  var annotations: [(start: Int, element: TimeMLTag)] = []
  var links: [TimeMLTag] = []
  var creationTime: TimeMLTag?
  var fields: [String: String] = [:]
  var extraInfoHasTags = false
  var extraInfoCount = 0
  /// Text of the metadata elements being read (outside the text), by upper-case name.
  var captures: [String: [UInt8]] = [:]
  var inDCT = false

  /// Whether annotations and links are collected (not needed for just the article).
  let collect: Bool

  init(_ p: UnsafeBufferPointer<UInt8>, annotations: Bool) {
    self.p = p
    self.collect = annotations
    body.reserveCapacity(p.count)
  }

  mutating func run() {
    let n = p.count
    while i < n {
      let b = p[i]
      if b == UInt8(ascii: "<") {
        markup()
      } else if b == UInt8(ascii: "&") {
        var decoded: [UInt8] = []
        if let next = HTMLEntities.decode(p, at: i, end: n, into: &decoded) {
          i = next
          text(decoded)
        } else {
          text([b])
          i += 1
        }
      } else {
        var j = i
        while j < n, p[j] != UInt8(ascii: "<"), p[j] != UInt8(ascii: "&") { j += 1 }
        let run = UnsafeBufferPointer(rebasing: p[i..<j])
        if inText { body.append(contentsOf: run) }
        if !captures.isEmpty { for key in captures.keys { captures[key]!.append(contentsOf: run) } }
        i = j
      }
    }
  }

  mutating func text(_ bytes: [UInt8]) {
    if inText { body.append(contentsOf: bytes) }
    if !captures.isEmpty { for key in captures.keys { captures[key]!.append(contentsOf: bytes) } }
  }

  mutating func markup() {
    let n = p.count
    guard i + 1 < n else {
      text([UInt8(ascii: "<")])
      i += 1
      return
    }
    let c = p[i + 1]
    if c == UInt8(ascii: "!") {
      if ByteText.hasPrefixLower(p, at: i + 2, "--") {
        i = (ByteText.find("-->", in: p, from: i + 4) ?? (n - 3)) + 3
      } else if ByteText.hasPrefixLower(p, at: i + 2, "[cdata[") {
        let start = i + 9
        let stop = ByteText.find("]]>", in: p, from: start) ?? n
        text(Array(UnsafeBufferPointer(rebasing: p[start..<stop])))
        i = min(n, stop + 3)
      } else {
        skipPast(from: i + 2)
      }
      return
    }
    if c == UInt8(ascii: "?") {
      skipPast(from: i + 2)
      return
    }
    let closing = c == UInt8(ascii: "/")
    let nameStart = closing ? i + 2 : i + 1
    var j = nameStart
    while j < n, !ByteText.isSpace(p[j]), p[j] != UInt8(ascii: ">"), p[j] != UInt8(ascii: "/") { j += 1 }
    guard j > nameStart, ByteText.isLetter(p[nameStart]) else {
      text([UInt8(ascii: "<")])
      i += 1
      return
    }
    let name = ByteText.string(UnsafeBufferPointer(rebasing: p[nameStart..<j]))
    let upper = name.uppercased()
    if closing {
      skipPast(from: j)
      endTag(upper)
    } else {
      let keep = collect || (inDCT && upper == "TIMEX3")
      let (attributes, selfClosing) = parseAttributes(from: j, keep: keep)
      startTag(name, upper, attributes, selfClosing: selfClosing)
    }
  }

  mutating func skipPast(from: Int) {
    var j = from
    while j < p.count, p[j] != UInt8(ascii: ">") { j += 1 }
    i = min(p.count, j + 1)
  }

  /// Reads the attributes up to `>` (decoded into a dictionary only when `keep`)
  /// and whether the tag ends with `/>`.
  mutating func parseAttributes(from: Int, keep: Bool) -> ([String: String], Bool) {
    var attributes: [String: String] = [:]
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
        selfClosing = true
        j += 1
        continue
      }
      let nameStart = j
      while j < n, !ByteText.isSpace(p[j]), p[j] != UInt8(ascii: "="), p[j] != UInt8(ascii: ">"), p[j] != UInt8(ascii: "/") {
        j += 1
      }
      if j == nameStart {
        j += 1
        continue
      }
      let nameEnd = j
      while j < n, ByteText.isSpace(p[j]) { j += 1 }
      var valueRange = j..<j
      if j < n, p[j] == UInt8(ascii: "=") {
        j += 1
        while j < n, ByteText.isSpace(p[j]) { j += 1 }
        if j < n, p[j] == UInt8(ascii: "\"") || p[j] == UInt8(ascii: "'") {
          let q = p[j]
          let s = j + 1
          var e = s
          while e < n, p[e] != q { e += 1 }
          valueRange = s..<e
          j = min(n, e + 1)
        } else {
          let s = j
          while j < n, !ByteText.isSpace(p[j]), p[j] != UInt8(ascii: ">") { j += 1 }
          valueRange = s..<j
        }
      }
      if keep {
        let name = ByteText.string(UnsafeBufferPointer(rebasing: p[nameStart..<nameEnd]))
        attributes[name] = HTMLEntities.decode(ByteText.string(UnsafeBufferPointer(rebasing: p[valueRange])))
      }
    }
    i = j
    return (attributes, selfClosing)
  }

  static let metadataElements: Set<String> = ["DOCID", "TITLE", "HEADLINE", "EXTRAINFO"]

  mutating func startTag(_ name: String, _ upper: String, _ attributes: [String: String], selfClosing: Bool) {
    if inText {
      guard collect else { return }
      if selfClosing {
        annotations.append(
          (body.count, TimeMLTag(name: name, attributes: attributes, range: body.count..<body.count, text: "")))
      } else {
        open.append(Open(name: name, upper: upper, attributes: attributes, start: annotations.count, textStart: body.count))
        annotations.append((body.count, TimeMLTag(name: name, attributes: attributes, range: nil, text: "")))
      }
      return
    }
    if captures["EXTRAINFO"] != nil { extraInfoHasTags = true }
    switch upper {
    case "TEXT":
      if !selfClosing, !textSeen {
        inText = true
        textSeen = true
      }
    case "DCT":
      inDCT = !selfClosing
    case "TIMEX3" where inDCT:
      if creationTime == nil {
        creationTime = TimeMLTag(name: name, attributes: attributes, range: nil, text: "")
        if !selfClosing { captures["DCT-TIMEX3"] = [] }
      }
    case _ where TimeMLScanner.metadataElements.contains(upper):
      if !selfClosing, captures[upper] == nil {
        captures[upper] = []
        if upper == "EXTRAINFO" {
          extraInfoHasTags = false
          extraInfoCount += 1
        }
      }
    case "TIMEML", "DOCTYPE", "SLUG", "HEADER", "TRAILER", "DATE_TIME", "CATEGORY":
      break
    default:
      if collect, captures.isEmpty, !inDCT {
        links.append(TimeMLTag(name: name, attributes: attributes, range: nil, text: ""))
      }
    }
  }

  mutating func endTag(_ upper: String) {
    if inText {
      if upper == "TEXT" {
        inText = false
        // Close anything left open.
        while let o = open.popLast() { finish(o) }
        return
      }
      if let k = open.lastIndex(where: { $0.upper == upper }) {
        while open.count > k + 1 { finish(open.removeLast()) }
        finish(open.removeLast())
      }
      // Sentences: a line break when the next sentence follows directly.
      if upper == "S", i < p.count, !ByteText.isSpace(p[i]) { body.append(ByteText.newline) }
      return
    }
    if upper == "DCT" {
      inDCT = false
      return
    }
    let key = upper == "TIMEX3" && captures["DCT-TIMEX3"] != nil ? "DCT-TIMEX3" : upper
    guard let captured = captures.removeValue(forKey: key) else { return }
    let value = ByteText.collapsed(ByteText.string(captured))
    switch key {
    case "DCT-TIMEX3":
      creationTime?.text = value
    case "EXTRAINFO":
      // Only a single, tag-free EXTRAINFO line is a headline candidate.
      if extraInfoCount == 1, !extraInfoHasTags, isOneLine(captured) { fields["EXTRAINFO"] = value }
    default:
      if fields[key] == nil, !value.isEmpty { fields[key] = value }
    }
  }

  func isOneLine(_ bytes: [UInt8]) -> Bool {
    ByteText.lines(bytes).filter { !ByteText.isBlankLine($0) }.count == 1
  }

  mutating func finish(_ o: Open) {
    let range = o.textStart..<body.count
    annotations[o.start].element.range = range
    annotations[o.start].element.text = ByteText.string(body[range])
  }

  mutating func document(path: String) -> Result<(TimeMLAnnotatedArticle, [String]), InputError> {
    guard textSeen else { return .failure(.noText(path: path)) }
    while let o = open.popLast() { finish(o) }
    // Trim the body and shift the annotation ranges.
    var lo = 0
    var hi = body.count
    while lo < hi, ByteText.isSpace(body[lo]) { lo += 1 }
    while hi > lo, ByteText.isSpace(body[hi - 1]) { hi -= 1 }
    guard hi > lo else { return .failure(.noText(path: path)) }
    let text = ByteText.string(body[lo..<hi])
    let elements = annotations.map { entry -> TimeMLTag in
      var e = entry.element
      if let r = e.range {
        let s = min(max(r.lowerBound - lo, 0), hi - lo)
        let t = min(max(r.upperBound - lo, s), hi - lo)
        e.range = s..<t
      }
      return e
    }
    var warnings: [String] = []
    var published: CivilDate?
    if let value = creationTime?.attributes["value"] {
      published = PublicationDate.parse(value)
      if published == nil {
        warnings.append("\(path): the creation time '\(value)' is not a date; the article has no publication date")
      }
    }
    let id = fields["DOCID"]
    var title = fields["TITLE"] ?? fields["HEADLINE"]
    if title == nil, let extra = fields["EXTRAINFO"], !extra.isEmpty {
      let looksLikeID = id.map { extra.hasPrefix($0) } ?? false
      if !looksLikeID { title = extra }
    }
    let article = Article(
      id: id, title: title, body: text, published: published, origin: path, format: .timeml)
    return .success(
      (TimeMLAnnotatedArticle(article: article, creationTime: creationTime, annotations: elements, links: links), warnings))
  }
}
