/// English verb morphology and event-word lexicons used by ``EventExtractor``.
///
/// The lexicons are general English: common verbs, irregular inflections, event nouns
/// and the TimeML class of complement-taking verbs. Words are stored as space-separated
/// lists and turned into sets once.
public enum VerbForm: Sendable, Equatable {
  /// Base form ("sell"), also the non-3rd-person present.
  case base
  /// Third person singular present ("sells").
  case thirdPerson
  /// Simple past ("sold"); for regular verbs also the past participle.
  case past
  /// Past participle only ("taken").
  case pastParticiple
  /// Form that is both past and past participle ("sold", "walked").
  case pastOrParticiple
  /// Present participle / gerund ("selling").
  case ing
}

/// Lemmatizes English verb forms with an irregular table and regular suffix rules.
public enum VerbLexicon {
  /// The words of `s` separated by spaces and line breaks, split on its UTF-8 bytes (a
  /// split by `Character`s costs a grapheme-break test per character).
  static func words(_ s: String) -> EventWordSet {
    EventWordSet(
      Set(s.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }).map {
        String(decoding: $0, as: UTF8.self)
      }))
  }

  /// Irregular verbs: base, past, past participle (alternatives separated by `/`).
  static let irregularTable: String = """
    arise arose arisen;awake awoke awoken;be was/were been;bear bore borne/born;beat beat beaten;
    become became become;begin began begun;bend bent bent;bet bet bet;bid bid bid;bind bound bound;
    bite bit bitten;bleed bled bled;blow blew blown;break broke broken;breed bred bred;bring brought brought;
    build built built;burn burnt/burned burnt/burned;burst burst burst;buy bought bought;cast cast cast;
    catch caught caught;choose chose chosen;cling clung clung;come came come;cost cost cost;creep crept crept;
    cut cut cut;deal dealt dealt;dig dug dug;do did done;draw drew drawn;dream dreamt/dreamed dreamt/dreamed;
    drink drank drunk;drive drove driven;eat ate eaten;fall fell fallen;feed fed fed;feel felt felt;
    fight fought fought;find found found;flee fled fled;fling flung flung;fly flew flown;forbid forbade forbidden;
    forecast forecast forecast;foresee foresaw foreseen;forget forgot forgotten;forgive forgave forgiven;
    freeze froze frozen;get got got/gotten;give gave given;go went gone;grind ground ground;grow grew grown;
    hang hung/hanged hung/hanged;have had had;hear heard heard;hide hid hidden;hit hit hit;hold held held;
    hurt hurt hurt;keep kept kept;kneel knelt knelt;know knew known;lay laid laid;lead led led;lean leant/leaned leant/leaned;
    leap leapt/leaped leapt/leaped;learn learnt/learned learnt/learned;leave left left;lend lent lent;let let let;
    lie lay lain;light lit lit;lose lost lost;make made made;mean meant meant;meet met met;mislead misled misled;
    mistake mistook mistaken;offset offset offset;outdo outdid outdone;overcome overcame overcome;overdo overdid overdone;
    overrun overran overrun;oversee oversaw overseen;overtake overtook overtaken;overthrow overthrew overthrown;
    pay paid paid;prove proved proven/proved;put put put;quit quit quit;read read read;rebuild rebuilt rebuilt;
    redo redid redone;repay repaid repaid;reset reset reset;retake retook retaken;rewrite rewrote rewritten;
    rid rid rid;ride rode ridden;ring rang rung;rise rose risen;run ran run;saw sawed sawn;say said said;
    see saw seen;seek sought sought;sell sold sold;send sent sent;set set set;shake shook shaken;shed shed shed;
    shine shone shone;shoot shot shot;show showed shown;shrink shrank shrunk;shut shut shut;sing sang sung;
    sink sank sunk;sit sat sat;slay slew slain;sleep slept slept;slide slid slid;slit slit slit;speak spoke spoken;
    speed sped sped;spend spent spent;spin spun spun;split split split;spread spread spread;spring sprang sprung;
    stand stood stood;steal stole stolen;stick stuck stuck;sting stung stung;strike struck struck/stricken;
    strive strove striven;swear swore sworn;sweep swept swept;swim swam swum;swing swung swung;take took taken;
    teach taught taught;tear tore torn;tell told told;think thought thought;throw threw thrown;thrust thrust thrust;
    tread trod trodden;undergo underwent undergone;understand understood understood;undertake undertook undertaken;
    undo undid undone;upset upset upset;uphold upheld upheld;wake woke woken;wear wore worn;weave wove woven;
    weep wept wept;win won won;wind wound wound;withdraw withdrew withdrawn;withhold withheld withheld;
    withstand withstood withstood;write wrote written;broadcast broadcast broadcast;forgo forwent forgone;
    input input input;outbid outbid outbid;outgrow outgrew outgrown;override overrode overridden;
    overhear overheard overheard;overpay overpaid overpaid;overshoot overshot overshot;oversell oversold oversold;
    undercut undercut undercut;underwrite underwrote underwritten;upset upset upset;wed wed wed;
    spell spelt/spelled spelt/spelled;spill spilt/spilled spilt/spilled;spoil spoilt/spoiled spoilt/spoiled;
    dwell dwelt dwelt;plead pled/pleaded pled/pleaded;stride strode stridden;stink stank stunk;
    hew hewed hewn;sew sewed sewn;sow sowed sown;swell swelled swollen;mow mowed mown
    """

  struct Irregular { var base: String; var form: VerbForm }

  /// Inflected irregular form → base and form.
  static let irregular: EventWordMap<Irregular> = EventWordMap({
    var map: [String: Irregular] = [:]
    for (base, pasts, participles) in irregularEntries {
      for p in pasts where p != base {
        map[p] = Irregular(base: base, form: participles.contains(p) ? .pastOrParticiple : .past)
      }
      for p in participles where p != base && map[p] == nil {
        map[p] = Irregular(base: base, form: .pastParticiple)
      }
    }
    // Forms of "be" and "have" that are not in the table.
    map["is"] = Irregular(base: "be", form: .thirdPerson)
    map["am"] = Irregular(base: "be", form: .base)
    map["are"] = Irregular(base: "be", form: .base)
    map["'s"] = Irregular(base: "be", form: .thirdPerson)
    map["'re"] = Irregular(base: "be", form: .base)
    map["'m"] = Irregular(base: "be", form: .base)
    map["has"] = Irregular(base: "have", form: .thirdPerson)
    map["'ve"] = Irregular(base: "have", form: .base)
    map["does"] = Irregular(base: "do", form: .thirdPerson)
    map["goes"] = Irregular(base: "go", form: .thirdPerson)
    map["being"] = Irregular(base: "be", form: .ing)
    map["having"] = Irregular(base: "have", form: .ing)
    map["lying"] = Irregular(base: "lie", form: .ing)
    map["dying"] = Irregular(base: "die", form: .ing)
    map["tying"] = Irregular(base: "tie", form: .ing)
    return map
  }())

  /// The entries of ``irregularTable`` (base, past forms, past participles), read from its
  /// UTF-8 bytes once: splitting the `String` itself walks it by `Character`s, which cost
  /// millions of instructions on the first lookup of a run.
  static let irregularEntries: [(base: String, pasts: [String], participles: [String])] = {
    func forms(_ part: Substring.UTF8View) -> [String] {
      part.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) }
    }
    var entries: [(base: String, pasts: [String], participles: [String])] = []
    for entry in irregularTable.utf8.split(separator: UInt8(ascii: ";")) {
      let parts = entry.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") })
      guard parts.count == 3 else { continue }
      entries.append((String(decoding: parts[0], as: UTF8.self), forms(parts[1]), forms(parts[2])))
    }
    return entries
  }()

  /// Irregular verbs whose past form is the base form ("cut", "set", "put", "read").
  static let pastEqualsBase: Set<String> = Set(
    irregularEntries.compactMap { entry in entry.pasts.contains(entry.base) ? entry.base : nil })

  /// Base forms of irregular verbs.
  static let irregularBases: Set<String> = Set(irregularEntries.map(\.base))

  /// Common English verbs (base forms). Irregular verbs are added from the table.
  static let verbList: String = """
    abandon abduct abolish absorb abstain abuse accelerate accept access accommodate accompany accomplish accuse
    achieve acknowledge acquire acquit act adapt add address adjourn adjust administer admire admit adopt advance
    advise advocate affect afford age aggravate agree aid aim air alarm alert align allege alleviate allocate allow
    alter amass amend amount analyze anger announce annex answer anticipate apologize appeal appear applaud apply
    appoint appreciate approach approve argue arm arrange arrest arrive ask assassinate assault assemble assert
    assess assign assist associate assume assure attach attack attain attempt attend attract attribute auction
    audit authorize avert avoid await award back balk ban bar bargain base battle beg behave behead believe belong
    benefit besiege betray block blame blast bless blockade board boast bolster bomb bombard boost borrow bother bounce
    boycott brace brand breach bribe brief broaden broker bruise budget bump burden bury calculate call calm
    campaign cancel capture care carry cause caution cease celebrate censor center challenge change charge chase
    cheat check cheer cite claim clarify clash clean clear climb close coerce collaborate collapse collect collide
    combat combine comment commit communicate compare compel compensate compete compile complain complete comply
    compose compromise conceal concede concentrate concern conclude condemn conduct confer confess confirm
    confiscate confront confuse congratulate connect consent conserve consider consist consolidate conspire
    constitute construct consult consume contact contain contemplate contend contest continue contract contradict
    contribute control convene converge convert convey convict convince cooperate coordinate cope copy correct
    count counter cover crack crash create credit criticize criticise cross crush cry cultivate curb cure curtail
    damage dare date debate decide declare decline decrease deem defeat defend defer defy delay delegate delete
    deliberate delight deliver demand demolish demonstrate denounce deny depart depend deploy deport deposit depress
    deprive describe deserve design designate desire destroy detain detect deter deteriorate determine detonate
    devalue develop devote die differ diminish dip direct disagree disappear disappoint disarm disband discharge
    disclose discontinue discount discourage discover discuss dislike dismantle dismiss dispatch displace display
    dispose dispute disrupt dissolve distance distinguish distribute disturb dive divert divest divide document
    dominate donate double doubt downgrade drag drain drop drown dump earn ease echo edge edit educate elect
    eliminate embark embrace emerge emphasize employ empower enable enact encounter encourage end endanger endorse
    endure enforce engage enhance enjoy enlarge enroll ensure enter entertain enable equip erase erode escalate
    escape establish estimate evacuate evaluate evade examine re-examine reexamine evolve exceed exchange exclude execute exercise exert exhaust
    exist exit expand expect expel experience expire explain explode exploit explore export expose express extend
    extract extradite face facilitate fade fail fake favor favour fear feature file fill finance fine finish fire
    fit fix flood flourish focus fold follow force forge form formulate foster found free fuel fulfill fulfil
    function fund gain gather generate govern grab grant greet guarantee guard guess guide halt hamper handle happen
    harass harm hate head heal heat help highlight hijack hike hint hire honor honour hope host house hurry identify
    ignite ignore illustrate imagine implement imply import impose impress imprison improve incite include
    incorporate increase incur indicate indict induce inflict influence inform inherit inhibit initiate injure
    inquire insist inspect inspire install instruct insult insure integrate intend intensify interact intercept
    interfere interrogate interrupt intervene interview intimidate introduce invade invent invest investigate invite
    involve isolate issue jail join joke judge jump justify kick kidnap kill knock label lack land last launch
    lay lease lecture legalize legislate lend level liberalize liberate license lift like limit link liquidate list
    listen live load lobby locate lock look loom loot love lower maintain manage mandate maneuver manipulate
    manufacture march mark market marry massacre match matter mature maximize measure mediate mention merge
    migrate mine minimize miss mobilize moderate modernize modify monitor mount mourn move multiply murder
    name narrow nationalize navigate need neglect negotiate nominate note notice notify nurse obey object oblige
    observe obstruct obtain occupy occur offend offer open operate oppose opt order organize organise outlaw
    outline overhaul overlook overrule oust owe own pack paint park participate pass patrol pause perform permit
    persecute persist persuade phone pick picket pile pilot place plan plant play plead please pledge plot plunge
    point poison poll pose possess post postpone pour praise pray precede predict prefer prepare present preserve
    preside press pressure pressure prevail prevent price print privatize probe proceed process proclaim produce
    profit progress prohibit project prolong promise promote prompt pronounce propose prosecute prosper protect
    protest provide provoke publish pull pump punish purchase pursue push qualify question race raid rain raise
    rally range rank rate ratify reach react realize reassure rebel rebound recall receive recognize recommend
    reconcile reconsider record recover recruit reduce refer reflect reform refrain refuel refuse regain register
    regret regulate rehabilitate reinforce reject rejoin relate relax release relieve relinquish rely remain remark
    remember remind remove renew renounce reopen repair repeal repeat replace reply report represent repress
    reprimand request require rescue resemble resent reserve reshape reside resign resist resolve respect respond
    rest restore restrain restrict restructure result resume retain retaliate retire retreat return reunite reveal
    reverse review revise revive revoke reward rob rock rocket roll rotate rule rush sabotage sack sacrifice
    sanction satisfy save scale scare schedule score scramble screen search secure seize sentence separate serve
    settle sever share shell shelter shift ship shock shop shout shrug sign signal silence simplify sink slam slash
    slip slow smash smuggle soar solve spark specify speculate spill sponsor spot spur stabilize stage stall stamp
    standardize star start starve state station stay steer stem step stimulate stir stop store storm strengthen
    stress stretch strip structure struggle study stumble subdue submit subsidize succeed sue suffer suggest suit
    summon supervise supply support suppose suppress surge surpass surprise surrender surround survey survive
    suspect suspend sustain switch tackle talk target tax telephone tend term terminate terrorize test testify
    thank threaten thwart tighten tip tolerate top topple torture total tour trace track trade train transfer
    transform translate transmit transport trap travel treat trigger trim triple trust try turn undermine
    unite unveil update upgrade urge use utilize value vanish vary veto violate visit voice volunteer vote vow
    wage wait walk want warn wash waste watch weaken weigh welcome widen wish witness wonder work worry worsen
    wound wreck yield
    hurl rattle crumble tumble soften stiffen toughen firm plummet dive slump slide rebound rally jump climb
    expect account adhere advertise aggregate allot amortize appraise assure backfire bail bankrupt bolster
    capitalize cap clinch close co-operate collateralize comprise convene cushion default delist denominate
    depreciate diversify downsize dwindle enlist entitle equal fluctuate forfeit freeze grip hedge hover
    inch jeopardize lag lure merit mirror outpace outnumber outperform overcome overtake peak plummet post rebound
    recapitalize refinance reorganize repurchase restate retool revamp sag settle shed shore skyrocket slip slump
    snap soften spin stem streamline surge swap tumble underperform unload waive weather widen yield
    accrue acquire amass assess avail bolster brew buoy bypass clamp clamber confer contemplate culminate curb
    dampen dash deflect deflate depict derail dilute dispel disprove dodge douse drift elude embarrass emulate
    engulf entrench envisage envision erupt ensue exacerbate exaggerate fend flare flank flout fret galvanize
    hail halve hamstring heed hinder hobble hurtle impede imperil incite infiltrate inflame instigate jolt lament
    languish lash lessen loosen lurch mar mend moot mourn muster nudge ostracize outrage overshadow overwhelm
    parry pave persevere placate plague plead ponder portray preclude predate presume proliferate prop rebuff
    rebut recede reckon rectify redeem reel refute reiterate rekindle relent relocate remedy renege reoccupy
    repel repudiate rescind retract revert rile rip roil sap scuttle shatter shun skirt slacken snub soothe spook
    squander stave stifle stymie subside sway tarnish taunt thrive topple torpedo tout trumpet underline
    underscore unravel unleash uproot vent vilify voice vouch wane waver wield woo worsen wrangle
    arrive bring come go reach sit stand fall rise meet hold keep lead leave lose put run send set show speak
    spend take tell think understand win write pay buy sell give get find feel know hear see become begin break
    build choose cut deal draw drive eat fight fly forget grow hang hide hit hurt let make mean read ride ring seek
    shoot shut sing sleep steal strike swear teach throw wake wear withdraw
    account achieve admit afford agree allow appear apply arrange believe call carry cause change charge claim
    close concern consider contain continue cost cover create cross cry decide describe design destroy develop
    die discover discuss drop end enjoy establish exist expect explain express fail fill finish follow force form
    gain happen hate help hope identify imagine improve include increase indicate intend introduce invite involve
    join kill lack last laugh lie like limit link listen live look love manage mark matter measure mention mind
    miss move need note notice obtain occur offer open order own pass pick place plan play point prefer prepare
    present press prevent produce promise protect prove provide publish pull push raise reach realize receive
    recognize record reduce reflect refuse regard relate release remain remember remove repeat replace reply
    report represent require rest return reveal ring roll save seem sell serve settle share shout sign smile sound
    stare start state stay step stop study succeed suffer suggest supply support suppose surprise survive talk
    tend test thank touch train travel treat try turn visit vote wait walk want warn watch wave wish wonder work
    worry repatriate perish unearth subpoena exhort subscribe reap tender chant retrieve
    """

  /// Verbs that are auxiliaries or too light to be events on their own.
  static let auxiliaries: EventWordSet = words(
    "be have do will would shall should can could may might must ought")

  /// All known verb lemmas.
  static let verbs: EventWordSet = {
    var set = words(verbList).members
    set.formUnion(irregularBases)
    return EventWordSet(set)
  }()

  /// Lemmatizes `word` (lower case) as a verb: returns the base form and the form, or `nil`
  /// when it is not a known verb form.
  public static func lemmatize(_ word: String) -> (lemma: String, form: VerbForm)? {
    var copy = word
    return copy.withUTF8 { bytes in
      guard PlainWord.isPlain(bytes) else { return lemmatizeUnicode(word) }
      if let irr = irregular.value(ascii: bytes) { return (irr.base, irr.form) }
      if verbs.contains(ascii: bytes) { return (word, .base) }
      return PlainWord.with(bytes, regularForm)
    }
  }

  /// ``lemmatize(_:)`` of an ASCII word that is neither a verb nor an irregular form (one the
  /// extractor's vocabulary, ``KnownWord/vocabulary``, does not hold): only its regular
  /// inflections are tried, the two lookups of the word itself would find nothing.
  /// (``SentenceLex`` asks it only of words ``mayInflect(_:)`` lets through.)
  static func lemmatize(notInVocabulary word: String) -> (lemma: String, form: VerbForm)? {
    var copy = word
    return copy.withUTF8 { bytes in
      guard PlainWord.isPlain(bytes) else { return lemmatizeUnicode(word) }
      return PlainWord.with(bytes, regularForm)
    }
  }

  /// Whether ``regularForm(_:)`` can find a verb for the plain ASCII word `b`: necessary
  /// conditions on its bytes, asked before any table. `false` means certainly none.
  /// Only "-ing", "-ed" and "-s" words (not "-ss") are inflections; each rule's stems drop at most four
  /// ("-ing"), three ("-ed", "-ies") bytes, so from that length plus three on every stem
  /// keeps the word's first three bytes, which must then begin a verb (``verbPrefixes``:
  /// `prefixes`, passed by a caller that holds it, as ``SentenceLex`` does, rather than read
  /// from the static at each call).
  @inline(__always) static func mayInflect(
    _ b: UnsafeBufferPointer<UInt8>, prefixes: PrefixFilter = verbPrefixes
  ) -> Bool {
    let n = b.count
    guard n >= 3 else { return false }
    let maxDrop: Int
    switch b[n - 1] {
    case UInt8(ascii: "g"):
      guard n >= 5, b[n - 2] == UInt8(ascii: "n"), b[n - 3] == UInt8(ascii: "i") else { return false }
      maxDrop = 4
    case UInt8(ascii: "d"):
      guard b[n - 2] == UInt8(ascii: "e") else { return false }
      maxDrop = 3
    case UInt8(ascii: "s"):
      guard b[n - 2] != UInt8(ascii: "s") else { return false }
      maxDrop = 3
    default:
      return false
    }
    return n < maxDrop + 3 || prefixes.mayHavePrefix(of: b)
  }

  /// The first three bytes of every verb (``verbs``).
  static let verbPrefixes = PrefixFilter(verbs.members)

  /// The regular inflections of ``lemmatize(_:)`` on the bytes of a plain ASCII word: the
  /// stems are spelled in a scratch buffer and looked up by their bytes; a `String` is made
  /// only for the lemma returned. Same rules, in the same order, as ``lemmatizeUnicode(_:)``.
  static func regularForm(_ w: PlainWord) -> (lemma: String, form: VerbForm)? {
    let n = w.count
    guard n >= 3 else { return nil }
    func known(_ s: UnsafeBufferPointer<UInt8>) -> Bool { verbs.contains(ascii: s) }
    /// "stopp" → "stop": the stem without its doubled last letter, when doubled.
    func undoubled(dropping drop: Int) -> UnsafeBufferPointer<UInt8>? {
      let k = n - drop
      guard k >= 3, w.bytes[k - 1] == w.bytes[k - 2] else { return nil }
      return w.stem(dropping: drop + 1)
    }
    if w.hasSuffix("ing"), n >= 5 {
      var s = w.stem(dropping: 3)
      if known(s) { return (PlainWord.string(s), .ing) }
      s = w.stem(dropping: 3, adding: "e")
      if known(s) { return (PlainWord.string(s), .ing) }
      if let u = undoubled(dropping: 3), known(u) { return (PlainWord.string(u), .ing) }
      return nil
    }
    if w.hasSuffix("ied") {
      let s = w.stem(dropping: 3, adding: "y")
      if known(s) { return (PlainWord.string(s), .pastOrParticiple) }
    }
    if w.hasSuffix("ed"), n >= 4 {
      var s = w.stem(dropping: 2)
      if known(s) { return (PlainWord.string(s), .pastOrParticiple) }
      s = w.stem(dropping: 1)
      if known(s) { return (PlainWord.string(s), .pastOrParticiple) }
      if let u = undoubled(dropping: 2), known(u) { return (PlainWord.string(u), .pastOrParticiple) }
      return nil
    }
    if w.hasSuffix("ies") {
      let s = w.stem(dropping: 3, adding: "y")
      if known(s) { return (PlainWord.string(s), .thirdPerson) }
    }
    if w.hasSuffix("es") {
      let s = w.stem(dropping: 2)
      if known(s), PlainWord.hasSuffix(s, "s") || PlainWord.hasSuffix(s, "x") || PlainWord.hasSuffix(s, "z")
        || PlainWord.hasSuffix(s, "ch") || PlainWord.hasSuffix(s, "sh") || PlainWord.hasSuffix(s, "o")
      {
        return (PlainWord.string(s), .thirdPerson)
      }
    }
    if w.hasSuffix("s"), !w.hasSuffix("ss") {
      let s = w.stem(dropping: 1)
      if known(s) { return (PlainWord.string(s), .thirdPerson) }
    }
    return nil
  }

  /// ``lemmatize(_:)`` for words with non-ASCII letters, on `String`s.
  static func lemmatizeUnicode(_ word: String) -> (lemma: String, form: VerbForm)? {
    if let irr = irregular[word] { return (irr.base, irr.form) }
    if verbs.contains(word) { return (word, .base) }
    let bytes = Array(word.utf8)
    let n = bytes.count
    guard n >= 3 else { return nil }
    func has(_ suffix: String) -> Bool { word.hasSuffix(suffix) }
    func stem(_ drop: Int) -> String { String(decoding: bytes[0..<(n - drop)], as: UTF8.self) }
    func known(_ s: String) -> Bool { verbs.contains(s) }
    func undoubled(_ s: String) -> String? {
      let b = Array(s.utf8)
      guard b.count >= 3, b[b.count - 1] == b[b.count - 2] else { return nil }
      return String(decoding: b.dropLast(), as: UTF8.self)
    }
    if has("ing"), n >= 5 {
      let s = stem(3)
      if known(s) { return (s, .ing) }
      if known(s + "e") { return (s + "e", .ing) }
      if let u = undoubled(s), known(u) { return (u, .ing) }
      return nil
    }
    if has("ied") {
      let s = stem(3) + "y"
      if known(s) { return (s, .pastOrParticiple) }
    }
    if has("ed"), n >= 4 {
      let s = stem(2)
      if known(s) { return (s, .pastOrParticiple) }
      let s1 = stem(1)
      if known(s1) { return (s1, .pastOrParticiple) }
      if let u = undoubled(s), known(u) { return (u, .pastOrParticiple) }
      return nil
    }
    if has("ies") {
      let s = stem(3) + "y"
      if known(s) { return (s, .thirdPerson) }
    }
    if has("es") {
      let s = stem(2)
      if known(s), s.hasSuffix("s") || s.hasSuffix("x") || s.hasSuffix("z") || s.hasSuffix("ch")
        || s.hasSuffix("sh") || s.hasSuffix("o")
      {
        return (s, .thirdPerson)
      }
    }
    if has("s"), !has("ss") {
      let s = stem(1)
      if known(s) { return (s, .thirdPerson) }
    }
    return nil
  }
}
