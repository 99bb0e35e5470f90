import ChronicleExtraction
import ChronicleStore

/// Hand-built model values full of hostile strings: quotes, backslashes,
/// newlines, `<`, `&`, `-->`, control characters, U+2028, formula-looking
/// cells and non-ASCII text. The sentences are invented for these tests.
enum Fixtures {
  static func date(_ s: String) -> CivilDate { CivilDate(iso: s)! }

  static func range(_ start: String, _ end: String, _ g: Granularity) -> DateRange {
    DateRange(start: date(start), end: date(end), granularity: g)
  }

  // MARK: Actors

  static let usa = ActorNode(id: "country:USA", name: "United States", type: .country, code: "USA")
  static let kyiv = ActorNode(
    id: "new:person:zelenskyy-kyiv", name: "Zelenskyy – Київ", type: .person, code: nil)
  static let acme = ActorNode(
    id: "org:acme \"quoted\" \\ back", name: "ACME \"Widgets\" & <Sons> --> \\co", type: .organization,
    code: "USABUS")
  static let un = ActorNode(id: "igo:un", name: "United Nations", type: .igo, code: "IGOUNO")
  static let formula = ActorNode(
    id: "new:group:formula", name: "=HYPERLINK(\"http://evil\")", type: .group, code: nil)
  static let treaty = ActorNode(
    id: "agreement:ghent", name: "Treaty\nof Ghent\r\n(1814)", type: .agreement, code: "TRTY")
  static let ann = ActorNode(id: "person:ann-lee", name: "Ann\u{0007}Lee\tSmith\u{1B}[2J\u{9B}31m", type: .person, code: nil)

  static func actor(_ n: ActorNode, _ role: ArgumentRole, _ mention: String, code: String? = nil)
    -> EventActor
  {
    EventActor(actorID: n.id, name: n.name, type: n.type, role: role, code: code ?? n.code, mention: mention)
  }

  static let accuse = EventCategory(plover: "ACCUSE", cameo: "112", quadClass: 3, goldstein: -2.0)
  static let sanction = EventCategory(plover: "SANCTION", cameo: "163", quadClass: 4, goldstein: -8)
  static let statement = EventCategory(plover: "STATEMENT", cameo: "010", quadClass: 0, goldstein: 0)
  static let cooperate = EventCategory(plover: "AGREE", cameo: "057", quadClass: 1, goldstein: 8.25)

  // MARK: Timeline

  static let timeline: [TimelineEntry] = [
    TimelineEntry(
      eventID: 11, date: "2023-02", range: range("2023-02-01", "2023-02-28", .month), trigger: "signed",
      lemma: "sign", eventClass: .occurrence, category: cooperate, factuality: .asserted, polarity: true,
      actors: [actor(un, .source, "the UN"), actor(treaty, .target, "the treaty"), actor(ann, .other, "Ann")],
      sentence: "Ann\u{0007}Lee\tSmith watched as the UN signed the treaty\u{2028}in February.",
      documentID: "doc-a", documentTitle: "Київ – talks \"resume\" <today>",
      documentPublished: date("2023-03-06"), url: "https://example.org/a?x=1&y=\"2\""),
    TimelineEntry(
      eventID: 3, date: "2023-03-06", range: range("2023-03-06", "2023-03-06", .day), trigger: "accused",
      lemma: "accuse", eventClass: .reporting, category: accuse, factuality: .asserted, polarity: true,
      actors: [actor(kyiv, .source, "Zelenskyy – Київ"), actor(acme, .target, "ACME \"Widgets\"")],
      sentence:
        "Zelenskyy – Київ accused ACME \"Widgets\" & <Sons> --> of fraud on Monday, saying the \\ path \"C:\\tmp\" was\nforged and that the whole affair had gone on far too long for anyone's comfort.",
      documentID: "doc-a", documentTitle: "Київ – talks \"resume\" <today>",
      documentPublished: date("2023-03-06"), url: "https://example.org/a?x=1&y=\"2\""),
    TimelineEntry(
      eventID: 4, date: "2023-03-06", range: range("2023-03-06", "2023-03-06", .day), trigger: "sanction",
      lemma: "sanction", eventClass: .iAction, category: sanction, factuality: .planned, polarity: true,
      actors: [
        actor(un, .source, "The UN"), actor(usa, .source, "Washington", code: "USAGOV"),
        actor(acme, .target, "them"),
      ],
      sentence: "=SUM(A1:A9) The UN and Washington said they would sanction them.",
      documentID: "-doc,b", documentTitle: nil, documentPublished: nil, url: nil),
    TimelineEntry(
      eventID: 7, date: nil, range: nil, trigger: "attack", lemma: "attack", eventClass: .occurrence,
      category: nil, factuality: .negated, polarity: false,
      actors: [actor(formula, .source, "=HYPERLINK(\"http://evil\")"), actor(usa, .target, "the U.S.")],
      sentence: "@everyone: the group did not attack\u{0001} the U.S., \"officials\" said.",
      documentID: "doc-a", documentTitle: "Київ – talks \"resume\" <today>",
      documentPublished: date("2023-03-06"), url: "https://example.org/a?x=1&y=\"2\""),
  ]

  // MARK: Relations

  static let relations: [RelationEdge] = [
    RelationEdge(
      source: kyiv, target: acme, category: "ACCUSE", cameo: "112", count: 5, firstDate: "2023-01-10",
      lastDate: "2023-03-06", events: [3, 12, 13, 14, 15]),
    RelationEdge(
      source: un, target: acme, category: "SANCTION", cameo: "163", count: 2, firstDate: "2023-03-06",
      lastDate: "2023-03-06", events: [4, 16]),
    RelationEdge(
      source: usa, target: acme, category: "SANCTION", cameo: "163", count: 1, firstDate: nil, lastDate: nil,
      events: [4]),
    RelationEdge(
      source: formula, target: usa, category: "ASSAULT", cameo: nil, count: 1, firstDate: "2022-W42",
      lastDate: "2022-W42", events: [7]),
    RelationEdge(
      source: un, target: treaty, category: "AGREE", cameo: "057", count: 3, firstDate: "2023-02",
      lastDate: "2023-02", events: [11, 20, 21]),
    RelationEdge(
      source: ann, target: un, category: "STATEMENT", cameo: "010", count: 1, firstDate: "2023-03-01",
      lastDate: "2023-03-01", events: [22]),
  ]

  // MARK: Actors

  static let actors: [ActorSummary] = [
    ActorSummary(
      actor: ActorEntity(id: usa.id, name: usa.name, type: .country, code: "USA", country: "USA"),
      aliases: ["Washington", "the U.S.", "White House"], mentions: 12, documents: 3, events: 7),
    ActorSummary(
      actor: ActorEntity(id: kyiv.id, name: kyiv.name, type: .person, resolved: false),
      aliases: ["Zelenskyy"], mentions: 4, documents: 1, events: 2),
    ActorSummary(
      actor: ActorEntity(id: acme.id, name: acme.name, type: .organization, code: "USABUS", country: "USA"),
      aliases: ["ACME \"Widgets\"", "them\nall", "-1 corp"], mentions: 3, documents: 2, events: 3),
    ActorSummary(
      actor: ActorEntity(id: treaty.id, name: treaty.name, type: .agreement, code: "TRTY"),
      aliases: [], mentions: 1, documents: 1, events: 1),
    ActorSummary(
      actor: ActorEntity(id: ann.id, name: ann.name, type: .person, country: nil, resolved: false),
      aliases: ["Ann"], mentions: 1, documents: 1, events: 1),
  ]

  // MARK: Extraction

  static let title = "Київ – talks \"resume\" <today>"
  static let body =
    "Zelenskyy – Київ accused ACME \"Widgets\" & <Sons> --> of fraud on Monday.\nThe UN said on 3 March 2023 it would sanction them \\ all.\nAnn\u{0007}Lee did not attack 😀 anyone\u{2028}today."

  /// Byte span of the `occurrence`-th `needle` in `text`.
  static func span(_ needle: String, in text: String, occurrence: Int = 1) -> TextSpan {
    let hay = Array(text.utf8)
    let n = Array(needle.utf8)
    var seen = 0
    var i = 0
    while i + n.count <= hay.count {
      if Array(hay[i..<(i + n.count)]) == n {
        seen += 1
        if seen == occurrence { return TextSpan(start: i, end: i + n.count) }
      }
      i += 1
    }
    fatalError("fixture: '\(needle)' not found")
  }

  static var extraction: ExtractionResult {
    let article = Article(
      id: "doc-a", title: title, body: body, published: date("2023-03-06"),
      url: "https://example.org/a?x=1&y=\"2\"", source: "The \"Example\" Times", origin: "in\\put\n.txt",
      format: .markdown)
    let text = article.fullText
    func sentence(_ i: Int, _ s: String, paragraph: Int, headline: Bool = false) -> Sentence {
      Sentence(index: i, span: span(s, in: text), text: s, tokens: [], paragraph: paragraph, isHeadline: headline)
    }
    let s1 = "Zelenskyy – Київ accused ACME \"Widgets\" & <Sons> --> of fraud on Monday."
    let s2 = "The UN said on 3 March 2023 it would sanction them \\ all."
    let s3 = "Ann\u{0007}Lee did not attack 😀 anyone\u{2028}today."
    let analyzed = AnalyzedText(
      text: text,
      sentences: [
        sentence(0, title, paragraph: 0, headline: true), sentence(1, s1, paragraph: 1),
        sentence(2, s2, paragraph: 2), sentence(3, s3, paragraph: 3),
      ],
      headlineLength: title.utf8.count)
    let zel = ActorEntity(id: kyiv.id, name: kyiv.name, type: .person, resolved: false)
    let acmeE = ActorEntity(id: acme.id, name: acme.name, type: .organization, code: "USABUS", country: "USA")
    let unE = ActorEntity(id: un.id, name: un.name, type: .igo, code: "IGOUNO")
    let annE = ActorEntity(id: ann.id, name: ann.name, type: .person, resolved: false)
    let kyivPlace = ActorEntity(id: "location:kyiv", name: "Kyiv", type: .location, code: "UKR", country: "UKR")
    let times = [
      TimeExpression(
        sentence: 1, span: span("Monday", in: text), text: "Monday", type: .date, value: "2023-03-06",
        anchor: .documentDate, signal: "on", rule: "weekday:on"),
      TimeExpression(
        sentence: 2, span: span("3 March 2023", in: text), text: "3 March 2023", type: .date,
        value: "2023-03-03", mod: "APPROX", anchor: .absolute, signal: "on", rule: "date:d-month-y"),
      TimeExpression(
        sentence: 3, span: span("today", in: text, occurrence: 2), text: "today", type: .date,
        value: "2023-03-06", anchor: .documentDate, rule: "deictic:today"),
    ]
    let mentions = [
      ActorMention(
        sentence: 0, span: span("Київ", in: text), text: "Київ", entity: kyivPlace, code: "UKRGOV",
        rule: "metonym"),
      ActorMention(
        sentence: 1, span: span("Zelenskyy – Київ", in: text), text: "Zelenskyy – Київ", entity: zel,
        role: "president \"acting\"", rule: "capitalized-name"),
      ActorMention(
        sentence: 1, span: span("ACME \"Widgets\" & <Sons>", in: text), text: "ACME \"Widgets\" & <Sons>",
        entity: acmeE, code: "USABUS", rule: "dictionary"),
      ActorMention(
        sentence: 2, span: span("The UN", in: text), text: "The UN", entity: unE, code: "IGOUNO",
        rule: "dictionary"),
      ActorMention(
        sentence: 2, span: span("them", in: text), text: "them", entity: acmeE, rule: "coreference:pronoun", confidence: 0.42),
      ActorMention(
        sentence: 3, span: span("Ann\u{0007}Lee", in: text), text: "Ann\u{0007}Lee", entity: annE,
        rule: "capitalized-name"),
    ]
    let events = [
      EventMention(
        sentence: 1, span: span("accused", in: text), trigger: "accused", lemma: "accuse",
        timemlClass: .reporting, tense: .past, category: accuse,
        arguments: [
          EventArgument(role: .source, mention: 1, rule: "subject"),
          EventArgument(role: .target, mention: 2, rule: "object"),
        ], time: 0, timeRelation: "IS_INCLUDED", date: "2023-03-06", dateRule: "time-expression",
        rules: ["verb:accuse", "cameo:112"]),
      EventMention(
        sentence: 2, span: span("said", in: text), trigger: "said", lemma: "say", timemlClass: .reporting,
        tense: .past, category: statement, arguments: [EventArgument(role: .source, mention: 3, rule: "subject")],
        time: 1, timeRelation: "IS_INCLUDED", date: "2023-03-03", dateRule: "time-expression",
        rules: ["verb:say"]),
      EventMention(
        sentence: 2, span: span("sanction", in: text), trigger: "sanction", lemma: "sanction",
        timemlClass: .iAction, tense: .future, aspect: .none, category: sanction,
        arguments: [
          EventArgument(role: .source, mention: 3, rule: "subject:inherited"),
          EventArgument(role: .target, mention: 4, rule: "object"),
        ], factuality: .planned, attributedTo: 3, parent: 1, rules: ["verb:sanction", "modal:would"]),
      EventMention(
        sentence: 3, span: span("attack", in: text), trigger: "attack", lemma: "attack",
        timemlClass: .occurrence, tense: .past, polarity: false,
        arguments: [
          EventArgument(role: .source, mention: 5, rule: "subject"),
          EventArgument(role: .target, mention: 99, rule: "object:dangling"),
        ], time: 42, date: nil, factuality: .negated, attributedTo: nil, parent: 77,
        rules: ["verb:attack", "negation:not"]),
    ]
    return ExtractionResult(
      documentID: "doc-a", article: article, published: date("2023-03-06"),
      contentHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", text: analyzed,
      times: times, actors: mentions, events: events,
      warnings: ["sentence 3: control character U+0007 kept", "quote \"unbalanced\\"])
  }

  // MARK: Event detail

  static var detail: EventDetail {
    let entry = timeline[1]
    let text = title + "\n\n" + body
    let map = OffsetMap(text)
    func prov(_ needle: String, sentence: Int, rule: String) -> Provenance {
      let s = span(needle, in: text)
      return Provenance(
        documentID: "doc-a", sentenceIndex: sentence, start: map.characterOffset(s.start),
        end: map.characterOffset(s.end), text: needle, rule: rule)
    }
    return EventDetail(
      entry: entry, tense: .past, aspect: .none,
      trigger: prov("accused", sentence: 1, rule: "verb:accuse,cameo:112"),
      sentence: prov(
        "Zelenskyy – Київ accused ACME \"Widgets\" & <Sons> --> of fraud on Monday.", sentence: 1, rule: "sentence"),
      time: TimeDetail(
        type: .date, value: "2023-03-06", mod: nil, anchor: .documentDate,
        provenance: prov("Monday", sentence: 1, rule: "weekday:on")),
      dateRule: "time-expression", timeRelation: "IS_INCLUDED",
      arguments: [
        ArgumentDetail(
          actor: entry.actors[0], mention: prov("Zelenskyy – Київ", sentence: 1, rule: "capitalized-name"),
          argumentRule: "subject"),
        ArgumentDetail(
          actor: entry.actors[1], mention: prov("ACME \"Widgets\" & <Sons>", sentence: 1, rule: "dictionary"),
          argumentRule: "object"),
      ],
      attributedTo: nil, documentOrigin: "in\\put\n.txt")
  }
}
