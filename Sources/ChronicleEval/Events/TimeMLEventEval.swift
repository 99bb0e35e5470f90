import ChronicleExtraction
import Foundation

/// A problem reading an evaluation corpus. One line, saying what to do.
public enum EventEvalError: Error, CustomStringConvertible, Sendable {
  case noFiles(path: String)
  case unreadable(path: String)
  case malformed(path: String, reason: String)

  public var description: String {
    switch self {
    case .noFiles(let p): return "\(p): no .tml files found; pass a TimeML file or a directory holding them"
    case .unreadable(let p): return "\(p): cannot read the file; check the path and its permissions"
    case .malformed(let p, let r): return "\(p): malformed input (\(r)); check the file format"
    }
  }
}

/// One gold EVENT of a TimeML document.
public struct GoldEvent: Sendable, Equatable {
  /// UTF-8 byte span in the document's plain text.
  public var span: TextSpan
  public var text: String
  public var cls: String
  public var tense: String?
  public var aspect: String?
  public var polarity: String?

  public init(span: TextSpan, text: String, cls: String, tense: String? = nil, aspect: String? = nil, polarity: String? = nil) {
    self.span = span
    self.text = text
    self.cls = cls
    self.tense = tense
    self.aspect = aspect
    self.polarity = polarity
  }
}

/// A TimeML document with its plain text and gold events.
public struct TimeMLEventDocument: Sendable {
  public var name: String
  public var text: String
  public var events: [GoldEvent]
}

/// Reads TimeML `.tml` documents: the `<TEXT>` content with tags stripped and entities
/// decoded, gold EVENT spans as UTF-8 byte offsets, and MAKEINSTANCE attributes.
public enum TimeMLEventReader {
  /// Reads the TimeML file at `path`.
  public static func read(path: String) throws -> TimeMLEventDocument {
    guard let data = FileManager.default.contents(atPath: path) else { throw EventEvalError.unreadable(path: path) }
    let bytes = [UInt8](data)
    return try parse(bytes, name: (path as NSString).lastPathComponent, path: path)
  }

  static func attributes(_ tag: [UInt8]) -> [String: String] {
    var out: [String: String] = [:]
    let s = String(decoding: tag, as: UTF8.self)
    var rest = Substring(s)
    while let eq = rest.firstIndex(of: "=") {
      let keyPart = rest[..<eq]
      let key = keyPart.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last.map(String.init) ?? ""
      var after = rest[rest.index(after: eq)...]
      guard let q = after.first, q == "\"" || q == "'" else { break }
      after = after.dropFirst()
      guard let close = after.firstIndex(of: q) else { break }
      out[key] = String(after[..<close])
      rest = after[after.index(after: close)...]
    }
    return out
  }

  /// Parses TimeML bytes; `path` only names the input in errors.
  public static func parse(_ bytes: [UInt8], name: String, path: String = "") throws -> TimeMLEventDocument {
    func find(_ needle: String, from: Int) -> Int? {
      let n = Array(needle.utf8)
      guard n.count <= bytes.count else { return nil }
      var i = from
      while i + n.count <= bytes.count {
        if bytes[i] == n[0] && Array(bytes[i..<(i + n.count)]) == n { return i }
        i += 1
      }
      return nil
    }
    guard let open = find("<TEXT>", from: 0), let close = find("</TEXT>", from: open) else {
      throw EventEvalError.malformed(path: path, reason: "no <TEXT> element")
    }
    var out: [UInt8] = []
    var events: [GoldEvent] = []
    var openEvent: (start: Int, attrs: [String: String])?
    var eventIDs: [String] = []
    var i = open + 6
    while i < close {
      let b = bytes[i]
      if b == UInt8(ascii: "<") {
        var j = i + 1
        while j < close && bytes[j] != UInt8(ascii: ">") { j += 1 }
        let tag = Array(bytes[(i + 1)..<j])
        if tag.starts(with: Array("EVENT".utf8)) {
          openEvent = (out.count, attributes(tag))
        } else if tag.starts(with: Array("/EVENT".utf8)), let ev = openEvent {
          let text = String(decoding: out[ev.start..<out.count], as: UTF8.self)
          events.append(GoldEvent(span: TextSpan(start: ev.start, end: out.count), text: text, cls: ev.attrs["class"] ?? "OCCURRENCE"))
          if let eid = ev.attrs["eid"] { eventIDs.append(eid) }
          openEvent = nil
        }
        i = j + 1
        continue
      }
      if b == UInt8(ascii: "&") {
        let entities: [(String, UInt8)] = [("&amp;", 38), ("&lt;", 60), ("&gt;", 62), ("&quot;", 34), ("&apos;", 39)]
        var matched = false
        for (e, v) in entities {
          let eb = Array(e.utf8)
          if i + eb.count <= close && Array(bytes[i..<(i + eb.count)]) == eb {
            out.append(v)
            i += eb.count
            matched = true
            break
          }
        }
        if matched { continue }
      }
      out.append(b)
      i += 1
    }
    // MAKEINSTANCE
    var instances: [String: [String: String]] = [:]
    var k = close
    while let m = find("<MAKEINSTANCE", from: k) {
      var j = m
      while j < bytes.count && bytes[j] != UInt8(ascii: ">") { j += 1 }
      let attrs = attributes(Array(bytes[(m + 1)..<j]))
      if let id = attrs["eventID"], instances[id] == nil { instances[id] = attrs }
      k = j
    }
    for idx in events.indices where idx < eventIDs.count {
      if let inst = instances[eventIDs[idx]] {
        events[idx].tense = inst["tense"]
        events[idx].aspect = inst["aspect"]
        events[idx].polarity = inst["polarity"]
      }
    }
    return TimeMLEventDocument(name: name, text: String(decoding: out, as: UTF8.self), events: events)
  }
}

/// Scores for TimeML event-trigger detection: a system event matches a gold EVENT when
/// their byte spans are identical; class, tense, aspect and polarity are compared on matches.
public struct EventTriggerReport: Sendable, Codable {
  public var documents = 0
  public var gold = 0
  public var system = 0
  public var matched = 0
  /// Gold events overlapped by some system event (relaxed match, TempEval-3 style).
  public var relaxedMatched = 0
  /// System events overlapping some gold event.
  public var relaxedSystemMatched = 0
  public var classCorrect = 0
  public var tenseCorrect = 0
  public var aspectCorrect = 0
  public var polarityCorrect = 0
  public var attributesCompared = 0
  /// Error kind → word → count.
  public var errors: [String: [String: Int]] = [:]
  public var seconds: Double = 0

  public var precision: Double { system == 0 ? 0 : Double(matched) / Double(system) }
  public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
  public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
  /// Relaxed precision: system events overlapping a gold event.
  public var relaxedPrecision: Double { system == 0 ? 0 : Double(relaxedSystemMatched) / Double(system) }
  /// Relaxed recall: gold events overlapped by a system event.
  public var relaxedRecall: Double { gold == 0 ? 0 : Double(relaxedMatched) / Double(gold) }
  /// Relaxed F1 (span overlap).
  public var relaxedF1: Double {
    relaxedPrecision + relaxedRecall == 0 ? 0 : 2 * relaxedPrecision * relaxedRecall / (relaxedPrecision + relaxedRecall)
  }
  public var classAccuracy: Double { matched == 0 ? 0 : Double(classCorrect) / Double(matched) }
  public var tenseAccuracy: Double { attributesCompared == 0 ? 0 : Double(tenseCorrect) / Double(attributesCompared) }
  public var aspectAccuracy: Double { attributesCompared == 0 ? 0 : Double(aspectCorrect) / Double(attributesCompared) }
  public var polarityAccuracy: Double { attributesCompared == 0 ? 0 : Double(polarityCorrect) / Double(attributesCompared) }

  public init() {}

  /// The derived scores, for JSON output.
  public var scores: [String: Double] {
    [
      "precision": precision, "recall": recall, "f1": f1, "classAccuracy": classAccuracy,
      "tenseAccuracy": tenseAccuracy, "aspectAccuracy": aspectAccuracy, "polarityAccuracy": polarityAccuracy,
      "relaxedPrecision": relaxedPrecision, "relaxedRecall": relaxedRecall, "relaxedF1": relaxedF1,
    ]
  }

  /// The scores under the snake_case names the CI floors read (`metrics.f1`…).
  public var metrics: [String: Double] {
    [
      "precision": precision, "recall": recall, "f1": f1, "class_accuracy": classAccuracy,
      "relaxed_precision": relaxedPrecision, "relaxed_recall": relaxedRecall, "relaxed_f1": relaxedF1,
      "tense_accuracy": tenseAccuracy, "aspect_accuracy": aspectAccuracy, "polarity_accuracy": polarityAccuracy,
    ]
  }

  mutating func error(_ kind: String, _ word: String) {
    errors[kind, default: [:]][word, default: 0] += 1
  }

  /// Scores one document's system events against its gold events (exact span match).
  public mutating func score(gold goldEvents: [GoldEvent], system events: [EventMention]) {
    score(
      gold: goldEvents,
      scored: events.map {
        ScoredEvent(
          span: $0.span, word: $0.trigger.lowercased(), lemma: $0.lemma, cls: $0.timemlClass.rawValue,
          tense: $0.tense.rawValue, aspect: $0.aspect.rawValue, polarity: $0.polarity ? "POS" : "NEG")
      })
  }

  /// Scores one document's system EVENT tags (read from a system TimeML file, with the
  /// attributes of their MAKEINSTANCE; missing ones count as NONE/NONE/POS) against its
  /// gold events.
  public mutating func score(gold goldEvents: [GoldEvent], systemTags: [GoldEvent]) {
    score(
      gold: goldEvents,
      scored: systemTags.map {
        ScoredEvent(
          span: $0.span, word: $0.text.lowercased(), lemma: $0.text.lowercased(), cls: $0.cls,
          tense: $0.tense ?? "NONE", aspect: $0.aspect ?? "NONE", polarity: $0.polarity ?? "POS")
      })
  }

  /// A system event as scored: span, surface form, lemma (for class errors), class and
  /// MAKEINSTANCE attributes.
  struct ScoredEvent {
    var span: TextSpan
    var word: String
    var lemma: String
    var cls: String
    var tense: String
    var aspect: String
    var polarity: String
  }

  mutating func score(gold goldEvents: [GoldEvent], scored events: [ScoredEvent]) {
    documents += 1
    gold += goldEvents.count
    system += events.count
    var bySpan: [TextSpan: ScoredEvent] = [:]
    for e in events { bySpan[e.span] = e }
    var matchedSpans = Set<TextSpan>()
    for g in goldEvents {
      guard let s = bySpan[g.span] else {
        error("missed:\(g.cls)", g.text.lowercased())
        continue
      }
      matched += 1
      matchedSpans.insert(g.span)
      if s.cls == g.cls { classCorrect += 1 } else {
        error("class:\(g.cls)->\(s.cls)", s.lemma)
      }
      if let tense = g.tense {
        attributesCompared += 1
        if tense == s.tense { tenseCorrect += 1 } else { error("tense:\(tense)->\(s.tense)", g.text.lowercased()) }
        if (g.aspect ?? "NONE") == s.aspect { aspectCorrect += 1 } else {
          error("aspect:\(g.aspect ?? "NONE")->\(s.aspect)", g.text.lowercased())
        }
        if (g.polarity ?? "POS") == s.polarity { polarityCorrect += 1 } else {
          error("polarity:\(g.polarity ?? "POS")", g.text.lowercased())
        }
      }
    }
    let goldSpans = goldEvents.map(\.span)
    relaxedMatched += goldSpans.filter { g in events.contains { $0.span.overlaps(g) } }.count
    relaxedSystemMatched += events.filter { e in goldSpans.contains { $0.overlaps(e.span) } }.count
    for e in events where !matchedSpans.contains(e.span) {
      error("spurious:\(e.cls)", e.word)
    }
  }

  /// A plain-text summary; with `errors`, the most frequent words of each error kind.
  public func render(errors showErrors: Bool, top: Int = 12) -> String {
    var lines = scoreLines + [String(format: "  %.2f s", seconds)]
    if showErrors { lines += errorLines(top: top) }
    return lines.joined(separator: "\n")
  }

  /// The counts and scores, one line each (what ``render(errors:top:)`` starts with).
  public var scoreLines: [String] {
    func pct(_ v: Double) -> String { String(format: "%.3f", v) }
    return [
      "TimeML event triggers: \(documents) documents, gold \(gold), system \(system), matched \(matched)",
      "  strict: precision \(pct(precision))  recall \(pct(recall))  F1 \(pct(f1))",
      "  relaxed (overlap): precision \(pct(relaxedPrecision))  recall \(pct(relaxedRecall))  F1 \(pct(relaxedF1))",
      "  class accuracy \(pct(classAccuracy))  tense \(pct(tenseAccuracy))  aspect \(pct(aspectAccuracy))  polarity \(pct(polarityAccuracy))  (on \(attributesCompared) matches with MAKEINSTANCE)",
    ]
  }

  /// One line per error kind, the most frequent first, with its `top` most frequent words.
  public func errorLines(top: Int = 12) -> [String] {
    let kinds = errors.map { ($0.key, $0.value.values.reduce(0, +)) }.sorted { $0.1 > $1.1 }
    return kinds.map { kind, total in
      let words = errors[kind]!.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(top)
      return "  \(kind) (\(total)): " + words.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
  }
}

/// Runs the event extractor over TimeML documents and scores triggers.
public enum TimeMLEventEvaluation {
  /// `.tml` files at `paths` (files or directories, searched recursively), sorted.
  public static func files(_ paths: [String]) throws -> [String] {
    var out: [String] = []
    let fm = FileManager.default
    for p in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: p, isDirectory: &isDir) else { throw EventEvalError.unreadable(path: p) }
      if isDir.boolValue {
        let found = (fm.enumerator(atPath: p)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".tml") }
        out += found.map { (p as NSString).appendingPathComponent($0) }
      } else {
        out.append(p)
      }
    }
    if out.isEmpty { throw EventEvalError.noFiles(path: paths.joined(separator: " ")) }
    return out.sorted()
  }

  /// Runs the whole pipeline (text, times against the document's creation date, actors,
  /// events: what `chronicle extract` does) on every document and scores the triggers.
  /// `extractor` defaults to the shipped one (rules and the learned trigger model).
  public static func run(paths: [String], extractor: EventExtractor = EventExtractor()) throws -> EventTriggerReport {
    let start = Date()
    var report = EventTriggerReport()
    for doc in try prepare(paths: paths) {
      report.score(gold: doc.document.events, system: doc.events(extractor))
    }
    report.seconds = Date().timeIntervalSince(start)
    return report
  }
}
