import ChronicleExtraction
import ChronicleStore

/// An event located the way SemEval-2015 Task 4 names mentions: `docid-sentence-word`.
public struct SemEvalEvent: Sendable, Equatable {
  /// The chronology row (date, lemma, actors, sentence text).
  public var entry: TimelineEntry
  /// Sentence number in the source's own numbering (the `<s id>` of a TimeML file; else
  /// the 1-based sentence index of the stored text).
  public var sentence: Int

  public init(entry: TimelineEntry, sentence: Int) {
    self.entry = entry
    self.sentence = sentence
  }

  /// `docid-sentence-word`, spaces in the trigger written as `_`.
  public var mentionID: String {
    let word = entry.trigger.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: "_")
    return "\(entry.documentID)-\(sentence)-\(word)"
  }
}

/// Maps positions in a TimeML document's text to its `<s id="N">` sentence numbers.
///
/// SemEval-2015 TimeLine documents number sentences with `<s id>` elements (tokens are
/// separated by spaces). Chronicle stores the text with the tags stripped, so the
/// exporter re-reads the source file (`documents.origin`) with ``TimeMLArticleReader``
/// and maps a stored code-point offset to the `<s>` element around it — exact whenever
/// the re-read text equals the stored text, which ``init(timeML:path:storedText:)`` checks.
public struct TimeMLSentenceLocator: Sendable {
  /// `(start, end, id)` in code points of the full text (headline, blank line, body).
  private var sentences: [(start: Int, end: Int, id: Int)] = []

  /// `nil` when the file is no TimeML with `<s id>` sentences or its text is not the stored one.
  public init?(timeML bytes: [UInt8], path: String, storedText: String) {
    guard let document = try? TimeMLArticleReader.parse(bytes: bytes, path: path),
      document.article.fullText == storedText
    else { return nil }
    let offset = document.fullTextOffset
    // Byte → code point offsets of the full text.
    let utf8 = Array(storedText.utf8)
    var points = [Int](repeating: 0, count: utf8.count + 1)
    var count = 0
    for (i, byte) in utf8.enumerated() {
      points[i] = count
      if byte & 0xC0 != 0x80 { count += 1 }
    }
    points[utf8.count] = count
    for tag in document.annotations where tag.name.lowercased() == "s" {
      guard let range = tag.range, let id = tag.attributes["id"].flatMap({ Int($0) }) else { continue }
      let start = min(range.lowerBound + offset, utf8.count)
      let end = min(range.upperBound + offset, utf8.count)
      sentences.append((points[start], points[end], id))
    }
    if sentences.isEmpty { return nil }
  }

  /// The `<s id>` of the sentence holding the code-point offset, if any.
  public func sentence(at offset: Int) -> Int? {
    sentences.first(where: { $0.start <= offset && offset < $0.end })?.id
  }
}

/// SemEval-2015 Task 4 timelines ("TimeLine: Cross-Document Event Ordering").
///
/// A file per entity: the entity on the first line, then
/// `order<TAB>anchor<TAB>docid-sentence-word[<TAB>coreferent mention…]`. Dated events
/// are ordered by their date (1, 2, …; events on the same anchor share an order); undated
/// events get order 0 and anchor `XXXX-XX-XX`. Anchors keep the date's granularity:
/// `2005-01-18`, `2005-01-XX`, `2007-XX-XX`.
public enum SemEvalTimelineExport {
  /// The file name of an entity's timeline: lower-cased, runs of characters other than
  /// letters and digits replaced by `_`, plus `.txt` (`Apple Corps` → `apple_corps.txt`).
  public static func fileName(entity: String) -> String {
    var out = ""
    var pendingSeparator = false
    for ch in entity.lowercased() {
      if ch.isLetter || ch.isNumber {
        if pendingSeparator, !out.isEmpty { out.append("_") }
        pendingSeparator = false
        out.append(ch)
      } else {
        pendingSeparator = true
      }
    }
    if pendingSeparator { out.append("_") }
    return out + ".txt"
  }

  /// The anchor of an entry at its date's granularity; `nil` when the date is unknown or
  /// coarser than a year.
  public static func anchor(_ entry: TimelineEntry) -> String? {
    if let value = entry.date {
      let b = Array(value.utf8)
      func digits(_ r: Range<Int>) -> Bool { r.upperBound <= b.count && r.allSatisfy { b[$0] >= 48 && b[$0] <= 57 } }
      if b.count == 10, digits(0..<4), b[4] == 45, digits(5..<7), b[7] == 45, digits(8..<10) { return value }
      if b.count >= 10, digits(0..<4), b[4] == 45, digits(5..<7), b[7] == 45, digits(8..<10), b[10] == 84 {
        return String(value.prefix(10))
      }
      if b.count == 7, digits(0..<4), b[4] == 45, digits(5..<7) { return value + "-XX" }
      if b.count == 4, digits(0..<4) { return value + "-XX-XX" }
    }
    guard let range = entry.range else { return nil }
    if range.start == range.end { return range.start.iso }
    if range.start.year == range.end.year {
      if range.start.month == range.end.month {
        return "\(String(range.start.iso.prefix(7)))-XX"
      }
      return "\(String(range.start.iso.prefix(4)))-XX-XX"
    }
    return nil
  }

  /// Whether an event belongs to an entity's timeline.
  ///
  /// The rule (the same for every entity): the event has an actor argument whose name,
  /// alias mention or id names the entity, or the entity's name occurs in the event's
  /// sentence as a whole phrase (word-bounded, case-insensitive) — a mention of the
  /// entity in the clause that reports the event. Reporting events ("said") whose only
  /// link is the sentence are left out: the entity is then the topic of the report, not
  /// a participant.
  public static func belongs(_ entry: TimelineEntry, to entity: String) -> Bool {
    let key = EntityKey(entity)
    for actor in entry.actors where key.names(actor.name) || key.names(actor.mention) {
      return true
    }
    return key.occurs(in: entry.sentence)
  }

  /// The timeline file of an entity from the events that belong to it: the same event
  /// reported in several documents (same lemma, same anchor, a shared actor) becomes one
  /// line listing every mention.
  public static func timeline(entity: String, events: [SemEvalEvent]) -> String {
    struct Line {
      var anchor: String?
      var range: DateRange?
      var lemma: String
      var actors: Set<String>
      var mentions: [String]
      var documents: Set<String>
    }
    var lines: [Line] = []
    var seen: Set<String> = []
    for event in events {
      let id = event.mentionID
      guard seen.insert(id).inserted else { continue }
      let anchor = anchor(event.entry)
      let actors = Set(event.entry.actors.map(\.actorID))
      if let anchor,
        let i = lines.firstIndex(where: {
          $0.anchor == anchor && $0.lemma == event.entry.lemma && !$0.documents.contains(event.entry.documentID)
            && !$0.actors.isDisjoint(with: actors)
        })
      {
        lines[i].mentions.append(id)
        lines[i].actors.formUnion(actors)
        lines[i].documents.insert(event.entry.documentID)
        continue
      }
      lines.append(
        Line(
          anchor: anchor, range: anchor == nil ? nil : event.entry.range, lemma: event.entry.lemma, actors: actors,
          mentions: [id], documents: [event.entry.documentID]))
    }
    // Orders: one per distinct anchor, by the interval's start, then its end.
    let dated = lines.filter { $0.anchor != nil }
    var anchors: [(anchor: String, start: Int, end: Int)] = []
    for line in dated where !anchors.contains(where: { $0.anchor == line.anchor! }) {
      anchors.append((line.anchor!, line.range?.start.dayNumber ?? 0, line.range?.end.dayNumber ?? 0))
    }
    anchors.sort { ($0.start, $0.end, $0.anchor) < ($1.start, $1.end, $1.anchor) }
    var order: [String: Int] = [:]
    for (i, a) in anchors.enumerated() { order[a.anchor] = i + 1 }
    var rows: [(order: Int, text: String)] = []
    for line in lines {
      let o = line.anchor.flatMap { order[$0] } ?? 0
      rows.append((o, "\(o)\t\(line.anchor ?? "XXXX-XX-XX")\t\(line.mentions.joined(separator: "\t"))"))
    }
    let sorted = rows.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }
    return ([entity] + sorted.map(\.element.text)).joined(separator: "\n") + "\n"
  }
}

/// An entity name prepared for matching: its lower-cased words.
struct EntityKey {
  let words: [Substring]

  init(_ entity: String) {
    words = Self.words(entity.lowercased())
  }

  static func words(_ s: String) -> [Substring] {
    s.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
  }

  /// Whether a name or mention names the entity: it is the entity's words, or a
  /// multi-word name that contains them all in order, or (for a person-like two-word
  /// entity) its last word.
  func names(_ name: String) -> Bool {
    let other = Self.words(name.lowercased())
    if other.isEmpty || words.isEmpty { return false }
    return Self.contains(other, words) || (other.count >= 2 && Self.contains(words, other))
  }

  /// Whether the entity's words occur in a row in the text.
  func occurs(in text: String) -> Bool {
    Self.contains(Self.words(text.lowercased()), words)
  }

  static func contains(_ hay: [Substring], _ needle: [Substring]) -> Bool {
    guard !needle.isEmpty, hay.count >= needle.count else { return false }
    for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
      if (1..<needle.count).allSatisfy({ hay[i + $0] == needle[$0] }) { return true }
    }
    return false
  }
}
