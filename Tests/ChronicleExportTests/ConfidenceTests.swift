import ChronicleExtraction
import Testing

/// The default mention confidence by rule: exported as `actors[].confidence`.
@Suite struct ConfidenceTests {
  @Test(arguments: [
    ("dictionary", 0.95), ("dictionary:surname", 0.95), ("metonym", 0.95), ("metonym:capital", 0.95),
    ("alias", 0.95), ("title:office-holder", 0.95), ("title:office", 0.9), ("adjective", 0.85),
    ("possessor:modifier", 0.85), ("agent:modifier", 0.8), ("agent:location", 0.8),
    ("coreference:surname", 0.75), ("coreference:title", 0.75), ("agent:context", 0.7),
    ("agent:group", 0.7), ("context", 0.7), ("capitalized-name", 0.6),
    ("capitalized-name:acronym", 0.6), ("coreference:pronoun", 0.5), ("some-new-rule", 0.7),
  ])
  func defaultConfidenceFollowsTheRule(rule: String, expected: Double) {
    #expect(ActorMention.defaultConfidence(rule: rule) == expected)
  }

  @Test func initUsesTheDefaultUnlessGiven() {
    let iran = ActorEntity(id: "country:IRN", name: "Iran", type: .country, code: "IRN")
    let span = TextSpan(start: 0, end: 4)
    let byRule = ActorMention(sentence: 0, span: span, text: "Iran", entity: iran, rule: "adjective")
    #expect(byRule.confidence == 0.85)
    let given = ActorMention(sentence: 0, span: span, text: "Iran", entity: iran, rule: "adjective", confidence: 0.3)
    #expect(given.confidence == 0.3)
  }
}
