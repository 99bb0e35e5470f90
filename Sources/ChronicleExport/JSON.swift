/// A JSON value built by the writers before rendering.
///
/// Objects keep their members as pairs; ``render(pretty:)`` sorts them by key
/// (code-point order), so the output does not depend on the order in which a
/// writer added members. Rendering is deterministic: the same value always
/// gives the same bytes, which makes outputs safe to compare with golden files.
public indirect enum JSONValue: Sendable, Equatable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// An integer, written without a decimal point.
  case int(Int64)
  /// A number; integral values keep a `.0`. Non-finite doubles render as
  /// `null` (JSON has no NaN or infinity).
  case double(Double)
  /// A string, escaped by ``escape(_:into:)``.
  case string(String)
  /// An array, in order.
  case array([JSONValue])
  /// An object; members are sorted by key when rendered. Keys should be unique.
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.double(let x), .double(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  /// A string, or `null` when `value` is `nil`.
  public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
  /// An integer, or `null` when `value` is `nil`.
  public static func int(_ value: Int?) -> JSONValue { value.map { .int(Int64($0)) } ?? .null }

  /// Renders the value.
  ///
  /// - `pretty: true`: two-space indentation, `"key": value`, one member or
  ///   element per line, empty containers as `[]` / `{}`, and a final newline.
  /// - `pretty: false`: a single line with no spaces and no final newline
  ///   (one JSON Lines record).
  ///
  /// Strings are escaped by ``JSONValue/escape(_:into:)``.
  public func render(pretty: Bool) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(into: &out, pretty: pretty, depth: 0)
    if pretty { out.append(0x0A) }
    return String(decoding: out, as: UTF8.self)
  }

  private func write(into out: inout [UInt8], pretty: Bool, depth: Int) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let i): out.append(contentsOf: String(i).utf8)
    case .double(let d): out.append(contentsOf: JSONValue.number(d).utf8)
    case .string(let s): JSONValue.escape(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out.append(contentsOf: "[]".utf8)
        return
      }
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        if pretty { JSONValue.newline(&out, depth + 1) }
        item.write(into: &out, pretty: pretty, depth: depth + 1)
      }
      if pretty { JSONValue.newline(&out, depth) }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty {
        out.append(contentsOf: "{}".utf8)
        return
      }
      out.append(UInt8(ascii: "{"))
      let sorted = members.sorted { JSONValue.keyOrder($0.0, $1.0) }
      for (i, member) in sorted.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        if pretty { JSONValue.newline(&out, depth + 1) }
        JSONValue.escape(member.0, into: &out)
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(0x20) }
        member.1.write(into: &out, pretty: pretty, depth: depth + 1)
      }
      if pretty { JSONValue.newline(&out, depth) }
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func newline(_ out: inout [UInt8], _ depth: Int) {
    out.append(0x0A)
    for _ in 0..<(depth * 2) { out.append(0x20) }
  }

  /// Orders keys by Unicode code points (what `sort_keys` does in Python).
  static func keyOrder(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)  // UTF-8 byte order is code-point order
  }

  /// Shortest round-tripping decimal form; integral values keep a `.0`
  /// (`-4.0`), non-finite values become `null`.
  static func number(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    if d == 0 { return "0.0" }  // also turns -0.0 into 0.0
    return d.description  // e.g. "2.8", "-4.0", "1e-05", "1.5e+20": all valid JSON
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Appends `s` as a JSON string literal.
  ///
  /// Escapes `"` and `\`; `\b \f \n \r \t` use their short forms and every
  /// other control character U+0000–U+001F (and U+007F) is written as
  /// `\u00XX`; U+2028 and U+2029 are written as `\u2028`/`\u2029` so the output
  /// is also valid JavaScript. Everything else, including non-ASCII text, is
  /// passed through as UTF-8. Works on the UTF-8 bytes, copying clean runs whole.
  public static func escape(_ s: String, into out: inout [UInt8]) {
    out.append(0x22)
    var s = s
    s.withUTF8 { bytes in
      var runStart = 0
      var i = 0
      let n = bytes.count
      func flush(_ upTo: Int) {
        if runStart < upTo { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<upTo])) }
      }
      func unicodeEscape(_ v: UInt32) {
        out.append(0x5C)
        out.append(UInt8(ascii: "u"))
        out.append(hex[Int((v >> 12) & 0xF)])
        out.append(hex[Int((v >> 8) & 0xF)])
        out.append(hex[Int((v >> 4) & 0xF)])
        out.append(hex[Int(v & 0xF)])
      }
      while i < n {
        let b = bytes[i]
        if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F && b != 0xE2 {
          i += 1
          continue
        }
        if b == 0xE2 {
          // U+2028 = E2 80 A8, U+2029 = E2 80 A9.
          if i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
            flush(i)
            unicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)
            i += 3
            runStart = i
          } else {
            i += 1
          }
          continue
        }
        flush(i)
        switch b {
        case 0x22: out.append(0x5C); out.append(0x22)
        case 0x5C: out.append(0x5C); out.append(0x5C)
        case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
        case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
        case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
        default: unicodeEscape(UInt32(b))
        }
        i += 1
        runStart = i
      }
      flush(n)
    }
    out.append(0x22)
  }

  /// `s` as a JSON string literal (with the quotes).
  public static func escaped(_ s: String) -> String {
    var out: [UInt8] = []
    escape(s, into: &out)
    return String(decoding: out, as: UTF8.self)
  }
}
