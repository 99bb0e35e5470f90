import ChronicleExtraction
import ChronicleStore
import Foundation

/// An event located the way SemEval-2015 Task 4 names mentions: `docid-sentence-word`.
public struct SemEvalEvent: Sendable, Equatable {
  /// The chronology row (date, lemma, actors, sentence text).
  public var entry: TimelineEntry
  /// Sentence number in the source's own numbering (the `<s id>` of a TimeML file; else
  /// the 1-based sentence index of the stored text).
  public var sentence: Int
  /// Grammatical tense of the trigger (undated reports in the past take the publication day).
  public var tense: EventTense
  /// Code-point offset of the trigger in ``TimelineEntry/sentence`` (`nil`: unknown).
  public var triggerOffset: Int?
  /// The narrative date: the day of the closest dated event told before this one in the
  /// same document, set by ``SemEvalTimelineExport/narrativeDates(_:)``.
  public var narrative: DateRange?

  public init(
    entry: TimelineEntry, sentence: Int, tense: EventTense = .none, triggerOffset: Int? = nil,
    narrative: DateRange? = nil
  ) {
    self.entry = entry
    self.sentence = sentence
    self.tense = tense
    self.triggerOffset = triggerOffset
    self.narrative = narrative
  }

  /// The anchor: the event's own date at its granularity; an undated event told in the
  /// past takes the narrative date (the story goes on on the day it last named); any
  /// other undated event that is not future or infinitival is placed on the publication
  /// day (news reports recent events); else `nil`.
  public var anchor: String? { anchorAndRange?.anchor }

  /// The anchor's interval, for ordering.
  var anchorRange: DateRange? { anchorAndRange?.range }

  private var anchorAndRange: (anchor: String, range: DateRange?)? {
    if let own = SemEvalTimelineExport.anchor(entry) { return (own, entry.range) }
    guard tense != .future, tense != .infinitive, let published = entry.documentPublished else { return nil }
    if tense == .past || tense == .pastPart, let narrative, narrative.start < published {
      return (narrative.start.iso, narrative)
    }
    return (published.iso, DateRange(start: published, end: published, granularity: .day))
  }

  /// `docid-sentence-word`, spaces in the trigger written as `_`; a verb's adverbial
  /// particle right after it is part of the word, as SemEval annotates phrasal verbs
  /// (`took_off`, `step_down`, `showed_off`).
  public var mentionID: String {
    var word = entry.trigger.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: "_")
    if !word.contains("_"), let particle = followingParticle { word += "_" + particle }
    return "\(entry.documentID)-\(sentence)-\(word)"
  }

  /// Adverbial particles of English phrasal verbs.
  static let particles: Set<String> = ["off", "out", "down", "up", "away"]

  /// The particle right after the trigger, if the trigger is a verb form followed by one.
  var followingParticle: String? {
    guard let offset = triggerOffset, tense != .none else { return nil }
    let scalars = Array(entry.sentence.unicodeScalars)
    var i = offset + entry.trigger.unicodeScalars.count
    guard i <= scalars.count else { return nil }
    while i < scalars.count, scalars[i] == " " { i += 1 }
    var j = i
    while j < scalars.count, CharacterSet.letters.contains(scalars[j]) { j += 1 }
    guard j > i else { return nil }
    let next = String(String.UnicodeScalarView(scalars[i..<j]))
    return Self.particles.contains(next) ? next : nil
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

  /// Sets each event's narrative date: the day of the closest earlier event (by sentence
  /// and position) of the same document dated to a single day in the week before
  /// publication — the news frame ("on Monday"); older dates are background, not the
  /// time the report goes on in.
  public static func narrativeDates(_ events: [SemEvalEvent]) -> [SemEvalEvent] {
    let order = events.indices.sorted {
      let a = events[$0]
      let b = events[$1]
      return (a.entry.documentID, a.sentence, a.triggerOffset ?? 0) < (b.entry.documentID, b.sentence, b.triggerOffset ?? 0)
    }
    var out = events
    var document = ""
    var current: DateRange?
    for i in order {
      let e = events[i]
      if e.entry.documentID != document {
        document = e.entry.documentID
        current = nil
      }
      out[i].narrative = current
      if let range = e.entry.range, range.start == range.end, let published = e.entry.documentPublished,
        range.start < published, published.dayNumber - range.start.dayNumber <= 7
      {
        current = range
      }
    }
    return out
  }

  /// Whether an event belongs to an entity's timeline.
  ///
  /// The rule (the same for every entity; no per-entity lists):
  /// 1. the event is factual (asserted, or reported by a source);
  /// 2. its trigger is not a word of the entity's own name ("store" of "iTunes store");
  /// 3. a participant (source or target argument) is named by the entity (see
  ///    ``EntityKey``: the full name, the name without trailing common nouns, single words
  ///    of a multi-word proper name unless another frequent actor shares them), or a name
  ///    of the entity occurs in the event's own clause — the stretch of the sentence
  ///    around the trigger not crossed by `, ; : ( )` or a subordinator ("that", "which",
  ///    "after"…) — within five words of the trigger, not extended into another product
  ///    ("iPod nano") and not a modifier of another noun ("iPod users").
  ///
  /// `otherNames` are names of other actors (the CLI passes those mentioned at least three
  /// times in the database): a word of the entity's name that is also in one of them
  /// ("Apple" of "Apple Corps") does not stand for the entity alone.
  public static func belongs(_ event: SemEvalEvent, to entity: String, otherNames: Set<String> = []) -> Bool {
    // Only events told as having happened (asserted, or reported by a source) go on a
    // timeline; denied, negated, planned and hypothetical ones have no place in it.
    if event.entry.factuality != .asserted && event.entry.factuality != .reported { return false }
    let key = EntityKey(entity, otherNames: otherNames)
    // The trigger is a word of the entity's own name ("store" of "iTunes store"): the
    // entity itself, not one of its events.
    let trigger = EntityKey.words(event.entry.trigger.lowercased())
    if !trigger.isEmpty, trigger.allSatisfy({ key.words.contains($0) }) { return false }
    for actor in event.entry.actors
    where actor.role != .other && (key.names(actor.name) || key.names(actor.mention)) {
      return true
    }
    return key.occursInClause(event.entry.sentence, trigger: event.triggerOffset)
  }

  /// The timeline file of an entity from the events that belong to it: the same event
  /// reported in several documents (same lemma, same anchor, a shared actor; or, with
  /// `clusters`, mentions of one store event cluster — ``TimelineEntry/cluster``) becomes
  /// one line listing every mention, at the most precise anchor among them.
  public static func timeline(entity: String, events: [SemEvalEvent], clusters: Bool = true) -> String {
    struct Line {
      var anchor: String?
      var range: DateRange?
      var lemma: String
      var actors: Set<String>
      var mentions: [String]
      var documents: Set<String>
      var clusters: Set<Int64>
    }
    func span(_ r: DateRange?) -> Int { r.map { $0.end.dayNumber - $0.start.dayNumber } ?? .max }
    var lines: [Line] = []
    var seen: Set<String> = []
    for event in events {
      let id = event.mentionID
      guard seen.insert(id).inserted else { continue }
      let anchor = event.anchor
      let actors = Set(event.entry.actors.map(\.actorID))
      let cluster = event.entry.cluster
      if clusters,
        let i = lines.firstIndex(where: {
          $0.clusters.contains(cluster) && !$0.documents.contains(event.entry.documentID)
        })
      {
        lines[i].mentions.append(id)
        lines[i].actors.formUnion(actors)
        lines[i].documents.insert(event.entry.documentID)
        if let anchor, span(event.anchorRange) < span(lines[i].range) {
          lines[i].anchor = anchor
          lines[i].range = event.anchorRange
        }
        continue
      }
      if let anchor,
        let i = lines.firstIndex(where: {
          $0.anchor == anchor && $0.lemma == event.entry.lemma && !$0.documents.contains(event.entry.documentID)
            && !$0.actors.isDisjoint(with: actors)
        })
      {
        lines[i].mentions.append(id)
        lines[i].actors.formUnion(actors)
        lines[i].documents.insert(event.entry.documentID)
        lines[i].clusters.insert(cluster)
        continue
      }
      lines.append(
        Line(
          anchor: anchor, range: anchor == nil ? nil : event.anchorRange, lemma: event.entry.lemma, actors: actors,
          mentions: [id], documents: [event.entry.documentID], clusters: [cluster]))
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

/// An entity name prepared for matching: its lower-cased words, and the shorter names
/// that stand for it — the name without trailing lower-case words ("iTunes store" →
/// "iTunes"), and for a name of several capitalized words each of them ("Steve Jobs" →
/// "Steve", "Jobs") unless that word is part of another actor's name ("Apple" in "Apple Corps"
/// when "Apple Inc." is an actor too).
struct EntityKey {
  let words: [Substring]
  let names: [[Substring]]
  /// Whether a following model word or capitalized word makes an occurrence another product.
  let extendable: Bool

  init(_ entity: String, otherNames: Set<String> = []) {
    words = Self.words(entity.lowercased())
    var names: [[Substring]] = [words]
    let original = entity.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    var trimmed = original
    while trimmed.count > 1, let last = trimmed.last, last.allSatisfy({ $0.isLowercase }) { trimmed.removeLast() }
    if trimmed.count < original.count {
      names.append(trimmed.map { Substring($0.lowercased()) })
      // A definite description by the head noun refers back to the named entity
      // ("the iTunes store" … "the store").
      if let head = original.last { names.append(["the", Substring(head.lowercased())]) }
    }
    let capitalized = trimmed.filter { $0.first?.isUppercase == true && $0.count > 2 && $0.allSatisfy(\.isLetter) }
    if capitalized.count >= 2, capitalized.count == trimmed.count {
      let entityWords = words
      let others = Set(
        otherNames.map { Self.words($0.lowercased()) }.filter { !Self.contains($0, entityWords) }
          .flatMap { $0.map(String.init) })
      for word in capitalized where !others.contains(word.lowercased()) {
        names.append([Substring(word.lowercased())])
      }
    }
    self.names = names
    // Product-like names (camel case, numbers, lower-case words: "iPod", "iPhone 4",
    // "iTunes store") are extended by model designators; names of people and
    // organizations (capitalized words) are not.
    extendable = !original.allSatisfy { word in
      word.first?.isUppercase == true && word.dropFirst().allSatisfy { $0.isLowercase }
    }
  }

  static func words(_ s: String) -> [Substring] {
    s.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
  }

  /// Whether an actor's name or mention names the entity: one of the entity's names is
  /// in it, or it is a multi-word name inside the entity's name.
  func names(_ name: String) -> Bool {
    let other = Self.words(name.lowercased())
    if other.isEmpty || words.isEmpty { return false }
    return names.contains { Self.contains(other, $0) } || (other.count >= 2 && Self.contains(words, other))
  }

  /// Whether one of the entity's names occurs in a row in the text.
  func occurs(in text: String) -> Bool {
    let hay = Self.words(text.lowercased())
    return names.contains { Self.contains(hay, $0) }
  }

  static let boundaryWords: Set<String> = [
    "that", "which", "who", "whom", "whose", "while", "whereas", "because", "although", "though", "after",
    "before", "when", "since", "until", "unless", "if", "where", "but",
  ]

  /// Whether a name occurs in the clause around the trigger at `trigger` (code points),
  /// within ``window`` words of it; without a trigger offset, anywhere in the text.
  func occursInClause(_ text: String, trigger: Int?) -> Bool {
    guard let trigger else { return occurs(in: text) }
    // Tokens with code-point offsets: words, and punctuation marks that bound clauses.
    var tokens: [(text: Substring, start: Int, boundary: Bool)] = []
    var originals: [String] = []
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if CharacterSet.alphanumerics.contains(c) {
        var j = i
        while j < scalars.count, CharacterSet.alphanumerics.contains(scalars[j]) { j += 1 }
        let original = String(String.UnicodeScalarView(scalars[i..<j]))
        let word = Substring(original.lowercased())
        tokens.append((word, i, Self.boundaryWords.contains(String(word))))
        originals.append(original)
        i = j
      } else {
        if ",;:()".unicodeScalars.contains(c) {
          tokens.append((",", i, true))
          originals.append(",")
        }
        i += 1
      }
    }
    guard let t = tokens.lastIndex(where: { $0.start <= trigger }) else { return occurs(in: text) }
    var lo = t
    while lo > 0, !tokens[lo - 1].boundary { lo -= 1 }
    var hi = t
    while hi + 1 < tokens.count, !tokens[hi + 1].boundary { hi += 1 }
    let clause = tokens[lo...hi].map(\.text)
    let clauseOriginals = Array(originals[lo...hi])
    let at = t - lo
    return names.contains { name in
      Self.positions(clause, name).contains { end in
        !(extendable && end < clause.count && Self.continuesName(clauseOriginals[end]))
          && !(end < clause.count && end != at && Self.isCompoundHead(clauseOriginals[end]))
          && min(abs(end - 1 - at), abs(end - name.count - at)) <= Self.window
      }
    }
  }

  /// How many words may separate the name from the trigger: enough for a subject or
  /// object with its determiner and modifiers ("Apple's new iPod", "the iPod was quickly
  /// sold"), not for a name deep in a long clause.
  static let window = 5

  /// Model designators that extend a product name into another product's ("iPod nano").
  static let modelWords: Set<String> = [
    "nano", "mini", "shuffle", "touch", "classic", "pro", "air", "plus", "max", "lite", "video", "sdk",
  ]

  /// Whether a word right after a product name makes it a longer name: a capitalized
  /// word, a number or a model designator.
  static func continuesName(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first else { return false }
    return CharacterSet.uppercaseLetters.contains(first) || CharacterSet.decimalDigits.contains(first)
      || modelWords.contains(word.lowercased())
  }

  /// Closed-class words that may follow a name without making it a noun modifier.
  static let functionWords: Set<String> = [
    "s", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "into", "over",
    "about", "after", "before", "since", "until", "than", "that", "which", "who", "the", "a", "an", "its", "his",
    "her", "their", "this", "these", "those", "is", "are", "was", "were", "be", "been", "being", "has", "have",
    "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did", "not",
    "also", "still", "now", "then", "just", "already", "even", "only", "again", "too", "there", "here", "itself",
    "himself", "herself", "themselves", "up", "down", "out", "off", "via", "per", "against", "under", "through",
    "when", "while", "where", "because", "if", "although", "yet", "so", "today", "yesterday", "tomorrow",
    "tonight", "soon", "later", "earlier", "ago", "last", "next", "well", "instead", "together", "first", "once",
    "twice", "worldwide", "abroad", "home", "back", "away",
  ]

  /// Whether the word after a name makes the name a noun modifier ("iPod users",
  /// "iPhone 4 return rate") — unless that word is the event itself ("iPod sales"): a lower-case word that is neither a closed-class word, nor
  /// an adverb in -ly, nor a finite verb form agreeing with a singular subject ("iPod
  /// sells", "iPhone 4 began"). A bare base form ("use", "range") after a singular name
  /// cannot be its verb, so it is read as the head noun.
  static func isCompoundHead(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first, CharacterSet.lowercaseLetters.contains(first),
      word.unicodeScalars.allSatisfy({ CharacterSet.letters.contains($0) })
    else { return false }
    if functionWords.contains(word) || word.hasSuffix("ly") { return false }
    if let (_, form) = VerbLexicon.lemmatize(word), form != .base { return false }
    return true
  }

  /// Ends (exclusive) of the occurrences of `needle` in `hay`; a multi-word name may
  /// have one more word inside it ("iTunes Music Store" for "iTunes store").
  static func positions(_ hay: [Substring], _ needle: [Substring]) -> [Int] {
    guard !needle.isEmpty, hay.count >= needle.count else { return [] }
    var ends: [Int] = []
    for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
      if (1..<needle.count).allSatisfy({ hay[i + $0] == needle[$0] }) {
        ends.append(i + needle.count)
      } else if needle.count >= 2, needle[0] != "the", i + needle.count < hay.count, hay[i + 1] != ",",
        (1..<needle.count).allSatisfy({ hay[i + 1 + $0] == needle[$0] })
      {
        ends.append(i + needle.count + 1)
      }
    }
    return ends
  }

  static func contains(_ hay: [Substring], _ needle: [Substring]) -> Bool {
    guard !needle.isEmpty, hay.count >= needle.count else { return false }
    for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
      if (1..<needle.count).allSatisfy({ hay[i + $0] == needle[$0] }) { return true }
    }
    return false
  }
}
