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
  /// Not a table class: the word ends with "ly" (`String.hasSuffix`), set per token.
  static let endsInLy = WordClass(rawValue: 1 << 24)
  /// Not a table class: the word ends with "s" (`String.hasSuffix`), set per token.
  static let endsInS = WordClass(rawValue: 1 << 25)
  /// Not a table class: the token is a word (``TokenKind/word``), set per token by ``SentenceLex``.
  static let wordToken = WordClass(rawValue: 1 << 26)
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
    return map
  }()

  /// The per-token suffix bits of `word`.
  static func suffixBits(_ word: String) -> WordClass {
    var copy = word
    return copy.withUTF8 { b in
      /// Whether the bytes end with `suffix` (ASCII) as `String.hasSuffix` sees it: after an
      /// ASCII byte (or at the start) the suffix's first letter begins a `Character`.
      func ends(with suffix: StaticString) -> Bool {
        guard PlainWord.hasSuffix(b, suffix) else { return false }
        let before = b.count - suffix.utf8CodeUnitCount - 1
        return before < 0 || b[before] < 0x80 || word.hasSuffix(suffix.description)
      }
      var c: WordClass = []
      if ends(with: "s") { c.insert(.endsInS) }
      if ends(with: "ly") { c.insert(.endsInLy) }
      return c
    }
  }

  /// The classes of `word` (lower case), with the per-token suffix bits.
  static func of(_ word: String) -> WordClass {
    KnownWord.vocabulary[word].map { $0.classes.union(suffixBits(word)) } ?? suffixBits(word)
  }
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
  var verb: VerbReading?
  var noun: String?

  static let vocabulary: EventWordMap<KnownWord> = {
    var words = Set(WordClass.table.keys)
    words.formUnion(VerbLexicon.verbs.members)
    words.formUnion(VerbLexicon.irregular.dictionary.keys)
    words.formUnion(EventLexicon.eventNouns.keys)
    words.formUnion([".", ",", ";", ":", "\"", "'", "(", ")", "-", "--", "“", "”", "’", "?", "!", "$", "%"])
    var map: [String: KnownWord] = [:]
    for word in words {
      map[word] = KnownWord(
        classes: WordClass.table[word] ?? [],
        verb: VerbLexicon.lemmatize(word).map { VerbReading(lemma: $0.lemma, form: $0.form) },
        noun: EventLexicon.eventNoun(word))
    }
    return EventWordMap(map)
  }()
}

/// What the extractor knows about each token of the sentence being processed, worked out
/// once per token: the lower-case words, their ``WordClass`` bits and, on first request,
/// their verb reading (``VerbLexicon/lemmatize(_:)``) and event-noun reading
/// (``EventLexicon/eventNoun(_:)``). Trigger detection asks these of a token and its
/// neighbours many times. One instance is reused from sentence to sentence.
///
/// An instance belongs to one ``EventRun`` on one thread and no access to its arrays
/// overlaps another (none is passed `inout` or held across a call), so their run-time
/// exclusivity checks are turned off (`@exclusivity(unchecked)`): they cost more than the
/// lookups they guard.
final class SentenceLex {
  /// The lower-case token texts.
  @exclusivity(unchecked) private(set) var lowers: [String] = []
  /// The class bits of each token.
  @exclusivity(unchecked) private(set) var classes: [WordClass] = []
  /// Whether token `i`'s verb reading and noun reading have been worked out.
  @exclusivity(unchecked) private var verbAsked: [Bool] = []
  @exclusivity(unchecked) private var nounAsked: [Bool] = []
  /// The readings worked out (`nil`: not a verb, not an event noun).
  @exclusivity(unchecked) private var verbReadings: [VerbReading?] = []
  @exclusivity(unchecked) private var nounReadings: [String?] = []

  /// Starts on a new sentence. The arrays of the previous sentence are reused (emptied,
  /// keeping their storage), so a run allocates them once rather than once per sentence.
  func load(_ tokens: [Token]) {
    // Taken out, filled locally and stored once: every access to a stored property of a
    // class is an exclusivity check (an `inout` helper here would keep those checks in every
    // accessor). Taken out, each array's storage is uniquely referenced, so emptying it
    // keeps the storage.
    let n = tokens.count
    var lowers = self.lowers
    var classes = self.classes
    var verbAsked = self.verbAsked
    var nounAsked = self.nounAsked
    var verbReadings = self.verbReadings
    var nounReadings = self.nounReadings
    self.lowers = []
    self.classes = []
    self.verbAsked = []
    self.nounAsked = []
    self.verbReadings = []
    self.nounReadings = []
    lowers.removeAll(keepingCapacity: true)
    classes.removeAll(keepingCapacity: true)
    verbAsked.removeAll(keepingCapacity: true)
    nounAsked.removeAll(keepingCapacity: true)
    verbReadings.removeAll(keepingCapacity: true)
    nounReadings.removeAll(keepingCapacity: true)
    lowers.reserveCapacity(n)
    classes.reserveCapacity(n)
    verbAsked.append(contentsOf: repeatElement(false, count: n))
    nounAsked.append(contentsOf: repeatElement(false, count: n))
    verbReadings.append(contentsOf: repeatElement(nil, count: n))
    nounReadings.append(contentsOf: repeatElement(nil, count: n))
    for (i, token) in tokens.enumerated() {
      let word = token.lower
      lowers.append(word)
      var tokenBits = WordClass.suffixBits(word)
      if token.kind == .word { tokenBits.insert(.wordToken) }
      if token.isCapitalized { tokenBits.insert(.capitalized) }
      if let known = KnownWord.vocabulary[word] {
        classes.append(known.classes.union(tokenBits))
        verbAsked[i] = true
        verbReadings[i] = known.verb
        nounAsked[i] = true
        nounReadings[i] = known.noun
      } else {
        classes.append(tokenBits)
      }
    }
    self.lowers = lowers
    self.classes = classes
    self.verbAsked = verbAsked
    self.nounAsked = nounAsked
    self.verbReadings = verbReadings
    self.nounReadings = nounReadings
  }

  /// The classes of token `i`, empty outside the sentence (as for the empty word).
  @inline(__always) func cls(_ i: Int) -> WordClass { i >= 0 && i < classes.count ? classes[i] : [] }

  /// Whether token `i` is in class `c` (false outside the sentence).
  @inline(__always) func isA(_ i: Int, _ c: WordClass) -> Bool { cls(i).contains(c) }

  /// ``VerbLexicon/lemmatize(_:)`` of token `i` (`nil` outside the sentence).
  func verb(_ i: Int) -> (lemma: String, form: VerbForm)? {
    guard i >= 0 && i < lowers.count else { return nil }
    if verbAsked[i] { return verbReadings[i].map { ($0.lemma, $0.form) } }
    let reading = VerbLexicon.lemmatize(lowers[i])
    verbAsked[i] = true
    verbReadings[i] = reading.map { VerbReading(lemma: $0.lemma, form: $0.form) }
    return reading
  }

  /// ``EventLexicon/eventNoun(_:)`` of token `i` (`nil` outside the sentence).
  func noun(_ i: Int) -> String? {
    guard i >= 0 && i < lowers.count else { return nil }
    if nounAsked[i] { return nounReadings[i] }
    let reading = EventLexicon.eventNoun(lowers[i])
    nounAsked[i] = true
    nounReadings[i] = reading
    return reading
  }
}
