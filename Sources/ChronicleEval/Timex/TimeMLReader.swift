import ChronicleExtraction
import Foundation

/// A gold TIMEX3 annotation with its UTF-8 byte span in the stripped document text.
public struct GoldTimex: Sendable, Equatable, Codable {
  /// UTF-8 byte span in ``TimeMLDocument/text``.
  public var span: TextSpan
  /// The annotated words.
  public var text: String
  /// TIMEX3 `type` (DATE, TIME, DURATION, SET).
  public var type: String
  /// TIMEX3 `value`.
  public var value: String
  /// TIMEX3 `mod`, when present.
  public var mod: String?

  public init(span: TextSpan, text: String, type: String, value: String, mod: String? = nil) {
    self.span = span
    self.text = text
    self.type = type
    self.value = value
    self.mod = mod
  }
}

/// One TimeML document: creation date, plain text of `<TEXT>` and its gold TIMEX3s.
public struct TimeMLDocument: Sendable {
  /// File name.
  public var name: String
  /// The DCT value (document creation time), as a day.
  public var creationDate: CivilDate?
  /// The `<TEXT>` content with tags removed and entities decoded.
  public var text: String
  /// Gold TIMEX3s of the text (the DCT is not among them).
  public var timexes: [GoldTimex]
}

/// Errors reading TimeML files.
public enum TimeMLError: Error, CustomStringConvertible {
  case unreadable(String)
  case noText(String)
  case noFiles(String)
  case unwritable(String)

  public var description: String {
    switch self {
    case .unreadable(let p): return "cannot read \(p): check the path and that the file is UTF-8"
    case .noText(let p): return "\(p) has no <TEXT> element: pass TimeML (.tml) files"
    case .noFiles(let p): return "no .tml files found under \(p): pass TimeML files or folders holding them"
    case .unwritable(let p): return "cannot write \(p): check that the output folder is writable"
    }
  }
}

/// Reads TempEval-3 style TimeML files.
public enum TimeMLReader {
  /// Parses the TimeML markup in `source` (file name `name` for messages).
  public static func parse(_ source: String, name: String) throws -> TimeMLDocument {
    let bytes = Array(source.utf8)
    let dct = creationDate(bytes)
    guard let open = find(Array("<TEXT>".utf8), in: bytes, from: 0) else { throw TimeMLError.noText(name) }
    let close = find(Array("</TEXT>".utf8), in: bytes, from: open) ?? bytes.count
    var out: [UInt8] = []
    out.reserveCapacity(close - open)
    var timexes: [GoldTimex] = []
    var pending: (start: Int, attributes: [String: String])? = nil
    var i = open + 6
    while i < close {
      let b = bytes[i]
      if b == UInt8(ascii: "<") {
        var j = i + 1
        while j < close, bytes[j] != UInt8(ascii: ">") { j += 1 }
        let tag = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
        if tag.hasPrefix("TIMEX3") {
          pending = (out.count, attributes(tag))
        } else if tag == "/TIMEX3", let p = pending {
          let text = String(decoding: out[p.start..<out.count], as: UTF8.self)
          timexes.append(
            GoldTimex(
              span: TextSpan(start: p.start, end: out.count), text: text, type: p.attributes["type"] ?? "DATE",
              value: p.attributes["value"] ?? "", mod: p.attributes["mod"]))
          pending = nil
        }
        i = j + 1
      } else if b == UInt8(ascii: "&") {
        var j = i + 1
        while j < close, j - i < 10, bytes[j] != UInt8(ascii: ";") { j += 1 }
        let entity = String(decoding: bytes[(i + 1)..<min(j, close)], as: UTF8.self)
        if j < close, bytes[j] == UInt8(ascii: ";"), let decoded = decode(entity) {
          out.append(contentsOf: Array(decoded.utf8))
          i = j + 1
        } else {
          out.append(b)
          i += 1
        }
      } else {
        out.append(b)
        i += 1
      }
    }
    return TimeMLDocument(
      name: name, creationDate: dct, text: String(decoding: out, as: UTF8.self), timexes: timexes)
  }

  /// Reads one file.
  public static func read(path: String) throws -> TimeMLDocument {
    guard let data = FileManager.default.contents(atPath: path) else { throw TimeMLError.unreadable(path) }
    return try parse(String(decoding: data, as: UTF8.self), name: (path as NSString).lastPathComponent)
  }

  /// Expands files and folders into the sorted list of `.tml` files.
  public static func files(in paths: [String]) throws -> [String] {
    var result: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw TimeMLError.unreadable(path)
      }
      if isDirectory.boolValue {
        let enumerator = FileManager.default.enumerator(atPath: path)
        var found: [String] = []
        while let item = enumerator?.nextObject() as? String {
          if item.hasSuffix(".tml") { found.append((path as NSString).appendingPathComponent(item)) }
        }
        if found.isEmpty { throw TimeMLError.noFiles(path) }
        result.append(contentsOf: found.sorted())
      } else {
        result.append(path)
      }
    }
    return result
  }

  /// The day of the `<DCT>`'s TIMEX3 value, if any.
  static func creationDate(_ bytes: [UInt8]) -> CivilDate? {
    guard let d = find(Array("<DCT>".utf8), in: bytes, from: 0),
      let t = find(Array("value=\"".utf8), in: bytes, from: d)
    else { return nil }
    let start = t + 7
    guard start + 10 <= bytes.count else { return nil }
    return CivilDate(iso: String(decoding: bytes[start..<(start + 10)], as: UTF8.self))
  }

  static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    var i = from
    while i + needle.count <= haystack.count {
      if haystack[i] == needle[0] {
        var k = 1
        while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  static func attributes(_ tag: String) -> [String: String] {
    var result: [String: String] = [:]
    var rest = Substring(tag)
    while let eq = rest.firstIndex(of: "=") {
      let key = rest[..<eq].split(separator: " ").last.map(String.init) ?? ""
      let afterEq = rest[rest.index(after: eq)...]
      guard let q1 = afterEq.firstIndex(of: "\"") else { break }
      let valueStart = afterEq.index(after: q1)
      guard let q2 = afterEq[valueStart...].firstIndex(of: "\"") else { break }
      result[key] = String(afterEq[valueStart..<q2])
      rest = afterEq[afterEq.index(after: q2)...]
    }
    return result
  }

  static func decode(_ entity: String) -> String? {
    switch entity {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    case "nbsp": return "\u{A0}"
    default:
      if entity.hasPrefix("#x"), let v = UInt32(entity.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) {
        return String(Character(s))
      }
      if entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()), let s = Unicode.Scalar(v) {
        return String(Character(s))
      }
      return nil
    }
  }
}
