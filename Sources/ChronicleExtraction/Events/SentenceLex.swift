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
  /// Not a table class: the word ends with "ly" (`String.hasSuffix`), set per token.
  static let endsInLy = WordClass(rawValue: 1 << 24)
  /// Not a table class: the word ends with "s" (`String.hasSuffix`), set per token.
  static let endsInS = WordClass(rawValue: 1 << 25)

  /// The class bits of every word of the ``Words`` sets.
  static let table: EventWordMap<WordClass> = {
    let sets: [(EventWordSet, WordClass)] = [
      (Words.determiners, .determiner), (Words.prepositions, .preposition),
      (Words.subjectPronouns, .subjectPronoun), (Words.objectPronouns, .objectPronoun), (Words.modals, .modal),
      (Words.negations, .negation), (Words.adverbs, .adverb), (Words.preVerbAdverbs, .preVerbAdverb),
      (Words.clauseBarriers, .clauseBarrier), (Words.beForms, .beForm), (Words.haveForms, .haveForm),
      (Words.doForms, .doForm), (Words.needsVerbContext, .needsVerbContext),
      (Words.articlesAndPossessives, .articleOrPossessive), (Words.participleAdjectives, .participleAdjective),
      (Words.periodNouns, .periodNoun), (Words.nonHeads, .nonHead), (EventRun.licensedPreps, .licensedPrep),
    ]
    var map: [String: WordClass] = [:]
    for (set, cls) in sets {
      for word in set { map[word, default: []].insert(cls) }
    }
    for word in ["if", "unless"] { map[word, default: []].insert(.conditional) }
    for word in [",", ";", "that", "then"] { map[word, default: []].insert(.conditionalEnd) }
    return EventWordMap(map)
  }()

  /// The classes of `word` (lower case), with the per-token suffix bits.
  static func of(_ word: String) -> WordClass {
    var copy = word
    return copy.withUTF8 { bytes in
      guard PlainWord.isPlain(bytes) else {
        var c = table[word] ?? []
        if word.hasSuffix("s") { c.insert(.endsInS) }
        if word.hasSuffix("ly") { c.insert(.endsInLy) }
        return c
      }
      var c = table.value(ascii: bytes) ?? []
      if PlainWord.hasSuffix(bytes, "s") { c.insert(.endsInS) }
      if PlainWord.hasSuffix(bytes, "ly") { c.insert(.endsInLy) }
      return c
    }
  }
}

/// What the extractor knows about each token of the sentence being processed, worked out
/// once per token: the lower-case words, their ``WordClass`` bits and, on first request,
/// their verb reading (``VerbLexicon/lemmatize(_:)``) and event-noun reading
/// (``EventLexicon/eventNoun(_:)``). Trigger detection asks these of a token and its
/// neighbours many times. One instance is reused from sentence to sentence.
final class SentenceLex {
  /// The lower-case token texts.
  private(set) var lowers: [String] = []
  /// The class bits of each token.
  private(set) var classes: [WordClass] = []
  /// `nil` until asked; then the verb reading, itself `nil` for a non-verb.
  private var verbReadings: [(lemma: String, form: VerbForm)??] = []
  private var nounReadings: [String??] = []

  /// Starts on a new sentence.
  func load(_ tokens: [Token]) {
    // Filled locally and stored once: every access to a stored property of a class is an
    // exclusivity check.
    var lowers: [String] = []
    var classes: [WordClass] = []
    lowers.reserveCapacity(tokens.count)
    classes.reserveCapacity(tokens.count)
    for token in tokens {
      lowers.append(token.lower)
      classes.append(WordClass.of(token.lower))
    }
    self.lowers = lowers
    self.classes = classes
    verbReadings = Array(repeating: nil, count: tokens.count)
    nounReadings = Array(repeating: nil, count: tokens.count)
  }

  /// The classes of token `i`, empty outside the sentence (as for the empty word).
  @inline(__always) func cls(_ i: Int) -> WordClass { i >= 0 && i < classes.count ? classes[i] : [] }

  /// Whether token `i` is in class `c` (false outside the sentence).
  @inline(__always) func isA(_ i: Int, _ c: WordClass) -> Bool { cls(i).contains(c) }

  /// ``VerbLexicon/lemmatize(_:)`` of token `i` (`nil` outside the sentence).
  func verb(_ i: Int) -> (lemma: String, form: VerbForm)? {
    guard i >= 0 && i < lowers.count else { return nil }
    if let known = verbReadings[i] { return known }
    let reading = VerbLexicon.lemmatize(lowers[i])
    verbReadings[i] = .some(reading)
    return reading
  }

  /// ``EventLexicon/eventNoun(_:)`` of token `i` (`nil` outside the sentence).
  func noun(_ i: Int) -> String? {
    guard i >= 0 && i < lowers.count else { return nil }
    if let known = nounReadings[i] { return known }
    let reading = EventLexicon.eventNoun(lowers[i])
    nounReadings[i] = .some(reading)
    return reading
  }
}
