/// A JSON value built by the writers before rendering.
///
/// Objects keep their members as pairs; ``render(pretty:)`` sorts them by key
/// (code-point order), so the output does not depend on the order in which a
/// writer added members. Rendering is deterministic: the same value always
/// gives the same bytes, which makes outputs safe to compare with golden files.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int64)
  /// Non-finite doubles render as `null` (JSON has no NaN or infinity).
  case double(Double)
  case string(String)
  case array([JSONValue])
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
    var out = ""
    out.reserveCapacity(1024)
    write(into: &out, pretty: pretty, depth: 0)
    if pretty { out.append("\n") }
    return out
  }

  private func write(into out: inout String, pretty: Bool, depth: Int) {
    switch self {
    case .null: out.append("null")
    case .bool(let b): out.append(b ? "true" : "false")
    case .int(let i): out.append(String(i))
    case .double(let d): out.append(JSONValue.number(d))
    case .string(let s): JSONValue.escape(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out.append("[]")
        return
      }
      out.append("[")
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(",") }
        if pretty { JSONValue.newline(&out, depth + 1) }
        item.write(into: &out, pretty: pretty, depth: depth + 1)
      }
      if pretty { JSONValue.newline(&out, depth) }
      out.append("]")
    case .object(let members):
      if members.isEmpty {
        out.append("{}")
        return
      }
      out.append("{")
      let sorted = members.sorted { JSONValue.keyOrder($0.0, $1.0) }
      for (i, member) in sorted.enumerated() {
        if i > 0 { out.append(",") }
        if pretty { JSONValue.newline(&out, depth + 1) }
        JSONValue.escape(member.0, into: &out)
        out.append(pretty ? ": " : ":")
        member.1.write(into: &out, pretty: pretty, depth: depth + 1)
      }
      if pretty { JSONValue.newline(&out, depth) }
      out.append("}")
    }
  }

  private static func newline(_ out: inout String, _ depth: Int) {
    out.append("\n")
    for _ in 0..<depth { out.append("  ") }
  }

  /// Orders keys by Unicode code points (what `sort_keys` does in Python).
  static func keyOrder(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
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
  /// passed through as UTF-8.
  public static func escape(_ s: String, into out: inout String) {
    // Fast path: nothing to escape.
    var clean = true
    for byte in s.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2 {
      clean = false
      break
    }
    out.append("\"")
    if clean {
      out.append(s)
      out.append("\"")
      return
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(s.utf8.count + 16)
    for scalar in s.unicodeScalars {
      let v = scalar.value
      switch v {
      case 0x22: bytes.append(0x5C); bytes.append(0x22)
      case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
      case 0x08: bytes.append(0x5C); bytes.append(UInt8(ascii: "b"))
      case 0x0C: bytes.append(0x5C); bytes.append(UInt8(ascii: "f"))
      case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
      case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
      case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
      case 0x00..<0x20, 0x7F, 0x2028, 0x2029:
        bytes.append(contentsOf: Array("\\u".utf8))
        bytes.append(hex[Int((v >> 12) & 0xF)])
        bytes.append(hex[Int((v >> 8) & 0xF)])
        bytes.append(hex[Int((v >> 4) & 0xF)])
        bytes.append(hex[Int(v & 0xF)])
      default:
        UTF8.encode(scalar) { bytes.append($0) }
      }
    }
    out.append(String(decoding: bytes, as: UTF8.self))
    out.append("\"")
  }

  /// `s` as a JSON string literal (with the quotes).
  public static func escaped(_ s: String) -> String {
    var out = ""
    escape(s, into: &out)
    return out
  }
}
