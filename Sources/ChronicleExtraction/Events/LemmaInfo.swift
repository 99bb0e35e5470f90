/// The word lists the extractor asks a trigger's lemma about, as bits of one number
/// (``LemmaInfo/flags``): a lemma is looked up once, then each question is a bit test
/// instead of a hash of the lemma per list.
struct LemmaFlags: OptionSet, Sendable {
  let rawValue: UInt32

  /// ``VerbLexicon/verbs``.
  static let verb = LemmaFlags(rawValue: 1 << 0)
  /// ``VerbLexicon/auxiliaries``.
  static let auxiliary = LemmaFlags(rawValue: 1 << 1)
  /// ``VerbLexicon/pastEqualsBase``.
  static let pastEqualsBase = LemmaFlags(rawValue: 1 << 2)
  /// A key of ``EventLexicon/eventNounMap``.
  static let eventNoun = LemmaFlags(rawValue: 1 << 3)
  /// ``Words/inherentIState``.
  static let inherentIState = LemmaFlags(rawValue: 1 << 4)
  /// ``EventRun/consultSet``.
  static let consult = LemmaFlags(rawValue: 1 << 5)
  /// ``EventLexicon/converseSet``.
  static let converse = LemmaFlags(rawValue: 1 << 6)
  /// ``EventLexicon/lightVerbs``.
  static let lightVerb = LemmaFlags(rawValue: 1 << 7)
  /// ``EventRun/experiencerVerbs``.
  static let experiencer = LemmaFlags(rawValue: 1 << 8)
  /// ``EventRun/plannedSet``.
  static let planned = LemmaFlags(rawValue: 1 << 9)
  /// ``EventRun/allegingSet``.
  static let alleging = LemmaFlags(rawValue: 1 << 10)
  /// ``EventRun/objectControl``.
  static let objectControl = LemmaFlags(rawValue: 1 << 11)
  /// ``EventRun/wantingGovernors``.
  static let wanting = LemmaFlags(rawValue: 1 << 12)
  /// ``EventRun/complementNouns``.
  static let complementNoun = LemmaFlags(rawValue: 1 << 13)
}

/// What the extractor asks of a lemma, worked out once for every lemma of its lexicons:
/// its word lists (``flags``), its TimeML class as a verb, its coding entry, and the rules
/// spelled with it. A lemma outside the lexicons has ``unknown``'s answers (in no list,
/// an OCCURRENCE, no coding), which are what each list and table answers for it.
struct LemmaInfo: Sendable {
  var flags: LemmaFlags
  /// ``EventLexicon/timemlClass(ofVerb:)``.
  var timemlClass: EventClass
  /// The lemma's entry of ``EventLexicon/codeEntries`` (`nil`: none).
  var code: EventLexicon.CodeEntry?
  /// The CAMEO code of the entry's category and `"code:"` + it (`nil`: no category).
  var codeCameo: String?
  var codeRule: String?
  /// `"prep:"` + the lemma's ``EventRun/preferredPreps`` preposition (`nil`: none).
  var preferredPrepRule: String?
  /// `"embedded:"` + the lemma (`nil` for ``unknown``: spelled when asked).
  var embeddedRule: String?

  /// The answers for a lemma of no lexicon.
  static let unknown = LemmaInfo(
    flags: [], timemlClass: .occurrence, code: nil, codeCameo: nil, codeRule: nil, preferredPrepRule: nil, embeddedRule: nil)
}

/// The lemmas of the extractor's lexicons with their ``LemmaInfo``, by a dense index
/// (0: a lemma of no lexicon). Built once, read concurrently.
final class LemmaTable: Sendable {
  /// Each lemma's index (from 1).
  private let indexes: EventWordMap<Int32>
  /// The information of each index (index 0: ``LemmaInfo/unknown``).
  let infos: [LemmaInfo]
  /// The ``LemmaInfo/flags`` and ``LemmaInfo/timemlClass`` of each index, read without the
  /// rest of the information (its `String`s).
  let flagsByIndex: [LemmaFlags]
  let classByIndex: [EventClass]
  /// The pattern group of each index's coding entry (``LemmaInfo/code``), read without the
  /// entry (its category's `String`s).
  let codeGroupByIndex: [EventLexicon.PatternGroup?]
  /// The indexes of the lemmas every event's coding compares its trigger's lemma with: an
  /// index compared, not a `String` (each of them is interned; a test checks it).
  let warn: Int32, deny: Int32, reject: Int32, sign: Int32, agree: Int32

  static let shared = LemmaTable()

  /// Each flag with the word list it stands for: a lemma gets the flag when the list has it
  /// (the table is built from these, and a test checks its answers against them).
  static let flagLists: [(LemmaFlags, @Sendable (String) -> Bool)] = [
    (.verb, { VerbLexicon.verbs.contains($0) }), (.auxiliary, { VerbLexicon.auxiliaries.contains($0) }),
    (.pastEqualsBase, { VerbLexicon.pastEqualsBase.contains($0) }),
    (.eventNoun, { EventLexicon.eventNounMap[$0] != nil }), (.inherentIState, { Words.inherentIState.contains($0) }),
    (.consult, { EventRun.consultSet.contains($0) }), (.converse, { EventLexicon.converseSet.contains($0) }),
    (.lightVerb, { EventLexicon.lightVerbs.contains($0) }), (.experiencer, { EventRun.experiencerVerbs.contains($0) }),
    (.planned, { EventRun.plannedSet.contains($0) }), (.alleging, { EventRun.allegingSet.contains($0) }),
    (.objectControl, { EventRun.objectControl.contains($0) }), (.wanting, { EventRun.wantingGovernors.contains($0) }),
    (.complementNoun, { EventRun.complementNouns.contains($0) }),
  ]

  private init() {
    // Every member of every list and key of every table asked: a lemma outside them all
    // gets no answer from any of them.
    var words = VerbLexicon.verbs.members
    words.formUnion(VerbLexicon.auxiliaries.members)
    words.formUnion(VerbLexicon.pastEqualsBase)
    words.formUnion(EventLexicon.eventNounMap.dictionary.keys)
    words.formUnion(EventLexicon.eventNouns.values)
    for set in [
      Words.inherentIState, EventRun.consultSet, EventLexicon.converseSet, EventLexicon.lightVerbs,
      EventRun.experiencerVerbs, EventRun.plannedSet, EventRun.allegingSet, EventRun.objectControl,
      EventRun.wantingGovernors, EventRun.complementNouns,
    ] {
      words.formUnion(set.members)
    }
    words.formUnion(EventLexicon.verbClasses.dictionary.keys)
    words.formUnion(EventLexicon.codeEntries.dictionary.keys)
    words.formUnion(EventRun.preferredPreps.dictionary.keys)
    var infos = [LemmaInfo.unknown]
    var indexes: [String: Int32] = [:]
    for word in words.sorted() {
      var flags: LemmaFlags = []
      for (flag, contains) in Self.flagLists where contains(word) { flags.insert(flag) }
      let code = EventLexicon.codeEntries[word]
      indexes[word] = Int32(infos.count)
      infos.append(
        LemmaInfo(
          flags: flags, timemlClass: EventLexicon.timemlClass(ofVerb: word), code: code,
          codeCameo: code?.category?.cameo, codeRule: code?.category.map { "code:" + $0.cameo },
          preferredPrepRule: EventRun.preferredPreps[word].map { "prep:" + $0 }, embeddedRule: "embedded:" + word))
    }
    /// A lemma's index (-1, matching no trigger, were it not interned).
    func interned(_ lemma: String) -> Int32 { indexes[lemma] ?? -1 }
    (warn, deny, reject, sign, agree) = (
      interned("warn"), interned("deny"), interned("reject"), interned("sign"), interned("agree")
    )
    self.indexes = EventWordMap(indexes)
    self.infos = infos
    self.flagsByIndex = infos.map(\.flags)
    self.classByIndex = infos.map(\.timemlClass)
    self.codeGroupByIndex = infos.map { $0.code?.group }
  }

  /// The index of `lemma` (0: a lemma of no lexicon).
  func index(of lemma: String) -> Int32 { indexes[lemma] ?? 0 }

  /// Whether the lemma of index `index` is in the list of `flag`.
  @inline(__always) func has(_ index: Int32, _ flag: LemmaFlags) -> Bool { flagsByIndex[Int(index)].contains(flag) }

  /// ``EventLexicon/timemlClass(ofVerb:)`` of the lemma of index `index`.
  @inline(__always) func timemlClass(_ index: Int32) -> EventClass { classByIndex[Int(index)] }
}
