/// Finds, resolves and codes actors.
///
/// One left-to-right pass per sentence over lower-cased token keys:
/// 1. dictionary aliases (countries, capitals, adjectives, places, IGOs, media, agencies,
///    government buildings, agreements, people) — longest match wins;
/// 2. compositions around them: `[former] [the] [modifier['s]] title* name` (a person with a
///    role), `modifier['s] title*` (an office: its holder on the article date, else the country),
///    `modifier['s] agent-noun+` ("Iranian authorities" → Iran, IRNGOV);
/// 3. generic agents alone ("officials", "the regime") resolved to the country in focus;
/// 4. capitalized names not in any dictionary, classified as person, organization or location;
/// 5. within-document coreference: surnames, "Mr. X", "the president", sentence-initial "He"/"She".
///
/// Decisions:
/// - In "White House press secretary Karine Jean-Pierre" both the White House (rule
///   `metonym:modifier`) and the person (code USAGOV, role "press secretary") are mentions;
///   the events stage should prefer the person and may skip `*:modifier` mentions (also
///   `possessor:modifier`: "Russia" in "Russia's Baltic Fleet").
/// - Country adjectives that modify a title or agent ("Iranian authorities") are part of that
///   mention; alone ("Iranian drones") they are a mention of the country (rule `adjective`).
/// - Capitals are aliases of their country: code `ISOGOV` as an actor ("Tehran denied"), the bare
///   country code after a locative preposition ("protests in Tehran", rule `metonym:place`).
///   Other cities are `location` entities with their country.
/// - Government buildings and bodies (White House, Kremlin, Pentagon, Congress) resolve to the
///   country entity with a sector code; agencies, parties and armed groups (CIA, IRGC, Hamas)
///   are `organization` entities with their own code.
/// - A person's code comes from the dated roles in the tables (Biden 2015 USAGOV, 2019 USAELI);
///   "former" forces ELI; without a date the open (else the best-known) office is used.
/// - Spans never include a leading "the" of dictionary names (except titles such as
///   "The New York Times"); compositions keep it ("the Biden administration").
public struct ActorRecognizer: Sendable {
  /// The dictionaries and word lists used.
  public let knowledge: ActorKnowledge

  /// A recognizer with the built-in knowledge.
  public init() { knowledge = .shared }

  /// A recognizer with the given knowledge.
  public init(knowledge: ActorKnowledge) { self.knowledge = knowledge }

  /// A recognizer with the built-in knowledge and `dictionary` (if any, and not empty)
  /// applied on top of it (see ``UserDictionary``).
  public init(dictionary: UserDictionary?) {
    if let dictionary, !dictionary.isEmpty {
      knowledge = ActorKnowledge(dictionary: dictionary)
    } else {
      knowledge = .shared
    }
  }

  /// Finds every actor mention in `text`; `published` picks the roles in force then.
  /// Mentions are sorted by position and never overlap.
  public func recognize(_ text: AnalyzedText, published: CivilDate?) -> [ActorMention] {
    recognize(text, published: published, focus: nil)
  }

  /// Like ``recognize(_:published:)``, with `focus` (an ISO code) as the country in focus
  /// before the text names one.
  public func recognize(_ text: AnalyzedText, published: CivilDate?, focus: String?) -> [ActorMention] {
    // One pass object per document: its per-token buffers and mention list are reused by
    // every sentence instead of being allocated per sentence.
    var pass = SentencePass(knowledge: knowledge, date: published)
    pass.mentions.reserveCapacity(text.sentences.count * 2)
    if let focus { pass.state.count("country:" + focus, weight: 2) }
    // The fields the pass needs, read in place (copying each ``Sentence`` would retain its
    // text, tokens and quotes); the vocabulary and its word facts taken once per document.
    let vocabulary = knowledge.vocabulary
    let infoByWord = knowledge.infoByWord
    text.sentences.withUnsafeBufferPointer { sentences in
      for n in sentences.indices {
        pass.load(
          index: sentences[n].index, start: sentences[n].span.start, text: sentences[n].text,
          tokens: sentences[n].tokens, isHeadline: sentences[n].isHeadline, vocabulary: vocabulary,
          infoByWord: infoByWord)
        pass.run()
      }
    }
    var out = pass.takeMentions()
    // Mentions come in order but for a few rules; sorting an ordered list would still copy.
    if !out.indices.dropFirst().allSatisfy({ !(out[$0].span < out[$0 - 1].span) }) {
      out.sort { $0.span < $1.span }
    }
    return out
  }
}

/// What the recognizer remembers across sentences.
struct DocumentState {
  /// Mentions per country id, in order of first mention. An article names few countries:
  /// a linear scan of the ids is cheaper than a dictionary. The ids ("country:IRN") are
  /// small strings, compared as two machine words (no hashing, no bytes read elsewhere).
  struct CountryCounts {
    /// One counted country: its id, count and index in ``ActorKnowledge/entityList`` (-1:
    /// counted by id only, so far). One array of records: a new country is one append.
    struct Country {
      var id: String
      var count: Int
      var number: Int32
    }
    /// The countries in order of first mention.
    private(set) var countries: [Country] = []
    /// The countries' entity indices (``Country/number``), in the same order: scanned
    /// for every country mention, a plain array of integers.
    private var numbers: [Int32] = []

    /// Country ids in order of first mention.
    var ids: [String] { countries.map(\.id) }

    private func index(of id: String) -> Int? {
      for n in countries.indices where countries[n].id == id { return n }
      return nil
    }

    /// Countries counted by id alone (no number yet).
    private var unnumbered = 0

    /// The index of the country `id` counted by id alone, which then learns its entity
    /// index `number`; nil when there is none (then no id is compared at all).
    private mutating func index(ofUnnumbered id: String, number: Int32) -> Int? {
      guard unnumbered > 0 else { return nil }
      for n in countries.indices where countries[n].number < 0 && countries[n].id == id {
        countries[n].number = number
        numbers[n] = number
        unnumbered -= 1
        return n
      }
      return nil
    }

    /// The count of `id`, or nil when it was not mentioned.
    subscript(_ id: String) -> Int? {
      guard let n = index(of: id) else { return nil }
      return countries[n].count
    }

    mutating func reserve(_ n: Int) {
      countries.reserveCapacity(n)
      numbers.reserveCapacity(n)
    }

    /// Adds `weight` to the country of entity index `number` when it was counted by number
    /// before; false otherwise (nothing counted).
    mutating func add(number: Int32, weight: Int) -> Bool {
      guard let n = numbers.firstIndex(of: number) else { return false }
      countries[n].count += weight
      return true
    }

    /// The entity index of the country `id` (-1: counted by id only, or not counted).
    func number(of id: String) -> Int32 {
      guard let n = index(of: id) else { return -1 }
      return numbers[n]
    }

    /// Adds `weight` to `id`, the entity of index `number` in ``ActorKnowledge/entityList``
    /// (-1: unknown); a `number` is one that ``add(number:weight:)`` has not found.
    mutating func add(_ id: String, number: Int32 = -1, weight: Int) {
      if let n = number >= 0 ? index(ofUnnumbered: id, number: number) : index(of: id) {
        countries[n].count += weight
      } else {
        countries.append(Country(id: id, count: weight, number: number))
        numbers.append(number)
        if number < 0 { unnumbered += 1 }
      }
    }
  }

  var countryCounts = CountryCounts()

  init() {
    // Room for a typical article, so that counting rarely grows an array.
    countryCounts.reserve(16)
    recentLog.reserveCapacity(65)
  }
  /// Country ids in order of first mention.
  var countryOrder: [String] { countryCounts.ids }
  /// Most recent country mentions (up to 8), newest last.
  var recentCountries: ArraySlice<String> { recentLog.suffix(8) }
  /// Recent country mentions, newest last: cut back to 8 when it passes 64 (not shifted on every mention).
  private var recentLog: [String] = []
  /// Surname key → the person mention it refers to, an index in ``people`` (``surname(_:)``,
  /// ``setSurname(_:_:)``).
  private var surnames: [String: Int32] = [:]
  /// A one-bit-per-key filter of ``surnames``: bit ``filterBit(_:)`` of each small ASCII key
  /// (``ASCIIWord/init(smallASCII:layoutHolds:)``), all bits once any other key is stored.
  /// Most names looked up are no known surname: a clear bit answers without hashing the key.
  private var surnameFilter: UInt64 = 0
  /// ``ASCIIWord/layoutHolds``, read once.
  private let smallStrings = ASCIIWord.layoutHolds

  /// The filter bit of a small ASCII key, from its two words.
  @inline(__always) private static func filterBit(_ word: ASCIIWord) -> UInt64 {
    let x = (word.low ^ word.high &* 0xC2B2_AE3D_27D4_EB4F) &* 0x9E37_79B9_7F4A_7C15
    return 1 &<< (x &>> 58)
  }

  /// The person mention the surname `key` refers to (an index in ``people``), if any.
  @inline(__always) func surname(_ key: String) -> Int32? {
    if let word = ASCIIWord(smallASCII: key, layoutHolds: smallStrings), surnameFilter & Self.filterBit(word) == 0 {
      return nil  // (keys equal to a small ASCII key are that key's bytes: its bit would be set)
    }
    return surnames[key]
  }

  /// Makes surname `key` refer to `ref` (an index in ``people``).
  mutating func setSurname(_ key: String, _ ref: Int32) {
    if let word = ASCIIWord(smallASCII: key, layoutHolds: smallStrings) {
      surnameFilter |= Self.filterBit(word)
    } else {
      surnameFilter = .max
    }
    // Room for the persons of most articles at once (growing from empty rehashes every key
    // three times before eight are stored).
    if surnames.isEmpty { surnames.reserveCapacity(8) }
    surnames[key] = ref
  }
  /// Built-in people whose full name appeared, by index in ``ActorKnowledge/entityList``
  /// (an article names few: a scan of integers, no hashing of ids).
  private var introducedNumbers: [Int32] = []
  /// Ids of such people without an index (none in the built-in tables).
  private var introducedIDs: Set<String> = []

  /// Whether the built-in person `id`, of index `number` in ``ActorKnowledge/entityList``
  /// (-1: none), has been introduced.
  func isIntroduced(_ id: String, number: Int32) -> Bool {
    number >= 0 ? introducedNumbers.contains(number) : introducedIDs.contains(id)
  }

  /// Notes that the built-in person `id` (index `number`, as for ``isIntroduced(_:number:)``) was introduced.
  mutating func introduce(_ id: String, number: Int32) {
    if number >= 0 {
      if !introducedNumbers.contains(number) { introducedNumbers.append(number) }
    } else {
      introducedIDs.insert(id)
    }
  }

  /// Every person reference made in the document, in order: the lists below and the
  /// surname table hold indices into it (an integer per entry, not a copy of the entity and
  /// its strings).
  private(set) var people: [PersonRef] = []
  /// Distinct persons mentioned per sentence, newest last (for pronouns): indices in ``people``.
  var lastPersons: [Int32] = []
  /// Persons in order of their latest mention, newest last, each once: indices in ``people``.
  private(set) var recentPersons: [Int32] = []

  struct PersonRef {
    var entity: ActorEntity
    var code: String?
    var role: String?
    /// The index of `entity` in ``ActorKnowledge/entityList`` when the mention gave it (-1: not given).
    var number: Int32 = -1
  }

  /// Adds `ref` to ``people``; returns its index.
  mutating func add(_ ref: PersonRef) -> Int32 {
    if people.isEmpty {
      // (As for the surnames: room for most articles, allocated once.)
      people.reserveCapacity(8)
      recentPersons.reserveCapacity(8)
    }
    people.append(ref)
    return Int32(people.count - 1)
  }

  /// Makes person `n` (an index in ``people``) the most recent, removing the earlier entries
  /// of the same entity from ``recentPersons``.
  mutating func noteRecent(_ n: Int32) {
    let id = people[Int(n)].entity.id
    var kept = 0
    for r in recentPersons.indices where !Self.sameID(people[Int(recentPersons[r])].entity.id, id) {
      recentPersons[kept] = recentPersons[r]
      kept += 1
    }
    if kept < recentPersons.count { recentPersons.removeLast(recentPersons.count - kept) }
    recentPersons.append(n)
  }

  /// `a == b` for entity ids, whose byte counts are compared first: the persons of an article
  /// mostly have ids of different lengths ("new:person:…"), and a count is read in place
  /// where a full comparison of two distinct strings goes through the library's slow path.
  /// (Ids are slugs or table keys, compared as bytes by the store: two spellings of different
  /// byte counts that `==` would equate, canonically equivalent Unicode, are no concern here.)
  @inline(__always) static func sameID(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && a == b
  }

  private static let countryPrefix: [UInt8] = Array("country:".utf8)

  /// `id` starts with `country:` (compared as bytes).
  static func isCountryID(_ id: String) -> Bool {
    if let answer = id.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
      guard bytes.count >= 8 else { return false }
      for n in 0..<8 where bytes[n] != countryPrefix[n] { return false }
      return true
    }) {
      return answer
    }
    return id.utf8.starts(with: countryPrefix)
  }

  /// Counts a mention of `countryID`, the entity of index `number` in
  /// ``ActorKnowledge/entityList`` when known (else -1); `isCountryID`, when given, is
  /// ``isCountryID(_:)`` of `countryID` (``ActorKnowledge/entityHasCountryID``).
  mutating func count(_ countryID: String, number: Int32 = -1, isCountryID: Bool? = nil, weight: Int = 1) {
    // A country counted by number before needs no check of its id.
    if number < 0 || !countryCounts.add(number: number, weight: weight) {
      guard isCountryID ?? Self.isCountryID(countryID) else { return }
      countryCounts.add(countryID, number: number, weight: weight)
    }
    recentLog.append(countryID)
    if recentLog.count > 64 { recentLog.removeFirst(recentLog.count - 8) }
  }

  /// The country mentioned most, when it leads the others.
  var focalCountry: String? {
    var best: String?
    var bestCount = 0
    var second = 0
    for country in countryCounts.countries {
      let (id, c) = (country.id, country.count)
      if c > bestCount {
        second = bestCount
        bestCount = c
        best = id
      } else if c > second {
        second = c
      }
    }
    if bestCount > second { return best }
    return countryCounts.countries.first?.count == bestCount ? countryCounts.countries.first?.id : nil
  }
}

/// Recognition of the sentences of one document, one at a time (``load(index:start:text:tokens:isHeadline:vocabulary:infoByWord:)``, then ``run()``).
struct SentencePass {
  let k: ActorKnowledge
  /// Vocabulary ids of the words compared with tokens (``ActorKnowledge/keyWords``): `words[i] == kw.the`
  /// is `key(i) == "the"`.
  let kw: ActorKnowledge.KeyWords
  let date: CivilDate?
  /// The knowledge's tries, read through their ``PhraseTrie/View``s (`k` keeps their tables):
  /// a lookup retains nothing.
  let lexiconTrie: PhraseTrie<Int32>.View
  let titleTrie: PhraseTrie<ActorKnowledge.Title>.View
  let agentTrie: PhraseTrie<String>.View
  /// ``ActorKnowledge/entryFacts`` (`k` keeps them): read for every candidate entry.
  let entryFacts: UnsafePointer<ActorKnowledge.EntryFacts>
  /// The sentence being recognized: its index in the document, its first byte and its text
  /// (not a copy of the whole ``Sentence``, which would retain its quotes as well), and its tokens.
  private(set) var sentenceIndex = 0
  private(set) var sentenceStart = 0
  private(set) var sentenceText = ""
  private(set) var tokens: [Token] = []
  /// `tokens.count`, kept as a field: read at almost every step, and the array's getter is not
  /// always inlined into the large matcher functions.
  private(set) var tokenCount = 0
  /// The tokens' folded lower-case keys (``TextKeys/fold(_:)``) when a token of the sentence
  /// is not ASCII; empty otherwise, as an ASCII key is the token's lower-case text (see ``key(_:)``).
  private(set) var foldedKeys: [String] = []
  /// Word ids of the token keys in the knowledge's vocabulary (-1: in no phrase), then a -1
  /// (ends phrase walks) and possibly stale ids of an earlier sentence: read below `tokenCount`.
  private(set) var words: [Int32] = []
  private(set) var infos: [ActorKnowledge.WordInfo] = []
  private(set) var allCaps = false
  /// Title Case ("Ukraine Says Missiles Hit Power Plants"): capitalization says nothing about names.
  private(set) var titleCase = false
  var state = DocumentState()
  /// Mentions of the document so far; those of this sentence start at ``sentenceMentions``.
  var mentions: [ActorMention] = []
  private(set) var sentenceMentions = 0
  /// Distinct persons of this sentence: indices in ``DocumentState/people``.
  var personsHere: [Int32] = []
  /// The person reference the latest ``emit(_:_:_:code:role:rule:confidence:entityNumber:)``
  /// made (an index in ``DocumentState/people``), -1 when it emitted no person: what
  /// ``remember(_:fullName:)`` files under the surname.
  var lastPerson: Int32 = -1
  /// ``ASCIIWord/layoutHolds``, read once per document (token strings are read as two words).
  let smallStrings = ASCIIWord.layoutHolds

  init(knowledge: ActorKnowledge, date: CivilDate?) {
    self.k = knowledge
    self.kw = knowledge.keyWords
    self.date = date
    lexiconTrie = knowledge.lexiconTrie.view
    titleTrie = knowledge.titleTrie.view
    agentTrie = knowledge.agentTrie.view
    entryFacts = knowledge.entryFacts.base
    // Room for most sentences, so that the per-token arrays rarely grow within a document.
    words.reserveCapacity(64)
    infos.reserveCapacity(64)
  }

  /// The document's mentions, in the order found (the pass keeps none).
  mutating func takeMentions() -> [ActorMention] {
    var out: [ActorMention] = []
    swap(&out, &mentions)
    return out
  }

  /// Prepares the pass for a sentence (its index in the document, first byte, text, tokens,
  /// and whether it is the headline): its token keys, word ids and facts, and its casing.
  /// `vocabulary` and `infoByWord` are the knowledge's (``ActorKnowledge/vocabulary``,
  /// ``ActorKnowledge/infoByWord``), passed by the caller: read from `k` here, they would be
  /// retained for every sentence.
  mutating func load(
    index: Int, start: Int, text: String, tokens: [Token], isHeadline: Bool, vocabulary: WordTable,
    infoByWord: [ActorKnowledge.WordInfo]
  ) {
    sentenceIndex = index
    sentenceStart = start
    sentenceText = text
    self.tokens = tokens
    tokenCount = tokens.count
    sentenceMentions = mentions.count
    // Usually empty already (emptying an empty array still costs a call).
    if !personsHere.isEmpty { personsHere.removeAll(keepingCapacity: true) }
    if !foldedKeys.isEmpty { foldedKeys.removeAll(keepingCapacity: true) }
    // The per-token arrays are filled in place through buffers (no append per token): they
    // are moved out of `self` meanwhile, and the loop reads only locals (no access to `self`
    // that would make it retain each token's strings).
    let count = tokens.count
    var ids: [Int32] = []
    var facts: [ActorKnowledge.WordInfo] = []
    var folded: [String] = []
    swap(&ids, &words)
    swap(&facts, &infos)
    swap(&folded, &foldedKeys)
    // Grown to the longest sentence so far, never cut (cutting and padding again for every
    // sentence cost more than the probes): entries from `count` on are stale but for the -1
    // at `count`, which ends every phrase walk (``PhraseTrie/path(in:from:)``) at the
    // sentence's end; nothing else reads past `tokenCount`.
    Self.grow(&ids, to: count + 1, with: -1)
    Self.grow(&facts, to: count, with: .unknown)
    ids[count] = -1
    // One probe per token: its word id in the tries' vocabulary, and the word's facts.
    let direct = smallStrings
    let unknown = ActorKnowledge.WordInfo.unknown
    // (The casing counts are the innermost closure's own variables, returned at the end: kept
    // in registers, not updated in memory for every token.)
    // (The vocabulary's small-word index and the word facts are read through pointers: no
    // bounds check or reload of an array per token.)
    let (upper, lower, cap, small) = tokens.withUnsafeBufferPointer { tokens in
      ids.withUnsafeMutableBufferPointer { ids in
        facts.withUnsafeMutableBufferPointer { facts in
          vocabulary.withSmallIndex { smallIndex in
            infoByWord.withUnsafeBufferPointer { infoByWord in
              var upper = 0
              var lower = 0
              var cap = 0
              var small = 0
              for n in 0..<count {
                // Small ASCII keys (most) are the lower-case text itself, read from the string's
                // two words; other ASCII keys too, read as bytes. Other keys are kept only once a
                // token needs folding (then for every token of the sentence).
                let id: Int32
                if let word = ASCIIWord(smallASCII: tokens[n].lower, layoutHolds: direct) {
                  id = smallIndex.id(word)
                  if !folded.isEmpty { folded.append(tokens[n].lower) }
                } else if let hash = WordTable.asciiHash(tokens[n].lower) {
                  id = vocabulary.id(tokens[n].lower, hash: hash)
                  if !folded.isEmpty { folded.append(tokens[n].lower) }
                } else {
                  if folded.isEmpty {
                    folded.reserveCapacity(count)
                    for x in 0..<n { folded.append(tokens[x].lower) }
                  }
                  let key = TextKeys.fold(tokens[n].lower)
                  id = vocabulary.id(key)
                  folded.append(key)
                }
                ids[n] = id
                facts[n] = id >= 0 ? infoByWord[Int(id)] : unknown
                // Both casing counts in the same pass, reading fields in place (no token copies).
                guard tokens[n].kind == .word else { continue }
                let capitalized = tokens[n].isCapitalized
                let length: Int
                let lowerAfterFirst: Bool
                if let text = ASCIIWord(smallASCII: tokens[n].text, layoutHolds: direct) {
                  length = text.count
                  lowerAfterFirst = Self.hasLowercaseASCII(text, after: 1)
                } else {
                  let utf8 = tokens[n].text.utf8
                  length = utf8.count
                  lowerAfterFirst = Self.hasLowercaseASCII(utf8, after: 1)
                }
                if capitalized && !lowerAfterFirst {
                  upper += 1
                } else {
                  lower += 1
                }
                if length > 3 {
                  if capitalized { cap += 1 } else { small += 1 }
                }
              }
              return (upper, lower, cap, small)
            }
          }
        }
      }
    }
    swap(&ids, &words)
    swap(&facts, &infos)
    swap(&folded, &foldedKeys)
    allCaps = upper >= 3 && upper > lower * 2
    titleCase = cap >= 4 && small * 4 <= cap && (isHeadline || cap + small >= 8)
  }

  /// Makes `array` at least `count` long, padded with `filler`.
  private static func grow<T>(_ array: inout [T], to count: Int, with filler: T) {
    if array.count < count {
      array.append(contentsOf: repeatElement(filler, count: count - array.count))
    }
  }

  /// The folded lower-case key of token `i` (``TextKeys/fold(_:)``).
  @inline(__always) func key(_ i: Int) -> String { foldedKeys.isEmpty ? tokens[i].lower : foldedKeys[i] }

  /// The keys of tokens `a..<b` joined by spaces (concatenated: no generic `joined`).
  mutating func phrase(_ a: Int, _ b: Int) -> String {
    guard a < b else { return "" }
    var s = key(a)
    for x in (a + 1)..<b {
      s += " "
      s += key(x)
    }
    return s
  }

  /// Whether a byte of `word` from offset `start` (below 8) on is an ASCII lower-case letter:
  /// 0x80 in each byte from "a" to "z" (adding 0x1F sets the top bit from "a" up, adding 0x05
  /// from "z" + 1 up; ASCII bytes never carry into their neighbour; the padding is zero).
  @inline(__always) static func hasLowercaseASCII(_ word: ASCIIWord, after start: Int) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    func lowerMask(_ v: UInt64) -> UInt64 { ((v &+ 0x1F &* ones) ^ (v &+ 0x05 &* ones)) & (0x80 &* ones) }
    return lowerMask(word.low) &>> UInt64(8 * start) | lowerMask(word.high) != 0
  }

  /// Whether a byte of `utf8` from offset `start` on is an ASCII lower-case letter.
  @inline(__always) static func hasLowercaseASCII(_ utf8: String.UTF8View, after start: Int) -> Bool {
    if let answer = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
      var n = start
      while n < bytes.count {
        if bytes[n] &- 0x61 < 26 { return true }
        n += 1
      }
      return false
    }) {
      return answer
    }
    return utf8.dropFirst(start).contains { $0 >= 0x61 && $0 <= 0x7A }
  }

  // MARK: Matchers

  // Most helpers that ``step(_:)`` calls are `mutating` although they change nothing: called
  // from a mutating method, a non-mutating method gets a copy of the whole pass (some 180
  // bytes per call, several calls per token); a mutating one gets its address. The
  // dictionary lookups (`lexicon`, `title`, `agent`) too: they walk the tries through the
  // pass's ``PhraseTrie/View``s, plain pointers (reading the tries from the knowledge in a
  // mutating method retained their three arrays on every call).

  /// A dictionary match: plain integers, so that trying and dropping matches copies no strings.
  struct LexMatch {
    /// Index of the entry in ``ActorKnowledge/entries``.
    var index: Int32
    /// The entity it names (``ActorKnowledge/entityList``; -1: none); for people sharing an
    /// alias, the one the date picks.
    var entityIndex: Int32
    var kind: ActorKnowledge.Kind
    var capsOnly: Bool
    var end: Int
  }

  /// The entity id of `m`'s entry (with the entity the date picked).
  mutating func entityID(_ m: LexMatch) -> String {
    m.entityIndex >= 0 ? k.entityList[Int(m.entityIndex)].id : k.entries[Int(m.index)].entityID
  }

  /// The entity `m` names.
  mutating func entity(_ m: LexMatch) -> ActorEntity? {
    m.entityIndex >= 0 ? k.entityList[Int(m.entityIndex)] : nil
  }

  enum Flag { case nonName, former, given, organization, place, connector, determiner, trigger, locative }

  @inline(__always) func has(_ i: Int, _ f: Flag) -> Bool {
    let v: UInt16
    switch f {
    case .nonName: v = ActorKnowledge.WordInfo.nonName
    case .former: v = ActorKnowledge.WordInfo.former
    case .given: v = ActorKnowledge.WordInfo.given
    case .organization: v = ActorKnowledge.WordInfo.organization
    case .place: v = ActorKnowledge.WordInfo.place
    case .connector: v = ActorKnowledge.WordInfo.connector
    case .determiner: v = ActorKnowledge.WordInfo.determiner
    case .trigger: v = ActorKnowledge.WordInfo.trigger
    case .locative: v = ActorKnowledge.WordInfo.locative
    }
    return infos[i].flags & v != 0
  }

  func capitalized(_ i: Int) -> Bool {
    tokens[i].isCapitalized || (tokens[i].kind == .number && i > 0 && tokens[i - 1].isCapitalized)
  }

  /// The dictionary entry that starts at token `i`, if any. The test of the token's facts is
  /// inlined into the caller: most tokens start no entry, and calling the lookup proper
  /// copies the pass (see the note on matchers above).
  @inline(__always) mutating func lexicon(at i: Int, titled: Bool = false) -> LexMatch? {
    guard i < tokenCount, infos[i].lexMax > 0 else { return nil }
    return lexiconEntry(at: i, titled: titled)
  }

  /// ``lexicon(at:titled:)`` for a token that starts some dictionary phrase.
  mutating func lexiconEntry(at i: Int, titled: Bool) -> LexMatch? {
    // The longest acceptable phrase, tried longest first (no closure: it would copy `self`).
    let path = lexiconTrie.path(in: words, from: i)
    var n = path.count - 1
    while n >= 0 {
      let c = lexiconTrie.candidate(path, n, in: words)
      if accept(Int(c.value), i, c.end - i, titled: titled) {
        let index = Int(c.value)
        let facts = entryFacts[index]
        var entity = facts.entityIndex
        if facts.hasAlternatives {
          let e = k.entries[index]
          let id = k.disambiguate([e.entityID] + e.alternatives, on: date)
          entity = k.entityIndex[id] ?? -1
        }
        return LexMatch(
          index: c.value, entityIndex: entity, kind: facts.kind, capsOnly: facts.capsOnly,
          end: c.end)
      }
      n -= 1
    }
    return nil
  }

  /// Whether entry `index` of the lexicon may match the `len` tokens at `i`.
  mutating func accept(_ index: Int, _ i: Int, _ len: Int, titled: Bool) -> Bool {
    let facts = entryFacts[index]
    let kind = facts.kind
    if facts.capsOnly {
      // "US", "WHO", "AP": never the lower-case word; in an all-caps sentence only with a period form.
      for x in i..<(i + len) where Self.hasLowercaseASCII(tokens[x].text.utf8, after: 0) {
        let t = tokens[x].text
        if t.count <= 3 || !(t.first?.isUppercase ?? false) { return false }
      }
      if allCaps && len == 1 && tokens[i].text.count <= 3 && !tokens[i].text.contains(".") {
        return false
      }
      return true
    }
    if kind == .media && key(i) == "the" {
      guard i + 1 < tokenCount, tokens[i + 1].isCapitalized else { return false }
    } else if !tokens[i].isCapitalized && !Self.startsWithArticleParticle(tokens[i].text) {
      return false
    }
    if kind == .person && facts.needsIntroduction && !titled
      && !state.isIntroduced(k.entries[index].entityID, number: facts.entityIndex)
    {
      return false
    }
    // "Jordan Peterson", "Sofia Coppola", "Paris Hilton": a one-word place that is also a given
    // name, followed by an unknown capitalized word, is a person's first name.
    if len == 1, kind == .countryName || kind == .capital || kind == .place, has(i, .given),
      i + 1 < tokenCount, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized, !allCaps,
      !has(i + 1, .nonName), infos[i + 1].lexMax == 0, infos[i + 1].titleMax == 0, infos[i + 1].agentMax == 0
    {
      return false
    }
    return true
  }

  /// The title that starts at token `i`, if any (the facts test inlined, as for ``lexicon(at:titled:)``).
  @inline(__always) mutating func title(at i: Int) -> (title: ActorKnowledge.Title, end: Int)? {
    guard i < tokenCount, infos[i].titleMax > 0 else { return nil }
    return titleEntry(at: i)
  }

  mutating func titleEntry(at i: Int) -> (title: ActorKnowledge.Title, end: Int)? {
    guard let m = titleTrie.longest(in: words, from: i) else { return nil }
    return (m.value, m.end)
  }

  /// The agent noun that starts at token `i`, if any (the facts test inlined, as for ``lexicon(at:titled:)``).
  @inline(__always) mutating func agent(at i: Int) -> (sector: String, end: Int)? {
    guard i < tokenCount, infos[i].agentMax > 0 else { return nil }
    return agentEntry(at: i)
  }

  mutating func agentEntry(at i: Int) -> (sector: String, end: Int)? {
    guard let m = agentTrie.longest(in: words, from: i) else { return nil }
    return (m.value, m.end)
  }

  /// The agents that may stand alone (human groups, governments); others need a modifier.
  static let needsModifier: Set<String> = [
    "drones", "missile", "missiles", "jets", "fighter jets", "warplanes", "warplane", "warships", "warship",
    "destroyer", "submarine", "artillery", "board", "press", "union", "court", "courts", "church", "mosque",
    "assembly", "industry", "business", "businesses", "bank", "banks", "company", "party", "parties", "hospital",
    "hospitals", "crowd", "crowds", "children", "women", "families", "workers", "students", "student", "people",
    "media", "ministry", "ministries", "leadership", "cabinet", "leader", "leaders", "university", "universities",
    "intelligence", "governorate", "official", "commander", "executive", "firm", "firms", "companies", "state media",
    "citizen", "resident", "civilian", "victims", "parents", "legislature", "general staff", "forces",
    "opposition", "insurgency", "syndicate", "gang", "watchdog", "union", "unions", "charity", "corporation",
    "news agency", "broadcaster", "missile", "candidates", "candidate", "teacher", "teachers", "expert", "analyst",
    "analysts", "experts", "government", "governments", "state", "governor", "mayor", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "envoy", "envoys", "negotiator", "pilots", "sailors", "inspectors", "judge",
    "lawyer", "attorney", "doctor", "nurse", "priest", "imam", "bishop", "rabbi", "reporter", "journalist",
    "correspondent", "editors", "professor", "scholar", "researcher", "spy", "farmer", "strikers", "driver",
    "drivers", "passengers", "crowd control police", "national guard", "air force", "navy", "marines",
  ]

  /// Agent words that are often adjectives ("military and civilian targets"): alone only after "the".
  static let adjectivalAgents: Set<String> = [
    "military", "civilian", "civilians", "government", "opposition", "rebel", "militant", "intelligence", "army",
    "security", "police", "state", "press", "media", "displaced", "criminal", "judiciary",
  ]

  static let locatives: Set<String> = ["in", "at", "near", "outside", "around", "across", "into", "inside", "over", "throughout"]

  static let formerWords: Set<String> = ["former", "ex", "retired", "late", "onetime", "then-former", "disgraced"]

  /// A run of capitalized tokens starting at `i` (names not in the dictionaries), or nil.
  /// "Burke-class", "Somalia-based", "Kurdish-led": a capitalized word with a lower-case
  /// suffix is a modifier, not part of a name.
  mutating func hasLowercaseSuffix(_ i: Int) -> Bool {
    // Most words are small ASCII strings without a hyphen: their two words say so.
    if let word = ASCIIWord(smallASCII: tokens[i].text, layoutHolds: smallStrings),
      word.firstAndLast(UInt8(ascii: "-")).last < 0
    {
      return false
    }
    // Native text: a backward scan of its bytes (the generic `lastIndex(of:)` on the view is slow).
    if let answer = tokens[i].text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
      var dash = bytes.count - 1
      while dash >= 0 && bytes[dash] != UInt8(ascii: "-") { dash -= 1 }
      guard dash >= 0, dash + 1 < bytes.count, bytes[dash + 1] &- 0x61 < 26 else { return false }
      return Self.modifierSuffixes.contains(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[(dash + 1)...]), as: UTF8.self))
    }) {
      return answer
    }
    let t = tokens[i].text.utf8
    guard let dash = t.lastIndex(of: UInt8(ascii: "-")) else { return false }
    let after = t.index(after: dash)
    guard after < t.endIndex else { return false }
    let b = t[after]
    guard b >= 0x61 && b <= 0x7A else { return false }
    return Self.modifierSuffixes.contains(String(decoding: t[after...], as: UTF8.self))
  }

  static let modifierSuffixes: Set<String> = [
    "class", "based", "led", "backed", "made", "born", "owned", "run", "held", "controlled", "style", "type",
    "linked", "allied", "friendly", "funded", "sponsored", "speaking", "bound", "era", "occupied", "annexed",
    "aligned", "affiliated", "designed", "built", "supplied", "produced", "related", "oriented", "inspired",
  ]

  mutating func nameRun(at i: Int) -> Int? {
    guard i < tokenCount, tokens[i].kind == .word, tokens[i].isCapitalized || allCaps, !hasLowercaseSuffix(i)
    else { return nil }
    if has(i, .nonName) || titleTrie.value(word: words[i]) != nil { return nil }
    var j = i + 1
    var end = i + 1
    let limit = min(tokenCount, i + 10)  // names are short; keeps long capitalized lines linear
    // (Fields read in place, and the key only for a word that is not capitalized: no token copy.)
    while j < limit {
      if tokens[j].kind == .word && tokens[j].isCapitalized && !has(j, .nonName) && !hasLowercaseSuffix(j) {
        // A country or its adjective ends a name ("Iranian", not "Tehran Iranian"), and after
        // "of" so does any known actor: "Hundreds of UN troops", "Members of Congress"
        // are a sentence's first word and an actor, not one name (unless an organization word
        // comes first: "Bank of Japan", "University of Tehran").
        if j > i, let lex = lexiconTrie.value(word: words[j]) {
          let kind = entryFacts[Int(lex)].kind
          if kind == .countryName || kind == .adjective, !contains(.organization, i, j) { break }
          // ("Port of Miami", "Straits of Florida": a place word keeps it one name.)
          if words[j - 1] == kw.of, !contains(.organization, i, j), !contains(.place, i, j) { break }
        }
        j += 1
        end = j
        continue
      }
      if tokens[j].kind == .word && Self.isNameParticle(key(j)) {
        j += 1
        end = j
        continue
      }
      if has(j, .connector), j + 1 < tokenCount, tokens[j + 1].isCapitalized,
        tokens[j + 1].kind == .word
      {
        j += 1
        continue
      }
      break
    }
    return end
  }

  /// A name written with the Arabic article in lower case: "al-Qaeda", "al-Shabab", "el-Sisi",
  /// "ash-Sham" (the article in one of its transliterations, a hyphen, then a capital letter).
  static func startsWithArticleParticle(_ text: String) -> Bool {
    let utf8 = text.utf8
    guard let hyphen = utf8.firstIndex(of: UInt8(ascii: "-")), hyphen != utf8.startIndex else { return false }
    let after = utf8.index(after: hyphen)
    guard after != utf8.endIndex, utf8[after] &- UInt8(ascii: "A") < 26 else { return false }
    return NameParticles.isArabicArticle(utf8[..<hyphen])
  }

  /// A lower-case word inside a name: "al-…", "el-…", "jr.", "sr.".
  static func isNameParticle(_ key: String) -> Bool {
    // Bytes, not `hasPrefix`: this runs for every lower-case word after a capitalized one.
    let utf8 = key.utf8
    guard utf8.count >= 3 else { return false }
    var bytes = utf8.makeIterator()
    guard let a = bytes.next(), let b = bytes.next(), let c = bytes.next() else { return false }
    if c == UInt8(ascii: "-") { return NameParticles.isInNameArticle(a, b) }
    return utf8.count == 3 && NameParticles.isGenerationSuffix(a, b, c)
  }

  /// A word with flag `f` is among tokens `a..<b` (an organization word: "ministry", "bank";
  /// a place word: "port", "strait", "province").
  mutating func contains(_ f: Flag, _ a: Int, _ b: Int) -> Bool {
    for x in a..<b where has(x, f) { return true }
    return false
  }

  mutating func text(_ a: Int, _ b: Int) -> String {
    // One token (most mentions): its text is the same bytes, already a string.
    if b - a == 1 { return tokens[a].text }
    let base = sentenceStart
    let start = tokens[a].span.start - base
    let end = tokens[b - 1].span.end - base
    // Token spans fall on character boundaries: the bytes between them are whole UTF-8.
    if let s = sentenceText.utf8.withContiguousStorageIfAvailable({
      String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
    }) {
      return s
    }
    let bytes = sentenceText.utf8
    let s = bytes.index(bytes.startIndex, offsetBy: start)
    let e = bytes.index(bytes.startIndex, offsetBy: end)
    return String(sentenceText[s..<e])
  }

  func span(_ a: Int, _ b: Int) -> TextSpan { TextSpan(start: tokens[a].span.start, end: tokens[b - 1].span.end) }

  // MARK: Emitting

  mutating func emit(
    _ a: Int, _ b: Int, _ entity: ActorEntity, code: String?, role: String? = nil, rule: String, confidence: Double? = nil,
    entityNumber: Int32 = -1
  ) {
    // Only countries and their metonyms put a country in focus (not people, media or places).
    if entity.type == .country { state.count(entity.id, number: entityNumber) }
    if entity.type == .person {
      let n = state.add(DocumentState.PersonRef(entity: entity, code: code, role: role, number: entityNumber))
      lastPerson = n
      var here = false
      for p in personsHere where DocumentState.sameID(state.people[Int(p)].entity.id, entity.id) {
        here = true
        break
      }
      if !here { personsHere.append(n) }
      state.noteRecent(n)
    } else {
      lastPerson = -1
    }
    // Appended last, built in place (the memberwise initializer: see ``ActorMention``).
    mentions.append(
      ActorMention(
        sentence: sentenceIndex, span: span(a, b), text: text(a, b), entity: entity, code: code, role: role,
        rule: rule, confidence: confidence ?? ActorMention.defaultConfidence(rule: rule)))
  }

  /// ``emit(_:_:_:code:role:rule:confidence:entityNumber:)`` with `rule`'s name and confidence.
  mutating func emit(
    _ a: Int, _ b: Int, _ entity: ActorEntity, code: String?, role: String? = nil, rule: Rule, entityNumber: Int32 = -1
  ) {
    emit(a, b, entity, code: code, role: role, rule: rule.name, confidence: rule.confidence, entityNumber: entityNumber)
  }

  /// A rule name and its ``ActorMention/defaultConfidence(rule:)``, computed once: the
  /// dictionary rules name most mentions.
  struct Rule {
    let name: String
    let confidence: Double
    init(_ name: String) {
      self.name = name
      confidence = ActorMention.defaultConfidence(rule: name)
    }
    static let dictionary = Rule("dictionary")
    static let metonym = Rule("metonym")
    static let metonymCapital = Rule("metonym:capital")
    static let metonymModifier = Rule("metonym:modifier")
    static let adjective = Rule("adjective")
    static let possessorModifier = Rule("possessor:modifier")
    static let agentModifier = Rule("agent:modifier")
    static let agentLocation = Rule("agent:location")
    static let agentContext = Rule("agent:context")
    static let agentGroup = Rule("agent:group")
    static let agentRegion = Rule("agent:region")
    static let agentCoordinated = Rule("agent:coordinated")
    static let agreementContext = Rule("agreement:context")
    static let titleOfficeHolder = Rule("title:office-holder")
    static let titleOffice = Rule("title:office")
    static let metonymPlace = Rule("metonym:place")
    static let coreferenceTitle = Rule("coreference:title")
    static let coreferencePronoun = Rule("coreference:pronoun")
    static let coreferenceSurname = Rule("coreference:surname")
    static let dictionarySurname = Rule("dictionary:surname")
    static let dictionaryTitled = Rule("dictionary:titled")
    static let capitalizedName = Rule("capitalized-name")
    static let capitalizedNameTitled = Rule("capitalized-name:titled")
    static let capitalizedNameAcronym = Rule("capitalized-name:acronym")
  }

  mutating func country(_ id: String) -> ActorEntity? { k.entity(id: id) }

  /// ``country(_:)`` of a country counted in the document: by its entity index when known
  /// (no id hashed).
  mutating func countedCountry(_ id: String) -> ActorEntity? {
    let number = state.countryCounts.number(of: id)
    return number >= 0 ? k.entityList[Int(number)] : k.entity(id: id)
  }

  /// ``modifierCountry(_:)`` of `m`, if any; nil and nil without a modifier.
  mutating func modifierCountry(_ m: LexMatch?) -> (iso: String?, owner: String?) {
    guard let m else { return (nil, nil) }
    return modifierCountry(m)
  }

  /// The country a modifier entry stands for and the code it carries by itself.
  mutating func modifierCountry(_ m: LexMatch) -> (iso: String?, owner: String?) {
    switch m.kind {
    case .countryName, .adjective, .capital, .body:
      let iso = k.entries[Int(m.index)].iso
      return (iso, iso)
    case .igo:
      let code = entity(m)?.code ?? "IGO"
      return (nil, String(code.prefix(6)))
    case .organization, .media:
      let ent = entity(m)
      return (ent?.country, ent?.country)
    case .person:
      let iso = entity(m)?.country
      return (iso, iso)
    case .place:
      let iso = entity(m)?.country
      return (iso, iso)
    case .agreement:
      return (nil, nil)
    }
  }

  /// The mention a dictionary entry makes on its own.
  struct Standalone {
    var entity: ActorEntity
    var code: String?
    var role: String?
    var rule: Rule
  }

  /// The mention a dictionary entry makes on its own.
  mutating func standalone(_ m: LexMatch, former: Bool) -> Standalone? {
    guard let ent = entity(m) else { return nil }
    switch m.kind {
    case .capital: return Standalone(entity: ent, code: k.entries[Int(m.index)].code, role: nil, rule: .metonymCapital)
    case .body: return Standalone(entity: ent, code: k.entries[Int(m.index)].code, role: nil, rule: .metonym)
    case .adjective: return Standalone(entity: ent, code: ent.code, role: nil, rule: .adjective)
    case .person:
      var (code, role) = k.personCode(number: m.entityIndex, on: date)
      if former, let iso = ent.country {
        code = iso + "ELI"
        role = role.map { $0.hasPrefix("former ") ? $0 : "former " + $0 }
      }
      return Standalone(entity: ent, code: code, role: role, rule: .dictionary)
    default: return Standalone(entity: ent, code: ent.code, role: nil, rule: .dictionary)
    }
  }

  // MARK: Main loop

  mutating func run() {
    var i = 0
    while i < tokenCount {
      // Most tokens start nothing: skipped here, without entering `step` (a large frame).
      i = skippable(i) ? i + 1 : step(i)
    }
    // Swapped, not copied: a copy would share the buffer that the next sentence empties
    // (copy on write); the next ``load`` empties what `personsHere` now holds.
    if !personsHere.isEmpty { swap(&state.lastPersons, &personsHere) }
  }

  /// Token `i` can start no mention: no dictionary phrase, title or agent starts with its
  /// word, it is no prefix ("former", "the"), trigger or set word (``ActorKnowledge/WordInfo/quiet``),
  /// and it cannot begin a name (a common word, not a word, or lower case in mixed case).
  @inline(__always) func inert(_ i: Int) -> Bool {
    let flags = infos[i].flags
    if flags & ActorKnowledge.WordInfo.quiet == 0 { return false }
    if flags & ActorKnowledge.WordInfo.nonName != 0 || tokens[i].kind != .word { return true }
    return !tokens[i].isCapitalized && !allCaps
  }

  /// A media title that begins with determiner `i` ("The New York Times"), or nil.
  /// ``accept(_:_:_:titled:)`` takes such a title only before a capitalized word, or (all-caps
  /// entries) when the determiner has no lower-case letter, so is capitalized: "the" before a
  /// lower-case word ("the talks") skips the dictionary walk. Kept out of ``step(_:)``, whose
  /// fast path it would slow down.
  @inline(never) mutating func mediaTitle(at i: Int) -> LexMatch? {
    guard tokens[i].isCapitalized || (i + 1 < tokenCount && tokens[i + 1].isCapitalized),
      let m = lexicon(at: i), m.kind == .media
    else { return nil }
    return m
  }

  /// Token `i` starts nothing: an ``inert(_:)`` word; also, as ever, a lower-case word without
  /// facts (a regional word such as "multinational" counts only after "the").
  @inline(__always) func skippable(_ i: Int) -> Bool {
    inert(i) || (infos[i].withoutQuiet == .empty && !tokens[i].isCapitalized && !allCaps)
  }

  /// Recognizes whatever starts at token `i` (not ``skippable(_:)``); returns the next token to look at.
  mutating func step(_ i0: Int) -> Int {
    // Titles that begin with "The" ("The New York Times", "The Hill").
    if has(i0, .determiner), let m = mediaTitle(at: i0), let ent = entity(m) {
      emit(i0, m.end, ent, code: ent.code, rule: Rule.dictionary)
      return m.end
    }
    var i = i0
    let start = i0
    var former = false
    var hasThe = false
    if has(i, .former) {
      former = true
      i += 1
    }
    if i < tokenCount && has(i, .determiner) {  // "the", "a", "an"
      hasThe = words[i] == kw.the
      i += 1
    }
    if i < tokenCount, !former, has(i, .former) {
      former = true
      i += 1
    }
    guard i < tokenCount else { return i0 + 1 }
    // "the talks", "a former aide": nothing starts after the prefix either (see ``inert(_:)``).
    if i > i0 && inert(i) { return i0 + 1 }

    // Regional and foreign modifiers ("Western diplomats", "Arab ministers", "foreign
    // journalists"): a group of that region, never the country in focus.
    if let region = regionalModifier(at: i) {
      if let ag = agentChain(at: region.end) {
        let a = hasThe || former ? start : i
        let sector = former ? "ELI" : ag.sector
        let name = region.name.map { $0 + " " } ?? ""
        let label = name + phrase(region.end, ag.end)
        let ent = ActorEntity(
          id: TextKeys.slugID("group:", label), name: label, type: .group, code: (region.code ?? "") + sector)
        emit(a, ag.end, ent, code: (region.code ?? "") + sector, rule: Rule.agentRegion)
        return ag.end
      }
      // "Western sanctions": nothing to code; do not let the word start a name.
      if !tokens[i].isCapitalized || lexicon(at: i) == nil { return region.end }
    }

    // "the Islamic regime", "the communist government": a qualifier of a governing body
    // belongs to the mention.
    if i + 1 < tokenCount, inSet(i, ActorKnowledge.regimeQualifierWord), lexicon(at: i) == nil,
      let ag = agent(at: i + 1), inSet(Self.governingBodies, i + 1, ag.end, bit: ActorKnowledge.governingBodyWord)
    {
      i += 1
      hasThe = true
    }

    // Context agreements: "the nuclear deal" in an article about Iran.
    if has(i, .trigger), key(i) == "nuclear", i + 1 < tokenCount, ["deal", "agreement", "accord", "pact"].contains(key(i + 1)),
      state.countryCounts["country:IRN"] != nil, let jcpoa = k.entity(id: "agreement:jcpoa")
    {
      emit(i, i + 2, jcpoa, code: nil, rule: Rule.agreementContext)
      return i + 2
    }

    // Modifier: a dictionary entry, possibly possessive.
    var modifier: LexMatch? = nil
    var afterModifier = i
    var possessive = false
    // Looked up once: rule 5 (agreements) reads it again; nothing before it changes the state.
    let lexiconAtI = lexicon(at: i)
    if let m = lexiconAtI, m.kind != .agreement {
      modifier = m
      afterModifier = m.end
      if afterModifier < tokenCount && (words[afterModifier] == kw.possessive || words[afterModifier] == kw.apostrophe) {
        possessive = true
        afterModifier += 1
      }
    }

    // Titles after the modifier (or at i).
    var titleEnd = afterModifier
    var lastTitle: (title: ActorKnowledge.Title, start: Int, end: Int)? = nil
    var firstTitleStart: Int? = nil
    while let t = title(at: titleEnd) {
      // "general" in "attorney general" etc. is inside the longest match already.
      if firstTitleStart == nil { firstTitleStart = titleEnd }
      lastTitle = (t.title, titleEnd, t.end)
      titleEnd = t.end
      if titleEnd < tokenCount && words[titleEnd] == kw.former { titleEnd += 1 }
    }
    if titleEnd < tokenCount && words[titleEnd] == kw.former && lastTitle == nil { former = true }
    // "Prime Minister of Estonia", "the president of France": the country follows the title.
    if modifier == nil, let lt = lastTitle, titleEnd + 1 < tokenCount, words[titleEnd] == kw.of {
      var c = titleEnd + 1
      if words[c] == kw.the && c + 1 < tokenCount { c += 1 }
      if let m = lexicon(at: c), [.countryName, .igo].contains(m.kind) {
        let owner = modifierCountry(m)
        let titleText = text(firstTitleStart ?? lt.start, lt.end).lowercased()
        let a = hasThe || former ? start : (firstTitleStart ?? i)
        if let o = owner.owner, !former, let holder = k.officeHolder(owner: o, title: titleText, on: date),
          let ent = k.entity(id: holder)
        {
          let code = k.personCode(id: holder, on: date).code
          emit(a, m.end, ent, code: code, role: titleText, rule: Rule.titleOfficeHolder)
          remember(lastPerson, fullName: false)
          return m.end
        }
        if let iso = owner.iso, let ent = country("country:" + iso) {
          emit(a, m.end, ent, code: iso + (former ? "ELI" : (lt.title.sector ?? "GOV")), role: titleText, rule: Rule.titleOffice)
          return m.end
        }
      }
    }

    // A title needs to be a title here: skip "general" or "major" used as adjectives.
    if let lt = lastTitle, modifier == nil, lt.title.sector == "MIL", lt.end - lt.start == 1,
      !(tokens[lt.start].isCapitalized), !(hasThe)
    {
      lastTitle = nil
      titleEnd = afterModifier
    }

    // The modifier's country (``modifierCountry(_:)``) is looked up by the rules that use it:
    // most modifiers stand alone (rule 4), which needs none.
    let modIsPersonish = modifier?.kind == .person

    // 1. [modifier] title+ Name → person.
    if let lt = lastTitle, let nameStart = Optional(titleEnd), nameStart < tokenCount {
      if let person = personName(at: nameStart) {
        if let m = modifier, m.kind != .adjective, !modIsPersonish || possessive {
          emitModifier(m, start: i, former: false, rule: .metonymModifier)
        }
        let titleText = text(firstTitleStart ?? lt.start, lt.end).lowercased()
        let modCountry = modifierCountry(modifier)
        finishPerson(
          person, titleText: titleText, sector: lt.title.sector, iso: modCountry.iso, owner: modCountry.owner,
          former: former)
        return person.end
      }
    }

    // 2. modifier['s] title+ → an office.
    if let m = modifier, let lt = lastTitle, !modIsPersonish || possessive {
      let titleText = text(firstTitleStart ?? lt.start, lt.end).lowercased()
      let modCountry = modifierCountry(m)
      let owner = modCountry.owner
      let a = hasThe || former ? start : i
      if let owner, !former, let holder = k.officeHolder(owner: owner, title: titleText, on: date),
        let ent = k.entity(id: holder)
      {
        let (code, _) = k.personCode(id: holder, on: date)
        emit(a, lt.end, ent, code: code, role: titleText, rule: Rule.titleOfficeHolder)
        remember(lastPerson, fullName: false)
      } else if let iso = modCountry.iso, let ent = country("country:" + iso) {
        let code = iso + (former ? "ELI" : (lt.title.sector ?? "GOV"))
        emit(a, lt.end, ent, code: code, role: (former ? "former " : "") + titleText, rule: Rule.titleOffice)
      } else if let owner, owner.hasPrefix("IGO"), let ent = entity(m) {
        emit(a, lt.end, ent, code: owner, role: titleText, rule: Rule.titleOffice)
      } else {
        emitModifier(m, start: i, former: former)
        return m.end
      }
      return apposition(after: lt.end)
    }

    // 3a. "[Chinese] Foreign Ministry spokesperson Mao Ning": an agent chain ending in a title, then a name.
    // The agent chain after the modifier, looked up once for rules 3a and 3.
    let chainAfterModifier = agentChain(at: afterModifier)
    if let ag = chainAfterModifier, ag.end > afterModifier, titleTrie.value(word: words[ag.end - 1]) != nil,
      modifier == nil || modifier?.kind != .person, let person = personName(at: ag.end)
    {
      if let m = modifier, m.kind != .adjective {
        emitModifier(m, start: i, former: false, rule: .metonymModifier)
      }
      let modCountry = modifierCountry(modifier)
      finishPerson(
        person, titleText: text(afterModifier, ag.end).lowercased(), sector: ag.sector, iso: modCountry.iso,
        owner: modCountry.owner, former: former)
      return person.end
    }

    // 3. modifier['s] agent+ → the modifier's country with the agent's sector.
    if let m = modifier, let ag = chainAfterModifier {
      let a = hasThe || former ? start : i
      let sector = former ? "ELI" : ag.sector
      if m.kind == .organization, let ent = entity(m) {
        // "Hamas fighters", "Boko Haram gunmen": members of the organization.
        emit(a, ag.end, ent, code: former ? (ent.country ?? "") + "ELI" : ent.code, rule: Rule.agentModifier)
        return ag.end
      }
      let modCountry = modifierCountry(m)
      if let iso = modCountry.iso, let ent = country("country:" + iso) {
        emit(a, ag.end, ent, code: iso + sector, role: nil, rule: Rule.agentModifier)
        return ag.end
      }
      if let owner = modCountry.owner, let ent = entity(m) {
        emit(a, ag.end, ent, code: owner.hasPrefix("IGO") ? owner + (ag.sector == "GOV" ? "" : ag.sector) : owner,
          rule: Rule.agentModifier)
        return ag.end
      }
    }

    // 4a. "Russia's Baltic Fleet", "Chile's Defense Ministry": a possessor and an organization.
    if let m = modifier, possessive, m.kind != .person, afterModifier < tokenCount {
      let modCountry = modifierCountry(m)
      let run = nameRun(at: afterModifier)
      let orgRun: Bool
      if let run { orgRun = contains(.organization, afterModifier, run) } else { orgRun = false }
      if let next = lexicon(at: afterModifier), next.kind != .adjective, !orgRun || next.end >= run! {
        // A government body named generically ("Defense Department") belongs to the possessor.
        if next.kind == .body, let iso = modCountry.iso, entityID(next) != "country:" + iso,
          let ent = country("country:" + iso)
        {
          emit(i, next.end, ent, code: iso + "GOV", rule: Rule.metonym)
          return next.end
        }
        emitModifier(m, start: i, former: false, rule: .possessorModifier)
        return afterModifier
      }
      if let end = run, orgRun {
        emitModifier(m, start: i, former: false, rule: .possessorModifier)
        let parentCode = m.kind == .organization ? entity(m)?.code : nil
        emitOrganization(afterModifier, end, iso: modCountry.iso, parentCode: parentCode)
        return end
      }
    }

    // 4. A dictionary entry alone.
    if let m = modifier {
      if m.kind == .person {
        let seen = state.isIntroduced(entityID(m), number: m.entityIndex)
        state.introduce(entityID(m), number: m.entityIndex)
        if let s = standalone(m, former: former), let code = s.code {
          let short = m.end - i == 1 && !isFullName(entityID(m), i, m.end)
          let rule = short ? (seen ? Rule.coreferenceSurname : Rule.dictionarySurname) : Rule.dictionary
          emit(former ? start : i, m.end, s.entity, code: code, role: s.role, rule: rule, entityNumber: m.entityIndex)
          remember(lastPerson, fullName: m.end - i > 1)
          return apposition(after: m.end)
        }
      }
      // "US and British activists", "Russian, Iranian and Syrian officials": coordinated
      // modifiers share the agent noun that follows the last of them.
      if m.kind == .adjective || (m.kind == .countryName && m.capsOnly), !possessive, let sector = coordinatedAgentSector(after: m.end),
        let iso = modifierCountry(m).iso, let ent = country("country:" + iso)
      {
        emit(i, m.end, ent, code: iso + (former ? "ELI" : sector), rule: Rule.agentCoordinated)
        return m.end
      }
      // A capital after a locative preposition is a place ("protests in Tehran"), not the government.
      if m.kind == .capital, i > 0, inSet(i - 1, ActorKnowledge.capitalLocativeWord), let ent = entity(m) {
        emit(i, m.end, ent, code: ent.code, rule: Rule.metonymPlace)
        return m.end
      }
      emitModifier(m, start: i, former: former)
      return m.end
    }

    // 5. Agreements.
    if let m = lexiconAtI, m.kind == .agreement, let ent = entity(m) {
      emit(i, m.end, ent, code: nil, rule: Rule.dictionary)
      return m.end
    }

    // 6. Title alone: "the president", "the foreign minister" → coreference.
    if let lt = lastTitle, hasThe, lt.end <= tokenCount {
      let titleText = text(firstTitleStart ?? lt.start, lt.end).lowercased()
      if let ref = titleCoreference(titleText) {
        emit(start, lt.end, ref.entity, code: ref.code, role: titleText, rule: Rule.coreferenceTitle)
        return lt.end
      }
    }

    // 7. Generic agents alone (not the first word of a longer capitalized name: "Ministry of Mines").
    // (Without a modifier, `afterModifier` is `i`: the chain found for rules 3a and 3.)
    if modifier == nil, let ag = chainAfterModifier,
      !(tokens[i].isCapitalized && !titleCase && (nameRun(at: i) ?? 0) > ag.end)
    {
      let a = hasThe || former ? start : i
      // "the government in Tehran", "police in Kharkiv", "trade unions in Denmark": the place
      // acts as the modifier, so any agent noun qualifies.
      if ag.end + 1 < tokenCount, words[ag.end] == kw.in || words[ag.end] == kw.of || words[ag.end] == kw.from {
        var p = ag.end + 1
        if words[p] == kw.the && p + 1 < tokenCount { p += 1 }
        // Reporters, experts and aid workers in a place are not that country's.
        if !Self.professions.contains(ag.sector), let place = lexicon(at: p),
          [.countryName, .capital, .place].contains(place.kind),
          let iso = modifierCountry(place).iso, let ent = country("country:" + iso)
        {
          emit(a, place.end, ent, code: iso + (former ? "ELI" : ag.sector), rule: Rule.agentLocation)
          return place.end
        }
      }
      let adjectival = !hasThe && inSet(Self.adjectivalAgents, i, ag.end, bit: ActorKnowledge.adjectivalAgentWord)
      if !adjectival,
        !inSet(Self.needsModifier, i, ag.end, bit: ActorKnowledge.needsModifierWord)
          || (hasThe && inSet(Self.governingBodies, i, ag.end, bit: ActorKnowledge.governingBodyWord))
      {
        emitAgent(a, ag.end, key: phrase(i, ag.end), sector: former ? "ELI" : ag.sector)
        return ag.end
      }
    }

    // 8. Pronouns (conservative): sentence-initial "He"/"She" when exactly one person of a
    // compatible gender was named in the last sentence that named people.
    if i0 == firstWordIndex, key(i0) == "he" || key(i0) == "she", pronoun(at: i0) { return i0 + 1 }

    // 9. Names not in the dictionaries (possibly after a title).
    let nameAt = lastTitle != nil ? titleEnd : i
    if let person = personName(at: nameAt, requireTitle: false) {
      if let lt = lastTitle {
        let titleText = text(firstTitleStart ?? lt.start, lt.end).lowercased()
        finishPerson(person, titleText: titleText, sector: lt.title.sector, iso: nil, owner: nil, former: former)
        return person.end
      }
      if let end = unknownName(at: i) { return end }
    } else if lastTitle == nil, let end = unknownName(at: i) {
      return end
    }
    return i0 + 1
  }

  /// Rule 8 for the sentence-initial "He" or "She" at `i0`: emits the one person it can refer
  /// to, if any (true). Kept out of ``step(_:)``: rarely taken, and its closures would enlarge it.
  @inline(never) mutating func pronoun(at i0: Int) -> Bool {
    let wanted = key(i0) == "he" ? 1 : 2
    let people = state.lastPersons.map { state.people[Int($0)] }.filter { $0.entity.type == .person }
    let genders = people.map { k.gender(of: $0.entity) }
    let sure = zip(people, genders).filter { $0.1 == wanted }.map(\.0)
    let possible = zip(people, genders).filter { $0.1 == wanted || $0.1 == 0 }.map(\.0)
    // The female-name list is explicit, the male one is not: "she" may pick the one named
    // woman among people of unknown gender, "he" needs a single non-woman.
    let pick = wanted == 2 && sure.count == 1 ? sure.first : (possible.count == 1 ? possible.first : nil)
    guard let ref = pick else { return false }
    emit(i0, i0 + 1, ref.entity, code: ref.code, role: ref.role, rule: Rule.coreferencePronoun)
    return true
  }

  var firstWordIndex: Int {
    var x = 0
    while x < tokenCount && tokens[x].kind == .punctuation { x += 1 }
    return x
  }

  func isFullName(_ id: String, _ a: Int, _ b: Int) -> Bool {
    guard let ent = k.entity(id: id) else { return false }
    return k.nameKey(ent).elementsEqual((a..<b).map { key($0) })
  }

  /// Words that qualify a governing body without naming its country ("the Islamic regime").
  static let regimeQualifiers: Set<String> = [
    "islamic", "islamist", "communist", "clerical", "theocratic", "military", "socialist", "revolutionary",
    "authoritarian", "ruling", "interim", "transitional", "caretaker", "hardline", "religious", "nationalist",
    "fascist", "totalitarian", "repressive", "brutal", "illegitimate", "puppet", "de facto", "shia", "sunni",
    "taliban", "baathist", "ba'athist", "marxist", "regional", "provisional",
  ]

  /// Regional adjectives and their CAMEO region codes; nil for "foreign" and the like
  /// (a group with no country).
  static let regions: [String: (name: String?, code: String?)] = [
    "western": ("Western", "WST"), "european": ("European", "EUR"), "arab": ("Arab", "ARB"),
    "african": ("African", "AFR"), "asian": ("Asian", "ASA"), "gulf": ("Gulf", "PGS"),
    "latin american": ("Latin American", "LAM"), "middle eastern": ("Middle Eastern", "MEA"),
    "mideast": ("Middle Eastern", "MEA"), "nordic": ("Nordic", "SCN"), "scandinavian": ("Scandinavian", "SCN"),
    "balkan": ("Balkan", "BLK"), "caribbean": ("Caribbean", "CRB"), "eastern european": ("Eastern European", "EEU"),
    "central asian": ("Central Asian", "CAS"), "south asian": ("South Asian", "SAS"),
    "southeast asian": ("Southeast Asian", "SEA"), "north african": ("North African", "NAF"),
    "west african": ("West African", "WAF"), "east african": ("East African", "EAF"),
    "central african": ("Central African", "CFR"), "southern african": ("Southern African", "SAF"),
    "north american": ("North American", "NMR"), "south american": ("South American", "SAM"),
    "central european": ("Central European", "CEU"), "mediterranean": ("Mediterranean", "MDT"),
    "foreign": (nil, nil), "international": (nil, nil), "overseas": (nil, nil), "outside": (nil, nil),
    "global": (nil, nil), "allied": (nil, nil), "multinational": (nil, nil), "un-named": (nil, nil),
  ]

  static let regionFirstWords: Set<String> = Set(regions.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
  /// ``regionFirstWords`` and ``regimeQualifiers`` for the test every token goes through.

  /// Whether the words of tokens `a..<b`, joined by spaces, are in `set`, whose one-word
  /// members carry `bit` in ``ActorKnowledge/setsByWord`` (one word: no joined string, no hashing).
  /// Phrases of several words are compared as word ids with the set's members of as many
  /// words (``ActorKnowledge/phraseSetMembers``): no joined string, no hashing either.
  mutating func inSet(_ set: Set<String>, _ a: Int, _ b: Int, bit: UInt8) -> Bool {
    if b - a == 1 { return inSet(a, bit) }
    for member in k.phraseSetMembers where member.bit == bit && member.words.count == b - a {
      var x = a
      while x < b && words[x] == member.words[x - a] { x += 1 }
      if x == b { return true }
    }
    return false
  }

  /// Token `i`'s word is in one of the word sets `set` names (``ActorKnowledge/setsByWord``).
  @inline(__always) func inSet(_ i: Int, _ set: UInt8) -> Bool {
    let word = words[i]
    return word >= 0 && k.setsByWord[Int(word)] & set != 0
  }

  /// A regional or foreign modifier at `i` (one or two words), unless the words start a
  /// longer dictionary name ("European Union", "Arab League").
  /// (The test of the first word is inlined into the caller: few words start a regional
  /// modifier, and the call costs more than the test.)
  @inline(__always) mutating func regionalModifier(at i: Int) -> (name: String?, code: String?, end: Int)? {
    guard i < tokenCount, tokens[i].kind == .word, inSet(i, ActorKnowledge.regionFirstWord) else { return nil }
    return regionalModifierEntry(at: i)
  }

  /// ``regionalModifier(at:)`` for a word that may start one.
  mutating func regionalModifierEntry(at i: Int) -> (name: String?, code: String?, end: Int)? {
    // The two-word modifier first, then the one-word one (their words compared as word ids).
    for len in (1...2).reversed() where i + len <= tokenCount {
      let second: Int32 = len == 2 ? words[i + 1] : -1
      guard len == 1 || second >= 0, let r = regionPhrase(words[i], second) else { continue }
      if let m = lexicon(at: i), m.end > i + len { return nil }
      // "Foreign Ministry", "foreign minister": the word belongs to an agent or a title.
      if let a = agent(at: i), a.end > i + len - 1 { return nil }
      if let t = title(at: i), t.end > i + len - 1 { return nil }
      return (r.name, r.code, i + len)
    }
    return nil
  }

  /// The regional modifier whose words have ids `first` and `second` (-1: one word), if any.
  mutating func regionPhrase(_ first: Int32, _ second: Int32) -> (name: String?, code: String?)? {
    for r in k.regionPhrases where r.first == first && r.second == second { return (r.name, r.code) }
    return nil
  }

  /// The sector of the agent noun after a list of country modifiers that starts at `j`
  /// with "and", "or" or a comma ("… and British activists" → OPP), or nil.
  mutating func coordinatedAgentSector(after j0: Int) -> String? {
    var j = j0
    var sawConjunction = false
    for _ in 0..<6 {
      guard j < tokenCount else { return nil }
      if key(j) == "and" || key(j) == "or" || key(j) == "," {
        sawConjunction = sawConjunction || key(j) != ","
        j += 1
        continue
      }
      guard j > j0, let m = lexicon(at: j), m.kind == .adjective || (m.kind == .countryName && m.capsOnly)
      else { return nil }
      if sawConjunction {
        guard let ag = agentChain(at: m.end) else { return nil }
        return ag.sector
      }
      j = m.end
    }
    return nil
  }

  /// Agent nouns that stand alone only after "the" ("the government").
  static let governingBodies: Set<String> = [
    "government", "regime", "administration", "military", "opposition", "army", "navy", "air force",
    "national guard", "judiciary", "cabinet", "leadership", "ministry", "legislature",
  ]

  static let genericHeads: Set<String> = [
    "officials", "official", "leaders", "leader", "spokesman", "spokeswoman", "spokesperson", "officers", "forces",
    "members", "sources", "source", "chief", "head",
  ]
  // Short lists of three-letter codes: a scan is cheaper than hashing.
  static let stateSectors: [String] = ["GOV", "MIL", "COP", "LEG", "JUD", "SPY"]
  static let professions: [String] = ["MED", "EDU", "BUS", "HLH", "NGO", "REL", "PTY"]

  /// A chain of agent nouns ("government officials"): sector of the head, or of the first
  /// noun when the head is a generic word ("military officials" → MIL).
  /// (The facts test is inlined into the caller, as for ``lexicon(at:titled:)``.)
  @inline(__always) mutating func agentChain(at i: Int) -> (sector: String, end: Int)? {
    guard i < tokenCount, infos[i].agentMax > 0 else { return nil }
    return agentChainEntry(at: i)
  }

  /// ``agentChain(at:)`` for a token that starts some agent noun.
  mutating func agentChainEntry(at i: Int) -> (sector: String, end: Int)? {
    guard var cur = agent(at: i) else { return nil }
    var firstSector = cur.sector
    var end = cur.end
    var headStart = i
    while let next = agent(at: end) {
      headStart = end
      cur = next
      end = next.end
    }
    if firstSector == "GOV", cur.sector != "GOV" { firstSector = cur.sector }
    // Generic heads are single words: a word-set bit, no joined key.
    let generic = end - headStart == 1 && inSet(headStart, ActorKnowledge.genericHeadWord)
    return (generic ? firstSector : cur.sector, end)
  }

  // MARK: Persons

  struct PersonMatch {
    var start: Int
    var end: Int
    var known: String?
    /// The index of `known` in ``ActorKnowledge/entityList`` (-1: none).
    var knownNumber: Int32 = -1
    /// The person a surname refers to: an index in ``DocumentState/people``.
    var coreference: Int32?
  }

  /// A person's name at `i`: a built-in person, a surname seen before, or a capitalized run.
  mutating func personName(at i: Int, requireTitle: Bool = true) -> PersonMatch? {
    guard i < tokenCount else { return nil }
    // Any dictionary name here ends the person rule. A title only relaxes the acceptance of
    // people (``accept(_:_:_:titled:)``): without a match with it there is none without it,
    // and a match that is no person is accepted either way, so one lookup tells both.
    let match = lexicon(at: i, titled: true)
    if let m = match, m.kind == .person {
      return PersonMatch(start: i, end: m.end, known: entityID(m), knownNumber: m.entityIndex)
    }
    if match != nil { return nil }
    guard let end = nameRun(at: i) else { return nil }
    if end - i == 1, let ref = state.surname(key(i)) {
      return PersonMatch(start: i, end: end, coreference: ref)
    }
    if !requireTitle { return nil }
    if contains(.organization, i, end) { return nil }
    return PersonMatch(start: i, end: end)
  }

  static let titleAbbreviations: [String: String] = [
    "sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general", "lt.": "lieutenant",
    "col.": "colonel", "adm.": "admiral", "capt.": "captain", "sgt.": "sergeant", "maj.": "major",
    "prof.": "professor", "cmdr.": "commander", "lt. gen.": "lieutenant general", "maj. gen.": "major general",
    "brig. gen.": "brigadier general",
  ]

  mutating func finishPerson(
    _ p: PersonMatch, titleText written: String, sector: String?, iso: String?, owner: String?, former: Bool
  ) {
    let titleText = Self.titleAbbreviations[written] ?? written
    if let id = p.known, let ent = p.knownNumber >= 0 ? k.entityList[Int(p.knownNumber)] : k.entity(id: id) {
      var (code, role) = p.knownNumber >= 0 ? k.personCode(number: p.knownNumber, on: date) : k.personCode(id: id, on: date)
      if former, let c = ent.country {
        code = c + "ELI"
        role = "former " + titleText
      } else if role == nil || date == nil, let sector, !titleText.isEmpty, let c = iso ?? ent.country {
        // Undated text or no role in the tables: the title written in the text decides.
        code = c + sector
        role = titleText
      } else if !titleText.isEmpty, !Self.isCourtesyTitle(titleText, periodOnly: true) {
        role = role.map { r in r.hasPrefix("former") ? r : titleText }
      }
      state.introduce(id, number: p.knownNumber)
      emit(
        p.start, p.end, ent, code: code, role: role, rule: isFullName(id, p.start, p.end) ? Rule.dictionary : Rule.dictionaryTitled,
        entityNumber: p.knownNumber)
      remember(lastPerson, fullName: p.end - p.start > 1)
      return
    }
    if let n = p.coreference {
      let ref = state.people[Int(n)]
      emit(p.start, p.end, ref.entity, code: ref.code, role: ref.role, rule: Rule.coreferenceSurname)
      return
    }
    let name = text(p.start, p.end)
    let id = TextKeys.slugID("new:person:", name)
    let ent = ActorEntity(id: id, name: name, type: .person, code: iso, country: iso, resolved: false)
    let sectorCode = former ? "ELI" : sector
    var code: String? = nil
    if let sectorCode { code = (iso ?? (owner?.hasPrefix("IGO") == true ? owner! : "")) + sectorCode }
    else if let iso { code = iso }
    let isCourtesy = Self.isCourtesyTitle(titleText, periodOnly: false)
    let role = isCourtesy || titleText.isEmpty ? nil : (former ? "former " : "") + titleText
    emit(p.start, p.end, ent, code: code, role: role, rule: Rule.capitalizedNameTitled)
    remember(lastPerson, fullName: p.end - p.start > 1)
  }

  /// Whether `title` is "mr.", "mrs.", "ms." or "dr."; unless `periodOnly`, also one of those
  /// without the period, "sir", "lord" or "dame" (no array of strings built per call).
  static func isCourtesyTitle(_ title: String, periodOnly: Bool) -> Bool {
    switch title {
    case "mr.", "mrs.", "ms.", "dr.": return true
    case "mr", "mrs", "ms", "dr", "sir", "lord", "dame": return !periodOnly
    default: return false
    }
  }

  /// Remembers person reference `n` (an index in ``DocumentState/people``; -1: no person)
  /// under its surname for "Mr. X" and surname coreference (`fullName`: the mention gave the
  /// full name; the newest mention wins either way).
  mutating func remember(_ n: Int32, fullName: Bool) {
    guard n >= 0 else { return }
    let ent = state.people[Int(n)].entity
    guard ent.type == .person else { return }
    // The newest person with a surname wins it (whatever was remembered before): one store.
    // (A name found in the text is keyed by its last word alone when it is ASCII: no key of
    // every word; a built-in person's surname key is in the knowledge.)
    var surname: String?
    if ent.resolved {
      // (By the entity's index when the mention gave it: no id hashed.)
      let number = state.people[Int(n)].number
      surname = (number >= 0 ? k.surnameByEntity[Int(number)] : k.surnameKeys[ent.id]) ?? Self.surnameKey(k.nameKey(ent))
    } else if !ActorKnowledge.asciiSurnameKey(ent.name, into: &surname) {
      surname = Self.surnameKey(k.nameKey(ent))
    }
    if let surname { state.setSurname(surname, n) }
  }

  /// The surname key of a name key: its last word of more than one character that is not
  /// "jr." or "sr." (``ActorKnowledge/surnameKeys`` holds it for the built-in people).
  static func surnameKey(_ nameKey: [String]) -> String? {
    nameKey.last(where: { $0 != "jr." && $0 != "sr." && $0.count > 1 })
  }

  /// "X, Iran's foreign minister," / "X, the Iranian foreign minister,": the apposition gives
  /// the role of an unknown person; it is consumed.
  mutating func apposition(after end: Int) -> Int {
    guard end + 2 < tokenCount, key(end) == ",", mentions.count > sentenceMentions, let last = mentions.last,
      last.entity.type == .person
    else {
      return end
    }
    var j = end + 1
    if key(j) == "the" { j += 1 }
    guard let m = lexicon(at: j), [.countryName, .adjective, .capital, .body].contains(m.kind) else {
      return end
    }
    var after = m.end
    if after < tokenCount && key(after) == "'s" { after += 1 }
    var tEnd = after
    var lastT: ActorKnowledge.Title?
    while let t = title(at: tEnd) {
      lastT = t.title
      tEnd = t.end
    }
    guard let lt = lastT, !last.entity.resolved || last.role == nil else { return end }
    let iso = String(entityID(m).dropFirst("country:".count))
    var updated = last
    updated.entity.country = iso
    updated.entity.code = iso
    updated.code = iso + (lt.sector ?? "GOV")
    updated.role = text(after, tEnd).lowercased()
    mentions[mentions.count - 1] = updated
    remember(state.add(DocumentState.PersonRef(entity: updated.entity, code: updated.code, role: updated.role)), fullName: true)
    state.count("country:" + iso)
    return tEnd
  }

  /// Emits the mention ``standalone(_:former:)`` describes (with `rule` instead of its own).
  mutating func emitModifier(_ m: LexMatch, start: Int, former: Bool, rule: Rule? = nil) {
    guard m.entityIndex >= 0 else { return }
    if m.kind == .person {
      guard let s = standalone(m, former: former) else { return }
      let r = rule ?? s.rule
      emit(start, m.end, s.entity, code: s.code, role: s.role, rule: r.name, confidence: r.confidence)
      return
    }
    // The other kinds, without building a ``Standalone``: the entity is copied once, into the mention.
    let e = Int(m.entityIndex)
    let code: String?
    let own: Rule
    switch m.kind {
    case .capital: (code, own) = (k.entries[Int(m.index)].code, .metonymCapital)
    case .body: (code, own) = (k.entries[Int(m.index)].code, .metonym)
    case .adjective: (code, own) = (k.entityCodes[e], .adjective)
    default: (code, own) = (k.entityCodes[e], .dictionary)
    }
    emitEntity(start, m.end, number: m.entityIndex, code: code, rule: rule ?? own)
  }

  /// ``emit(_:_:_:code:role:rule:confidence:entityNumber:)`` for entity `number` of
  /// ``ActorKnowledge/entityList`` without a role: the entity is read in place and copied
  /// once, into the mention (no copy handed to `emit` first).
  mutating func emitEntity(_ a: Int, _ b: Int, number: Int32, code: String?, rule: Rule) {
    let e = Int(number)
    switch k.entityTypes[e] {
    case .person:
      // Persons are remembered for pronouns: the general path.
      emit(a, b, k.entityList[e], code: code, rule: rule.name, confidence: rule.confidence, entityNumber: number)
      return
    case .country:
      state.count(k.entityIDs[e], number: number, isCountryID: k.entityHasCountryID[e])
    default:
      break
    }
    mentions.append(
      ActorMention(
        sentence: sentenceIndex, span: span(a, b), text: text(a, b), entity: k.entityList[e], code: code, role: nil,
        rule: rule.name, confidence: rule.confidence))
  }

  /// "the president" → the most recent person with that role, else the holder of the office
  /// in the country in focus.
  func titleCoreference(_ title: String) -> DocumentState.PersonRef? {
    let norm = ActorKnowledge.normalizeTitle(title)
    for n in state.recentPersons.reversed() {
      let ref = state.people[Int(n)]
      if let r = ref.role {
        let role = ActorKnowledge.normalizeTitle(r)
        if role == norm || role.hasSuffix(" " + norm) { return ref }
      }
    }
    if let focal = state.focalCountry, let holder = k.officeHolder(owner: String(focal.dropFirst(8)), title: title, on: date),
      let ent = k.entity(id: holder)
    {
      return DocumentState.PersonRef(entity: ent, code: k.personCode(id: holder, on: date).code, role: title)
    }
    return nil
  }

  mutating func emitAgent(_ a: Int, _ b: Int, key: String, sector: String) {
    var target: String? = nil
    if key == "regime" {
      // The country in focus; else the latest one that is not a Western democracy.
      target = state.focalCountry
        ?? state.recentCountries.last(where: { !["country:USA", "country:GBR", "country:FRA", "country:DEU"].contains($0) })
    } else if key == "administration", state.countryCounts["country:USA"] != nil {
      target = "country:USA"
    }
    if target == nil { target = state.focalCountry }
    // Professions (media, experts, business, health, religion, NGOs) stay groups; civilians,
    // protesters, rebels… belong to a country clearly in focus.
    if let target, let ent = countedCountry(target), let iso = ent.country,
      Self.stateSectors.contains(sector) || (!Self.professions.contains(sector) && (state.countryCounts[target] ?? 0) >= 2)
    {
      emit(a, b, ent, code: iso + sector, rule: Rule.agentContext)
      return
    }
    let name = (a..<b).map { self.key($0) }.filter { $0 != "the" && $0 != "a" && $0 != "an" }.joined(separator: " ")
    let ent = ActorEntity(id: TextKeys.slugID("group:", name), name: name, type: .group, code: sector, resolved: true)
    emit(a, b, ent, code: sector, rule: Rule.agentGroup)
  }

  // MARK: Unknown names

  mutating func unknownName(at i: Int) -> Int? {
    guard !titleCase, !allCaps, let end = nameRun(at: i) else { return nil }
    let len = end - i
    let key = self.key(i)
    if len == 1 {
      if let n = state.surname(key) {
        let ref = state.people[Int(n)]
        emit(i, end, ref.entity, code: ref.code, role: ref.role, rule: Rule.coreferenceSurname)
        return end
      }
      let t = tokens[i].text
      // (Letters, digits and hyphens are ASCII: their byte count is their character count.)
      let isAcronym = !allCaps && t.utf8.count >= 2 && t.utf8.count <= 7
        && t.unicodeScalars.allSatisfy { ($0 >= "A" && $0 <= "Z") || $0 == "-" || ($0 >= "0" && $0 <= "9") }
      if isAcronym && !has(i, .nonName) {
        let ent = ActorEntity(id: TextKeys.slugID("new:org:", t), name: t, type: .organization, resolved: false)
        emit(i, end, ent, code: nil, rule: Rule.capitalizedNameAcronym)
        return end
      }
      return nil
    }
    if i == firstWordIndex && len == 1 { return nil }
    let name = text(i, end)
    // The head of "X of Y" is X's last word ("Straits of Florida", "Port of Miami").
    // (Word facts instead of the word sets: a place word, a given name, a locative preposition.)
    var head = end - 1
    if let of = (i + 1..<end - 1).first(where: { words[$0] == kw.of }) { head = of - 1 }
    let isPlace = has(end - 1, .place) || has(head, .place)
    let given = has(i, .given)
    let type: ActorType
    if contains(.organization, i, end) {
      type = isPlace ? .location : .organization
    } else if isPlace {
      type = .location
    } else if i > 0, has(i - 1, .locative), !given {
      type = .location
    } else if given || (len <= 4 && looksLikeName(i, end)) {
      type = .person
    } else {
      type = .organization
    }
    if type == .organization {
      emitOrganization(i, end, iso: nil)
      return end
    }
    let prefix: StaticString = type == .person ? "new:person:" : "new:location:"
    let ent = ActorEntity(id: TextKeys.slugID(prefix, name), name: name, type: type, resolved: false)
    emit(i, end, ent, code: nil, rule: Rule.capitalizedName)
    if type == .person {
      remember(lastPerson, fullName: true)
      return apposition(after: end)
    }
    return end
  }

  /// Sector of an organization from the words of its name ("Defense Ministry" → GOV).
  static let organizationSectors: [String: String] = {
    var m: [String: String] = [:]
    let table: [(String, String)] = [
      ("GOV", "ministry department office agency authority authorities government cabinet directorate secretariat administration bureau commission"),
      ("MIL", "army forces force fleet navy guard guards brigade brigades battalion regiment division corps command"),
      ("COP", "police"), ("JUD", "court courts tribunal"), ("LEG", "parliament assembly senate congress"),
      ("PTY", "party"), ("EDU", "university college institute school academy"),
      ("BUS", "bank corp corp. corporation inc inc. ltd ltd. llc company companies holdings industries motors airlines airways"),
      ("HLH", "hospital"), ("REL", "church mosque"), ("MED", "news times post journal radio television tv"),
      ("NGO", "foundation watch observatory"), ("UAF", "militia"), ("CRM", "cartel syndicate"),
    ]
    for (sector, words) in table {
      for w in words.split(separator: " ") { m[String(w)] = sector }
    }
    return m
  }()

  mutating func emitOrganization(_ a: Int, _ b: Int, iso: String?, parentCode: String? = nil) {
    let name = text(a, b)
    var sector: String? = nil
    // (Every sector word is an organization word: the flag spares a dictionary lookup per token.)
    for x in a..<b where has(x, .organization) { if let s = Self.organizationSectors[key(x)] { sector = s } }
    var country = iso
    if country == nil {
      for x in a..<b {
        if let e = lexiconTrie.value(word: words[x]).map({ k.entries[Int($0)] }), e.kind == .adjective || e.kind == .countryName {
          country = String(e.entityID.dropFirst("country:".count))
          break
        }
      }
    }
    let code: String? = sector.map { (country ?? "") + $0 } ?? parentCode ?? country
    let ent = ActorEntity(
      id: TextKeys.slugID("new:org:", name), name: name, type: .organization, code: code, country: country,
      resolved: false)
    emit(a, b, ent, code: code, rule: Rule.capitalizedName)
  }

  func looksLikeName(_ a: Int, _ b: Int) -> Bool {
    for x in a..<b {
      if tokens[x].kind != .word { return false }
      if Self.isAcronymLike(tokens[x].text) { return false }
    }
    return b - a >= 2
  }

  /// More than one character, all of them upper-case letters ("NATO", "UN"): bytes for ASCII.
  static func isAcronymLike(_ t: String) -> Bool {
    var ascii = true
    var upper = true
    for b in t.utf8 {
      if b >= 0x80 {
        ascii = false
        break
      }
      if b &- UInt8(ascii: "A") >= 26 { upper = false }
    }
    if ascii { return upper && t.utf8.count > 1 }
    return t.count > 1 && t.allSatisfy { $0.isUppercase }
  }
}
