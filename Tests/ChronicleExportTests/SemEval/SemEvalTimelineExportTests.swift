import ChronicleExport
import ChronicleExtraction
import ChronicleStore
import Testing

@Suite struct SemEvalTimelineExportTests {
  static func entry(
    _ id: Int64, doc: String, trigger: String, lemma: String? = nil, date: String? = nil, range: DateRange? = nil,
    actors: [(String, String)] = [], sentence: String, published: String = "2012-03-05"
  ) -> TimelineEntry {
    TimelineEntry(
      eventID: id, date: date, range: range, trigger: trigger, lemma: lemma ?? trigger, eventClass: .occurrence,
      category: nil, factuality: .asserted, polarity: true,
      actors: actors.map {
        EventActor(actorID: $0.0, name: $0.1, type: .organization, role: .source, code: nil, mention: $0.1)
      },
      sentence: sentence, documentID: doc, documentTitle: nil, documentPublished: CivilDate(iso: published),
      url: nil)
  }

  static func day(_ s: String) -> DateRange {
    DateRange(start: CivilDate(iso: s)!, end: CivilDate(iso: s)!, granularity: .day)
  }

  @Test(arguments: [
    ("Beatles Apple Corps", "beatles_apple_corps.txt"), ("iTunes store", "itunes_store.txt"),
    ("iPhone 3G", "iphone_3g.txt"), ("Steve Jobs", "steve_jobs.txt"), ("Acme Inc.", "acme_inc_.txt"),
  ])
  func fileNames(_ entity: String, _ file: String) {
    #expect(SemEvalTimelineExport.fileName(entity: entity) == file)
  }

  @Test func anchorsKeepGranularity() {
    let s = "Acme did it."
    #expect(SemEvalTimelineExport.anchor(Self.entry(1, doc: "d", trigger: "did", date: "2005-01-18", range: Self.day("2005-01-18"), sentence: s)) == "2005-01-18")
    let month = DateRange(start: CivilDate(iso: "2005-01-01")!, end: CivilDate(iso: "2005-01-31")!, granularity: .month)
    #expect(SemEvalTimelineExport.anchor(Self.entry(1, doc: "d", trigger: "did", date: "2005-01", range: month, sentence: s)) == "2005-01-XX")
    let year = DateRange(start: CivilDate(iso: "2007-01-01")!, end: CivilDate(iso: "2007-12-31")!, granularity: .year)
    #expect(SemEvalTimelineExport.anchor(Self.entry(1, doc: "d", trigger: "did", date: "2007", range: year, sentence: s)) == "2007-XX-XX")
    // A week inside one month is written at month granularity.
    let week = DateRange(start: CivilDate(iso: "2007-03-05")!, end: CivilDate(iso: "2007-03-11")!, granularity: .week)
    #expect(SemEvalTimelineExport.anchor(Self.entry(1, doc: "d", trigger: "did", date: "2007-W10", range: week, sentence: s)) == "2007-03-XX")
    #expect(SemEvalTimelineExport.anchor(Self.entry(1, doc: "d", trigger: "did", sentence: s)) == nil)
  }

  @Test func membershipByArgumentOrClause() {
    // Argument: the actor's name contains the entity's.
    let a = SemEvalEvent(
      entry: Self.entry(1, doc: "d", trigger: "sued", actors: [("new:org:zenith-labs", "Zenith Labs")], sentence: "It sued."),
      sentence: 1)
    #expect(SemEvalTimelineExport.belongs(a, to: "Zenith Labs"))
    #expect(!SemEvalTimelineExport.belongs(a, to: "Gadget 2"))
    // Clause: the name in the trigger's clause counts, one across a boundary does not.
    let text = "The Gadget 2 shipped in May, while rivals waited."
    let shipped = SemEvalEvent(
      entry: Self.entry(2, doc: "d", trigger: "shipped", sentence: text), sentence: 1, tense: .past, triggerOffset: 13)
    let waited = SemEvalEvent(
      entry: Self.entry(3, doc: "d", trigger: "waited", sentence: text), sentence: 1, tense: .past, triggerOffset: 42)
    #expect(SemEvalTimelineExport.belongs(shipped, to: "Gadget 2"))
    #expect(!SemEvalTimelineExport.belongs(waited, to: "Gadget 2"))
    // A model word after a product name makes it another product.
    let nano = SemEvalEvent(
      entry: Self.entry(4, doc: "d", trigger: "sold", sentence: "The zPod nano sold well."), sentence: 1,
      tense: .past, triggerOffset: 14)
    #expect(!SemEvalTimelineExport.belongs(nano, to: "zPod"))
    #expect(SemEvalTimelineExport.belongs(nano, to: "zPod nano"))
  }

  @Test func nameMustBeNearTheTrigger() {
    // "Gadget 2" ends 8 words before "complained" (owners in many large northern cities
    // finally): outside the five-word window; "bought" has it as its object, 1 word away.
    let far = "Gadget 2 owners in many large northern cities finally complained."
    let near = "Many people bought Gadget 2 today."
    func event(_ text: String, _ trigger: String) -> SemEvalEvent {
      let start = text.unicodeScalars.distance(
        from: text.unicodeScalars.startIndex, to: text.range(of: trigger)!.lowerBound.samePosition(in: text.unicodeScalars)!)
      return SemEvalEvent(
        entry: Self.entry(1, doc: "d", trigger: trigger, sentence: text), sentence: 1, tense: .past, triggerOffset: start)
    }
    #expect(!SemEvalTimelineExport.belongs(event(far, "complained"), to: "Gadget 2"))
    #expect(SemEvalTimelineExport.belongs(event(near, "bought"), to: "Gadget 2"))
  }

  static func event(_ text: String, _ trigger: String) -> SemEvalEvent {
    let start = text.unicodeScalars.distance(
      from: text.unicodeScalars.startIndex, to: text.range(of: trigger)!.lowerBound.samePosition(in: text.unicodeScalars)!)
    return SemEvalEvent(
      entry: Self.entry(1, doc: "d", trigger: trigger, sentence: text), sentence: 1, tense: .past, triggerOffset: start)
  }

  @Test func namesWithAnInsertedWordAndDefiniteDescriptions() {
    // "zTunes Song Store" names "zTunes store"; "the store" refers back to it.
    #expect(SemEvalTimelineExport.belongs(Self.event("Zenith opened the zTunes Song Store in May.", "opened"), to: "zTunes store"))
    #expect(SemEvalTimelineExport.belongs(Self.event("Later the store sold films.", "sold"), to: "zTunes store"))
    // The trigger is the entity's own name word: not one of its events.
    #expect(!SemEvalTimelineExport.belongs(Self.event("Later the store sold films.", "store"), to: "zTunes store"))
  }

  @Test func nounModifierIsNoParticipant() {
    // "zPod owners": the name modifies "owners", who complained — not the zPod.
    #expect(!SemEvalTimelineExport.belongs(Self.event("Many zPod owners complained.", "complained"), to: "zPod"))
    // A finite verb after the name: the zPod is its subject.
    #expect(SemEvalTimelineExport.belongs(Self.event("The zPod sells well.", "sells"), to: "zPod"))
    // The word after the name is the (nominal) event itself.
    #expect(SemEvalTimelineExport.belongs(Self.event("Heavy zPod use hurts.", "use"), to: "zPod"))
  }

  @Test func onlyFactualEvents() {
    var e = Self.event("The zPod sells well.", "sells")
    e.entry.factuality = .hypothetical
    #expect(!SemEvalTimelineExport.belongs(e, to: "zPod"))
    e.entry.factuality = .reported
    #expect(SemEvalTimelineExport.belongs(e, to: "zPod"))
  }

  @Test func shortNamesOfMultiWordNames() {
    let text = "Later Marlow resigned."
    let e = SemEvalEvent(
      entry: Self.entry(1, doc: "d", trigger: "resigned", sentence: text), sentence: 1, tense: .past, triggerOffset: 13)
    #expect(SemEvalTimelineExport.belongs(e, to: "Dana Marlow"))
    // A word shared with another actor's name does not stand for the entity alone.
    let f = SemEvalEvent(
      entry: Self.entry(2, doc: "d", trigger: "grew", sentence: "Zenith grew."), sentence: 1, tense: .past, triggerOffset: 7)
    #expect(!SemEvalTimelineExport.belongs(f, to: "Zenith Records", otherNames: ["Zenith Labs"]))
    #expect(SemEvalTimelineExport.belongs(f, to: "Zenith Records"))
  }

  @Test func writesMergedOrderedTimeline() {
    let actor = [("new:org:zenith-labs", "Zenith Labs")]
    let events = [
      // Same event in two documents (same lemma, same day, shared actor): one line.
      SemEvalEvent(
        entry: Self.entry(1, doc: "20", trigger: "launched", lemma: "launch", date: "2009-04-02", range: Self.day("2009-04-02"), actors: actor, sentence: "Zenith Labs launched it."),
        sentence: 3),
      SemEvalEvent(
        entry: Self.entry(2, doc: "21", trigger: "launch", lemma: "launch", date: "2009-04-02", range: Self.day("2009-04-02"), actors: actor, sentence: "The launch by Zenith Labs."),
        sentence: 2),
      // Earlier, at year granularity.
      SemEvalEvent(
        entry: Self.entry(3, doc: "20", trigger: "founded", lemma: "found", date: "1999", range: DateRange(start: CivilDate(iso: "1999-01-01")!, end: CivilDate(iso: "1999-12-31")!, granularity: .year), actors: actor, sentence: "Zenith Labs was founded in 1999."),
        sentence: 5),
      // Undated, future: order 0.
      SemEvalEvent(
        entry: Self.entry(4, doc: "21", trigger: "expand", actors: actor, sentence: "Zenith Labs will expand."),
        sentence: 4, tense: .future),
      // Undated report in the past: the publication day; phrasal particle in the word.
      SemEvalEvent(
        entry: Self.entry(5, doc: "21", trigger: "stepped", lemma: "step", actors: actor, sentence: "Its head stepped down.", published: "2012-03-05"),
        sentence: 6, tense: .past, triggerOffset: 9),
    ]
    let text = SemEvalTimelineExport.timeline(entity: "Zenith Labs", events: events)
    #expect(
      text == """
        Zenith Labs
        0\tXXXX-XX-XX\t21-4-expand
        1\t1999-XX-XX\t20-5-founded
        2\t2009-04-02\t20-3-launched\t21-2-launch
        3\t2012-03-05\t21-6-stepped_down

        """)
  }

  @Test func mentionsOfOneClusterShareALineAtTheMostPreciseAnchor() {
    let actor = [("new:org:zenith-labs", "Zenith Labs")]
    let month = DateRange(start: CivilDate(iso: "2009-04-01")!, end: CivilDate(iso: "2009-04-30")!, granularity: .month)
    var first = Self.entry(
      1, doc: "20", trigger: "acquired", lemma: "acquire", date: "2009-04", range: month, actors: actor,
      sentence: "Zenith Labs acquired Quark in April.")
    first.cluster = 1
    // Another word and a more precise date: the store put both mentions in cluster 1.
    var second = Self.entry(
      2, doc: "21", trigger: "bought", lemma: "buy", date: "2009-04-02", range: Self.day("2009-04-02"), actors: actor,
      sentence: "Zenith Labs bought Quark on Thursday.")
    second.cluster = 1
    let events = [SemEvalEvent(entry: first, sentence: 1), SemEvalEvent(entry: second, sentence: 2)]
    #expect(
      SemEvalTimelineExport.timeline(entity: "Zenith Labs", events: events)
        == "Zenith Labs\n1\t2009-04-02\t20-1-acquired\t21-2-bought\n")
    #expect(
      SemEvalTimelineExport.timeline(entity: "Zenith Labs", events: events, clusters: false)
        == "Zenith Labs\n1\t2009-04-XX\t20-1-acquired\n2\t2009-04-02\t21-2-bought\n")
  }

  @Test func locatesTimeMLSentences() throws {
    let tml = """
      <?xml version="1.0"?>
      <TimeML><DOCID>77</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2012-03-05">2012-03-05</TIMEX3></DCT>
      <EXTRAINFO>Zenith Labs opens a plant</EXTRAINFO>
      <TEXT><s id="1">March 5 , 2012</s><s id="2">Zenith Labs <EVENT eid="e1">opened</EVENT> a plant .</s><s id="3">Workers <EVENT eid="e2">cheered</EVENT> .</s></TEXT>
      </TimeML>
      """
    let bytes = Array(tml.utf8)
    let article = try TimeMLArticleReader.parse(bytes: bytes, path: "77.tml").article
    let text = article.fullText
    let locator = try #require(TimeMLSentenceLocator(timeML: bytes, path: "77.tml", storedText: text))
    func offset(_ word: String) -> Int {
      text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: word)!.lowerBound.samePosition(in: text.unicodeScalars)!)
    }
    #expect(locator.sentence(at: offset("opened")) == 2)
    #expect(locator.sentence(at: offset("cheered")) == 3)
    #expect(locator.sentence(at: offset("opens")) == nil)  // the headline is no <s>
    #expect(TimeMLSentenceLocator(timeML: bytes, path: "77.tml", storedText: text + "x") == nil)
  }
}
