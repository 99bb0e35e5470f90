import ChronicleExtraction

/// Extraction results made directly (no text analysis), to fill a store with a million
/// events quickly: short sentences, one source and one or two targets per event drawn
/// from a skewed pool of actors, twenty PLOVER/CAMEO categories, mostly day dates with
/// some months, years and undated events between 2015 and 2024. Document *n* depends
/// only on the seed and *n*.
public struct SyntheticEvents: Sendable {
  public let seed: UInt64
  /// Events per document.
  public let eventsPerDocument: Int
  /// Distinct actors.
  public let actorCount: Int

  public init(seed: UInt64 = 1, eventsPerDocument: Int = 20, actorCount: Int = 400) {
    self.seed = seed
    self.eventsPerDocument = max(1, eventsPerDocument)
    self.actorCount = max(2, actorCount)
  }

  /// Name of actor `n`; actor 0 is the most frequent.
  public static func actorName(_ n: Int) -> String { "Synthetic Actor \(n)" }

  static let categories: [EventCategory] = [
    ("ACCUSE", "112", 3, -2.0), ("ACCUSE", "111", 3, -2.0), ("THREATEN", "138", 3, -7.0),
    ("CONSULT", "040", 1, 1.0), ("CONSULT", "043", 1, 2.8), ("COOPERATE", "057", 2, 8.0),
    ("AID", "070", 2, 7.0), ("AID", "073", 2, 7.4), ("DEMAND", "100", 3, -5.0), ("REJECT", "120", 3, -4.0),
    ("SANCTION", "163", 3, -8.0), ("ASSAULT", "180", 4, -9.0), ("FIGHT", "190", 4, -10.0),
    ("FIGHT", "195", 4, -10.0), ("PROTEST", "140", 3, -6.5), ("RETREAT", "080", 2, 5.0),
    ("MOBILIZE", "150", 3, -7.2), ("REQUEST", "020", 1, 3.0), ("SUPPORT", "050", 1, 3.5),
    ("AGREE", "030", 1, 4.0),
  ].map { EventCategory(plover: $0.0, cameo: $0.1, quadClass: $0.2, goldstein: $0.3) }

  /// Document `index`.
  public func result(_ index: Int) -> ExtractionResult {
    var random = SeededRandom(seed: seed &* 0xD6E8_FEB8_6659_FD93 &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
    let firstDay = CivilDate(year: 2015, month: 1, day: 1)!.dayNumber
    let published = CivilDate(dayNumber: firstDay + 30 + random.below(3_620))
    var text = ""
    var sentences: [Sentence] = []
    var mentions: [ActorMention] = []
    var events: [EventMention] = []
    let pool = Array(0..<actorCount)
    func entity(_ n: Int) -> ActorEntity {
      ActorEntity(id: "bench:actor-\(n)", name: Self.actorName(n), type: n % 3 == 0 ? .country : .organization, code: "B\(n)")
    }
    for n in 0..<eventsPerDocument {
      let source = random.skewed(pool)
      var target = random.skewed(pool)
      if target == source { target = (source + 1) % actorCount }
      let category = random.pick(Self.categories)
      let start = text.utf8.count
      let sourceName = Self.actorName(source)
      let targetName = Self.actorName(target)
      let sentence = "\(sourceName) acted against \(targetName) in event \(n)."
      text += sentence + " "
      sentences.append(
        Sentence(
          index: n, span: TextSpan(start: start, end: start + sentence.utf8.count), text: sentence, tokens: [],
          paragraph: n / 5, isHeadline: false))
      let targetStart = start + sourceName.utf8.count + 14
      mentions.append(
        ActorMention(
          sentence: n, span: TextSpan(start: start, end: start + sourceName.utf8.count), text: sourceName,
          entity: entity(source), rule: "dictionary"))
      mentions.append(
        ActorMention(
          sentence: n, span: TextSpan(start: targetStart, end: targetStart + targetName.utf8.count),
          text: targetName, entity: entity(target), rule: "dictionary"))
      var arguments = [
        EventArgument(role: .source, mention: mentions.count - 2, rule: "subject"),
        EventArgument(role: .target, mention: mentions.count - 1, rule: "object"),
      ]
      if random.below(5) == 0 {
        // A second target named in the same span (a coordination the text abbreviates).
        let other = random.skewed(pool)
        mentions.append(
          ActorMention(
            sentence: n, span: TextSpan(start: targetStart, end: targetStart + targetName.utf8.count),
            text: Self.actorName(other), entity: entity(other), rule: "coordination"))
        arguments.append(EventArgument(role: .target, mention: mentions.count - 1, rule: "object"))
      }
      let day = CivilDate(dayNumber: published.dayNumber - random.below(30))
      let date: String?
      switch random.below(20) {
      case 0, 1: date = nil
      case 2, 3: date = String(day.iso.prefix(7))
      case 4: date = String(day.year)
      default: date = day.iso
      }
      events.append(
        EventMention(
          sentence: n, span: TextSpan(start: start + sourceName.utf8.count + 1, end: start + sourceName.utf8.count + 6),
          trigger: "acted", lemma: "act", timemlClass: .occurrence, tense: .past, category: category,
          arguments: arguments, date: date, dateRule: date == nil ? nil : "document-date", rules: ["synthetic"]))
    }
    let analyzed = AnalyzedText(text: text, sentences: sentences, headlineLength: 0)
    return ExtractionResult(
      documentID: "synthetic-\(seed)-\(index)",
      article: Article(id: "synthetic-\(seed)-\(index)", body: text, published: published, source: "Synthetic"),
      published: published, contentHash: "synthetic-\(seed)-\(index)", text: analyzed, times: [], actors: mentions,
      events: events, warnings: [])
  }
}
