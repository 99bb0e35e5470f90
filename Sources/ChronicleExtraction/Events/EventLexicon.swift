/// Event nouns, TimeML classes and the CAMEO/PLOVER coding lexicon.
public enum EventLexicon {
  static func words(_ s: String) -> EventWordSet { VerbLexicon.words(s) }

  // MARK: TimeML classes

  static let reporting = words(
    "say tell report announce state declare explain add note cite remark reply "
      + "quote testify inform brief disclose reveal stress reiterate repeat recount describe mention "
      + "insist assert confirm acknowledge admit tweet post predict forecast estimate indicate")
  static let iAction = words(
    "try attempt promise vow pledge deny claim accuse allege offer propose seek request urge ask demand order "
      + "call appeal threaten warn postpone delay cancel avoid refuse decline reject prevent block investigate "
      + "agree decide approve authorize permit allow force persuade encourage name appoint nominate contest "
      + "dispute dismiss oppose pressure press lobby campaign plead undertake volunteer schedule arrange "
      + "rule advise recommend require compel oblige enable help assist risk manage fail refrain resist")
  static let iState = words(
    "want believe think fear plan expect hope wish desire intend need know doubt suspect love hate like prefer "
      + "consider assume imagine worry anticipate mean aim feel regret suppose guess ready prepare determine "
      + "seem appear envision envisage contemplate reckon presume trust dread favor favour")
  static let aspectual = words(
    "begin start commence initiate continue proceed keep resume stop end finish complete cease halt quit "
      + "terminate discontinue conclude launch")
  static let perception = words("see hear watch listen observe notice perceive view witness spot")
  /// Verbs of states (TimeML STATE). "stay" is not one: TimeML annotates staying somewhere
  /// ("troops will stay") as an OCCURRENCE, unlike remaining in a condition.
  static let stateVerbs = words(
    "own remain exist belong contain possess include lack resemble consist cost owe deserve")

  /// The TimeML class of a verb lemma.
  public static func timemlClass(ofVerb lemma: String) -> EventClass {
    verbClasses[lemma] ?? .occurrence
  }

  /// The class of every verb of the class lists, in their order of precedence (reporting,
  /// perception, aspectual, I_STATE, I_ACTION, STATE): one lookup instead of one per list.
  static let verbClasses: EventWordMap<EventClass> = {
    var map: [String: EventClass] = [:]
    let lists: [(EventWordSet, EventClass)] = [
      (reporting, .reporting), (perception, .perception), (aspectual, .aspectual), (iState, .iState),
      (iAction, .iAction), (stateVerbs, .state),
    ]
    // Lowest precedence first: a verb in two lists keeps the class of the earlier list.
    for (list, cls) in lists.reversed() {
      for verb in list { map[verb] = cls }
    }
    return EventWordMap(map)
  }()

  // MARK: Event nouns

  /// Event nouns (singular) → the verb lemma they nominalize, or the noun itself.
  static let eventNounTable: String = """
    denial:deny strike:strike sanction:sanction protest:protest agreement:agree visit:visit talk:talk
    attack:attack invasion:invade election:elect war:war killing:kill negotiation:negotiate withdrawal:withdraw
    demonstration:demonstrate sale:sell supply:supply accusation:accuse threat:threaten warning:warn meeting:meet
    summit:summit conflict:conflict fighting:fight violence:violence crisis:crisis bombing:bomb raid:raid
    assault:assault offensive:offensive campaign:campaign ceasefire:ceasefire cease-fire:ceasefire deal:deal
    plan:plan decision:decide announcement:announce statement:state comment:comment remark:remark speech:speech
    interview:interview trip:trip tour:tour arrest:arrest trial:trial verdict:verdict ruling:rule vote:vote
    referendum:referendum coup:coup uprising:uprising revolt:revolt rebellion:rebellion riot:riot boycott:boycott
    embargo:embargo blockade:blockade siege:siege massacre:massacre explosion:explode blast:blast crash:crash
    accident:accident earthquake:earthquake storm:storm flood:flood fire:fire disaster:disaster death:die
    murder:murder assassination:assassinate execution:execute shooting:shoot injury:injure damage:damage
    loss:lose gain:gain growth:grow decline:decline increase:increase rise:rise fall:fall drop:drop cut:cut
    merger:merge acquisition:acquire purchase:purchase takeover:takeover bid:bid offer:offer investment:invest
    payment:pay loan:loan aid:aid assistance:assist help:help rescue:rescue release:release return:return
    departure:depart arrival:arrive launch:launch test:test operation:operation mission:mission effort:effort
    attempt:attempt move:move action:action reform:reform change:change transition:transition recovery:recover
    recession:recession scandal:scandal investigation:investigate probe:probe inquiry:inquiry hearing:hearing
    testimony:testify charge:charge allegation:allege claim:claim dispute:dispute tension:tension clash:clash
    battle:battle fight:fight combat:combat hostility:hostility occupation:occupy intervention:intervene
    deployment:deploy retreat:retreat evacuation:evacuate victory:victory defeat:defeat win:win surrender:surrender
    resignation:resign appointment:appoint nomination:nominate inauguration:inaugurate ceremony:ceremony
    celebration:celebrate funeral:funeral wedding:wedding birth:birth conference:conference session:session
    dialogue:dialogue discussion:discuss debate:debate consultation:consult negotiating:negotiate rally:rally
    march:march pressure:pressure demand:demand request:request appeal:appeal plea:plea proposal:propose
    restriction:restrict ban:ban crackdown:crackdown repression:repress bloodshed:bloodshed abuse:abuse
    torture:torture detention:detain imprisonment:imprison kidnapping:kidnap abduction:abduct collapse:collapse
    support:support criticism:criticize condemnation:condemn praise:praise approval:approve rejection:reject
    refusal:refuse threat:threaten promise:promise pledge:pledge vow:vow commitment:commit signing:sign
    agreement:agree treaty:treaty accord:accord settlement:settle compromise:compromise concession:concede
    shipment:ship delivery:deliver transfer:transfer export:export import:import trade:trade exchange:exchange
    cooperation:cooperate partnership:partnership alliance:alliance sanctioning:sanction expulsion:expel
    deportation:deport seizure:seize capture:capture closure:close shutdown:shutdown layoff:layoff
    strikes:strike firefight:firefight gunfight:gunfight skirmish:skirmish bombardment:bombard inspection:inspect talks:negotiate stopover:visit hostilities:hostility dealings:deal
    shortage:shortage surge:surge slump:slump jump:jump boom:boom slowdown:slowdown downturn:downturn
    collapse:collapse default:default bankruptcy:bankruptcy sale:sell purchase:purchase offering:offer
    performance:perform production:produce construction:construct development:develop expansion:expand
    reduction:reduce creation:create destruction:destroy protection:protect prosecution:prosecute
    conviction:convict sentence:sentence acquittal:acquit pardon:pardon appeal:appeal lawsuit:lawsuit suit:suit
    visit:visit tour:tour journey:journey flight:flight voyage:voyage trip:trip campaign:campaign
    demonstration:demonstrate walkout:walkout sit-in:sit-in vigil:vigil gathering:gather
    transaction:transact search:search manhunt:manhunt accession:accede entry:enter split:split tragedy:tragedy
    standoff:standoff revolution:revolution response:respond buildup:buildup build-up:buildup genocide:genocide
    crime:crime conversation:converse proceeding:proceed initiative:initiative failure:fail discovery:discover
    """

  static let eventNouns: [String: String] = {
    var map: [String: String] = [:]
    for pair in eventNounTable.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let parts = pair.split(separator: ":")
      guard parts.count == 2 else { continue }
      map[String(parts[0])] = String(parts[1])
    }
    return map
  }()

  /// Nouns ending like nominalizations that are not events.
  static let nonEventNouns = words(
    "government department nation station position population condition question section portion nation "
      + "region religion opinion union onion million billion trillion commission mention lion champion "
      + "companion dimension pension mansion fashion cushion version vision television tradition nutrition "
      + "institution constitution administration organization organisation corporation association "
      + "foundation federation coalition opposition faction generation ration ammunition information "
      + "equipment parliament management apartment document element instrument environment moment segment "
      + "comment statement supplement compliment implement sentiment fragment department establishment "
      + "basement cement payment installment monument ornament regiment tournament torment argument "
      + "requirement entertainment employment unemployment investment movement treatment commitment "
      + "location direction population relation relations ambition nationality regulation legislation "
      + "several official capital total rival general material potential individual original natural "
      + "personal final normal animal signal arrangement sales operations profits profit proceeds revenue "
      // Groups, units and relations rather than happenings.
      + "alliance alliances division divisions insurance connection connections")

  /// Looks `word` (lower case) up as an event noun; returns the lemma it maps to.
  public static func eventNoun(_ word: String) -> String? {
    var copy = word
    return copy.withUTF8 { bytes in
      guard PlainWord.isPlain(bytes) else { return eventNounUnicode(word) }
      return PlainWord.with(bytes) { eventNoun(plain: $0) }
    }
  }

  /// ``eventNoun(_:)`` of an ASCII word that is no event noun (one the extractor's vocabulary,
  /// ``KnownWord/vocabulary``, does not hold): the lookup of the word itself is skipped.
  /// (``SentenceLex`` asks it only of words ``mayDeriveEventNoun(_:)`` lets through.)
  static func eventNoun(notInVocabulary word: String) -> String? {
    var copy = word
    return copy.withUTF8 { bytes in
      guard PlainWord.isPlain(bytes) else { return eventNounUnicode(word) }
      return PlainWord.with(bytes) { eventNoun(plain: $0, known: false) }
    }
  }

  /// Whether ``eventNoun(plain:known:)`` can find an event noun for the plain ASCII word `b`
  /// when the word itself is no key of ``eventNouns`` (`known: false`): necessary conditions
  /// on its bytes, asked before any table. `false` means certainly none.
  /// - A plural ("-s", not "-ss", over three bytes) is looked up by its singular, which
  ///   keeps the word's first three bytes from six bytes on, and so does the verb stem of
  ///   its nominalization (``deverbal(plain:)`` keeps at least three bytes of the noun).
  /// - Any other word can only be a nominalization: at least five bytes, ending in "on",
  ///   "nt", "al" or "ce" (the ends of ``nominalSuffixes``), its verb stem keeping its first
  ///   three bytes.
  /// So the word's first three bytes must begin an event noun or a verb (``derivationPrefixes``:
  /// `prefixes`, passed by a caller that holds it, as ``SentenceLex`` does, rather than read
  /// from the static at each call).
  @inline(__always) static func mayDeriveEventNoun(
    _ b: UnsafeBufferPointer<UInt8>, prefixes: PrefixFilter = derivationPrefixes
  ) -> Bool {
    let n = b.count
    guard n >= 4 else { return false }
    let last = b[n - 1]
    let before = b[n - 2]
    if last == UInt8(ascii: "s") {
      guard before != UInt8(ascii: "s") else { return false }
      return n < 6 || prefixes.mayHavePrefix(of: b)
    }
    guard n >= 5 else { return false }
    let nominal = (before == UInt8(ascii: "o") && last == UInt8(ascii: "n"))
      || (before == UInt8(ascii: "n") && last == UInt8(ascii: "t"))
      || (before == UInt8(ascii: "a") && last == UInt8(ascii: "l"))
      || (before == UInt8(ascii: "c") && last == UInt8(ascii: "e"))
    return nominal && prefixes.mayHavePrefix(of: b)
  }

  /// The first three bytes of every event noun (``eventNouns``) and verb (``VerbLexicon/verbs``).
  static let derivationPrefixes = PrefixFilter(Array(eventNouns.keys) + Array(VerbLexicon.verbs.members))

  /// ``eventNoun(_:)`` on the bytes of a plain ASCII word: the same steps as
  /// ``eventNounUnicode(_:)``, with the singular and the verb stems spelled in scratch buffers.
  /// `known: false` says the word is no key of ``eventNouns`` (its lookup is skipped).
  static func eventNoun(plain w: PlainWord, known: Bool = true) -> String? {
    // Past the word's own entry only a plural ("-s") or a nominalizing suffix (ending in "n",
    // "t", "l" or "e", see ``deverbal(plain:)``) makes an event noun: a word ending in any
    // other byte is none, and then no table is asked about a word not in the vocabulary.
    let last = w.bytes.last ?? 0
    let mayDerive = last == UInt8(ascii: "s") || last == UInt8(ascii: "n") || last == UInt8(ascii: "t")
      || last == UInt8(ascii: "l") || last == UInt8(ascii: "e")
    if !known && !mayDerive { return nil }
    if nonEventNouns.contains(ascii: w.bytes) { return nil }
    if known, let lemma = eventNounMap.value(ascii: w.bytes) { return lemma }
    if !mayDerive { return nil }
    // singularize(_:)
    var singular: UnsafeBufferPointer<UInt8>?
    if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss") {
      if w.hasSuffix("ies") {
        singular = w.stem(dropping: 3, adding: "y")
      } else if w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("xes") || w.hasSuffix("sses") {
        singular = w.stem(dropping: 2)
      } else {
        singular = w.stem(dropping: 1)
      }
    }
    guard let singular else { return deverbal(plain: w) }  // (the word is no non-event noun: asked above)
    if let lemma = eventNounMap.value(ascii: singular) { return lemma }
    if nonEventNouns.contains(ascii: singular) { return nil }
    // The singular lives in the word's scratch buffer: copy it before spelling verb stems.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: singular.count) { copy in
      _ = copy.initialize(fromContentsOf: singular)
      return PlainWord.with(UnsafeBufferPointer(copy), deverbal(plain:))
    }
  }

  /// Nominalizing suffixes, tried in this order, and the verb endings that may replace
  /// each ("negotiation" → "negotiate", "agreement" → "agree"); both ``deverbal(_:)``
  /// and ``deverbal(plain:)`` read it. (Every suffix ends in "n", "t", "l" or "e".)
  static let nominalSuffixes: [(suffix: StaticString, endings: [StaticString])] = [
    ("ification", ["ify"]), ("ation", ["ate", "e", ""]), ("ition", ["e", "ite"]), ("sion", ["de", "d", "t", "se"]),
    ("tion", ["te", "t", "e"]), ("ment", [""]), ("al", ["", "e"]), ("ance", ["", "e"]), ("ence", ["", "e"]),
  ]

  /// ``deverbal(_:)`` on the bytes of a plain ASCII noun.
  static func deverbal(plain noun: PlainWord) -> String? {
    // Every suffix below ends in "n", "t", "l" or "e".
    guard let last = noun.bytes.last, last == UInt8(ascii: "n") || last == UInt8(ascii: "t")
      || last == UInt8(ascii: "l") || last == UInt8(ascii: "e")
    else { return nil }
    let verbs = VerbLexicon.verbs
    // Whether the noun itself is a verb (then it has no verb behind it): asked once, when a
    // suffix first fits.
    var nounIsVerb: Bool?
    // The (suffix, ending) pairs in the order of ``nominalSuffixes`` (no array of endings
    // retained per suffix); a suffix is compared from its last byte.
    for (suffix, ending) in nominalStems {
      let k = suffix.utf8CodeUnitCount
      guard suffix.utf8Start[k - 1] == last, noun.count > k + 2, noun.hasSuffix(suffix) else { continue }
      if nounIsVerb == nil { nounIsVerb = verbs.contains(ascii: noun.bytes) }
      if nounIsVerb == true { return nil }
      let candidate = noun.stem(dropping: k, adding: ending)
      if verbs.contains(ascii: candidate) { return PlainWord.string(candidate) }
    }
    return nil
  }

  /// ``nominalSuffixes`` as (suffix, ending) pairs, each suffix's endings in their order.
  static let nominalStems: [(suffix: StaticString, ending: StaticString)] = nominalSuffixes.flatMap { entry in
    entry.endings.map { (entry.suffix, $0) }
  }

  /// ``eventNoun(_:)`` for words with non-ASCII letters, on `String`s.
  static func eventNounUnicode(_ word: String) -> String? {
    if nonEventNouns.contains(word) { return nil }
    if let lemma = eventNounMap[word] { return lemma }
    let singular = singularize(word)
    if let singular, let lemma = eventNounMap[singular] { return lemma }
    let base = singular ?? word
    if nonEventNouns.contains(base) || nonEventNouns.contains(word) { return nil }
    return deverbal(base)
  }

  /// Singular of a regular plural, or `nil` when `word` does not look plural.
  static func singularize(_ word: String) -> String? {
    guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return nil }
    if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") || word.hasSuffix("sses") {
      return String(word.dropLast(2))
    }
    return String(word.dropLast())
  }

  /// The verb behind a nominalization ("negotiation" → "negotiate", "agreement" → "agree").
  static func deverbal(_ noun: String) -> String? {
    let verbs = VerbLexicon.verbs
    func tryStem(_ suffix: StaticString, _ replacements: [StaticString]) -> String? {
      let suffix = suffix.description
      guard noun.hasSuffix(suffix), noun.count > suffix.count + 2, !verbs.contains(noun) else { return nil }
      let stem = String(noun.dropLast(suffix.count))
      for r in replacements where verbs.contains(stem + r.description) { return stem + r.description }
      return nil
    }
    for (suffix, endings) in nominalSuffixes {
      if let verb = tryStem(suffix, endings) { return verb }
    }
    return nil
  }

  // MARK: Coding

  /// A coding choice with its CAMEO code.
  static func category(_ cameo: String) -> EventCategory? {
    guard let info = cameoInfo[cameo] else { return nil }
    return EventCategory(plover: info.plover, cameo: cameo, quadClass: info.quad, goldstein: info.goldstein)
  }

  struct CameoInfo { var plover: String; var quad: Int; var goldstein: Double }

  /// CAMEO codes used by the coder, with PLOVER type, quad class (0…4) and Goldstein value.
  static let cameoInfo: [String: CameoInfo] = [
    "010": CameoInfo(plover: "STATEMENT", quad: 0, goldstein: 0.0),
    "015": CameoInfo(plover: "STATEMENT", quad: 0, goldstein: 0.0),
    "031": CameoInfo(plover: "AGREE", quad: 1, goldstein: 5.2),
    "032": CameoInfo(plover: "AGREE", quad: 1, goldstein: 4.5),
    "033": CameoInfo(plover: "AGREE", quad: 1, goldstein: 5.2),
    "121": CameoInfo(plover: "REJECT", quad: 3, goldstein: -4.0),
    "016": CameoInfo(plover: "STATEMENT", quad: 0, goldstein: -1.0),
    "020": CameoInfo(plover: "REQUEST", quad: 1, goldstein: 3.0),
    "030": CameoInfo(plover: "AGREE", quad: 1, goldstein: 4.0),
    "036": CameoInfo(plover: "AGREE", quad: 1, goldstein: 4.0),
    "040": CameoInfo(plover: "CONSULT", quad: 1, goldstein: 1.0),
    "042": CameoInfo(plover: "CONSULT", quad: 1, goldstein: 1.9),
    "043": CameoInfo(plover: "CONSULT", quad: 1, goldstein: 2.8),
    "046": CameoInfo(plover: "CONSULT", quad: 1, goldstein: 7.0),
    "050": CameoInfo(plover: "SUPPORT", quad: 1, goldstein: 3.5),
    "051": CameoInfo(plover: "SUPPORT", quad: 1, goldstein: 3.4),
    "055": CameoInfo(plover: "SUPPORT", quad: 1, goldstein: 3.5),
    "057": CameoInfo(plover: "SUPPORT", quad: 1, goldstein: 8.0),
    "060": CameoInfo(plover: "COOPERATE", quad: 2, goldstein: 6.0),
    "061": CameoInfo(plover: "COOPERATE", quad: 2, goldstein: 6.4),
    "070": CameoInfo(plover: "AID", quad: 2, goldstein: 7.0),
    "071": CameoInfo(plover: "AID", quad: 2, goldstein: 7.4),
    "072": CameoInfo(plover: "AID", quad: 2, goldstein: 8.3),
    "073": CameoInfo(plover: "AID", quad: 2, goldstein: 7.4),
    "081": CameoInfo(plover: "CONCEDE", quad: 2, goldstein: 5.0),
    "084": CameoInfo(plover: "RETREAT", quad: 2, goldstein: 7.0),
    "085": CameoInfo(plover: "RETREAT", quad: 2, goldstein: 7.0),
    "087": CameoInfo(plover: "RETREAT", quad: 2, goldstein: 9.0),
    "090": CameoInfo(plover: "ACCUSE", quad: 3, goldstein: -2.0),
    "100": CameoInfo(plover: "REQUEST", quad: 3, goldstein: -5.0),
    "110": CameoInfo(plover: "ACCUSE", quad: 3, goldstein: -2.0),
    "111": CameoInfo(plover: "ACCUSE", quad: 3, goldstein: -2.0),
    "112": CameoInfo(plover: "ACCUSE", quad: 3, goldstein: -2.0),
    "115": CameoInfo(plover: "ACCUSE", quad: 3, goldstein: -2.0),
    "120": CameoInfo(plover: "REJECT", quad: 3, goldstein: -4.0),
    "130": CameoInfo(plover: "THREATEN", quad: 3, goldstein: -4.4),
    "1312": CameoInfo(plover: "THREATEN", quad: 3, goldstein: -5.8),
    "138": CameoInfo(plover: "THREATEN", quad: 3, goldstein: -7.0),
    "140": CameoInfo(plover: "PROTEST", quad: 4, goldstein: -6.5),
    "141": CameoInfo(plover: "PROTEST", quad: 4, goldstein: -6.5),
    "143": CameoInfo(plover: "PROTEST", quad: 4, goldstein: -6.5),
    "150": CameoInfo(plover: "MOBILIZE", quad: 4, goldstein: -7.2),
    "160": CameoInfo(plover: "SANCTION", quad: 3, goldstein: -4.0),
    "161": CameoInfo(plover: "SANCTION", quad: 3, goldstein: -4.0),
    "163": CameoInfo(plover: "SANCTION", quad: 3, goldstein: -8.0),
    "166": CameoInfo(plover: "SANCTION", quad: 3, goldstein: -7.0),
    "170": CameoInfo(plover: "COERCE", quad: 4, goldstein: -7.0),
    "173": CameoInfo(plover: "COERCE", quad: 4, goldstein: -5.0),
    "174": CameoInfo(plover: "COERCE", quad: 4, goldstein: -5.0),
    "175": CameoInfo(plover: "ASSAULT", quad: 4, goldstein: -9.0),
    "180": CameoInfo(plover: "ASSAULT", quad: 4, goldstein: -9.0),
    "181": CameoInfo(plover: "ASSAULT", quad: 4, goldstein: -9.0),
    "186": CameoInfo(plover: "ASSAULT", quad: 4, goldstein: -10.0),
    "190": CameoInfo(plover: "ASSAULT", quad: 4, goldstein: -10.0),
    "193": CameoInfo(plover: "ASSAULT", quad: 4, goldstein: -10.0),
    "194": CameoInfo(plover: "ASSAULT", quad: 4, goldstein: -10.0),
    "195": CameoInfo(plover: "ASSAULT", quad: 4, goldstein: -10.0),
  ]

  /// Lemma → CAMEO code when no pattern applies.
  static let lemmaCodes: [String: String] = {
    var map: [String: String] = [:]
    func put(_ code: String, _ lemmas: String) { for l in words(lemmas) { map[l] = code } }
    put("010", "say tell state announce declare comment remark add note stress insist explain report "
      + "reiterate mention write speak warn statement speech claim assert testify brief")
    put("015", "admit acknowledge confess")
    put("016", "deny")
    put("020", "appeal urge ask plea")
    put("030", "promise pledge vow offer")
    put("036", "pursue")
    put("040", "consult talk discuss confer meet meeting summit conference dialogue")
    put("042", "visit trip tour travel attend")
    put("043", "host welcome receive")
    put("046", "negotiate mediate")
    put("050", "support back endorse cooperate")
    put("051", "praise commend applaud hail thank")
    put("055", "apologize")
    put("057", "sign ratify deal treaty accord")
    put("061", "trade buy purchase invest export import sell")
    put("070", "aid help assist provide supply give send donate")
    put("084", "release free")
    put("090", "investigate probe inquiry inspect examine re-examine reexamine inspection")
    put("100", "demand order require")
    put("110", "oppose disapprove")
    put("111", "criticize criticise condemn denounce deplore slam")
    put("112", "accuse blame allege charge")
    put("115", "sue lawsuit")
    put("120", "reject dismiss contest refuse rebuff repudiate refute rebut veto dispute ignore")
    put("130", "threaten")
    put("141", "protest demonstrate rally march riot")
    put("143", "boycott")
    put("150", "deploy mobilize")
    put("174", "expel deport expulsion deportation")
    put("163", "sanction embargo")
    put("170", "coerce pressure force")
    put("173", "arrest detain jail imprison")
    put("175", "crackdown repress")
    put("180", "murder assault beat torture injure wound massacre")
    put("181", "kidnap abduct")
    put("186", "assassinate")
    put("190", "attack fight war clash invade battle combat offensive kill firefight gunfight skirmish")
    put("193", "shoot")
    put("194", "shell")
    put("195", "bomb strike airstrike bombard")
    return map
  }()

  static let weaponWords = words(
    "weapon weapons arm arms drone drones uav uavs missile missiles ammunition munitions rocket rockets tank "
      + "tanks jet jets aircraft warplane warplanes artillery military weaponry gun guns rifles bomb bombs")
  /// Nouns of military shows of force ("conducting military exercises").
  static let militaryDrills = words("exercises exercise drills drill maneuvers manoeuvres maneuver manoeuvre war-games wargames")
  /// Verbs whose event comes from the giver named after "from" ("received arms from X").
  public static let converseVerbs: Set<String> = converseSet.members
  /// ``converseVerbs`` for the extractor's lookups.
  static let converseSet = words("receive get obtain accept")
  static let agreementWords = words("agreement deal accord treaty pact arrangement")
  /// Objects of receiving that make it aid ("received funds from X"), for ``code(lemma:following:targetIsAgreement:)``.
  static let receivedAidWords = words("aid assistance help funds funding money loans loan")
  /// Objects of receiving that make it a promise ("received assurances from X").
  static let receivedPromiseWords = words("assurances assurance promises promise pledges pledge guarantees guarantee")
  /// Threatened acts that make a threat a threat of force ("threatened to attack").
  static let threatenedForceWords = words("attack strike war force invade bomb")

  /// Light verbs whose event is the noun they take ("launched an attack", "staged a protest").
  static let lightVerbs = words("launch conduct carry stage mount hold make issue level wage impose take engage")

  /// The "express intent" code for wanting, planning or vowing an event of category `embedded`
  /// (CAMEO 03x for cooperation, 13x threats for conflict), or `nil` when none applies.
  public static func intentCode(for embedded: EventCategory) -> EventCategory? {
    let root = String(embedded.cameo.prefix(2))
    switch root {
    case "18", "19", "20", "15": return category("138")
    case "16": return category("1312")
    case "09": return nil
    case "07": return category("033")
    case "06": return category("031")
    case "05": return category("032")
    case "04": return category("036")
    default: return embedded.quadClass >= 3 ? category("130") : (embedded.quadClass >= 1 ? category("030") : nil)
    }
  }

  /// CAMEO roots of symmetric events: with a compound subject and no target, each party
  /// acts on the others ("X and Y met").
  public static func isSymmetric(_ cameo: String) -> Bool {
    ["03", "04", "06"].contains(String(cameo.prefix(2))) || cameo == "190"
  }

  /// Every lemma a `case` of ``code(lemma:following:targetIsAgreement:)`` names (keep in step).
  static let patternLemmas = words(
    "withdraw pull exit quit leave abandon impose slap levy announce tighten expand lift ease call present "
      + "produce show publish submit cite unveil offer provide sell supply send ship deliver give transfer "
      + "pressure press cut break sever threaten fire open launch conduct hold stage carry begin start receive "
      + "get obtain accept claim admit agree sign")

  /// The `case`s of the two `switch`es of ``code(lemma:following:targetIsAgreement:)`` that
  /// name a lemma (0: none), so that a lemma is looked up once rather than compared with
  /// every case's words. Every lemma of ``patternLemmas`` has an entry.
  struct PatternGroup: Sendable {
    var first: UInt8
    var second: UInt8
  }

  static let patternGroups: EventWordMap<PatternGroup> = {
    let firstCases = [
      "withdraw pull exit quit leave abandon", "impose slap levy announce tighten expand", "lift ease", "call",
      "present produce show publish submit cite unveil offer provide",
    ]
    let secondCases = [
      "sell supply provide send ship deliver give transfer", "pressure press", "cut break sever", "threaten",
      "fire open", "launch", "conduct hold stage carry begin start", "receive get obtain accept", "claim admit",
      "agree sign",
    ]
    var map: [String: PatternGroup] = [:]
    for lemma in patternLemmas { map[lemma] = PatternGroup(first: 0, second: 0) }
    for (n, words) in firstCases.enumerated() {
      for lemma in words.split(separator: " ") { map[String(lemma), default: PatternGroup(first: 0, second: 0)].first = UInt8(n + 1) }
    }
    for (n, words) in secondCases.enumerated() {
      for lemma in words.split(separator: " ") { map[String(lemma), default: PatternGroup(first: 0, second: 0)].second = UInt8(n + 1) }
    }
    // Only the lemmas of patternLemmas reach the switches.
    for lemma in map.keys where !patternLemmas.contains(lemma) { map[lemma] = nil }
    return EventWordMap(map)
  }()

  /// Codes an event from its lemma and the words that follow it in its clause.
  ///
  /// Patterns with particles or objects come first ("withdraw from" an agreement,
  /// "impose sanctions", "call for", "sell weapons"); the lemma table is the fallback.
  public static func code(lemma: String, following: [String], targetIsAgreement: Bool = false)
    -> EventCategory?
  {
    code(lemma: lemma, following: following[...], targetIsAgreement: targetIsAgreement)
  }

  /// ``lemmaCodes`` with their categories (codes with none left out), for one lookup per event.
  static let lemmaCategories: EventWordMap<EventCategory> = EventWordMap(lemmaCodes.compactMapValues(category))

  /// A lemma's entry for ``code(lemma:following:targetIsAgreement:)``: its pattern group
  /// (``patternGroups``) and its category (``lemmaCategories``), found with one lookup.
  struct CodeEntry: Sendable {
    var group: PatternGroup?
    var category: EventCategory?
  }

  /// ``patternGroups`` and ``lemmaCategories`` in one table (every lemma of either).
  static let codeEntries: EventWordMap<CodeEntry> = {
    var map: [String: CodeEntry] = [:]
    for (lemma, category) in lemmaCategories.dictionary { map[lemma, default: CodeEntry()].category = category }
    for (lemma, group) in patternGroups.dictionary { map[lemma, default: CodeEntry()].group = group }
    return EventWordMap(map)
  }()

  /// ``code(lemma:following:targetIsAgreement:)`` on a slice of the sentence's words (no array made).
  static func code(lemma: String, following: ArraySlice<String>, targetIsAgreement: Bool = false)
    -> EventCategory?
  {
    code(entry: codeEntries[lemma], lemma: lemma, following: following, targetIsAgreement: targetIsAgreement)
  }

  /// ``code(lemma:following:targetIsAgreement:)`` with the lemma's entry of ``codeEntries``
  /// (`entry`) already looked up.
  static func code(
    entry: CodeEntry?, lemma: String, following: ArraySlice<String>, targetIsAgreement: Bool = false
  ) -> EventCategory? {
    guard let entry else { return nil }
    // Lemmas with no pattern below go straight to the lemma table.
    guard let group = entry.group else { return entry.category }
    switch patternCode(group: group, lemma: lemma, following: following, targetIsAgreement: targetIsAgreement) {
    case .lemmaCategory: return entry.category
    case .coded(let category): return category
    }
  }

  /// What a pattern of a lemma's group (``code(entry:lemma:following:targetIsAgreement:)``)
  /// makes of an event: the lemma's own category, or the one it names (`nil`: none).
  enum PatternCoding {
    case lemmaCategory
    case coded(EventCategory?)
  }

  /// The patterns of ``code(entry:lemma:following:targetIsAgreement:)`` for a lemma of pattern
  /// group `group`: without the lemma's entry, whose category is only read (not copied) when
  /// no pattern decides.
  static func patternCode(
    group: PatternGroup, lemma: String, following: ArraySlice<String>, targetIsAgreement: Bool
  ) -> PatternCoding {
    let next = following.prefix(8)
    let first = next.first ?? ""
    switch group.first {
    case 1:  // withdraw, pull, exit, quit, leave, abandon
      if targetIsAgreement || next.contains(where: agreementWords.contains) { return .coded(category("160")) }
      if lemma == "withdraw" || (lemma == "pull" && (first == "out" || first == "back")) {
        return .coded(category("087"))
      }
      return .coded(nil)
    case 2:  // impose, slap, levy, announce, tighten, expand
      if next.contains(where: { $0.hasPrefix("sanction") || $0 == "embargo" }) { return .coded(category("163")) }
    case 3:  // lift, ease
      if next.contains(where: { $0.hasPrefix("sanction") || $0 == "embargo" }) { return .coded(category("085")) }
      if lemma == "ease" { return .coded(category("081")) }
      return .coded(nil)
    case 4:  // call
      if first == "for" || first == "on" || first == "upon" { return .coded(category("020")) }
      return .coded(nil)
    case 5:  // present, produce, show, publish, submit, cite, unveil, offer, provide
      // Presenting evidence against someone accuses them.
      if next.prefix(3).contains(where: { $0 == "evidence" || $0 == "proof" }) { return .coded(category("112")) }
      if lemma == "provide" || lemma == "offer", next.contains(where: weaponWords.contains) { return .coded(category("072")) }
    default: break
    }
    switch group.second {
    case 1:  // sell, supply, provide, send, ship, deliver, give, transfer
      if next.contains(where: weaponWords.contains) { return .coded(category("072")) }
      if next.contains(where: { $0 == "aid" || $0 == "assistance" || $0 == "humanitarian" }) {
        return .coded(category("073"))
      }
    case 2:  // pressure, press
      if next.contains(where: { $0.hasPrefix("sanction") }) { return .coded(category("163")) }
      if lemma == "press" { return .coded(first == "for" ? category("100") : nil) }
    case 3:  // cut, break, sever
      if next.contains(where: { $0 == "ties" || $0 == "relations" }) { return .coded(category("161")) }
      return .coded(nil)
    case 4:  // threaten
      if next.contains(where: threatenedForceWords.contains) {
        return .coded(category("138"))
      }
    case 5:  // fire, open
      if lemma == "open" && first != "fire" { return .coded(nil) }
      if next.contains("at") || next.contains("on") || next.contains(where: weaponWords.contains) || first == "fire" {
        return .coded(category("190"))
      }
      return .coded(nil)
    case 6:  // launch
      if next.prefix(4).contains(where: weaponWords.contains) { return .coded(category("190")) }
      return .coded(nil)
    case 7:  // conduct, hold, stage, carry, begin, start
      if next.prefix(4).contains(where: militaryDrills.contains) { return .coded(category("150")) }
    case 8:  // receive, get, obtain, accept
      // The converse of giving: "received weapons from X" is X's aid to the subject.
      let object = next.prefix(4)
      if object.contains(where: weaponWords.contains) { return .coded(category("072")) }
      if object.contains(where: receivedAidWords.contains) {
        return .coded(category("070"))
      }
      if object.contains(where: receivedPromiseWords.contains) {
        return .coded(category("030"))
      }
      if lemma == "accept", next.contains("responsibility") || next.contains("credit") { return .coded(category("015")) }
    case 9:  // claim, admit
      if next.contains("responsibility") || next.contains("credit") { return .coded(category("015")) }
    case 10:  // agree, sign
      return .coded(category(lemma == "sign" ? "057" : "030"))
    default: break
    }
    return .lemmaCategory
  }
}
