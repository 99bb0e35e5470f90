/// Helpers for terminal text: one-line cells, truncation and padding measured
/// in `Character`s (grapheme clusters), never bytes, so "Київ" is 4 wide.
public enum TextCell {
  /// Collapses every run of whitespace (spaces, tabs, newlines, U+2028/2029) to
  /// one space, drops other control characters, and trims the ends: a cell
  /// never breaks a table row.
  public static func oneLine(_ s: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    var pendingSpace = false
    var input = s
    input.withUTF8 { bytes in
      let n = bytes.count
      var i = 0
      while i < n {
        let b = bytes[i]
        var width = 1
        var kind = 0  // 0 keep, 1 space, 2 drop
        if b == 0x20 || (0x09...0x0D).contains(b) {
          kind = 1
        } else if b < 0x20 || b == 0x7F {
          kind = 2
        } else if b == 0xC2, i + 1 < n {
          let c = bytes[i + 1]
          width = 2
          if c == 0x85 || c == 0xA0 { kind = 1 } else if (0x80...0x9F).contains(c) { kind = 2 }
        } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
          width = 3
          kind = 1
        }
        switch kind {
        case 1: pendingSpace = !out.isEmpty
        case 2: break
        default:
          if pendingSpace {
            out.append(0x20)
            pendingSpace = false
          }
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + width)]))
        }
        i += width
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `s` cut to at most `width` characters, ending with "…" when cut.
  public static func truncate(_ s: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    guard s.count > width else { return s }
    return String(s.prefix(width - 1)) + "…"
  }

  /// `s` padded with spaces to `width` characters.
  public static func pad(_ s: String, to width: Int) -> String {
    let n = s.count
    return n >= width ? s : s + String(repeating: " ", count: width - n)
  }
}

/// A plain-text table: a header row, then rows; columns separated by two
/// spaces; each column as wide as its widest cell up to its limit (longer cells
/// are cut with "…"); the last column is not padded and no line ends in spaces.
struct TextTable {
  var headers: [String]
  /// Maximum width of each column.
  var limits: [Int]
  var rows: [[String]] = []

  init(headers: [String], limits: [Int]) {
    self.headers = headers
    self.limits = limits
  }

  mutating func add(_ row: [String]) {
    rows.append(row.map { TextCell.oneLine($0) })
  }

  /// Column widths for the rows (and headers) given.
  func widths(for rows: [[String]]) -> [Int] {
    var widths = headers.map(\.count)
    for row in rows {
      for (i, cell) in row.enumerated() where i < widths.count {
        widths[i] = max(widths[i], min(cell.count, limits[i]))
      }
    }
    return widths
  }

  /// One line (with "\n") for `cells` using `widths`.
  static func line(_ cells: [String], widths: [Int], limits: [Int]) -> String {
    var parts: [String] = []
    for (i, cell) in cells.enumerated() {
      let cut = TextCell.truncate(cell, to: limits[i])
      parts.append(i == cells.count - 1 ? cut : TextCell.pad(cut, to: widths[i]))
    }
    var line = parts.joined(separator: "  ")
    while line.last == " " { line.removeLast() }
    return line + "\n"
  }

  /// The header line followed by every row.
  func render() -> String {
    let widths = widths(for: rows)
    var out = TextTable.line(headers, widths: widths, limits: widths)
    for row in rows { out += TextTable.line(row, widths: widths, limits: limits) }
    return out
  }
}

/// CSV cells (RFC 4180).
///
/// - Records end with LF (`\n`), not CRLF; the header row is always written.
/// - A cell is quoted when it holds a comma, a double quote, CR or LF, or
///   starts or ends with a space; quotes inside are doubled.
/// - Formula injection: a free-text cell (names, triggers, sentences, titles,
///   document ids) that starts with `=`, `+`, `-`, `@`, TAB or CR gets a leading
///   apostrophe (`'=cmd`) so spreadsheets show it as text instead of running it
///   (OWASP's advice). Machine values (event ids, TIMEX3 dates, counts, CAMEO
///   codes, actor ids) are never altered. Pass `guardFormulas: false` to the
///   writers to get the raw text.
public enum CSVCell {
  /// A free-text cell: formula guard (when `guardFormulas`), then quoting.
  public static func text(_ s: String, guardFormulas: Bool = true) -> String {
    var value = s
    if guardFormulas, let first = s.unicodeScalars.first,
      first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r"
    {
      value = "'" + s
    }
    return quoted(value)
  }

  /// A machine value: quoted if needed, never altered.
  public static func raw(_ s: String) -> String { quoted(s) }

  static func quoted(_ s: String) -> String {
    var needs = false
    for b in s.utf8 where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
      needs = true
      break
    }
    if !needs, s.utf8.first == 0x20 || s.utf8.last == 0x20 { needs = true }
    guard needs else { return s }
    var out: [UInt8] = [0x22]
    out.reserveCapacity(s.utf8.count + 8)
    for b in s.utf8 {
      if b == 0x22 { out.append(0x22) }
      out.append(b)
    }
    out.append(0x22)
    return String(decoding: out, as: UTF8.self)
  }

  /// One record with its LF.
  static func record(_ cells: [String]) -> String { cells.joined(separator: ",") + "\n" }
}

/// Graphviz DOT quoting.
public enum DOTString {
  /// `s` as a quoted DOT string for an id or plain attribute: `\` and `"` are
  /// backslash-escaped; line breaks become the `\n` escape (centered line);
  /// other control characters become spaces. `&` is written `&amp;` so that
  /// Graphviz, which decodes HTML entities in labels, shows exactly the text.
  public static func quoted(_ s: String) -> String {
    var out: [UInt8] = [0x22]
    out.reserveCapacity(s.utf8.count + 8)
    var input = s
    input.withUTF8 { bytes in
      let n = bytes.count
      var i = 0
      var runStart = 0
      func flush(_ upTo: Int) {
        if runStart < upTo { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<upTo])) }
      }
      while i < n {
        let b = bytes[i]
        if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x26 && b != 0x7F && b != 0xC2 && b != 0xE2 {
          i += 1
          continue
        }
        var width = 1
        var replacement: [UInt8]? = nil
        switch b {
        case 0x22: replacement = [0x5C, 0x22]
        case 0x5C: replacement = [0x5C, 0x5C]
        case 0x26: replacement = Array("&amp;".utf8)
        case 0x0A: replacement = i > 0 && bytes[i - 1] == 0x0D ? [] : [0x5C, UInt8(ascii: "n")]
        case 0x0D: replacement = [0x5C, UInt8(ascii: "n")]
        case 0xC2:
          // C1 controls U+0080–U+009F.
          if i + 1 < n, (0x80...0x9F).contains(bytes[i + 1]) {
            width = 2
            replacement = [0x20]
          }
        case 0xE2:
          // U+2028, U+2029: line breaks.
          if i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
            width = 3
            replacement = [0x5C, UInt8(ascii: "n")]
          }
        default: replacement = [0x20]  // other control characters
        }
        if let replacement {
          flush(i)
          out.append(contentsOf: replacement)
          i += width
          runStart = i
        } else {
          i += 1
        }
      }
      flush(n)
    }
    out.append(0x22)
    return String(decoding: out, as: UTF8.self)
  }

  /// A label with several lines: each line escaped and joined with `\n`.
  public static func lines(_ lines: [String]) -> String {
    let body = lines.map { String(quoted($0).dropFirst().dropLast()) }.joined(separator: "\\n")
    return "\"" + body + "\""
  }
}
