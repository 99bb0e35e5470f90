import ChronicleExtraction
import Foundation

/// Writes Chronicle's TIMEX3 and EVENT annotations into TimeML documents (TempEval-3 form).
///
/// The input is a TimeML document with a `<DCT>` and a `<TEXT>`; TIMEX3, EVENT and SIGNAL
/// tags already inside `<TEXT>` are removed first, and so are the MAKEINSTANCE, TLINK, SLINK
/// and ALINK elements after it, so gold files are accepted too. Everything else outside
/// `<TEXT>` is kept byte for byte (the DCT keeps its `tid="t0"`), and inside it only the new
/// `<TIMEX3 …>` and `<EVENT eid class>` tags are added: removing them gives back the stripped
/// text exactly, entities and other markup included. Each EVENT gets a MAKEINSTANCE (`eiid`,
/// `tense`, `aspect`, `polarity`, `pos`) right after `</TEXT>`.
///
/// Events come from the whole pipeline (times and actors included), as `chronicle extract`
/// finds them; a trigger that overlaps a time expression is left untagged (TimeML tags do not
/// nest), and so is one that would enclose other markup.
public struct TimeMLAnnotator: Sendable {
  let analyzer = TextAnalyzer()
  let tagger = TemporalTagger()
  let recognizer = ActorRecognizer()
  let eventExtractor = EventExtractor()

  public init() {}

  /// The result of annotating one document.
  public struct Annotation: Sendable {
    /// The annotated TimeML document.
    public var output: String
    /// The expressions inserted, in text order, with their `tid`s (`t1`, `t2`…).
    public var timexes: [(tid: String, expression: TimeExpression)]
    /// The events inserted, in text order, with their `eid`s (`e1`, `e2`…).
    public var events: [(eid: String, event: EventMention)] = []
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
    let actors = recognizer.recognize(analyzed, published: dct)
    let extracted = eventExtractor.extract(analyzed, times: found, actors: actors, published: dct)

    // Time expressions first (in order, without overlaps), then the events that fit between them.
    var timexSpans: [TextSpan] = []
    var tags: [(span: TextSpan, timex: TimeExpression?, event: EventMention?)] = []
    var lastEnd = 0
    for e in found where e.span.start >= lastEnd && e.span.end > e.span.start {
      timexSpans.append(e.span)
      tags.append((e.span, e, nil))
      lastEnd = e.span.end
    }
    var lastEventEnd = 0
    for e in extracted.sorted(by: { $0.span.start < $1.span.start })
    where e.span.start >= lastEventEnd && e.span.end > e.span.start && e.span.end <= content.plain.count
      && !timexSpans.contains(where: { $0.overlaps(e.span) })
      && !content.raw[content.startMap[e.span.start]..<content.endMap[e.span.end]].contains(UInt8(ascii: "<"))
    {
      tags.append((e.span, nil, e))
      lastEventEnd = e.span.end
    }
    tags.sort { $0.span.start < $1.span.start }

    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + found.count * 96 + extracted.count * 48)
    out.append(contentsOf: bytes[0..<contentStart])
    var copied = 0
    var timexes: [(tid: String, expression: TimeExpression)] = []
    var events: [(eid: String, event: EventMention)] = []
    var lastDayTid: String? = nil
    for tagged in tags {
      let rawStart = content.startMap[tagged.span.start]
      let rawEnd = content.endMap[tagged.span.end]
      out.append(contentsOf: content.raw[copied..<rawStart])
      if let e = tagged.timex {
        let tid = "t\(timexes.count + 1)"
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
        timexes.append((tid, e))
        if e.type == .date || e.type == .time, let r = TimexValue.range(of: e.value), r.granularity <= .day {
          lastDayTid = tid
        }
      } else if let e = tagged.event {
        let eid = "e\(events.count + 1)"
        out.append(contentsOf: Array("<EVENT eid=\"\(eid)\" class=\"\(e.timemlClass.rawValue)\">".utf8))
        out.append(contentsOf: content.raw[rawStart..<rawEnd])
        out.append(contentsOf: Array("</EVENT>".utf8))
        events.append((eid, e))
      }
      copied = rawEnd
    }
    out.append(contentsOf: content.raw[copied...])
    // After </TEXT>: the system's MAKEINSTANCEs instead of any annotations the input had.
    let closeTag = Array("</TEXT>".utf8)
    if close + closeTag.count <= bytes.count {
      out.append(contentsOf: closeTag)
      var instances = events.isEmpty ? "" : "\n"
      for (n, (eid, e)) in events.enumerated() {
        instances += "<MAKEINSTANCE eventID=\"\(eid)\" eiid=\"ei\(n + 1)\" tense=\"\(e.tense.rawValue)\""
        instances += " aspect=\"\(e.aspect.rawValue)\" polarity=\"\(e.polarity ? "POS" : "NEG")\" pos=\"\(Self.partOfSpeech(e))\"/>\n"
      }
      out.append(contentsOf: Array(instances.utf8))
      out.append(contentsOf: Self.removingLinks(bytes[(close + closeTag.count)...]))
    } else {
      out.append(contentsOf: bytes[close...])
    }
    return Annotation(output: String(decoding: out, as: UTF8.self), timexes: timexes, events: events)
  }

  /// TimeML `pos` of an event, from the rule that found its trigger.
  static func partOfSpeech(_ e: EventMention) -> String {
    if e.rules.contains("adjectival-participle") { return "ADJECTIVE" }
    switch e.rules.first {
    case "trigger:noun": return "NOUN"
    case "trigger:verb": return "VERB"
    default: return "OTHER"
    }
  }

  /// Names of the annotation elements after `</TEXT>` that a new annotation replaces.
  static let linkElements: [[UInt8]] = ["MAKEINSTANCE", "TLINK", "SLINK", "ALINK"].map { Array($0.utf8) }

  /// `bytes` without MAKEINSTANCE/TLINK/SLINK/ALINK elements (each with the line break after it).
  static func removingLinks(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = bytes.startIndex
    while i < bytes.endIndex {
      if bytes[i] == UInt8(ascii: "<"),
        linkElements.contains(where: { name in
          i + 1 + name.count < bytes.endIndex && bytes[(i + 1)..<(i + 1 + name.count)].elementsEqual(name)
            && [UInt8(ascii: " "), UInt8(ascii: "/"), UInt8(ascii: ">"), 9, 10, 13].contains(bytes[i + 1 + name.count])
        })
      {
        var j = i + 1
        while j < bytes.endIndex, bytes[j] != UInt8(ascii: ">") { j += 1 }
        i = min(j + 1, bytes.endIndex)
        if i < bytes.endIndex, bytes[i] == 10 { i += 1 }
        continue
      }
      out.append(bytes[i])
      i += 1
    }
    return out
  }

  /// Annotates each file of `files` into `directory` under the same file name, on every
  /// core; returns the number of TIMEX3 and EVENT tags inserted per file, in `files` order.
  public func annotate(files: [String], into directory: String) throws -> [(timexes: Int, events: Int)] {
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
        results.set(k, .success((annotation.timexes.count, annotation.events.count)))
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
  private(set) var values: [Result<(timexes: Int, events: Int), TimeMLError>?]
  init(count: Int) { values = Array(repeating: nil, count: count) }
  func set(_ k: Int, _ value: Result<(timexes: Int, events: Int), TimeMLError>) {
    lock.lock()
    values[k] = value
    lock.unlock()
  }
}
