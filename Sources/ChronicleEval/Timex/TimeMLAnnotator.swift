import ChronicleExtraction
import Foundation

/// Writes Chronicle's TIMEX3 annotations into TimeML documents (TempEval-3 input form).
///
/// The input is a TimeML document with a `<DCT>` and a `<TEXT>`; TIMEX3, EVENT and SIGNAL
/// tags already inside `<TEXT>` are removed first, so gold files are accepted too. Everything
/// outside `<TEXT>` is kept byte for byte (the DCT keeps its `tid="t0"`), and inside it only
/// the new `<TIMEX3 …>` / `</TIMEX3>` tags are added: removing them gives back the stripped
/// text exactly, entities and other markup included.
public struct TimeMLAnnotator: Sendable {
  let analyzer = TextAnalyzer()
  let tagger = TemporalTagger()

  public init() {}

  /// The result of annotating one document.
  public struct Annotation: Sendable {
    /// The annotated TimeML document.
    public var output: String
    /// The expressions inserted, in text order, with their `tid`s (`t1`, `t2`…).
    public var timexes: [(tid: String, expression: TimeExpression)]
  }

  /// Annotates the TimeML document `source` (file name `name` for messages).
  public func annotate(_ source: String, name: String) throws -> Annotation {
    let bytes = Array(source.utf8)
    guard let open = TimeMLReader.find(Array("<TEXT".utf8), in: bytes, from: 0),
      let openEnd = TimeMLReader.find([UInt8(ascii: ">")], in: bytes, from: open)
    else { throw TimeMLError.noText(name) }
    let contentStart = openEnd + 1
    let close = TimeMLReader.find(Array("</TEXT>".utf8), in: bytes, from: contentStart) ?? bytes.count
    let dct = TimeMLReader.creationDate(bytes)
    let content = Self.strip(bytes[contentStart..<close])

    let analyzed = analyzer.analyze(String(decoding: content.plain, as: UTF8.self), headlineLength: 0)
    let found = tagger.tag(analyzed, published: dct)

    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + found.count * 96)
    out.append(contentsOf: bytes[0..<contentStart])
    var copied = 0
    var timexes: [(tid: String, expression: TimeExpression)] = []
    var lastEnd = 0
    var lastDayTid: String? = nil
    for e in found where e.span.start >= lastEnd && e.span.end > e.span.start {
      let tid = "t\(timexes.count + 1)"
      let rawStart = content.startMap[e.span.start]
      let rawEnd = content.endMap[e.span.end]
      out.append(contentsOf: content.raw[copied..<rawStart])
      var tag = "<TIMEX3 tid=\"\(tid)\" type=\"\(e.type.rawValue)\" value=\"\(Self.escape(e.value))\""
      if let mod = e.mod { tag += " mod=\"\(Self.escape(mod))\"" }
      switch e.anchor {
      case .documentDate: tag += " temporalFunction=\"true\" anchorTimeID=\"t0\""
      case .narrative, .speech:
        tag += " temporalFunction=\"true\""
        if let lastDayTid { tag += " anchorTimeID=\"\(lastDayTid)\"" }
      case .unresolved: tag += " temporalFunction=\"true\""
      case .absolute: tag += " temporalFunction=\"false\""
      }
      tag += " functionInDocument=\"NONE\">"
      out.append(contentsOf: Array(tag.utf8))
      out.append(contentsOf: content.raw[rawStart..<rawEnd])
      out.append(contentsOf: Array("</TIMEX3>".utf8))
      copied = rawEnd
      lastEnd = e.span.end
      timexes.append((tid, e))
      if e.type == .date || e.type == .time, let r = TimexValue.range(of: e.value), r.granularity <= .day {
        lastDayTid = tid
      }
    }
    out.append(contentsOf: content.raw[copied...])
    out.append(contentsOf: bytes[close...])
    return Annotation(output: String(decoding: out, as: UTF8.self), timexes: timexes)
  }

  /// Annotates each file of `files` into `directory` under the same file name, on every
  /// core; returns the number of expressions inserted per file, in `files` order.
  public func annotate(files: [String], into directory: String) throws -> [Int] {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let results = ResultBox(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { k in
      let path = files[k]
      do {
        guard let data = FileManager.default.contents(atPath: path) else { throw TimeMLError.unreadable(path) }
        let name = (path as NSString).lastPathComponent
        let annotation = try annotate(String(decoding: data, as: UTF8.self), name: path)
        let target = (directory as NSString).appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: target, contents: Data(annotation.output.utf8)) else {
          throw TimeMLError.unwritable(target)
        }
        results.set(k, .success(annotation.timexes.count))
      } catch let error as TimeMLError {
        results.set(k, .failure(error))
      } catch {
        results.set(k, .failure(.unreadable(path)))
      }
    }
    return try results.values.map { try $0!.get() }
  }

  /// `<TEXT>` content with TIMEX3/EVENT/SIGNAL tags removed (`raw`), its plain text (other
  /// tags removed, entities decoded) and the maps from plain byte offsets to raw ones.
  struct Stripped {
    var raw: [UInt8] = []
    var plain: [UInt8] = []
    /// `startMap[i]`: raw offset where plain byte `i` starts (`plain.count` → `raw.count`).
    var startMap: [Int] = []
    /// `endMap[i]`: raw offset just after plain byte `i - 1` (`endMap[0]` = 0).
    var endMap: [Int] = [0]
  }

  static let removable: [[UInt8]] = ["TIMEX3", "EVENT", "SIGNAL"].map { Array($0.utf8) }

  static func strip(_ bytes: ArraySlice<UInt8>) -> Stripped {
    var s = Stripped()
    s.raw.reserveCapacity(bytes.count)
    s.plain.reserveCapacity(bytes.count)
    var i = bytes.startIndex
    let end = bytes.endIndex
    func emitPlain(_ piece: some Sequence<UInt8>, rawStart: Int, rawEnd: Int) {
      for b in piece {
        s.plain.append(b)
        s.startMap.append(rawStart)
        s.endMap.append(rawEnd)
      }
    }
    while i < end {
      let b = bytes[i]
      if b == UInt8(ascii: "<") {
        var j = i + 1
        while j < end, bytes[j] != UInt8(ascii: ">") { j += 1 }
        let tagEnd = min(j + 1, end)
        var nameStart = i + 1
        if nameStart < end, bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
        let drop = removable.contains { name in
          nameStart + name.count <= end && bytes[nameStart..<(nameStart + name.count)].elementsEqual(name)
            && (nameStart + name.count == end || [UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "/"), 9, 10, 13]
              .contains(bytes[nameStart + name.count]))
        }
        if !drop { s.raw.append(contentsOf: bytes[i..<tagEnd]) }
        i = tagEnd
      } else if b == UInt8(ascii: "&") {
        var j = i + 1
        while j < end, j - i < 10, bytes[j] != UInt8(ascii: ";") { j += 1 }
        if j < end, bytes[j] == UInt8(ascii: ";"),
          let decoded = TimeMLReader.decode(String(decoding: bytes[(i + 1)..<j], as: UTF8.self))
        {
          let rawStart = s.raw.count
          s.raw.append(contentsOf: bytes[i...j])
          emitPlain(decoded.utf8, rawStart: rawStart, rawEnd: s.raw.count)
          i = j + 1
        } else {
          s.raw.append(b)
          emitPlain(CollectionOfOne(b), rawStart: s.raw.count - 1, rawEnd: s.raw.count)
          i += 1
        }
      } else {
        s.raw.append(b)
        emitPlain(CollectionOfOne(b), rawStart: s.raw.count - 1, rawEnd: s.raw.count)
        i += 1
      }
    }
    s.startMap.append(s.raw.count)
    return s
  }

  static func escape(_ value: String) -> String {
    guard value.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 }) else { return value }
    var out = ""
    for ch in value {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(ch)
      }
    }
    return out
  }
}

/// Per-index results written from concurrent iterations.
final class ResultBox: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var values: [Result<Int, TimeMLError>?]
  init(count: Int) { values = Array(repeating: nil, count: count) }
  func set(_ k: Int, _ value: Result<Int, TimeMLError>) {
    lock.lock()
    values[k] = value
    lock.unlock()
  }
}
