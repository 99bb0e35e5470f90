/// Markdown articles.
///
/// Metadata: YAML-style front matter between `---` lines (or TOML between `+++`)
/// with `title`, `date`, `published`, `updated`, `url`, `source`, `id` and the
/// other keys ``HeaderLines`` knows; without front matter, `Key: value` header
/// lines at the top. The title is the front matter's, else the first `# Heading`
/// (or `Heading` underlined with `===`).
///
/// Text: markup is stripped and each paragraph, heading, list item or table row
/// becomes one line: heading `#`s, emphasis `*` `_` `~~` (not intraword `_`),
/// links `[text](url)` and `[text][ref]` → text, autolinks `<url>` → url, inline
/// code keeps its text; images, fenced code blocks, reference definitions,
/// footnote marks, horizontal rules, HTML comments and inline HTML tags are
/// dropped; list bullets and blockquote `>` markers go (their text stays);
/// character references are decoded.
enum MarkdownReader {
  static func read(_ bytes: [UInt8], path: String) throws(InputError) -> Article {
    let lines = ByteText.lines(bytes)
    var meta = ArticleMetadata()
    var k = 0
    if let end = frontMatter(lines, into: &meta) {
      k = end
    } else {
      k = HeaderLines.consume(lines, from: 0, into: &meta)
      var h = k
      while h < lines.count, ByteText.isBlankLine(lines[h]) { h += 1 }
      if meta.title == nil, h < lines.count, let (level, text) = atxHeading(ByteText.trimmed(lines[h])), level == 1 {
        meta.title = ByteText.string(inline(text))
        k = HeaderLines.consume(lines, from: h + 1, into: &meta)
      }
    }
    var blocks = Blocks(title: meta.title)
    for n in k..<lines.count { blocks.line(lines[n]) }
    blocks.flush()
    let title = blocks.title.map(ByteText.collapsed).flatMap { $0.isEmpty ? nil : $0 }
    var body = blocks.out[...]
    // Drop a first line that repeats the title.
    if let title {
      let firstEnd = body.firstIndex(of: ByteText.newline) ?? body.endIndex
      if body[..<firstEnd].elementsEqual(title.utf8) { body = body[min(body.endIndex, firstEnd + 1)...] }
    }
    guard !body.isEmpty else { throw .noText(path: path) }
    return Article(
      id: meta.id, title: title, body: ByteText.string(body), published: meta.date, url: meta.url, source: meta.source,
      origin: path, format: .markdown)
  }

  /// Reads front matter; returns the index of the line after it, or `nil` when there is none.
  static func frontMatter(_ lines: [ArraySlice<UInt8>], into meta: inout ArticleMetadata) -> Int? {
    guard let first = lines.first else { return nil }
    let open = ByteText.string(ByteText.trimmed(first))
    guard open == "---" || open == "+++" else { return nil }
    let toml = open == "+++"
    var n = 1
    var entries: [(ArraySlice<UInt8>, String)] = []
    while n < lines.count {
      let t = ByteText.trimmed(lines[n])
      let s = ByteText.string(t)
      if s == open || (!toml && s == "...") {
        for (key, value) in entries {
          guard let field = HeaderLines.field(forKey: key),
            let (v, date) = HeaderLines.value(for: field, unquoted(value))
          else { continue }
          meta.set(field, v, date: date)
        }
        return n + 1
      }
      let separator = toml ? UInt8(ascii: "=") : UInt8(ascii: ":")
      if let at = t.firstIndex(of: separator), at > t.startIndex {
        entries.append((ByteText.trimmed(t[t.startIndex..<at]), ByteText.string(t[(at + 1)...])))
      }
      n += 1
    }
    return nil
  }

  /// A YAML/TOML scalar without its quotes (and without a trailing `# comment` when unquoted).
  static func unquoted(_ raw: String) -> String {
    let v = ByteText.trimmed(raw)
    if v.count >= 2, let f = v.first, f == "\"" || f == "'", v.last == f {
      let inner = String(v.dropFirst().dropLast())
      return f == "\"" ? replacingAll(inner, "\\\"", with: "\"") : replacingAll(inner, "''", with: "'")
    }
    if let hash = v.firstRange(of: " #") { return String(v[..<hash.lowerBound]) }
    return v
  }

  /// `# Heading ##` → (1, "Heading").
  static func atxHeading(_ t: ArraySlice<UInt8>) -> (Int, ArraySlice<UInt8>)? {
    var level = 0
    var i = t.startIndex
    while i < t.endIndex, t[i] == UInt8(ascii: "#") {
      level += 1
      i += 1
    }
    guard (1...6).contains(level), i == t.endIndex || ByteText.isBlank(t[i]) else { return nil }
    var text = ByteText.trimmed(t[i...])
    // Closing sequence: trailing #s preceded by a space.
    var e = text.endIndex
    while e > text.startIndex, text[e - 1] == UInt8(ascii: "#") { e -= 1 }
    if e < text.endIndex, e == text.startIndex || ByteText.isBlank(text[e - 1]) {
      text = ByteText.trimmed(text[text.startIndex..<e])
    }
    return (level, text)
  }

  /// The block structure: one output line per paragraph, heading, item or row.
  struct Blocks {
    var title: String?
    /// The text so far: one line per block.
    var out: [UInt8] = []
    var paragraph: [UInt8] = []
    var scratch: [UInt8] = []
    var fence: (char: UInt8, count: Int)?
    var inComment = false

    init(title: String?) { self.title = title }

    mutating func flush() {
      guard !paragraph.isEmpty else { return }
      emit(ByteText.trimmed(paragraph[...]))
      paragraph.removeAll(keepingCapacity: true)
    }

    mutating func emit(_ raw: ArraySlice<UInt8>) {
      let start = out.count
      if !out.isEmpty { out.append(ByteText.newline) }
      let textStart = out.count
      scratch.removeAll(keepingCapacity: true)
      MarkdownReader.inline(raw, into: &scratch)
      ByteText.appendCollapsed(scratch, to: &out)
      if out.count == textStart { out.removeSubrange(start...) }
    }

    mutating func heading(_ level: Int, _ raw: ArraySlice<UInt8>) {
      if level == 1, title == nil {
        scratch.removeAll(keepingCapacity: true)
        MarkdownReader.inline(raw, into: &scratch)
        let text = ByteText.collapsed(ByteText.string(scratch))
        if !text.isEmpty {
          title = text
          return
        }
      }
      emit(raw)
    }

    mutating func line(_ raw: ArraySlice<UInt8>) {
      // Fenced code is dropped.
      if let f = fence {
        let t = ByteText.trimmed(raw)
        var n = 0
        while n < t.count, t[t.startIndex + n] == f.char { n += 1 }
        if n >= f.count, t.dropFirst(n).allSatisfy(ByteText.isSpace) { fence = nil }
        return
      }
      var t: ArraySlice<UInt8>
      if inComment || raw.contains(UInt8(ascii: "<")) {
        var line = Array(raw)
        removeComments(&line)
        t = ByteText.trimmed(line[...])
      } else {
        t = ByteText.trimmed(raw)
      }
      // Blockquote markers.
      while t.first == UInt8(ascii: ">") {
        t = ByteText.trimmed(t.dropFirst())
      }
      if t.isEmpty {
        flush()
        return
      }
      let first = t[t.startIndex]
      // Fence opening.
      if first == UInt8(ascii: "`") || first == UInt8(ascii: "~") {
        var n = 0
        while n < t.count, t[t.startIndex + n] == first { n += 1 }
        if n >= 3, first == UInt8(ascii: "~") || !t.dropFirst(n).contains(UInt8(ascii: "`")) {
          flush()
          fence = (first, n)
          return
        }
      }
      if first == UInt8(ascii: "#"), let (level, text) = MarkdownReader.atxHeading(t) {
        flush()
        heading(level, text)
        return
      }
      // Setext underline, or a horizontal rule.
      if first == UInt8(ascii: "=") || first == UInt8(ascii: "-") || first == UInt8(ascii: "*")
        || first == UInt8(ascii: "_")
      {
        var marks = 0
        var uniform = true
        for b in t where !ByteText.isBlank(b) {
          if b != first {
            uniform = false
            break
          }
          marks += 1
        }
        if uniform {
          if !paragraph.isEmpty && (first == UInt8(ascii: "=") || (first == UInt8(ascii: "-") && !t.contains(0x20))) {
            let text = ByteText.trimmed(paragraph[...])
            paragraph.removeAll(keepingCapacity: true)
            heading(first == UInt8(ascii: "=") ? 1 : 2, text)
            return
          }
          if marks >= 3, first != UInt8(ascii: "=") {
            flush()
            return
          }
        }
      }
      // Reference definitions `[id]: url` are dropped; footnote definitions keep their text.
      if first == UInt8(ascii: "["), let close = t.firstIndex(of: UInt8(ascii: "]")), close + 1 < t.endIndex,
        t[close + 1] == UInt8(ascii: ":")
      {
        flush()
        if t.dropFirst().first == UInt8(ascii: "^") { paragraph.append(contentsOf: ByteText.trimmed(t[(close + 2)...])) }
        return
      }
      // Tables.
      if first == UInt8(ascii: "|") {
        flush()
        let cells = t.split(separator: UInt8(ascii: "|")).map { ByteText.trimmed($0) }.filter { !$0.isEmpty }
        if cells.allSatisfy({ $0.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") } }) { return }
        var row: [UInt8] = []
        for (n, cell) in cells.enumerated() {
          if n > 0 { row.append(contentsOf: "; ".utf8) }
          row.append(contentsOf: cell)
        }
        emit(row[...])
        return
      }
      // List items start a new line.
      if let rest = MarkdownReader.listItem(t) {
        flush()
        var item = rest
        if item.count >= 3, item.first == UInt8(ascii: "["), item[item.startIndex + 2] == UInt8(ascii: "]"),
          item.count == 3 || ByteText.isBlank(item[item.startIndex + 3])
        {
          item = ByteText.trimmed(item.dropFirst(3))
        }
        paragraph.append(contentsOf: item)
        return
      }
      if !paragraph.isEmpty { paragraph.append(ByteText.space) }
      paragraph.append(contentsOf: t)
    }

    /// Removes `<!-- … -->`, also across lines.
    mutating func removeComments(_ line: inout [UInt8]) {
      var result: [UInt8] = []
      var i = 0
      let n = line.count
      while i < n {
        if inComment {
          if i + 2 < n, line[i] == UInt8(ascii: "-"), line[i + 1] == UInt8(ascii: "-"), line[i + 2] == UInt8(ascii: ">") {
            inComment = false
            i += 3
          } else {
            i += 1
          }
          continue
        }
        if i + 3 < n, line[i] == UInt8(ascii: "<"), line[i + 1] == UInt8(ascii: "!"), line[i + 2] == UInt8(ascii: "-"),
          line[i + 3] == UInt8(ascii: "-")
        {
          inComment = true
          i += 4
          continue
        }
        result.append(line[i])
        i += 1
      }
      line = result
    }
  }

  /// The text after a list marker (`- `, `* `, `+ `, `1. `, `1) `), or `nil`.
  static func listItem(_ t: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
    let s = t.startIndex
    let first = t[s]
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
      guard t.count >= 2, ByteText.isBlank(t[s + 1]) else { return nil }
      return ByteText.trimmed(t[(s + 2)...])
    }
    var i = s
    while i < t.endIndex, ByteText.isDigit(t[i]), i - s < 9 { i += 1 }
    guard i > s, i + 1 < t.endIndex, t[i] == UInt8(ascii: ".") || t[i] == UInt8(ascii: ")"), ByteText.isBlank(t[i + 1])
    else { return nil }
    return ByteText.trimmed(t[(i + 2)...])
  }

  // MARK: - Inline markup

  static func isPunctuation(_ b: UInt8) -> Bool {
    (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
  }

  /// The paragraph text without inline markup.
  static func inline(_ s: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    inline(s, into: &out)
    return out
  }

  static func inline(_ s: ArraySlice<UInt8>, into out: inout [UInt8]) {
    out.reserveCapacity(out.count + s.count)
    s.withUnsafeBufferPointer { p in inline(p, 0..<p.count, into: &out) }
  }

  static func inline(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let b = p[i]
      switch b {
      case UInt8(ascii: "\\"):
        if i + 1 < end, isPunctuation(p[i + 1]) {
          out.append(p[i + 1])
          i += 2
        } else {
          out.append(b)
          i += 1
        }
      case UInt8(ascii: "`"):
        var n = 0
        while i + n < end, p[i + n] == b { n += 1 }
        if let close = findRun(p, of: b, count: n, from: i + n, to: end) {
          var lo = i + n
          var hi = close
          if hi - lo >= 2, p[lo] == ByteText.space, p[hi - 1] == ByteText.space {
            lo += 1
            hi -= 1
          }
          out.append(contentsOf: UnsafeBufferPointer(rebasing: p[lo..<hi]))
          i = close + n
        } else {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(i + n)]))
          i += n
        }
      case UInt8(ascii: "!") where i + 1 < end && p[i + 1] == UInt8(ascii: "["):
        if let (_, after) = link(p, at: i + 1, end: end) {
          i = after  // images are dropped
        } else {
          out.append(b)
          i += 1
        }
      case UInt8(ascii: "["):
        if i + 1 < end, p[i + 1] == UInt8(ascii: "^"), let close = closing(p, from: i, end: end) {
          i = close + 1  // footnote reference
        } else if let (text, after) = link(p, at: i, end: end) {
          inline(p, text, into: &out)
          i = after
        } else {
          out.append(b)
          i += 1
        }
      case UInt8(ascii: "<"):
        i = angle(p, at: i, end: end, into: &out)
      case UInt8(ascii: "&"):
        if let next = HTMLEntities.decode(p, at: i, end: end, into: &out) {
          i = next
        } else {
          out.append(b)
          i += 1
        }
      case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
        var n = 0
        while i + n < end, p[i + n] == b { n += 1 }
        let prev: UInt8? = i > range.lowerBound ? p[i - 1] : nil
        let next: UInt8? = i + n < end ? p[i + n] : nil
        let leftFlanking = next.map { !ByteText.isSpace($0) } ?? false
        let rightFlanking = prev.map { !ByteText.isSpace($0) } ?? false
        var delimiter = leftFlanking || rightFlanking
        if let x = prev, let y = next {
          if b == UInt8(ascii: "_"), ByteText.isAlphanumeric(x), ByteText.isAlphanumeric(y) { delimiter = false }
          if b == UInt8(ascii: "*"), ByteText.isDigit(x), ByteText.isDigit(y) { delimiter = false }
        }
        if b == UInt8(ascii: "~"), n < 2 { delimiter = false }
        if !delimiter { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(i + n)])) }
        i += n
      default:
        // A run of bytes without markup characters goes in at once.
        var j = i + 1
        while j < end, !isInlineSpecial(p[j]) { j += 1 }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
        i = j
      }
    }
  }

  @inline(__always) static func isInlineSpecial(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "!"), UInt8(ascii: "["), UInt8(ascii: "<"),
      UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  static func findRun(_ p: UnsafeBufferPointer<UInt8>, of b: UInt8, count: Int, from: Int, to end: Int) -> Int? {
    var j = from
    while j < end {
      if p[j] == b {
        var n = 0
        while j + n < end, p[j + n] == b { n += 1 }
        if n == count { return j }
        j += n
      } else {
        j += 1
      }
    }
    return nil
  }

  /// The `]` matching the `[` at `from` (brackets nest; escapes skipped).
  static func closing(_ p: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int? {
    var depth = 0
    var j = from
    while j < end {
      let c = p[j]
      if c == UInt8(ascii: "\\") {
        j += 2
        continue
      }
      if c == UInt8(ascii: "[") { depth += 1 }
      if c == UInt8(ascii: "]") {
        depth -= 1
        if depth == 0 { return j }
      }
      j += 1
    }
    return nil
  }

  /// A link at `p[at] == '['`: `[text](dest "title")`, `[text][ref]` or `[text][]`.
  /// Returns the text range and the index after the link.
  static func link(_ p: UnsafeBufferPointer<UInt8>, at: Int, end: Int) -> (Range<Int>, Int)? {
    guard let close = closing(p, from: at, end: end), close + 1 < end else { return nil }
    let text = (at + 1)..<close
    let opener = p[close + 1]
    if opener == UInt8(ascii: "(") {
      var depth = 0
      var j = close + 1
      while j < end {
        let c = p[j]
        if c == UInt8(ascii: "\\") {
          j += 2
          continue
        }
        if c == UInt8(ascii: "(") { depth += 1 }
        if c == UInt8(ascii: ")") {
          depth -= 1
          if depth == 0 { return (text, j + 1) }
        }
        j += 1
      }
      return nil
    }
    if opener == UInt8(ascii: "["), let refClose = closing(p, from: close + 1, end: end) {
      return (text, refClose + 1)
    }
    return nil
  }

  /// `s` with every occurrence of `target` replaced.
  static func replacingAll(_ s: String, _ target: String, with replacement: String) -> String {
    var result = ""
    var rest = Substring(s)
    while let r = rest.firstRange(of: target) {
      result += rest[..<r.lowerBound]
      result += replacement
      rest = rest[r.upperBound...]
    }
    result += rest
    return result
  }

  /// `<https://…>` autolinks keep their address; HTML tags and comments are dropped
  /// (`<br>` becomes a space); any other `<` is text.
  static func angle(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, into out: inout [UInt8]) -> Int {
    var j = i + 1
    if j < end, p[j] == UInt8(ascii: "!") {
      if let close = ByteText.find("-->", in: UnsafeBufferPointer(rebasing: p[0..<end]), from: j) { return close + 3 }
    }
    let tagLike = j < end && (ByteText.isLetter(p[j]) || p[j] == UInt8(ascii: "/"))
    guard tagLike else {
      out.append(UInt8(ascii: "<"))
      return i + 1
    }
    while j < end, p[j] != UInt8(ascii: ">"), p[j] != UInt8(ascii: "<") { j += 1 }
    guard j < end, p[j] == UInt8(ascii: ">") else {
      out.append(UInt8(ascii: "<"))
      return i + 1
    }
    let inner = UnsafeBufferPointer(rebasing: p[(i + 1)..<j])
    if inner.contains(UInt8(ascii: ":")), !inner.contains(ByteText.space) {
      // Autolink.
      var k = 0
      if ByteText.hasPrefixLower(inner, at: 0, "mailto:") { k = 7 }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: inner[k...]))
    } else if ByteText.hasPrefixLower(inner, at: 0, "br") {
      out.append(ByteText.space)
    }
    return j + 1
  }
}
