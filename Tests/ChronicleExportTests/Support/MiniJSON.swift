/// A strict JSON parser for the tests (RFC 8259), independent of the encoder
/// under test. Objects keep member order so tests can check that keys are sorted.
indirect enum J: Equatable, CustomStringConvertible {
  case null
  case bool(Bool)
  case number(Double, isInteger: Bool)
  case string(String)
  case array([J])
  case object([(String, J)])

  static func == (a: J, b: J) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x, _), .number(let y, _)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  var description: String {
    switch self {
    case .null: return "null"
    case .bool(let b): return String(b)
    case .number(let d, _): return String(d)
    case .string(let s): return "\"\(s)\""
    case .array(let a): return "[\(a.count) items]"
    case .object(let o): return "{\(o.map(\.0).joined(separator: ","))}"
    }
  }

  subscript(key: String) -> J? {
    if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
    return nil
  }

  var array: [J]? { if case .array(let a) = self { return a } else { return nil } }
  var string: String? { if case .string(let s) = self { return s } else { return nil } }
  var int: Int? { if case .number(let d, true) = self { return Int(d) } else { return nil } }
  var number: Double? { if case .number(let d, _) = self { return d } else { return nil } }

  struct ParseError: Error, CustomStringConvertible {
    var offset: Int
    var reason: String
    var description: String { "JSON parse error at byte \(offset): \(reason)" }
  }

  static func parse(_ text: String) throws -> J {
    var p = Parser(bytes: Array(text.utf8))
    p.skipSpace()
    let value = try p.value()
    p.skipSpace()
    guard p.i == p.bytes.count else { throw ParseError(offset: p.i, reason: "trailing characters") }
    return value
  }

  private struct Parser {
    let bytes: [UInt8]
    var i = 0

    mutating func skipSpace() {
      while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    }

    func fail(_ reason: String) -> ParseError { ParseError(offset: i, reason: reason) }

    mutating func expect(_ literal: String) throws {
      let l = Array(literal.utf8)
      guard i + l.count <= bytes.count, Array(bytes[i..<(i + l.count)]) == l else {
        throw fail("expected \(literal)")
      }
      i += l.count
    }

    mutating func value() throws -> J {
      guard i < bytes.count else { throw fail("unexpected end") }
      switch bytes[i] {
      case UInt8(ascii: "n"): try expect("null"); return .null
      case UInt8(ascii: "t"): try expect("true"); return .bool(true)
      case UInt8(ascii: "f"): try expect("false"); return .bool(false)
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "["):
        i += 1
        var items: [J] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
          skipSpace()
          items.append(try value())
          skipSpace()
          guard i < bytes.count else { throw fail("unterminated array") }
          if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
          if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
          throw fail("expected , or ]")
        }
      case UInt8(ascii: "{"):
        i += 1
        var members: [(String, J)] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
        while true {
          skipSpace()
          guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected key") }
          let key = try string()
          if members.contains(where: { $0.0 == key }) { throw fail("duplicate key \(key)") }
          skipSpace()
          try expect(":")
          skipSpace()
          members.append((key, try value()))
          skipSpace()
          guard i < bytes.count else { throw fail("unterminated object") }
          if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
          if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
          throw fail("expected , or }")
        }
      default: return try number()
      }
    }

    mutating func number() throws -> J {
      let start = i
      var isInteger = true
      if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
      func digits(_ p: inout Parser) -> Int {
        let s = p.i
        while p.i < p.bytes.count, p.bytes[p.i] >= 48, p.bytes[p.i] <= 57 { p.i += 1 }
        return p.i - s
      }
      let intStart = i
      let n = digits(&self)
      guard n > 0 else { throw fail("bad number") }
      if n > 1, bytes[intStart] == 48 { throw fail("leading zero") }
      if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
        isInteger = false
        i += 1
        guard digits(&self) > 0 else { throw fail("bad fraction") }
      }
      if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
        isInteger = false
        i += 1
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard digits(&self) > 0 else { throw fail("bad exponent") }
      }
      let text = String(decoding: bytes[start..<i], as: UTF8.self)
      guard let d = Double(text) else { throw fail("bad number \(text)") }
      return .number(d, isInteger: isInteger)
    }

    mutating func hex4() throws -> UInt32 {
      guard i + 4 <= bytes.count else { throw fail("short \\u escape") }
      var v: UInt32 = 0
      for _ in 0..<4 {
        let b = bytes[i]
        let d: UInt32
        switch b {
        case 48...57: d = UInt32(b - 48)
        case 97...102: d = UInt32(b - 87)
        case 65...70: d = UInt32(b - 55)
        default: throw fail("bad hex digit")
        }
        v = v * 16 + d
        i += 1
      }
      return v
    }

    mutating func string() throws -> String {
      i += 1  // opening quote
      var out = String.UnicodeScalarView()
      var run: [UInt8] = []
      func flush(_ out: inout String.UnicodeScalarView, _ run: inout [UInt8]) {
        if !run.isEmpty {
          out.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
          run.removeAll()
        }
      }
      while true {
        guard i < bytes.count else { throw fail("unterminated string") }
        let b = bytes[i]
        if b < 0x20 { throw fail("raw control character in string") }
        if b == UInt8(ascii: "\"") {
          i += 1
          flush(&out, &run)
          return String(out)
        }
        if b == UInt8(ascii: "\\") {
          flush(&out, &run)
          i += 1
          guard i < bytes.count else { throw fail("bad escape") }
          let e = bytes[i]
          i += 1
          switch e {
          case UInt8(ascii: "\""): out.append("\"")
          case UInt8(ascii: "\\"): out.append("\\")
          case UInt8(ascii: "/"): out.append("/")
          case UInt8(ascii: "b"): out.append("\u{08}")
          case UInt8(ascii: "f"): out.append("\u{0C}")
          case UInt8(ascii: "n"): out.append("\n")
          case UInt8(ascii: "r"): out.append("\r")
          case UInt8(ascii: "t"): out.append("\t")
          case UInt8(ascii: "u"):
            var v = try hex4()
            if (0xD800..<0xDC00).contains(v) {
              try expect("\\u")
              let low = try hex4()
              guard (0xDC00..<0xE000).contains(low) else { throw fail("bad surrogate pair") }
              v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(v) else { throw fail("bad scalar") }
            out.append(scalar)
          default: throw fail("bad escape")
          }
          continue
        }
        run.append(b)
        i += 1
      }
    }
  }
}
