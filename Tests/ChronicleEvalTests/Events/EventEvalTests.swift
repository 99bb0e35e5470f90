import ChronicleEval
import ChronicleExtraction
import Testing

@Suite struct EventEvalTests {
  @Test func readsTimeML() throws {
    let tml = """
      <TimeML><TEXT>Prices <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; traders <EVENT eid="e2" class="REPORTING">said</EVENT> so.</TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
      <MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="NEG" pos="VERB"/>
      </TimeML>
      """
    let doc = try TimeMLEventReader.parse(Array(tml.utf8), name: "t")
    #expect(doc.text == "Prices fell & traders said so.")
    #expect(doc.events.map(\.text) == ["fell", "said"])
    #expect(doc.events[0].span == TextSpan(start: 7, end: 11))
    #expect(doc.events[1].cls == "REPORTING")
    #expect(doc.events[1].polarity == "NEG")
  }

  @Test func missingTextIsAnError() {
    #expect(throws: EventEvalError.self) { try TimeMLEventReader.parse(Array("<TimeML/>".utf8), name: "x") }
  }

  @Test func scoresTriggers() {
    let gold = [
      GoldEvent(span: TextSpan(start: 0, end: 4), text: "fell", cls: "OCCURRENCE", tense: "PAST", aspect: "NONE", polarity: "POS"),
      GoldEvent(span: TextSpan(start: 10, end: 14), text: "said", cls: "REPORTING", tense: "PAST", aspect: "NONE", polarity: "POS"),
    ]
    let system = [
      EventMention(sentence: 0, span: TextSpan(start: 0, end: 4), trigger: "fell", lemma: "fall", timemlClass: .occurrence, tense: .past),
      EventMention(sentence: 0, span: TextSpan(start: 20, end: 24), trigger: "rose", lemma: "rise", timemlClass: .occurrence, tense: .past),
    ]
    var report = EventTriggerReport()
    report.score(gold: gold, system: system)
    #expect(report.matched == 1)
    #expect(report.precision == 0.5)
    #expect(report.recall == 0.5)
    #expect(report.tenseAccuracy == 1)
    #expect(report.errors["missed:REPORTING"]?["said"] == 1)
    #expect(report.errors["spurious:OCCURRENCE"]?["rose"] == 1)
    #expect(report.render(errors: true).contains("F1 0.500"))
  }

  @Test func scoresCodings() {
    let c = CodingCase(id: "a", date: nil, text: "x", codings: [GoldCoding(source: "USAGOV", code: "112", target: "IRN")], noEvent: false)
    var event = EventMention(sentence: 0, span: TextSpan(start: 0, end: 1), trigger: "accused", lemma: "accuse", timemlClass: .iAction)
    event.category = EventCategory(plover: "ACCUSE", cameo: "111", quadClass: 3, goldstein: -2)
    var report = CodingReport()
    report.score(c, events: [event], system: [SystemCoding(source: "USA", code: "111", target: "IRNGOV", trigger: "accused")])
    #expect(report.rootAgree == 1)
    #expect(report.exactAgree == 0)
    #expect(report.fullAgree == 1)
    let none = CodingCase(id: "b", date: nil, text: "y", codings: [], noEvent: true)
    report.score(none, events: [], system: [SystemCoding(source: "USA", code: "010", target: "IRN", trigger: "said")])
    #expect(report.overGeneration == 1)
    // Precision counts matched system codings; recall matched gold codings.
    #expect(report.matchedSystemCodings == 1)
    #expect(report.precision == 0.5)
    #expect(report.recall == 1)
    #expect(report.metrics["root_source_target"] == 1)
  }

  @Test func statementsGiveWayToTheirCodedContent() {
    let actors = [
      ActorMention(sentence: 0, span: TextSpan(start: 0, end: 4), text: "Mali", entity: ActorEntity(id: "country:MLI", name: "Mali", type: .country, code: "MLI"), rule: "test"),
      ActorMention(sentence: 0, span: TextSpan(start: 10, end: 14), text: "Chad", entity: ActorEntity(id: "country:TCD", name: "Chad", type: .country, code: "TCD"), rule: "test"),
      ActorMention(sentence: 0, span: TextSpan(start: 20, end: 26), text: "rebels", entity: ActorEntity(id: "group:rebels", name: "rebels", type: .group, code: "REB"), rule: "test"),
    ]
    var said = EventMention(sentence: 0, span: TextSpan(start: 5, end: 9), trigger: "said", lemma: "say", timemlClass: .reporting)
    said.category = EventCategory(plover: "STATEMENT", cameo: "010", quadClass: 0, goldstein: 0)
    said.arguments = [EventArgument(role: .source, mention: 0, rule: "subject"), EventArgument(role: .target, mention: 1, rule: "object")]
    var hit = EventMention(sentence: 0, span: TextSpan(start: 15, end: 19), trigger: "hit", lemma: "hit", timemlClass: .occurrence)
    hit.category = EventCategory(plover: "ASSAULT", cameo: "190", quadClass: 4, goldstein: -10)
    hit.arguments = [EventArgument(role: .source, mention: 2, rule: "subject"), EventArgument(role: .target, mention: 1, rule: "object")]
    hit.parent = 0
    let codings = CodingEvaluation.codings(events: [said, hit], actors: actors)
    #expect(codings.map(\.code) == ["190"])
    #expect(codings.first?.source == "---REB")
  }

  @Test func countsPassedSentencesByCategory() {
    var a = CodingCase(id: "a", date: nil, text: "x", codings: [GoldCoding(source: "USA", code: "112", target: "IRN")], noEvent: false)
    a.category = "VERB"
    var b = CodingCase(id: "b", date: nil, text: "y", codings: [], noEvent: true)
    b.category = "VERB"
    var report = CodingReport()
    report.score(a, events: [], system: [SystemCoding(source: "USA", code: "112", target: "IRN", trigger: "accused")])
    report.score(b, events: [], system: [])
    #expect(report.byCategory["VERB"]?.sentences == 2)
    #expect(report.byCategory["VERB"]?.passed == 2)
  }
}
