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

  /// Appends the value as ``render(pretty:)`` does, indented for nesting `depth`.
  func write(into out: inout [UInt8], pretty: Bool, depth: Int) {
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
    writeEscaped(s, into: &out)
  }

  /// ``escape(_:into:)`` into any byte sink (``JSONWriter``'s buffer or an array).
  static func writeEscaped<Sink: JSONByteSink>(_ s: String, into out: inout Sink) {
    out.append(0x22)
    var s = s
    s.withUTF8 { bytes in
      var runStart = 0
      var i = 0
      let n = bytes.count
      func unicodeEscape(_ v: UInt32) {
        out.append(0x5C)
        out.append(UInt8(ascii: "u"))
        out.append(hex[Int((v >> 12) & 0xF)])
        out.append(hex[Int((v >> 8) & 0xF)])
        out.append(hex[Int((v >> 4) & 0xF)])
        out.append(hex[Int(v & 0xF)])
      }
      while i < n {
        i = cleanRunEnd(bytes, from: i)
        guard i < n else { break }
        let b = bytes[i]
        if b == 0xE2 {
          // U+2028 = E2 80 A8, U+2029 = E2 80 A9.
          if i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
            out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            unicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)
            i += 3
            runStart = i
          } else {
            i += 1
          }
          continue
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
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
      out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<n]))
    }
    out.append(0x22)
  }

  /// The first index at or after `i` whose byte may need escaping (a control byte,
  /// `"`, `\`, U+007F, or 0xE2 that may start U+2028/U+2029), else `bytes.count`.
  /// Checks eight bytes per step, the last few too (see ``mayNeedEscape(_:)``): a string
  /// of eight bytes or more ends with one overlapping word instead of a byte loop.
  @inline(__always) static func cleanRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    let n = bytes.count
    if n >= 8, let base = UnsafeRawPointer(bytes.baseAddress) {
      while i + 8 <= n {
        if mayNeedEscape(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))) { break }
        i += 8
      }
      if i + 8 > n && i < n {
        // The last word of the string, its first `8 - (n - i)` bytes (already checked)
        // shifted out and replaced by a byte that never needs escaping.
        let checked = UInt64(8 - (n - i)) &* 8
        let last = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
        let padding: UInt64 = 0x6161_6161_6161_6161  // "aaaaaaaa"
        if !mayNeedEscape((last &>> checked) | (padding &<< (64 &- checked))) { return n }
      }
    }
    while i < n {
      let b = bytes[i]
      if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2 { break }
      i += 1
    }
    return i
  }

  /// Whether some byte of the little-endian word `v` may need escaping (see
  /// ``cleanRunEnd(_:from:)``). `hasLess` / `hasZero` are the classic "some byte of the
  /// word is below n" / "is zero" bit tricks, exact as yes/no answers.
  @inline(__always) static func mayNeedEscape(_ v: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
    @inline(__always) func hasLess(_ v: UInt64, _ n: UInt64) -> Bool { (v &- ones &* n) & ~v & highs != 0 }
    return hasLess(v, 0x20) || hasZero(v ^ (ones &* 0x22)) || hasZero(v ^ (ones &* 0x5C))
      || hasZero(v ^ (ones &* 0x7F)) || hasZero(v ^ (ones &* 0xE2))
  }

  /// `s` as a JSON string literal (with the quotes).
  public static func escaped(_ s: String) -> String {
    var out: [UInt8] = []
    escape(s, into: &out)
    return String(decoding: out, as: UTF8.self)
  }
}

/// Streams JSON straight into UTF-8 bytes, in exactly the layout of
/// ``JSONValue/render(pretty:)``, without building a ``JSONValue`` tree.
///
/// For large outputs written many times (`extract --jsonl`): no per-value boxes, no
/// member arrays to sort. The writer does not sort: callers write an object's members
/// in key order (``JSONValue/keyOrder(_:_:)``, i.e. UTF-8 byte order), which is what
/// `render` would produce. Keys are plain ASCII literals that need no escaping.
///
///     var w = JSONWriter(pretty: false)
///     w.beginObject()
///     w.int("count", 2)
///     w.key("items"); w.beginArray(); w.string("a"); w.endArray()
///     w.endObject()
///     w.finish()  // {"count":2,"items":["a"]}
struct JSONWriter {
  /// The bytes written so far.
  private var bytes: JSONBytes
  private let pretty: Bool
  /// Nesting depth of the container being written.
  private var depth = 0
  /// The container being written has no member or element yet.
  private var empty = true
  /// A key was just written: the next value is its member's value (no separator).
  private var afterKey = true

  init(pretty: Bool, capacity: Int = 4096) {
    self.pretty = pretty
    bytes = JSONBytes(capacity: capacity)
  }

  /// The document as a string; `pretty` output gets its final newline.
  mutating func finish() -> String {
    if pretty { bytes.append(0x0A) }
    return bytes.string()
  }

  // MARK: Structure

  /// Separator and indentation before a value: none after a key, else an array element's.
  @inline(__always) private mutating func beforeValue() {
    if afterKey {
      afterKey = false
      return
    }
    separate()
  }

  /// `,` unless first in its container, then the pretty line break and indentation.
  @inline(__always) private mutating func separate() {
    if !empty { bytes.append(UInt8(ascii: ",")) }
    empty = false
    if pretty { newline(depth) }
  }

  private mutating func newline(_ depth: Int) {
    bytes.append(0x0A)
    for _ in 0..<(depth * 2) { bytes.append(0x20) }
  }

  /// Starts an object member: `"key":` (`"key": ` when pretty).
  mutating func key(_ key: StaticString) {
    separate()
    bytes.appendKey(key, space: pretty)
    afterKey = true
  }

  mutating func beginObject() { begin(UInt8(ascii: "{")) }
  mutating func endObject() { end(UInt8(ascii: "}")) }
  mutating func beginArray() { begin(UInt8(ascii: "[")) }
  mutating func endArray() { end(UInt8(ascii: "]")) }

  private mutating func begin(_ bracket: UInt8) {
    beforeValue()
    bytes.append(bracket)
    depth += 1
    empty = true
  }

  private mutating func end(_ bracket: UInt8) {
    depth -= 1
    // Empty containers stay `{}` / `[]`; others close on their own line when pretty.
    if !empty && pretty { newline(depth) }
    bytes.append(bracket)
    empty = false  // the enclosing container now has this value
  }

  // MARK: Values

  mutating func null() {
    beforeValue()
    bytes.append("null")
  }

  mutating func bool(_ b: Bool) {
    beforeValue()
    bytes.append(b ? "true" : "false")
  }

  /// A string, or `null` for `nil`.
  mutating func string(_ s: String?) {
    beforeValue()
    if let s { JSONValue.writeEscaped(s, into: &bytes) } else { bytes.append("null") }
  }

  /// An integer, or `null` for `nil`.
  mutating func int(_ i: Int?) {
    beforeValue()
    guard let i else { return bytes.append("null") }
    JSONWriter.appendDecimal(i, to: &bytes)
  }

  /// A number as ``JSONValue/double(_:)`` renders it, or `null` for `nil`.
  mutating func double(_ d: Double?) {
    beforeValue()
    guard let d else { return bytes.append("null") }
    if JSONWriter.appendShortDecimal(d, to: &bytes) { return }
    var number = JSONValue.number(d)
    number.withUTF8 { bytes.append($0) }
  }

  /// Any value, rendered by ``JSONValue`` (its objects sorted by key).
  mutating func value(_ v: JSONValue) {
    beforeValue()
    var rendered: [UInt8] = []
    v.write(into: &rendered, pretty: pretty, depth: depth)
    rendered.withUnsafeBufferPointer { bytes.append($0) }
  }

  // MARK: Members

  mutating func string(_ key: StaticString, _ s: String?) {
    self.key(key)
    string(s)
  }

  mutating func int(_ key: StaticString, _ i: Int?) {
    self.key(key)
    int(i)
  }

  mutating func bool(_ key: StaticString, _ b: Bool) {
    self.key(key)
    bool(b)
  }

  mutating func double(_ key: StaticString, _ d: Double?) {
    self.key(key)
    double(d)
  }

  /// Appends `d` as ``JSONValue/number(_:)`` writes it when `d` has at most three
  /// decimals and a magnitude in [0.001, 1,000,000) (confidences, intensities,
  /// scores), and returns `true`; else appends nothing and returns `false`.
  ///
  /// Such a `d` is the double nearest to `k / 1000` for an integer `k` (checked:
  /// `Double(k) / 1000` is correctly rounded), and its shortest round-tripping form is
  /// that decimal without trailing zeros: any other decimal with as few digits differs
  /// from it by at least 0.001, far more than the spacing of doubles below 10⁶. Swift
  /// writes magnitudes in this range without an exponent, with at least one decimal.
  static func appendShortDecimal(_ d: Double, to out: inout some JSONByteSink) -> Bool {
    let magnitude = d.magnitude
    guard magnitude >= 0.001, magnitude < 1_000_000 else { return false }
    let thousandths = (magnitude * 1000).rounded()
    guard thousandths / 1000 == magnitude else { return false }
    let k = Int(thousandths)
    if d < 0 { out.append(UInt8(ascii: "-")) }
    appendDecimal(k / 1000, to: &out)
    out.append(UInt8(ascii: "."))
    var fraction = k % 1000
    var digits = 3
    while digits > 1 && fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    // `digits` decimals of `fraction`, with leading zeros ("0.05" → fraction 5, 2 digits).
    var scale = 1
    for _ in 1..<digits { scale *= 10 }
    while scale > 0 {
      out.append(UInt8(ascii: "0") + UInt8(fraction / scale % 10))
      scale /= 10
    }
    return true
  }

  /// `i` in decimal, as `String(i)` writes it.
  static func appendDecimal(_ i: Int, to out: inout some JSONByteSink) {
    if i < 0 { out.append(UInt8(ascii: "-")) }
    var magnitude = i.magnitude
    // Int.min has 19 digits; fill a small buffer from the right.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var k = 20
      repeat {
        k -= 1
        digits[k] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      out.append(UnsafeBufferPointer(rebasing: digits[k...]))
    }
  }
}

/// Where JSON bytes go: an array (``JSONValue/render(pretty:)``) or ``JSONBytes``.
protocol JSONByteSink {
  mutating func append(_ byte: UInt8)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: JSONByteSink where Element == UInt8 {
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

/// A growable byte buffer for ``JSONWriter``: appends are a capacity check and a store
/// (no copy-on-write uniqueness check per byte, as `[UInt8]` needs). The memory is owned
/// by a small object that frees it, so copies of the struct share it safely only as long
/// as one of them writes: ``JSONWriter`` never copies its buffer.
struct JSONBytes: JSONByteSink {
  private final class Storage {
    let base: UnsafeMutablePointer<UInt8>
    init(capacity: Int) { base = .allocate(capacity: capacity) }
    deinit { base.deallocate() }
  }

  private var storage: Storage
  private var base: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    storage = Storage(capacity: self.capacity)
    base = storage.base
  }

  /// Makes room for `extra` more bytes.
  @inline(__always) private mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private mutating func grow(to needed: Int) {
    capacity = max(needed, capacity * 2)
    let larger = Storage(capacity: capacity)
    larger.base.initialize(from: base, count: count)
    storage = larger
    base = larger.base
  }

  @inline(__always) mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    JSONBytes.copy(source, to: base + count, count: bytes.count)
    count += bytes.count
  }

  /// Copies `n` bytes; up to 16 bytes (most keys, words and clean runs of JSON text) by
  /// two overlapping word loads and stores, cheaper than a `memcpy` call; longer
  /// copies by `memcpy`. Reads and writes only inside the `n` bytes of each side.
  @inline(__always) static func copy(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count n: Int) {
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(target)
    if n >= 8 {
      guard n <= 16 else { return target.initialize(from: source, count: n) }
      let head = from.loadUnaligned(as: UInt64.self)
      let tail = from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
      to.storeBytes(of: head, as: UInt64.self)
      to.storeBytes(of: tail, toByteOffset: n - 8, as: UInt64.self)
    } else if n >= 4 {
      let head = from.loadUnaligned(as: UInt32.self)
      let tail = from.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
      to.storeBytes(of: head, as: UInt32.self)
      to.storeBytes(of: tail, toByteOffset: n - 4, as: UInt32.self)
    } else {
      for i in 0..<n { target[i] = source[i] }
    }
  }

  /// Appends `"key":` (and a space when `space`) with one capacity check.
  @inline(__always) mutating func appendKey(_ key: StaticString, space: Bool) {
    let n = key.utf8CodeUnitCount
    reserve(n + 4)
    let p = base + count
    p[0] = 0x22
    JSONBytes.copy(key.utf8Start, to: p + 1, count: n)
    p[n + 1] = 0x22
    p[n + 2] = UInt8(ascii: ":")
    p[n + 3] = 0x20
    count += space ? n + 4 : n + 3
  }

  /// Appends an ASCII literal.
  @inline(__always) mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { append($0) }
  }

  /// The bytes as a string.
  func string() -> String {
    String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
  }
}
