import ChronicleExtraction
import Foundation

/// Builds an ``ExtractionResult`` by hand: the text is the headline, a blank line,
/// then the body sentences joined by spaces; spans are found by searching the
/// sentence for the quoted words.
struct ResultBuilder {
  var id: String
  var title: String
  var body: [String]
  var published: CivilDate?
  var url: String?
  var origin: String?
  var times: [TimeExpression] = []
  var mentions: [ActorMention] = []
  var events: [EventMention] = []

  init(id: String, title: String, body: [String], published: CivilDate?, url: String? = nil, origin: String? = nil) {
    self.id = id
    self.title = title
    self.body = body
    self.published = published
    self.url = url
    self.origin = origin
  }

  var article: Article {
    Article(
      id: id, title: title, body: body.joined(separator: " "), published: published, url: url,
      source: "Test Wire", origin: origin, format: .text)
  }

  var text: String { article.fullText }

  /// Sentences: 0 is the headline, 1… the body.
  var sentences: [Sentence] {
    var result = [Sentence(index: 0, span: TextSpan(start: 0, end: title.utf8.count), text: title, tokens: [], paragraph: 0, isHeadline: true)]
    var offset = title.utf8.count + 2
    for (n, sentence) in body.enumerated() {
      result.append(
        Sentence(
          index: n + 1, span: TextSpan(start: offset, end: offset + sentence.utf8.count), text: sentence,
          tokens: [], paragraph: 1, isHeadline: false))
      offset += sentence.utf8.count + 1
    }
    return result
  }

  /// Byte span of the `occurrence`-th `needle` in sentence `sentence`.
  func span(_ needle: String, in sentence: Int, occurrence: Int = 0) -> TextSpan {
    let s = sentences[sentence]
    let hay = Array(s.text.utf8)
    let pattern = Array(needle.utf8)
    var found = 0
    var i = 0
    while i + pattern.count <= hay.count {
      if Array(hay[i..<(i + pattern.count)]) == pattern {
        if found == occurrence { return TextSpan(start: s.span.start + i, end: s.span.start + i + pattern.count) }
        found += 1
      }
      i += 1
    }
    fatalError("'\(needle)' not in sentence \(sentence): \(s.text)")
  }

  /// Adds a mention; returns its index.
  @discardableResult
  mutating func mention(
    _ text: String, _ entity: ActorEntity, in sentence: Int, occurrence: Int = 0, code: String? = nil,
    rule: String = "dictionary"
  ) -> Int {
    mentions.append(
      ActorMention(sentence: sentence, span: span(text, in: sentence, occurrence: occurrence), text: text, entity: entity, code: code ?? entity.code, rule: rule))
    return mentions.count - 1
  }

  @discardableResult
  mutating func time(_ text: String, value: String, in sentence: Int, anchor: TimeAnchor = .absolute, rule: String = "date:day-month-year") -> Int {
    times.append(
      TimeExpression(
        sentence: sentence, span: span(text, in: sentence), text: text, type: .date, value: value,
        anchor: anchor, signal: "on", rule: rule))
    return times.count - 1
  }

  @discardableResult
  mutating func event(
    _ trigger: String, lemma: String, in sentence: Int, category: EventCategory? = nil,
    source: Int? = nil, target: Int? = nil, time: Int? = nil, date: String? = nil,
    attributedTo: Int? = nil, parent: Int? = nil, eventClass: EventClass = .occurrence
  ) -> Int {
    var arguments: [EventArgument] = []
    if let source { arguments.append(EventArgument(role: .source, mention: source, rule: "subject")) }
    if let target { arguments.append(EventArgument(role: .target, mention: target, rule: "object")) }
    events.append(
      EventMention(
        sentence: sentence, span: span(trigger, in: sentence), trigger: trigger, lemma: lemma,
        timemlClass: eventClass, tense: .past, category: category, arguments: arguments, time: time,
        timeRelation: time == nil ? nil : "IS_INCLUDED", date: date,
        dateRule: date == nil ? nil : (time == nil ? "document-date" : "time-expression"),
        factuality: attributedTo == nil ? .asserted : .reported, attributedTo: attributedTo, parent: parent,
        rules: ["verb-lexicon", "subject-object"]))
    return events.count - 1
  }

  func build() -> ExtractionResult {
    let text = self.text
    let hash = SHA256.hex(Array(text.utf8) + Array((published?.iso ?? "").utf8))
    return ExtractionResult(
      documentID: id, article: article, published: published, contentHash: hash,
      text: AnalyzedText(text: text, sentences: sentences, headlineLength: title.utf8.count),
      times: times, actors: mentions, events: events, warnings: [])
  }
}

enum Actors {
  static let iran = ActorEntity(id: "country:IRN", name: "Iran", type: .country, code: "IRN", country: "IRN")
  static let israel = ActorEntity(id: "country:ISR", name: "Israel", type: .country, code: "ISR", country: "ISR")
  static let ministry = ActorEntity(
    id: "org:irn-foreign-ministry", name: "Iranian Foreign Ministry", type: .organization, code: "IRNGOV",
    country: "IRN")
}

enum Categories {
  static let accuse = EventCategory(plover: "ACCUSE", cameo: "112", quadClass: 3, goldstein: -2)
  static let threaten = EventCategory(plover: "THREATEN", cameo: "138", quadClass: 3, goldstein: -7)
  static let statement = EventCategory(plover: "STATEMENT", cameo: "010", quadClass: 0, goldstein: 0)
}

/// Two articles (invented text) sharing actors.
enum Corpus {
  /// Published 2024-03-04. Non-ASCII in the headline, so code points ≠ bytes after it.
  static func documentA() -> ResultBuilder {
    var b = ResultBuilder(
      id: "doc-a", title: "Café talks collapse in Genève",
      body: [
        "Iran accused Israel of sabotage on 1 March 2024.",
        "Tehran also threatened Israel, the Iranian Foreign Ministry said.",
        "Negotiators will meet again.",
      ],
      published: CivilDate(year: 2024, month: 3, day: 4), url: "https://news.example/a", origin: "/tmp/a.txt")
    let iran = b.mention("Iran", Actors.iran, in: 1)
    let israel = b.mention("Israel", Actors.israel, in: 1)
    let t = b.time("1 March 2024", value: "2024-03-01", in: 1)
    b.event("accused", lemma: "accuse", in: 1, category: Categories.accuse, source: iran, target: israel, time: t, date: "2024-03-01")
    let tehran = b.mention("Tehran", Actors.iran, in: 2, code: "IRNGOV", rule: "metonym")
    let israel2 = b.mention("Israel", Actors.israel, in: 2)
    let ministry = b.mention("the Iranian Foreign Ministry", Actors.ministry, in: 2)
    // The reporting verb comes after the event it embeds: parent index 2 is later.
    b.event(
      "threatened", lemma: "threaten", in: 2, category: Categories.threaten, source: tehran, target: israel2,
      date: "2024-03-04", attributedTo: ministry, parent: 2)
    b.event("said", lemma: "say", in: 2, source: ministry, date: "2024-03-04", eventClass: .reporting)
    b.event("meet", lemma: "meet", in: 3)
    return b
  }

  /// Published 2024-02-20.
  static func documentB() -> ResultBuilder {
    var b = ResultBuilder(
      id: "doc-b", title: "Israel accuses Iran",
      body: [
        "Israel accused the Islamic Republic of espionage on 15 February 2024.",
        "Iran accused Israel again on 2 March 2024.",
        "Talks are expected.",
      ],
      published: CivilDate(year: 2024, month: 2, day: 20), url: "https://news.example/b", origin: "/tmp/b.txt")
    let israel = b.mention("Israel", Actors.israel, in: 1)
    let republic = b.mention("the Islamic Republic", Actors.iran, in: 1)
    let t1 = b.time("15 February 2024", value: "2024-02-15", in: 1)
    b.event("accused", lemma: "accuse", in: 1, category: Categories.accuse, source: israel, target: republic, time: t1, date: "2024-02-15")
    let iran = b.mention("Iran", Actors.iran, in: 2)
    let israel2 = b.mention("Israel", Actors.israel, in: 2)
    let t2 = b.time("2 March 2024", value: "2024-03-02", in: 2)
    b.event("accused", lemma: "accuse", in: 2, category: Categories.accuse, source: iran, target: israel2, time: t2, date: "2024-03-02")
    b.event("expected", lemma: "expect", in: 3, eventClass: .iState)
    return b
  }
}

/// A temporary database file, deleted with its WAL files when the value goes away.
final class TemporaryDatabase {
  let path: String

  init() {
    path = FileManager.default.temporaryDirectory
      .appendingPathComponent("chronicle-test-\(UUID().uuidString).sqlite").path
  }

  deinit {
    for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
  }
}
