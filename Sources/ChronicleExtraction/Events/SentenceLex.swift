/// Word classes of ``Words`` as bits, so that one table probe per token answers every
/// class question the extractor asks about it.
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt32

  static let determiner = WordClass(rawValue: 1 << 0)
  static let preposition = WordClass(rawValue: 1 << 1)
  static let subjectPronoun = WordClass(rawValue: 1 << 2)
  static let objectPronoun = WordClass(rawValue: 1 << 3)
  static let modal = WordClass(rawValue: 1 << 4)
  static let negation = WordClass(rawValue: 1 << 5)
  static let adverb = WordClass(rawValue: 1 << 6)
  static let preVerbAdverb = WordClass(rawValue: 1 << 7)
  static let clauseBarrier = WordClass(rawValue: 1 << 8)
  static let beForm = WordClass(rawValue: 1 << 9)
  static let haveForm = WordClass(rawValue: 1 << 10)
  static let doForm = WordClass(rawValue: 1 << 11)
  static let needsVerbContext = WordClass(rawValue: 1 << 12)
  static let articleOrPossessive = WordClass(rawValue: 1 << 13)
  static let participleAdjective = WordClass(rawValue: 1 << 14)
  static let periodNoun = WordClass(rawValue: 1 << 15)
  static let nonHead = WordClass(rawValue: 1 << 16)
  static let licensedPrep = WordClass(rawValue: 1 << 17)
  /// "if", "unless": open a conditional scope (``EventRun/conditionalScopes(_:)``).
  static let conditional = WordClass(rawValue: 1 << 18)
  /// ",", ";", "that", "then": close a conditional scope.
  static let conditionalEnd = WordClass(rawValue: 1 << 19)
  /// "seven", "hundred", "dozens": cardinal numbers written as words.
  static let cardinal = WordClass(rawValue: 1 << 20)
  /// A quote mark (``EventRun/isQuoteMark(_:)``): `"`, `“`, `”`, `'`, `‘`, `’`.
  static let quoteMark = WordClass(rawValue: 1 << 21)
  /// Not a table class: the word ends with "ed" (`String.hasSuffix`), set per token.
  static let endsInEd = WordClass(rawValue: 1 << 22)
  /// Not a table class: the word ends with "eed" (`String.hasSuffix`), set per token.
  static let endsInEed = WordClass(rawValue: 1 << 23)
  /// Not a table class: the word ends with "ing" (`String.hasSuffix`), set per token.
  static let endsInIng = WordClass(rawValue: 1 << 28)
  /// Not a table class: the word ends with "ly" (`String.hasSuffix`), set per token.
  static let endsInLy = WordClass(rawValue: 1 << 24)
  /// Not a table class: the word ends with "s" (`String.hasSuffix`), set per token.
  static let endsInS = WordClass(rawValue: 1 << 25)
  /// Not a table class: the token is a word (``TokenKind/word``), set per token by ``SentenceLex``.
  static let wordToken = WordClass(rawValue: 1 << 26)
  /// Not a table class: the token is a number (``TokenKind/number``), set per token by ``SentenceLex``.
  static let numberToken = WordClass(rawValue: 1 << 29)
  /// Not a table class: the token is punctuation (``TokenKind/punctuation``), set per token by ``SentenceLex``.
  static let punctuationToken = WordClass(rawValue: 1 << 30)
  /// Not a table class: the token is capitalized (``Token/isCapitalized``), set per token by ``SentenceLex``.
  static let capitalized = WordClass(rawValue: 1 << 27)

  /// The class bits of every word of the ``Words`` sets.
  static let table: [String: WordClass] = {
    let sets: [(EventWordSet, WordClass)] = [
      (Words.determiners, .determiner), (Words.prepositions, .preposition),
      (Words.subjectPronouns, .subjectPronoun), (Words.objectPronouns, .objectPronoun), (Words.modals, .modal),
      (Words.negations, .negation), (Words.adverbs, .adverb), (Words.preVerbAdverbs, .preVerbAdverb),
      (Words.clauseBarriers, .clauseBarrier), (Words.beForms, .beForm), (Words.haveForms, .haveForm),
      (Words.doForms, .doForm), (Words.needsVerbContext, .needsVerbContext),
      (Words.articlesAndPossessives, .articleOrPossessive), (Words.participleAdjectives, .participleAdjective),
      (Words.periodNouns, .periodNoun), (Words.nonHeads, .nonHead), (EventRun.licensedPreps, .licensedPrep),
      (Words.cardinals, .cardinal),
    ]
    var map: [String: WordClass] = [:]
    for (set, cls) in sets {
      for word in set { map[word, default: []].insert(cls) }
    }
    for word in ["if", "unless"] { map[word, default: []].insert(.conditional) }
    for word in [",", ";", "that", "then"] { map[word, default: []].insert(.conditionalEnd) }
    for word in ["\"", "“", "”", "'", "‘", "’"] { map[word, default: []].insert(.quoteMark) }
    return map
  }()

  /// The per-token suffix bits of `word`.
  static func suffixBits(_ word: String) -> WordClass {
    var copy = word
    return copy.withUTF8 { b in suffixBits(word, bytes: b) }
  }

  /// The per-token suffix bits of `word`, whose UTF-8 bytes are `b`. A suffix counts as
  /// `String.hasSuffix` sees it: after an ASCII byte (or at the start) its first letter begins
  /// a `Character`; after any other byte `String.hasSuffix` is asked. (The suffixes end in
  /// distinct letters: the last byte picks the one to check.)
  @inline(__always) static func suffixBits(_ word: String, bytes b: UnsafeBufferPointer<UInt8>) -> WordClass {
    let n = b.count
    guard n > 0 else { return [] }
    /// Whether the last `k` bytes (already matched) are `suffix` as `String.hasSuffix` sees it.
    @inline(__always) func starts(_ k: Int, _ suffix: StaticString) -> Bool {
      let before = n - k - 1
      return before < 0 || b[before] < 0x80 || word.hasSuffix(suffix.description)
    }
    var c: WordClass = []
    switch b[n - 1] {
    case UInt8(ascii: "s"):
      if starts(1, "s") { c.insert(.endsInS) }
    case UInt8(ascii: "y"):
      if n >= 2 && b[n - 2] == UInt8(ascii: "l") && starts(2, "ly") { c.insert(.endsInLy) }
    case UInt8(ascii: "d"):
      if n >= 2 && b[n - 2] == UInt8(ascii: "e") && starts(2, "ed") {
        c.insert(.endsInEd)
        if n >= 3 && b[n - 3] == UInt8(ascii: "e") && starts(3, "eed") { c.insert(.endsInEed) }
      }
    case UInt8(ascii: "g"):
      if n >= 3 && b[n - 3] == UInt8(ascii: "i") && b[n - 2] == UInt8(ascii: "n") && starts(3, "ing") {
        c.insert(.endsInIng)
      }
    default: break
    }
    return c
  }

  /// The classes of `word` (lower case), with the per-token suffix bits.
  static func of(_ word: String) -> WordClass {
    KnownWord.vocabulary[word].map { $0.classes.union(suffixBits(word)) } ?? suffixBits(word)
  }
}

/// The words the extractor compares tokens with one by one ("to", "'s", ",", "and"…), as
/// numbers: ``SentenceLex/lit(_:)`` answers `lowers[i] == "to"` with one byte comparison
/// instead of a `String` comparison. A token that is none of them is ``none``.
/// What trigger detection reads of a word and its neighbours (``SentenceLex/neighbourhood(_:)``).
struct WordNeighbourhood {
  /// The word's literal, the one before and the one after.
  let word: Lit, previous: Lit, next: Lit
  /// The word classes of the word before and the word after.
  let previousClasses: WordClass, nextClasses: WordClass
  /// The word before is the possessive "'s".
  var previousIsS: Bool { previous == .apostropheS || previous == .curlyS }
}

enum Lit: UInt8, Sendable, CaseIterable {
  case none
  case to, apostropheS, curlyS, and, or, but, nor, then, also, of, by, on, from, at, with, against, since
  case comma, semicolon, colon, period, quote, openParen, closeParen, ampersand
  case openCurlyQuote, openBracket, closeBracket
  case that, which, who, whether, `if`, how, what, both, either, no, `while`, although, though, because
  case it, they, he, she, we
  case going, operating, trading, ended, ending, according
  case plan, plans

  /// The word of each case (``none`` has none).
  var word: String {
    switch self {
    case .none: return ""
    case .apostropheS: return "'s"
    case .curlyS: return "’s"
    case .comma: return ","
    case .semicolon: return ";"
    case .colon: return ":"
    case .period: return "."
    case .quote: return "\""
    case .openParen: return "("
    case .closeParen: return ")"
    case .ampersand: return "&"
    case .openCurlyQuote: return "“"
    case .openBracket: return "["
    case .closeBracket: return "]"
    default: return "\(self)"
    }
  }

  /// The case of each word.
  static let byWord: [String: Lit] = {
    var map: [String: Lit] = [:]
    for lit in allCases where lit != .none { map[lit.word] = lit }
    return map
  }()
}

/// The per-sentence arrays of ``EventRun/process(_:)`` (token → actor mention, conditional
/// scopes, tokens of time expressions, triggers), reused from sentence to sentence (one
/// instance per run): each is taken out while a sentence is processed and put back emptied
/// with its storage, so that a run allocates them once rather than once per sentence. (As
/// for ``SentenceLex``, no access overlaps another: exclusivity checks are off.)
final class SentenceScratch {
  @exclusivity(unchecked) var tokenMention: [Int?] = []
  @exclusivity(unchecked) var conditional: [Bool] = []
  @exclusivity(unchecked) var inTime: [Bool] = []
  @exclusivity(unchecked) var triggers: [Trigger] = []
  /// The auxiliaries of the verb group being read (``EventRun/verbGroup(_:tokens:lowers:)``).
  @exclusivity(unchecked) var auxes: [Int] = []
  /// The actors after a trigger with their prepositions' tokens (``EventRun/postActors(_:tokens:lowers:triggers:k:tokenMention:mentionTokens:into:)``).
  @exclusivity(unchecked) var postActors: [(mention: Int, prep: Int)] = []
  /// The arguments of the event being built (``EventRun/buildEvent(_:triggers:sentence:lowers:tokenMention:mentionTokens:conditional:)``),
  /// copied into an exact array at the end.
  @exclusivity(unchecked) var args: [EventArgument] = []
  /// The tables of ``EventRun/markDuplicates()``, kept from document to document (they only
  /// grow; each document resets the entries it uses).
  @exclusivity(unchecked) var entityByMention: [Int] = []
  @exclusivity(unchecked) var entitySlots: [EventRun.EntityNumbering.Slot] = []
  @exclusivity(unchecked) var keyNumbers: [Int] = []
  @exclusivity(unchecked) var eventKeys: [EventRun.EventKey] = []
  @exclusivity(unchecked) var keySlots: [EventRun.KeyBuckets.Slot] = []
}

/// A verb reading: ``VerbLexicon/lemmatize(_:)``'s answer (a struct, not a tuple: arrays of
/// tuples are destroyed through generic metadata).
struct VerbReading: Sendable {
  var lemma: String
  var form: VerbForm
}

/// What is known in advance of a word of the extractor's own vocabulary (its word classes,
/// verbs and their irregular forms, event nouns, common punctuation): its classes and its
/// verb and event-noun readings, worked out once from the same functions, so that the most
/// frequent tokens cost one table probe.
struct KnownWord: Sendable {
  var classes: WordClass
  var lit: Lit
  var verb: VerbReading?
  var noun: String?

  static let vocabulary: EventWordMap<KnownWord> = {
    var words = Set(WordClass.table.keys)
    words.formUnion(VerbLexicon.verbs.members)
    words.formUnion(VerbLexicon.irregular.dictionary.keys)
    words.formUnion(EventLexicon.eventNouns.keys)
    words.formUnion([".", ",", ";", ":", "\"", "'", "(", ")", "-", "--", "“", "”", "’", "?", "!", "$", "%"])
    words.formUnion(Lit.byWord.keys)
    var map: [String: KnownWord] = [:]
    for word in words {
      map[word] = KnownWord(
        classes: WordClass.table[word] ?? [], lit: Lit.byWord[word] ?? .none,
        verb: VerbLexicon.lemmatize(word).map { VerbReading(lemma: $0.lemma, form: $0.form) },
        noun: EventLexicon.eventNoun(word))
    }
    return EventWordMap(map)
  }()

  /// The classes and the ``Lit`` of each ``vocabulary`` entry by its table id, read per token
  /// without copying the entry's readings (their `String`s).
  static let classesByID: [WordClass] = (0..<vocabulary.count).map { vocabulary.value(id: $0).classes }
  static let litsByID: [Lit] = (0..<vocabulary.count).map { vocabulary.value(id: $0).lit }
  /// The verb and noun readings of each ``vocabulary`` entry by its table id.
  static let verbsByID: [VerbReading?] = (0..<vocabulary.count).map { vocabulary.value(id: $0).verb }
  static let nounsByID: [String?] = (0..<vocabulary.count).map { vocabulary.value(id: $0).noun }
  /// The argument rule `"prep:"` + the word of each entry that introduces a prepositional
  /// argument (``EventRun/licensedPreps`` and "to"; `nil`: any other entry), spelled once.
  static let prepRulesByID: [String?] = (0..<vocabulary.count).map { id in
    let word = vocabulary.word(id: id)
    return EventRun.licensedPreps.contains(word) || word == "to" ? "prep:" + word : nil
  }
  /// The ``LemmaTable`` index of each entry's verb lemma and of its noun lemma (0: no such
  /// reading, or a lemma of no lexicon).
  static let verbLemmaIndexByID: [Int32] = verbsByID.map { $0.map { LemmaTable.shared.index(of: $0.lemma) } ?? 0 }
  static let nounLemmaIndexByID: [Int32] = nounsByID.map { $0.map { LemmaTable.shared.index(of: $0) } ?? 0 }
  /// The verb form of each entry's verb reading (`nil`: not a verb), read without its lemma.
  static let verbFormsByID: [VerbForm?] = verbsByID.map { $0?.form }
  /// Whether each entry has an event-noun reading, read without its lemma.
  static let hasNounByID: [Bool] = nounsByID.map { $0 != nil }
  /// FNV-1a (``TriggerFeatures/fnv(_:)``) of each entry's verb lemma, else of its noun lemma
  /// (`nil`: neither reading): the trigger model's lemma value, worked out once.
  static let lemmaHashByID: [UInt64?] = (0..<vocabulary.count).map { id in
    let entry = vocabulary.value(id: id)
    return (entry.verb?.lemma ?? entry.noun).map(TriggerFeatures.fnv)
  }
}

/// What the extractor knows about each token of the sentence being processed, worked out
/// once per token: the lower-case words, their ``WordClass`` bits and their verb reading
/// (``VerbLexicon/lemmatize(_:)``) and event-noun reading (``EventLexicon/eventNoun(_:)``):
/// a word of ``KnownWord/vocabulary`` keeps its vocabulary id (its readings are the
/// vocabulary's), any other word has them worked out on first request. Trigger detection
/// asks these of a token and its neighbours many times. One instance is reused from
/// sentence to sentence.
///
/// An instance belongs to one ``EventRun`` on one thread and no access to its arrays
/// overlaps another (none is passed `inout` or held across a call), so their run-time
/// exclusivity checks are turned off (`@exclusivity(unchecked)`): they cost more than the
/// lookups they guard.
final class SentenceLex {
  /// The lower-case token texts.
  @exclusivity(unchecked) private(set) var lowers: [String] = []
  /// The number of tokens of the sentence (every per-token array's count), kept apart: the
  /// accessors test it at every call, and an array's `count` of a class's property is an
  /// outlined call there.
  @exclusivity(unchecked) private(set) var count = 0
  /// The class bits of each token: the first ``count`` entries (this array and ``lits``,
  /// ``wordHashes`` and ``known`` only grow, to the longest sentence so far: entries past
  /// ``count`` are an earlier sentence's).
  @exclusivity(unchecked) private(set) var classes: [WordClass] = []
  /// The ``Lit`` of each token (the first ``count`` entries).
  @exclusivity(unchecked) private(set) var lits: [Lit] = []
  /// The FNV-1a hash of each token's lower-case word (``wordHash(_:)``).
  @exclusivity(unchecked) private var wordHashes: [UInt64] = []
  /// Per token: the ``KnownWord/vocabulary`` id of its word (an ASCII word of the
  /// vocabulary), else `-1 - asked`, where bit 1 of `asked` says that its verb reading is in
  /// ``verbReadings``, bit 2 that its noun reading is in ``nounReadings``, bit 4 that the
  /// word is not ASCII (an ASCII word here is in no lexicon table the vocabulary holds), bit
  /// 8 that it certainly has no verb reading (``VerbLexicon/mayInflect(_:)``) and bit 16 that
  /// it certainly has no noun reading (``EventLexicon/mayDeriveEventNoun(_:)``).
  @exclusivity(unchecked) private var known: [Int32] = []
  /// The readings worked out (`nil`: not a verb, not an event noun), valid where ``known``
  /// says so. These only grow: an entry of an earlier sentence is never read before it is
  /// written again, so they need no emptying per sentence.
  @exclusivity(unchecked) private var verbReadings: [VerbReading?] = []
  @exclusivity(unchecked) private var nounReadings: [String?] = []

  /// Starts on a new sentence. The arrays of the previous sentence are reused (emptied,
  /// keeping their storage), so a run allocates them once rather than once per sentence.
  func load(_ tokens: [Token]) {
    let n = tokens.count
    if verbReadings.count < n {
      verbReadings.append(contentsOf: repeatElement(nil, count: n - verbReadings.count))
      nounReadings.append(contentsOf: repeatElement(nil, count: n - nounReadings.count))
    }
    // Taken out, filled locally and stored once: every access to a stored property of a
    // class is an exclusivity check (an `inout` helper here would keep those checks in every
    // accessor). Taken out, each array's storage is uniquely referenced, so emptying it
    // keeps the storage.
    var lowers = self.lowers
    var classes = self.classes
    var known = self.known
    var lits = self.lits
    var hashes = self.wordHashes
    self.wordHashes = []
    self.lits = []
    self.lowers = []
    self.classes = []
    self.known = []
    // Resized (the previous sentence's entries are kept, to be overwritten: no emptying and
    // refilling), then written through their buffers: an `append` per array per token would
    // check uniqueness and capacity each time. Only ``lowers`` (read with its `count`) is
    // cut to the sentence; the others only grow (their accessors test ``count``).
    Self.resize(&lowers, n, "")
    Self.grow(&classes, n, [])
    Self.grow(&lits, n, .none)
    Self.grow(&known, n, -1)
    Self.grow(&hashes, n, 0)
    let vocabulary = KnownWord.vocabulary
    let classesByID = KnownWord.classesByID
    let litsByID = KnownWord.litsByID
    let smallLayout = ASCIIWord.layoutHolds
    let prefixes = self.prefixes
    // Through the buffer: the fields are read in place, the token is not copied.
    tokens.withUnsafeBufferPointer { tb in
    lowers.withUnsafeMutableBufferPointer { lowers in
    classes.withUnsafeMutableBufferPointer { classes in
    lits.withUnsafeMutableBufferPointer { lits in
    known.withUnsafeMutableBufferPointer { known in
    hashes.withUnsafeMutableBufferPointer { hashes in
      for i in 0..<n {
        let word = tb[i].lower
        var tokenBits: WordClass = []
        switch tb[i].kind {
        case .word: tokenBits.insert(.wordToken)
        case .number: tokenBits.insert(.numberToken)
        case .punctuation: tokenBits.insert(.punctuationToken)
        case .symbol: break
        }
        if tb[i].isCapitalized { tokenBits.insert(.capitalized) }
        // A small ASCII string's bytes are read from its two words (see ``ASCIIWord``): no
        // closure holding the string (each retained it twice and released it). Any other
        // string in place: a native string's bytes are contiguous; no copy of the string. (No
        // local variable is captured: a captured variable is checked for exclusive access.)
        let (bits, hash, id, none) =
          if let small = ASCIIWord(smallASCII: word, layoutHolds: smallLayout) {
            // (The closure holds no string: `scan` reads the word itself only after a non-ASCII
            // byte, so the empty literal stands in for it, and the token's string is neither
            // retained nor released here.)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { bytes in
              let raw = UnsafeMutableRawPointer(bytes.baseAddress!)
              raw.storeBytes(of: small.low.littleEndian, as: UInt64.self)
              raw.storeBytes(of: small.high.littleEndian, toByteOffset: 8, as: UInt64.self)
              return Self.scan("", UnsafeBufferPointer(rebasing: bytes[..<small.count]), vocabulary, prefixes)
            }
          } else {
            word.utf8.withContiguousStorageIfAvailable { Self.scan(word, $0, vocabulary, prefixes) } ?? {
              var copy = word
              return copy.withUTF8 { Self.scan(word, $0, vocabulary, prefixes) }
            }()
          }
        tokenBits.formUnion(bits)
        lowers[i] = word
        hashes[i] = hash
        if id >= 0 {
          classes[i] = classesByID[id].union(tokenBits)
          lits[i] = litsByID[id]
          known[i] = Int32(id)
        } else if id == -2, let entry = vocabulary.dictionary[word] {
          // A word of the vocabulary with non-ASCII letters ("’s", "“"): its readings copied.
          classes[i] = entry.classes.union(tokenBits)
          lits[i] = entry.lit
          known[i] = -1 - 3  // both readings copied below
          verbReadings[i] = entry.verb
          nounReadings[i] = entry.noun
        } else {
          classes[i] = tokenBits
          lits[i] = .none
          // Not in the vocabulary: -1 for an ASCII word (its lexicon lookups skip the word's
          // own entries; with the readings it certainly lacks), -1 - 4 for any other.
          known[i] = id == -1 ? -1 - none : -1 - 4
        }
      }
    }
    }
    }
    }
    }
    }
    self.lowers = lowers
    self.count = n
    self.classes = classes
    self.known = known
    self.lits = lits
    self.wordHashes = hashes
  }

  /// Makes `a` hold at least `n` entries: its entries are kept (the caller overwrites the
  /// first `n`), any new one is `x`.
  @inline(__always) private static func grow<T>(_ a: inout [T], _ n: Int, _ x: T) {
    if a.count < n { a.append(contentsOf: repeatElement(x, count: n - a.count)) }
  }

  /// Makes `a` hold `n` entries: its first ones are kept (the caller overwrites them), any
  /// new one is `x`.
  @inline(__always) private static func resize<T>(_ a: inout [T], _ n: Int, _ x: T) {
    if a.count > n {
      a.removeLast(a.count - n)
    } else if a.count < n {
      a.append(contentsOf: repeatElement(x, count: n - a.count))
    }
  }

  /// One pass over the bytes `b` of `word` (read only when `b` has non-ASCII bytes, see
  /// ``WordClass/suffixBits(_:bytes:)``): its suffix bits, its FNV-1a hash, then the
  /// ``KnownWord/vocabulary`` id of an ASCII word (-1: none; -2: not ASCII) and, for a plain
  /// ASCII word outside the vocabulary, the readings it certainly lacks (``known``'s bits 8
  /// and 16), so that no lexicon is asked about them.
  @inline(__always) private static func scan(
    _ word: String, _ b: UnsafeBufferPointer<UInt8>, _ vocabulary: EventWordMap<KnownWord>,
    _ prefixes: LexiconPrefixes
  ) -> (WordClass, UInt64, Int, Int32) {
    let bits = WordClass.suffixBits(word, bytes: b)
    // ``ByteWordTable/hash(_:)`` and the ASCII test in one loop.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var any: UInt8 = 0
    for byte in b {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      any |= byte
    }
    if any >= 0x80 { return (bits, hash, -2, 0) }
    let id = vocabulary.id(ascii: b, hash: hash)
    guard id < 0, PlainWord.isPlain(b) else { return (bits, hash, id, 0) }
    return (bits, hash, id, lacking(b, prefixes))
  }

  /// The prefix filters of the lexicons' "certainly not" tests (``VerbLexicon/verbPrefixes``,
  /// ``EventLexicon/derivationPrefixes``), held by the instance and passed to ``scan``: a
  /// static is checked for initialization, and its array retained, at each access.
  struct LexiconPrefixes {
    let verbs = VerbLexicon.verbPrefixes
    let derivations = EventLexicon.derivationPrefixes
  }

  private let prefixes = LexiconPrefixes()

  /// ``known``'s bits of the readings a plain ASCII word outside the vocabulary (`b`)
  /// certainly lacks: 8 no verb reading, 16 no noun reading.
  @inline(__always) private static func lacking(_ b: UnsafeBufferPointer<UInt8>, _ prefixes: LexiconPrefixes) -> Int32 {
    (VerbLexicon.mayInflect(b, prefixes: prefixes.verbs) ? 0 : 8)
      | (EventLexicon.mayDeriveEventNoun(b, prefixes: prefixes.derivations) ? 0 : 16)
  }

  /// The FNV-1a hash of the UTF-8 bytes of token `i`'s lower-case word (as
  /// ``TriggerFeatures/fnv(_:)`` spells it).
  @inline(__always) func wordHash(_ i: Int) -> UInt64 { wordHashes[i] }

  /// The ``Lit`` of token `i` (``Lit/none`` outside the sentence, as for the empty word).
  @inline(__always) func lit(_ i: Int) -> Lit { i >= 0 && i < count ? lits[i] : .none }

  /// Whether some token of `lo..<hi` (clamped to the sentence) is `l`.
  @inline(__always) func any(_ lo: Int, _ hi: Int, _ l: Lit) -> Bool {
    var j = max(0, lo)
    let h = min(count, hi)
    while j < h {
      if lits[j] == l { return true }
      j += 1
    }
    return false
  }

  /// Whether every token of `lo..<hi` (clamped to the sentence; true when empty) satisfies `ok`.
  @inline(__always) func all(_ lo: Int, _ hi: Int, _ ok: (Lit) -> Bool) -> Bool {
    var j = max(0, lo)
    let h = min(count, hi)
    while j < h {
      if !ok(lits[j]) { return false }
      j += 1
    }
    return true
  }

  /// The classes of token `i`, empty outside the sentence (as for the empty word).
  @inline(__always) func cls(_ i: Int) -> WordClass { i >= 0 && i < count ? classes[i] : [] }

  /// Word `i`'s literal and its neighbours' literals and word classes (``Lit/none`` and no
  /// class outside the sentence, as for ""), read once per candidate word.
  @inline(__always) func neighbourhood(_ i: Int) -> WordNeighbourhood {
    WordNeighbourhood(word: lit(i), previous: lit(i - 1), next: lit(i + 1), previousClasses: cls(i - 1), nextClasses: cls(i + 1))
  }

  /// Whether token `i` is in class `c` (false outside the sentence).
  @inline(__always) func isA(_ i: Int, _ c: WordClass) -> Bool { cls(i).contains(c) }

  /// ``KnownWord`` tables, held here: a static is checked for initialization at each access.
  private let verbFormsByID = KnownWord.verbFormsByID
  private let hasNounByID = KnownWord.hasNounByID
  private let lemmaHashByID = KnownWord.lemmaHashByID
  private let verbsByID = KnownWord.verbsByID
  private let nounsByID = KnownWord.nounsByID

  private let prepRulesByID = KnownWord.prepRulesByID
  private let verbLemmaIndexByID = KnownWord.verbLemmaIndexByID
  private let nounLemmaIndexByID = KnownWord.nounLemmaIndexByID

  /// The ``LemmaTable`` index of the lemma of ``verb(_:)`` of token `i` (0: no verb reading,
  /// or a lemma of no lexicon).
  @inline(__always) func verbLemmaIndex(_ i: Int) -> Int32 {
    guard i >= 0 && i < count else { return 0 }
    let id = Int(known[i])
    if id >= 0 { return verbLemmaIndexByID[id] }
    return verb(i).map { LemmaTable.shared.index(of: $0.lemma) } ?? 0
  }

  /// The ``LemmaTable`` index of ``noun(_:)`` of token `i` (0: no noun reading, or a lemma of
  /// no lexicon).
  @inline(__always) func nounLemmaIndex(_ i: Int) -> Int32 {
    guard i >= 0 && i < count else { return 0 }
    let id = Int(known[i])
    if id >= 0 { return nounLemmaIndexByID[id] }
    return noun(i).map { LemmaTable.shared.index(of: $0) } ?? 0
  }

  /// The argument rule `"prep:"` + the word of token `i`, a preposition of the sentence: from
  /// the vocabulary's table for its words, else spelled.
  func prepRule(_ i: Int) -> String {
    let id = Int(known[i])
    if id >= 0, let rule = prepRulesByID[id] { return rule }
    return "prep:\(lowers[i])"
  }

  /// The form of ``verb(_:)`` of token `i`, without its lemma (`nil`: no verb reading, or
  /// outside the sentence).
  @inline(__always) func verbForm(_ i: Int) -> VerbForm? {
    guard i >= 0 && i < count else { return nil }
    let id = Int(known[i])
    if id >= 0 { return verbFormsByID[id] }
    return verb(i)?.form
  }

  /// Whether token `i` has a verb reading (``verb(_:)`` is not `nil`).
  @inline(__always) func hasVerb(_ i: Int) -> Bool { verbForm(i) != nil }

  /// Whether token `i` has an event-noun reading (``noun(_:)`` is not `nil`).
  @inline(__always) func hasNoun(_ i: Int) -> Bool {
    guard i >= 0 && i < count else { return false }
    let id = Int(known[i])
    if id >= 0 { return hasNounByID[id] }
    return noun(i) != nil
  }

  /// FNV-1a of the verb lemma of token `i`, else of its noun lemma (`nil`: neither reading),
  /// as ``TriggerFeatures/fnv(_:)`` spells it. (Inlined: a word of the vocabulary, the most
  /// frequent case, is one table read.)
  @inline(__always) func lemmaHash(_ i: Int) -> UInt64? {
    guard i >= 0 && i < count else { return nil }
    let id = Int(known[i])
    if id >= 0 { return lemmaHashByID[id] }
    return lemmaHashOutsideVocabulary(i)
  }

  /// ``lemmaHash(_:)`` of a token whose word is not in the vocabulary.
  private func lemmaHashOutsideVocabulary(_ i: Int) -> UInt64? {
    if let v = verb(i) { return TriggerFeatures.fnv(v.lemma) }
    return noun(i).map(TriggerFeatures.fnv)
  }

  /// ``VerbLexicon/lemmatize(_:)`` of token `i` (`nil` outside the sentence).
  func verb(_ i: Int) -> (lemma: String, form: VerbForm)? {
    guard i >= 0 && i < count else { return nil }
    let id = Int(known[i])
    if id >= 0 { return verbsByID[id].map { ($0.lemma, $0.form) } }
    let asked = -1 - id
    if asked & 1 != 0 { return verbReadings[i].map { ($0.lemma, $0.form) } }
    if asked & 8 != 0 { return nil }
    let reading = asked & 4 == 0 ? VerbLexicon.lemmatize(notInVocabulary: lowers[i]) : VerbLexicon.lemmatize(lowers[i])
    known[i] = Int32(-1 - (asked | 1))
    verbReadings[i] = reading.map { VerbReading(lemma: $0.lemma, form: $0.form) }
    return reading
  }

  /// ``EventLexicon/eventNoun(_:)`` of token `i` (`nil` outside the sentence).
  func noun(_ i: Int) -> String? {
    guard i >= 0 && i < count else { return nil }
    let id = Int(known[i])
    if id >= 0 { return nounsByID[id] }
    let asked = -1 - id
    if asked & 2 != 0 { return nounReadings[i] }
    if asked & 16 != 0 { return nil }
    let reading = asked & 4 == 0 ? EventLexicon.eventNoun(notInVocabulary: lowers[i]) : EventLexicon.eventNoun(lowers[i])
    known[i] = Int32(-1 - (asked | 2))
    nounReadings[i] = reading
    return reading
  }
}
