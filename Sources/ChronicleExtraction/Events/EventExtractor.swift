/// Finds event mentions (TimeML EVENT style), codes the ones relating actors (CAMEO/PLOVER),
/// attaches source and target actors, factuality, attribution and a time anchor.
///
/// Works without a parser or POS tagger: verb and event-noun lexicons, an English verb
/// lemmatizer, the auxiliary chain left of each verb, and clause barriers ("that", "which",
/// quotes, semicolons) that bound subjects and objects.
public struct EventExtractor: Sendable {
  /// Returns the counterparties of an agreement entity (for "X negotiated the treaty" the
  /// other parties become additional targets).
  public typealias CounterpartyLookup = @Sendable (ActorEntity) -> [ActorEntity]

  public var counterparties: CounterpartyLookup
  /// The learned trigger classifier applied after the trigger rules (`nil`: the rules alone).
  public var triggerModel: TriggerModel? = TriggerModel.shipped

  /// Creates an extractor that takes agreement counterparties from the built-in actor knowledge.
  public init() {
    self.counterparties = { entity in
      ActorKnowledge.shared.counterparties(of: entity.id).compactMap { id in
        ActorKnowledge.shared.entity(id: id) ?? ActorEntity(id: id, name: id, type: .country)
      }.filter { $0.id != entity.id }
    }
  }

  /// Creates an extractor that adds agreement counterparties as targets.
  public init(counterparties: @escaping CounterpartyLookup) { self.counterparties = counterparties }

  /// Extracts every event mention of `text`. `times` and `actors` are the outputs of the
  /// temporal tagger and actor recognizer for the same text (may be empty).
  public func extract(
    _ text: AnalyzedText, times: [TimeExpression], actors: [ActorMention], published: CivilDate?
  ) -> [EventMention] {
    let scratch = EventRunScratch.take()
    defer { EventRunScratch.give(scratch) }
    var run = EventRun(
      text: text, times: times, actors: actors, published: published, counterparties: counterparties, scratch: scratch)
    run.triggerModel = triggerModel
    run.run()
    return run.events
  }
}

// MARK: - Word classes

enum Words {
  static func set(_ s: String) -> EventWordSet { VerbLexicon.words(s) }
  static let determiners = set(
    "the a an this that these those its his her their our my your some any no every each another such "
      + "'s both either neither several many much few more most all other ’s whose")
  static let prepositions = set(
    "of in for on with from by about against over after before during among between into through "
      + "without at under within upon toward towards across behind beyond despite amid than like per via alongside")
  static let subjectPronouns = set("i you we they he she it who which that there")
  static let objectPronouns = set("me him her us them it you")
  static let modals = set("will would shall should can could may might must 'll 'd ought")
  static let negations = set("not n't never no")
  static let adverbs = set(
    "also already still just even ever always now then only really actually currently recently reportedly "
      + "allegedly apparently reluctantly quickly finally largely openly since however nonetheless once again "
      + "further soon later often usually certainly probably possibly likely clearly simply first")
  /// Adverbs that sit between a subject and its verb ("Iran also denies").
  static let preVerbAdverbs = set(
    "also already still just even ever always never now then only really actually currently recently reportedly "
      + "allegedly apparently reluctantly finally largely openly usually certainly probably possibly clearly simply")
  static let clauseBarriers = set(
    "that which who whom whose because while although though if unless whether when where since after "
      + "before until ; : but yet meanwhile whereas")
  static let beForms = set("be is am are was were been being 's 're 'm")
  static let haveForms = set("have has had having 've 'd")
  static let doForms = set("do does did")
  static let personal = set("he she him her his")
  /// Verb forms that are more often adjectives, adverbs or nouns: verbs only after a subject or "to".
  static let needsVerbContext = set(
    "last back like open close free present right level total double top lower mean well head face near "
      + "better best fine clean clear even firm round due mind means costs results forces shares prices "
      + "sales market markets share price cost result force ground based compared including "
      // Nouns of amounts, places and things far more often than verbs in news prose.
      + "profit profits value values amount amounts rate rates fund funds credit credits tax taxes reserve reserves "
      + "point points place plant plants center centre matter matters air access concern concerns control controls "
      + "state process")
  /// Intensional verbs whose class does not depend on a complement.
  static let inherentIState = set(
    "believe think want fear hope expect wish doubt suspect feel worry seek prevent attempt try accuse avoid "
      + "investigate postpone delay cancel block consider need")
  static let groupPronouns = set("they them their it its")
  static let articlesAndPossessives = set("the a an its his her their our my your 's ’s")
  /// Participles used as prepositions or adjectives ("based in", "including", "related costs",
  /// "known as", "armed forces"): verbs only after "be", "have", a subject pronoun or a name.
  static let participleAdjectives = set(
    "based compared including ground preferred existing remaining related following armed known united "
      + "concerning regarding")
  /// Cardinal numbers written as words: what follows one is a noun ("seven states").
  static let cardinals = set(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
      + "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
      + "thousand million billion dozen dozens hundreds thousands millions")
  /// Nouns of periods that a participle "ended"/"ending" dates ("the quarter ended Sept. 30").
  static let periodNouns = set("quarter quarters year years period periods month months week weeks half season")
  /// Words after a noun that are not the head of a compound with it: conjunctions,
  /// particles, time words, post-nominal adjectives and other function words.
  static let nonHeads = set(
    "and nor but yet off out down away back around aside ago last next earlier later today tonight "
      + "yesterday tomorrow due alone available possible itself themselves himself herself here there "
      + "what how why per etc almost daily weekly overseas abroad elsewhere nationwide worldwide near inside "
      + "outside throughout until unlike beside besides onto following concerning regarding involving")
}

// MARK: - One extraction run

struct Trigger {
  var token: Int
  var lemma: String
  /// The ``LemmaTable`` index of ``lemma`` (0: a lemma of no lexicon), for the questions the
  /// extractor asks of it.
  var lemmaIndex: Int32
  var isNoun: Bool
  var form: VerbForm?
  var cls: EventClass
  var groupStart: Int
  var tense: EventTense = .none
  var aspect: EventAspect = .none
  var negated = false
  var passive = false
  var modal: String?
  var event: Int = -1
  /// A noun modifying the noun after it ("the trade deficit"); see ``EventRun/compoundModifier(_:tokens:lowers:)``.
  var compound = false
  /// A rule trigger the learned trigger model judges no event; dropped unless it names a
  /// coded event type (see ``EventRun/dropBareCompoundModifiers(from:triggers:sentence:)``).
  var rejected = false
  /// A trigger the rules did not find and the learned trigger model added.
  var learned = false
}

struct EventRun {
  let text: AnalyzedText
  let times: [TimeExpression]
  let actors: [ActorMention]
  let published: CivilDate?
  let counterparties: EventExtractor.CounterpartyLookup
  var events: [EventMention] = []
  /// Speech event (index) and speaker mention for each sentence containing a reporting verb outside quotes.
  /// (An array by sentence index, `nil` for a sentence with none: no hashing per sentence.)
  var speech: [Speech?]
  struct Speech {
    var event: Int
    var speaker: Int?
  }
  /// Indexes of the actor mentions of each sentence, in text order (built once).
  /// (Arrays by sentence index, empty for a sentence with none: no hashing per sentence.)
  var mentionsBySentence: [[Int]]
  /// Indexes of the time expressions of each sentence, in text order (built once).
  var timesBySentence: [[Int]]
  /// The word classes and readings of the tokens of the sentence being processed.
  let lex: SentenceLex
  /// The lexicons' lemmas, asked about each trigger's lemma by its index.
  let lemmas = LemmaTable.shared
  /// The token range of each actor mention (by mention index) in its sentence, set when the
  /// sentence is processed (`nil`: no token, or a sentence not processed yet). An array for
  /// the whole run rather than a dictionary per sentence.
  var mentionRanges: [Range<Int>?]
  /// The entity type of each actor mention, read by the argument filters of every event.
  let mentionTypes: [ActorType]
  /// The learned trigger classifier (``TriggerModel``), its per-sentence values, and the
  /// candidates logged for training (`nil`: not logging).
  var triggerModel: TriggerModel?
  let triggerScratch: TriggerScratch
  /// The per-sentence arrays of ``process(_:)``, reused from sentence to sentence.
  let sentenceScratch: SentenceScratch
  /// The new event indexes of ``dropBareCompoundModifiers(from:triggers:sentence:)``, reused
  /// from sentence to sentence.
  var newIndexScratch: [Int?] = []
  var candidateLog: [TriggerCandidate]?

  init(
    text: AnalyzedText, times: [TimeExpression], actors: [ActorMention], published: CivilDate?,
    counterparties: @escaping EventExtractor.CounterpartyLookup, scratch: EventRunScratch = EventRunScratch()
  ) {
    self.lex = scratch.lex
    self.sentenceScratch = scratch.sentence
    self.triggerScratch = scratch.trigger
    self.text = text
    self.times = times
    self.actors = actors
    self.published = published
    self.counterparties = counterparties
    self.mentionRanges = [Range<Int>?](repeating: nil, count: actors.count)
    self.mentionTypes = actors.map(\.entity.type)
    // Room for every sentence index (a mention or time of no sentence is never asked for).
    var sentences = text.sentences.count
    for s in text.sentences.indices { sentences = max(sentences, text.sentences[s].index + 1) }
    var mentionsBySentence = [[Int]](repeating: [], count: sentences)
    var timesBySentence = [[Int]](repeating: [], count: sentences)
    // By index, reading one field in place (a loop over the elements copies each whole
    // mention, its strings retained and released).
    for m in actors.indices {
      let s = actors[m].sentence
      if s >= 0 && s < sentences { mentionsBySentence[s].append(m) }
    }
    for t in times.indices {
      let s = times[t].sentence
      if s >= 0 && s < sentences { timesBySentence[s].append(t) }
    }
    self.mentionsBySentence = mentionsBySentence
    self.timesBySentence = timesBySentence
    self.speech = [Speech?](repeating: nil, count: sentences)
    // Room for about four events a sentence (news averages three and a half), so that the
    // array of events is seldom grown (each growth moves every event built so far).
    events.reserveCapacity(4 * text.sentences.count)
  }

  mutating func run() {
    var quoteOnly: [Int] = []
    for sentence in text.sentences {
      let hasOwnSpeaker = process(sentence)
      if !hasOwnSpeaker && !sentence.quotes.isEmpty { quoteOnly.append(sentence.index) }
    }
    // Quotes with no speaker in their own sentence: the speaker of the same paragraph.
    for s in quoteOnly { attributeQuote(sentence: s) }
    demandsByObligation()
    anchorReportedNominals()
    anchorByReportAndTense()
    markDuplicates()
  }

  /// Nouns that name a report of something: "the reports this morning of a drone strike".
  static let reportNouns: Set<String> = [
    "report", "reports", "news", "footage", "images", "pictures", "photos", "photographs",
    "video", "videos", "account", "accounts", "word", "reporting", "bulletin", "bulletins",
  ]

  /// A nominal event in the `of` complement of a report noun that carries its own day-level
  /// time ("the reports this morning of an attack on the port", "footage on Monday of the
  /// strikes"): a news report describes what happened that day, so the event is dated on
  /// the report's day (day granularity, not the part of day), relation IS_INCLUDED.
  mutating func anchorReportedNominals() {
    for ei in events.indices where events[ei].time == nil && events[ei].date == nil && events[ei].tense == .none {
      // (The event's fields read in place, not the whole event copied.)
      let sentence = events[ei].sentence
      let tokens = text.sentences[sentence].tokens
      guard let k = Self.token(startingAt: events[ei].span.start, in: tokens) else { continue }
      // Walk back to "of" over at most ten tokens, none of them clause punctuation.
      var j = k - 1
      var ofIndex: Int?
      while j >= 0 && k - j <= 10 {
        let lower = tokens[j].lower
        // (Every word compared here is one or two bytes: a longer one is none of them.)
        if lower.utf8.count <= 2 {
          if lower == "of" { ofIndex = j; break }
          if lower == "," || lower == ";" || lower == ":" || lower == "." || lower == "\"" { break }
        }
        j -= 1
      }
      guard let of = ofIndex, of >= 2 else { continue }
      // Right before "of": a day-level DATE/TIME expression; right before that, a report noun.
      guard
        let ti = times.firstIndex(where: {
          $0.sentence == sentence && $0.span.end == tokens[of - 1].span.end
            && ($0.type == .date || $0.type == .time)
        }),
        var noun = tokens.firstIndex(where: { $0.span.start == times[ti].span.start }).map({ $0 - 1 })
      else { continue }
      // "footage on Monday of …": the time's own preposition may stand between.
      if noun >= 1, ["on", "from", "at", "in"].contains(tokens[noun].lower) { noun -= 1 }
      guard noun >= 0, Self.reportNouns.contains(tokens[noun].lower) else { continue }
      let value = times[ti].value
      let bytes = Array(value.utf8)
      guard bytes.count >= 10, CivilDate(iso: value.prefix(10)) != nil else { continue }
      events[ei].time = ti
      events[ei].timeRelation = "IS_INCLUDED"
      events[ei].date = String(value.prefix(10))
      events[ei].dateRule = "report-time:reported-event-same-day"
      events[ei].rules.append("anchor:report-of")
    }
  }

  /// The index of the token of `tokens` (in text order) that starts at `offset`, if any: a
  /// binary search (``anchorReportedNominals()`` asks it for every event without a time).
  static func token(startingAt offset: Int, in tokens: [Token]) -> Int? {
    var lo = 0
    var hi = tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < tokens.count && tokens[lo].span.start == offset ? lo : nil
  }

  /// Saying that someone else must or has to act demands it of them (CAMEO 100): "X said
  /// Y has to end the violence", quoted or not.
  mutating func demandsByObligation() {
    for ei in events.indices {
      guard let pi = events[ei].parent, events[pi].polarity, events[pi].timemlClass == .reporting,
        events[pi].category.map({ Self.hasRoot($0.cameo, "01") }) == true,
        let speaker = events[pi].arguments.first(where: { $0.role == .source })?.mention,
        let agent = events[ei].arguments.first(where: { $0.role == .source })?.mention,
        actors[agent].entity.id != actors[speaker].entity.id,
        let sentence = text.sentences.first(where: { $0.index == events[ei].sentence }),
        let k = sentence.tokens.firstIndex(where: { $0.span == events[ei].span })
      else { continue }
      let group = sentence.tokens[max(0, k - 3)..<k].map(\.lower)
      let obliged = group.contains("must") || group.contains("should")
        || (group.last == "to" && group.contains(where: { ["has", "have", "had", "needs", "need"].contains($0) }))
      guard obliged else { continue }
      events[pi].category = EventLexicon.category("100")
      events[pi].rules.append("code:100:obligation-of:\(events[ei].lemma)")
      events[pi].arguments.removeAll { $0.role == .target }
      events[pi].arguments.append(EventArgument(role: .target, mention: agent, rule: "obliged-agent"))
    }
  }

  /// Events with no time expression of their own: the speech time of the report that embeds
  /// them, else bounds from their tense against the document date. A past event is never
  /// dated at the document date: it gets `BEFORE` it with no date.
  mutating func anchorByReportAndTense() {
    for ei in events.indices where events[ei].time == nil && events[ei].date == nil {
      // The fields read, not the whole event (a copy of every string and array in it).
      let tense = events[ei].tense
      let aspect = events[ei].aspect
      let factuality = events[ei].factuality
      // A denied gerund ("denied selling") is a past act the denial is about.
      let past = tense == .past || aspect == .perfective || aspect == .perfectiveProgressive
        || (tense == .presPart && factuality == .denied)
      let future = tense == .future
      if let p = events[ei].parent, let pt = events[p].time, events[p].timeRelation == "IS_INCLUDED" {
        events[ei].time = pt
        if past {
          events[ei].timeRelation = "BEFORE"
          events[ei].dateRule = "speech-time:past-before"
        } else if future || tense == .infinitive || factuality == .planned {
          events[ei].timeRelation = "AFTER"
          events[ei].dateRule = "speech-time:future-after"
        } else {
          events[ei].timeRelation = "IS_INCLUDED"
          events[ei].date = events[p].date
          events[ei].dateRule = "speech-time"
        }
        continue
      }
      guard published != nil, events[ei].timemlClass != .state || past else { continue }
      if past {
        events[ei].timeRelation = "BEFORE"
        events[ei].dateRule = "tense:past-before-dct"
      } else if future {
        events[ei].timeRelation = "AFTER"
        events[ei].dateRule = "tense:future-after-dct"
      }
    }
  }

  /// Marks later mentions of an event already mentioned in the document: same lemma or same
  /// CAMEO code, same source and target actors, same polarity and compatible dates.
  mutating func markDuplicates() {
    // Each event with actors gets a key: its distinct source entities, its distinct target
    // entities (numbers, sorted) and its polarity, stored flat in `keyNumbers`. Events of equal
    // key hashes are chained in index order (`buckets` → first and last, `next`), so that the
    // earlier events a duplicate can match are walked without an array per key. (The chains
    // are short: what costs is finding them, so entities and keys are found in open-addressing
    // tables of the document's size with a multiply-xor hash, not in `Dictionary`s.)
    // (A duplicate needs an earlier event.) The tables are the run's scratch arrays, kept
    // from document to document: taken out (uniquely referenced, so written in place), the
    // part this document uses reset, and put back at the end (no allocation per document).
    guard events.count > 1 else { return }
    let scratch = sentenceScratch
    let entityByMention = scratch.entityByMention, entitySlots = scratch.entitySlots, keySlots = scratch.keySlots
    var keyNumbers = scratch.keyNumbers
    var keys = scratch.eventKeys
    (scratch.entityByMention, scratch.entitySlots, scratch.keyNumbers, scratch.eventKeys, scratch.keySlots) = ([], [], [], [], [])
    var numbering = EntityNumbering(mentions: actors.count, byMention: consume entityByMention, table: consume entitySlots)
    var buckets = KeyBuckets(keys: events.count, slots: consume keySlots)
    defer {
      (scratch.entityByMention, scratch.entitySlots) = (numbering.byMention, numbering.table)
      (scratch.keyNumbers, scratch.eventKeys, scratch.keySlots) = (keyNumbers, keys, buckets.slots)
    }
    keyNumbers.removeAll(keepingCapacity: true)
    Self.reset(&keys, count: events.count, to: EventKey())
    // The duplicates found (event, its first mention), written after the search: the search
    // reads the events in place (no field it reads is written), without copying them.
    var duplicates: [Duplicate] = []
    let actors = self.actors
    /// Appends the distinct entities (numbers) of the arguments in `role` of event `ei`,
    /// sorted, to `keyNumbers`; returns how many.
    func appendIDs(
      _ events: UnsafeBufferPointer<EventMention>, _ ei: Int, _ role: ArgumentRole, _ keyNumbers: inout [Int],
      _ numbering: inout EntityNumbering
    ) -> Int {
      let start = keyNumbers.count
      for a in events[ei].arguments.indices where events[ei].arguments[a].role == role {
        keyNumbers.append(numbering.number(of: events[ei].arguments[a].mention, in: actors))
      }
      if keyNumbers.count - start > 1 {
        keyNumbers[start...].sort()
        var write = start + 1
        for read in (start + 1)..<keyNumbers.count where keyNumbers[read] != keyNumbers[write - 1] {
          keyNumbers[write] = keyNumbers[read]
          write += 1
        }
        keyNumbers.removeLast(keyNumbers.count - write)
      }
      return keyNumbers.count - start
    }
    events.withUnsafeBufferPointer { events in
      for ei in events.indices {
        guard events[ei].timemlClass != .reporting, events[ei].category != nil || !events[ei].arguments.isEmpty
        else { continue }
        let start = keyNumbers.count
        let sources = appendIDs(events, ei, .source, &keyNumbers, &numbering)
        let targets = appendIDs(events, ei, .target, &keyNumbers, &numbering)
        guard sources > 0 || targets > 0 else {
          keyNumbers.removeLast(keyNumbers.count - start)
          continue
        }
        keys[ei].start = start
        keys[ei].sources = sources
        keys[ei].targets = targets
        let polarity = events[ei].polarity
        var h: UInt64 = polarity ? 0x9E37_79B9_7F4A_7C15 : 0xC2B2_AE3D_27D4_EB4F
        h = (h ^ UInt64(sources)) &* 0x100_0000_01b3
        for n in keyNumbers[start...] { h = (h ^ UInt64(truncatingIfNeeded: n)) &* 0x100_0000_01b3 }
        // The earliest event of the same key in another sentence with the same kind, mode and
        // compatible date (a duplicate is never in the event's own sentence).
        var match: Int? = nil
        let sentence = events[ei].sentence
        let planned = events[ei].factuality == .planned
        let slot = buckets.slot(of: h)
        var i = buckets.slots[slot].first
        while i >= 0 {
          // Whether earlier event `i` (chained under the same hash) has the key of `ei`.
          var sameKey = keys[i].sources == sources && keys[i].targets == targets && events[i].polarity == polarity
          if sameKey {
            let a = keys[i].start
            for j in 0..<(sources + targets) where keyNumbers[a + j] != keyNumbers[start + j] {
              sameKey = false
              break
            }
          }
          if events[i].sentence != sentence && sameKey {
            var sameKind = events[i].lemma == events[ei].lemma
            if !sameKind, let c = events[i].category { sameKind = c.cameo == events[ei].category?.cameo }
            let datesFit = events[i].date == nil || events[ei].date == nil || events[i].date == events[ei].date
            // A planned act and an act that happened (or is denied) are different events.
            let sameMode = (events[i].factuality == .planned) == planned
            if sameKind && datesFit && sameMode {
              match = i
              break
            }
          }
          i = keys[i].next
        }
        if let i = match {
          duplicates.append(Duplicate(event: ei, first: i))
        } else if buckets.slots[slot].first >= 0 {
          keys[buckets.slots[slot].last].next = ei
          buckets.slots[slot].last = ei
        } else {
          buckets.add(h, at: slot, event: ei)
        }
      }
    }
    for d in duplicates {
      events[d.event].sameAs = d.first
      events[d.event].rules.append("same-as:\(d.first)")
    }
  }

  /// Whether CAMEO code `cameo` (ASCII digits) starts with the two digits of `root` ("01"):
  /// its first two bytes compared, where `String.hasPrefix` compares `Character`s (~250
  /// instructions a call).
  static func hasRoot(_ cameo: String, _ root: StaticString) -> Bool {
    let r = root.utf8Start
    var copy = cameo
    return copy.withUTF8 { b in b.count >= 2 && b[0] == r[0] && b[1] == r[1] }
  }

  /// Makes the first `count` entries of `a` (grown if it is shorter; entries past them are
  /// kept, unread) `value`: a scratch table reset for a document.
  @inline(__always) static func reset<T>(_ a: inout [T], count: Int, to value: T) {
    if a.count < count { a.append(contentsOf: repeatElement(value, count: count - a.count)) }
    a.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[..<count]).update(repeating: value) }
  }

  /// The size of an open-addressing table for `keys` keys: a power of two at least twice
  /// as large (at least 8), so that linear probing stays short.
  static func tableSize(forKeys keys: Int) -> Int {
    var size = 8
    while size < 2 * keys { size <<= 1 }
    return size
  }

  /// The key of an event in ``markDuplicates()``: where its entity numbers start in
  /// `keyNumbers`, how many sources and targets, and the next event of its chain (-1: none).
  /// A duplicate found by ``markDuplicates()``: an event and the first mention of it.
  /// (The tables of ``markDuplicates()`` hold structs, not tuples: an array of tuples is
  /// allocated and destroyed through the tuple's run-time metadata.)
  struct Duplicate {
    var event: Int
    var first: Int
  }

  struct EventKey {
    var start = 0
    var sources = 0
    var targets = 0
    var next = -1
  }

  /// Numbers of entities for ``markDuplicates()``: each entity id gets a number on first
  /// sight, each mention is looked up once (a struct passed `inout`, not a closure: captured
  /// variables would live in heap boxes). The ids are found in an open-addressing table
  /// keyed by an FNV-1a hash of their bytes (an id is compared only when the hashes are equal).
  struct EntityNumbering {
    /// The number of each mention's entity (-1: not looked up yet), in the first entries.
    var byMention: [Int]
    /// At each position of an id's hash: the hash and the first mention numbered of its
    /// entity (-1: empty), in the first `mask + 1` entries.
    var table: [Slot]
    struct Slot {
      var hash: UInt64
      var mention: Int
    }
    /// The table's size (a power of two) less one.
    let mask: Int
    /// The entities numbered so far.
    var count = 0

    /// Numbering for `mentions` mentions, in the storage of `byMention` and `table` (scratch
    /// arrays of any length and contents: the entries used are reset).
    init(mentions: Int, byMention: [Int], table: [Slot]) {
      let size = EventRun.tableSize(forKeys: mentions)
      (self.byMention, self.table, mask) = (byMention, table, size - 1)
      EventRun.reset(&self.byMention, count: mentions, to: -1)
      EventRun.reset(&self.table, count: size, to: Slot(hash: 0, mention: -1))
    }

    /// The number of the entity of mention `m`.
    mutating func number(of m: Int, in actors: [ActorMention]) -> Int {
      if byMention[m] >= 0 { return byMention[m] }
      var id = actors[m].entity.id
      let h = id.withUTF8 { ByteWordTable.hash($0) }
      var p = Int(truncatingIfNeeded: h ^ (h >> 32)) & mask
      while table[p].mention >= 0 {
        let other = table[p].mention
        if table[p].hash == h && actors[other].entity.id == id {
          byMention[m] = byMention[other]
          return byMention[m]
        }
        p = (p + 1) & mask
      }
      table[p] = Slot(hash: h, mention: m)
      byMention[m] = count
      count += 1
      return byMention[m]
    }
  }

  /// The chains of ``markDuplicates()``: for each key hash, its first and last event, in an
  /// open-addressing table (linear probing) for at most a given number of keys.
  struct KeyBuckets {
    /// At each position: a key hash and the first and last event of its chain (first -1:
    /// empty), in the first `mask + 1` entries.
    var slots: [Slot]
    struct Slot {
      var hash: UInt64
      var first: Int
      var last: Int
    }
    /// The table's size (a power of two) less one.
    let mask: Int

    /// Buckets for `keys` keys in the storage of `slots` (a scratch array of any length and
    /// contents: the entries used are reset).
    init(keys: Int, slots: [Slot]) {
      let size = EventRun.tableSize(forKeys: keys)
      (self.slots, mask) = (slots, size - 1)
      EventRun.reset(&self.slots, count: size, to: Slot(hash: 0, first: -1, last: -1))
    }

    /// The position of hash `h`: its chain's, or the empty one where it goes.
    func slot(of h: UInt64) -> Int {
      var p = Int(truncatingIfNeeded: h ^ (h >> 32)) & mask
      while slots[p].first >= 0 && slots[p].hash != h { p = (p + 1) & mask }
      return p
    }

    /// Starts the chain of hash `h` at empty position `slot` with `event`.
    mutating func add(_ h: UInt64, at slot: Int, event: Int) {
      slots[slot] = Slot(hash: h, first: event, last: event)
    }
  }


  // MARK: Sentence

  /// Processes one sentence; returns whether a reporting verb outside quotes was found.
  mutating func process(_ sentence: Sentence) -> Bool {
    let tokens = sentence.tokens
    guard !tokens.isEmpty else { return false }
    lex.load(tokens)
    let lowers = lex.lowers
    let mentionIdx = mentionsBySentence[sentence.index]
    // The per-sentence arrays, taken out of the run's scratch (uniquely referenced: emptied,
    // they keep their storage) and put back at the end.
    let scratch = sentenceScratch
    var tokenMention = scratch.tokenMention
    var conditional = scratch.conditional
    var inTime = scratch.inTime
    var triggers = scratch.triggers
    scratch.tokenMention = []
    scratch.conditional = []
    scratch.inTime = []
    scratch.triggers = []
    defer {
      scratch.tokenMention = tokenMention
      scratch.conditional = conditional
      scratch.inTime = inTime
      scratch.triggers = triggers
    }
    // (Emptied or refilled in their storage, see `Array.refill(with:count:)` below;
    // `conditional` is refilled by `conditionalScopes`.)
    triggers.removeAllKeepingStorage()
    // token → mention, by one sweep: mentions and tokens are both in text order, so the
    // first token a mention can overlap only moves forward (linear in the sentence).
    tokenMention.refill(with: nil, count: tokens.count)
    var from = 0
    // In text order: the recognizer's order already, as a rule (then nothing is sorted).
    var ordered = mentionIdx
    if zip(ordered, ordered.dropFirst()).contains(where: { actors[$1].span < actors[$0].span }) {
      ordered.sort(by: { actors[$0].span < actors[$1].span })
    }
    for m in ordered {
      let span = actors[m].span
      while from < tokens.count && tokens[from].span.end <= span.start { from += 1 }
      var i = from
      while i < tokens.count && tokens[i].span.start < span.end {
        if span.overlaps(tokens[i].span) && tokenMention[i] == nil { tokenMention[i] = m }
        i += 1
      }
      if i > from { mentionRanges[m] = from..<i }
    }
    let mentionTokens = mentionRanges
    func inQuote(_ i: Int) -> Bool { sentence.quotes.contains { $0.contains(tokens[i].span) } }
    let titleCase = sentence.isHeadline
      && tokens.filter { $0.kind == .word && $0.isCapitalized }.count * 2 > tokens.filter { $0.kind == .word }.count

    Self.conditionalScopes(lex.classes, count: lex.count, into: &conditional)
    // 1. Triggers. Words of a time expression are never triggers ("last week", "the
    // fourth quarter"): TimeML tags do not nest, and they name times, not events.
    // (Left empty for the many sentences without one.)
    let inSentence = timesBySentence[sentence.index]
    inTime.refill(with: false, count: inSentence.isEmpty ? 0 : tokens.count)
    if !inSentence.isEmpty {
      for t in inSentence {
        let span = times[t].span
        for i in tokens.indices where span.contains(tokens[i].span) { inTime[i] = true }
      }
    }
    for i in tokens.indices where inTime.isEmpty || !inTime[i] {
      // The first test of ``detect(_:tokens:lowers:tokenMention:titleCase:)`` asked here, so
      // that punctuation and the words of actor mentions cost no call.
      guard lex.isA(i, .wordToken), tokenMention[i] == nil else { continue }
      guard let trig = detect(i, tokens: tokens, lowers: lowers, tokenMention: tokenMention, titleCase: titleCase)
      else { continue }
      if trig.isNoun && schemeNoun(i, lowers: lowers) { continue }
      let compound =
        (trig.isNoun || prenominalParticiple(trig, lowers: lowers)) && compoundModifier(i, tokens: tokens, lowers: lowers)
      // Appended, then marked in place (a trigger changed before it is appended is copied).
      triggers.append(trig)
      if compound { triggers[triggers.count - 1].compound = true }
    }
    applyTriggerModel(
      &triggers, tokens: tokens, tokenMention: tokenMention, inTime: inTime, headline: sentence.isHeadline, titleCase: titleCase)
    // 2. Build events with arguments.
    let firstEvent = events.count
    for k in triggers.indices {
      buildEvent(
        k, triggers: &triggers, sentence: sentence, lowers: lowers, tokenMention: tokenMention,
        mentionTokens: mentionTokens, conditional: conditional)
    }
    embed(triggers: triggers, lowers: lowers, sentence: sentence)
    codeFromGovernors(triggers: triggers, firstEvent: firstEvent)
    targetsFromContext(triggers: triggers, firstEvent: firstEvent, lowers: lowers, tokenMention: tokenMention)
    // Quotes: attribute to the speaker of this sentence.
    var speakerFound = false
    for k in triggers.indices where triggers[k].cls == .reporting && !triggers[k].isNoun && !inQuote(triggers[k].token) {
      let ei = triggers[k].event
      if !sentence.quotes.isEmpty {
        speech[sentence.index] = Speech(event: ei, speaker: events[ei].arguments.first(where: { $0.role == .source })?.mention)
        speakerFound = true
        attributeQuote(sentence: sentence.index, using: sentence.index)
      }
      break
    }
    if !sentence.quotes.isEmpty && !speakerFound {
      // maybe a speech verb in a quote-less sentence later; handled in run()
    }
    // 4. Pronoun subjects left unresolved in quotes: "we" is the speaker.
    // 5. Time anchoring.
    anchorTimes(sentence: sentence, triggers: triggers, lowers: lowers)
    // 6. Present-tense states and reports at the document date.
    if let published {
      for k in triggers.indices {
        let ei = triggers[k].event
        // (Fields read in place: `let e = events[ei]` would copy the event.)
        guard events[ei].date == nil, events[ei].time == nil, events[ei].parent == nil, !triggers[k].isNoun,
          events[ei].tense == .present, events[ei].aspect == .none || events[ei].aspect == .progressive,
          !inQuote(triggers[k].token)
        else { continue }
        events[ei].date = published.iso
        events[ei].dateRule = "document-date:present-tense"
      }
    }
    dropBareCompoundModifiers(from: firstEvent, triggers: triggers, sentence: sentence.index)
    return speakerFound
  }

  /// Builds the event of trigger `k` with its arguments and coding (step 2 of
  /// ``process(_:)``), and records its index in `triggers[k].event`. Each step of
  /// ``process(_:)`` is its own method: a function the size of all of them together is too
  /// large for the optimizer to inline array accesses into, and every `events[i].field` then
  /// copies the whole event.
  mutating func buildEvent(
    _ k: Int, triggers: inout [Trigger], sentence: Sentence, lowers: [String], tokenMention: [Int?],
    mentionTokens: [Range<Int>?], conditional: [Bool]
  ) {
    let tokens = sentence.tokens
    // (Read once; its event index is written in place at the end: a changed copy written
    // back would be copied into the array and the old trigger destroyed.)
    let t = triggers[k]
    // The rules are put together at the end in one array literal (one exact allocation):
    // the trigger rule, "adjectival-participle" if set, then the coding rule.
    var adjectivalRule = false
    // The arguments are gathered in the scratch buffer (taken out and put back) and copied
    // into one array of their number at the end: a new array appended to is allocated again
    // at the second and third argument.
    var args = sentenceScratch.args
    sentenceScratch.args = []
    var sourceRule = ""
    // Sources.
    if t.isNoun {
      if let m = nominalSource(t, tokens: tokens, lowers: lowers, tokenMention: tokenMention, mentionTokens: mentionTokens) {
        if let user = instrumentUser(modifier: m, trigger: t, lowers: lowers, mentionTokens: mentionTokens) {
          // "an Iranian drone strike" after Iran sold drones to Russia: Iran made the drone,
          // Russia, its known user, struck.
          args.append(EventArgument(role: .other, mention: m, rule: "instrument-origin"))
          args.append(EventArgument(role: .source, mention: user, rule: "instrument-user"))
        } else {
          args.append(EventArgument(role: .source, mention: m, rule: "nominal-modifier"))
        }
      }
    } else if adjectival(t, lowers: lowers) {
      adjectivalRule = true
    } else if (t.tense != .infinitive && t.tense != .presPart) || obligationInfinitive(t, lowers: lowers)
      || (t.tense == .infinitive && !triggers[..<k].contains { !$0.isNoun })
    {
      // (An infinitive with no verb before it has its own subject: "IAEA chief to visit Iran".)
      let subj = subject(
        of: t, triggers: triggers, k: k, sentence: sentence, lowers: lowers, tokenMention: tokenMention,
        mentionTokens: mentionTokens)
      sourceRule = subj.rule
      for m in subj.mentions {
        args.append(EventArgument(role: t.passive ? .target : .source, mention: m, rule: subj.rule))
      }
    }
    // Post-verb actors.
    // (In the scratch buffer, taken out and put back: no array per event.)
    var post = sentenceScratch.postActors
    sentenceScratch.postActors = []
    if !adjectival(t, lowers: lowers) {
      postActors(t, tokens: tokens, lowers: lowers, triggers: triggers, k: k, tokenMention: tokenMention, mentionTokens: mentionTokens, into: &post)
    }
    for (m, p) in post {
      // The preposition's token (-1: a direct object).
      let prep = p >= 0 ? lex.lit(p) : .none
      if prep == .by && (t.passive || t.isNoun) {
        if t.isNoun { args.removeAll { $0.role == .source } }
        args.append(EventArgument(role: .source, mention: m, rule: "passive-agent"))
        continue
      }
      if p >= 0 && (prep == .at || lowers[p] == "in" || lowers[p] == "for" || lowers[p] == "during") {
        args.append(EventArgument(role: .other, mention: m, rule: lex.prepRule(p)))
        continue
      }
      args.append(EventArgument(role: .target, mention: m, rule: p < 0 ? "object" : lex.prepRule(p)))
    }
    post.removeAllKeepingStorage()
    sentenceScratch.postActors = post
    _ = sourceRule
    // Preferred preposition: withdraw X from Y → Y target, X other.
    if let prefRule = lemmas.infos[Int(t.lemmaIndex)].preferredPrepRule, args.contains(where: { $0.rule == prefRule }) {
      for a in args.indices where args[a].role == .target && args[a].rule == "object" { args[a].role = .other }
    }
    // Anaphoric agreement objects ("that arrangement").
    let consults = lemmas.has(t.lemmaIndex, .consult)
    // (The lemmas compared by their indexes: `t.lemmaIndex` is the index of `t.lemma`.)
    let lemmaIndex = t.lemmaIndex
    if !args.contains(where: { $0.role == .target }), consults || lemmaIndex == lemmas.sign {
      if let m = anaphoricAgreement(after: t.token, tokens: tokens, lowers: lowers, sentence: sentence.index) {
        args.append(EventArgument(role: .target, mention: m, rule: "anaphora:agreement"))
      }
    }
    // Counterparties of agreements.
    let hasCountryTarget = args.contains { $0.role == .target && actors[$0.mention].entity.type == .country }
    for a in args where a.role == .target && actors[a.mention].entity.type == .agreement && !hasCountryTarget
      && (consults || lemmaIndex == lemmas.sign || lemmaIndex == lemmas.agree)
    {
      let sourceEntities = args.filter { $0.role == .source }.map { actors[$0.mention].entity }
      for party in counterparties(actors[a.mention].entity)
      where !sourceEntities.contains(where: { $0.id == party.id || "country:\($0.country ?? "-")" == party.id })
      {
        if let m = nearestMention(of: party, before: sentence.index), actors[m].sentence >= sentence.index - 1,
          !args.contains(where: { $0.mention == m })
        {
          args.append(EventArgument(role: .target, mention: m, rule: "counterparty"))
        }
      }
    }
    // Coding.
    let following = lowers[(t.token + 1)..<min(lowers.count, t.token + 10)]
    let targetIsAgreement = args.contains { $0.role == .target && actors[$0.mention].entity.type == .agreement }
    // ``EventLexicon/code(entry:lemma:following:targetIsAgreement:)`` with the entry read in
    // place: passed along, it was copied and destroyed for every event.
    let info = Int(t.lemmaIndex)
    var category: EventCategory?
    if let group = lemmas.codeGroupByIndex[info] {
      switch EventLexicon.patternCode(group: group, lemma: t.lemma, following: following, targetIsAgreement: targetIsAgreement) {
      case .lemmaCategory: category = lemmas.infos[info].code?.category
      case .coded(let c): category = c
      }
    } else {
      category = lemmas.infos[info].code?.category
    }
    if lemmaIndex == lemmas.warn, let tgt = args.first(where: { $0.role == .target }), args[0].mention != tgt.mention,
      following.first.map({ $0 != "that" }) ?? false
    {
      category = EventLexicon.category("130")
    }
    if lemmaIndex == lemmas.deny || lemmaIndex == lemmas.reject, t.isNoun == false, category?.cameo == "016",
      let nxt = following.first, nxt == "the" || nxt == "a", following.contains(where: { $0.hasPrefix("accusation") || $0.hasPrefix("claim") || $0.hasPrefix("charge") || $0.hasPrefix("report") })
    {
      category = EventLexicon.category("016")
    }
    let triggerRule = t.isNoun ? "trigger:noun" : "trigger:verb"
    // The coding rule: the lemma's own, spelled once in the lemma table, when the event has
    // its lemma's category.
    // (No closure: one capturing `self` copies parts of the run.)
    var codeRule: String? = nil
    if let cameo = category?.cameo {
      codeRule = cameo == lemmas.infos[info].codeCameo ? lemmas.infos[info].codeRule : nil
      if codeRule == nil { codeRule = Self.codeRule(cameo) }
    }
    var rules: [String]
    switch (adjectivalRule, codeRule) {
    case (false, nil): rules = [triggerRule]
    case (true, nil): rules = [triggerRule, "adjectival-participle"]
    case (false, let c?): rules = [triggerRule, c]
    case (true, let c?): rules = [triggerRule, "adjectival-participle", c]
    }
    // A trigger only the learned model found says so (provenance: no rule detected it).
    if t.learned { rules.insert("trigger:learned", at: 1) }
    if lemmas.has(t.lemmaIndex, .converse), !t.passive, let c = category, c.cameo != "043",
      let giver = args.firstIndex(where: { $0.role == .target && $0.rule == "prep:from" })
    {
      // "X received arms from Y": Y gives, X receives.
      for a in args.indices where args[a].role == .source { args[a].role = .target; args[a].rule = "recipient" }
      args[giver].role = .source
      args[giver].rule = "converse:from"
    }
    if let c = category, c.quadClass >= 3, !args.contains(where: { $0.role == .target }) {
      // Hostile acts aimed "at" someone target them ("fired rockets at X").
      for a in args.indices where args[a].role == .other && args[a].rule == "prep:at" { args[a].role = .target }
    }
    if let c = category, c.quadClass >= 3 {
      // "was fired at X from Y": in the passive, where a hostile act comes from is its source.
      if t.passive, !args.contains(where: { $0.role == .source }),
        args.contains(where: { $0.role == .target && $0.rule == "prep:from" })
      {
        if !args.contains(where: { $0.role == .target && $0.rule != "prep:from" }),
          let at = (t.token + 1..<min(lowers.count - 1, t.token + 4)).first(where: { lowers[$0] == "at" }),
          ["it", "them", "him", "her", "us"].contains(lowers[at + 1]),
          let m = resolvePronoun(lowers[at + 1] == "them" ? "they" : lowers[at + 1] == "us" ? "we" : lowers[at + 1] == "him" ? "he" : lowers[at + 1] == "her" ? "she" : "it", token: at + 1, sentence: sentence)
        {
          args.append(EventArgument(role: .target, mention: m, rule: "prep:at:pronoun"))
        }
        for a in args.indices where args[a].role == .target && args[a].rule == "prep:from" {
          args[a].role = .source
          args[a].rule = "passive-origin"
        }
      }
      // Coercion "for" someone ("warrants for two men", "arrested for") targets them.
      if Self.hasRoot(c.cameo, "17"), !args.contains(where: { $0.role == .target }),
        let a = args.firstIndex(where: { $0.role == .other && $0.rule == "prep:for" })
      {
        args[a].role = .target
      }
    }
    var factuality = Factuality.asserted
    if t.negated { factuality = .negated }
    if let modal = t.modal, ["would", "could", "may", "might", "'d"].contains(modal) {
      factuality = .hypothetical
    }
    if t.tense == .future { factuality = .planned }
    if !t.isNoun, conditional[t.groupStart] { factuality = .hypothetical }
    // (Array literals for the usual few: the general initializers cost more than the
    // appends they replace.)
    let arguments: [EventArgument]
    switch args.count {
    case 0: arguments = []
    case 1: arguments = [args[0]]
    case 2: arguments = [args[0], args[1]]
    case 3: arguments = [args[0], args[1], args[2]]
    default: arguments = args.withUnsafeBufferPointer { Array($0) }
    }
    args.removeAllKeepingStorage()
    sentenceScratch.args = args
    triggers[k].event = events.count
    // Built in place (a local event appended would be copied), the category, arguments and
    // rules moved into it (`consume`: else each is retained for the event and released here).
    // The memberwise initializer (every field, `sameAs` naming it): the public one builds the
    // event, then copies it and destroys the first.
    events.append(
      EventMention(
        sentence: sentence.index, span: tokens[t.token].span, trigger: tokens[t.token].text, lemma: t.lemma,
        timemlClass: t.cls, tense: t.tense, aspect: t.aspect, polarity: !t.negated, category: consume category,
        arguments: consume arguments, time: nil, timeRelation: nil, date: nil, dateRule: nil, factuality: factuality,
        attributedTo: nil, parent: nil, rules: consume rules, sameAs: nil))
  }

  /// The rule `"code:"` + `cameo` of an event coded `cameo`, from a table of the coder's codes
  /// (``EventLexicon/cameoInfo``) rather than put together per event.
  static func codeRule(_ cameo: String) -> String { codeRules[cameo] ?? "code:\(cameo)" }

  static let codeRules = EventWordMap(
    Dictionary(uniqueKeysWithValues: EventLexicon.cameoInfo.keys.map { ($0, "code:" + $0) }))

  /// Embedding (step 3 of ``process(_:)``): factuality, attribution and parents of the events
  /// of this sentence from their governing triggers; controlled subjects.
  mutating func embed(triggers: [Trigger], lowers: [String], sentence: Sentence) {
    // 3. Embedding: factuality, attribution, parents.
    for k in triggers.indices {
      guard let g = governor(of: k, triggers: triggers, lowers: lowers, sentence: sentence) else { continue }
      let gi = triggers[g].event
      let ei = triggers[k].event
      let gLemma = triggers[g].lemma
      let gIndex = triggers[g].lemmaIndex
      var fact: Factuality
      if gLemma == "deny" || gLemma == "refute" { fact = .denied }
      else if lemmas.has(gIndex, .planned) { fact = .planned }
      else if triggers[g].cls == .aspectual { fact = events[gi].factuality }
      else if triggers[g].cls == .reporting || lemmas.has(gIndex, .alleging) { fact = .reported }
      else { continue }
      // Propagate non-factual governors.
      let gf = events[gi].factuality
      if gf == .planned || gf == .hypothetical || gf == .denied || gf == .negated, fact != .denied {
        fact = gf == .negated ? fact : gf
      }
      if events[ei].factuality == .asserted || fact == .denied || fact == .planned {
        if !(events[ei].factuality == .negated && fact == .reported) { events[ei].factuality = fact }
      }
      events[ei].parent = gi
      events[ei].rules.append(lemmas.infos[Int(gIndex)].embeddedRule ?? "embedded:\(gLemma)")
      let gSource = events[gi].arguments.first(where: { $0.role == .source })?.mention
      // Who reports or denies it: the governor's subject; planned and aspectual chains keep
      // the attribution of their governor.
      if fact == .reported || fact == .denied, triggers[g].cls != .aspectual {
        events[ei].attributedTo = gSource ?? events[gi].attributedTo
      } else {
        events[ei].attributedTo = events[gi].attributedTo
      }
      // Controlled subjects: "Iran plans to sell", "denial of selling"; object control:
      // "urged Iran to cooperate", "accused Moscow of delaying".
      if !events[ei].arguments.contains(where: { $0.role == .source }),
        controlled(k: k, g: g, triggers: triggers, lowers: lowers)
      {
        let gObject = events[gi].arguments.first(where: { $0.role == .target && $0.rule == "object" })?.mention
        if lemmas.has(gIndex, .objectControl), let o = gObject {
          events[ei].arguments.insert(EventArgument(role: .source, mention: o, rule: "object-control"), at: 0)
          // The object is the agent of the embedded act, not its target.
          events[ei].arguments.removeAll { $0.role == .target && $0.mention == o }
          // Wanting someone to act appeals to them (CAMEO 02x).
          if events[gi].category == nil, events[ei].category != nil, lemmas.has(gIndex, .wanting) {
            events[gi].category = EventLexicon.category("020")
            events[gi].rules.append("code:020:wants-act-of-object")
          }
        } else if let s = gSource {
          events[ei].arguments.insert(EventArgument(role: .source, mention: s, rule: "control"), at: 0)
        } else if triggers[g].passive,
          let o = events[gi].arguments.first(where: { $0.role == .target && $0.rule == "subject" })?.mention
        {
          // "X is scheduled / expected / asked to attend": the passive subject acts.
          events[ei].arguments.insert(EventArgument(role: .source, mention: o, rule: "passive-control"), at: 0)
          events[ei].arguments.removeAll { $0.role == .target && $0.mention == o }
        }
      }
    }
  }

  /// Codes that events of this sentence take from the events around them: light verbs,
  /// intents, negated cooperation; self-targets, experiencers, "according to" and media
  /// arguments.
  mutating func codeFromGovernors(triggers: [Trigger], firstEvent: Int) {
    // Light verbs take the category of their event noun ("launched an air strike against X").
    for k in triggers.indices where !triggers[k].isNoun && lemmas.has(triggers[k].lemmaIndex, .lightVerb) {
      guard let n = triggers[(k + 1)...].first(where: { $0.isNoun }),
        n.token - triggers[k].token <= (triggers[k].lemma == "engage" ? 6 : 4),
        let c = events[n.event].category, events[triggers[k].event].category?.plover != "SANCTION"
      else { continue }
      let ei = triggers[k].event
      events[ei].category = c
      events[ei].rules.append("code:\(c.cameo):light-verb:\(events[n.event].lemma)")
      if !events[ei].arguments.contains(where: { $0.role == .target }) {
        for a in events[n.event].arguments where a.role == .target { events[ei].arguments.append(a) }
      }
    }
    // Wanting, planning or vowing an act by oneself expresses intent (03x) or threatens (13x),
    // aimed at the act's targets. Aspectual links ("vowed to continue pressuring") are crossed.
    for k in triggers.indices {
      let ei = triggers[k].event
      guard events[ei].factuality == .planned, let c = events[ei].category, c.cameo != "010" else { continue }
      var p = events[ei].parent
      var hops = 0
      while let pi = p, hops < 3, pi >= firstEvent {
        if Self.intentGovernors.contains(events[pi].lemma), events[pi].polarity,
          let gs = events[pi].arguments.first(where: { $0.role == .source }),
          events[ei].arguments.contains(where: { $0.role == .source && $0.mention == gs.mention }),
          events[pi].category == nil || ["030", "036", "130"].contains(events[pi].category!.cameo),
          let intent = EventLexicon.intentCode(for: c)
        {
          events[pi].category = intent
          events[pi].rules.append("code:\(intent.cameo):intent-of:\(events[ei].lemma)")
          if !events[pi].arguments.contains(where: { $0.role == .target }) {
            events[pi].arguments += events[ei].arguments.filter { $0.role == .target }
          }
          break
        }
        if events[pi].timemlClass != .aspectual { break }
        p = events[pi].parent
        hops += 1
      }
    }
    // Not giving aid or cooperation is a rejection ("would not provide support to X").
    for k in triggers.indices {
      let ei = triggers[k].event
      guard !events[ei].polarity, let c = events[ei].category, c.quadClass == 1 || c.quadClass == 2 else { continue }
      events[ei].category = EventLexicon.category(c.quadClass == 2 ? "121" : "120")
      events[ei].rules.append("code:12x:negated-cooperation")
    }
    // Self-targets ("Iran … against its own citizens" resolved to Iran) are dropped.
    for ei in firstEvent..<events.count
    where events[ei].arguments.contains(where: { $0.role == .target })
      && events[ei].arguments.contains(where: { $0.role == .source })
    {
      // Distinct actors of one country ("Georgian demonstrators … the Georgian government") stay.
      // The keys are spelled only for an event that has a self-target to drop. (Each target
      // against each source, in argument order, without arrays of them.)
      let args = events[ei].arguments
      var selfTarget = false
      targets: for a in args.indices where args[a].role == .target {
        for s in args.indices where args[s].role == .source && sameActorKey(args[s].mention, args[a].mention) {
          selfTarget = true
          break targets
        }
      }
      guard selfTarget else { continue }
      let sources = args.filter { $0.role == .source }.map(\.mention)
      let actorsCopy = actors
      func key(_ m: Int) -> String { actorsCopy[m].entity.id + "/" + (actorsCopy[m].code ?? actorsCopy[m].entity.code ?? "") }
      let sourceKeys = Set(sources.map(key))
      events[ei].arguments.removeAll { $0.role == .target && sourceKeys.contains(key($0.mention)) }
    }
    // A nominal event experienced by the subject ("X faces protests") involves X.
    for k in triggers.indices where triggers[k].isNoun {
      let ei = triggers[k].event
      // (The verb's trigger read in place, its lemma looked up in a word set.)
      guard events[ei].arguments.isEmpty,
        let v = triggers[..<k].lastIndex(where: { !$0.isNoun && triggers[k].token - $0.token <= 3 }),
        lemmas.has(triggers[v].lemmaIndex, .experiencer),
        let s = events[triggers[v].event].arguments.first(where: { $0.role == .source })
      else { continue }
      events[ei].arguments.append(EventArgument(role: .other, mention: s.mention, rule: "experiencer"))
    }
    // "according to X": X is the attribution of the clause, never an argument.
    for k in triggers.indices where triggers[k].lemma == "according" {
      let ei = triggers[k].event
      let outlet = events[ei].arguments.first { $0.role == .target }?.mention
      events[ei].arguments.removeAll()
      guard let outlet else { continue }
      for other in triggers where other.event != ei && events[other.event].attributedTo == nil {
        events[other.event].attributedTo = outlet
      }
    }
    for ei in firstEvent..<events.count {
      let types = mentionTypes
      guard events[ei].arguments.contains(where: { types[$0.mention] == .media }) else { continue }
      events[ei].arguments.removeAll { types[$0.mention] == .media }
    }
  }

  /// Verbs whose subject experiences the nominal event after them ("X faces protests").
  static let experiencerVerbs: EventWordSet = Words.set("face experience witness endure suffer see")

  /// Whether mentions `a` and `b` have the same self-target key (entity id, "/", mention code
  /// or entity code): the ids compared first, the key spelled only when their lengths differ
  /// (equal-length ids make the keys equal exactly when ids and codes are).
  func sameActorKey(_ a: Int, _ b: Int) -> Bool {
    if a == b { return true }
    let idA = actors[a].entity.id
    let idB = actors[b].entity.id
    let codeA = actors[a].code ?? actors[a].entity.code ?? ""
    let codeB = actors[b].code ?? actors[b].entity.code ?? ""
    if idA.utf8.count == idB.utf8.count { return idA == idB && codeA == codeB }
    // ASCII ids and codes (`String` equality is then byte equality): the keys compared byte
    // by byte without spelling them; any other spelled and compared as `String`s.
    var (a1, a2, b1, b2) = (idA, codeA, idB, codeB)
    let ascii: Bool? = a1.withUTF8 { ia in
      a2.withUTF8 { ca in b1.withUTF8 { ib in b2.withUTF8 { cb in Self.sameKeyBytes(ia, ca, ib, cb) } } }
    }
    return ascii ?? (idA + "/" + codeA == idB + "/" + codeB)
  }

  /// Whether the keys `idA/codeA` and `idB/codeB` are the same bytes (`nil`: some byte is not
  /// ASCII, so that byte equality need not be `String` equality).
  static func sameKeyBytes(
    _ idA: UnsafeBufferPointer<UInt8>, _ codeA: UnsafeBufferPointer<UInt8>, _ idB: UnsafeBufferPointer<UInt8>,
    _ codeB: UnsafeBufferPointer<UInt8>
  ) -> Bool? {
    for part in [idA, codeA, idB, codeB] where part.contains(where: { $0 >= 0x80 }) { return nil }
    let count = idA.count + 1 + codeA.count
    guard count == idB.count + 1 + codeB.count else { return false }
    /// Byte `k` of the key `id/code`.
    func byte(_ id: UnsafeBufferPointer<UInt8>, _ code: UnsafeBufferPointer<UInt8>, _ k: Int) -> UInt8 {
      k < id.count ? id[k] : k == id.count ? UInt8(ascii: "/") : code[k - id.count - 1]
    }
    for k in 0..<count where byte(idA, codeA, k) != byte(idB, codeB, k) { return false }
    return true
  }

  /// Targets and sources of the events of this sentence found in their context: authors of
  /// rejected claims, "that" clauses, claimed acts, reported acts, places.
  mutating func targetsFromContext(triggers: [Trigger], firstEvent: Int, lowers: [String], tokenMention: [Int?]) {
    // Rejecting someone's denial or claim targets its author.
    for k in triggers.indices {
      let ei = triggers[k].event
      guard let c = events[ei].category, c.plover == "REJECT" else { continue }
      if events[ei].arguments.contains(where: { $0.role == .target }) { continue }
      if let next = triggers.first(where: { $0.token > triggers[k].token && $0.isNoun && $0.token - triggers[k].token <= 4 }),
        let src = events[next.event].arguments.first(where: { $0.role == .source })
      {
        events[ei].arguments.append(EventArgument(role: .target, mention: src.mention, rule: "author-of-object"))
      }
    }
    // Accusations and statements about someone named at the head of their "that" clause
    // target them ("alleged that France …"); a report with no actor subject comes from where
    // it was issued ("a report released in the Rwandan capital alleged …").
    for k in triggers.indices where !triggers[k].isNoun {
      let ei = triggers[k].event
      guard let c = events[ei].category, Self.hasRoot(c.cameo, "11") else { continue }
      let i = triggers[k].token
      if !events[ei].arguments.contains(where: { $0.role == .target }), i + 1 < lowers.count, lowers[i + 1] == "that" {
        var j = i + 2
        while j < lowers.count, lex.isA(j, .determiner) { j += 1 }
        if j < lowers.count, let m = tokenMention[j] {
          events[ei].arguments.append(EventArgument(role: .target, mention: m, rule: "that-clause-subject"))
        }
      }
      if !events[ei].arguments.contains(where: { $0.role == .source }),
        let doc = (0..<triggers[k].groupStart).first(where: { Self.documentNouns.contains(lowers[$0]) }),
        let m = (doc..<triggers[k].groupStart).compactMap({ tokenMention[$0] }).first
      {
        events[ei].arguments.insert(EventArgument(role: .source, mention: m, rule: "document-origin"), at: 0)
      }
    }
    // Claiming responsibility for an attack targets its target, else the place it hit.
    for k in triggers.indices {
      let ei = triggers[k].event
      guard let c = events[ei].category, c.cameo == "015" else { continue }
      guard !events[ei].arguments.contains(where: { $0.role == .target }) else { continue }
      for later in triggers[(k + 1)...] where later.token - triggers[k].token <= 12 {
        let args = events[later.event].arguments
        let placeTypes: [ActorType] = [.country, .location]
        if let a = args.first(where: { $0.role == .target })
          ?? args.first(where: { $0.role == .other && placeTypes.contains(actors[$0.mention].entity.type) })
        {
          events[ei].arguments.append(EventArgument(role: .target, mention: a.mention, rule: "claimed-act"))
          break
        }
      }
    }
    // Reporting that someone committed a material-conflict act accuses them (CAMEO 112);
    // reporting one's own act claims responsibility for it (015). The report carries the coding.
    for k in triggers.indices {
      let ei = triggers[k].event
      guard let pi = events[ei].parent, pi >= firstEvent, let c = events[ei].category, c.quadClass == 4,
        events[pi].polarity, Self.accusingReports.contains(events[pi].lemma),
        events[pi].category == nil || Self.hasRoot(events[pi].category!.cameo, "01") || Self.hasRoot(events[pi].category!.cameo, "11"),
        let speaker = events[pi].arguments.first(where: { $0.role == .source })?.mention
      else { continue }
      let agents = events[ei].arguments.filter { $0.role == .source }.map(\.mention)
      guard !agents.isEmpty else { continue }
      let actorsCopy = actors
      let speakers = Set(events[pi].arguments.filter { $0.role == .source }.map { actorsCopy[$0.mention].entity.id })
      _ = speaker
      events[pi].arguments.removeAll { $0.role == .target }
      if agents.allSatisfy({ speakers.contains(actorsCopy[$0].entity.id) }) {
        events[pi].category = EventLexicon.category("015")
        events[pi].rules.append("code:015:own-act:\(events[ei].lemma)")
        events[pi].arguments += events[ei].arguments.filter { $0.role == .target }.map {
          EventArgument(role: .target, mention: $0.mention, rule: "target-of-reported-act")
        }
      } else {
        if events[pi].category == nil || Self.hasRoot(events[pi].category!.cameo, "01") {
          events[pi].category = EventLexicon.category("112")
        }
        events[pi].rules.append("code:\(events[pi].category!.cameo):reported-act:\(events[ei].lemma)")
        for m in agents where !speakers.contains(actorsCopy[m].entity.id) {
          events[pi].arguments.append(EventArgument(role: .target, mention: m, rule: "agent-of-reported-act"))
        }
      }
    }
    // Meetings, visits, protests, shows of force and inspections with no target are aimed at
    // the place where they happen ("protested in Beijing", "meet in Geneva").
    for ei in firstEvent..<events.count {
      guard let c = events[ei].category, Self.isPlaceTargetRoot(c.cameo),
        events[ei].arguments.contains(where: { $0.role == .source }),
        !events[ei].arguments.contains(where: { $0.role == .target }),
        let a = events[ei].arguments.firstIndex(where: {
          $0.role == .other && ($0.rule == "prep:in" || $0.rule == "prep:at")
            && [.country, .location].contains(actors[$0.mention].entity.type)
        })
      else { continue }
      events[ei].arguments[a].role = .target
      events[ei].arguments[a].rule = "place-target"
    }
  }

  /// Drops this sentence's compound modifiers ("the trade deficit") that relate no actors:
  /// TimeML tags only the head noun. A modifier coded with a source or target ("arrest
  /// warrants for two men") stays, as the relation it reports. Event indexes are renumbered.
  mutating func dropBareCompoundModifiers(from first: Int, triggers: [Trigger], sentence s: Int) {
    /// Whether the event of trigger `k` is dropped (the trigger's fields read in place).
    func dropped(_ k: Int) -> Bool {
      let e = triggers[k].event
      return e >= first
        && ((triggers[k].compound
          && !(events[e].category != nil && events[e].arguments.contains { $0.role == .source || $0.role == .target }))
          // The model learned TimeBank's habits for nouns of generic reading; a word of
          // the event-coding lexicon ("protest", "agreement", "bans") stays an event.
          || (triggers[k].rejected && events[e].category == nil))
    }
    guard triggers.indices.contains(where: dropped) else { return }
    // The new index of each event of the sentence, `nil` for a dropped one (in the run's
    // scratch array, taken out and put back: no array per sentence).
    var newIndex = newIndexScratch
    newIndexScratch = []
    defer { newIndexScratch = newIndex }
    newIndex.refill(with: 0, count: events.count - first)
    for k in triggers.indices where dropped(k) { newIndex[triggers[k].event - first] = nil }
    var n = first
    for ei in first..<events.count where newIndex[ei - first] != nil {
      newIndex[ei - first] = n
      n += 1
    }
    func remap(_ i: Int?) -> Int? {
      guard let i else { return nil }
      return i < first ? i : newIndex[i - first]
    }
    // In place: only this sentence's events move (the learned trigger model makes drops common).
    // (Swapped in the array's buffer: `Array.swapAt` copies both events and assigns them back.)
    var kept = first
    events.withUnsafeMutableBufferPointer { events in
      for ei in first..<events.count where newIndex[ei - first] != nil {
        if kept != ei { events.swapAt(kept, ei) }
        kept += 1
      }
    }
    // (One at a time: `removeLast(_:)` goes through a range replacement.)
    while events.count > kept { events.removeLast() }
    // Only this sentence's events can point to its events: parents are set within a sentence
    // (``embed(triggers:lowers:sentence:)``, ``attributeQuote(sentence:using:)`` with the
    // sentence's own speech event) and `sameAs` only after the last sentence.
    for ei in first..<events.count {
      if let p = events[ei].parent, p >= first { events[ei].parent = remap(p) }
      if let q = events[ei].sameAs, q >= first { events[ei].sameAs = remap(q) }
    }
    if let sp = speech[s] { speech[s] = remap(sp.event).map { Speech(event: $0, speaker: sp.speaker) } }
  }

  // MARK: Trigger detection

  func detect(_ i: Int, tokens: [Token], lowers: [String], tokenMention: [Int?], titleCase: Bool) -> Trigger? {
    // Kind and case from the word-class bits: reading `tokens[i]` here copies the token.
    guard lex.isA(i, .wordToken), tokenMention[i] == nil else { return nil }
    if lex.isA(i, .capitalized) && i > 0 && !titleCase {
      // The token before is `"`, `“`, `(`, `:`, `[` or `]` (punctuation: its text is its lower case).
      let p = lex.lit(i - 1)
      if !(p == .quote || p == .openCurlyQuote || p == .openParen || p == .colon || p == .openBracket || p == .closeBracket) {
        return nil
      }
    }
    let around = lex.neighbourhood(i)
    let (wl, nl, prevIsS, pc, nc) = (around.word, around.next, around.previousIsS, around.previousClasses, around.nextClasses)
    let noun = lex.noun(i)
    let verb = lex.verb(i) ?? (noun == nil ? unknownParticiple(i, lowers: lowers) : nil)
    let nounContext =
      pc.contains(.determiner) || prevIsS || lex.isA(i - 1, .numberToken)
      || pc.contains(.cardinal)
      || (pc.contains(.preposition) && !(verb?.form == .ing))
    if let v = verb {
      // (Its own method: in one function with the rest of `detect`, too large for the
      // optimizer to inline the word-class reads into.)
      // (The lemma's index: the vocabulary's for a verb reading, looked up for a participle.)
      let vi = lex.hasVerb(i) ? lex.verbLemmaIndex(i) : lemmas.index(of: v.lemma)
      return verbTrigger(
        i, v, lemmaIndex: vi, noun: noun, nounContext: nounContext, around: around, tokens: tokens, lowers: lowers,
        tokenMention: tokenMention)
    }
    if wl == .according && nl == .to {
      return Trigger(
        token: i, lemma: "according", lemmaIndex: lemmas.index(of: "according"), isNoun: false, form: .ing, cls: .reporting,
        groupStart: i, tense: .presPart)
    }
    if let n = noun {
      if nc.contains(.determiner) && !nounContext && lex.isA(i, .endsInIng) { return nil }
      return nounTrigger(i, lemma: n, lemmaIndex: lex.nounLemmaIndex(i), lowers: lowers, tokenMention: tokenMention)
    }
    return nil
  }

  /// The trigger of word `i` read as verb `verb` (``detect(_:tokens:lowers:tokenMention:titleCase:)``
  /// once the word has a verb reading; `around` is what `detect` read of the word and its
  /// neighbours): `nil` where the context makes it no event, a noun trigger where it makes it
  /// a noun, else the verb with its verb group.
  func verbTrigger(
    _ i: Int, _ verb: (lemma: String, form: VerbForm), lemmaIndex vi: Int32, noun: String?, nounContext: Bool,
    around: WordNeighbourhood,
    tokens: [Token], lowers: [String], tokenMention: [Int?]
  ) -> Trigger? {
    var v = verb
    let (wl, pl, nl, prevIsS, pc, nc) = (
      around.word, around.previous, around.next, around.previousIsS, around.previousClasses, around.nextClasses
    )
    if wl == .going && nl == .to && i + 2 < lowers.count && lex.verbForm(i + 2) == .base {
      return nil  // "going to" + verb: a future auxiliary
    }
    if wl == .operating || wl == .trading { return nil }
    if wl == .ended || wl == .ending, pc.contains(.periodNoun) {
      return nil  // "the quarter ended Sept. 30": a date, not an event
    }
    if lex.isA(i, .participleAdjective),
      !(pc.contains(.beForm) || pc.contains(.haveForm) || pc.contains(.subjectPronoun)
        || (i > 0 && tokenMention[i - 1] != nil))
    {
      return nil  // participles used as prepositions or adjectives ("based in", "including")
    }
    if v.form == .ing && (pc.contains(.determiner) || prevIsS) && !pc.contains(.subjectPronoun) {
      // A gerund after a determiner is a nominal event ("the bombing").
      return nounTrigger(
        i, lemma: noun ?? v.lemma, lemmaIndex: noun != nil ? lex.nounLemmaIndex(i) : vi, lowers: lowers,
        tokenMention: tokenMention)
    }
    if v.lemma == "have" && v.form != .ing, i + 1 < lowers.count,
      nc.contains(.determiner) || lex.isA(i + 1, .numberToken),
      !(nc.contains(.determiner) && i + 2 < lowers.count && lex.verbForm(i + 2).map({ $0 == .pastOrParticiple || $0 == .pastParticiple }) == true)
    {
      // Possessive "have" ("has a stake", "had 300 employees"): a STATE.
      var t = Trigger(token: i, lemma: "have", lemmaIndex: vi, isNoun: false, form: v.form, cls: .state, groupStart: i)
      verbGroup(&t, tokens: tokens, lowers: lowers)
      return t
    }
    if v.form == .ing, let n = noun, lex.isA(i, .endsInIng), !pc.contains(.beForm), !pc.contains(.preposition),
      pl != .to, !nc.contains(.determiner), !nc.contains(.objectPronoun),
      !(i + 1 < tokenMention.count && tokenMention[i + 1] != nil)
    {
      // An -ing event noun without a verb group or object ("the embassy bombing").
      return nounTrigger(i, lemma: n, lemmaIndex: lex.nounLemmaIndex(i), lowers: lowers, tokenMention: tokenMention)
    }
    if lemmas.has(vi, .auxiliary) && !(v.lemma == "do" && mainVerbDo(i, tokens: tokens, lowers: lowers, tokenMention: tokenMention)) {
      // Auxiliaries and copulas are left out.
      return nil
    }
    if v.form == .base || v.form == .thirdPerson, lex.isA(i, .needsVerbContext) {
      let strict = pl == .to || pc.contains(.modal) || pc.contains(.subjectPronoun)
        || pc.contains(.doForm) || pc.contains(.negation) || pc.contains(.preVerbAdverb)
        || (tokens.indices.contains(i - 1) && tokenMention[i - 1] != nil)
      if !strict { return nil }
    }
    if v.form == .thirdPerson, i > 0, !verbContextStrict(pl, pc), tokenMention[i - 1] == nil, !lex.isA(i - 1, .capitalized),
      let pv = lex.verbForm(i - 1), !lemmas.has(lex.verbLemmaIndex(i - 1), .auxiliary), pv != .thirdPerson
    {
      // "supply arms", "sold shares": an -s form right after a verb is its object.
      if let n = noun { return nounTrigger(i, lemma: n, lemmaIndex: lex.nounLemmaIndex(i), lowers: lowers, tokenMention: tokenMention) }
      return nil
    }
    if v.form == .thirdPerson, i + 1 < lowers.count {
      // "prices fell", "shares have", "Reuters shares also rose": a plural noun before its
      // verb (adverbs skipped). After a name, only an unambiguous past tense, modal or
      // auxiliary counts: "Iran warns used…" is not English, "Iran warns Russia" is.
      var j = i + 1
      while j + 1 < lowers.count && (lex.cls(j).contains(.preVerbAdverb) || lex.cls(j).contains(.endsInLy)) { j += 1 }
      let afterName = tokens.indices.contains(i - 1) && tokenMention[i - 1] != nil
      if let nv = lex.verbForm(j),
        (!afterName && nv == .pastOrParticiple) || nv == .past
          || (lemmas.has(lex.verbLemmaIndex(j), .auxiliary) && nv != .ing && nv != .base)
          || lex.cls(j).contains(.modal)
      {
        if let n = noun { return nounTrigger(i, lemma: n, lemmaIndex: lex.nounLemmaIndex(i), lowers: lowers, tokenMention: tokenMention) }
        return nil
      }
    }
    let verbContext =
      pl == .to || pc.contains(.modal) || pc.contains(.subjectPronoun)
      || (pc.contains(.beForm) && !prevIsS) || pc.contains(.haveForm)
      || pc.contains(.doForm) || pc.contains(.negation) || pc.contains(.endsInLy) || pc.contains(.preVerbAdverb)
      || (tokens.indices.contains(i - 1) && tokenMention[i - 1] != nil && v.form != .base)
    if v.form == .base || v.form == .thirdPerson {
      if nounContext && !verbContext {
        if let n = noun {
          return nounTrigger(i, lemma: n, lemmaIndex: lex.nounLemmaIndex(i), lowers: lowers, tokenMention: tokenMention)
        }
        guard lemmas.has(vi, .eventNoun) else { return nil }
        return nounTrigger(i, lemma: v.lemma, lemmaIndex: vi, lowers: lowers, tokenMention: tokenMention)
      }
      if let n = noun, !verbContext {
        // Ambiguous noun/verb: a verb takes an object next.
        let objectNext = nc.contains(.determiner) || nc.contains(.objectPronoun)
          || (tokens.indices.contains(i + 1) && tokenMention[i + 1] != nil)
        let subjectBefore = tokens.indices.contains(i - 1) && tokenMention[i - 1] != nil
        if !(objectNext || subjectBefore) { return nounTrigger(i, lemma: n, lemmaIndex: lex.nounLemmaIndex(i), lowers: lowers, tokenMention: tokenMention) }
      }
      let prevIsModifier = i > 0 && lex.isA(i - 1, .wordToken) && !pc.contains(.subjectPronoun)
        && !(pl == .and || pl == .or || pl == .but || pl == .nor || pl == .then || pl == .also) && !pc.contains(.preposition)
        && lex.verbForm(i - 1).map({ $0 == .pastOrParticiple || $0 == .pastParticiple || $0 == .ing }) ?? true
      // (Only asked when the rest of the condition below can hold.)
      func adjectiveSuffix() -> Bool {
        let prev = i > 0 ? lowers[i - 1] : ""
        return ["al", "ive", "ous", "ic", "ful", "less", "able", "ible", "ary", "ian", "ese", "ish"].contains { prev.hasSuffix($0) }
          && prev.count > 4
      }
      if !verbContext && lex.lit(i - 2) != .to && prevIsModifier
        && ((lex.isA(i - 2, .determiner) && !pc.contains(.subjectPronoun)) || (v.form == .thirdPerson && adjectiveSuffix())
          || (v.form == .thirdPerson && tokens.indices.contains(i - 1) && tokenMention[i - 1] != nil
            && !lex.isA(i - 1, .capitalized) && !pc.contains(.endsInS)))
      {
        // "the new plan": determiner two back, adjective in between.
        if let n = noun { return nounTrigger(i, lemma: n, lemmaIndex: lex.nounLemmaIndex(i), lowers: lowers, tokenMention: tokenMention) }
        return nil
      }
    }
    if v.form == .base && !verbContext, i > 0, let m = tokenMention[i - 1],
      [.country, .organization, .person, .igo, .media].contains(actors[m].entity.type),
      !(pc.contains(.endsInS) && !lex.isA(i - 1, .capitalized)),  // "diplomats accuse": plural
      !(mentionStart(m, tokens: tokens).map { $0 > 0 && (lowers[$0 - 1] == "and" || lowers[$0 - 1] == "&") } ?? false)
    {
      // "the White House press office": a singular name needs "presses", so this is a noun.
      if let n = noun { return nounTrigger(i, lemma: n, lemmaIndex: lex.nounLemmaIndex(i), lowers: lowers, tokenMention: tokenMention) }
      return nil
    }
    if v.form == .ing && nounContext && noun != nil && pc.contains(.determiner) {
      return nounTrigger(i, lemma: noun!, lemmaIndex: lex.nounLemmaIndex(i), lowers: lowers, tokenMention: tokenMention)
    }
    if v.form == .pastOrParticiple && pc.contains(.determiner) && !nc.contains(.determiner) {
      // "the proposed merger": adjectival participle, still an event in TimeML.
      v.form = .pastParticiple
    }
    var cls = lemmas.timemlClass(vi)
    if v.lemma == "go" && nl == .on && (i + 2 >= lowers.count || lex.isA(i + 2, .punctuationToken)) {
      cls = .reporting  // "…," she went on.
    }
    if (cls == .iAction || cls == .iState) && !lemmas.has(vi, .inherentIState)
      && !hasComplement(after: i, lowers: lowers, tokenMention: tokenMention)
    {
      cls = .occurrence
    }
    if v.lemma == "keep" && !hasComplement(after: i, lowers: lowers, tokenMention: tokenMention) { cls = .occurrence }
    var t = Trigger(token: i, lemma: v.lemma, lemmaIndex: vi, isNoun: false, form: v.form, cls: cls, groupStart: i)
    verbGroup(&t, tokens: tokens, lowers: lowers)
    return t
  }

  /// A noun that modifies the noun after it in a compound ("the trade deficit", "a weapons
  /// inspection team", "the signing ceremony"): TimeML tags the head, not the modifier.
  /// The next word must be a lower-case content word that cannot be read as the verb of
  /// the noun ("the attack killed", "protests continue") nor as a particle ("cut off").
  func compoundModifier(_ i: Int, tokens: [Token], lowers: [String]) -> Bool {
    guard i + 1 < tokens.count, i > 0 else { return false }
    let pl = lex.lit(i - 1)
    let pc = lex.cls(i - 1)
    if lex.isA(i, .endsInIng) {
      // A gerund modifies a noun only after an article, a possessive or a noun ("the signing
      // ceremony", "a bank holding company"); else it takes an object ("those advocating reform").
      let noun = lex.isA(i - 1, .wordToken) && !lex.hasVerb(i - 1) && !pc.contains(.determiner)
        && !pc.contains(.preposition) && !pc.contains(.subjectPronoun) && !pc.contains(.clauseBarrier)
        && !(pl == .and || pl == .or || pl == .nor || pl == .then) && !pc.contains(.adverb) && !pc.contains(.endsInLy)
      if !(pc.contains(.articleOrPossessive) || noun) { return false }
    } else if lex.hasVerb(i) {
      // A noun/verb homograph after "and", "to" or a subject is a verb ("and help stability").
      if pl == .and || pl == .or || pl == .to || pc.contains(.modal) || pc.contains(.subjectPronoun)
        || pc.contains(.preVerbAdverb)
      {
        return false
      }
    }
    let w = lowers[i + 1]
    let wc = lex.cls(i + 1)
    let notHeads: WordClass = [
      .nonHead, .determiner, .preposition, .subjectPronoun, .objectPronoun, .clauseBarrier, .modal, .adverb, .negation,
    ]
    guard lex.isA(i + 1, .wordToken), !lex.isA(i + 1, .capitalized), w.utf8.count >= 3, !wc.contains(.endsInLy),
      !Self.hasApostrophe(w), wc.isDisjoint(with: notHeads)
    else { return false }
    if let form = lex.verbForm(i + 1), !(form == .base && lex.hasNoun(i + 1) && !lex.isA(i, .endsInS)) {
      // Only a base form after a singular noun reads as a noun ("cooperation plan");
      // "-s", "-ed" and "-ing" forms may be the noun's verb.
      let vi = lex.verbLemmaIndex(i + 1)
      if form != .base || lowers[i].hasSuffix("s") || lemmas.has(vi, .auxiliary)
        || lemmas.has(vi, .pastEqualsBase)  // "the summit set for April"
      {
        return false
      }
    }
    return true
  }

  /// Whether `w` contains "'" or "’" (`String.contains`): an ASCII word is scanned for the
  /// byte, any other word asked as before.
  static func hasApostrophe(_ w: String) -> Bool {
    var copy = w
    let ascii: Bool? = copy.withUTF8 { b in
      var apostrophe = false
      for byte in b {
        if byte >= 0x80 { return nil }
        if byte == UInt8(ascii: "'") { apostrophe = true }
      }
      return apostrophe
    }
    if let ascii { return ascii }
    return w.contains("'") || w.contains("’")
  }

  /// An "-ing" form with no auxiliary after a singular noun or adjective ("a bank holding
  /// company", "the sole surviving parent"): a modifier when a noun follows (see
  /// ``compoundModifier(_:tokens:lowers:)``); after a plural it is a verb ("nations lending support").
  func prenominalParticiple(_ t: Trigger, lowers: [String]) -> Bool {
    t.form == .ing && t.groupStart == t.token && t.token > 0 && !lex.isA(t.token - 1, .endsInS)
  }

  /// An unknown "-ed" word right after a form of "be" or "have" ("was hospitalized", "had
  /// perished"), maybe across "not" or an "-ly" adverb: the participle of a verb the lexicon lacks.
  func unknownParticiple(_ i: Int, lowers: [String]) -> (lemma: String, form: VerbForm)? {
    let w = lowers[i]
    guard lex.isA(i, .endsInEd), !lex.isA(i, .endsInEed), w.utf8.count >= 5 else { return nil }
    var j = i - 1
    while j >= 0 && j >= i - 2 && (lex.isA(j, .negation) || (lex.isA(j, .endsInLy) && lowers[j].utf8.count > 3)) {
      j -= 1
    }
    guard j >= 0, lex.isA(j, .beForm) || lex.isA(j, .haveForm), lowers[j] != "'s", lowers[j] != "'d"
    else { return nil }
    return (String(w.dropLast(2)), .pastOrParticiple)
  }

  /// "do" as a main verb ("to do so", "what he did", "doing business"), not the auxiliary of
  /// a negation, a question or an emphatic verb ("did not sell", "did Iran sell", "do agree").
  func mainVerbDo(_ i: Int, tokens: [Token], lowers: [String], tokenMention: [Int?]) -> Bool {
    if lowers[i] == "doing" || lowers[i] == "done" { return true }
    guard i + 1 < tokens.count else { return true }
    if !lex.isA(i + 1, .wordToken) { return true }
    let nc = lex.cls(i + 1)
    if nc.contains(.negation) || nc.contains(.subjectPronoun) || nc.contains(.adverb)
      || nc.contains(.preVerbAdverb) || tokenMention[i + 1] != nil || lex.isA(i + 1, .capitalized)
      || nc.contains(.endsInLy) || nc.contains(.determiner) && i > 0 && !(lowers[i - 1] == "to" || lex.isA(i - 1, .modal))
    {
      return false
    }
    if lex.verbForm(i + 1) == .base { return false }
    return true
  }

  /// "plan" names a scheme (a document) unless an infinitive says what is intended
  /// ("a plan to sell"): only then is it an event.
  /// (Literals compared, not strings: every noun trigger asks.)
  func schemeNoun(_ i: Int, lowers: [String]) -> Bool {
    let word = lex.lit(i)
    return (word == .plan || word == .plans) && lex.lit(i + 1) != .to
  }

  /// `prev` is "to", a modal, a subject pronoun or a negation (`classes` are its ``WordClass`` bits).
  func verbContextStrict(_ prev: Lit, _ classes: WordClass) -> Bool {
    prev == .to || classes.contains(.modal) || classes.contains(.subjectPronoun) || classes.contains(.negation)
  }

  /// A participle used as an adjective after a determiner ("a renewed deal").
  func adjectival(_ t: Trigger, lowers: [String]) -> Bool {
    !t.isNoun && t.form != .ing && t.form != .base && t.form != .thirdPerson && t.groupStart == t.token && t.token > 0
      && lex.isA(t.token - 1, .determiner)
  }

  /// "has to end", "is going to sell", "ought to": an infinitive with its own subject.
  func obligationInfinitive(_ t: Trigger, lowers: [String]) -> Bool {
    guard t.tense == .infinitive || t.tense == .future, t.groupStart > 0 else { return false }
    let before = lowers[t.groupStart - 1]
    return lex.isA(t.groupStart - 1, .haveForm) || ["going", "ought", "able", "supposed", "about", "used", "got"].contains(before)
  }

  /// Index of the first token of mention `m`.
  func mentionStart(_ m: Int, tokens: [Token]) -> Int? {
    tokens.firstIndex { $0.span.overlaps(actors[m].span) }
  }

  /// A noun trigger for token `i` with lemma `lemma`, whose ``LemmaTable`` index is
  /// `lemmaIndex` (`nil`: looked up).
  func nounTrigger(
    _ i: Int, lemma: String, lemmaIndex: Int32? = nil, lowers: [String] = [], tokenMention: [Int?] = []
  ) -> Trigger {
    let index = lemmaIndex ?? lemmas.index(of: lemma)
    var cls = lemmas.has(index, .verb) ? lemmas.timemlClass(index) : .occurrence
    if cls == .iAction || cls == .iState || cls == .aspectual {
      // Nouns keep an intensional class only with a complement ("plans to", "denial that").
      let next = lex.lit(i + 1)
      if !(next == .to || next == .that || next == .of) { cls = .occurrence }
    }
    return Trigger(token: i, lemma: lemma, lemmaIndex: index, isNoun: true, form: nil, cls: cls, groupStart: i)
  }

  /// Whether a complement clause or infinitive follows a verb ("decided to", "said that",
  /// "urged Iran to", "stopped selling").
  func hasComplement(after i: Int, lowers: [String], tokenMention: [Int?]) -> Bool {
    var j = i + 1
    var steps = 0
    while j < lowers.count && steps < 5 {
      let w = lex.lit(j)
      if w == .to || w == .that || w == .whether || w == .if || w == .how || w == .what { return true }
      if steps == 0, lex.verbForm(j) == .ing { return true }
      if w == .comma || w == .period || w == .semicolon { return false }
      if lex.isA(j, .subjectPronoun) && steps == 0 && w != .that { return true }
      j += 1
      steps += 1
    }
    return false
  }

  /// Reads the auxiliary chain left of a verb for tense, aspect, voice and polarity.
  ///
  /// The auxiliaries are kept as token indexes (in a buffer reused from verb to verb) and
  /// asked by their word classes and ``Lit``s; their words are read only to compare with the
  /// few auxiliaries no class names ("had", "did", "being", "'d"…).
  func verbGroup(_ t: inout Trigger, tokens: [Token], lowers: [String]) {
    // Right to left: `auxes.last` is the first auxiliary of the chain, `auxes.first` the last.
    var auxes = sentenceScratch.auxes
    sentenceScratch.auxes = []
    auxes.removeAllKeepingStorage()
    defer { sentenceScratch.auxes = auxes }
    var j = t.token - 1
    var start = t.token
    while j >= 0 {
      let wl = lex.lit(j)
      let c = lex.cls(j)
      if c.contains(.negation) && wl != .no { t.negated = true; start = j; j -= 1; continue }
      if c.contains(.adverb) || (c.contains(.endsInLy) && lowers[j].count > 4 && !lex.hasVerb(j)) {
        j -= 1; continue
      }
      if wl == .comma && j > 0 && !lex.cls(j - 1).isDisjoint(with: [.adverb, .haveForm, .beForm, .modal]) { j -= 1; continue }
      if !c.isDisjoint(with: [.modal, .beForm, .haveForm, .doForm]) || (wl == .to && auxes.isEmpty)
      {
        auxes.append(j)
        start = j
        j -= 1
        if wl == .to { break }
        continue
      }
      if wl == .going && !auxes.isEmpty && lex.lit(auxes[auxes.count - 1]) == .to { auxes.append(j); start = j; j -= 1; continue }
      break
    }
    t.groupStart = start
    let form = t.form ?? .base
    // "'s" / "'d" after a noun may be possessive or "would/had": only count them next to the verb.
    if let f = auxes.last, lex.lit(f) == .apostropheS && form == .base { auxes.removeLast() }
    if auxes.isEmpty {
      switch form {
      case .base, .thirdPerson: t.tense = .present
      case .past, .pastOrParticiple: t.tense = .past
      case .pastParticiple: t.tense = .pastPart
      case .ing: t.tense = .presPart
      }
      if form == .base, t.token > 0 {
        if lex.isA(t.token - 1, .preposition) || lex.isA(t.token - 1, .determiner) { t.tense = .none }
        // "he cut", "Iran set": a singular subject needs "-s" in the present, so this is past.
        if t.tense == .present, lemmas.has(t.lemmaIndex, .pastEqualsBase) {
          let p = lowers[t.token - 1]
          if !(p == "i" || p == "you" || p == "we" || p == "they") { t.tense = .past }
        }
      }
      return
    }
    let firstIndex = auxes[auxes.count - 1]
    let lastIndex = auxes[0]
    let first = lowers[firstIndex]
    let firstLit = lex.lit(firstIndex)
    let hasHave = auxes.contains(where: { lex.isA($0, .haveForm) }) && first != "'d" || auxes.contains(where: { lowers[$0] == "had" })
    if firstLit == .to || (firstLit == .going && auxes.count == 2) {
      t.tense = firstLit == .going ? .future : .infinitive
    } else if lex.isA(firstIndex, .modal) {
      t.modal = first == "'ll" ? "will" : first
      t.tense = (first == "will" || first == "shall" || first == "'ll") ? .future : .none
    } else if first == "was" || first == "were" || first == "had" || first == "did" {
      t.tense = .past
    } else {
      t.tense = .present
    }
    if firstLit == .to && auxes.count > 1 { t.tense = .infinitive }
    if form == .ing && lex.isA(lastIndex, .beForm) {
      t.aspect = hasHave ? .perfectiveProgressive : .progressive
    } else if (form == .pastParticiple || form == .pastOrParticiple) && lex.isA(lastIndex, .haveForm) {
      t.aspect = .perfective
    } else if (form == .pastParticiple || form == .pastOrParticiple || form == .past) && lex.isA(lastIndex, .beForm) {
      t.passive = true
      if hasHave { t.aspect = .perfective }
      if auxes.contains(where: { lowers[$0] == "being" }) { t.aspect = .progressive }
    } else if hasHave && (form == .pastParticiple || form == .pastOrParticiple) {
      t.aspect = .perfective
    }
    if lex.isA(lastIndex, .doForm) && auxes.count == 1 {
      t.tense = lowers[lastIndex] == "did" ? .past : .present
    }
  }

  // MARK: Arguments

  /// For each token position, whether an "if"/"unless" before it governs it (no ",", ";",
  /// "that" or "then" in between): one sweep per sentence instead of a walk back per verb.
  /// The scopes are written to `scopes` (emptied first), one more entry than the sentence's
  /// `count` tokens (the first `count` entries of `classes`).
  static func conditionalScopes(_ classes: [WordClass], count: Int, into scopes: inout [Bool]) {
    scopes.refill(with: false, count: count + 1)
    var open = false
    scopes.withUnsafeMutableBufferPointer { scopes in
      for i in 0..<count {
        let c = classes[i]
        scopes[i] = open
        if c.contains(.conditional) {
          open = true
        } else if c.contains(.conditionalEnd) {
          open = false
        }
      }
      scopes[count] = open
    }
  }

  /// The actor mentions heading the clause before a verb group.
  func subject(
    of t: Trigger, triggers: [Trigger], k: Int, sentence: Sentence, lowers: [String], tokenMention: [Int?],
    mentionTokens: [Range<Int>?]
  ) -> (mentions: [Int], rule: String) {
    let tokens = sentence.tokens
    // Clause start: a barrier or a previous finite verb.
    var start = 0
    var j = t.groupStart - 1
    var relativeWho = -1
    var depth = 0
    // The first trigger on token `j` or after it, moved down with `j` (no binary search per token).
    var o = Self.firstTrigger(atOrAfter: j, in: triggers)
    while j >= 0 {
      while o > 0 && triggers[o - 1].token >= j { o -= 1 }
      let w = lex.lit(j)
      if w == .closeParen { depth += 1 } else if w == .openParen { depth = max(0, depth - 1) }
      if depth > 0 { j -= 1; continue }
      if lex.isA(j, .quoteMark) && lex.isA(j, .punctuationToken) { start = j + 1; break }
      if (w == .who || w == .which) { relativeWho = j; start = j + 1; break }
      if lex.isA(j, .clauseBarrier) && tokenMention[j] == nil && !(w == .since && j + 1 == t.groupStart) {
        start = j + 1
        break
      }
      if o < triggers.count && triggers[o].token == j, !triggers[o].isNoun,
        triggers[o].form != .ing, triggers[o].tense != .infinitive, triggers[o].tense != .pastPart
      {
        // A finite verb: this clause shares its subject when coordinated ("sold X and said").
        start = j + 1
        break
      }
      j -= 1
    }
    if relativeWho >= 0 {
      // "Iran, which ..., said": the antecedent right before "which".
      var a = relativeWho - 1
      while a >= 0 && lex.lit(a) == .comma { a -= 1 }
      if a >= 0, let m = tokenMention[a] { return ([m], "relative-antecedent") }
    }
    var found: [Int] = []
    var i = start
    var lastEnd = -1
    var parenDepth = 0
    while i < t.groupStart {
      if lex.lit(i) == .openParen { parenDepth += 1 }
      if lex.lit(i) == .closeParen { parenDepth = max(0, parenDepth - 1) }
      if parenDepth == 0, let m = tokenMention[i], let r = mentionTokens[m], r.lowerBound == i {
        var b = i - 1
        while b >= 0 && (lex.isA(b, .determiner) && lex.lit(b) != .both) { b -= 1 }
        let inPP = lex.isA(b, .preposition) || lex.lit(b) == .to
        let joined = lastEnd >= 0 && (i - lastEnd <= 2) && lex.all(lastEnd, i) { $0 == .and || $0 == .comma || $0 == .ampersand || $0 == .both }
        if found.isEmpty && !inPP {
          found.append(m)
          lastEnd = r.upperBound
        } else if !found.isEmpty && joined {
          found.append(m)
          lastEnd = r.upperBound
        } else if !found.isEmpty {
          // Apposition or title: the same referent keeps the head ("White House press secretary X").
          let gap = lastEnd >= 0 && r.lowerBound >= lastEnd ? tokens[lastEnd..<r.lowerBound] : []
          let titleGap = found.count == 1 && gap.count <= 3
            && gap.allSatisfy { $0.kind == .word && !Words.prepositions.contains($0.lower) && !Words.determiners.contains($0.lower) && $0.lower != "and" }
          if r.lowerBound == lastEnd || titleGap { lastEnd = r.upperBound; found[found.count - 1] = m }
        }
        i = r.upperBound
        continue
      }
      i += 1
    }
    if !found.isEmpty { return (found, "subject") }
    // Pronoun subject.
    if start < t.groupStart {
      for p in start..<t.groupStart {
        let pw = lex.lit(p)
        if pw == .it || pw == .they || pw == .he || pw == .she || pw == .we,
          p == 0 || tokens[p].spaceBefore || (tokens[p - 1].kind == .punctuation && tokens[p - 1].text != "]")
        {
          // "X and Y said they …": a plural pronoun after a report takes its compound subject.
          let w = lowers[p]
          if pw == .they || pw == .we, let gov = triggers[..<k].last(where: { !$0.isNoun && $0.token < p }),
            gov.event >= 0, gov.cls == .reporting || gov.cls == .iAction || gov.cls == .iState
          {
            let srcs = events[gov.event].arguments.filter { $0.role == .source }.map(\.mention)
            if srcs.count > 1 { return (srcs, "pronoun:\(w)") }
          }
          if let m = resolvePronoun(w, token: p, sentence: sentence) { return ([m], "pronoun:\(w)") }
          break
        }
        if !(lex.isA(p, .adverb) || pw == .comma || pw == .and) { if p > start + 2 { break } }
      }
    }
    // Coordinated verb: "sold drones and denied it" → subject of the first verb.
    if start > 0, let prevTrigger = triggers[..<k].last(where: { !$0.isNoun && $0.token < t.token }),
      prevTrigger.event >= 0, t.groupStart > 0,
      lex.lit(t.groupStart - 1) == .and || lex.lit(t.groupStart - 1) == .or || lex.lit(t.groupStart - 1) == .but
    {
      if let s = events[prevTrigger.event].arguments.first(where: { $0.role == .source && $0.rule != "passive-agent" }) {
        return ([s.mention], "coordinated-subject")
      }
    }
    return ([], "")
  }

  /// `a[lo..<hi]`, empty when the bounds cross.
  func span(_ a: [String], _ lo: Int, _ hi: Int) -> ArraySlice<String> {
    let l = max(0, lo)
    let h = min(a.count, hi)
    return l < h ? a[l..<h] : []
  }

  /// Index of the first trigger on token `i` or after it (triggers are in token order: a
  /// binary search, so that argument scans and time anchoring stay linear in long sentences).
  static func firstTrigger(atOrAfter i: Int, in triggers: [Trigger]) -> Int {
    var lo = 0
    var hi = triggers.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if triggers[mid].token < i { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }


  func isQuoteMark(_ s: String) -> Bool { s == "\"" || s == "“" || s == "”" || s == "'" || s == "‘" || s == "’" }

  /// The nearest preceding actor mention compatible with a pronoun.
  func resolvePronoun(_ pronoun: String, token: Int, sentence: Sentence) -> Int? {
    let tokSpan = sentence.tokens[token].span
    if let exact = actors.firstIndex(where: { $0.span.contains(tokSpan) }) { return exact }
    if pronoun == "we" {
      // Inside a quote, "we" is the speaker's side.
      if sentence.quotes.contains(where: { $0.contains(tokSpan) }), let sp = speakerFor(sentence: sentence.index) {
        return sp
      }
      return nil
    }
    // The pronoun read once, the mentions' fields in place (an `ActorMention` copied per
    // mention is a retain and release of each of its strings), their types from `mentionTypes`.
    let person = pronoun == "he" || pronoun == "she"
    let it = pronoun == "it"
    var best: Int?
    for idx in actors.indices {
      guard actors[idx].span.end <= tokSpan.start, actors[idx].sentence >= sentence.index - 2 else { continue }
      let type = mentionTypes[idx]
      let ok: Bool
      if person {
        ok = type == .person
      } else if it {
        ok = type == .country || type == .organization || type == .igo
      } else {
        ok = type == .country || type == .organization || type == .igo || type == .group
      }
      if ok { best = idx }
    }
    return best
  }

  /// Speaker mention of the quote in `sentence`: its own speech verb, else the nearest in the paragraph.
  func speakerFor(sentence s: Int) -> Int? {
    if let sp = speech[s] { return sp.speaker }
    let para = text.sentences[s].paragraph
    var k = s + 1
    while k < text.sentences.count && text.sentences[k].paragraph == para && k <= s + 3 {
      if let sp = speech[k] { return sp.speaker }
      k += 1
    }
    // A later sentence may not be processed yet: look for "X said" in the same paragraph.
    k = s + 1
    while k < text.sentences.count && text.sentences[k].paragraph == para && k <= s + 3 {
      let sent = text.sentences[k]
      // (By index: the tokens are read in place, not copied one by one.)
      for ti in sent.tokens.indices {
        let span = sent.tokens[ti].span
        if sent.quotes.contains(where: { $0.contains(span) }) { continue }
        if let lemma = Self.verbLemma(sent.tokens[ti].lower), EventLexicon.reporting.contains(lemma) || lemma == "go" {
          if let m = actors.lastIndex(where: { a in a.sentence == k && a.span.end <= span.start && !sent.quotes.contains(where: { q in q.contains(a.span) }) }) {
            return m
          }
          if let m = actors.firstIndex(where: { $0.sentence == k && $0.span.start >= span.end }) { return m }
        }
      }
      k += 1
    }
    k = s - 1
    while k >= 0 && text.sentences[k].paragraph == para {
      if let sp = speech[k] { return sp.speaker }
      k -= 1
    }
    return nil
  }

  /// The lemma of ``VerbLexicon/lemmatize(_:)`` of `word` (lower case), the same answer read
  /// from ``KnownWord/vocabulary`` for a word of it, and for another plain ASCII word worked
  /// out only when ``VerbLexicon/mayInflect(_:)`` lets it through (as ``SentenceLex`` does):
  /// ``speakerFor(sentence:)`` asks it of every token of the sentences after a quote.
  static func verbLemma(_ word: String) -> String? {
    var copy = word
    return copy.withUTF8 { b in
      guard PlainWord.isPlain(b) else { return VerbLexicon.lemmatize(word)?.lemma }
      let id = KnownWord.vocabulary.id(ascii: b)
      if id >= 0 { return KnownWord.verbsByID[id]?.lemma }
      return VerbLexicon.mayInflect(b) ? VerbLexicon.lemmatize(notInVocabulary: word)?.lemma : nil
    }
  }

  /// Source of a nominal event: an actor right before it ("Iran's denial", "Iranian denials",
  /// "an Iranian drone strike").
  func nominalSource(
    _ t: Trigger, tokens: [Token], lowers: [String], tokenMention: [Int?], mentionTokens: [Range<Int>?]
  ) -> Int? {
    var j = t.token - 1
    var steps = 0
    while j >= 0 && steps < 3 {
      if let m = tokenMention[j] {
        let r = mentionTokens[m] ?? j..<(j + 1)
        if r.lowerBound > 0 && lex.isA(r.lowerBound - 1, .preposition) { return nil }
        return m
      }
      let wl = lex.lit(j)
      if wl == .apostropheS || wl == .curlyS { j -= 1; continue }
      if !lex.isA(j, .wordToken) || lex.isA(j, .determiner) || lex.isA(j, .preposition) { return nil }
      if lex.hasVerb(j) && !(!lex.hasNoun(j) && !lex.isA(j, .endsInEd)) { return nil }
      steps += 1
      j -= 1
    }
    return nil
  }

  static let licensedPreps: EventWordSet = Words.set(
    "to against on with from at into upon over toward towards by of in for during")

  /// When a nationality modifies an instrument noun before the event noun ("an Iranian drone
  /// strike") and an earlier event of the document transferred arms from that actor to exactly
  /// one other actor, that recipient (the known user) is returned.
  func instrumentUser(modifier m: Int, trigger t: Trigger, lowers: [String], mentionTokens: [Range<Int>?]) -> Int? {
    guard let r = mentionTokens[m], r.upperBound < t.token,
      lowers[r.upperBound..<t.token].contains(where: { EventLexicon.weaponWords.contains($0) })
    else { return nil }
    let origin = actors[m].entity.id
    var users: [String: Int] = [:]
    for e in events {
      guard let c = e.category, Self.hasRoot(c.cameo, "07") || Self.hasRoot(c.cameo, "06"),
        e.arguments.contains(where: { $0.role == .source && actors[$0.mention].entity.id == origin })
      else { continue }
      for a in e.arguments where a.role == .target && actors[a.mention].entity.id != origin
        && actors[a.mention].entity.type == .country
      {
        users[actors[a.mention].entity.id] = a.mention
      }
    }
    return users.count == 1 ? users.first!.value : nil
  }

  /// Actor mentions after the trigger in its clause with the token of the preposition
  /// introducing each (-1: an object), written to `out` (empty when called).
  func postActors(
    _ t: Trigger, tokens: [Token], lowers: [String], triggers: [Trigger], k: Int, tokenMention: [Int?],
    mentionTokens: [Range<Int>?], into out: inout [(mention: Int, prep: Int)]
  ) {
    /// Whether preposition tokens `a` and `b` (-1: none) are the same word.
    func same(_ a: Int, _ b: Int) -> Bool { a == b || (a >= 0 && b >= 0 && lowers[a] == lowers[b]) }
    var prep = -1
    var i = t.token + 1
    var lastEnd = -1
    var passedNoun = false
    let limit = min(tokens.count, t.token + 14)
    // The first trigger on token `i` or after it, moved up with `i` (no binary search per token).
    var o = Self.firstTrigger(atOrAfter: i, in: triggers)
    while i < limit {
      while o < triggers.count && triggers[o].token < i { o += 1 }
      let w = lex.lit(i)
      if let m = tokenMention[i], let r = mentionTokens[m] {
        let joined = lastEnd >= 0 && lex.all(lastEnd, i) { $0 == .and || $0 == .comma || $0 == .both || $0 == .either }
        if out.isEmpty || joined {
          let p = prep >= 0 && lex.lit(prep) == .of && !t.isNoun ? -1 : prep
          out.append((m, p))
          lastEnd = r.upperBound
          i = r.upperBound
          continue
        }
        // A second actor after another preposition ("withdrew X from Y", "killing of X by Y").
        let second = prep >= 0 ? lex.lit(prep) : .none
        if (second == .from || second == .by || second == .with || second == .on || second == .against)
          && !same(prep, out[out.count - 1].prep) && allLicensedOrDeterminers(lastEnd, i)
        {
          out.append((m, prep))
          lastEnd = r.upperBound
          i = r.upperBound
          continue
        }
        break
      }
      if lex.isA(i, .punctuationToken)
        && (w == .comma || w == .semicolon || w == .colon || lex.isA(i, .quoteMark) || w == .period || w == .openParen)
      {
        if w == .comma && i + 1 < tokens.count && tokenMention[i + 1] != nil && lastEnd == i { i += 1; continue }
        if w == .openParen { break }
        break
      }
      if lex.isA(i, .clauseBarrier) && w != .since { break }
      if o < triggers.count && triggers[o].token == i {
        // Another event ends the argument scan; an adjectival participle ("a renewed deal") does not.
        let otherIsNoun = triggers[o].isNoun
        let adjectival = !otherIsNoun && triggers[o].form != .ing && i > 0 && lex.isA(i - 1, .determiner)
        if t.isNoun || (!otherIsNoun && !adjectival) { break }
        passedNoun = true
      }
      if lex.isA(i, .beForm) && w != .apostropheS { break }
      if w == .by && !t.passive && !t.isNoun { break }
      if passedNoun && (w == .of || w == .by) { break }
      if lex.isA(i, .licensedPrep) || w == .to {
        prep = i
        i += 1
        continue
      }
      if w == .and && out.isEmpty { break }
      i += 1
    }
    if t.isNoun {
      // Nominal events take only prepositional arguments.
      out.removeAll { $0.prep < 0 }
    }
  }

  /// Whether every word of `lo..<hi` (clamped to the sentence) is a licensed preposition
  /// (``licensedPreps``) or a determiner.
  func allLicensedOrDeterminers(_ lo: Int, _ hi: Int) -> Bool {
    var j = max(0, lo)
    let h = min(lex.count, hi)
    while j < h {
      if !lex.isA(j, .licensedPrep) && !lex.isA(j, .determiner) { return false }
      j += 1
    }
    return true
  }

  /// Reporting verbs whose report of someone else's violent act is an accusation.
  static let accusingReports: Set<String> = [
    "say", "claim", "allege", "report", "state", "tell", "charge", "assert", "insist", "add", "note", "announce",
    "declare", "accuse", "confirm", "write", "tweet",
  ]
  /// CAMEO roots of events whose place stands for their target when none is named.
  static let placeTargetRoots: Set<String> = ["04", "14", "15", "09"]

  /// Whether `cameo` has one of the ``placeTargetRoots`` (its first two characters): the
  /// first two bytes of an ASCII code, without a `String` made and hashed.
  static func isPlaceTargetRoot(_ cameo: String) -> Bool {
    var copy = cameo
    let answer: Bool? = copy.withUTF8 { b in
      for byte in b where byte >= 0x80 { return nil }
      guard b.count >= 2 else { return false }
      switch (b[0], b[1]) {
      case (0x30, 0x34), (0x31, 0x34), (0x31, 0x35), (0x30, 0x39): return true
      default: return false
      }
    }
    return answer ?? placeTargetRoots.contains(String(cameo.prefix(2)))
  }

  /// Preposition whose object is the preferred target of a verb.
  var preferredPrep: EventWordMap<String> { Self.preferredPreps }
  static let preferredPreps = EventWordMap(["withdraw": "from", "pull": "from", "exit": "from", "expel": "from"])
  /// Verbs whose object is the subject of their infinitive or "of"-gerund.
  static let objectControl: EventWordSet = Words.set(
    "urge ask call order force persuade encourage tell invite allow permit help pressure press compel oblige "
      + "accuse blame criticize criticise condemn warn advise request require forbid authorize enable lead want")
  static let wantingGovernors: EventWordSet = Words.set("want wish")
  /// Nouns of issued documents that "allege" or "say" things on behalf of their issuer.
  static let documentNouns: EventWordSet = Words.set("report study statement document communique communiqué dossier")
  static let intentGovernors: EventWordSet = Words.set(
    "want plan intend vow promise pledge threaten seek aim hope offer prepare wish decide agree")
  var consultLemmas: EventWordSet { Self.consultSet }
  static let consultSet: EventWordSet = ["negotiate", "pursue", "mediate", "broker", "talk", "discuss", "sign", "agree", "ratify"]
  var plannedGovernors: EventWordSet { Self.plannedSet }
  static let plannedSet: EventWordSet = (
    Words.set(
      "plan intend vow promise pledge threaten want aim hope expect seek try attempt prepare consider decide "
        + "agree offer propose wish desire need determine mean schedule arrange undertake volunteer urge ask call "
        + "demand order request refuse decline fail avoid"))
  var allegingGovernors: EventWordSet { Self.allegingSet }
  static let allegingSet: EventWordSet = Words.set(
    "believe think claim allege suspect fear accuse charge assert insist warn report deny doubt show indicate")

  /// A definite agreement noun phrase after a verb ("that arrangement") → nearest agreement mention before.
  func anaphoricAgreement(after i: Int, tokens: [Token], lowers: [String], sentence: Int) -> Int? {
    let window = lowers[(i + 1)..<min(lowers.count, i + 4)]
    guard let d = window.first, ["that", "this", "the"].contains(d),
      window.dropFirst().contains(where: { EventLexicon.agreementWords.contains($0) || $0 == "arrangement" || $0 == "pact" })
    else { return nil }
    let start = tokens[i].span.start
    return actors.lastIndex { $0.entity.type == .agreement && $0.span.end <= start && $0.sentence >= sentence - 3 }
  }

  func nearestMention(of entity: ActorEntity, before sentence: Int) -> Int? {
    actors.lastIndex { $0.entity.id == entity.id && $0.sentence <= sentence }
      ?? actors.firstIndex { $0.entity.id == entity.id }
  }

  // MARK: Embedding

  /// The complement-taking trigger governing trigger `k`, if any.
  func governor(of k: Int, triggers: [Trigger], lowers: [String], sentence: Sentence) -> Int? {
    // (The triggers' fields read in place: a `Trigger` copied is two retains.)
    if triggers[k].isNoun { return nil }
    let t = (token: triggers[k].token, groupStart: triggers[k].groupStart, tense: triggers[k].tense, form: triggers[k].form)
    func inQ(_ i: Int) -> Bool { sentence.quotes.contains { $0.contains(sentence.tokens[i].span) } }
    let triggerInQuote = inQ(t.token)
    var g = k - 1
    while g >= 0 {
      let cand = (token: triggers[g].token, cls: triggers[g].cls, isNoun: triggers[g].isNoun, tense: triggers[g].tense)
      // The words between the candidate and the group: `lo..<hi`, clamped to the sentence
      // (empty when the bounds cross), read as ``Lit``s.
      let lo = max(0, cand.token + 1)
      let hi = min(lowers.count, t.groupStart)
      let count = max(0, hi - lo)
      if lex.any(lo, hi, .semicolon) || inQ(cand.token) != triggerInQuote { return nil }
      // ", and the United States said": a new coordinated clause has no governor here.
      var j = lo
      while j + 1 < hi {
        if lex.lit(j) == .comma {
          let after = lex.lit(j + 1)
          if after == .and || after == .but || after == .while { return nil }
        }
        j += 1
      }
      let takesComplement = Self.takesComplement(cand.cls) || lemmas.has(triggers[g].lemmaIndex, .complementNoun)
      if takesComplement {
        if cand.isNoun {
          // "denial that/of", "plan to".
          if count > 0 {
            let f = lex.lit(lo)
            if f == .that || f == .of || f == .to { return g }
          }
          if count == 0 { return nil }
          g -= 1
          continue
        }
        // Verbal: complement introduced by that/to/-ing, or a bare clause.
        if !lex.all(lo, hi, { !($0 == .but || $0 == .while || $0 == .although || $0 == .though || $0 == .because) }) {
          return nil
        }
        if t.tense == .infinitive || t.form == .ing || lex.any(lo, hi, .that) || cand.cls == .reporting
          || count <= 3
        {
          return g
        }
        if cand.cls == .iState || cand.cls == .iAction { return g }
      }
      // An intervening finite verb of a coordinated clause stops the search.
      if !cand.isNoun && (cand.tense == .past || cand.tense == .present) && lex.any(lo, hi, .and) { return nil }
      g -= 1
    }
    return nil
  }

  /// Whether a trigger of class `cls` takes a complement (reporting, I_ACTION, I_STATE,
  /// aspectual, perception) in ``governor(of:triggers:lowers:sentence:)``.
  static func takesComplement(_ cls: EventClass) -> Bool {
    switch cls {
    case .reporting, .iAction, .iState, .aspectual, .perception: return true
    default: return false
    }
  }

  /// Lemmas of nouns and verbs that take a complement whatever their class (``governor(of:triggers:lowers:sentence:)``).
  static let complementNouns: EventWordSet = Words.set(
    "denial deny plan threat warning claim promise vow pledge attempt effort decision refusal")

  /// Whether the embedded event's subject is the governor's subject (no own subject clause).
  func controlled(k: Int, g: Int, triggers: [Trigger], lowers: [String]) -> Bool {
    let t = triggers[k]
    if lex.any(triggers[g].token + 1, t.groupStart, .that) { return false }
    return t.tense == .infinitive || t.form == .ing || triggers[g].isNoun
  }

  // MARK: Quotes

  /// Attributes the events inside quotes of `sentence` to the speaker of sentence `using`
  /// (or the paragraph's speaker).
  mutating func attributeQuote(sentence s: Int, using speechSentence: Int? = nil) {
    let sentence = text.sentences[s]
    var speechEvent: Int?
    var speaker: Int?
    if let u = speechSentence, let sp = speech[u] {
      speechEvent = sp.event
      speaker = sp.speaker
    } else {
      let para = sentence.paragraph
      var best: Int?
      for k in speech.indices where speech[k] != nil && text.sentences[k].paragraph == para {
        if best == nil || abs(k - s) < abs(best! - s) || (abs(k - s) == abs(best! - s) && k < s) { best = k }
      }
      if let b = best, let sp = speech[b] { speechEvent = sp.event; speaker = sp.speaker }
    }
    guard let speechEvent else { return }
    for ei in events.indices where events[ei].sentence == s && ei != speechEvent {
      guard sentence.quotes.contains(where: { $0.contains(events[ei].span) }) else { continue }
      if events[ei].attributedTo == nil { events[ei].attributedTo = speaker }
      if events[ei].factuality == .asserted { events[ei].factuality = .reported }
      if events[ei].parent == nil {
        events[ei].parent = speechEvent
        events[ei].rules.append("quote")
      }
      accuseOfLying(ei)
      if !events[ei].arguments.contains(where: { $0.role == .source }) {
        // "we" in a quote: the speaker.
        let tokens = sentence.tokens
        if let ti = tokens.firstIndex(where: { $0.span == events[ei].span }), ti > 0,
          tokens[max(0, ti - 4)..<ti].contains(where: { $0.lower == "we" }), let sp = speaker
        {
          events[ei].arguments.insert(EventArgument(role: .source, mention: sp, rule: "pronoun:we"), at: 0)
        }
      }
    }
  }

  /// A speaker saying someone lies, deceives or misleads accuses them (CAMEO 112).
  mutating func accuseOfLying(_ ei: Int) {
    guard ["lie", "deceive", "mislead", "cheat"].contains(events[ei].lemma), events[ei].polarity,
      let speaker = events[ei].attributedTo,
      let liar = events[ei].arguments.first(where: { $0.role == .source })?.mention,
      actors[liar].entity.id != actors[speaker].entity.id
    else { return }
    events[ei].arguments = [
      EventArgument(role: .source, mention: speaker, rule: "speaker"),
      EventArgument(role: .target, mention: liar, rule: "accused-of-lying"),
    ]
    events[ei].category = EventLexicon.category("112")
    events[ei].factuality = .asserted
    events[ei].rules.append("code:112:accuse-of-lying")
  }

  // MARK: Time

  mutating func anchorTimes(sentence: Sentence, triggers: [Trigger], lowers: [String]) {
    let local = timesBySentence[sentence.index]
    guard !local.isEmpty, !triggers.isEmpty else { return }
    let tokens = sentence.tokens
    for ti in local {
      // (The expression's fields read in place: a copy of it is a retain and release of each
      // of its strings.)
      let txSpan = times[ti].span
      // The first token overlapping the expression (tokens are in text order: binary search
      // for the first one ending after the expression starts).
      var lo = 0
      var hi = tokens.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if tokens[mid].span.end <= txSpan.start { lo = mid + 1 } else { hi = mid }
      }
      guard lo < tokens.count, tokens[lo].span.overlaps(txSpan) else { continue }
      let tStart = lo
      // `split`: the first trigger at or after the expression.
      let split = Self.firstTrigger(atOrAfter: tStart, in: triggers)
      // Nearest verb trigger to the left in the same clause, else the nearest to the right.
      // (The trigger's index, not a copy of it.)
      var chosen: Int?
      var left = split - 1
      while left >= 0 && triggers[left].isNoun { left -= 1 }
      if left >= 0 {
        let token = triggers[left].token
        if tStart - token <= 12,
          lex.all(token + 1, tStart, { !($0 == .semicolon || $0 == .that || $0 == .which) })
        {
          chosen = left
        }
      }
      if chosen == nil {
        var right = split
        while right < triggers.count && (triggers[right].token == tStart || triggers[right].isNoun) { right += 1 }
        if right < triggers.count {
          chosen = right
        } else if split > 0, tStart - triggers[split - 1].token <= 4 {
          chosen = split - 1
        }
      }
      guard let c = chosen else { continue }
      let ei = triggers[c].event
      if events[ei].time != nil { continue }
      events[ei].time = ti
      let rel: String?
      // (No signal, the common case, is compared with no case word.)
      let type = times[ti].type
      switch times[ti].signal ?? "" {
      case "": rel = type == .duration ? "DURING" : "IS_INCLUDED"
      case "since", "from": rel = "BEGUN_BY"
      case "before", "by": rel = "BEFORE"
      case "after": rel = "AFTER"
      case "until", "till", "through": rel = "ENDED_BY"
      case "during", "throughout", "for": rel = type == .duration ? "DURING" : "IS_INCLUDED"
      default: rel = type == .duration ? "DURING" : "IS_INCLUDED"
      }
      events[ei].timeRelation = rel
      if type == .date || type == .time, let first = times[ti].value.utf8.first, first >= 48, first <= 57 {
        events[ei].date = times[ti].value
        events[ei].dateRule = "time-expression"
      }
    }
  }
}

extension Array {
  /// Empties the array in the storage it has, one element at a time: the per-sentence and
  /// per-event scratch arrays hold a few elements, and `removeAll(keepingCapacity:)` goes
  /// through a generic range replacement (a few hundred instructions a call).
  mutating func removeAllKeepingStorage() {
    while !isEmpty { removeLast() }
  }

  /// Makes the array `count` copies of `value` in the storage it has (an array reused from
  /// sentence to sentence): shortened or lengthened by the difference, one element at a
  /// time, then overwritten in place, instead of emptied and refilled through range
  /// replacement.
  mutating func refill(with value: Element, count: Int) {
    while self.count > count { removeLast() }
    if self.count < count { reserveCapacity(count) }
    while self.count < count { append(value) }
    withUnsafeMutableBufferPointer { $0.update(repeating: value) }
  }
}
