/// Plain-text articles.
///
/// - `Key: value` header lines (see ``HeaderLines``) before the headline, or right
///   after it, become metadata and leave the text.
/// - The first other non-empty line is the headline; the rest is the body. A file
///   with a single line of text has no headline: that line is the body.
/// - Hard-wrapped text (paragraphs of several lines of 40–100 characters, most
///   not ending a sentence) is unwrapped so that each paragraph is one line,
///   since a line break always ends a sentence for ``TextAnalyzer``.
enum PlainTextReader {
  static func read(_ bytes: [UInt8], path: String) throws(InputError) -> Article {
    let lines = ByteText.lines(bytes)
    var meta = ArticleMetadata()
    var k = HeaderLines.consume(lines, from: 0, into: &meta)
    while k < lines.count, ByteText.isBlankLine(lines[k]) { k += 1 }
    var title: String?
    if meta.title == nil, k < lines.count {
      title = ByteText.string(ByteText.trimmed(lines[k]))
      k += 1
      k = HeaderLines.consume(lines, from: k, into: &meta)
    } else {
      title = meta.title
    }
    var body = bodyText(Array(lines[k...]))
    if body.isEmpty {
      guard meta.title == nil, let line = title else { throw .noText(path: path) }
      body = line
      title = nil
    }
    return Article(
      id: meta.id, title: title, body: body, published: meta.date, url: meta.url, source: meta.source,
      origin: path, format: .text)
  }

  /// The lines as one string, blank lines at both ends dropped, trailing spaces
  /// trimmed, unwrapped when hard-wrapped.
  static func bodyText(_ lines: [ArraySlice<UInt8>]) -> String {
    var lo = 0
    var hi = lines.count
    while lo < hi, ByteText.isBlankLine(lines[lo]) { lo += 1 }
    while hi > lo, ByteText.isBlankLine(lines[hi - 1]) { hi -= 1 }
    let kept = Array(lines[lo..<hi])
    if let unwrapped = unwrap(kept) { return unwrapped }
    var out = [UInt8]()
    for (n, line) in kept.enumerated() {
      if n > 0 { out.append(ByteText.newline) }
      var end = line.endIndex
      while end > line.startIndex, ByteText.isBlank(line[end - 1]) { end -= 1 }
      out.append(contentsOf: line[line.startIndex..<end])
    }
    return ByteText.string(out)
  }

  /// Joins the lines of each paragraph when the text is hard-wrapped; `nil` when not.
  static func unwrap(_ lines: [ArraySlice<UInt8>]) -> String? {
    var joinable = 0
    var wrappedLooking = 0
    var sentenceEnds = 0
    for n in 0..<max(0, lines.count - 1) {
      let line = ByteText.trimmed(lines[n])
      let next = ByteText.trimmed(lines[n + 1])
      guard !line.isEmpty, !next.isEmpty else { continue }
      joinable += 1
      if (40...100).contains(lines[n].count) { wrappedLooking += 1 }
      if let last = line.last, endsSentence(last) { sentenceEnds += 1 }
    }
    guard joinable >= 3, wrappedLooking * 10 >= joinable * 8, sentenceEnds * 2 < joinable else { return nil }
    var out = [UInt8]()
    var inParagraph = false
    for line in lines {
      let t = ByteText.trimmed(line)
      if t.isEmpty {
        inParagraph = false
        continue
      }
      if inParagraph && !startsListItem(t) {
        out.append(ByteText.space)
      } else if !out.isEmpty {
        out.append(ByteText.newline)
      }
      out.append(contentsOf: t)
      inParagraph = true
    }
    return ByteText.string(out)
  }

  static func endsSentence(_ b: UInt8) -> Bool {
    b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: "\"")
      || b == UInt8(ascii: ":") || b == 0x9D /* ” */ || b == 0x99 /* ’ */
  }

  static func startsListItem(_ t: ArraySlice<UInt8>) -> Bool {
    guard let first = t.first else { return false }
    let second = t.dropFirst().first
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
      return second == ByteText.space
    }
    if ByteText.isDigit(first) {
      var i = t.startIndex
      while i < t.endIndex, ByteText.isDigit(t[i]) { i += 1 }
      return i < t.endIndex && (t[i] == UInt8(ascii: ".") || t[i] == UInt8(ascii: ")"))
        && i + 1 < t.endIndex && t[i + 1] == ByteText.space
    }
    return false
  }
}
