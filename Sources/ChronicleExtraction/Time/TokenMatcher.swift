/// The token automata of ``TemporalTagger``: finds candidate expressions in one sentence.
struct TokenMatcher {
  private(set) var tokens: [Token] = []
  private(set) var count = 0

  /// Per token: the rules of ``core(at:)`` and ``longest(at:)`` that can match from it
  /// (``StartFlags/allRules`` for tokens that are not words); whether it is a quote mark or a
  /// clause boundary; whether it can anchor an expression (``StartFlags/strong``: number,
  /// month, unit…) or open one before its anchor (``StartFlags/starter``: "the", "last",
  /// "more"…). Computed once per sentence.
  /// Entries from ``count`` on are left over from longer sentences (the arrays only grow).
  private(set) var flags: [StartFlags] = []
  /// Per position (and one past the end): the first strong token at or after it, `Int.max` when
  /// none (entries after ``count`` are left over, like those of ``flags``).
  private(set) var nextStrong: [Int] = []
  /// Per position: the token's word as ``w(_:)`` reads it, packed (``ASCIIWord/unpacked`` when
  /// longer than 15 bytes); entries after ``count`` are left over, like those of ``flags``.
  private(set) var words: [ASCIIWord] = []
  /// Per number token: its value as ``digits(_:allowSuffix:)`` reads it, parsed once (see
  /// ``parseNumber(_:)``); other entries are not read.
  private(set) var numbers: [Int] = []

  /// The entries the per-token arrays get at their first growth: more tokens than most
  /// sentences have.
  static var initialRoom: Int { 64 }

  /// An empty matcher; ``load(_:)`` gives it a sentence.
  init() {}

  init(tokens: [Token]) { load(tokens) }

  /// Reads the tokens of a sentence, reusing the storage of the per-token arrays (one
  /// matcher serves all sentences of a document).
  mutating func load(_ tokens: [Token]) {
    self.tokens = tokens
    let count = tokens.count
    self.count = count
    // The arrays grow to the longest sentence so far (never shrink), at least to
    // ``initialRoom`` entries (one growth per document for most), and are written through
    // buffers (no append per token); every entry up to `count` is written below.
    if flags.count < count {
      let room = max(count, Self.initialRoom)
      flags.append(contentsOf: repeatElement([], count: room - flags.count))
      words.append(contentsOf: repeatElement(.unpacked, count: room - words.count))
      numbers.append(contentsOf: repeatElement(-1, count: room - numbers.count))
      nextStrong.append(contentsOf: repeatElement(Int.max, count: room + 1 - nextStrong.count))
    }
    nextStrong[count] = Int.max
    let startFlags = TimeLexicon.startFlags
    let smallLayout = ASCIIWord.layoutHolds
    // Most tokens are short ASCII words or marks with no hyphen and no period to trim: their
    // flags come from the table lookup and two byte tests (see ``plainFlags``), in a first
    // loop that does only that; the others are marked ``pendingFlags`` there and read in full
    // by a second loop, run only when there are any (the two loops' work in one body spilled
    // registers on every token).
    var pending = false
    words.withUnsafeMutableBufferPointer { words in
    flags.withUnsafeMutableBufferPointer { flags in
      tokens.withUnsafeBufferPointer { tokens in
        for k in 0..<count {
          let kind = tokens[k].kind
          if kind != .number, let word = ASCIIWord(smallASCII: tokens[k].lower, layoutHolds: smallLayout),
            Self.isPlain(word)
          {
            flags[k] = Self.plainFlags(word, isWord: kind == .word, startFlags)
            words[k] = word
          } else {
            flags[k] = Self.pendingFlags
            pending = true
          }
        }
      }
    }
    }
    if pending { loadOthers(tokens, startFlags, smallLayout: smallLayout) }
    // (Through buffers: written through the array, each entry paid a uniqueness check call.)
    nextStrong.withUnsafeMutableBufferPointer { nextStrong in
      flags.withUnsafeBufferPointer { flags in
        var k = count - 1
        while k >= 0 {
          nextStrong[k] = flags[k].contains(.strong) ? k : nextStrong[k + 1]
          k -= 1
        }
      }
    }
  }

  /// The flags of a token left to the full reading: a bit no flag uses.
  static var pendingFlags: StartFlags { StartFlags(rawValue: 1 << 31) }

  /// ``load(_:)``'s full reading of the tokens its first loop marked ``pendingFlags``:
  /// numbers, words with a hyphen or a final period, longer or non-ASCII words.
  private mutating func loadOthers(
    _ tokens: [Token], _ startFlags: PackedWordTable<StartFlags>, smallLayout: Bool
  ) {
    words.withUnsafeMutableBufferPointer { words in
    flags.withUnsafeMutableBufferPointer { flags in
      tokens.withUnsafeBufferPointer { tokens in
        for k in 0..<count where flags[k].rawValue == Self.pendingFlags.rawValue {
          let kind = tokens[k].kind
          // The final abbreviation period, hyphens, and the word's flags: short ASCII words
          // (most) from their packed bytes, others by one pass over their bytes.
          let found =
            ASCIIWord(smallASCII: tokens[k].lower, layoutHolds: smallLayout).map {
              Self.scan($0, startFlags)
            }
            ?? tokens[k].lower.utf8.withContiguousStorageIfAvailable { Self.scan($0, startFlags) }
            ?? Array(tokens[k].lower.utf8).withUnsafeBufferPointer { Self.scan($0, startFlags) }
          let trimmed = found.trimmed
          var isStrong = false
          if kind == .number {
            isStrong = true
            numbers[k] = Self.parseNumber(tokens[k].lower)
          } else if kind != .word {
            isStrong = found.flags.contains(.quoteMark)  // "'", "’"
          } else if found.flags.contains(.strongWord) {
            isStrong = true
          } else if found.dash >= 0 {
            // hyphenated: "two-year", "mid-July", "third-quarter", "year-earlier"
            let lower = tokens[k].lower
            let u = (trimmed ? String(lower.utf8.prefix(found.length))! : lower).utf8
            let head = String(u.prefix(found.dash))!
            let tail = String(u.dropFirst(found.lastDash + 1))!
            isStrong =
              head == "mid" || head == "early" || head == "late" || head == "year" || head == "multi"
              || TimeLexicon.strongWords.contains(head) || TimeLexicon.units[tail] != nil
          } else {
            isStrong = found.fiscalYear
          }
          var f = kind == .word ? found.flags : found.flags.union(.allRules)
          if trimmed { f.insert(.trimmed) }
          if found.dash >= 0 { f.insert(.dash) }
          if isStrong {
            f.insert(.strong)
          } else if kind == .word && found.flags.contains(.starterWord) {
            // A strong token is tried anyway; the starter flag matters only for the others.
            f.insert(.starter)
          }
          flags[k] = f
          words[k] = found.word
        }
      }
    }
    }
  }

  /// Whether a short ASCII word needs none of ``scan(_:_:)``'s byte work: it is not empty and
  /// has no hyphen or period (found together with commas and slashes: OR-ing 3 into each byte
  /// turns "," 0x2C, "-" 0x2D, "." 0x2E and "/" 0x2F into 0x2F), or it is a single byte other
  /// than "-" (a lone period is not trimmed).
  @inline(__always) static func isPlain(_ word: ASCIIWord) -> Bool {
    let threes: UInt64 = 0x0303_0303_0303_0303
    let marks = ASCIIWord.matches(word.low | threes, 0x2F) | ASCIIWord.matches(word.high | threes, 0x2F)
    return marks == 0 ? word.count > 0 : word.count == 1 && word != "-"
  }

  /// The ``flags`` of a token that is not a number and whose word ``isPlain(_:)``: what
  /// ``load(_:)`` computes from ``scan(_:_:)`` for such a word (no trimmed period, no hyphen),
  /// without the rest of the scan. `isWord`: the token is a word (others open every rule and
  /// are strong only as quote marks).
  @inline(__always) static func plainFlags(
    _ word: ASCIIWord, isWord: Bool, _ table: PackedWordTable<StartFlags>
  ) -> StartFlags {
    var f = table.value(word) ?? []
    let first = word[0]
    if first == 102 { f.insert(.fiscal) }  // "fiscal", "fy1998"
    if word.count == 2, first == 113 || first == 104 { f.insert(.namedPeriod) }  // "q3", "h1"
    guard isWord else {
      let quote = f.contains(.quoteMark)  // "'", "’"
      f.formUnion(.allRules)
      if quote { f.insert(.strong) }
      return f
    }
    if f.contains(.strongWord) || word.count > 2 && first == 102 && word[1] == 121 {  // "fy1998"
      f.insert(.strong)
    } else if f.contains(.starterWord) {
      f.insert(.starter)
    }
    return f
  }

  /// What ``load(_:)`` needs of a token's bytes `b`: the length without a final
  /// abbreviation period (and whether there was one), the first and last hyphen, whether it
  /// reads "fy…" ("fy1998"), its ``StartFlags`` (the table's, which also marks quote marks and
  /// clause boundaries, and ``StartFlags/dash`` from the bytes), and the word without the
  /// period, packed (``ASCIIWord/unpacked`` when longer than 15 bytes).
  @inline(__always) static func scan(
    _ b: UnsafeBufferPointer<UInt8>, _ table: PackedWordTable<StartFlags>
  ) -> (length: Int, trimmed: Bool, dash: Int, lastDash: Int, fiscalYear: Bool, flags: StartFlags, word: ASCIIWord) {
    var n = b.count
    if n > 1, b[n - 1] == 46 {
      var inner = false
      for q in 0..<(n - 1) where b[q] == 46 {
        inner = true
        break
      }
      if !inner { n -= 1 }
    }
    guard n > 0 else { return (n, false, -1, -1, false, [], "") }
    var dash = -1
    var lastDash = -1
    for q in 0..<n where b[q] == 45 {
      if dash < 0 { dash = q }
      lastDash = q
    }
    // The table holds words of at most 15 bytes.
    let word = ASCIIWord(UnsafeBufferPointer(rebasing: b[0..<n])) ?? .unpacked
    var flags = table.value(word) ?? []
    if dash >= 0 { flags.formUnion(.hyphen) }
    if b[0] == 102 { flags.insert(.fiscal) }  // "fiscal", "fy1998"
    if n == 2, b[0] == 113 || b[0] == 104 { flags.insert(.namedPeriod) }  // "q3", "h1"
    return (n, n != b.count, dash, lastDash, n > 2 && b[0] == 102 && b[1] == 121, flags, word)
  }

  /// ``scan(_:_:)`` of a short ASCII word, on its packed bytes: the same answers, with the
  /// periods and hyphens found eight bytes at a time and the packed word as the table key.
  @inline(__always) static func scan(
    _ word: ASCIIWord, _ table: PackedWordTable<StartFlags>
  ) -> (length: Int, trimmed: Bool, dash: Int, lastDash: Int, fiscalYear: Bool, flags: StartFlags, word: ASCIIWord) {
    var w = word
    // A final period goes when it is the only one ("jan." but not "u.s.").
    if w.count > 1, w[w.count - 1] == 46, w.firstAndLast(46).first == w.count - 1 { w = w.droppingLast }
    let n = w.count
    guard n > 0 else { return (n, false, -1, -1, false, [], "") }
    let (dash, lastDash) = w.firstAndLast(45)
    let first = w[0]
    var flags = table.value(w) ?? []
    if dash >= 0 { flags.formUnion(.hyphen) }
    if first == 102 { flags.insert(.fiscal) }  // "fiscal", "fy1998"
    if n == 2, first == 113 || first == 104 { flags.insert(.namedPeriod) }  // "q3", "h1"
    return (n, n != word.count, dash, lastDash, n > 2 && first == 102 && w[1] == 121, flags, w)
  }

  /// Token `i`'s lower-cased word without a final abbreviation period ("jan." → "jan"),
  /// packed: compared with literals (`w(i) == "about"`) as two integers; "" outside the
  /// sentence, ``ASCIIWord/unpacked`` (equal to no literal) when longer than 15 bytes. The
  /// lexicons take it as it is; ``s(_:)`` is the same word as a `String`.
  @inline(__always) func w(_ i: Int) -> ASCIIWord { i < count && i >= 0 ? words[i] : "" }

  /// ``w(_:)`` as a `String` ("" outside the sentence).
  @inline(__always) func s(_ i: Int) -> String { i < count && i >= 0 ? string(i) : "" }

  /// ``s(_:)`` of a token inside the sentence.
  @inline(__always) func string(_ k: Int) -> String {
    let lower = tokens[k].lower
    return flags[k].contains(.trimmed) ? String(lower.utf8.dropLast())! : lower
  }

  /// All non-overlapping candidates, left to right, longest first.
  func matchAll() -> [Candidate] {
    var out: [Candidate] = []
    matchAll(into: &out)
    return out
  }

  /// ``matchAll()`` written into `out`, which is emptied first keeping its storage (one
  /// array serves all sentences of a document, rather than one allocated per sentence).
  func matchAll(into out: inout [Candidate]) {
    // Emptied keeping its storage, one candidate at a time: the previous sentence left one
    // or two, if any (`removeAll(keepingCapacity:)` replaces a subrange, ~200 instructions).
    while out.popLast() != nil {}
    // Expressions start at most four tokens before a "strong" token (number, month, unit…).
    var i = 0
    while i < count {
      if nextStrong[i] > i + 4 {
        i = nextStrong[i] == Int.max ? count : nextStrong[i] - 4
        continue
      }
      if nextStrong[i] != i && !flags[i].contains(.starter) {
        i += 1
        continue
      }
      // (The candidate's last use is the append, which takes it without a copy.)
      guard let c = longest(at: i) else {
        i += 1
        continue
      }
      i = c.end
      out.append(c)
    }
  }

  /// The longest candidate starting at `i`, including leading modifiers.
  func longest(at i: Int) -> Candidate? {
    let first = core(at: i)
    // The end of `best`, -1 when there is none: read without copying the candidate (a read
    // of `best?.end` copies the whole candidate, three strings, and destroys the copy).
    var bestEnd = first?.end ?? -1
    var best = first
    func consider(_ c: Candidate?) {
      guard let c, c.end > bestEnd else { return }
      bestEnd = c.end
      best = c
    }
    // Comparison / approximation modifiers before durations and "ago" dates.
    // (Only words flagged `modifier` open them.)
    var modEnd: Int? = nil
    var mod: String? = nil
    if flags[i].contains(.modifier) {
      switch (w(i), w(i + 1)) {
      case ("more", "than"), ("longer", "than"): (modEnd, mod) = (i + 2, "MORE_THAN")
      case ("less", "than"), ("fewer", "than"), ("shorter", "than"): (modEnd, mod) = (i + 2, "LESS_THAN")
      case ("at", "least"): (modEnd, mod) = (i + 2, "EQUAL_OR_MORE")
      case ("at", "most"), ("up", "to"), ("no", "more"): (modEnd, mod) = (i + 2, "EQUAL_OR_LESS")
      default:
        if let m = TimeLexicon.singleModifiers[w(i)] { (modEnd, mod) = (i + 1, m) }
      }
      if w(i) == "no" && w(i + 1) == "more" && w(i + 2) == "than" { (modEnd, mod) = (i + 3, "EQUAL_OR_LESS") }
      // "about two years ago", "almost a decade ago": the approximation bounds the date the
      // whole phrase names (before a bare duration, "about" and "almost" stay outside).
      if modEnd == nil, w(i) == "about" || w(i) == "almost", let c = core(at: i + 1), c.rule.hasPrefix("ago") {
        (modEnd, mod) = (i + 1, w(i) == "about" ? "APPROX" : "LESS_THAN")
      }
      if let j = modEnd, var c = core(at: j),
        c.type == .duration || c.rule.hasPrefix("ago") || w(i) == "around" && (c.type == .date || c.type == .time)
          && !c.value.hasSuffix("_REF")
      {
        c.start = i
        if c.mod == nil { c.mod = mod }
        consider(c)
      }
    }
    // "the next year or so", "two weeks or so": an approximation inside the expression.
    // (The words after it are read before the candidate is copied.)
    if bestEnd >= 0, w(bestEnd) == "or", w(bestEnd + 1) == "so", var c = best, c.type == .date || c.type == .duration,
      !c.value.hasSuffix("_REF")
    {
      c.end += 2
      if c.mod == nil { c.mod = "APPROX" }
      bestEnd = c.end
      best = c
    }
    // "1994 or later", "2030 and beyond"
    if bestEnd >= 0, w(bestEnd) == "or" || w(bestEnd) == "and", var c = best, c.type == .date, !c.value.hasSuffix("_REF") {
      switch (w(c.end), w(c.end + 1)) {
      case ("or", "later"), ("and", "beyond"), ("or", "after"):
        c.end += 2
        c.mod = "ON_OR_AFTER"
        bestEnd = c.end
        best = c
      case ("or", "earlier"), ("or", "before"):
        c.end += 2
        c.mod = "ON_OR_BEFORE"
        bestEnd = c.end
        best = c
      default: break
      }
    }
    // Position modifiers: early/mid/late, earlier/later this…, the end of… (words flagged `position`)
    if flags[i].contains(.position) {
      var posEnd: Int? = nil
      var pos: String? = nil
      switch w(i) {
      case "early", "earlier": (posEnd, pos) = (i + 1, "START")
      case "late", "later": (posEnd, pos) = (i + 1, "END")
      case "mid", "middle": (posEnd, pos) = (i + 1, "MID")
      case "the":
        switch (w(i + 1), w(i + 2)) {
        case ("early", _): (posEnd, pos) = (i + 2, "START")
        case ("late", _): (posEnd, pos) = (i + 2, "END")
        case ("mid", _): (posEnd, pos) = (i + 2, "MID")
        case ("end", "of"), ("close", "of"), ("latter", "part"): (posEnd, pos) = (i + 3, "END")
        case ("beginning", "of"), ("start", "of"), ("early", "part"): (posEnd, pos) = (i + 3, "START")
        case ("middle", "of"): (posEnd, pos) = (i + 3, "MID")
        default: break
        }
        if pos != nil, w(i + 1) == "latter" || w(i + 1) == "early" {
          if w(i + 3) == "of" { posEnd = i + 4 } else { pos = nil }
        }
      default: break
      }
      if let j = posEnd, w(j) == "the", let u = TimeLexicon.units[w(j + 1)], u == .year || u == .month || u == .week,
        let p = u.pattern, pos != nil
      {
        consider(Candidate(start: i, end: j + 2, type: .date, value: p, mod: pos, rule: "rel-unit"))
      }
      if let j = posEnd, var c = core(at: j), c.type == .date || c.rule == "this-part", !c.rule.hasPrefix("ref"), !c.rule.hasPrefix("ago"),
        w(i) != "earlier" && w(i) != "later" || c.rule == "rel-unit" || c.rule == "yesterday" || c.rule == "today"
          || c.rule == "narrative-that" || c.rule == "this-part",
        c.rule != "weekday" || w(i) == "late"
      {
        if j < count, tokens[j].kind == .punctuation { return best }
        c.start = i
        c.mod = pos
        consider(c)
      }
    }
    return best
  }

  // MARK: Core expressions

  /// Words opening a window of time before a count ("the past two years", "the next 12 months").
  static let windowWords = LexiconTable<Bool>(
    Set(["past", "last", "next", "first", "coming", "previous", "final", "preceding", "latest", "following"]))

  func core(at i: Int) -> Candidate? {
    guard i < count else { return nil }
    var best: Candidate? = nil
    // The end of `best`, -1 when there is none (see ``longest(at:)``).
    var bestEnd = -1
    func consider(_ c: Candidate?) {
      guard let c, c.end > bestEnd else { return }
      bestEnd = c.end
      best = c
    }
    let kind = tokens[i].kind
    // The rules that can match from this token (a word opens only a few of them).
    let rules = self.flags[i]
    if kind == .number {
      consider(numericDate(at: i))
      consider(clockTime(at: i))
      consider(dayMonth(at: i))
    }
    if kind == .word || kind == .number {
      if rules.contains(.duration) { consider(duration(at: i)) }
      if rules.contains(.hyphenated) { consider(hyphenated(at: i)) }
      if rules.contains(.decade) { consider(decade(at: i)) }
    }
    guard kind == .word || rules.contains(.quoteMark) && (tokens[i].lower == "'" || tokens[i].lower == "’") else {
      return best
    }
    // Month and weekday names are anchoring words: nothing else can start these.
    if flags[i].contains(.strong) {
      consider(monthDate(at: i))
      consider(weekdayDate(at: i))
    }
    if rules.contains(.deictic) { consider(deictic(at: i)) }
    if rules.contains(.relative) { consider(relative(at: i)) }
    if rules.contains(.quarter) { consider(quarter(at: i)) }
    if rules.contains(.fiscal) { consider(fiscal(at: i)) }
    if rules.contains(.set) { consider(set(at: i)) }
    if rules.contains(.spokenYear) { consider(spokenYear(at: i)) }
    if rules.contains(.namedPeriod) { consider(namedPeriod(at: i)) }
    guard rules.contains(.the) || rules.contains(.midPart) else { return best }
    consider(weekOf(at: i))
    consider(midPartOfDay(at: i))
    // "the 1988 period": the year as a reporting period.
    if w(i) == "the", let y = year(i + 1), w(i + 2) == "period" {
      consider(Candidate(start: i, end: i + 3, type: .date, value: String(y), rule: "year-period"))
    }
    if w(i) == "the" {
      let next = (i + 1 < count && tokens[i + 1].kind == .number ? numericDate(at: i + 1) : nil) ?? decade(at: i + 1)
      if var c = next ?? hyphenated(at: i + 1), c.rule.hasPrefix("decade") || c.rule.hasPrefix("century") {
        c.start = i
        consider(c)
      }
    }
    return best
  }

  /// "the week of March 6": the ISO week holding the day (`2000-W10`; resolved after the day).
  func weekOf(at i: Int) -> Candidate? {
    guard w(i) == "the", w(i + 1) == "week", w(i + 2) == "of",
      let day = monthDate(at: i + 3) ?? dayMonth(at: i + 3), day.rule == "month-day" || day.rule == "day-month"
    else { return nil }
    return Candidate(start: i, end: day.end, type: .date, value: day.value, explicit: false, rule: "week-of")
  }

  /// "mid-afternoon", "mid morning yesterday": the middle of a part of a day.
  func midPartOfDay(at i: Int) -> Candidate? {
    var j = i
    var code: String? = nil
    if w(i) == "mid", let p = TimeLexicon.partsOfDay[w(i + 1)] {
      code = p
      j = i + 2
    } else if flags[i].contains(.dash), s(i).hasPrefix("mid-"), let p = TimeLexicon.partsOfDay[String(s(i).dropFirst(4))] {
      code = p
      j = i + 1
    }
    guard let code else { return nil }
    if var c = attachDay(start: i, after: j, clock: "T" + code) {
      c.mod = "MID"
      return c
    }
    return Candidate(start: i, end: j, type: .time, value: "XXXX-XX-XXT\(code)", mod: "MID", narrative: true, rule: "mid-part")
  }

  // MARK: Numbers

  /// Integer value of a digit token ("1,000", "17th" with `allowSuffix`); `nil` outside the
  /// sentence.
  @inline(__always) func digits(_ i: Int, allowSuffix: Bool = false) -> Int? {
    guard i >= 0, i < count, tokens[i].kind == .number else { return nil }
    let n = numbers[i]
    if n < 0 { return nil }
    if n & Self.ordinalBit != 0 { return allowSuffix ? n & ~Self.ordinalBit : nil }
    return n
  }

  /// Marks a value of ``numbers`` read with an ordinal suffix ("17th").
  static let ordinalBit = 1 << 40

  /// The value of a number token's text for ``digits(_:allowSuffix:)``: digits and commas
  /// ("1,000"), at most nine digits, optionally followed by the letters of an ordinal suffix
  /// ("17th"; then with ``ordinalBit``); -1 for anything else.
  static func parseNumber(_ lower: String) -> Int {
    var v = 0
    var n = 0
    var suffix = false
    for b in lower.utf8 {
      if suffix {
        guard b >= 97, b <= 122 else { return -1 }
        continue
      }
      if b >= 48 && b <= 57 {
        v = v * 10 + Int(b - 48)
        n += 1
        if n > 9 { return -1 }
      } else if b == 44 {
        continue
      } else if b >= 97 && b <= 122 {
        suffix = true
      } else {
        return -1
      }
    }
    guard n > 0 else { return -1 }
    if suffix {
      guard lower.hasSuffix("st") || lower.hasSuffix("nd") || lower.hasSuffix("rd") || lower.hasSuffix("th") else { return -1 }
      return v | ordinalBit
    }
    return v
  }

  /// A four-digit year token.
  func year(_ i: Int) -> Int? {
    guard i < count, tokens[i].kind == .number, tokens[i].lower.utf8.count == 4, let y = digits(i),
      (1000...2199).contains(y)
    else { return nil }
    return y
  }

  /// A cardinal number written in words or digits; `value == nil` for "several"/"a few".
  func cardinal(at i: Int) -> (value: Int?, end: Int)? {
    // A word that is no cardinal lacks the `duration` flag ("a", "several", "two", "twenty-five" have it).
    guard i < count, tokens[i].kind != .word || flags[i].contains(.duration) else { return nil }
    if let d = digits(i) { return (d, i + 1) }
    let word = w(i)
    if word == "a" || word == "an" {
      if w(i + 1) == "few" || w(i + 1) == "couple" {
        return (w(i + 1) == "few" ? nil : 2, w(i + 2) == "of" ? i + 3 : i + 2)
      }
      if w(i + 1) == "dozen" { return (12, i + 2) }
      if w(i + 1) == "half" { return nil }
      return (1, i + 1)
    }
    if TimeLexicon.vagueNumbers.contains(word) { return (nil, i + 1) }
    if let v = wordNumber(at: i) {
      var value = v
      var j = i + 1
      if v >= 20, v % 10 == 0, let u = TimeLexicon.smallNumbers[w(j)], u < 10, u > 0, w(j) != "a", w(j) != "an" {
        value += u
        j += 1
      }
      if w(j) == "hundred" {
        value *= 100
        j += 1
      }
      return (value, j)
    }
    return nil
  }

  /// ``wordNumber(_:)`` of token `i`'s word (hyphenated words from their string).
  func wordNumber(at i: Int) -> Int? {
    let word = w(i)
    if let v = TimeLexicon.smallNumbers[word], word != "a", word != "an", word != "couple" { return v }
    return i >= 0 && i < count && flags[i].contains(.dash) ? wordNumber(s(i)) : nil
  }

  /// "twenty-five", "seven", "dozen".
  func wordNumber(_ word: some StringProtocol) -> Int? {
    if let v = TimeLexicon.smallNumbers[String(word)], word != "a", word != "an", word != "couple" { return v }
    if let dashOffset = word.utf8.firstIndex(of: 45) {
      let dash = String.Index(dashOffset, within: word) ?? word.startIndex
      let a = word[..<dash]
      let b = word[word.index(after: dash)...]
      if let tens = TimeLexicon.smallNumbers[String(a)], tens >= 20, tens % 10 == 0,
        let units = TimeLexicon.smallNumbers[String(b)], units > 0, units < 10, b != "a", b != "an"
      {
        return tens + units
      }
    }
    return nil
  }

  // MARK: Absolute dates

  /// "2022-10-17", "10/17/2022", "1998", "1990s", "the '90s".
  func numericDate(at i: Int) -> Candidate? {
    let l = tokens[i].lower
    // The token's own bytes, packed (a trimmed final period made it none of these forms).
    let b = flags[i].contains(.trimmed) ? ASCIIWord.unpacked : w(i)
    if b.count == 10, b[4] == 45, b[7] == 45, let d = CivilDate(iso: l) {
      return Candidate(start: i, end: i + 1, type: .date, value: d.iso, explicit: true, rule: "iso")
    }
    if b.count == 7, b[4] == 45, let y = Int(l.prefix(4)), let m = Int(l.suffix(2)), (1...12).contains(m),
      (1800...2199).contains(y)
    {
      return Candidate(start: i, end: i + 1, type: .date, value: "\(y)-\(TimexValue.pad2(m))", rule: "iso-month")
    }
    // 10/17/2022
    if let m = digits(i), w(i + 1) == "/", let d = digits(i + 2), w(i + 3) == "/", let yy = digits(i + 4),
      (1...12).contains(m), (1...31).contains(d)
    {
      let y = tokens[i + 4].lower.utf8.count == 2 ? (yy < 50 ? 2000 + yy : 1900 + yy) : yy
      if let date = CivilDate(year: y, month: m, day: d) {
        return Candidate(start: i, end: i + 5, type: .date, value: date.iso, explicit: true, rule: "slash-date")
      }
    }
    // Decades: 1990s
    if b.count == 5, b[4] == 115, b[3] == 48, let y = Int(l.prefix(4)), (1000...2190).contains(y) {
      return Candidate(start: i, end: i + 1, type: .date, value: String(y / 10), rule: "decade")
    }
    if let y = year(i) {
      // Not a quantity ("1500 troops", "$1998") nor part of a larger number.
      if i > 0 {
        let p = tokens[i - 1]
        if p.kind == .symbol || p.lower == "no." || p.lower == "#" || p.lower == "number" { return nil }
        // "Flight 1997", "Room 2020": a labelled number is a name.
        if TimeLexicon.numberLabels.contains(p.lower) && (p.isCapitalized || !(1900...2100).contains(y)) { return nil }
        if !p.spaceBefore, p.kind == .punctuation, p.lower == "-" || p.lower == "/" { return nil }
      }
      if i + 1 < count {
        let n = tokens[i + 1]
        if TimeLexicon.quantityNouns.contains(n.lower) || n.lower == "-" && !n.spaceBefore { return nil }
        // "1600 Pennsylvania Avenue": a house number.
        if n.isCapitalized, n.kind == .word, TimeLexicon.months[n.lower] == nil,
          TimeLexicon.streetWords.contains(w(i + 2)) || TimeLexicon.streetWords.contains(w(i + 3))
        {
          return nil
        }
        if n.lower == "'s", w(i - 1) == "the" || w(i - 1) == "early" || w(i - 1) == "late" || w(i - 1) == "mid",
          y % 10 == 0
        {
          return Candidate(start: i, end: i + 2, type: .date, value: String(y / 10), rule: "decade")
        }
        if n.lower == "/" && n.spaceBefore == false { return nil }
      }
      let plausible = (1900...2100).contains(y) || TimeLexicon.signals.contains(w(i - 1))
      guard plausible else { return nil }
      return Candidate(start: i, end: i + 1, type: .date, value: String(y), rule: "year")
    }
    return nil
  }

  /// Whether a month name at `i` is really a month (not "may", "march" the words).
  func isMonth(_ i: Int) -> Int? {
    guard i < count, let m = TimeLexicon.months[w(i)] else { return nil }
    let word = w(i)
    // (The token's fields are read in place: a copy of the token retains its two strings.
    // A month name with a final period is `trimmed`: "jan.")
    let abbreviated = flags[i].contains(.trimmed)
    if TimeLexicon.ambiguousMonths.contains(word) {
      guard tokens[i].isCapitalized else { return nil }
      if i + 1 < count, tokens[i + 1].kind == .number { return m }
      if abbreviated && word != "may" { return m }
      let p = w(i - 1)
      if TimeLexicon.monthContexts.contains(p) && p != "on" && p != "around" && p != "about" && p != "for", i > 0, !(p == "and" || p == "or") || TimeLexicon.months[w(i - 2)] != nil {
        // "in May", but not "President May"; "may" after a noun is the verb.
        return i > 0 && !(tokens[i - 1].isCapitalized && p != "in" && p != "by") ? m : (p == "in" ? m : nil)
      }
      return nil
    }
    if word.count <= 4, !abbreviated, !tokens[i].isCapitalized { return nil }
    // "June Carter", "April Ryan", "August Wilson": a month word before a capitalized name,
    // with no temporal preposition before it, is a given name.
    if !abbreviated, i + 1 < count, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized,
      TimeLexicon.months[tokens[i + 1].lower] == nil, TimeLexicon.weekdays[tokens[i + 1].lower] == nil,
      !temporalContext(before: i), tokens[i + 1].lower.utf8.count > 1
    {
      return nil
    }
    return m
  }

  /// Whether the words before `i` make a month name there a date ("in June", "May and June";
  /// not "Carter and June").
  func temporalContext(before i: Int) -> Bool {
    let p = w(i - 1)
    guard TimeLexicon.monthContexts.contains(p) else { return false }
    if p == "and" || p == "or" || p == "to" { return isMonth(i - 2) != nil || digits(i - 2) != nil }
    return true
  }

  /// "October 17, 2022", "Oct. 17", "October 2022", "July".
  func monthDate(at i: Int) -> Candidate? {
    guard let m = isMonth(i) else { return nil }
    var j = i + 1
    if let d = digits(j, allowSuffix: true), (1...31).contains(d), tokens[j].lower.utf8.count <= 4,
      year(j) == nil
    {
      j += 1
      var y: Int? = nil
      if w(j) == ",", let yy = year(j + 1) {
        y = yy
        j += 2
      } else if let yy = year(j) {
        y = yy
        j += 1
      }
      let value: String
      if let y {
        guard let date = CivilDate(year: y, month: m, day: d) else { return nil }
        value = date.iso
      } else {
        value = Self.monthDay(m, d, directionSuffix(i, j, future: "~>=", past: ""))
      }
      return Candidate(start: i, end: j, type: .date, value: value, explicit: true, rule: "month-day")
    }
    if w(j) == "," , let y = year(j + 1) {
      return Candidate(start: i, end: j + 2, type: .date, value: Self.yearMonth(y, m), rule: "month-year")
    }
    if w(j) == "of", let y = year(j + 1) {
      return Candidate(start: i, end: j + 2, type: .date, value: Self.yearMonth(y, m), rule: "month-year")
    }
    if let y = year(j) {
      return Candidate(start: i, end: j + 1, type: .date, value: Self.yearMonth(y, m), rule: "month-year")
    }
    if let spoken = spokenYear(at: j), spoken.start == j {
      return Candidate(start: i, end: spoken.end, type: .date, value: "\(spoken.value)-\(TimexValue.pad2(m))", rule: "month-year")
    }
    // "June last year", "January this year"
    if w(j + 1) == "year", let offset = w(j) == "last" ? -1 : (w(j) == "this" ? 0 : (w(j) == "next" ? 1 : nil)) {
      let off = offset == 0 ? "" : (offset > 0 ? "+1" : "-1")
      return Candidate(start: i, end: j + 2, type: .date, value: "XXXX-\(TimexValue.pad2(m))~=\(off)", rule: "month-rel-year")
    }
    let suffix = directionSuffix(i, i + 1, future: "~>=", past: "")
    return Candidate(start: i, end: i + 1, type: .date, value: Self.month(m, suffix), rule: "month")
  }

  /// `XXXX-MM-DD` and `suffix`.
  static func monthDay(_ m: Int, _ d: Int, _ suffix: String) -> String {
    var text = TimexText("XXXX-")
    text.append(pad2: m)
    text.append(byte: UInt8(ascii: "-"))
    text.append(pad2: d)
    text.append(suffix)
    return text.string
  }

  /// `XXXX-MM` and `suffix`.
  static func month(_ m: Int, _ suffix: String) -> String {
    var text = TimexText("XXXX-")
    text.append(pad2: m)
    text.append(suffix)
    return text.string
  }

  /// `YYYY-MM` ("\(y)-" and the month padded).
  static func yearMonth(_ y: Int, _ m: Int) -> String {
    var text = TimexText()
    text.append(y)
    text.append(byte: UInt8(ascii: "-"))
    text.append(pad2: m)
    return text.string
  }

  /// `XXXX-WXX-N`, the part of the day and `suffix`.
  static func weekday(_ wd: Int, _ part: String, _ suffix: String) -> String {
    var text = TimexText("XXXX-WXX-")
    text.append(wd)
    text.append(part)
    text.append(suffix)
    return text.string
  }

  /// `~+N` / `~-N` for an offset, "" for 0.
  static func offsetSuffix(_ offset: Int) -> String {
    var text = TimexText()
    text.append(offset: offset)
    return text.string
  }

  /// "17 October 2022", "the 17th of October".
  func dayMonth(at i: Int) -> Candidate? {
    guard let d = digits(i, allowSuffix: true), (1...31).contains(d), tokens[i].lower.utf8.count <= 4 else {
      return nil
    }
    var j = i + 1
    if w(j) == "of" { j += 1 }
    guard let m = isMonth(j) ?? (TimeLexicon.months[w(j)].flatMap { tokens[j].isCapitalized ? $0 : nil })
    else { return nil }
    j += 1
    if w(j) == ",", year(j + 1) != nil { j += 1 }
    if let y = year(j), let date = CivilDate(year: y, month: m, day: d) {
      return Candidate(start: i, end: j + 1, type: .date, value: date.iso, explicit: true, rule: "day-month")
    }
    return Candidate(
      start: i, end: i + (w(i + 1) == "of" ? 3 : 2), type: .date,
      value: Self.monthDay(m, d, directionSuffix(i, j, future: "~>=", past: "")), explicit: true,
      rule: "day-month")
  }

  /// "Monday", "Monday night", "Monday, Oct. 17".
  func weekdayDate(at i: Int) -> Candidate? {
    guard let wd = TimeLexicon.weekdays[w(i)] else { return nil }
    // (Read in place, not from a copy of the token; a weekday name with a final period is
    // `trimmed`: "wed.")
    let abbreviated = flags[i].contains(.trimmed)
    if w(i).count <= 4 && !(tokens[i].isCapitalized && (abbreviated || w(i).count == 4 && w(i) != "thur")) {
      return nil
    }
    if w(i) == "sun" || w(i) == "sat" || w(i) == "wed" { guard abbreviated else { return nil } }
    var j = i + 1
    if w(j) == ",", monthDate(at: j + 1)?.rule == "month-day" || dayMonth(at: j + 1) != nil {
      let c = monthDate(at: j + 1) ?? dayMonth(at: j + 1)!
      return Candidate(
        start: i, end: c.end, type: .date, value: Self.pinWeekday(c.value, wd), explicit: true, rule: "weekday-date")
    }
    if let c = monthDate(at: j), c.rule == "month-day" {
      return Candidate(
        start: i, end: c.end, type: .date, value: Self.pinWeekday(c.value, wd), explicit: true, rule: "weekday-date")
    }
    // "Monday night": the day with its part (`2022-10-17TNI`); typed DATE like the day itself,
    // as TimeBank does.
    var part = ""
    let type = TimexType.date
    if let code = TimeLexicon.partsOfDay[w(j)] {
      part = "T" + code
      j += 1
    }
    // "Thursday's closing price": a possessive weekday names a day already past.
    let direction = w(j) == "'s" ? .past : tense(around: i, j)
    let suffix = direction == .future ? "~>" : (direction == .none ? "~~" : "")  // past kinds: on or before
    return Candidate(
      start: i, end: j, type: type, value: Self.weekday(wd, part, suffix), explicit: true, rule: "weekday")
  }

  /// "3 p.m.", "10:30 a.m.", "noon", "4 o'clock".
  func clockTime(at i: Int) -> Candidate? {
    // "9am", "10pm"
    let packed = w(i)
    let l = packed.count > 15 || packed.hasSuffix("am") || packed.hasSuffix("pm") ? string(i) : ""
    if l.hasSuffix("am") || l.hasSuffix("pm"), let h = Int(l.dropLast(2)), (1...12).contains(h) {
      let hour = l.hasSuffix("pm") ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h)
      let clock = "T\(TimexValue.pad2(hour)):00"
      if let c = attachDay(start: i, after: i + 1, clock: clock) { return c }
      return Candidate(start: i, end: i + 1, type: .time, value: "XXXX-XX-XX" + clock, narrative: true, rule: "clock")
    }
    guard var h = digits(i), (0...24).contains(h), tokens[i].lower.utf8.count <= 2 else { return nil }
    var j = i + 1
    var minutes = 0
    if w(j) == ":", let mm = digits(j + 1), tokens[j + 1].lower.utf8.count == 2, mm < 60 {
      minutes = mm
      j += 2
    }
    let word = w(j)
    switch word {
    case "p.m", "pm", "p.m.":
      if h < 12 { h += 12 }
    case "a.m", "am", "a.m.":
      if h == 12 { h = 0 }
    case "o'clock":
      break
    default:
      guard j > i + 1, h <= 24 else { return nil }
      j -= 1
    }
    j += 1
    if w(j) == "est" || w(j) == "edt" || w(j) == "gmt" || w(j) == "utc" || w(j) == "et" || w(j) == "pst" { j += 1 }
    let clock = "T\(TimexValue.pad2(h)):\(TimexValue.pad2(minutes))"
    if let c = attachDay(start: i, after: j, clock: clock) { return c }
    // A bare clock time belongs to the day the narrative is on.
    return Candidate(
      start: i, end: j, type: .time, value: "XXXX-XX-XXT\(TimexValue.pad2(h)):\(TimexValue.pad2(minutes))",
      narrative: true, rule: "clock")
  }

  /// A clock time followed by its day: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "noon today".
  func attachDay(start i: Int, after j: Int, clock: String) -> Candidate? {
    var d = j
    if w(d) == "," { d += 1 }
    guard let day = weekdayDate(at: d) ?? monthDate(at: d) ?? deictic(at: d),
      day.type == .date, day.value.hasPrefix("XXXX-"), day.rule != "month"
    else { return nil }
    var base = day.value
    var suffix = ""
    if let tilde = base.utf8.firstIndex(of: UInt8(ascii: "~")) {
      suffix = String(base[tilde...])
      base = String(base[..<tilde])
    }
    return Candidate(start: i, end: day.end, type: .time, value: base + clock + suffix, explicit: true, rule: "clock-day")
  }

  /// "Q3 2022", "H1", "summer 2021", "the spring of 2020", "the summer", "Christmas".
  func namedPeriod(at i: Int) -> Candidate? {
    let word = w(i)
    func withYear(_ name: String, _ end: Int, rule: String) -> Candidate {
      var k = end
      if w(k) == "of" || w(k) == "," { k += 1 }
      if let y = year(k) { return Candidate(start: i, end: k + 1, type: .date, value: "\(y)-\(name)", rule: rule) }
      if k != end, w(end) == "of", w(end + 1) == "fiscal", let y = year(end + 2) {
        return Candidate(start: i, end: end + 3, type: .date, value: "\(y)-\(name)", rule: rule)
      }
      let direction = directionSuffix(i, end, future: "~>=")
      return Candidate(start: i, end: end, type: .date, value: "XXXX-\(name)\(direction)", rule: rule)
    }
    // Q3, H1 (written with a capital)
    if word.count == 2, tokens[i].isCapitalized, word[0] == 113 || word[0] == 104, word[1] >= 49,
      word[1] <= (word[0] == 113 ? 52 : 50)
    {
      let name = (word[0] == 113 ? "Q" : "H") + String(UnicodeScalar(word[1]))
      let c = withYear(name, i + 1, rule: "quarter")
      if c.end == i + 1 && !(w(i - 1) == "in" || w(i - 1) == "the" || w(i - 1) == "for" || w(i - 1) == "of") { return nil }
      return c
    }
    // Seasons: "summer 2021", "the spring of 2020", "in the summer"
    var j = i
    if word == "the" { j += 1 }
    if let season = TimeLexicon.seasons[w(j)] {
      if w(j) == "fall" && !(w(i - 1) == "in" || w(i - 1) == "the" || word == "the" || year(j + 1) != nil || w(j + 1) == "of") {
        return nil
      }
      var c = withYear(season, j + 1, rule: "season")
      if c.value.hasPrefix("XXXX"), word != "the", !(w(i - 1) == "in" || w(i - 1) == "during" || w(i - 1) == "by") {
        return nil
      }
      c.start = i
      return c
    }
    // Fixed-date holidays
    if let md = TimeLexicon.holidays[word] {
      var end = i + 1
      if word == "christmas" && w(end) == "eve" { return Candidate(start: i, end: end + 1, type: .date, value: "XXXX-12-24" + directionSuffix(i, end + 1, future: "~>="), rule: "holiday") }
      if w(end) == "day" { end += 1 }
      return Candidate(start: i, end: end, type: .date, value: "XXXX-\(md)" + directionSuffix(i, end, future: "~>="), rule: "holiday")
    }
    // "last Thanksgiving", "next Easter", "this Christmas"
    if word == "last" || word == "next" || word == "this", i + 1 < count, tokens[i + 1].isCapitalized,
      var c = namedPeriod(at: i + 1), c.rule.hasPrefix("holiday"), c.value.hasPrefix("XXXX-")
    {
      let base = c.value.prefix { $0 != "~" }
      c.value = base + (word == "last" ? "~<" : (word == "next" ? "~>" : "~="))
      c.start = i
      return c
    }
    // Named holidays: fixed ones resolve like dates; floating ones ("Thanksgiving", "Labor Day",
    // "Easter") get their typical day for picking the year and are moved to the exact day after
    // resolution (rule `holiday:NAME`, see TemporalTagger).
    // (Only the first word of a holiday's name opens one: other capitalized words, "The",
    // "Last", skip building the two-word name.)
    if tokens[i].isCapitalized, TimeLexicon.holidayFirstWords.contains(word) {
      let two = "\(s(i)) \(s(i + 1))"
      let possessive = w(i + 1) == "'s" && w(i + 2) == "day" ? "\(s(i))'s day" : ""
      if let md = TimeLexicon.fixedHolidays[two] {
        return Candidate(start: i, end: i + 2, type: .date, value: "XXXX-\(md)" + directionSuffix(i, i + 2, future: "~>="), rule: "holiday")
      }
      var name = ""
      var end = i
      if word == "martin", w(i + 1) == "luther", w(i + 2) == "king", w(i + 3) == "day" {
        (name, end) = ("martin luther king day", i + 4)
      } else if !possessive.isEmpty, TimeLexicon.floatingHolidays[possessive] != nil {
        (name, end) = (possessive, i + 3)
      } else if TimeLexicon.floatingHolidays[two] != nil {
        (name, end) = (two, i + 2)
      } else if word == "thanksgiving" {
        (name, end) = ("thanksgiving", w(i + 1) == "day" ? i + 2 : i + 1)
      } else if word == "easter" {
        (name, end) = (w(i + 1) == "sunday" || w(i + 1) == "monday" ? two : "easter", w(i + 1) == "sunday" || w(i + 1) == "monday" ? i + 2 : i + 1)
      } else if two == "good friday" {
        (name, end) = (two, i + 2)
      }
      if !name.isEmpty {
        let typical = TimeLexicon.floatingHolidays[name]?.typical ?? "04-10"
        return Candidate(
          start: i, end: end, type: .date, value: "XXXX-\(typical)" + directionSuffix(i, end, future: "~>="),
          rule: "holiday:\(name)")
      }
    }
    if word == "valentine", w(i + 1) == "'s", w(i + 2) == "day" {
      return Candidate(start: i, end: i + 3, type: .date, value: "XXXX-02-14" + directionSuffix(i, i + 3, future: "~>="), rule: "holiday")
    }
    if word == "new", w(i + 1) == "year's" || w(i + 1) == "year" && w(i + 2) == "'s" {
      let k = w(i + 1) == "year's" ? i + 2 : i + 3
      if w(k) == "day" { return Candidate(start: i, end: k + 1, type: .date, value: "XXXX-01-01" + directionSuffix(i, k + 1, future: "~>="), rule: "holiday") }
      if w(k) == "eve" { return Candidate(start: i, end: k + 1, type: .date, value: "XXXX-12-31" + directionSuffix(i, k + 1, future: "~>="), rule: "holiday") }
    }
    return nil
  }

  /// "nineteen ninety-six", "the year two thousand".
  func spokenYear(at i: Int) -> Candidate? {
    let word = w(i)
    if word == "nineteen" || word == "eighteen", let n = wordNumber(at: i + 1), n >= 10, n < 100 {
      return Candidate(start: i, end: i + 2, type: .date, value: String((word == "nineteen" ? 1900 : 1800) + n), rule: "spoken-year")
    }
    if word == "two", w(i + 1) == "thousand", w(i - 1) == "year" || w(i - 1) == "in" {
      var end = i + 2
      var y = 2000
      if w(end) == "and" { end += 1 }
      if let n = wordNumber(at: end), n < 100 {
        y += n
        end += 1
      } else if w(end - 1) == "and" {
        end -= 1
      }
      return Candidate(start: w(i - 1) == "year" && w(i - 2) == "the" ? i - 2 : i, end: end, type: .date, value: String(y), rule: "spoken-year")
    }
    return nil
  }

  // MARK: Deictic and relative expressions

  /// "today", "yesterday morning", "tonight", "now", "this morning", "the day before yesterday".
  func deictic(at i: Int) -> Candidate? {
    let word = w(i)
    func day(_ offset: Int, _ end: Int, rule: String) -> Candidate {
      var j = end
      var part = ""
      if let p = TimeLexicon.partsOfDay[w(j)] {
        part = "T" + p
        j += 1
      }
      var value = TimexText("XXXX-XX-XX")
      value.append(part)
      value.append(offset: offset)
      return Candidate(start: i, end: j, type: part.isEmpty ? .date : .time, value: value.string, rule: rule)
    }
    // The most frequent words that reach here first ("the", "at", "this", "last", "that").
    switch word {
    case "the":
      switch (w(i + 1), w(i + 2)) {
      case ("future", _):
        return Candidate(start: i, end: i + 2, type: .date, value: "FUTURE_REF", rule: "ref-future")
      case ("near", "future"), ("near", "term"), ("short", "term"):
        return Candidate(start: i, end: i + 3, type: .date, value: "FUTURE_REF", rule: "ref-future")
      case ("past", let next):
        if TimeLexicon.units[next] == nil, cardinal(at: i + 2) == nil, next != "-", next != "few" {
          return Candidate(start: i, end: i + 2, type: .date, value: "PAST_REF", rule: "ref-past")
        }
      case ("day", "before"):
        if w(i + 3) == "yesterday" { return day(-2, i + 4, rule: "day-before-yesterday") }
        return Candidate(start: i, end: i + 3, type: .date, value: "XXXX-XX-XX~-1", narrative: true, rule: "narrative-day")
      case ("day", "after"):
        if w(i + 3) == "tomorrow" { return day(2, i + 4, rule: "day-after-tomorrow") }
        return Candidate(start: i, end: i + 3, type: .date, value: "XXXX-XX-XX~+1", narrative: true, rule: "narrative-day")
      case ("year", _), ("month", _), ("week", _):
        // "for the year": the whole period as a duration (results "for the year ended…")
        if w(i - 1) == "for", let u = TimeLexicon.units[w(i + 1)] {
          return Candidate(start: i, end: i + 2, type: .duration, value: u.duration(1), rule: "duration-the")
        }
      case ("weekend", _):
        // "over the weekend": the last one, unless the clause speaks of the future.
        let future = tense(around: i, i + 2) == .future
        return Candidate(start: i, end: i + 2, type: .date, value: future ? "XXXX-WXX-WE" : "XXXX-WXX-WE~<=", rule: "weekend")
      default: break
      }
    case "at":
      if w(i + 1) == "the", w(i + 2) == "moment" || w(i + 2) == "time" && w(i + 3) == "of" && false {
        return Candidate(start: i, end: i + 3, type: .date, value: "PRESENT_REF", rule: "ref-now")
      }
      if w(i + 1) == "present" {
        return Candidate(start: i, end: i + 2, type: .date, value: "PRESENT_REF", rule: "ref-now")
      }
    case "this", "last":
      if let p = TimeLexicon.partsOfDay[w(i + 1)] {
        if word == "last" {
          guard p == "NI" || p == "EV" else { return nil }
          return Candidate(start: i, end: i + 2, type: .time, value: "XXXX-XX-XXT\(p)~-1", rule: "last-night")
        }
        return Candidate(start: i, end: i + 2, type: .time, value: "XXXX-XX-XXT\(p)", rule: "this-part")
      }
    case "that":
      if let u = TimeLexicon.units[w(i + 1)], let p = u.pattern, !w(i + 1).hasSuffix("s") {
        return Candidate(start: i, end: i + 2, type: .date, value: p, narrative: true, rule: "narrative-that")
      }
    case "today": return day(0, i + 1, rule: "today")
    case "yesterday": return day(-1, i + 1, rule: "yesterday")
    case "tomorrow": return day(1, i + 1, rule: "tomorrow")
    case "tonight": return Candidate(start: i, end: i + 1, type: .time, value: "XXXX-XX-XXTNI", rule: "tonight")
    case "now":
      if w(i + 1) == "that" { return nil }  // "now that" is a conjunction
      return Candidate(start: i, end: i + 1, type: .date, value: "PRESENT_REF", rule: "ref-now")
    case "currently", "nowadays":
      return Candidate(start: i, end: i + 1, type: .date, value: "PRESENT_REF", rule: "ref-now")
    case "recently", "lately":
      return Candidate(start: i, end: i + 1, type: .date, value: "PAST_REF", rule: "ref-past")
    case "noon", "midday":
      if let c = attachDay(start: i, after: i + 1, clock: "T12:00") { return c }
      return Candidate(start: i, end: i + 1, type: .time, value: "XXXX-XX-XXT12:00", rule: "clock")
    case "midnight":
      if let c = attachDay(start: i, after: i + 1, clock: "T24:00") { return c }
      return Candidate(start: i, end: i + 1, type: .time, value: "XXXX-XX-XXT24:00", rule: "clock")
    case "these":
      if w(i + 1) == "days" { return Candidate(start: i, end: i + 2, type: .date, value: "PRESENT_REF", rule: "ref-now") }
    case "recent", "coming":
      // "in recent years", "in the coming months"
      if let u = TimeLexicon.units[w(i + 1)], w(i + 1).hasSuffix("s"), u != .weekend, u != .night {
        return Candidate(start: i, end: i + 2, type: .duration, value: u.duration(nil), rule: "duration-vague")
      }
    case "year-end":
      return Candidate(start: i, end: i + 1, type: .date, value: "XXXX", mod: "END", rule: "year-end")
    case "year":
      if w(i + 1) == "end" || w(i + 1) == "'s" && w(i + 2) == "end" {
        return Candidate(start: i, end: w(i + 1) == "end" ? i + 2 : i + 3, type: .date, value: "XXXX", mod: "END", rule: "year-end")
      }
    case "daily":
      return Candidate(start: i, end: i + 1, type: .set, value: "P1D", rule: "set-adverb")
    case "weekly":
      return Candidate(start: i, end: i + 1, type: .set, value: "P1W", rule: "set-adverb")
    case "monthly":
      return Candidate(start: i, end: i + 1, type: .set, value: "P1M", rule: "set-adverb")
    case "annually", "yearly":
      return Candidate(start: i, end: i + 1, type: .set, value: "P1Y", rule: "set-adverb")
    case "hourly":
      return Candidate(start: i, end: i + 1, type: .set, value: "PT1H", rule: "set-adverb")
    default: break
    }
    return nil
  }

  /// "last week", "next year", "this month", "last Friday", "next July", "last summer",
  /// "the following day", "the previous year".
  func relative(at i: Int) -> Candidate? {
    var j = i
    var the = false
    if w(j) == "the" {
      the = true
      j += 1
    }
    let word = w(j)
    var offset: Int
    var narrative = false
    switch word {
    case "last", "past", "previous", "preceding": offset = -1
    case "next", "coming": offset = 1
    case "this", "current", "present": offset = 0
    case "following", "subsequent": offset = 1
    default: return nil
    }
    if the && (word == "following" || word == "previous" || word == "preceding" || word == "next" || word == "subsequent") {
      narrative = true
    }
    if !the && (word == "following" || word == "preceding" || word == "subsequent") { return nil }
    if the && word == "this" { return nil }
    if word == "this", w(j + 1) == "past" || w(j + 1) == "coming", var c = relative(at: j + 1) {
      c.start = i
      return c
    }
    let k = j + 1
    let target = w(k)
    // `~+N` / `~-N`, none for 0.
    var off: String { Self.offsetSuffix(offset) }
    if let u = TimeLexicon.units[target], !target.hasSuffix("s") || u == .day && false {
      if the && word == "next" {
        // "the next day" is narrative; "the next year" often future from now.
        narrative = u == .day
      }
      if u == .night {
        return Candidate(start: i, end: k + 1, type: .time, value: "XXXX-XX-XXTNI\(off)", narrative: narrative, rule: "rel-night")
      }
      guard let p = u.pattern else {
        if u == .decade || u == .century {
          // "the past decade" is a duration.
          return Candidate(start: i, end: k + 1, type: .duration, value: u.duration(1), rule: "rel-decade")
        }
        return nil
      }
      if u == .day && !narrative && !(the && (word == "past" || word == "last")) { return nil }
      if u == .day && (word == "past" || word == "last") {
        return Candidate(start: i, end: k + 1, type: .duration, value: "P1D", rule: "rel-past-day")
      }
      var value = TimexText()
      value.append(p)
      value.append(offset: offset)
      return Candidate(start: i, end: k + 1, type: .date, value: value.string, narrative: narrative, rule: "rel-unit")
    }
    if narrative, offset == 1 || offset == -1, TimeLexicon.partsOfDay[target] != nil {
      // "the next morning", "the previous evening": the day after (before) the narrative date
      return Candidate(start: i, end: k + 1, type: .date, value: "XXXX-XX-XX" + off, narrative: true, rule: "narrative-day")
    }
    if narrative, offset != 0, let wd = TimeLexicon.weekdays[target], target.count > 4 {
      // "the following Monday", "the previous Friday": counted from the narrative date
      return Candidate(
        start: i, end: k + 1, type: .date, value: "XXXX-WXX-\(wd)\(offset > 0 ? "~>" : "~<")", narrative: true,
        explicit: true, rule: "narrative-weekday")
    }
    if narrative { return nil }
    let pin: String
    switch offset {
    case -1: pin = "~<"
    case 1: pin = "~>"
    default: pin = "~="
    }
    // "next Tuesday": the Tuesday of next week; "(this) coming Tuesday": the first one ahead.
    let weekPin = offset == 1 ? (word == "coming" ? "~>" : "~=+1") : pin
    if let wd = TimeLexicon.weekdays[target], target.count > 4 || tokens[k].isCapitalized {
      var end = k + 1
      var part = ""
      if let p = TimeLexicon.partsOfDay[w(end)] {
        part = "T" + p
        end += 1
      }
      return Candidate(
        start: i, end: end, type: part.isEmpty ? .date : .time, value: Self.weekday(wd, part, weekPin), explicit: true,
        rule: "rel-weekday")
    }
    if let m = TimeLexicon.months[target], target.count > 3 || tokens[k].isCapitalized,
      !TimeLexicon.ambiguousMonths.contains(target) || tokens[k].isCapitalized
    {
      return Candidate(start: i, end: k + 1, type: .date, value: Self.month(m, pin), rule: "rel-month")
    }
    if let s = TimeLexicon.seasons[target] {
      return Candidate(start: i, end: k + 1, type: .date, value: "XXXX-\(s)\(pin)", rule: "rel-season")
    }
    return nil
  }

  /// "three years", "the past two months", "two weeks ago", "three days later", "24 hours".
  func duration(at i: Int) -> Candidate? {
    var j = i
    var the = false
    var window = false
    if w(j) == "the" {
      the = true
      j += 1
    }
    let verbLast = !the && w(j) == "last" && TimeLexicon.verbContext.contains(w(j - 1))  // "could last two weeks"
    if !verbLast, j < count, flags[j].contains(.duration), Self.windowWords.contains(w(j)) {
      window = true
      j += 1
    }
    guard let (n, afterNumber) = cardinal(at: j) else {
      // "for years", "within days": an unspecified number of units.
      let p = w(i - 1)
      if !the, !window, p == "for" || p == "within", let u = TimeLexicon.units[w(i)], w(i).hasSuffix("s"),
        u != .weekend, u != .quarter, u != .night
      {
        let next = i + 1 < count ? tokens[i + 1] : nil
        if next == nil || next!.kind == .punctuation || TimeLexicon.units[w(i + 1)] == nil && w(i + 1) != "of" {
          return Candidate(start: i, end: i + 1, type: .duration, value: u.duration(nil), rule: "duration-bare")
        }
      }
      return nil
    }
    var k = afterNumber
    if the && !window && n == nil { return nil }
    var half = false
    if n != nil, w(k) == "and", w(k + 1) == "a", w(k + 2) == "half" {
      half = true
      k += 3
    }
    // "2 1/2 years"
    if n != nil, w(k) == "1", w(k + 1) == "/", w(k + 2) == "2", tokens[k].span.end == tokens[k + 1].span.start,
      tokens[k + 1].span.end == tokens[k + 2].span.start
    {
      half = true
      k += 3
    }
    if w(k) == "-" { k += 1 }  // "five - year"
    if n != nil {
      switch w(k) {
      case "more", "additional", "further", "straight", "consecutive", "full", "trading", "business":
        k += 1  // "two more weeks", "five straight years", "eight trading days"
      default: break
      }
    }
    guard let unit = TimeLexicon.units[w(k)] else { return nil }
    if unit == .quarter && (n == nil || tokens[j].kind == .number) { return nil }
    if unit == .second && (tokens[k - 1].lower == "a" || w(k + 1) == "quarter" || w(k + 1) == "half") { return nil }
    let unitWord = w(k)
    if n == 1 && unitWord.hasSuffix("s") && w(j) != "one" { return nil }
    k += 1
    if the && !window && n != nil && (w(j) == "a" || w(j) == "an") { return nil }
    var end = k
    // "and a half"
    var value = unit.duration(n)
    if w(end) == "and", w(end + 1) == "a", w(end + 2) == "half" { end += 3 }
    if half || end > k, let n {
      switch unit {
      case .year: value = "P\(n)Y6M"
      case .month: value = "P\(n)M15D"
      case .hour: value = "PT\(n)H30M"
      case .minute: value = "PT\(n)M30S"
      case .day: value = "P\(n)DT12H"
      default: break
      }
    }
    // Dates counted from a reference: "two weeks ago", "three days later".
    if !window && !the {
      let next = w(end)
      var sign = 0
      var narrative = false
      var rule = "ago"
      switch next {
      case "ago", "back": sign = -1
      case "earlier": (sign, narrative, rule) = (-1, true, "ago-narrative")
      case "later", "afterward", "afterwards": (sign, narrative, rule) = (1, true, "ago-narrative")
      case "hence": sign = 1
      case "from":
        if w(end + 1) == "now" || w(end + 1) == "today" {
          sign = 1
          end += 1
        }
      default: break
      }
      if sign != 0 {
        end += 1
        guard let n else {
          return Candidate(
            start: i, end: end, type: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF", rule: "ago-vague")
        }
        let (p, count): (String, Int)
        switch unit {
        case .decade: (p, count) = ("XXXX", 10 * n)
        case .century: (p, count) = ("XXXX", 100 * n)
        case .fortnight: (p, count) = ("XXXX-WXX", 2 * n)
        case .hour, .minute, .second: (p, count) = ("XXXX-XX-XX", 0)
        default: (p, count) = (unit.pattern ?? "XXXX", n)
        }
        let offset = sign * count
        var text = TimexText()
        text.append(p)
        text.append(offset: offset)
        let v = text.string
        return Candidate(start: i, end: end, type: .date, value: v, narrative: narrative, rule: rule)
      }
    }
    if unit == .weekend || unit == .night && n == nil { return nil }
    // "52 years old": an age describes a person, not the time of an event.
    if w(end) == "old" && n != nil { return nil }
    return Candidate(start: i, end: end, type: .duration, value: value, rule: "duration")
  }

  /// `word.split(separator: "-")` (empty parts left out): for an ASCII word cut at the
  /// hyphen bytes (each byte is a `Character` there), which skips the grapheme breaking of
  /// the `Character` split (~5,000 instructions a word).
  static func hyphenParts(_ word: String) -> [Substring] {
    let u = word.utf8
    guard u.allSatisfy({ $0 < 0x80 }) else { return word.split(separator: "-") }
    var parts: [Substring] = []
    var start = u.startIndex
    var i = start
    while i != u.endIndex {
      if u[i] == UInt8(ascii: "-") {
        if start != i { parts.append(word[start..<i]) }
        start = u.index(after: i)
      }
      i = u.index(after: i)
    }
    if start != u.endIndex { parts.append(word[start..<u.endIndex]) }
    return parts
  }

  /// "two-year", "16-hour", "five-year-old" (a duration in one hyphenated token).
  func hyphenated(at i: Int) -> Candidate? {
    guard i < count, flags[i].contains(.dash) else { return nil }
    let word = s(i)
    let parts = Self.hyphenParts(word)
    guard parts.count >= 2 else { return nil }
    if parts.count == 2, parts[0] == "mid" || parts[0] == "early" || parts[0] == "late" {
      // "mid-2021", "late-November", "mid-1990s"
      let rest = parts[1]
      let mod = parts[0] == "mid" ? "MID" : (parts[0] == "early" ? "START" : "END")
      if rest.count == 4, let y = Int(rest), (1000...2199).contains(y) {
        return Candidate(start: i, end: i + 1, type: .date, value: String(y), mod: mod, rule: "mod-year")
      }
      if rest.count == 5, rest.hasSuffix("0s"), let y = Int(rest.prefix(4)) {
        return Candidate(start: i, end: i + 1, type: .date, value: String(y / 10), mod: mod, rule: "decade")
      }
      if let m = TimeLexicon.months[String(rest)], rest.count > 3 {
        let d = tense(around: i, i + 1) == .future ? "~>=" : ""
        return Candidate(start: i, end: i + 1, type: .date, value: "XXXX-\(TimexValue.pad2(m))\(d)", mod: mod, rule: "mod-month")
      }
      return nil
    }
    // "year-earlier", "year-ago"
    if parts.count == 2, parts[0] == "year", parts[1] == "earlier" || parts[1] == "ago" {
      return Candidate(start: i, end: i + 1, type: .date, value: "XXXX~-1", rule: "year-ago")
    }
    if parts.count == 2, parts[1] == "long", let u = TimeLexicon.units[String(parts[0])], u != .weekend, u != .quarter {
      // "day-long", "decades-long"
      return Candidate(
        start: i, end: i + 1, type: .duration, value: u.duration(parts[0].hasSuffix("s") ? nil : 1), rule: "hyphen-duration")
    }
    guard parts.count == 2 || parts.count == 3 && parts[2] == "long",
      let unit = TimeLexicon.units[String(parts[1])], unit != .weekend, unit != .quarter
    else { return nil }
    let n: Int?
    if let d = Int(parts[0]) {
      n = d
    } else if let v = wordNumber(parts[0]) {
      n = v
    } else if parts[0] == "multi" {
      n = nil
    } else {
      return nil
    }
    return Candidate(start: i, end: i + 1, type: .duration, value: unit.duration(n), rule: "hyphen-duration")
  }

  /// "the third quarter", "third-quarter", "the first half of 2021", "the quarter".
  func quarter(at i: Int) -> Candidate? {
    var j = i
    var the = false
    if w(j) == "the" {
      the = true
      j += 1
    }
    // "this year's third quarter", "next year's first half": the period of a relative year.
    var yearOffset: Int? = nil
    if !the, w(i + 1) == "year", w(i + 2) == "'s" {
      switch w(i) {
      case "this": yearOffset = 0
      case "last", "previous": yearOffset = -1
      case "next": yearOffset = 1
      default: break
      }
      if yearOffset != nil { j = i + 3 }
    }
    if w(j) == "fiscal" { j += 1 }
    var leadingYear: Int? = nil
    if the, let y = year(j), TimeLexicon.ordinals[w(j + 1)] != nil {
      leadingYear = y
      j += 1
    }
    let word = w(j)
    var number: Int? = nil
    var half = false
    var offset = 0
    var k = j + 1
    let parts = j < count && flags[j].contains(.dash) ? Self.hyphenParts(s(j)) : []
    if parts.count == 2, let o = TimeLexicon.ordinals[String(parts[0])], parts[1] == "quarter" || parts[1] == "half" {
      number = o
      half = parts[1] == "half"
      if the && j == i + 1 { return nil }  // "the third-quarter profit": the TIMEX is the modifier alone
    } else if the, word == "last" || word == "latter", w(k) == "half" || w(k) == "quarter", w(k + 1) == "of",
      year(k + 2) != nil
    {
      // "the last half of 1989", "the last quarter of 2021": the final one of a named year.
      half = w(k) == "half"
      number = half ? 2 : 4
      k += 1
    } else if let o = TimeLexicon.ordinals[word] {
      if w(k) == "fiscal" { k += 1 }
      guard w(k) == "quarter" || w(k) == "half" else { return nil }
      number = o
      half = w(k) == "half"
      k += 1
    } else if the, word == "quarter" || word == "latest" || word == "year-earlier" || word == "year-ago" {
      if word != "quarter" {
        guard w(k) == "quarter" || w(k) == "period" else { return nil }
        k += 1
      }
      offset = word == "quarter" || word == "latest" ? -1 : -4
    } else {
      return nil
    }
    if let n = number {
      guard half ? (1...2).contains(n) : (1...4).contains(n) else { return nil }
    }
    var year: Int? = leadingYear
    if w(k) == "of" || w(k) == "," {
      var y = k + 1
      if w(y) == "fiscal" { y += 1 }
      if let yy = self.year(y) {
        year = yy
        k = y + 1
      }
    } else if let yy = self.year(k) {
      year = yy
      k += 1
    }
    guard let n = number else {
      if the {
        let off = offset == 0 ? "" : "~\(offset)"
        // "the latest quarter": the last one completed before publication, whatever the story
        // mentioned last; "the quarter" is the one the story is about.
        return Candidate(
          start: i, end: k, type: .date, value: "XXXX-QX\(off)", rule: word == "latest" && w(k - 1) == "quarter" ? "quarter-latest" : "quarter-current")
      }
      return nil
    }
    let name = half ? "H\(n)" : "Q\(n)"
    if let yearOffset {
      let off = yearOffset == 0 ? "" : (yearOffset > 0 ? "+\(yearOffset)" : "\(yearOffset)")
      return Candidate(start: i, end: k, type: .date, value: "XXXX-\(name)~=\(off)", rule: "quarter-rel-year")
    }
    if let year {
      return Candidate(start: i, end: k, type: .date, value: "\(year)-\(name)", rule: "quarter")
    }
    // The quarter of the publication year, unless the clause is in the past tense: "profits
    // fell in the fourth quarter" in a January story is last year's. (A reporting verb alone
    // does not date the quarter, and a future one often announces results of a past quarter:
    // "will report third-quarter earnings".)
    let pin: String
    switch tense(around: i, k) {
    case .past, .strongPast: pin = "~<="
    case .future, .reported, .none: pin = "~="
    }
    return Candidate(start: i, end: k, type: .date, value: "XXXX-\(name)\(pin)", rule: "quarter")
  }

  /// "fiscal 1998", "fiscal year 1998", "FY1998".
  func fiscal(at i: Int) -> Candidate? {
    // "the fiscal year", "the current fiscal year", "the full year": the reporting year in progress.
    if w(i) == "the" {
      var j = i + 1
      if w(j) == "current" { j += 1 }
      if w(j) == "fiscal" || w(j) == "full" && j == i + 1, w(j + 1) == "year", year(j + 2) == nil {
        // "the fiscal year ended June 30" names another year.
        switch w(j + 2) {
        case "ended", "ending", "that", "before", "to": return nil
        default: break
        }
        return Candidate(start: i, end: j + 2, type: .date, value: "XXXX", rule: "fiscal-current")
      }
      return nil
    }
    // (A word longer than 15 bytes, unpacked, is neither "fiscal" nor "fy1998".)
    guard w(i)[0] == 102 else { return nil }  // "f"
    var j = i
    if w(j) == "fiscal" {
      j += 1
      if w(j) == "year" { j += 1 }
      if let y = year(j) { return Candidate(start: i, end: j + 1, type: .date, value: String(y), rule: "fiscal") }
      return nil
    }
    let word = s(i)
    if word.hasPrefix("fy"), word.count == 6, let y = Int(word.dropFirst(2)), (1000...2199).contains(y) {
      return Candidate(start: i, end: i + 1, type: .date, value: String(y), rule: "fiscal")
    }
    return nil
  }

  /// "the '90s", "the nineties", "the 20th century".
  func decade(at i: Int) -> Candidate? {
    if i >= 0, i + 1 < count, flags[i].contains(.quoteMark), tokens[i + 1].kind == .number {  // "'", "’"
      let l = tokens[i + 1].lower
      if l.count == 3, l.hasSuffix("0s"), let d = Int(l.prefix(2)) {
        let century = d < 30 ? 20 : 19
        return Candidate(start: i, end: i + 2, type: .date, value: "\(century)\(d / 10)", rule: "decade")
      }
    }
    if let d = TimeLexicon.decadeWords[w(i)], w(i - 1) == "the" || w(i - 1) == "early" || w(i - 1) == "late" || w(i - 1) == "mid" {
      return Candidate(start: i, end: i + 1, type: .date, value: "19\(d)", rule: "decade")
    }
    // Centuries: "20th century", "twentieth century"
    if w(i + 1) == "century" {
      var n: Int? = TimeLexicon.ordinals[w(i)]
      if n == nil, let d = digits(i, allowSuffix: true), tokens[i].lower.count <= 4 { n = d }
      if let n, (1...30).contains(n) {
        return Candidate(start: i, end: i + 2, type: .date, value: TimexValue.pad2(n - 1), rule: "century")
      }
    }
    return nil
  }

  /// "every Monday", "each July", "every day", "twice a year", "once a week".
  func set(at i: Int) -> Candidate? {
    let word = w(i)
    guard word.count >= 4, word.count <= 6 else { return nil }
    if word == "every" || word == "each" {
      var j = i + 1
      var n = 1
      if w(j) == "other" {
        n = 2
        j += 1
      } else if let (v, e) = cardinal(at: j), let v, v > 1, TimeLexicon.units[w(e)] != nil {
        n = v
        j = e
      }
      let target = w(j)
      if let wd = TimeLexicon.weekdays[target], target.count > 4 {
        var end = j + 1
        var part = ""
        if let p = TimeLexicon.partsOfDay[w(end)] {
          part = "T" + p
          end += 1
        }
        return Candidate(start: i, end: end, type: .set, value: "XXXX-WXX-\(wd)\(part)", rule: "set")
      }
      if let m = TimeLexicon.months[target], target.count > 3 {
        return Candidate(start: i, end: j + 1, type: .set, value: "XXXX-\(TimexValue.pad2(m))", rule: "set")
      }
      if let p = TimeLexicon.partsOfDay[target] {
        return Candidate(start: i, end: j + 1, type: .set, value: "XXXX-XX-XXT\(p)", rule: "set")
      }
      if let u = TimeLexicon.units[target] {
        return Candidate(start: i, end: j + 1, type: .set, value: u.duration(n), rule: "set")
      }
      return nil
    }
    if word == "once" || word == "twice" || word == "thrice" {
      if w(i + 1) == "a" || w(i + 1) == "per" || w(i + 1) == "every" || w(i + 1) == "each",
        let u = TimeLexicon.units[w(i + 2)]
      {
        return Candidate(start: i, end: i + 3, type: .set, value: u.duration(1), rule: "set-frequency")
      }
    }
    return nil
  }

  // MARK: Tense

  /// Resolution suffix from the tense around `start..<end`: past → none (on or before),
  /// future → `future`, no cue → none (the most recent one, or one due within a quarter of a year).
  func directionSuffix(_ start: Int, _ end: Int, future: String, past: String = "") -> String {
    if w(start - 1) == "since" { return past }  // "since July": the most recent July
    // "the Jan. 14 deadline": a date modifying a noun is not dated by the clause's verb.
    if w(start - 1) == "the", end < count, tokens[end].kind == .word, !tokens[end].isCapitalized,
      !TimeLexicon.signals.contains(words[end]), !flags[end].contains(.clauseBoundary), words[end] != "'s"
    {
      return ""
    }
    // "to pay down the loan by February": a deadline in a clause without tense lies ahead.
    let byDeadline = w(start - 1) == "by"
    switch tense(around: start, end, sentenceFallback: !byDeadline) {
    case .reported, .past: return past
    case .strongPast: return past == "" ? "~<=" : past
    case .future: return future
    case .none: return byDeadline ? future : ""
    }
  }

  /// `reported`: only a reporting verb ("said") is near, which dates the report, not the event.
  enum Tense { case past, strongPast, reported, future, none }

  /// The tense of the verbs nearest to tokens `start..<end` in the sentence.
  func tense(around start: Int, _ end: Int, sentenceFallback: Bool = true) -> Tense {
    // The verbs of the expression's own clause first, then the whole sentence.
    var lo = start
    while lo > 0, !isClauseBoundary(at: lo - 1) { lo -= 1 }
    var hi = end
    while hi < count, !isClauseBoundary(at: hi) { hi += 1 }
    let inClause = tense(around: start, end, within: lo..<hi)
    guard inClause == .none, sentenceFallback else { return inClause }
    return tense(around: start, end, within: 0..<count)
  }

  /// "Saturday, April 25": a month and day without a year, named with its weekday, is the one
  /// in the year where that day falls on that weekday (`XXXX-04-25~w6`); explicit years stay.
  static func pinWeekday(_ value: String, _ weekday: Int) -> String {
    guard value.hasPrefix("XXXX-"), value.utf8.count >= 10 else { return value }
    return String(value.prefix(10)) + "~w\(weekday)"
  }

  /// A clause boundary at token `k`; "and"/"or" between two capitalized words joins names
  /// ("between Australia and India"), not clauses.
  func isClauseBoundary(at k: Int) -> Bool {
    guard flags[k].contains(.clauseBoundary) else { return false }
    let word = words[k]
    if word == "and" || word == "or", k > 0, k + 1 < count, tokens[k - 1].isCapitalized, tokens[k + 1].isCapitalized {
      return false
    }
    return true
  }

  func tense(around start: Int, _ end: Int, within range: Range<Int>) -> Tense {
    // The nearest cue wins, the one before the expression on a tie: words are read outwards,
    // at distance d the one before (start - d), then the one after (end - 1 + d).
    var d = 1
    while start - d >= range.lowerBound || end - 1 + d < range.upperBound {
      if range.contains(start - d) {
        let t = tenseCue(at: start - d, around: end)
        if t != .none { return t }
      }
      if range.contains(end - 1 + d) {
        let t = tenseCue(at: end - 1 + d, around: end)
        if t != .none { return t }
      }
      d += 1
    }
    return .none
  }

  /// The tense that the word at `k` signals (`.none` for most words); `end` is the end of
  /// the expression whose tense is asked.
  private func tenseCue(at k: Int, around end: Int) -> Tense {
    let word = words[k]
    var t = Tense.none
    // The start table's flags say which cue lists hold the word (most words: none).
    let cues = flags[k]
    func has(_ j: Int, _ flag: StartFlags) -> Bool { j >= 0 && j < count && flags[j].contains(flag) }
    // "had been due to expire Friday", "had been scheduled for Monday": a plan the past
    // perfect places before now.
    var pastPerfect: Bool { w(k - 1) == "had" || w(k - 2) == "had" && w(k - 1) == "been" }
    if cues.contains(.futureCue) {
      t = pastPerfect ? .past : .future
    } else if cues.contains(.futureBeforeTo) && (w(k + 1) == "to" || w(k + 1) == "for") {
      t = pastPerfect ? .past : .future
    } else if word == "was" || word == "were" {
      let next = w(k + 1)
      t = has(k + 1, .futureBeforeTo) || next == "to" ? .future : .past
    } else if cues.contains(.pastCue) {
      let p = w(k - 1)
      t = word == "last" || word == "earlier" || p == "be" || p == "is" || p == "are" ? .none : .past
      if word == "said" || word == "told" || word == "announced" || word == "reported" { t = .reported }
      if t == .past && cues.contains(.eventPast) { t = .strongPast }
    } else if word.count > 4, word.count > 15 ? string(k).hasSuffix("ed") : word.hasSuffix("ed"), tokens[k].kind == .word, k == 0 || !tokens[k].isCapitalized {
      // (a capitalized word inside the sentence is a name: "United", "Reed")
      let p = w(k - 1)
      t = p == "is" || p == "are" || p == "be" || p == "will" ? .none : .past
      // "markets untouched by the crisis": a participle after the expression, heading a
      // reduced relative clause, is not the clause's verb.
      if k >= end, w(k + 1) == "by", !has(k - 1, .pastCue) { t = .none }
    }
    return t
  }
}
