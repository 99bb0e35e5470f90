import ChronicleExtraction
import Foundation
import Testing

@testable import ChronicleEval

@Suite struct TimeMLAnnotatorTests {
  /// A hand-made gold file: DCT, a title outside TEXT, EVENT and TIMEX3 tags and an entity inside.
  static let gold = """
    <?xml version="1.0" ?>
    <TimeML>
    <DOCID>test-1</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-10" temporalFunction="false" functionInDocument="CREATION_TIME">March 10, 2021</TIMEX3></DCT>
    <TITLE>Port &amp; rail strike</TITLE>
    <TEXT>
    Dock workers <EVENT eid="e1" class="OCCURRENCE">walked</EVENT> out <TIMEX3 tid="t1" type="DATE" value="2021-03-08">Monday</TIMEX3> &amp; rail staff joined them <SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t2" type="DATE" value="2021-03-09">Tuesday</TIMEX3>.
    The strike could last <TIMEX3 tid="t3" type="DURATION" value="P2W">two weeks</TIMEX3>, union leaders said in a statement <TIMEX3 tid="t4" type="DATE" value="2021-03-10">today</TIMEX3>.
    Pay has been frozen since <TIMEX3 tid="t5" type="DATE" value="2019" mod="AFTER">2019</TIMEX3>.
    </TEXT>
    <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
    <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
    </TimeML>

    """

  static func removeTags(_ s: String, names: [String]) -> String {
    var out = ""
    var rest = Substring(s)
    while let lt = rest.firstIndex(of: "<") {
      out += rest[..<lt]
      let gt = rest[lt...].firstIndex(of: ">")!
      let tag = rest[rest.index(after: lt)..<gt]
      let name = tag.drop { $0 == "/" }.prefix { $0 != " " && $0 != ">" }
      if !names.contains(String(name)) { out += rest[lt...gt] }
      rest = rest[rest.index(after: gt)...]
    }
    return out + rest
  }

  /// TEXT content of a TimeML string with the given tags removed.
  static func split(_ s: String) -> (before: String, text: String, after: String) {
    let open = s.range(of: "<TEXT>")!.upperBound
    let close = s.range(of: "</TEXT>")!.lowerBound
    return (String(s[..<open]), String(s[open..<close]), String(s[close...]))
  }

  @Test func textIsByteIdenticalAfterRemovingTheInsertedTags() throws {
    let result = try TimeMLAnnotator().annotate(Self.gold, name: "test-1.tml")
    let input = Self.split(Self.gold)
    let output = Self.split(result.output)
    #expect(output.before == input.before)
    // After </TEXT>: the gold MAKEINSTANCE and TLINK are gone, the system's instances are in.
    #expect(!output.after.contains("<TLINK"))
    #expect(Self.removeTags(output.after, names: ["MAKEINSTANCE"]).filter { !$0.isNewline } == "</TEXT></TimeML>")
    let expected = Self.removeTags(input.text, names: ["TIMEX3", "EVENT", "SIGNAL"])
    #expect(Self.removeTags(output.text, names: ["TIMEX3", "EVENT"]) == expected)
    #expect(!output.text.contains("<SIGNAL"))
    #expect(output.text.contains("&amp; rail staff"))
  }

  @Test func eventsGetEidClassAndAnInstance() throws {
    let result = try TimeMLAnnotator().annotate(Self.gold, name: "test-1.tml")
    let triggers = result.events.map { "\($0.eid) \($0.event.trigger) \($0.event.timemlClass.rawValue)" }
    #expect(triggers.contains("e1 walked OCCURRENCE"))
    #expect(triggers.contains { $0.hasSuffix(" said REPORTING") })
    #expect(triggers.contains { $0.hasSuffix(" strike OCCURRENCE") })
    #expect(result.output.contains(#"<EVENT eid="e1" class="OCCURRENCE">walked</EVENT>"#))
    for (n, e) in result.events.enumerated() {
      #expect(e.eid == "e\(n + 1)")
      #expect(result.output.contains(#"<MAKEINSTANCE eventID="\#(e.eid)" eiid="ei\#(n + 1)" tense=""#))
    }
    #expect(result.output.contains(#"eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>"#))
    // No EVENT overlaps a TIMEX3, and reading the output back gives the same events.
    for e in result.events {
      #expect(!result.timexes.contains { $0.expression.span.overlaps(e.event.span) })
    }
    let back = try TimeMLEventReader.parse(Array(result.output.utf8), name: "system")
    #expect(back.events.map(\.span) == result.events.map(\.event.span))
    #expect(back.events.map(\.cls) == result.events.map(\.event.timemlClass.rawValue))
    #expect(back.events.first?.tense == "PAST")
  }

  @Test func tidsTypesAndValues() throws {
    let result = try TimeMLAnnotator().annotate(Self.gold, name: "test-1.tml")
    let found = result.timexes.map { "\($0.tid) \($0.expression.text) \($0.expression.type.rawValue) \($0.expression.value)" }
    #expect(
      found == [
        "t1 Monday DATE 2021-03-08", "t2 Tuesday DATE 2021-03-09", "t3 two weeks DURATION P2W",
        "t4 today DATE 2021-03-10", "t5 2019 DATE 2019",
      ])
    #expect(result.output.contains(#"<TIMEX3 tid="t1" type="DATE" value="2021-03-08""#))
    #expect(result.output.contains(#"anchorTimeID="t0""#))
    #expect(result.output.contains(#"value="2019" mod="AFTER""#) || result.output.contains(#"value="2019""#))
    // t0 stays the DCT's, and only there.
    #expect(result.output.components(separatedBy: #"tid="t0""#).count == 2)
  }

  @Test func readingTheOutputBackGivesTheSameTextAndExpressions() throws {
    let result = try TimeMLAnnotator().annotate(Self.gold, name: "test-1.tml")
    let original = try TimeMLReader.parse(Self.gold, name: "gold")
    let back = try TimeMLReader.parse(result.output, name: "system")
    #expect(back.text == original.text)
    #expect(back.creationDate == CivilDate(year: 2021, month: 3, day: 10))
    #expect(back.timexes.map(\.span) == result.timexes.map(\.expression.span))
    let bytes = Array(back.text.utf8)
    for t in back.timexes { #expect(String(decoding: bytes[t.span.start..<t.span.end], as: UTF8.self) == t.text) }
  }

  @Test func inputFormWithoutTagsIsAccepted() throws {
    let input = Self.removeTags(Self.gold, names: ["EVENT", "SIGNAL"]).replacingOccurrences(
      of: Self.split(Self.gold).text, with: Self.removeTags(Self.split(Self.gold).text, names: ["TIMEX3"]))
    let result = try TimeMLAnnotator().annotate(input, name: "plain.tml")
    #expect(result.timexes.count == 5)
  }

  @Test func refusesDocumentsWithoutText() {
    #expect(throws: TimeMLError.self) { try TimeMLAnnotator().annotate("<TimeML><DCT></DCT></TimeML>", name: "x.tml") }
  }
}
