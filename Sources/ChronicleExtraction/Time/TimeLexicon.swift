/// Word lists of the temporal tagger (lower-cased, without trailing periods).
enum TimeLexicon {
  static let months = LexiconTable<Int>([
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
  ])

  /// Month names that are also common words; they need a capital letter and date-like context.
  static let ambiguousMonths = LexiconTable<Bool>(Set<String>(["may", "march", "mar", "jan", "sep", "dec", "jun", "jul", "aug"]))

  static let weekdays = LexiconTable<Int>([
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
  ])

  static let decadeWords = LexiconTable<Int>([
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9,
  ])

  static let seasons = LexiconTable<String>([
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
  ])

  /// Parts of the day and their TIMEX3 codes.
  static let partsOfDay = LexiconTable<String>([
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
  ])

  static let units = LexiconTable<TimeUnit>([
    "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute, "min": .minute,
    "hour": .hour, "hours": .hour, "hr": .hour, "hrs": .hour, "day": .day, "days": .day,
    "week": .week, "weeks": .week, "month": .month, "months": .month, "year": .year, "years": .year,
    "yr": .year, "yrs": .year, "decade": .decade, "decades": .decade, "century": .century,
    "centuries": .century, "quarter": .quarter, "quarters": .quarter, "weekend": .weekend,
    "weekends": .weekend, "fortnight": .fortnight, "night": .night, "nights": .night,
  ])

  static let smallNumbers = LexiconTable<Int>([
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a": 1, "an": 1, "dozen": 12, "couple": 2,
  ])

  /// Words that stand for an unspecified number ("several years" → PXY).
  static let vagueNumbers = LexiconTable<Bool>(Set(["several", "few", "many", "some", "numerous", "multiple"]))

  static let ordinals = LexiconTable<Int>([
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
  ])

  /// Approximation and comparison modifiers that belong to the expression.
  static let singleModifiers = LexiconTable<String>([
    "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "nearly": "APPROX",
  ])

  /// Words preceding an expression that relate it to an event (TimeML SIGNALs).
  static let signals = LexiconTable<Bool>(Set<String>([
    "since", "on", "in", "at", "until", "till", "by", "before", "after", "during", "for", "from",
    "to", "through", "within", "of", "throughout", "over", "between", "as", "following", "ago",
  ]))

  /// Tense cues.
  static let futureCues = LexiconTable<Bool>(Set<String>([
    "will", "'ll", "shall", "wo", "would", "upcoming", "scheduled", "soon", "effective",
  ]))
  /// Verbs that mark the future when followed by "to" ("plans to", "is expected to").
  static let futureBeforeTo = LexiconTable<Bool>(Set<String>([
    "going", "plans", "plan", "planning", "planned", "expected", "expects", "due", "intends", "set", "is",
    "are", "am", "scheduled", "poised", "likely", "soon", "ready",
  ]))
  static let pastCues = LexiconTable<Bool>(Set<String>([
    "said", "was", "were", "had", "did", "told", "announced", "reported", "last", "ago", "came",
    "went", "met", "made", "took", "gave", "saw", "left", "began", "won", "lost", "fell", "rose",
    "sold", "bought", "paid", "held", "led", "spoke", "wrote", "got", "found", "became", "hit",
    "put", "cut", "set", "struck", "killed", "ended", "earlier", "previously", "been",
    // irregular past forms
    "brought", "thought", "sought", "caught", "taught", "fought", "built", "sent", "spent", "kept", "felt",
    "meant", "ran", "drove", "grew", "knew", "threw", "flew", "drew", "chose", "rode", "wore", "stood",
    "understood", "forgot", "froze", "hid", "shook", "swore", "tore", "woke", "withdrew", "overtook",
    "undertook", "sank", "sprang", "stole", "fled", "bled", "fed", "bent", "lent", "dealt", "heard",
    "laid", "paid", "rang", "sang", "slid", "spun", "stuck", "stung", "swept", "wept", "won", "wound",
    "arose", "awoke", "bore", "broke", "spoke", "forbade", "forgave", "foresaw", "overcame", "became",
  ]))

  /// Irregular past forms of event verbs: the event is over, so a date without a year lies before the reference.
  static let eventPast = LexiconTable<Bool>(Set<String>([
    "came", "went", "met", "took", "gave", "saw", "left", "began", "won", "lost", "fell", "rose", "sold",
    "bought", "paid", "held", "led", "spoke", "wrote", "got", "found", "became", "struck", "killed", "ended",
    "brought", "sent", "built", "fled", "fought", "broke", "withdrew", "flew", "ran", "drove", "threw",
  ]))

  /// Words after a four-digit number that show it is a quantity, not a year.
  static let quantityNouns = LexiconTable<Bool>(Set<String>([
    "percent", "%", "people", "shares", "workers", "troops", "miles", "feet", "tons", "units",
    "jobs", "cars", "employees", "soldiers", "barrels", "points", "members", "meters", "kilometers",
    "acres", "votes", "homes", "hours", "days", "years", "months", "weeks", "dollars", "yen",
    "students", "men", "women", "children", "others", "residents", "delegates", "passengers",
    "copies", "pounds", "square", "a.m.", "p.m.", "of", "to",
  ]))
}

extension TimeLexicon {
  /// Nouns that label a following number ("Flight 1997", "Room 2020", "Route 1812"): the number is a name, not a year.
  static let numberLabels = LexiconTable<Bool>(Set<String>([
    "flight", "flights", "room", "rooms", "route", "highway", "interstate", "page", "pages", "chapter", "section",
    "article", "paragraph", "item", "suite", "apartment", "gate", "platform", "bus", "train", "channel", "model",
    "resolution", "amendment", "bill", "code", "line", "lane", "exit", "unit", "box", "ward", "district", "precinct",
    "building", "hall", "floor", "seat", "row", "track", "volume", "vol.", "no", "nos.", "p.", "pp.", "sec.", "art.",
    "rule", "form", "lot", "batch", "serial", "patent", "version", "level", "grade", "zone", "area", "sector",
    "tower", "pier", "dock", "berth", "hangar", "terminal", "slot", "ticket", "case", "file", "docket", "cell",
  ]))

  /// Street words after "1600 Pennsylvania": the number before them is a house number.
  static let streetWords = LexiconTable<Bool>(Set<String>([
    "avenue", "ave.", "ave", "street", "st.", "road", "rd.", "boulevard", "blvd.", "lane", "drive", "dr.", "way",
    "place", "square", "court", "highway", "parkway", "terrace", "alley", "plaza", "circle",
  ]))

  /// Words before a month name that make it a date ("in May", "since June", "last April").
  static let monthContexts = LexiconTable<Bool>(Set<String>([
    "in", "since", "until", "till", "early", "late", "mid", "last", "next", "this", "by", "of",
    "during", "before", "after", "through", "from", "to", "between", "and", "or", "each", "every",
    "that", "previous", "past", "coming", "on", "until", "around", "about", "throughout", "for",
  ]))

  /// Words before which "last" is a verb ("could last two weeks").
  static let verbContext = LexiconTable<Bool>(Set<String>([
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "'ll", "did", "does", "do",
    "not", "n't", "also", "only", "still", "often", "usually",
  ]))

  static let holidays = LexiconTable<String>(["christmas": "12-25", "halloween": "10-31"])

  /// Holidays named by two words ("veterans day") on a fixed day of the year.
  static let fixedHolidays: [String: String] = [
    "veterans day": "11-11", "armistice day": "11-11", "independence day": "07-04", "bastille day": "07-14",
    "boxing day": "12-26", "may day": "05-01", "christmas eve": "12-24", "christmas day": "12-25",
    "remembrance day": "11-11", "inauguration day": "01-20",
  ]

  /// Holidays on a weekday of a month: name → (month, weekday 1 = Monday, nth (-1 = last),
  /// earliest day of the month, a typical day used to pick the year).
  static let floatingHolidays: [String: (month: Int, weekday: Int, nth: Int, from: Int, typical: String)] = [
    "thanksgiving": (11, 4, 4, 1, "11-25"), "labor day": (9, 1, 1, 1, "09-03"),
    "memorial day": (5, 1, -1, 1, "05-28"), "election day": (11, 2, 1, 2, "11-05"),
    "columbus day": (10, 1, 2, 1, "10-10"), "mother's day": (5, 7, 2, 1, "05-10"),
    "father's day": (6, 7, 3, 1, "06-18"), "martin luther king day": (1, 1, 3, 1, "01-18"),
  ]

  /// The words that can open a named holiday in ``TokenMatcher/namedPeriod(at:)``: the first
  /// word of each name in ``fixedHolidays`` and ``floatingHolidays`` (cut at the space, and
  /// at the apostrophe: "mother's day" is read from "mother"), and the names read word by word.
  static let holidayFirstWords: LexiconTable<Bool> = {
    var words: Set<String> = ["martin", "thanksgiving", "easter", "good"]
    for name in Array(fixedHolidays.keys) + Array(floatingHolidays.keys) {
      if let first = name.split(separator: " ").first { words.insert(String(first)) }
      if let first = name.split(whereSeparator: { $0 == " " || $0 == "'" }).first { words.insert(String(first)) }
    }
    return LexiconTable(words)
  }()

  /// The day of a floating holiday (or Easter, Good Friday) in `year`.
  static func holiday(_ name: String, year: Int) -> CivilDate? {
    if name == "easter" || name == "easter sunday" || name == "good friday" || name == "easter monday" {
      // Anonymous Gregorian computus.
      let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
      let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
      let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
      let m = (a + 11 * h + 22 * l) / 451
      let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
      guard let easter = CivilDate(year: year, month: month, day: day) else { return nil }
      return easter.adding(days: name == "good friday" ? -2 : (name == "easter monday" ? 1 : 0))
    }
    guard let rule = floatingHolidays[name], let first = CivilDate(year: year, month: rule.month, day: rule.from)
    else { return nil }
    if rule.nth > 0 {
      let offset = (rule.weekday - first.weekday + 7) % 7
      return first.adding(days: offset + 7 * (rule.nth - 1))
    }
    let last = first.adding(months: 1).adding(days: -1)
    return last.adding(days: -((last.weekday - rule.weekday + 7) % 7))
  }

  /// Words that may open an expression before its anchoring word ("the", "more", "last"…).
  static let starterWords = LexiconTable<Bool>(Set([
    "the", "a", "an", "this", "that", "last", "next", "past", "previous", "preceding", "coming",
    "following", "subsequent", "current", "present", "every", "each", "more", "less", "fewer", "longer",
    "shorter", "at", "up", "no", "early", "late", "mid", "middle", "earlier", "later", "nearly",
    "around", "approximately", "roughly", "about", "almost", "'", "’", "first", "final", "latest", "fiscal", "once", "twice",
    "thrice", "these", "recent", "new", "valentine", "year", "two", "nineteen", "eighteen",
    // first words of holiday names
    "thanksgiving", "easter", "good", "labor", "memorial", "election", "veterans", "independence", "mother",
    "father", "martin", "columbus", "armistice", "bastille", "boxing", "remembrance", "inauguration",
  ]))

  /// For every word that ``TokenMatcher`` asks about at the start of a match: whether it is
  /// in ``strongWords`` or ``starterWords`` and which rules of ``TokenMatcher/core(at:)`` it
  /// can open (one lookup per token instead of one per rule and question).
  static let startFlags: PackedWordTable<StartFlags> = {
    // Every key is a short word (at most 15 bytes).
    guard let table = PackedWordTable(startFlagWords) else { preconditionFailure("a start word longer than 15 bytes") }
    return table
  }()

  /// The words of ``startFlags``.
  private static let startFlagWords: [String: StartFlags] = {
    var flags: [String: StartFlags] = [:]
    func add(_ words: some Sequence<String>, _ flag: StartFlags) {
      for word in words { flags[word, default: []].insert(flag) }
    }
    add(strongWords.keys, .strongWord)
    add(starterWords.keys, .starterWord)
    // duration(at:): "the", a window word, a cardinal ("a", "an", "several", "two"), or a
    // bare plural unit ("for years"); hyphenated cardinals come from the bytes.
    add(["the", "a", "an"], .duration)
    add(TokenMatcher.windowWords.keys, .duration)
    add(vagueNumbers.keys, .duration)
    add(smallNumbers.keys, .duration)
    add(units.keys, .duration)
    // decade(at:): "'90s", "the nineties", "twentieth century".
    add(["'", "’"], .decade)
    add(decadeWords.keys, .decade)
    add(ordinals.keys, .decade)
    add(
      [
        "today", "yesterday", "tomorrow", "tonight", "now", "currently", "nowadays", "recently", "lately", "noon",
        "midday", "midnight", "these", "recent", "coming", "year-end", "year", "daily", "weekly", "monthly",
        "annually", "yearly", "hourly", "at", "the", "this", "last", "that",
      ], .deictic)
    add(
      [
        "the", "last", "past", "previous", "preceding", "next", "coming", "this", "current", "present", "following",
        "subsequent",
      ], .relative)
    add(["the", "this", "last", "previous", "next", "fiscal"], .quarter)
    add(ordinals.keys, .quarter)
    add(["the"], .fiscal)  // and every word starting with "f", from the bytes
    add(["every", "each", "once", "twice", "thrice"], .set)
    add(["nineteen", "eighteen", "two"], .spokenYear)
    // namedPeriod(at:): seasons, holidays (their first words), "last/next/this Easter".
    add(["the", "last", "next", "this", "valentine", "new", "martin", "thanksgiving", "easter", "good"], .namedPeriod)
    add(seasons.keys, .namedPeriod)
    add(holidays.keys, .namedPeriod)
    for name in Array(fixedHolidays.keys) + Array(floatingHolidays.keys) {
      let first = name.split(whereSeparator: { $0 == " " || $0 == "'" }).first.map(String.init) ?? name
      add([first], .namedPeriod)
    }
    add(["the"], .the)
    add(["mid"], .midPart)
    add(["more", "longer", "less", "fewer", "shorter", "at", "up", "no", "about", "almost"], .modifier)
    add(singleModifiers.keys, .modifier)
    add(["early", "earlier", "late", "later", "mid", "middle", "the"], .position)
    add(["'", "’"], .quoteMark)
    add(clauseBoundaries, .clauseBoundary)
    add(futureCues.keys, .futureCue)
    add(futureBeforeTo.keys, .futureBeforeTo)
    add(pastCues.keys, .pastCue)
    add(eventPast.keys, .eventPast)
    return flags
  }()

  /// Words that end a clause (``TokenMatcher/tense(around:_:sentenceFallback:)`` reads the verbs
  /// of the expression's own clause first): `,` `;` `:` `_` `"` `--` ` `` ` `''` `—` `“` `”` and
  /// conjunctions.
  static let clauseBoundaries = [
    ",", ";", ":", "_", "\"", "--", "``", "''", "\u{2014}", "\u{201C}", "\u{201D}", "and", "but", "while", "whereas",
    "although", "though", "because",
  ]

  /// Words that can anchor a temporal expression; matching starts only near one of them.
  static let strongWords = LexiconTable<Bool>(strongWordSet)

  private static let strongWordSet: Set<String> = {
    var set = Set<String>()
    for key in months.keys { set.insert(key) }
    for key in weekdays.keys { set.insert(key) }
    for key in seasons.keys { set.insert(key) }
    for key in partsOfDay.keys { set.insert(key) }
    for key in units.keys { set.insert(key) }
    for key in smallNumbers.keys where key != "a" && key != "an" { set.insert(key) }
    for key in ordinals.keys { set.insert(key) }
    for key in vagueNumbers.keys { set.insert(key) }
    for word in [
      "today", "yesterday", "tomorrow", "tonight", "now", "currently", "nowadays", "recently", "lately", "thanksgiving", "easter",
      "noon", "midday", "midnight", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "moment",
      "present", "future", "past", "fiscal", "twenties", "thirties", "forties", "fifties", "sixties",
      "seventies", "eighties", "nineties", "once", "twice", "thrice", "latest", "year-earlier", "year-ago",
      "hundred", "recent", "these", "near", "short", "year-end", "thousand", "christmas", "halloween",
      "valentine", "q1", "q2", "q3", "q4", "h1", "h2",
    ] {
      set.insert(word)
    }
    return set
  }()
}

/// What a word can start in ``TokenMatcher``: membership of ``TimeLexicon/strongWords`` and
/// ``TimeLexicon/starterWords``, and the rules of ``TokenMatcher/core(at:)`` that can match
/// from it. A rule whose flag a word lacks returns `nil` there, so it is not tried.
struct StartFlags: OptionSet, Sendable {
  let rawValue: UInt32

  static let strongWord = StartFlags(rawValue: 1 << 0)
  static let starterWord = StartFlags(rawValue: 1 << 1)
  static let duration = StartFlags(rawValue: 1 << 2)
  static let hyphenated = StartFlags(rawValue: 1 << 3)
  static let decade = StartFlags(rawValue: 1 << 4)
  static let deictic = StartFlags(rawValue: 1 << 5)
  static let relative = StartFlags(rawValue: 1 << 6)
  static let quarter = StartFlags(rawValue: 1 << 7)
  static let fiscal = StartFlags(rawValue: 1 << 8)
  static let set = StartFlags(rawValue: 1 << 9)
  static let spokenYear = StartFlags(rawValue: 1 << 10)
  static let namedPeriod = StartFlags(rawValue: 1 << 11)
  /// "the" opens ``TokenMatcher/weekOf(at:)``, "the 1988 period" and "the 1990s".
  static let the = StartFlags(rawValue: 1 << 12)
  static let midPart = StartFlags(rawValue: 1 << 13)
  /// Comparison and approximation modifiers of ``TokenMatcher/longest(at:)`` ("more than", "about").
  static let modifier = StartFlags(rawValue: 1 << 14)
  /// Position modifiers of ``TokenMatcher/longest(at:)`` ("early", "the end of").
  static let position = StartFlags(rawValue: 1 << 15)
  /// Facts about the word: a quote mark ("'", "’"), a clause boundary (``TimeLexicon/clauseBoundaries``).
  static let quoteMark = StartFlags(rawValue: 1 << 16)
  static let clauseBoundary = StartFlags(rawValue: 1 << 17)
  /// Computed per token by ``TokenMatcher``: the token anchors an expression (`strong`), or
  /// may open one before its anchor (`starter`).
  static let strong = StartFlags(rawValue: 1 << 18)
  static let starter = StartFlags(rawValue: 1 << 19)
  /// The token ends with an abbreviation period that its word leaves out ("jan." → "jan").
  static let trimmed = StartFlags(rawValue: 1 << 20)
  /// The token's word has a hyphen ("two-year", "mid-july", "-").
  static let dash = StartFlags(rawValue: 1 << 21)
  /// Tense cues of ``TokenMatcher``: the word is in ``TimeLexicon/futureCues``,
  /// ``TimeLexicon/futureBeforeTo``, ``TimeLexicon/pastCues``, ``TimeLexicon/eventPast``.
  static let futureCue = StartFlags(rawValue: 1 << 22)
  static let futureBeforeTo = StartFlags(rawValue: 1 << 23)
  static let pastCue = StartFlags(rawValue: 1 << 24)
  static let eventPast = StartFlags(rawValue: 1 << 25)

  /// The rules a hyphenated word can open ("two-year", "third-quarter", "mid-July", "twenty-five").
  static let hyphen: StartFlags = [.hyphenated, .duration, .quarter, .midPart]
  /// Every rule (bits 2 to 15): tokens that are not words are not filtered.
  static let allRules = StartFlags(rawValue: 0xFFFC)
}

/// Calendar units of durations and offsets.
enum TimeUnit: Sendable {
  case second, minute, hour, day, night, week, fortnight, weekend, month, quarter, year, decade, century

  /// Duration value for `n` units (`nil` = unspecified, written X).
  func duration(_ n: Int?, fraction: Bool = false) -> String {
    // Counted decades and centuries in years (ISO 8601); unspecified ones with the TimeML units E and C.
    switch self {
    case .fortnight: if n == nil { return "PXW" }
    case .decade: if n == nil { return "PXE" }
    case .century: if n == nil { return "PXC" }
    default: break
    }
    var text = TimexText("P")
    switch self {
    case .second, .minute, .hour: text.append(byte: UInt8(ascii: "T"))
    default: break
    }
    let factor = self == .fortnight ? 2 : (self == .decade ? 10 : (self == .century ? 100 : 1))
    if let n { text.append(n * factor) } else { text.append(byte: UInt8(ascii: "X")) }
    switch self {
    case .second: text.append(byte: UInt8(ascii: "S"))
    case .minute, .month: text.append(byte: UInt8(ascii: "M"))
    case .hour: text.append(byte: UInt8(ascii: "H"))
    case .day, .night: text.append(byte: UInt8(ascii: "D"))
    case .week, .fortnight: text.append(byte: UInt8(ascii: "W"))
    case .weekend: text.append("WE")
    case .quarter: text.append(byte: UInt8(ascii: "Q"))
    case .year, .decade, .century: text.append(byte: UInt8(ascii: "Y"))
    }
    return text.string
  }

  /// Unresolved pattern for "the current unit" (offsets apply with `~±N`).
  var pattern: String? {
    switch self {
    case .day, .night: return "XXXX-XX-XX"
    case .week, .fortnight: return "XXXX-WXX"
    case .weekend: return "XXXX-WXX-WE"
    case .month: return "XXXX-XX"
    case .quarter: return "XXXX-QX"
    case .year: return "XXXX"
    default: return nil
    }
  }
}
