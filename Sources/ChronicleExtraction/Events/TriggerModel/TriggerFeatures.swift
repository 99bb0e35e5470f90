/// Hashed features of a trigger candidate (a word token of a sentence) for the learned
/// trigger classifier (``TriggerModel``): the word, its lemma and suffixes, the words, lemmas
/// and word-class bits of its neighbours, whether a neighbour is an actor mention, a number
/// or part of a time expression, and what the hand-written rules decided about the token
/// and its neighbours (trigger or not, noun or verb, class, form, compound modifier).
///
/// A feature is a 64-bit hash of a template id and a value; the words are hashed once per
/// sentence (FNV-1a over their UTF-8 bytes) and a feature only mixes integers.
enum TriggerFeatures {
  /// The word classes the model sees (feature-set version 3): a fixed list, so that a class
  /// added to ``WordClass`` for the rules does not shift the features of a trained model.
  /// Adding one here changes the features: bump the version and retrain.
  static let modelClasses: WordClass = [
    .determiner, .preposition, .subjectPronoun, .objectPronoun, .modal, .negation, .adverb, .preVerbAdverb,
    .clauseBarrier, .beForm, .haveForm, .doForm, .needsVerbContext, .articleOrPossessive, .participleAdjective,
    .periodNoun, .nonHead, .licensedPrep, .conditional, .conditionalEnd, .cardinal, .endsInLy, .endsInS,
    .wordToken, .capitalized,
  ]

  /// The version of the feature set. Bump it whenever a feature changes: the shipped
  /// weights record the version they were trained with and a test compares the two.
  static let version = 3

  /// FNV-1a (64 bits) over the UTF-8 bytes of `s`.
  @inline(__always) static func fnv(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var copy = s
    copy.withUTF8 { bytes in
      for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    }
    return h
  }

  /// FNV-1a over the last `n` UTF-8 bytes of `s` (0 when `s` has no more than `n` bytes).
  @inline(__always) static func suffix(_ bytes: UnsafeBufferPointer<UInt8>, _ n: Int) -> UInt64 {
    guard bytes.count > n else { return 0 }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(n)
    for b in bytes[(bytes.count - n)...] { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }

  /// The feature of template `template` with value `value` (a well-mixed 64-bit hash; a
  /// model indexes its table with the top bits).
  @inline(__always) static func feature(_ template: UInt64, _ value: UInt64) -> UInt64 {
    var h = (value ^ (template &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 32
    return h &* 0xC4CE_B9FE_1A85_EC53
  }

  /// Two values as one (for conjunctions such as bigrams).
  @inline(__always) static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
    (a &* 0x2545_F491_4F6C_DD1D) ^ (b &+ 0x632B_E59B_D9B4_E019)
  }

  // Template ids.
  static let tBias: UInt64 = 1
  static let tWord: UInt64 = 2
  static let tLemma: UInt64 = 3
  static let tSuffix2: UInt64 = 4
  static let tSuffix3: UInt64 = 5
  static let tSuffix4: UInt64 = 6
  static let tPrevWord: UInt64 = 7
  static let tNextWord: UInt64 = 8
  static let tPrev2Word: UInt64 = 9
  static let tNext2Word: UInt64 = 10
  static let tPrevLemma: UInt64 = 11
  static let tNextLemma: UInt64 = 12
  static let tPrevBigram: UInt64 = 13
  static let tNextBigram: UInt64 = 14
  static let tRule: UInt64 = 15
  static let tRuleWord: UInt64 = 16
  static let tRuleLemma: UInt64 = 17
  static let tRulePrevWord: UInt64 = 18
  static let tRuleNextWord: UInt64 = 19
  static let tPrevRule: UInt64 = 20
  static let tNextRule: UInt64 = 21
  static let tReading: UInt64 = 22
  static let tReadingPrevWord: UInt64 = 23
  static let tContext: UInt64 = 24
  static let tShape: UInt64 = 25
  static let tRulePrevReading: UInt64 = 26
  static let tRuleNextContext: UInt64 = 27
  static let tWordNext2: UInt64 = 28
  static let tPrev2Rule: UInt64 = 29
  static let tLemmaNextWord: UInt64 = 30
  static let tLemmaPrevWord: UInt64 = 31
  static let tAround: UInt64 = 32
  static let tWordPrevClasses: UInt64 = 33
  static let tWordNextClasses: UInt64 = 34
  static let tRuleSuffix3: UInt64 = 35
  static let tLemmaNextLemma: UInt64 = 36
  /// Class bits of the token at offset o (-1…1): template 40 + o; value the bit index.
  static let tClassBit: UInt64 = 40
  /// The most features a candidate has (fixed templates and the class bits of five tokens).
  static let maxFeatures = 48 + 5 * 32
}

/// What the features of a token and of its neighbours are built from.
struct TokenFeatureValues {
  var word: UInt64
  var lemma: UInt64
  var suffix2: UInt64
  var suffix3: UInt64
  var suffix4: UInt64
  /// What the rules decided (see ``EventRun/ruleCode(_:)``), 0 for no trigger.
  var rule: UInt64
  /// Verb form and noun reading of the lexicons.
  var reading: UInt64
  /// Token kind, actor mention, time expression, capitalization.
  var context: UInt64
  /// ``WordClass`` bits.
  var classes: UInt32

  /// The values of a position before the sentence (`before`) or after it.
  static func outside(before: Bool) -> TokenFeatureValues {
    let v: UInt64 = 0x5A5A_5A5A &+ UInt64(bitPattern: before ? -1 : -2)
    return TokenFeatureValues(
      word: v, lemma: v, suffix2: v, suffix3: v, suffix4: v, rule: v, reading: v, context: v, classes: 0)
  }
}

/// Per-sentence values the features are built from, reused from sentence to sentence (one
/// instance per ``EventRun``).
final class TriggerScratch {
  /// Two positions outside the sentence, the sentence's tokens, two positions after it
  /// (token `i` at `i + 2`), so that neighbours need no bounds checks: the first `count + 4`
  /// entries (the array only grows; entries past them are an earlier sentence's).
  @exclusivity(unchecked) var values: [TokenFeatureValues] = []
  /// Which tokens are candidates (the first `count` entries, as for ``values``).
  @exclusivity(unchecked) var candidate: [Bool] = []
  /// The features of one candidate.
  let features = UnsafeMutablePointer<UInt64>.allocate(capacity: TriggerFeatures.maxFeatures)

  deinit { features.deallocate() }
}

/// One trigger candidate with its features, as logged for training (see
/// ``EventExtractor/triggerCandidates(_:times:actors:published:)``).
public struct TriggerCandidate: Sendable {
  /// The token's UTF-8 byte span in the text.
  public var span: TextSpan
  /// The hashed features (``TriggerModel`` indexes its tables with them).
  public var features: [UInt64]
  /// Whether the hand-written rules made the token a trigger.
  public var ruleTrigger: Bool
  /// The class the rules gave it (`nil`: no rule trigger).
  public var ruleClass: EventClass?

  /// A candidate with the given features.
  public init(span: TextSpan, features: [UInt64], ruleTrigger: Bool, ruleClass: EventClass?) {
    self.span = span
    self.features = features
    self.ruleTrigger = ruleTrigger
    self.ruleClass = ruleClass
  }
}

extension EventRun {
  /// A small code of what the rules decided about a token: trigger, noun, compound, class, form.
  static func ruleCode(_ t: Trigger) -> UInt64 {
    var code: UInt64 = 1
    if t.isNoun { code |= 2 }
    if t.compound { code |= 4 }
    code |= classCode(t.cls) << 3
    code |= formCode(t.form) << 6
    return code
  }

  /// Each class's position in `EventClass.allCases` (a switch: no lookup on the hot path).
  static func classCode(_ c: EventClass) -> UInt64 {
    switch c {
    case .occurrence: return 0
    case .reporting: return 1
    case .state: return 2
    case .iAction: return 3
    case .iState: return 4
    case .aspectual: return 5
    case .perception: return 6
    }
  }

  /// Each actor type's position in `ActorType.allCases`.
  static func actorTypeCode(_ t: ActorType) -> UInt64 {
    switch t {
    case .country: return 0
    case .person: return 1
    case .organization: return 2
    case .igo: return 3
    case .media: return 4
    case .agreement: return 5
    case .location: return 6
    case .group: return 7
    }
  }

  static func formCode(_ f: VerbForm?) -> UInt64 {
    switch f {
    case nil: return 0
    case .base: return 1
    case .thirdPerson: return 2
    case .past: return 3
    case .pastParticiple: return 4
    case .pastOrParticiple: return 5
    case .ing: return 6
    }
  }

  /// Whether token `i` is a candidate of the learned classifier: a word outside actor
  /// mentions and time expressions, not of a closed class (determiners, prepositions, pronouns, modals, negations: 19 of
  /// TBAQ's 11,129 EVENTs), and not
  /// capitalized inside a sentence (names; the rules take none of them either, and TBAQ
  /// has a dozen such EVENTs) unless the sentence is a title-case headline.
  @inline(__always) func isTriggerCandidate(_ i: Int, tokenMention: [Int?], inTime: [Bool], titleCase: Bool) -> Bool {
    let c = lex.cls(i)
    // (A literal: a static would be a lazy global, checked on each access.)
    let closed: WordClass = [
      .determiner, .preposition, .subjectPronoun, .objectPronoun, .modal, .negation, .articleOrPossessive,
    ]
    return c.contains(.wordToken) && tokenMention[i] == nil && (inTime.isEmpty || !inTime[i])
      && c.isDisjoint(with: closed) && !(c.contains(.capitalized) && i > 0 && !titleCase)
  }

  /// Fills the per-token values of the current sentence (``lex`` loaded) into ``scratch``:
  /// word hashes for every token, suffixes, lemmas and lexicon readings for candidates
  /// (`candidate`) only.
  func loadTriggerScratch(
    tokens: [Token], triggers: [Trigger], tokenMention: [Int?], inTime: [Bool], candidate: [Bool],
    scratch s: TriggerScratch
  ) {
    var values = s.values
    s.values = []
    // Grown to the longest sentence so far (never cut: the entries past this sentence's are
    // not read) and the sentence's entries overwritten through the buffer: an `append` per
    // token checks uniqueness and capacity each time.
    let n = tokens.count
    if values.count < n + 4 {
      values.append(contentsOf: repeatElement(TokenFeatureValues.outside(before: true), count: n + 4 - values.count))
    }
    let before = TokenFeatureValues.outside(before: true)
    let after = TokenFeatureValues.outside(before: false)
    // Actor types looked up once per mention, not per token.
    var lastMention = -1
    var lastType: UInt64 = 0
    let lex = self.lex
    values.withUnsafeMutableBufferPointer { out in
    tokens.withUnsafeBufferPointer { tokens in
    lex.lowers.withUnsafeBufferPointer { lowers in
    candidate.withUnsafeBufferPointer { candidate in
    tokenMention.withUnsafeBufferPointer { tokenMention in
      out[0] = before
      out[1] = before
      for i in 0..<n {
        let isCandidate = candidate[i]
        // The word's hash from the sentence's lexicon; the suffixes of candidates only.
        let h = lex.wordHash(i)
        var v = TokenFeatureValues(
          word: h, lemma: h, suffix2: 0, suffix3: 0, suffix4: 0, rule: 0, reading: 0, context: 0, classes: 0)
        if isCandidate {
          func suffixes(_ b: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64, UInt64) {
            (TriggerFeatures.suffix(b, 2), TriggerFeatures.suffix(b, 3), TriggerFeatures.suffix(b, 4))
          }
          (v.suffix2, v.suffix3, v.suffix4) = lowers[i].utf8.withContiguousStorageIfAvailable(suffixes) ?? {
            var copy = lowers[i]
            return copy.withUTF8(suffixes)
          }()
        }
        let cls = lex.cls(i)
        v.classes = cls.intersection(TriggerFeatures.modelClasses).rawValue
        if isCandidate {
          v.reading = Self.formCode(lex.verbForm(i)) | (lex.hasNoun(i) ? 8 : 0)
          // The verb lemma's hash, else the noun lemma's (with neither reading, the word's).
          if let lemma = lex.lemmaHash(i) { v.lemma = lemma }
        }
        var ctx = UInt64(tokens[i].kind.rawValue)
        if let m = tokenMention[i] {
          if m != lastMention {
            lastMention = m
            lastType = Self.actorTypeCode(actors[m].entity.type)
          }
          ctx |= 4 | lastType << 3
        }
        if !inTime.isEmpty && inTime[i] { ctx |= 128 }
        if cls.contains(.capitalized) { ctx |= 256 }
        v.context = ctx
        out[i + 2] = v
      }
      out[n + 2] = after
      out[n + 3] = after
      for t in triggers { out[t.token + 2].rule = Self.ruleCode(t) }
    }
    }
    }
    }
    }
    s.values = values
  }

  /// The features of token `i` into `out` (room for ``TriggerFeatures/maxFeatures``);
  /// returns how many. `values` is ``TriggerScratch/values`` (token `i` at `i + 2`).
  @inline(__always)
  static func triggerFeatures(
    _ i: Int, headline: Bool, values: UnsafeBufferPointer<TokenFeatureValues>, out f: UnsafeMutablePointer<UInt64>
  ) -> Int {
    var sink = TriggerFeatureBuffer(out: f)
    triggerFeatures(i, headline: headline, values: values, into: &sink)
    return sink.count
  }

  /// The features of token `i`, in order, into `sink`: the one list of the templates, which
  /// both stores them (``TriggerFeatureBuffer``) and scores them as they are made
  /// (``TriggerEventScore``, no feature stored). `values` is ``TriggerScratch/values``
  /// (token `i` at `i + 2`).
  @inline(__always)
  static func triggerFeatures<Sink: TriggerFeatureSink>(
    _ i: Int, headline: Bool, values: UnsafeBufferPointer<TokenFeatureValues>, into sink: inout Sink
  ) {
    typealias F = TriggerFeatures
    // A local copy, written back at the end: the sum (or count) stays in a register rather
    // than going through the `inout` reference at every feature.
    var local = sink
    defer { sink = local }
    @inline(__always) func add(_ t: UInt64, _ v: UInt64) { local.add(F.feature(t, v)) }
    let n = values.count - 4
    let p2 = values[i], p1 = values[i + 1], c = values[i + 2], n1 = values[i + 3], n2 = values[i + 4]
    let w = c.word, lemma = c.lemma, rule = c.rule
    let pw = p1.word, nw = n1.word
    add(F.tBias, 0)
    add(F.tWord, w)
    add(F.tLemma, lemma)
    if c.suffix2 != 0 { add(F.tSuffix2, c.suffix2) }
    if c.suffix3 != 0 { add(F.tSuffix3, c.suffix3) }
    if c.suffix4 != 0 { add(F.tSuffix4, c.suffix4) }
    add(F.tPrevWord, pw)
    add(F.tNextWord, nw)
    add(F.tPrev2Word, p2.word)
    add(F.tNext2Word, n2.word)
    add(F.tPrevLemma, p1.lemma)
    add(F.tNextLemma, n1.lemma)
    add(F.tPrevBigram, F.pair(pw, w))
    add(F.tNextBigram, F.pair(w, nw))
    add(F.tWordNext2, F.pair(w, n2.word))
    local.addRule(rule)
    add(F.tRuleWord, F.pair(rule, w))
    add(F.tRuleLemma, F.pair(rule, lemma))
    add(F.tRulePrevWord, F.pair(rule, pw))
    add(F.tRuleNextWord, F.pair(rule, nw))
    add(F.tPrevRule, F.pair(rule, p1.rule))
    add(F.tNextRule, F.pair(rule, n1.rule))
    add(F.tPrev2Rule, F.pair(rule, p2.rule))
    let reading = c.reading
    local.addReading(reading, rule: rule)
    add(F.tReadingPrevWord, F.pair(reading, pw))
    add(F.tRulePrevReading, F.pair(rule, p1.reading))
    add(F.tContext, F.pair(p1.context, n1.context))
    add(F.tRuleNextContext, F.pair(rule, n1.context))
    add(F.tLemmaNextWord, F.pair(lemma, nw))
    add(F.tLemmaPrevWord, F.pair(lemma, pw))
    add(F.tAround, F.pair(pw, nw))
    add(F.tWordPrevClasses, F.pair(w, UInt64(p1.classes)))
    add(F.tWordNextClasses, F.pair(w, UInt64(n1.classes)))
    add(F.tRuleSuffix3, F.pair(rule, c.suffix3))
    add(F.tLemmaNextLemma, F.pair(lemma, n1.lemma))
    var shape = c.context
    if i == 0 { shape |= 512 }
    if headline { shape |= 1024 }
    if i == n - 1 || (i == n - 2 && values[n + 1].context & 3 == UInt64(TokenKind.punctuation.rawValue)) { shape |= 2048 }
    local.addShape(shape)
    local.addClassBits(values[i + 1].classes, offset: -1)
    local.addClassBits(c.classes, offset: 0)
    local.addClassBits(n1.classes, offset: 1)
  }
}

/// Where ``EventRun/triggerFeatures(_:headline:values:into:)`` puts each feature it makes.
protocol TriggerFeatureSink {
  mutating func add(_ feature: UInt64)
  /// Adds the class-bit features of the token at `offset` (-1…1) from the candidate: one
  /// feature of template ``TriggerFeatures/tClassBit`` + `offset` per bit set in `classes`,
  /// valued by the bit's index, lowest bit first.
  mutating func addClassBits(_ classes: UInt32, offset: Int)
  /// Adds the feature of template ``TriggerFeatures/tRule`` valued `rule`.
  mutating func addRule(_ rule: UInt64)
  /// Adds the feature of template ``TriggerFeatures/tReading`` valued `pair(reading, rule)`.
  mutating func addReading(_ reading: UInt64, rule: UInt64)
  /// Adds the feature of template ``TriggerFeatures/tShape`` valued `shape`.
  mutating func addShape(_ shape: UInt64)
}

extension TriggerFeatureSink {
  @inline(__always) mutating func addRule(_ rule: UInt64) { add(TriggerFeatures.feature(TriggerFeatures.tRule, rule)) }

  @inline(__always) mutating func addReading(_ reading: UInt64, rule: UInt64) {
    add(TriggerFeatures.feature(TriggerFeatures.tReading, TriggerFeatures.pair(reading, rule)))
  }

  @inline(__always) mutating func addShape(_ shape: UInt64) { add(TriggerFeatures.feature(TriggerFeatures.tShape, shape)) }

  /// The class-bit features, made one by one (see ``TriggerFeatureSink/addClassBits(_:offset:)``).
  @inline(__always) mutating func addEachClassBit(_ classes: UInt32, offset: Int) {
    var rest = classes
    let template = TriggerFeatures.tClassBit &+ UInt64(bitPattern: Int64(offset))
    while rest != 0 {
      let b = rest.trailingZeroBitCount
      rest &= rest - 1
      add(TriggerFeatures.feature(template, UInt64(b)))
    }
  }
}

/// Stores the features (room for ``TriggerFeatures/maxFeatures``), for logging and for the
/// class model.
struct TriggerFeatureBuffer: TriggerFeatureSink {
  let out: UnsafeMutablePointer<UInt64>
  private(set) var count = 0

  init(out: UnsafeMutablePointer<UInt64>) { self.out = out }

  @inline(__always) mutating func add(_ feature: UInt64) {
    out[count] = feature
    count += 1
  }

  @inline(__always) mutating func addClassBits(_ classes: UInt32, offset: Int) {
    addEachClassBit(classes, offset: offset)
  }
}

/// Sums the event weights of the features as they are made: ``TriggerModel/score(_:)``
/// without storing them (the same integer sum of the same table entries).
struct TriggerEventScore: TriggerFeatureSink {
  /// ``TriggerModel``'s Int16 event table and the shift of a feature to its index.
  let weights: UnsafePointer<Int16>
  let shift: UInt64
  /// ``TriggerModel/classBitWeights``: the table entry of each class-bit feature (its
  /// template and value are one of 3 × 32), read directly instead of hashed.
  let classBitWeights: UnsafePointer<Int16>
  private(set) var sum: Int32 = 0

  /// A sum over the table `weights` of a model of `bits` index bits (1...63: a masking
  /// shift, with no test for a shift of 64 at every feature); `classBitWeights` and
  /// `smallValueWeights` are the model's ``TriggerModel/classBitWeights`` and
  /// ``TriggerModel/smallValueWeights``.
  init(
    weights: UnsafePointer<Int16>, bits: Int, classBitWeights: UnsafePointer<Int16>,
    smallValueWeights: UnsafePointer<Int16>
  ) {
    precondition(bits > 0 && bits < 64, "a fused score needs 1...63 index bits")
    self.weights = weights
    self.shift = UInt64(64 - bits)
    self.classBitWeights = classBitWeights
    self.smallValueWeights = smallValueWeights
  }

  @inline(__always) mutating func add(_ feature: UInt64) {
    sum &+= Int32(weights[Int(truncatingIfNeeded: feature &>> shift)])
  }

  /// The same entries as ``TriggerFeatureSink/addEachClassBit(_:offset:)`` would add (an
  /// integer sum: the order does not matter), from the 96-entry table.
  /// ``TriggerModel/smallValueWeights``: the entries of the rule, reading and shape
  /// features, whose values are small numbers (hashed only outside the table's range).
  let smallValueWeights: UnsafePointer<Int16>

  @inline(__always) mutating func addRule(_ rule: UInt64) {
    if rule < TriggerModel.ruleValues {
      sum &+= Int32(smallValueWeights[Int(truncatingIfNeeded: rule)])
    } else {
      add(TriggerFeatures.feature(TriggerFeatures.tRule, rule))
    }
  }

  @inline(__always) mutating func addReading(_ reading: UInt64, rule: UInt64) {
    if reading < TriggerModel.readingValues && rule < TriggerModel.ruleValues {
      sum &+= Int32(smallValueWeights[TriggerModel.readingTableStart + Int(truncatingIfNeeded: reading &* TriggerModel.ruleValues &+ rule)])
    } else {
      add(TriggerFeatures.feature(TriggerFeatures.tReading, TriggerFeatures.pair(reading, rule)))
    }
  }

  @inline(__always) mutating func addShape(_ shape: UInt64) {
    if shape < TriggerModel.shapeValues {
      sum &+= Int32(smallValueWeights[TriggerModel.shapeTableStart + Int(truncatingIfNeeded: shape)])
    } else {
      add(TriggerFeatures.feature(TriggerFeatures.tShape, shape))
    }
  }

  @inline(__always) mutating func addClassBits(_ classes: UInt32, offset: Int) {
    let row = classBitWeights + 32 * (offset + 1)
    var rest = classes
    while rest != 0 {
      sum &+= Int32(row[rest.trailingZeroBitCount])
      rest &= rest - 1
    }
  }
}
