/// The built-in actor knowledge: countries, places, organizations, media, agreements and
/// people with dated roles, plus the word lists the recognizer uses. Built once from the
/// tables in `Actors/Data` and shared (``shared``); immutable afterwards.
public final class ActorKnowledge: Sendable {
  /// The process-wide instance.
  public static let shared = ActorKnowledge()

  /// What a dictionary entry names.
  enum Kind: UInt8, Sendable {
    case countryName, adjective, capital, place, igo, media, body, organization, agreement, person
  }

  /// One dictionary alias.
  struct Entry: Sendable {
    var entityID: String
    var kind: Kind
    /// Code of a mention of this alias (`USAGOV` for "White House"); nil = the entity's code.
    var code: String?
    /// The alias was written in capitals ("US", "WHO"): the text must not be lower case.
    var capsOnly: Bool
    /// A single-token alias of a person that is not a head of state or government: it
    /// matches only after the person's full name or after a title.
    var needsIntroduction: Bool
    /// Other people with the same alias ("Bush", "Clinton"); the date picks one.
    var alternatives: [String] = []
    /// Index of the entity `entityID` in ``ActorKnowledge/entityList`` (-1: none), so that
    /// recognition reads it without hashing the id.
    var entityIndex: Int32 = -1
    /// For countries, adjectives, capitals and bodies: the ISO code (`entityID` without
    /// `country:`), cut once here rather than for every mention.
    var iso: String? = nil
  }

  /// The facts of an ``Entry`` that matching reads for every candidate, in a plain
  /// struct (reading them copies no strings).
  struct EntryFacts: Sendable {
    var entityIndex: Int32
    var kind: Kind
    var capsOnly: Bool
    var needsIntroduction: Bool
    var hasAlternatives: Bool
  }

  /// Values copied into memory that this object owns (and frees), read through ``base``,
  /// a plain pointer: an array read from the knowledge inside the recognizer's mutating
  /// matchers was retained and released around every read.
  final class FrozenArray<Element: Sendable>: @unchecked Sendable {
    /// The first element; valid while this object lives.
    let base: UnsafePointer<Element>
    let count: Int

    init(_ elements: [Element]) {
      count = elements.count
      let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(count, 1))
      _ = buffer.initialize(from: elements)
      base = UnsafePointer(buffer.baseAddress!)
    }

    deinit {
      UnsafeMutablePointer(mutating: base).deinitialize(count: count)
      UnsafeMutablePointer(mutating: base).deallocate()
    }
  }

  struct Role: Sendable {
    var title: String
    var code: String
    var start: Int
    var end: Int?
    var isHead: Bool
  }

  struct Person: Sendable {
    var id: String
    var country: String
    var roles: [Role]
    var base: String?
    /// Code when no dated role applies (user dictionaries: PETRARCH's undated `[CODE]`).
    var defaultCode: String? = nil
    var isHead: Bool { roles.contains { $0.isHead } }
  }

  struct Title: Sendable {
    var sector: String?
    var isHead: Bool
  }

  /// Entities by id.
  let entities: [String: ActorEntity]
  /// The same entities in an array (see ``Entry/entityIndex``), and each id's index in it.
  let entityList: [ActorEntity]
  let entityIndex: [String: Int32]
  /// Vocabulary ids of the words the recognizer compares tokens with, so that it compares
  /// integers rather than strings (``vocabulary`` holds them all).
  struct KeyWords: Sendable {
    var the: Int32
    var of: Int32
    var `in`: Int32
    var from: Int32
    var former: Int32
    /// "'s" and "'".
    var possessive: Int32
    var apostrophe: Int32
  }
  let keyWords: KeyWords

  /// By index in ``entityList``: the entity's id starts with `country:` (`DocumentState.isCountryID`),
  /// so that counting a mention of it needs no look at the id.
  let entityHasCountryID: [Bool]
  /// By index in ``entityList``: each entity's type, id and code, read without copying the entity.
  let entityTypes: [ActorType]
  let entityIDs: [String]
  let entityCodes: [String?]
  /// Alias key (folded lower tokens joined by spaces) → entry.
  let lexicon: [String: Entry]
  /// First token → the longest alias length (in tokens) starting with it.
  let lexiconFirst: [String: Int]
  let titles: [String: Title]
  let titleFirst: [String: Int]
  let agents: [String: String]
  let agentFirst: [String: Int]
  let people: [String: Person]
  /// "ISO|title" or "IGOUNO|title" → people who held the office.
  let offices: [String: [(id: String, start: Int, end: Int?)]]
  let agreementParties: [String: [String]]
  /// Adjective entries by ISO (for "Iranian"), used to name countries in context.
  let countryIDs: Set<String>

  /// The ``UserDictionary/fingerprint`` of the applied user dictionary; nil for the built-in knowledge.
  public let dictionaryFingerprint: String?

  /// Counts of the built-in entries, for reports.
  public let coverage: [String: Int]
  /// Token keys of every built-in entity's canonical name.
  let nameKeys: [String: [String]]
  /// The surname key of every built-in person that has one (``SentencePass/surnameKey(_:)``
  /// of its ``nameKeys`` entry): the recognizer files each mention of a person under it.
  let surnameKeys: [String: String]
  /// ``surnameKeys`` by index in ``entityList`` (nil: no built-in person, or no surname).
  let surnameByEntity: [String?]
  /// The entry of ``people`` of each entity of ``entityList`` (nil: not a built-in person),
  /// for ``personCode(number:on:)``: boxed, so that reading one retains one object instead
  /// of copying the person's fields.
  let peopleByEntity: [PersonBox?]

  /// A built-in person in an object of its own (see ``peopleByEntity``).
  final class PersonBox: Sendable {
    let person: Person
    init(_ person: Person) { self.person = person }
  }
  /// The same phrases as ``lexicon``, ``titles`` and ``agents``, as token tries; the
  /// lexicon's values are indices in ``entries`` (plain integers: matches copy no strings).
  let lexiconTrie: PhraseTrie<Int32>.Tables
  /// The lexicon's entries, by index.
  let entries: [Entry]
  /// ``EntryFacts`` of each of ``entries``, same order.
  let entryFacts: FrozenArray<EntryFacts>
  let titleTrie: PhraseTrie<Title>.Tables
  let agentTrie: PhraseTrie<String>.Tables
  /// Everything the recognizer needs to know about one token key, in one hash lookup.
  let wordInfo: [String: WordInfo]
  /// Every word of the tries and of ``wordInfo``, numbered (the tries' alphabet).
  let vocabulary: WordTable
  /// ``wordInfo`` by word id of ``vocabulary`` (`.empty` for words without facts).
  let infoByWord: [WordInfo]
  /// By word id: membership of the recognizer's per-token word sets (``regionFirstWord``,
  /// ``regimeQualifierWord``).
  let setsByWord: [UInt8]
  /// A first word of a regional modifier (`SentencePass.regionFirstWords`).
  static let regionFirstWord: UInt8 = 1
  /// A qualifier of a governing body (`SentencePass.regimeQualifiers`).
  static let regimeQualifierWord: UInt8 = 2
  /// A single-word head that takes the sector of the agent before it (`SentencePass.genericHeads`).
  static let genericHeadWord: UInt8 = 4
  /// One-word members of `SentencePass.adjectivalAgents`, `.needsModifier` and `.governingBodies`.
  static let adjectivalAgentWord: UInt8 = 8
  static let needsModifierWord: UInt8 = 16
  static let governingBodyWord: UInt8 = 32
  /// ``SentencePass/locatives``: the prepositions after which a capital is a place.
  static let capitalLocativeWord: UInt8 = 64
  /// The members of more than one word of the agent-noun sets (``SentencePass/inSet(_:_:_:bit:)``),
  /// as word ids of ``vocabulary``, each with its set's bit (as in ``setsByWord``).
  let phraseSetMembers: [(bit: UInt8, words: [Int32])]
  /// ``SentencePass/regions`` by word ids of ``vocabulary``: the words of each regional
  /// modifier (one or two), its name and code.
  let regionPhrases: [(first: Int32, second: Int32, name: String?, code: String?)]

  /// Per-word facts: the longest lexicon, title and agent entries starting with the word, and flags.
  struct WordInfo: Sendable, Equatable {
    var lexMax: UInt8 = 0
    var titleMax: UInt8 = 0
    var agentMax: UInt8 = 0
    var flags: UInt16 = 0

    static let nonName: UInt16 = 1
    static let former: UInt16 = 2
    static let given: UInt16 = 4
    static let organization: UInt16 = 8
    static let place: UInt16 = 16
    static let connector: UInt16 = 32
    static let determiner: UInt16 = 64
    static let trigger: UInt16 = 128
    /// The word starts nothing the recognizer looks for: no lexicon, title or agent phrase,
    /// not "former", "the", a trigger or a word of ``ActorKnowledge/setsByWord``.
    static let quiet: UInt16 = 256
    /// A preposition after which an unknown name is a place ("in", "near", "toward"…).
    static let locative: UInt16 = 512
    static let empty = WordInfo()
    /// The facts of a word outside the vocabulary.
    static let unknown = WordInfo(flags: quiet)
    /// These facts without the ``quiet`` mark.
    var withoutQuiet: WordInfo {
      var w = self
      w.flags &= ~Self.quiet
      return w
    }
  }

  /// The built-in knowledge.
  convenience init() { self.init(overlay: nil) }

  /// The built-in knowledge with `dictionary` applied on top: its actors, aliases, codes,
  /// dated roles and agent nouns add to the built-in ones and override them where they
  /// share an alias.
  public convenience init(dictionary: UserDictionary) { self.init(overlay: dictionary) }

  init(overlay: UserDictionary?) {
    var entities: [String: ActorEntity] = [:]
    var lexicon: [String: Entry] = [:]
    var first: [String: Int] = [:]
    var coverage: [String: Int] = [:]
    var agreementParties: [String: [String]] = [:]
    // Room for the built-in tables (about 3,000 aliases and entities): no growing as they fill.
    lexicon.reserveCapacity(4_096)
    first.reserveCapacity(2_048)
    entities.reserveCapacity(4_096)

    func add(_ alias: String, _ entry: Entry) {
      var alias = alias.trimmingSpaces
      guard !alias.isEmpty else { return }
      if entry.kind != .media, Self.startsWithThe(alias) { alias = String(alias.dropFirst(4)) }
      let tokens = TextKeys.key(of: alias)
      guard !tokens.isEmpty else { return }
      let key = TextKeys.joined(tokens)
      var e = entry
      e.capsOnly = Self.isShortCapitals(alias)
      if let existing = lexicon[key] {
        if existing.kind == .person, e.kind == .person, existing.entityID != e.entityID,
          !existing.alternatives.contains(e.entityID)
        {
          lexicon[key]!.alternatives.append(e.entityID)
          lexicon[key]!.needsIntroduction = existing.needsIntroduction && e.needsIntroduction
        }
      } else {
        lexicon[key] = e
      }
      Self.raise(&first[tokens[0], default: 0], to: tokens.count)
    }
    // The built-in tables are split as UTF-8 bytes (see ``tableLines(_:)``).
    func fields(_ line: Substring) -> [String] { Self.trimmedPieces(line, separator: UInt8(ascii: "|"), keepEmpty: true) }
    func list(_ field: String) -> [String] {
      Self.trimmedPieces(Substring(field), separator: UInt8(ascii: ";"), keepEmpty: false)
    }

    // Titles (needed to know heads of state).
    var titles: [String: Title] = [:]
    var titleFirst: [String: Int] = [:]
    for line in Self.tableLines(ActorData.titles) {
      let f = fields(line)
      guard f.count == 2 else { continue }
      let head = f[0].hasSuffix(":head")
      let sector = f[0].split(separator: ":").first.map(String.init)
      for t in list(f[1]) {
        let tokens = TextKeys.key(of: t)
        let key = TextKeys.joined(tokens)
        if titles[key] == nil { titles[key] = Title(sector: sector, isHead: head) }
        Self.raise(&titleFirst[tokens[0], default: 0], to: tokens.count)
      }
    }

    // People first: their full names win over places ("Austin").
    var people: [String: Person] = [:]
    var offices: [String: [(id: String, start: Int, end: Int?)]] = [:]
    var singleAliases: [(String, Entry)] = []
    // Per role title (a few dozen, each held by many people): whether it is a head's, and
    // its office name (``normalizeTitle(_:)``).
    var roleTitles: [String: (isHead: Bool, office: String)] = [:]
    for line in Self.tableLines(ActorData.people + "\n" + ActorData.morePeople) {
      let f = fields(line)
      guard f.count == 6 else { continue }
      let id = "person:" + f[0]
      let iso = f[3]
      var roles: [Role] = []
      for r in list(f[4]) {
        let p = Self.bytePieces(r, separator: UInt8(ascii: ":"))
        guard p.count == 4, let start = CivilDate(iso: p[2]) else { continue }
        let code = p[1].utf8.count == 3 ? iso + p[1] : p[1]
        let title: (isHead: Bool, office: String)
        if let known = roleTitles[p[0]] {
          title = known
        } else {
          title = (
            titles[TextKeys.joined(TextKeys.key(of: p[0]))]?.isHead ?? false, ActorKnowledge.normalizeTitle(p[0])
          )
          roleTitles[p[0]] = title
        }
        let end = CivilDate(iso: p[3])?.dayNumber
        roles.append(Role(title: p[0], code: code, start: start.dayNumber, end: end, isHead: title.isHead))
        let office = (code.hasPrefix("IGO") ? String(code.prefix(6)) : String(code.prefix(3))) + "|" + title.office
        offices[office, default: []].append((id, start.dayNumber, end))
      }
      let person = Person(id: id, country: iso, roles: roles, base: f[5].isEmpty ? nil : f[5])
      people[id] = person
      entities[id] = ActorEntity(id: id, name: f[1], type: .person, code: iso, country: iso)
      for alias in [f[1]] + list(f[2]) {
        var e = Entry(entityID: id, kind: .person, code: nil, capsOnly: false, needsIntroduction: false)
        if !alias.utf8.contains(UInt8(ascii: " ")) {
          e.needsIntroduction = !person.isHead
          singleAliases.append((alias, e))
        } else {
          add(alias, e)
        }
      }
    }
    coverage["people"] = people.count

    // Organizations, media, bodies, agreements.
    for line in Self.tableLines(ActorData.organizations) {
      let f = fields(line)
      guard f.count == 7 else { continue }
      let kind: Kind
      let id: String
      let iso: String? = f[4].isEmpty || f[4] == "XXX" ? nil : f[4]
      let code: String? = f[5].isEmpty ? nil : f[5]
      var entity: ActorEntity?
      switch f[0] {
      case "igo":
        kind = .igo
        id = "igo:" + f[1]
        entity = ActorEntity(id: id, name: f[2], type: .igo, code: code, country: nil)
      case "media":
        kind = .media
        id = "media:" + f[1]
        entity = ActorEntity(id: id, name: f[2], type: .media, code: code, country: iso)
      case "body":
        kind = .body
        id = "country:" + (iso ?? "")
      case "agreement":
        kind = .agreement
        id = "agreement:" + f[1]
        entity = ActorEntity(id: id, name: f[2], type: .agreement, code: nil, country: nil)
        agreementParties[id] = list(f[6]).map { "country:" + $0 }
      default:
        kind = .organization
        id = "org:" + f[1]
        entity = ActorEntity(id: id, name: f[2], type: .organization, code: code, country: iso)
      }
      coverage[f[0], default: 0] += 1
      if let entity { entities[id] = entity }
      for alias in [f[2]] + list(f[3]) {
        add(alias, Entry(entityID: id, kind: kind, code: kind == .body ? code : nil, capsOnly: false, needsIntroduction: false))
      }
    }

    // Countries, capitals, adjectives.
    var countryIDs: Set<String> = []
    for line in Self.tableLines(ActorData.countries) {
      let f = fields(line)
      guard f.count == 5 else { continue }
      let iso = f[0]
      let id = "country:" + iso
      countryIDs.insert(id)
      entities[id] = ActorEntity(id: id, name: f[1], type: .country, code: iso, country: iso)
      for alias in [f[1]] + list(f[2]) {
        add(alias, Entry(entityID: id, kind: .countryName, code: nil, capsOnly: false, needsIntroduction: false))
      }
      for alias in list(f[3]) {
        add(alias, Entry(entityID: id, kind: .adjective, code: nil, capsOnly: false, needsIntroduction: false))
      }
      for alias in list(f[4]) {
        add(alias, Entry(entityID: id, kind: .capital, code: iso + "GOV", capsOnly: false, needsIntroduction: false))
      }
    }
    coverage["countries"] = countryIDs.count

    // Places.
    var places = 0
    for line in Self.tableLines(ActorData.places) {
      let f = fields(line)
      guard f.count == 2 else { continue }
      for name in list(f[1]) {
        let id = "location:" + TextKeys.slug(name)
        let iso: String? = f[0] == "---" ? nil : f[0]
        if entities[id] == nil {
          // De facto states are coded with the CAMEO sector PRE ("GEOPRE" for Abkhazia).
          let code = iso.map { ActorKnowledge.breakawayStates.contains(name) ? $0 + "PRE" : $0 }
          entities[id] = ActorEntity(id: id, name: name, type: .location, code: code, country: iso)
          places += 1
        }
        add(name, Entry(entityID: id, kind: .place, code: nil, capsOnly: false, needsIntroduction: false))
      }
    }
    coverage["places"] = places

    // Single-token person aliases last: places and countries keep their names.
    for (alias, entry) in singleAliases { add(alias, entry) }

    // Generic agents.
    var agents: [String: String] = [:]
    var agentFirst: [String: Int] = [:]
    for line in Self.tableLines(ActorData.agents) {
      let f = fields(line)
      guard f.count == 2 else { continue }
      for a in list(f[1]) {
        let tokens = TextKeys.key(of: a)
        let key = TextKeys.joined(tokens)
        if agents[key] == nil { agents[key] = f[0] }
        Self.raise(&agentFirst[tokens[0], default: 0], to: tokens.count)
      }
    }

    if let overlay {
      ActorKnowledge.apply(
        overlay, entities: &entities, lexicon: &lexicon, first: &first, people: &people, offices: &offices,
        agents: &agents, agentFirst: &agentFirst, titles: titles, countryIDs: countryIDs, coverage: &coverage)
    }

    // Entities by index, and entries that know their entity's index and country code.
    var entityList: [ActorEntity] = []
    var entityIndex: [String: Int32] = [:]
    entityList.reserveCapacity(entities.count)
    for (id, entity) in entities {
      entityIndex[id] = Int32(entityList.count)
      entityList.append(entity)
    }
    // (mapValues keeps the table's layout: no key is hashed again.)
    lexicon = lexicon.mapValues { entry in
      var e = entry
      e.entityIndex = entityIndex[e.entityID] ?? -1
      switch e.kind {
      case .countryName, .adjective, .capital, .body: e.iso = String(e.entityID.dropFirst(8))
      default: break
      }
      return e
    }
    self.entityList = entityList
    self.entityIndex = entityIndex
    self.entityHasCountryID = entityList.map { DocumentState.isCountryID($0.id) }
    self.entityTypes = entityList.map(\.type)
    self.entityIDs = entityList.map(\.id)
    self.entityCodes = entityList.map(\.code)

    self.dictionaryFingerprint = overlay.map(\.fingerprint)
    let nameKeys = entities.mapValues { TextKeys.key(of: $0.name) }
    self.nameKeys = nameKeys
    var surnameKeys: [String: String] = [:]
    var peopleByEntity = [PersonBox?](repeating: nil, count: entityList.count)
    for (id, person) in people {
      if let n = entityIndex[id] { peopleByEntity[Int(n)] = PersonBox(person) }
      if entities[id]?.type == .person, let key = nameKeys[id].flatMap(SentencePass.surnameKey) { surnameKeys[id] = key }
    }
    var surnameByEntity = [String?](repeating: nil, count: entityList.count)
    for (id, key) in surnameKeys {
      if let n = entityIndex[id] { surnameByEntity[Int(n)] = key }
    }
    self.surnameKeys = surnameKeys
    self.surnameByEntity = surnameByEntity
    self.peopleByEntity = peopleByEntity
    var vocabulary = WordTable(capacity: lexicon.count * 2, smallIndex: true)
    func split(_ key: String) -> [Int32] {
      var key = key
      return key.withUTF8 { bytes in
        var ids: [Int32] = []
        var start = 0
        for n in 0...bytes.count where n == bytes.count || bytes[n] == UInt8(ascii: " ") {
          if n > start { ids.append(vocabulary.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<n]), as: UTF8.self))) }
          start = n + 1
        }
        return ids
      }
    }
    var lt = PhraseTrie<Int32>()
    var entries: [Entry] = []
    entries.reserveCapacity(lexicon.count)
    for (key, e) in lexicon {
      lt.insert(split(key), Int32(entries.count))
      entries.append(e)
    }
    self.entries = entries
    self.entryFacts = FrozenArray(
      entries.map {
        EntryFacts(
          entityIndex: $0.entityIndex, kind: $0.kind, capsOnly: $0.capsOnly, needsIntroduction: $0.needsIntroduction,
          hasAlternatives: !$0.alternatives.isEmpty)
      })
    var tt = PhraseTrie<Title>()
    for (key, t) in titles { tt.insert(split(key), t) }
    var at = PhraseTrie<String>()
    for (key, a) in agents { at.insert(split(key), a) }
    self.lexiconTrie = PhraseTrie.Tables(lt)
    self.titleTrie = PhraseTrie.Tables(tt)
    self.agentTrie = PhraseTrie.Tables(at)
    var info: [String: WordInfo] = [:]
    for (w, n) in first { info[w, default: .empty].lexMax = UInt8(min(n, 255)) }
    for (w, n) in titleFirst { info[w, default: .empty].titleMax = UInt8(min(n, 255)) }
    for (w, n) in agentFirst { info[w, default: .empty].agentMax = UInt8(min(n, 255)) }
    func flag(_ words: [String], _ f: UInt16) { for w in words { info[w, default: .empty].flags |= f } }
    flag(ActorKnowledge.words(ActorData.nonNames), WordInfo.nonName)
    flag(["former", "ex", "retired", "late", "onetime", "disgraced"], WordInfo.former)
    flag(ActorKnowledge.words(ActorData.givenNames), WordInfo.given)
    flag(ActorKnowledge.words(ActorData.organizationWords), WordInfo.organization)
    flag(ActorKnowledge.words(ActorData.placeWords), WordInfo.place)
    flag(ActorKnowledge.words(ActorData.nameConnectors), WordInfo.connector)
    flag(["the", "a", "an"], WordInfo.determiner)
    flag(["he", "she", "nuclear"], WordInfo.trigger)
    flag(["in", "near", "at", "outside", "across", "into", "from", "to", "toward", "towards"], WordInfo.locative)
    self.wordInfo = info
    for word in info.keys { _ = vocabulary.insert(word) }
    // Words the recognizer tests on every token against its own word sets.
    for word in SentencePass.regionFirstWords { _ = vocabulary.insert(word) }
    for word in SentencePass.regimeQualifiers { _ = vocabulary.insert(word) }
    for word in SentencePass.genericHeads { _ = vocabulary.insert(word) }
    for word in SentencePass.locatives { _ = vocabulary.insert(word) }
    // One-word members of the agent-noun sets (``SentencePass/inSet(_:_:_:bit:)``).
    let agentSets: [(Set<String>, UInt8)] = [
      (SentencePass.adjectivalAgents, Self.adjectivalAgentWord), (SentencePass.needsModifier, Self.needsModifierWord),
      (SentencePass.governingBodies, Self.governingBodyWord),
    ]
    for (set, _) in agentSets {
      for word in set where !word.utf8.contains(UInt8(ascii: " ")) { _ = vocabulary.insert(word) }
    }
    // Phrases of these sets and the regional modifiers, compared as word ids: their words
    // are in the vocabulary (as a word outside it, a word without facts is `quiet` only).
    func ids(_ phrase: String) -> [Int32] { phrase.split(separator: " ").map { vocabulary.insert(String($0)) } }
    var phraseSetMembers: [(bit: UInt8, words: [Int32])] = []
    for (set, bit) in agentSets {
      for phrase in set where phrase.utf8.contains(UInt8(ascii: " ")) { phraseSetMembers.append((bit, ids(phrase))) }
    }
    self.phraseSetMembers = phraseSetMembers
    self.regionPhrases = SentencePass.regions.map { key, region in
      let words = ids(key)
      precondition(words.count == 1 || words.count == 2, "a regional modifier has one or two words")
      return (words[0], words.count == 2 ? words[1] : -1, region.name, region.code)
    }
    // Words the recognizer compares tokens with: in the vocabulary (facts `quiet` only, as
    // for a word outside it), so that comparing word ids is comparing keys.
    let keyWordIDs = ["the", "of", "in", "from", "former", "'s", "'"].map { vocabulary.insert($0) }
    self.keyWords = KeyWords(
      the: keyWordIDs[0], of: keyWordIDs[1], in: keyWordIDs[2], from: keyWordIDs[3], former: keyWordIDs[4],
      possessive: keyWordIDs[5], apostrophe: keyWordIDs[6])
    var infoByWord = [WordInfo](repeating: .empty, count: vocabulary.count)
    for (word, facts) in info { infoByWord[Int(vocabulary.id(word))] = facts }
    var setsByWord = [UInt8](repeating: 0, count: vocabulary.count)
    for word in SentencePass.regionFirstWords { setsByWord[Int(vocabulary.id(word))] |= Self.regionFirstWord }
    for word in SentencePass.regimeQualifiers { setsByWord[Int(vocabulary.id(word))] |= Self.regimeQualifierWord }
    for word in SentencePass.genericHeads { setsByWord[Int(vocabulary.id(word))] |= Self.genericHeadWord }
    for word in SentencePass.locatives { setsByWord[Int(vocabulary.id(word))] |= Self.capitalLocativeWord }
    for (set, bit) in agentSets {
      for word in set where !word.utf8.contains(UInt8(ascii: " ")) { setsByWord[Int(vocabulary.id(word))] |= bit }
    }
    // Quiet words: the recognizer's rules all start with one of these facts.
    let starters = WordInfo.former | WordInfo.determiner | WordInfo.trigger
    let startSets = Self.regionFirstWord | Self.regimeQualifierWord
    for (n, info) in infoByWord.enumerated()
    where info.lexMax == 0 && info.titleMax == 0 && info.agentMax == 0 && info.flags & starters == 0
      && setsByWord[n] & startSets == 0
    {
      infoByWord[n].flags |= WordInfo.quiet
    }
    self.vocabulary = vocabulary
    self.infoByWord = infoByWord
    self.setsByWord = setsByWord
    self.entities = entities
    self.lexicon = lexicon
    self.lexiconFirst = first
    self.titles = titles
    self.titleFirst = titleFirst
    self.agents = agents
    self.agentFirst = agentFirst
    self.people = people
    self.offices = offices
    self.agreementParties = agreementParties
    self.countryIDs = countryIDs
    coverage["aliases"] = lexicon.count
    self.coverage = coverage
  }

  // MARK: Public queries

  /// The entity with `id` (`country:IRN`, `person:joe-biden`, `igo:NATO`…), if built in.
  public func entity(id: String) -> ActorEntity? { entities[id] }

  /// The entity `entry` names (by its index when it has one).
  @inline(__always) func entity(of entry: Entry) -> ActorEntity? {
    entry.entityIndex >= 0 ? entityList[Int(entry.entityIndex)] : entities[entry.entityID]
  }

  /// The country entity ids an agreement binds (`agreement:jcpoa` → `country:IRN`, `country:USA`…);
  /// for a country, itself; empty for anything else.
  public func counterparties(of entityID: String) -> [String] {
    if let parties = agreementParties[entityID] { return parties }
    if countryIDs.contains(entityID) { return [entityID] }
    return []
  }

  /// The CAMEO code and role of a built-in person on `date` (nil: today's roles are unknown,
  /// so the open role, else ELI for a former office holder).
  public func personCode(id: String, on date: CivilDate?) -> (code: String?, role: String?) {
    guard let person = people[id] else { return (entities[id]?.code, nil) }
    return personCode(person, on: date)
  }

  /// ``personCode(id:on:)`` of the entity of index `number` in ``entityList`` (no id hashed).
  func personCode(number: Int32, on date: CivilDate?) -> (code: String?, role: String?) {
    guard let box = peopleByEntity[Int(number)] else { return (entityCodes[Int(number)], nil) }
    return personCode(box.person, on: date)
  }

  /// ``personCode(id:on:)`` of the built-in `person`.
  private func personCode(_ person: Person, on date: CivilDate?) -> (code: String?, role: String?) {
    let iso = person.country
    guard let date else {
      if let d = person.defaultCode { return (d, nil) }
      // No date: the open office, else the best-known (latest) one.
      if let open = person.roles.last(where: { $0.end == nil }) { return (open.code, open.title) }
      if let last = person.roles.last(where: { $0.isHead }) ?? person.roles.last { return (last.code, last.title) }
      return (person.base.map { iso + $0 } ?? iso, nil)
    }
    let day = date.dayNumber
    // Of overlapping roles in force, the most recent appointment (a temporary posting
    // inside a longer one wins).
    if let role = person.roles.last(where: { $0.start <= day && ($0.end.map { day < $0 } ?? true) }) {
      return (role.code, role.title)
    }
    if let d = person.defaultCode { return (d, nil) }
    if let past = person.roles.last(where: { ($0.end ?? Int.max) <= day }) {
      if let base = person.base { return (iso + base, "former " + past.title) }
      return (formerCode(person, past), "former " + past.title)
    }
    return (person.base.map { iso + $0 } ?? iso, nil)
  }

  private func formerCode(_ person: Person, _ role: Role) -> String {
    if role.code.hasPrefix("IGO") { return person.country + "ELI" }
    return String(role.code.prefix(3)) + "ELI"
  }

  /// Of people sharing an alias, the one in office on `date`, else the one who left office
  /// last before it, else the first.
  func disambiguate(_ ids: [String], on date: CivilDate?) -> String {
    guard let date, ids.count > 1 else { return ids[0] }
    let day = date.dayNumber
    var best = ids[0]
    var bestEnd = Int.min
    for id in ids {
      guard let p = people[id] else { continue }
      for r in p.roles {
        if r.start <= day && (r.end.map { day < $0 } ?? true) { return id }
        if let end = r.end, end <= day, end > bestEnd {
          bestEnd = end
          best = id
        }
      }
    }
    return best
  }

  /// The built-in person who held `title` for `owner` (an ISO code, or IGOUNO/IGOEUR/IGONAT) on `date`.
  public func officeHolder(owner: String, title: String, on date: CivilDate?) -> String? {
    guard let holders = offices[owner + "|" + ActorKnowledge.normalizeTitle(title)] else { return nil }
    guard let date else { return holders.last(where: { $0.end == nil })?.id }
    let day = date.dayNumber
    return holders.last(where: { $0.start <= day && ($0.end.map { day < $0 } ?? true) })?.id
  }

  /// Breakaway regions that govern themselves without wide recognition.
  static let breakawayStates: Set<String> = [
    "Abkhazia", "South Ossetia", "Transnistria", "Nagorno-Karabakh", "Somaliland", "Northern Cyprus",
  ]

  /// Title synonyms share offices ("defence secretary" = "defense minister").
  static func normalizeTitle(_ title: String) -> String {
    let words = TextKeys.fold(title.lowercased()).split(separator: " ").map { w -> Substring in
      switch w {
      case "defence": return "defense"
      case "spokeswoman", "spokesperson": return "spokesman"
      case "secretary-general": return "secretary general"
      default: return w
      }
    }
    let t = words.joined(separator: " ")
    return titleSynonyms[t] ?? t
  }

  static let titleSynonyms: [String: String] = [
    "premier": "prime minister", "foreign secretary": "foreign minister", "defense secretary": "defense minister",
    "secretary of defense": "defense minister", "minister of defense": "defense minister",
    "minister of foreign affairs": "foreign minister", "top diplomat": "foreign minister",
    "deputy minister of defense": "deputy defense minister", "deputy defense secretary": "deputy defense minister",
  ]

  /// Token keys of an entity's name (cached for built-in entities).
  func nameKey(_ entity: ActorEntity) -> [String] {
    // Names found in the text (unresolved, "new:…") are not in the knowledge: no lookup for them.
    if entity.resolved, let k = nameKeys[entity.id] { return k }
    if let key = Self.asciiNameKey(entity.name) { return key }
    return entity.name.lowercased().split(separator: " ").map { TextKeys.fold(String($0)) }
  }

  /// ``nameKey(_:)`` of an ASCII name: its words between spaces, lower-cased byte by byte
  /// (what `lowercased()` and ``TextKeys/fold(_:)`` give for ASCII, without Unicode case
  /// mapping: unknown names are keyed once per mention). Nil for a name with other characters.
  static func asciiNameKey(_ name: String) -> [String]? {
    var words: [String] = []
    var ascii = true
    var name = name
    name.withUTF8 { bytes in
      var start = 0
      func word(_ end: Int) {
        guard end > start else { return }
        words.append(lowercasedASCII(bytes, start..<end))
      }
      for (n, b) in bytes.enumerated() {
        if b >= 0x80 {
          ascii = false
          return
        }
        if b == UInt8(ascii: " ") {
          word(n)
          start = n + 1
        }
      }
      word(bytes.count)
    }
    return ascii ? words : nil
  }

  /// The ASCII bytes `bytes[range]` lower-cased (``ByteText/lower(_:)``) into a new string.
  private static func lowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(unsafeUninitializedCapacity: range.count) { out in
      for n in range { out[n - range.lowerBound] = ByteText.lower(bytes[n]) }
      return range.count
    }
  }

  /// The surname key of an ASCII name into `surname`: the last word of ``asciiNameKey(_:)``
  /// that is longer than one letter and not "jr." or "sr." (nil: no such word). False, and
  /// `surname` untouched, for a name with other characters. Only that word is lower-cased
  /// into a new string.
  static func asciiSurnameKey(_ name: String, into surname: inout String?) -> Bool {
    var name = name
    return name.withUTF8 { bytes -> Bool in
      for b in bytes where b >= 0x80 { return false }
      var end = bytes.count
      while end > 0 {
        var start = end
        while start > 0 && bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
        let count = end - start
        let isSuffix = count == 3 && NameParticles.isGenerationSuffix(bytes[start], bytes[start + 1], bytes[start + 2])
        if count > 1 && !isSuffix {
          surname = lowercasedASCII(bytes, start..<end)
          return true
        }
        end = start > 0 ? start - 1 : 0
      }
      surname = nil
      return true
    }
  }

  static func sector(ofCode code: String?) -> String? {
    guard let code, code.count > 3 else { return nil }
    return String(code.dropFirst(3))
  }
}

extension String {
  /// Without leading and trailing spaces.
  var trimmingSpaces: String {
    if utf8.first != UInt8(ascii: " ") && utf8.last != UInt8(ascii: " ") { return self }
    var s = Substring(self)
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}

extension ActorKnowledge {
  static let femaleNames = Set(words(ActorData.femaleNames))
  /// Built-in people whose first name does not tell their gender but who are women.
  static let femalePeople: Set<String> = [
    "person:mao-ning", "person:kim-yo-jong", "person:choe-son-hui", "person:tsai-ing-wen", "person:aung-san-suu-kyi",
    "person:sheikh-hasina", "person:queen-elizabeth-ii", "person:maria-zakharova", "person:liz-truss",
    "person:ursula-von-der-leyen", "person:marine-le-pen", "person:dina-boluarte",
  ]

  /// 2 = woman, 1 = man, 0 = unknown, from the first given name.
  func gender(of entity: ActorEntity) -> Int {
    if ActorKnowledge.femalePeople.contains(entity.id) { return 2 }
    for key in nameKey(entity) {
      if ActorKnowledge.femaleNames.contains(key) { return 2 }
      if wordInfo[key].map({ $0.flags & WordInfo.given != 0 }) ?? false { return 1 }
      if people[entity.id] == nil { break }
    }
    return 0
  }


  /// The words of a built-in list (separated by spaces and line breaks).
  static func words(_ s: String) -> [String] {
    pieces(Substring(s)) { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }.map(String.init)
  }

  /// Whether `alias` starts with "the " in any case (`lowercased().hasPrefix("the ")` without
  /// lower-casing the whole alias; no other letter lower-cases to t, h or e).
  static func startsWithThe(_ alias: String) -> Bool {
    var bytes = alias.utf8.makeIterator()
    for expected in "the ".utf8 {
      guard let b = bytes.next(), b | (expected == 0x20 ? 0 : 0x20) == expected else { return false }
    }
    return true
  }

  /// The lines of a built-in table. Split as UTF-8 bytes, which is how `split(separator: "\n")`
  /// splits them too: the tables hold no combining marks, joiners or carriage returns that
  /// would glue a separator into a larger character (a test checks).
  static func tableLines(_ s: String) -> [Substring] {
    pieces(Substring(s)) { $0 == UInt8(ascii: "\n") }
  }

  /// The pieces of `s` between bytes that `isSeparator` accepts (ASCII separators), without the
  /// empty ones unless `keepEmpty`: `s.utf8.split(…)` with one byte scan and O(1) slicing.
  static func pieces(_ s: Substring, keepEmpty: Bool = false, _ isSeparator: (UInt8) -> Bool) -> [Substring] {
    let utf8 = s.utf8
    var cuts: [Int] = []
    let scanned: Void? = utf8.withContiguousStorageIfAvailable { bytes in
      for n in 0..<bytes.count where isSeparator(bytes[n]) { cuts.append(n) }
    }
    guard scanned != nil else {
      return utf8.split(omittingEmptySubsequences: !keepEmpty, whereSeparator: isSeparator).map { Substring($0) }
    }
    cuts.append(utf8.count)
    var out: [Substring] = []
    out.reserveCapacity(cuts.count)
    var start = 0
    for cut in cuts {
      if keepEmpty || cut > start {
        let a = utf8.index(utf8.startIndex, offsetBy: start)
        let b = utf8.index(a, offsetBy: cut - start)
        out.append(s[a..<b])
      }
      start = cut + 1
    }
    return out
  }

  /// `value = max(value, n)`, written through one dictionary access (`raise(&d[k, default: 0], to: n)`).
  @inline(__always) static func raise(_ value: inout Int, to n: Int) { if value < n { value = n } }

  /// Whether an alias is written in capitals: at most 6 characters, none lower case, some
  /// upper case ("US", "WHO", "NATO"). Bytes for ASCII aliases (where a character is a byte
  /// and only a…z are lower case and A…Z upper case), characters for the others.
  static func isShortCapitals(_ alias: String) -> Bool {
    var upper = false
    for b in alias.utf8 {
      if b >= 0x80 {
        return alias.count <= 6 && !alias.contains { $0.isLowercase } && alias.contains { $0.isUppercase }
      }
      if b &- UInt8(ascii: "a") < 26 { return false }
      if b &- UInt8(ascii: "A") < 26 { upper = true }
    }
    return upper && alias.count <= 6
  }

  /// The pieces of `s` between `separator` bytes (ASCII), each without leading and trailing
  /// spaces, without the empty ones unless `keepEmpty`: what ``pieces(_:keepEmpty:_:)`` then
  /// ``trimmed(_:)`` give, cut from the bytes in one pass.
  static func trimmedPieces(_ s: Substring, separator: UInt8, keepEmpty: Bool) -> [String] {
    let scanned = s.utf8.withContiguousStorageIfAvailable { bytes -> [String] in
      var out: [String] = []
      var pieces = 1
      for b in bytes where b == separator { pieces += 1 }
      out.reserveCapacity(pieces)
      var start = 0
      for n in 0...bytes.count where n == bytes.count || bytes[n] == separator {
        var a = start
        var b = n
        while a < b && bytes[a] == UInt8(ascii: " ") { a += 1 }
        while b > a && bytes[b - 1] == UInt8(ascii: " ") { b -= 1 }
        if keepEmpty || b > a { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)) }
        start = n + 1
      }
      return out
    }
    if let scanned { return scanned }
    let parts = pieces(s, keepEmpty: keepEmpty) { $0 == separator }.map { trimmed($0.utf8) }
    return keepEmpty ? parts : parts.filter { !$0.isEmpty }
  }

  /// The pieces of `s` between `separator` bytes (ASCII), empty ones included, as strings:
  /// `s.utf8.split(separator:omittingEmptySubsequences: false)` without the generic split.
  static func bytePieces(_ s: String, separator: UInt8) -> [String] {
    var s = s
    return s.withUTF8 { bytes in
      var out: [String] = []
      var start = 0
      for n in 0...bytes.count where n == bytes.count || bytes[n] == separator {
        out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<n]), as: UTF8.self))
        start = n + 1
      }
      return out
    }
  }

  /// A field of a built-in table without leading and trailing spaces (compared as bytes).
  static func trimmed(_ field: Substring.UTF8View) -> String {
    var s = field
    while s.first == UInt8(ascii: " ") { s.removeFirst() }
    while s.last == UInt8(ascii: " ") { s.removeLast() }
    return String(Substring(s))
  }
}
