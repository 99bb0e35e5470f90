/// A parsed JSON value. Objects keep their members in order; numbers keep their text.
enum JSONInputValue: Equatable {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([JSONInputValue])
  case object([(String, JSONInputValue)])

  static func == (a: JSONInputValue, b: JSONInputValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  /// The first member whose key equals one of `keys`, ignoring ASCII case.
  func member(_ keys: [String]) -> JSONInputValue? {
    guard case .object(let members) = self else { return nil }
    for key in keys {
      for (k, v) in members where JSONInputValue.equalsIgnoringCase(k, key) { return v }
    }
    return nil
  }

  /// Whether `name` equals `lowercaseKey` ignoring ASCII case.
  static func equalsIgnoringCase(_ name: String, _ lowercaseKey: String) -> Bool {
    guard name.utf8.count == lowercaseKey.utf8.count else { return false }
    return zip(name.utf8, lowercaseKey.utf8).allSatisfy { ByteText.lower($0) == $1 }
  }

  /// A short name of the value's type, for error messages.
  var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// Where and why JSON text failed to parse.
struct JSONInputError: Error {
  var reason: String
  /// 1-based line and column (in bytes) of the problem.
  var line: Int
  var column: Int
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes, with error positions.
struct JSONInputParser {
  let p: UnsafeBufferPointer<UInt8>
  var i: Int
  let start: Int
  let end: Int
  var depth = 0

  /// A parser for `p[from..<to]`; error positions count from `from`.
  init(_ p: UnsafeBufferPointer<UInt8>, from: Int = 0, to: Int? = nil) {
    self.p = p
    self.i = from
    self.start = from
    self.end = to ?? p.count
  }

  /// Parses one complete document from `bytes` (nothing but whitespace may follow).
  static func parse(_ bytes: [UInt8]) throws(JSONInputError) -> JSONInputValue {
    try bytes.withUnsafeBufferPointer { (p) throws(JSONInputError) -> JSONInputValue in
      var parser = JSONInputParser(p)
      let value = try parser.value()
      parser.skipSpace()
      if parser.i < parser.end { throw parser.error("unexpected text after the JSON value") }
      return value
    }
  }

  func position(_ at: Int) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = start
    var k = start
    while k < at {
      if p[k] == 0x0A {
        line += 1
        lineStart = k + 1
      }
      k += 1
    }
    return (line, at - lineStart + 1)
  }

  func error(_ reason: String, at: Int? = nil) -> JSONInputError {
    let (line, column) = position(at ?? i)
    return JSONInputError(reason: reason, line: line, column: column)
  }

  func describeHere() -> String {
    guard i < end else { return "the end of the input" }
    let b = p[i]
    if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
    return "byte 0x\(String(b, radix: 16))"
  }

  mutating func skipSpace() {
    while i < end {
      let b = p[i]
      if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { i += 1 } else { break }
    }
  }

  mutating func value() throws(JSONInputError) -> JSONInputValue {
    skipSpace()
    guard i < end else { throw error("unexpected end of input, expected a value") }
    switch p[i] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw error("expected a value, found \(describeHere())")
    }
  }

  mutating func literal(_ word: StaticString, _ v: JSONInputValue) throws(JSONInputError) -> JSONInputValue {
    let n = word.utf8CodeUnitCount
    let w = word.utf8Start
    guard i + n <= end else { throw error("expected '\(word)'") }
    for k in 0..<n where p[i + k] != w[k] { throw error("expected a value, found \(describeHere())") }
    i += n
    return v
  }

  mutating func enter() throws(JSONInputError) {
    depth += 1
    if depth > 512 { throw error("nesting deeper than 512 levels") }
  }

  mutating func object() throws(JSONInputError) -> JSONInputValue {
    try enter()
    i += 1
    var members: [(String, JSONInputValue)] = []
    skipSpace()
    if i < end, p[i] == UInt8(ascii: "}") {
      i += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard i < end, p[i] == UInt8(ascii: "\"") else {
        throw error("expected a member name in double quotes, found \(describeHere())")
      }
      let key = try string()
      skipSpace()
      guard i < end, p[i] == UInt8(ascii: ":") else {
        throw error("expected ':' after member name \"\(key)\", found \(describeHere())")
      }
      i += 1
      members.append((key, try value()))
      skipSpace()
      guard i < end else { throw error("unexpected end of input inside an object, expected ',' or '}'") }
      if p[i] == UInt8(ascii: ",") {
        i += 1
      } else if p[i] == UInt8(ascii: "}") {
        i += 1
        break
      } else {
        throw error("expected ',' or '}' after an object member, found \(describeHere())")
      }
    }
    depth -= 1
    return .object(members)
  }

  mutating func array() throws(JSONInputError) -> JSONInputValue {
    try enter()
    i += 1
    var items: [JSONInputValue] = []
    skipSpace()
    if i < end, p[i] == UInt8(ascii: "]") {
      i += 1
      depth -= 1
      return .array(items)
    }
    while true {
      items.append(try value())
      skipSpace()
      guard i < end else { throw error("unexpected end of input inside an array, expected ',' or ']'") }
      if p[i] == UInt8(ascii: ",") {
        i += 1
      } else if p[i] == UInt8(ascii: "]") {
        i += 1
        break
      } else {
        throw error("expected ',' or ']' after an array element, found \(describeHere())")
      }
    }
    depth -= 1
    return .array(items)
  }

  mutating func number() throws(JSONInputError) -> JSONInputValue {
    let first = i
    if p[i] == UInt8(ascii: "-") { i += 1 }
    func digits(_ me: inout JSONInputParser) -> Int {
      let s = me.i
      while me.i < me.end, ByteText.isDigit(me.p[me.i]) { me.i += 1 }
      return me.i - s
    }
    let intStart = i
    let n = digits(&self)
    guard n > 0 else { throw error("expected a digit in a number", at: i) }
    if n > 1, p[intStart] == UInt8(ascii: "0") { throw error("numbers cannot have leading zeros", at: intStart) }
    if i < end, p[i] == UInt8(ascii: ".") {
      i += 1
      guard digits(&self) > 0 else { throw error("expected a digit after the decimal point") }
    }
    if i < end, p[i] | 0x20 == UInt8(ascii: "e") {
      i += 1
      if i < end, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
      guard digits(&self) > 0 else { throw error("expected a digit in the exponent") }
    }
    return .number(ByteText.string(UnsafeBufferPointer(rebasing: p[first..<i])))
  }

  /// The first index at or after `from` (below `end`) holding `"`, `\\` or a control
  /// byte, else `end`; eight bytes per step.
  @inline(__always) static func plainRunEnd(_ p: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
    ByteText.firstIndex(
      in: p, from: from, to: end,
      wordMayHit: { ByteWord.hasByte(below: 0x20, in: $0) || ByteWord.has(0x22, in: $0) || ByteWord.has(0x5C, in: $0) },
      hit: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 })
  }

  mutating func string() throws(JSONInputError) -> String {
    let open = i
    i += 1
    let first = i
    // Fast path: no escapes.
    i = Self.plainRunEnd(p, from: i, end: end)
    if i < end, p[i] == UInt8(ascii: "\"") {
      let s = ByteText.string(UnsafeBufferPointer(rebasing: p[first..<i]))
      i += 1
      return s
    }
    if i < end, p[i] < 0x20 { throw error("unescaped control character in a string") }
    var out = [UInt8](UnsafeBufferPointer(rebasing: p[first..<i]))
    while i < end {
      let b = p[i]
      if b == UInt8(ascii: "\"") {
        i += 1
        return ByteText.string(out)
      }
      if b < 0x20 { throw error("unescaped control character in a string") }
      if b != UInt8(ascii: "\\") {
        let run = i
        i = Self.plainRunEnd(p, from: i + 1, end: end)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
        continue
      }
      i += 1
      guard i < end else { break }
      let e = p[i]
      i += 1
      switch e {
      case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var code = try hex4()
        if code >= 0xD800 && code < 0xDC00 {
          // A high surrogate must be followed by an escaped low surrogate.
          if i + 1 < end, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") {
            let save = i
            i += 2
            let low = try hex4()
            if low >= 0xDC00 && low < 0xE000 {
              code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else {
              i = save
              code = 0xFFFD
            }
          } else {
            code = 0xFFFD
          }
        } else if code >= 0xDC00 && code < 0xE000 {
          code = 0xFFFD
        }
        HTMLEntities.appendScalar(Unicode.Scalar(code) ?? "\u{FFFD}", to: &out)
      default:
        throw error("invalid escape '\\\(Character(Unicode.Scalar(e)))' in a string", at: i - 2)
      }
    }
    throw error("unterminated string", at: open)
  }

  mutating func hex4() throws(JSONInputError) -> UInt32 {
    guard i + 4 <= end else { throw error("expected four hex digits after \\u") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = p[i] | 0x20
      let d: UInt32
      if ByteText.isDigit(p[i]) {
        d = UInt32(p[i] - 0x30)
      } else if b >= 0x61 && b <= 0x66 {
        d = UInt32(b - 0x61 + 10)
      } else {
        throw error("expected four hex digits after \\u")
      }
      v = v * 16 + d
      i += 1
    }
    return v
  }
}
