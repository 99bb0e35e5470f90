import Testing

@testable import ChronicleExtraction

private let countries: [ActorSpec] = [
  "Iran", "Russia", "Germany", "Syria", "Brazil", "Argentina", "Japan", "Peru", "Chile", "Bolivia", "Spain",
  "Portugal", "Kenya", "Uganda", "Somalia", "Canada", "Mexico", "Norway", "Taiwan", "Egypt", "France", "Mali",
].map { ActorSpec($0) } + [
  ActorSpec("Iranian", "Iran"), ActorSpec("Chinese", "China"), ActorSpec("NAFTA", "NAFTA", .agreement),
  ActorSpec("Ruritanian police", "Ruritania", .organization), ActorSpec("Maria Lopez", "Maria Lopez", .person),
  ActorSpec("Kenya government", "Kenya", .country), ActorSpec("Mexico office", "Mexico", .organization),
  ActorSpec("Peruvian diplomats", "Peru", .organization),
]

private let published = CivilDate(year: 2022, month: 10, day: 17)!

private func run(_ marked: MarkedEvents, times: [(String, String, String?)] = [], counterparties: EventExtractor.CounterpartyLookup? = nil)
  -> (events: [EventMention], actors: [ActorMention])
{
  let analyzed = TextAnalyzer().analyze(marked.text, headlineLength: 0)
  let actors = EventTestSupport.mentions(countries, in: analyzed)
  let tx = times.map { EventTestSupport.time($0.0, value: $0.1, signal: $0.2, in: analyzed) }
  var extractor = counterparties.map { EventExtractor(counterparties: $0) } ?? EventExtractor()
  // These cases pin the hand-written rules; TriggerModelTests covers the learned model.
  extractor.triggerModel = nil
  return (extractor.extract(analyzed, times: tx, actors: actors, published: published), actors)
}

@Suite struct EventExtractorTests {
  @Test(arguments: [
    // Denials: the deny event and the denied event.
    "Iran [denies|016|STATEMENT|src=Iran|class=I_ACTION] that it [sold|072|AID|src=Iran|tgt=Russia|denied|by=Iran|parent] drones to Russia.",
    // Accusations and rejections.
    "Germany [accused|112|ACCUSE|src=Germany|tgt=Syria] Syria of lying.",
    "Germany [rejected|REJECT|src=Germany|tgt=Iran] Iranian [denials|src=Iran] that the regime [sold|denied] arms.",
    // Compound subjects.
    "Brazil and Argentina [signed|057|SUPPORT|src=Brazil|src=Argentina] a trade pact.",
    // Passive voice: the by-agent is the source.
    "Canada was [attacked|ASSAULT|src=Mexico|tgt=Canada|tense=PAST] by Mexico.",
    // Planned events.
    "Japan [plans|class=I_STATE|src=Japan] to [impose|163|SANCTION|src=Japan|tgt=Peru|planned|tense=INFINITIVE] sanctions on Peru.",
    "France will [visit|042|CONSULT|src=France|tgt=Mali|planned|tense=FUTURE] Mali.",
    // Negation and conditionals.
    "Chile did not [attack|190|src=Chile|tgt=Bolivia|negated|neg|tense=PAST] Bolivia.",
    "Spain would [invade|hypothetical|src=Spain|tgt=Portugal] Portugal.",
    "If Spain [invades|hypothetical] Portugal, France [says|src=France] it will respond.",
    // Reported speech.
    "Kenya [said|112|ACCUSE|src=Kenya|tgt=Uganda|class=REPORTING] Uganda [attacked|reported|by=Kenya|src=Uganda|tgt=Somalia] Somalia.",
    "Chile and Peru [said|015|src=Chile|src=Peru|tgt=Bolivia] they would [attack|src=Chile|src=Peru|tgt=Bolivia] Bolivia.",
    "Kenya [said|010|STATEMENT|src=Kenya] Uganda would [visit|src=Uganda|tgt=Somalia] Somalia.",
    "Mali is [expected|nosrc] to [attend|042|src=Mali] a [summit|040] in Ghana.",
    "Chile [protested|141|src=Chile|tgt=Peru] in Peru.",
    "Mali [expelled|174|src=Mali] two diplomats.",
    "Chile [received|072|src=Peru|tgt=Chile] rifles from Peru.",
    "Chile [showed|112|src=Chile|tgt=Peru] evidence against Peru.",
    "Chile [said|100|src=Chile|tgt=Peru] Peru has to [end|src=Peru] the blockade.",
    "Mali wants to [re-examine|090|src=Mali] the mines in Egypt.",
    "A report issued in Chile [alleged|112|src=Chile|tgt=Peru] that Peru knew of the plan.",
    "Mali is [claiming|015|src=Mali|tgt=Egypt] responsibility for a deadly [attack] in Egypt.",
    "Chile [said|112|src=Chile|tgt=Peru] a rocket was [fired|190|src=Peru|tgt=Chile] at it from Peru.",
    "Chile [issued|173|src=Chile|tgt=Peru] arrest warrants for Peruvian diplomats.",
    "Chile [wants|020|src=Chile|tgt=Peru] Peru to [attack|190|src=Peru|tgt=Bolivia] Bolivia.",
    "Chile [launched|190|src=Chile|tgt=Peru] missiles at Peru.",
    "Russia is [conducting|150|src=Russia|tgt=Norway] naval drills in Norway.",
    "Mali [engaged|190|src=Mali|tgt=Egypt] Egypt in a fierce [firefight|190] yesterday.",
    // Withdrawal from an agreement.
    "Canada [withdrew|160|SANCTION|src=Canada|tgt=NAFTA] from NAFTA.",
    // Nominal events.
    "Chinese [sanctions|163|src=China|tgt=Taiwan] on Taiwan hurt exports.",
    "The [killing|190|ASSAULT|src=Ruritania] of a student by Ruritanian police [sparked|src=nil|nocode] anger.",
    // Pronoun subjects.
    "Maria Lopez arrived late. She [praised|051|SUPPORT|src=Maria Lopez|tgt=Peru] Peru.",
    // Requests and threats.
    "Egypt [urged|020|REQUEST|src=Egypt|tgt=Mali] Mali to [release|planned] the hostages.",
    "Egypt [demanded|100|REQUEST|src=Egypt] an apology from Mali.",
    "Peru [threatened|138|THREATEN|src=Peru|tgt=Chile] Chile with an attack.",
    // Light verbs take the code of their event noun; hostile acts "at" someone target them.
    "Mexico [launched|195|ASSAULT|src=Mexico|tgt=Canada] an air [strike|195] against Canada.",
    "Chile [fired|190|ASSAULT|src=Chile|tgt=Peru] rockets at Peru.",
    "The Mexico office [rejects|REJECT|src=Mexico|tgt=Peru] Peru claims.",
    // Vowing a hostile act is a threat; the vowed act is planned.
    "Japan [vowed|1312|THREATEN|src=Japan|tgt=Peru] to [sanction|163|planned|src=Japan|tgt=Peru] Peru.",
    // Wanting one's own act expresses intent (03x) or threatens (13x).
    "Peru [wants|033|AGREE|src=Peru|tgt=Chile] to [help|planned] Chile.",
    "Peru [wants|138|THREATEN|src=Peru|tgt=Chile] to [attack|planned] Chile.",
    // Not giving aid is a rejection.
    "Peru will not [provide|121|REJECT|src=Peru|tgt=Chile|neg] aid to Chile.",
    // Claiming responsibility.
    "Mali [claimed|015|STATEMENT|src=Mali] responsibility for the raid.",
    // Object control: the object of urge/accuse is the agent of the embedded act.
    "Egypt urged Mali to [cooperate|src=Mali|planned] with Peru.",
    "Kenya accused Uganda of [delaying|src=Uganda] talks.",
    // Headline infinitives have their own subject.
    "Norway to [visit|042|src=Norway|tgt=Mali] Mali",
    // A coordinated clause with its own subject is neither governed nor shares the subject.
    "Iran denied selling drones, and Japan [said|asserted|src=Japan] it would [impose|hypothetical] sanctions.",
    "Iran stalled, and Western diplomats [accused|nosrc] Mali.",
    "Japan will [impose|163|src=Japan|tgt=Peru] further sanctions on Peru.",
    "Peruvian diplomats [accuse|112|src=Peru|tgt=Chile] Chile of lying.",
    // Pressure with sanctions is a sanction.
    "Norway will keep [pressuring|163|SANCTION|src=Norway|tgt=Mali] Mali with new sanctions.",
    // Titles between an organization and a person: the person heads the subject.
    "Kenya government spokesman Maria Lopez [said|src=Maria Lopez] nothing.",
    // Obligation: "has to" keeps its own subject.
    "Mali has to [release|src=Mali|tgt=Egypt] Egypt's diplomats.",
    // Adjectival participles take no arguments.
    "Brazil signed a [revised|nosrc] pact.",
  ])
  func coding(_ marked: String) {
    let m = MarkedEvents(marked.replacingOccurrences(of: "src=nil|", with: ""))
    let (events, actors) = run(m)
    for exp in m.expected {
      for problem in EventTestSupport.check(exp, events: events, actors: actors) { Issue.record("\(problem) — \(m.text)") }
    }
  }

  @Test(arguments: [
    "Iran has [sold|tense=PRESENT|aspect=PERFECTIVE] drones.",
    "Iran will [sell|tense=FUTURE|aspect=NONE] drones.",
    "Iran was [planning|tense=PAST|aspect=PROGRESSIVE] a sale.",
    "Iran had [ignored|tense=PAST|aspect=PERFECTIVE] them.",
    "We have been [warning|tense=PRESENT|aspect=PERFECTIVE_PROGRESSIVE] them.",
    "Iran wants to [sell|tense=INFINITIVE] drones.",
    "Iran did not [sell|tense=PAST|neg] drones.",
    "Iran has never [sold|tense=PRESENT|aspect=PERFECTIVE|neg] drones.",
    "Iran is [selling|tense=PRESENT|aspect=PROGRESSIVE|pos] drones.",
    "Iran [sold|tense=PAST|lemma=sell] drones and [bought|tense=PAST|lemma=buy] oil.",
    "The [invasion|tense=NONE|lemma=invade] failed.",
    "Officials [began|class=ASPECTUAL] [talks|lemma=negotiate] on trade.",
    "They [saw|class=PERCEPTION] the [explosion|class=OCCURRENCE].",
    "Officials [believe|class=I_STATE] it was an [attack|class=OCCURRENCE].",
    "The troops will [stay|class=OCCURRENCE] but prices [remain|class=STATE] high.",
  ])
  func tenseAspectPolarity(_ marked: String) {
    let m = MarkedEvents(marked)
    let (events, actors) = run(m)
    for exp in m.expected {
      for problem in EventTestSupport.check(exp, events: events, actors: actors) { Issue.record("\(problem) — \(m.text)") }
    }
  }

  @Test func nonEventsAreSkipped() {
    let m = MarkedEvents("The house on the hill is old and the market was quiet last week.")
    let (events, _) = run(m)
    #expect(!events.contains { ["house", "hill", "market", "last", "week"].contains($0.trigger) })
  }

  @Test func timeAttachment() {
    let m = MarkedEvents("Norway [said|date=2022-10-14|rel=IS_INCLUDED] on Friday that Mali had [attacked|date=nil] Egypt.")
    let (events, actors) = run(m, times: [("Friday", "2022-10-14", "on")])
    for exp in m.expected {
      for problem in EventTestSupport.check(exp, events: events, actors: actors) { Issue.record("\(problem)") }
    }
  }

  @Test func sinceGivesBegunBy() {
    let m = MarkedEvents("Kenya has been [warning|rel=BEGUN_BY|date=2022-07] since July that Uganda [plans|parent] an attack.")
    let (events, actors) = run(m, times: [("July", "2022-07", "since")])
    for exp in m.expected {
      for problem in EventTestSupport.check(exp, events: events, actors: actors) { Issue.record("\(problem)") }
    }
  }

  @Test(arguments: [
    ("before", "BEFORE"), ("after", "AFTER"), ("until", "ENDED_BY"), ("on", "IS_INCLUDED"), ("since", "BEGUN_BY"),
  ])
  func signalsGiveRelations(_ pair: (String, String)) {
    let m = MarkedEvents("Mali [attacked|rel=\(pair.1)|date=2022-03] Egypt \(pair.0) March.")
    let (events, actors) = run(m, times: [("March", "2022-03", pair.0)])
    for exp in m.expected {
      for problem in EventTestSupport.check(exp, events: events, actors: actors) { Issue.record("\(problem)") }
    }
  }

  @Test func presentTenseUsesDocumentDate() {
    let m = MarkedEvents(
      "Iran [faces|date=2022-10-17|rule=document-date:present-tense] protests. Iran [sold|date=nil] drones. Iran is [facing|date=2022-10-17] unrest.")
    let (events, actors) = run(m)
    for exp in m.expected {
      for problem in EventTestSupport.check(exp, events: events, actors: actors) { Issue.record("\(problem)") }
    }
  }

  @Test(arguments: [
    ("Officials saw the reports this morning of a rocket [attack|date=2022-10-17|rel=IS_INCLUDED|rule=report-time:reported-event-same-day] on the port.", "this morning", "2022-10-17TMO"),
    ("Footage on Monday of the [bombing|date=2022-10-17|rel=IS_INCLUDED] spread quickly.", "Monday", "2022-10-17"),
    ("The talks this morning of Peru and Chile went well, and a [strike|date=nil] followed.", "this morning", "2022-10-17TMO"),
  ])
  func reportedNominalsTakeTheReportsDay(_ c: (String, String, String)) {
    let m = MarkedEvents(c.0)
    let (events, actors) = run(m, times: [(c.1, c.2, nil)])
    for exp in m.expected {
      for problem in EventTestSupport.check(exp, events: events, actors: actors) { Issue.record("\(problem)") }
    }
  }

  @Test func tenseGivesBoundsAgainstTheDocumentDate() {
    let m = MarkedEvents(
      "Chile [attacked|date=nil|rel=BEFORE|rule=tense:past-before-dct] Peru. Mali will [visit|date=nil|rel=AFTER|rule=tense:future-after-dct] Egypt.")
    let (events, actors) = run(m)
    for exp in m.expected {
      for problem in EventTestSupport.check(exp, events: events, actors: actors) { Issue.record("\(problem)") }
    }
  }

  @Test func laterMentionsOfTheSameEventPointToTheFirst() {
    let m = MarkedEvents("Chile attacked Peru. Officials said Chile attacked Peru at dawn. Mali attacked Peru.")
    let (events, _) = run(m)
    let attacks = events.filter { $0.lemma == "attack" }
    #expect(attacks.count == 3)
    #expect(attacks[0].sameAs == nil)
    #expect(attacks[1].sameAs == events.firstIndex { $0.lemma == "attack" })
    #expect(attacks[2].sameAs == nil)
  }

  @Test func quotesAreAttributedToTheSpeaker() {
    let m = MarkedEvents(
      "\u{201C}We will [help|planned|by=Norway|src=Norway] them,\u{201D} Norway [said|src=Norway]. \u{201C}Mali [attacked|reported|by=Norway] Egypt.\u{201D}")
    let (events, actors) = run(m)
    for exp in m.expected {
      for problem in EventTestSupport.check(exp, events: events, actors: actors) { Issue.record("\(problem)") }
    }
  }

  @Test func counterpartiesBecomeTargets() {
    let m = MarkedEvents("Mexico wanted a deal. Canada [negotiated|046|CONSULT|src=Canada|tgt=NAFTA|tgt=Mexico] NAFTA.")
    let (events, actors) = run(m, counterparties: { entity in
      entity.name == "NAFTA" ? [ActorEntity(id: "test:Mexico", name: "Mexico", type: .country)] : []
    })
    for exp in m.expected {
      for problem in EventTestSupport.check(exp, events: events, actors: actors) { Issue.record("\(problem)") }
    }
  }

  @Test func speakerSayingSomeoneLiesAccusesThem() {
    let m = MarkedEvents("\u{201C}Mali continues to [lie|112|ACCUSE|src=Norway|tgt=Mali] about it,\u{201D} Norway [said|src=Norway].")
    let (events, actors) = run(m)
    for exp in m.expected {
      for problem in EventTestSupport.check(exp, events: events, actors: actors) { Issue.record("\(problem)") }
    }
  }

  @Test func counterpartiesNeedLocalMentions() {
    let m = MarkedEvents("Mexico wanted a deal. Peru waited. Chile slept. Canada [negotiated|tgt=NAFTA] NAFTA.")
    let (events, actors) = run(m, counterparties: { _ in [ActorEntity(id: "test:Mexico", name: "Mexico", type: .country)] })
    let e = events.first { $0.trigger == "negotiated" }!
    #expect(!e.arguments.contains { actors[$0.mention].entity.name == "Mexico" })
  }

  @Test func attributionPhraseIsNotAnArgument() {
    let text = "Mali attacked Egypt, according to Reuters."
    let analyzed = TextAnalyzer().analyze(text, headlineLength: 0)
    let actors = EventTestSupport.mentions(
      [ActorSpec("Mali"), ActorSpec("Egypt"), ActorSpec("Reuters", "Reuters", .media)], in: analyzed)
    let events = EventExtractor().extract(analyzed, times: [], actors: actors, published: nil)
    let reuters = actors.firstIndex { $0.text == "Reuters" }!
    #expect(!events.contains { e in e.arguments.contains { $0.mention == reuters } && e.category != nil })
    #expect(events.first { $0.trigger == "attacked" }?.attributedTo == reuters)
  }
}

@Suite struct VerbLexiconTests {
  @Test(arguments: [
    ("sold", "sell"), ("selling", "sell"), ("denies", "deny"), ("stopped", "stop"), ("taken", "take"),
    ("negotiated", "negotiate"), ("pursued", "pursue"), ("carries", "carry"), ("tries", "try"), ("making", "make"),
    ("ran", "run"), ("withdrew", "withdraw"), ("lying", "lie"), ("pressuring", "pressure"), ("sanctioned", "sanction"),
  ])
  func lemmatizes(_ pair: (String, String)) {
    #expect(VerbLexicon.lemmatize(pair.0)?.lemma == pair.1)
  }

  @Test func formsAreClassified() {
    #expect(VerbLexicon.lemmatize("taken")?.form == .pastParticiple)
    #expect(VerbLexicon.lemmatize("took")?.form == .past)
    #expect(VerbLexicon.lemmatize("walked")?.form == .pastOrParticiple)
    #expect(VerbLexicon.lemmatize("sells")?.form == .thirdPerson)
    #expect(VerbLexicon.lemmatize("table") == nil)
  }

  @Test(arguments: [("negotiations", "negotiate"), ("agreement", "agree"), ("denials", "deny"), ("invasion", "invade")])
  func eventNouns(_ pair: (String, String)) {
    #expect(EventLexicon.eventNoun(pair.0) == pair.1)
  }

  @Test func nonEventNouns() {
    #expect(EventLexicon.eventNoun("government") == nil)
    #expect(EventLexicon.eventNoun("nation") == nil)
  }
}
