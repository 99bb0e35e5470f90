import Testing

@testable import ChronicleExtraction

/// Trigger rules that keep non-events out (TimeML EVENT guidelines): every marked word must
/// be an event trigger, and no other word may be one.
@Suite struct EventTriggerRuleTests {
  /// The triggers found in `marked`; with `published`, the temporal tagger's expressions
  /// (resolved against that date) are passed to the extractor too.
  private func triggers(_ marked: MarkedEvents, published: CivilDate? = nil) -> (
    found: Set<TextSpan>, expected: Set<TextSpan>, words: [String]
  ) {
    let analyzed = TextAnalyzer().analyze(marked.text, headlineLength: 0)
    let times = published.map { TemporalTagger().tag(analyzed, published: $0) } ?? []
    // The rules alone: TriggerModelTests covers the learned model applied after them.
    var extractor = EventExtractor()
    extractor.triggerModel = nil
    let events = extractor.extract(analyzed, times: times, actors: [], published: nil)
    return (Set(events.map(\.span)), Set(marked.expected.map(\.span)), events.map(\.trigger))
  }

  @Test(arguments: [
    // A noun modifying the noun after it: the head is the event, not the modifier.
    "The trade deficit [widened] as [imports] [rose].",
    "A weapons inspection team [arrived] on Monday.",
    "They [signed] an economic cooperation plan.",
    "The [investigation] [continued] after the funeral home [closed].",
    "An unwelcome takeover [bid] [failed].",
    // Not compounds: the next word is the noun's verb, a particle, or a time word.
    "The [attack] [killed] ten people.",
    "The [protests] [continue] in the capital.",
    "Power was [cut] off after the [storm] last week.",
    "A NATO [summit] [set] for April will [discuss] it.",
    "They [agreed] to [help] [rebuild] the port and [help] stability in the region.",
    "Officials [met] those [advocating] direct [elections].",
    "The [bombing] [killed] two people, [wounding] dozens.",
    // An "-ing" form between a singular noun or adjective and a noun modifies it.
    "The bank holding company [agreed] to [sell] the unit.",
    "He is the sole surviving parent.",
    "Other nations are [lending] ships and [sending] troops.",
  ])
  func compoundModifiers(_ marked: String) {
    let m = MarkedEvents(marked)
    let r = triggers(m)
    #expect(r.found == r.expected, "\(m.text): found \(r.words)")
  }

  @Test(arguments: [
    // Nouns of amounts and things that are verbs only after a subject or "to".
    "In the first nine months, profit [rose] 10% to $313 million.",
    "The value of the fund [fell] sharply.",
    "The companies [said] they [control] most of the market.",
    "Iraq now [controls] a fifth of the oil.",
    "The [ceremony] will [take] place at the library.",
    // Participles used as adjectives or prepositions.
    "The company [reported] costs related to the [layoffs].",
    "He is also known as the Jackal.",
    "The pound [soared] following the [resignation] of the minister.",
    "The armed forces [withdrew].",
    // A period "ended" or "ending" on a date is a date, not an event.
    "For the quarter ended Sept. 30, the company [posted] a [loss].",
    // "plan" is a scheme unless an infinitive says what is intended.
    "Shareholders [approved] the plan.",
    "The company [announced] a [plan] to [sell] its branches.",
    // Groups and units rather than happenings.
    "The alliance [admitted] three new members.",
    "The division [reported] a [loss] in connection with the [sale].",
    // A plural noun before its verb, adverbs between; a noun after a cardinal word.
    "Dow Jones shares also [fell] 50 cents.",
    "Seven states [adopted] the rule.",
  ])
  func nonEventNounsAndParticiples(_ marked: String) {
    let m = MarkedEvents(marked)
    let r = triggers(m)
    #expect(r.found == r.expected, "\(m.text): found \(r.words)")
  }

  /// Words of a time expression are never triggers ("last week", "the end of the year").
  @Test(arguments: [
    "The embassies were [bombed] last week.",
    "Sales [rose] at the end of the year.",
    "The [talks] [resume] next Monday.",
  ])
  func wordsOfTimeExpressions(_ marked: String) {
    let m = MarkedEvents(marked)
    let r = triggers(m, published: CivilDate(year: 1998, month: 8, day: 10))
    #expect(r.found == r.expected, "\(m.text): found \(r.words)")
  }

  @Test(arguments: [
    // "do" as a main verb is an event; as an auxiliary it is not.
    "The police [promised] to [do] so.",
    "They [asked] what he [did].",
    "We are [doing] everything we can.",
    "Iran did not [sell] drones.",
    "Why did they [leave]?",
    // Event nouns of the language: transactions, searches, accessions.
    "The [transaction] was [completed] after the [search].",
    "They [celebrated] the [accession] of three countries.",
    // An unknown "-ed" word after "be" or "have" is a participle.
    "Two guards were [hospitalized] and one had [perished].",
    "The boy was not [mistreated].",
    // Nominalizations in "-ification" and further event nouns of the language.
    "The [ratification] [ended] a long [standoff].",
    "Police [plan] to [repatriate] the refugees after the [discovery].",
  ])
  func mainVerbDoAndEventNouns(_ marked: String) {
    let m = MarkedEvents(marked)
    let r = triggers(m)
    #expect(r.found == r.expected, "\(m.text): found \(r.words)")
  }
}
