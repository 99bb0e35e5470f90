/// Hashed features of a trigger candidate (a word token of a sentence) for the learned
/// trigger classifier (``TriggerModel``): the word, its lemma and suffixes, the words, lemmas
/// and word-class bits of its neighbours, whether a neighbour is an actor mention, a number
/// or part of a time expression, and what the hand-written rules decided about the token
/// and its neighbours (trigger or not, noun or verb, class, form, compound modifier).
///
/// A feature is a 64-bit hash of a template id and a value; the words are hashed once per
/// sentence (FNV-1a over their UTF-8 bytes) and a feature only mixes integers.
enum TriggerFeatures {
  /// The version of the feature set. Bump it whenever a feature changes: the shipped
  /// weights record the version they were trained with and a test compares the two.
  static let version = 1

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
  /// Class bits of the token at offset o (-2…2): template 40 + o; value the bit index.
  static let tClassBit: UInt64 = 40
}

/// Per-sentence values the features are built from, one entry per token, reused from
/// sentence to sentence (one instance per ``EventRun``).
final class TriggerScratch {
  @exclusivity(unchecked) var word: [UInt64] = []
  @exclusivity(unchecked) var lemma: [UInt64] = []
  @exclusivity(unchecked) var suffixes: [(UInt64, UInt64, UInt64)] = []
  /// What the rules decided (see ``EventRun/ruleCode(_:)``), 0 for no trigger.
  @exclusivity(unchecked) var rule: [UInt64] = []
  /// Verb form and noun reading of the lexicons.
  @exclusivity(unchecked) var reading: [UInt64] = []
  /// Token kind, actor mention, time expression.
  @exclusivity(unchecked) var context: [UInt64] = []
  /// The features of one candidate (reused).
  @exclusivity(unchecked) var features: [UInt64] = []
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
    code |= UInt64(EventClass.allCases.firstIndex(of: t.cls) ?? 0) << 3
    code |= formCode(t.form) << 6
    return code
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

  /// Fills the per-token values of the current sentence (``lex`` loaded) into ``scratch``.
  func loadTriggerScratch(
    tokens: [Token], triggers: [Trigger], tokenMention: [Int?], inTime: [Bool], scratch s: TriggerScratch
  ) {
    let n = tokens.count
    s.word.removeAll(keepingCapacity: true)
    s.lemma.removeAll(keepingCapacity: true)
    s.suffixes.removeAll(keepingCapacity: true)
    s.rule.removeAll(keepingCapacity: true)
    s.reading.removeAll(keepingCapacity: true)
    s.context.removeAll(keepingCapacity: true)
    s.rule.append(contentsOf: repeatElement(0, count: n))
    let lowers = lex.lowers
    for i in 0..<n {
      var w = lowers[i]
      let (wh, sfx) = w.withUTF8 { b -> (UInt64, (UInt64, UInt64, UInt64)) in
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in b { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (h, (TriggerFeatures.suffix(b, 2), TriggerFeatures.suffix(b, 3), TriggerFeatures.suffix(b, 4)))
      }
      s.word.append(wh)
      s.suffixes.append(sfx)
      let cls = lex.cls(i)
      var reading: UInt64 = 0
      var lemma = wh
      if cls.contains(.wordToken) {
        let verb = lex.verb(i)
        let noun = lex.noun(i)
        reading = Self.formCode(verb?.form) | (noun != nil ? 8 : 0)
        if let v = verb {
          lemma = v.lemma == w ? wh : TriggerFeatures.fnv(v.lemma)
        } else if let nl = noun {
          lemma = nl == w ? wh : TriggerFeatures.fnv(nl)
        }
      }
      s.lemma.append(lemma)
      s.reading.append(reading)
      var ctx = UInt64(tokens[i].kind.rawValue)
      if let m = tokenMention[i] {
        ctx |= 4
        ctx |= UInt64(ActorType.allCases.firstIndex(of: actors[m].entity.type) ?? 0) << 3
      }
      if !inTime.isEmpty && inTime[i] { ctx |= 128 }
      if cls.contains(.capitalized) { ctx |= 256 }
      s.context.append(ctx)
    }
    for t in triggers { s.rule[t.token] = Self.ruleCode(t) }
  }

  /// The features of token `i` into `scratch.features` (after ``loadTriggerScratch``).
  func triggerFeatures(_ i: Int, headline: Bool, scratch s: TriggerScratch) {
    typealias F = TriggerFeatures
    let n = s.word.count
    let none: UInt64 = 0x5A5A_5A5A
    func at(_ a: [UInt64], _ j: Int) -> UInt64 { j >= 0 && j < n ? a[j] : none &+ UInt64(bitPattern: Int64(j < 0 ? -1 : -2)) }
    var f = s.features
    s.features = []
    f.removeAll(keepingCapacity: true)
    let w = s.word[i]
    let lemma = s.lemma[i]
    let rule = s.rule[i]
    let pw = at(s.word, i - 1), nw = at(s.word, i + 1)
    let (s2, s3, s4) = s.suffixes[i]
    f.append(F.feature(F.tBias, 0))
    f.append(F.feature(F.tWord, w))
    f.append(F.feature(F.tLemma, lemma))
    if s2 != 0 { f.append(F.feature(F.tSuffix2, s2)) }
    if s3 != 0 { f.append(F.feature(F.tSuffix3, s3)) }
    if s4 != 0 { f.append(F.feature(F.tSuffix4, s4)) }
    f.append(F.feature(F.tPrevWord, pw))
    f.append(F.feature(F.tNextWord, nw))
    f.append(F.feature(F.tPrev2Word, at(s.word, i - 2)))
    f.append(F.feature(F.tNext2Word, at(s.word, i + 2)))
    f.append(F.feature(F.tPrevLemma, at(s.lemma, i - 1)))
    f.append(F.feature(F.tNextLemma, at(s.lemma, i + 1)))
    f.append(F.feature(F.tPrevBigram, F.pair(pw, w)))
    f.append(F.feature(F.tNextBigram, F.pair(w, nw)))
    f.append(F.feature(F.tWordNext2, F.pair(w, at(s.word, i + 2))))
    f.append(F.feature(F.tRule, rule))
    f.append(F.feature(F.tRuleWord, F.pair(rule, w)))
    f.append(F.feature(F.tRuleLemma, F.pair(rule, lemma)))
    f.append(F.feature(F.tRulePrevWord, F.pair(rule, pw)))
    f.append(F.feature(F.tRuleNextWord, F.pair(rule, nw)))
    f.append(F.feature(F.tPrevRule, F.pair(rule, at(s.rule, i - 1))))
    f.append(F.feature(F.tNextRule, F.pair(rule, at(s.rule, i + 1))))
    f.append(F.feature(F.tPrev2Rule, F.pair(rule, at(s.rule, i - 2))))
    let reading = s.reading[i]
    f.append(F.feature(F.tReading, F.pair(reading, rule)))
    f.append(F.feature(F.tReadingPrevWord, F.pair(reading, pw)))
    f.append(F.feature(F.tRulePrevReading, F.pair(rule, at(s.reading, i - 1))))
    f.append(F.feature(F.tContext, F.pair(at(s.context, i - 1), at(s.context, i + 1))))
    f.append(F.feature(F.tRuleNextContext, F.pair(rule, at(s.context, i + 1))))
    f.append(F.feature(F.tLemmaNextWord, F.pair(lemma, nw)))
    f.append(F.feature(F.tLemmaPrevWord, F.pair(lemma, pw)))
    f.append(F.feature(F.tAround, F.pair(pw, nw)))
    f.append(F.feature(F.tWordPrevClasses, F.pair(w, UInt64(lex.cls(i - 1).rawValue))))
    f.append(F.feature(F.tWordNextClasses, F.pair(w, UInt64(lex.cls(i + 1).rawValue))))
    f.append(F.feature(F.tRuleSuffix3, F.pair(rule, s3)))
    f.append(F.feature(F.tLemmaNextLemma, F.pair(lemma, at(s.lemma, i + 1))))
    var shape = s.context[i]
    if i == 0 { shape |= 512 }
    if headline { shape |= 1024 }
    if i == n - 1 || (i == n - 2 && s.context[n - 1] & 3 == UInt64(TokenKind.punctuation.rawValue)) { shape |= 2048 }
    f.append(F.feature(F.tShape, shape))
    for o in -2...2 {
      let bits = lex.cls(i + o).rawValue
      guard bits != 0 else { continue }
      let template = F.tClassBit &+ UInt64(bitPattern: Int64(o))
      var rest = bits
      while rest != 0 {
        let b = rest.trailingZeroBitCount
        rest &= rest - 1
        f.append(F.feature(template, UInt64(b)))
      }
    }
    s.features = f
  }
}
