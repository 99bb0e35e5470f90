/// Splits a text into paragraphs, sentences and tokens in one pass over its UTF-8 bytes.
///
/// - Paragraphs are lines: a line break always ends a sentence.
/// - Tokens: words (with internal hyphens and apostrophes: "Jean-Pierre", "O'Brien"),
///   clitics split off ("Biden" "'s", "do" "n't"), numbers ("1,000", "3.5", "1990s"),
///   abbreviations with their periods ("U.S.", "Sen.", "a.m."), single punctuation marks,
///   and "..." / "…" as one token.
/// - Sentences end at `.`, `!`, `?`, `...` (plus closing quotes or brackets) when the next
///   token can start a sentence, and after abbreviations only when a typical sentence
///   starter follows.
public struct TextAnalyzer: Sendable {
  public init() {}

  /// Analyzes `text`, whose first `headlineLength` bytes are the headline (one sentence).
  public func analyze(_ text: String, headlineLength: Int) -> AnalyzedText {
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
      var scanner = Scanner(bytes: bytes)
      defer { scanner.lineTokens.deallocate() }
      return scanner.run(headlineLength: headlineLength)
    }
    // Native strings are contiguous UTF-8: scan them in place, others (bridged) as a copy.
    let sentences =
      text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    return AnalyzedText(text: text, sentences: sentences, headlineLength: headlineLength)
  }
}

extension TextAnalyzer {
  /// Words that keep their period and never end a sentence (titles, name parts).
  static let titleAbbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt",
    "cpt", "sgt", "adm", "cmdr", "pres", "sr", "jr", "st", "rev", "hon", "fr", "mt", "messrs",
    "mme", "mlle", "pvt", "cpl", "supt", "insp", "amb", "atty", "brig", "gens", "reps", "sens",
  ]

  /// Words that keep their period but may end a sentence.
  static let otherAbbreviations: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "est",
    "no", "nos", "vs", "etc", "approx", "vol", "pp", "p", "ft", "km", "mi", "lb", "oz",
    "ave", "blvd", "rd", "fig", "al", "cf", "ca", "mln", "bln",
  ]

  /// ``titleAbbreviations`` (`true`) and ``otherAbbreviations`` (`false`) by packed word: one
  /// hash probe per word before a period.
  static let abbreviationTable: PackedWordTable<Bool> = {
    // (A word on both lists is a title, as the lists are asked in that order.)
    var pairs = titleAbbreviations.map { ($0, true) }
    pairs += otherAbbreviations.subtracting(titleAbbreviations).map { ($0, false) }
    guard let table = PackedWordTable(pairs) else { preconditionFailure("abbreviations are short words") }
    return table
  }()

  /// How many of the eight bytes `v` (read little-endian: first byte lowest) are A–Z, a–z
  /// or 0–9 before the first that is not.
  ///
  /// Per byte: adding `0x80 - lo` to a byte below 0x80 sets its top bit iff it is at least
  /// `lo`, with no carry out of the byte. A byte of 0x80 or more is no letter (its own top
  /// bit excludes it); its sums may carry into the next byte, which only matters after the
  /// run has ended.
  @inline(__always) static func letterOrDigitRun(_ word: UInt64) -> Int {
    let v = UInt64(littleEndian: word)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let lower = v | 0x20 &* ones
    let letter = (lower &+ (0x80 - 0x61) &* ones) & ~(lower &+ (0x80 - 0x7B) &* ones)  // a…z
    let digit = (v &+ (0x80 - 0x30) &* ones) & ~(v &+ (0x80 - 0x3A) &* ones)  // 0…9
    let highs = 0x80 &* ones
    let ok = (letter | digit) & ~v & highs
    return (~ok & highs).trailingZeroBitCount / 8
  }

  /// Capitalized words that commonly start a sentence; after an abbreviation such as
  /// "U.S." or "Inc." they signal a sentence boundary.
  static let sentenceStarters: Set<String> = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "or", "so",
    "in", "on", "at", "this", "that", "these", "those", "there", "its", "his", "her", "their",
    "our", "meanwhile", "however", "after", "before", "when", "while", "if", "as", "since",
    "yet", "still", "also", "both", "neither", "some", "many", "most", "officials", "last",
    "earlier", "later", "then", "now", "today", "yesterday", "for", "with", "what", "who",
  ]
}

/// The byte scanner behind ``TextAnalyzer``.
///
/// Reads the text's UTF-8 in place (no copy, no per-access bounds or reference-count
/// work); every index it reads is checked against `end` or `bytes.count` first.
private struct Scanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var sentences: [Sentence] = []
  /// Room for the tokens of the line being split (``tokenizeLine(_:_:into:)``), kept between lines
  /// so that its storage is reused; the caller of ``run(headlineLength:)`` deallocates it.
  var lineTokens = UnsafeMutableBufferPointer<RawToken>(start: nil, count: 0)

  /// ``ASCIIWord/layoutHolds``, read once.
  let directStrings = ASCIIWord.layoutHolds
  /// ``TextAnalyzer/abbreviationTable``, read once.
  let abbreviations = TextAnalyzer.abbreviationTable

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  // MARK: Characters

  /// Length of the UTF-8 sequence starting with `lead`.
  @inline(__always) static func sequenceLength(_ lead: UInt8) -> Int {
    if lead < 0x80 { return 1 }
    if lead >> 5 == 0b110 { return 2 }
    if lead >> 4 == 0b1110 { return 3 }
    if lead >> 3 == 0b11110 { return 4 }
    return 1
  }

  /// Decodes the scalar at `i` (returns U+FFFD for malformed bytes) and its length.
  @inline(__always) func scalar(at i: Int) -> (UInt32, Int) {
    let lead = bytes[i]
    let n = Scanner.sequenceLength(lead)
    if n == 1 || i + n > bytes.count { return (lead < 0x80 ? UInt32(lead) : 0xFFFD, 1) }
    var value = UInt32(lead) & (0xFF >> (n + 1))
    for k in 1..<n {
      let b = bytes[i + k]
      guard b & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      value = value << 6 | UInt32(b & 0x3F)
    }
    return (value, n)
  }

  enum CharClass { case space, newline, letter, digit, apostrophe, hyphen, period, quoteOpen, quoteClose, quoteBoth, other }

  /// The class of scalar `c`: ASCII by a switch, others by ``classifyNonASCII(_:)``.
  @inline(__always) static func classify(_ c: UInt32) -> CharClass {
    c < 0x80 ? classifyASCII(UInt8(truncatingIfNeeded: c)) : classifyNonASCII(c)
  }

  @inline(__always) static func classifyASCII(_ b: UInt8) -> CharClass {
    switch b {
    case 0x61...0x7A, 0x41...0x5A: return .letter
    case 0x20, 0x09, 0x0D, 0x0B, 0x0C: return .space
    case 0x0A: return .newline
    case 0x30...0x39: return .digit
    case 0x27: return .apostrophe
    case 0x2D: return .hyphen
    case 0x2E: return .period
    case 0x22: return .quoteBoth
    default: return .other
    }
  }

  /// A–Z, a–z or 0–9 (``classifyASCII(_:)`` gives `.letter` or `.digit`).
  @inline(__always) static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
    (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
  }

  /// Non-ASCII scalars: listed spaces, quotes and line breaks, else Unicode properties.
  @inline(never) static func classifyNonASCII(_ c: UInt32) -> CharClass {
    switch c {
    case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
    case 0x2019: return .apostrophe
    case 0x201C, 0x2018, 0xAB: return .quoteOpen
    case 0x201D, 0xBB: return .quoteClose
    case 0x2028, 0x2029, 0x85: return .newline
    default:
      guard let scalar = Unicode.Scalar(c) else { return .other }
      let props = scalar.properties
      if props.isAlphabetic || props.generalCategory == .nonspacingMark
        || props.generalCategory == .spacingMark
      {
        return .letter
      }
      if props.numericType != nil { return .digit }
      if props.isWhitespace { return .space }
      return .other
    }
  }

  // MARK: Tokens

  struct RawToken {
    var start: Int
    var end: Int
    var kind: TokenKind
    var spaceBefore: Bool
    /// Abbreviation whose period is part of the token.
    var abbreviation: Abbreviation = .none
    enum Abbreviation { case none, title, other }
  }

  /// Tokenizes bytes[start..<end] (one line) into `tokens[..<count]`; returns `count`.
  /// (`tokens` is the caller's copy of ``lineTokens``: the scanner itself is only read, not
  /// copied as it would be to pass its own field `inout` beside it.)
  ///
  /// The tokens are written into `tokens` in place, without an append (uniqueness and
  /// capacity checks) per token: it is first given room for a token per two bytes of the line
  /// (reallocated only to grow: the same memory serves every line), and in the rare denser
  /// line, one per byte (every token takes at least one byte).
  func tokenizeLine(_ start: Int, _ end: Int, into tokens: inout UnsafeMutableBufferPointer<RawToken>) -> Int {
    var room = min((end - start) / 2 + 16, end - start)
    while true {
      if tokens.count < room {
        tokens.deallocate()
        tokens = .allocate(capacity: max(room, 2 * tokens.count))
      }
      if let count = tokenize(start, end, into: tokens) { return count }
      room = end - start
    }
  }

  /// ``tokenizeLine(_:_:into:)`` into `tokens` (its memory initialized or not: tokens are plain
  /// values); nil when they do not fit.
  private func tokenize(_ start: Int, _ end: Int, into tokens: UnsafeMutableBufferPointer<RawToken>) -> Int? {
    var count = 0
    var full = false
    @inline(__always) func append(_ t: RawToken) {
      guard count < tokens.count else {
        full = true
        return
      }
      (tokens.baseAddress! + count).initialize(to: t)
      count += 1
    }
    var i = start
    var space = true
    // Whether a clitic token was split off (only then can the "n't" merge below apply).
    var clitics = false
    while i < end {
      if bytes[i] == 0x20 {  // the most common byte between tokens
        space = true
        i += 1
        continue
      }
      let (c, n) = scalar(at: i)
      let cls = Scanner.classify(c)
      switch cls {
      case .space, .newline:
        space = true
        i += n
        continue
      case .letter, .digit:
        let tokenStart = i
        var j = i + n
        let startsWithDigit = cls == .digit
        // Main run: letters/digits, internal hyphens, periods between digits.
        while j < end {
          if j + 8 <= end, let base = bytes.baseAddress {
            // Eight bytes at a time while the run lasts.
            let run = TextAnalyzer.letterOrDigitRun(UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
            j += run
            if run == 8 { continue }
          } else if Scanner.isASCIILetterOrDigit(bytes[j]) {
            j += 1
            continue
          }
          if bytes[j] == 0x20 { break }  // the usual end of a word
          let (d, m) = scalar(at: j)
          let dc = Scanner.classify(d)
          if dc == .letter || dc == .digit {
            j += m
            continue
          }
          if dc == .hyphen || (dc == .period && startsWithDigit) {
            if j + 1 < end {
              let (e, _) = scalar(at: j + 1)
              let ec = Scanner.classify(e)
              if ec == .letter || ec == .digit {
                if dc == .period && ec != .digit { break }
                j += 1
                continue
              }
            }
            break
          }
          if d == 0x2C && startsWithDigit, j + 3 < end {
            // Thousands separator: 1,000
            var allDigits = true
            for k in 1...3 where !(bytes[j + k] >= 0x30 && bytes[j + k] <= 0x39) { allDigits = false }
            let after = j + 4 < end ? bytes[j + 4] : 0x20
            if allDigits && !(after >= 0x30 && after <= 0x39) {
              j += 4
              continue
            }
          }
          if dc == .apostrophe {
            // Clitics are split off; other internal apostrophes stay (O'Brien).
            let next = j + m
            if next < end {
              let (e, _) = scalar(at: next)
              if Scanner.classify(e) == .letter {
                if isClitic(from: next, end: end) { break }
                j = next
                continue
              }
            }
            break
          }
          break
        }
        // "n't": move the n to the clitic token.
        var wordEnd = j
        // (apostrophes are ' and U+2019, whose lead byte is E2)
        if j < end, bytes[j] == 0x27 || bytes[j] == 0xE2, Scanner.classify(scalar(at: j).0) == .apostrophe,
          wordEnd - tokenStart > 1,
          bytes[wordEnd - 1] | 0x20 == UInt8(ascii: "n")
        {
          let (_, m) = scalar(at: j)
          if j + m < end, bytes[j + m] | 0x20 == UInt8(ascii: "t") { wordEnd -= 1 }
        }
        // Abbreviations: single letters with periods (U.S., a.m.), and listed words.
        var abbreviation = RawToken.Abbreviation.none
        if !startsWithDigit, wordEnd < end, bytes[wordEnd] == UInt8(ascii: ".") {
          if wordEnd - tokenStart == 1 {
            // Initials and dotted abbreviations: U.S., U.N., a.m., J. (an initial)
            var k = wordEnd + 1
            while k + 1 < end, Scanner.classify(UInt32(bytes[k])) == .letter, bytes[k + 1] == UInt8(ascii: ".") {
              k += 2
            }
            abbreviation = k - wordEnd > 1 ? .other : (bytes[tokenStart] >= 0x41 && bytes[tokenStart] <= 0x5A ? .title : .none)
            if abbreviation != .none { wordEnd = k == wordEnd + 1 ? wordEnd + 1 : k }
          } else {
            abbreviation = listedAbbreviation(tokenStart, wordEnd)
            if abbreviation != .none { wordEnd += 1 }
          }
        }
        append(
          RawToken(
            start: tokenStart, end: wordEnd, kind: startsWithDigit ? .number : .word,
            spaceBefore: space, abbreviation: abbreviation))
        i = wordEnd
      case .apostrophe:
        // Clitic after a word ('s, 're, n't), else a quote mark.
        if count > 0, tokens[count - 1].end == i, tokens[count - 1].kind != .punctuation, isClitic(from: i + n, end: end) {
          var j = i + n
          while j < end, Scanner.classify(scalar(at: j).0) == .letter { j += scalar(at: j).1 }
          append(RawToken(start: i, end: j, kind: .word, spaceBefore: false))
          clitics = true
          i = j
        } else if c == 0x27, i + 1 < end, bytes[i + 1] == 0x27 {
          // '' closes a quote opened by `` (typewriter/LaTeX style, common in wire copy).
          append(RawToken(start: i, end: i + 2, kind: .punctuation, spaceBefore: space))
          i += 2
        } else {
          append(RawToken(start: i, end: i + n, kind: .punctuation, spaceBefore: space))
          i += n
        }
      case .period:
        var j = i + 1
        while j < end, bytes[j] == UInt8(ascii: ".") { j += 1 }
        append(RawToken(start: i, end: j, kind: .punctuation, spaceBefore: space))
        i = j
      case .hyphen:
        var j = i + 1
        while j < end, bytes[j] == UInt8(ascii: "-") { j += 1 }
        append(RawToken(start: i, end: j, kind: .punctuation, spaceBefore: space))
        i = j
      case .quoteOpen, .quoteClose, .quoteBoth, .other:
        if c == 0x60, i + 1 < end, bytes[i + 1] == 0x60 {
          // `` opens a quote (typewriter/LaTeX style).
          append(RawToken(start: i, end: i + 2, kind: .punctuation, spaceBefore: space))
          i += 2
          space = false
          continue
        }
        let kind: TokenKind =
          (c < 0x80 && !(c == 0x24 || c == 0x25 || c == 0x26 || c == 0x2B || c == 0x3C || c == 0x3D || c == 0x3E
            || c == 0x40 || c == 0x5E || c == 0x7C || c == 0x7E || c == 0x23))
            || (0x2010...0x206F).contains(c) ? .punctuation : .symbol
        append(RawToken(start: i, end: i + n, kind: kind, spaceBefore: space))
        i += n
      }
      space = false
    }
    // Handle "n't" split: a token "n" directly followed by "'t" is merged into "n't"
    // (in place: tokens[..<kept] are the merged tokens so far).
    if full { return nil }
    guard clitics else { return count }
    var kept = 0
    for k in 0..<count {
      let t = tokens[k]
      if kept > 0, tokens[kept - 1].end == t.start, tokens[kept - 1].end - tokens[kept - 1].start == 1,
        bytes[tokens[kept - 1].start] | 0x20 == UInt8(ascii: "n"), t.kind == .word,
        Scanner.classify(scalar(at: t.start).0) == .apostrophe
      {
        tokens[kept - 1].end = t.end
        continue
      }
      tokens[kept] = t
      kept += 1
    }
    return kept
  }

  /// Whether the letters after an apostrophe at `from` form an English clitic
  /// ('s, 're, 've, 'll, 'd, 'm, 't of n't) followed by a non-letter.
  func isClitic(from: Int, end: Int) -> Bool {
    var j = from
    // Up to three lower-cased ASCII letters, packed first letter highest.
    var letters: UInt32 = 0
    while j < end, j - from < 3 {
      let b = bytes[j] | 0x20
      guard b >= 0x61, b <= 0x7A else { break }
      letters = letters << 8 | UInt32(b)
      j += 1
    }
    if j < end, Scanner.classify(scalar(at: j).0) == .letter { return false }
    switch letters {
    case 0x73, 0x7265, 0x7665, 0x6C6C, 0x64, 0x6D, 0x74: return true  // s re ve ll d m t
    default: return false
    }
  }

  // MARK: Sentences

  mutating func run(headlineLength: Int) -> [Sentence] {
    // Room for the tokens of the longest line at once (``tokenizeLine(_:_:into:)`` gives a line
    // a token per two bytes): one allocation per document rather than one per longer line,
    // at most 65,536 tokens (1.5 MB) ahead — a longer line grows the buffer when it comes, so a
    // giant one-line document does not reserve 12 bytes per byte up front.
    let room = min(bytes.count / 2 + 16, 1 << 16)
    if lineTokens.count < room {
      lineTokens.deallocate()
      lineTokens = .allocate(capacity: room)
    }
    // Room for a sentence per 48 bytes (news sentences are longer): one allocation rather
    // than a growth at each doubling.
    sentences.reserveCapacity(bytes.count / 48 + 2)
    var paragraph = 0
    var lineStart = 0
    let count = bytes.count
    var i = 0
    while i <= count {
      // Most bytes are neither a line feed nor the lead byte of U+2028/U+2029.
      if i < count && bytes[i] != 0x0A && bytes[i] != 0xE2 {
        i = nextBreakCandidate(from: i + 1)
        continue
      }
      if i == count || bytes[i] == 0x0A || isUnicodeLineBreak(at: i) {
        let breakLength = i == count ? 0 : (bytes[i] == 0x0A ? 1 : Scanner.sequenceLength(bytes[i]))
        if lineStart < i {
          let before = sentences.count
          if headlineLength > 0 && lineStart < headlineLength {
            let end = min(i, headlineLength)
            addSentences(lineStart, end, paragraph: paragraph, headline: true, split: false)
            if end < i { addSentences(end, i, paragraph: paragraph, headline: false, split: true) }
          } else {
            addSentences(lineStart, i, paragraph: paragraph, headline: false, split: true)
          }
          if sentences.count > before { paragraph += 1 }
        }
        lineStart = i + breakLength
        i += max(breakLength, 1)
      } else {
        i += 1
      }
    }
    return sentences
  }

  /// The first index at or after `start` holding 0x0A or 0xE2 (else `bytes.count`), eight
  /// bytes per step.
  func nextBreakCandidate(from start: Int) -> Int {
    ByteText.firstIndex(
      in: bytes, from: start, to: bytes.count,
      wordMayHit: { ByteWord.has(0x0A, in: $0) || ByteWord.has(0xE2, in: $0) },
      hit: { $0 == 0x0A || $0 == 0xE2 })
  }

  @inline(__always) func isUnicodeLineBreak(at i: Int) -> Bool {
    // U+2028, U+2029 (E2 80 A8/A9)
    bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
  }

  /// Whether scalar `c` is an upper-case letter (A–Z, else the Unicode property).
  @inline(__always) static func isUppercase(_ c: UInt32) -> Bool {
    if c < 0x80 { return c >= 0x41 && c <= 0x5A }
    return Unicode.Scalar(c)?.properties.isUppercase ?? false
  }

  /// bytes[start..<end] as a string, like `String(decoding:as:)` (malformed UTF-8 repaired);
  /// short ASCII tokens become small strings without a validation pass.
  @inline(__always) func string(_ start: Int, _ end: Int) -> String {
    let count = end - start
    guard count > 0, let base = bytes.baseAddress else { return "" }
    return String(unsafeUninitializedCapacity: count) { out in
      out.baseAddress!.initialize(from: base + start, count: count)
      return count
    }
  }

  /// Whether the word bytes[start..<end], lower-cased, is one of
  /// ``TextAnalyzer/titleAbbreviations`` (`.title`) or ``TextAnalyzer/otherAbbreviations``
  /// (`.other`). ASCII words are packed (``ASCIIWord``, lower-cased) and looked up in
  /// ``TextAnalyzer/abbreviationTable``; others (rare) are lower-cased by Unicode rules and
  /// looked up as strings.
  func listedAbbreviation(_ start: Int, _ end: Int) -> RawToken.Abbreviation {
    var ascii = true
    for b in bytes[start..<end] where b >= 0x80 {
      ascii = false
      break
    }
    guard ascii else {
      let lower = lowered(start, end)
      if TextAnalyzer.titleAbbreviations.contains(lower) { return .title }
      return TextAnalyzer.otherAbbreviations.contains(lower) ? .other : .none
    }
    guard end - start <= 8, let base = bytes.baseAddress else { return .none }  // listed words are shorter
    let key = ASCIIWord(base + start, count: end - start, readable: bytes.count - start).lowercased
    guard let title = abbreviations.value(key) else { return .none }
    return title ? .title : .other
  }

  /// bytes[start..<end] lower-cased: ASCII letters directly, other text by `lowercased()`.
  func lowered(_ start: Int, _ end: Int) -> String {
    var ascii = true
    for b in bytes[start..<end] where b >= 0x80 {
      ascii = false
      break
    }
    guard ascii else { return String(decoding: bytes[start..<end], as: UTF8.self).lowercased() }
    return loweredASCII(start, end)
  }

  /// bytes[start..<end], which are ASCII, with A–Z lower-cased.
  func loweredASCII(_ start: Int, _ end: Int) -> String {
    let count = end - start
    return String(unsafeUninitializedCapacity: count) { out in
      for k in 0..<count {
        let b = bytes[start + k]
        out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
      }
      return count
    }
  }

  mutating func addSentences(_ start: Int, _ end: Int, paragraph: Int, headline: Bool, split: Bool) {
    var tokens = lineTokens
    let count = tokenizeLine(start, end, into: &tokens)
    lineTokens = tokens  // (reallocated when the line needed more room)
    guard count > 0 else { return }
    let line = UnsafeBufferPointer(rebasing: lineTokens[..<count])
    let quotes = quoteSpans(line)
    // Where quotes end (a straight quote there closes one), sorted: searched by halves, so a
    // paragraph with many quotes and sentences stays near linear (without a set's hashing).
    let quoteEnds = QuoteEnds(quotes)
    var clipper = QuoteClipper(quotes: quotes)
    var sentenceStart = 0
    var k = 0
    while k < line.count {
      var boundary = k == line.count - 1
      if split && !boundary && isTerminal(line[k]) {
        // Absorb closing quotes and brackets.
        var last = k
        while last + 1 < line.count, isCloser(line[last + 1], quoteEnds: quoteEnds) { last += 1 }
        if last + 1 >= line.count {
          k = last
          boundary = true
        } else if canStartSentence(line[last + 1], after: line[k]) {
          k = last
          boundary = true
        }
      }
      if boundary {
        emit(UnsafeBufferPointer(rebasing: line[sentenceStart...k]), clipper: &clipper, paragraph: paragraph, headline: headline)
        sentenceStart = k + 1
      }
      k += 1
    }
  }

  func isTerminal(_ t: RawToken) -> Bool {
    if t.abbreviation == .other { return true }
    guard t.kind == .punctuation else { return false }
    let b = bytes[t.start]
    if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return true }
    return t.end - t.start == 3 && b == 0xE2 && bytes[t.start + 1] == 0x80 && bytes[t.start + 2] == 0xA6  // …
  }

  func isCloser(_ t: RawToken, quoteEnds: QuoteEnds) -> Bool {
    guard t.kind == .punctuation, !t.spaceBefore || bytes[t.start] == UInt8(ascii: ")") else { return false }
    let (c, _) = scalar(at: t.start)
    switch c {
    case 0x201D, 0x2019, 0xBB, 0x29, 0x5D: return true
    case 0x27: return t.end - t.start == 2 || quoteEnds.contains(t.start)
    case 0x22: return quoteEnds.contains(t.start)
    default: return false
    }
  }

  func canStartSentence(_ next: RawToken, after terminal: RawToken) -> Bool {
    let (c, _) = scalar(at: next.start)
    let startsUpper = Scanner.isUppercase(c)
    if terminal.abbreviation == .other {
      // "… with the U.S. The talks …": only a typical sentence starter ends it.
      guard startsUpper else { return false }
      return TextAnalyzer.sentenceStarters.contains(lowered(next.start, next.end))
    }
    if startsUpper || next.kind == .number { return true }
    switch c {
    case 0x22, 0x201C, 0x2018, 0x27, 0x28, 0x5B, 0xAB, 0x60: return true
    default: return false
    }
  }

  /// Spans inside quotation marks (straight quotes alternate open/close; curly quotes pair).
  func quoteSpans(_ raw: UnsafeBufferPointer<RawToken>) -> [TextSpan] {
    var spans: [TextSpan] = []
    var openStraight: Int?
    var openCurly: Int?
    for t in raw where t.kind == .punctuation {
      let (c, n) = scalar(at: t.start)
      switch c {
      case 0x22:
        if let open = openStraight {
          spans.append(TextSpan(start: open, end: t.start))
          openStraight = nil
        } else {
          openStraight = t.start + n
        }
      case 0x201C: openCurly = t.start + n
      case 0x60 where t.end - t.start == 2: openCurly = t.start + 2
      case 0x201D:
        if let open = openCurly {
          spans.append(TextSpan(start: open, end: t.start))
          openCurly = nil
        }
      case 0x27 where t.end - t.start == 2:
        if let open = openCurly {
          spans.append(TextSpan(start: open, end: t.start))
          openCurly = nil
        }
      default: break
      }
    }
    // An unclosed quote runs to the end of the paragraph (multi-paragraph quotes).
    if let open = openStraight ?? openCurly, let last = raw.last {
      spans.append(TextSpan(start: open, end: last.end))
    }
    return spans.count > 1 ? spans.sorted() : spans
  }

  /// The byte offsets of ``Token/text`` and ``Token/lower`` in a token (nil if unknown).
  static let stringFields: (text: Int, lower: Int)? = {
    guard let text = MemoryLayout<Token>.offset(of: \Token.text),
      let lower = MemoryLayout<Token>.offset(of: \Token.lower)
    else { return nil }
    return (text, lower)
  }()

  /// Writes at `memory` the two words of the small string ``ASCIIWord/string(direct:)`` makes
  /// of `word` when ``ASCIIWord/layoutHolds`` (the caller checked), ``ASCIIWord/smallStringBits``
  /// (a test compares both).
  @inline(__always) static func storeSmallString(_ word: ASCIIWord, at memory: UnsafeMutableRawPointer) {
    let bits = word.smallStringBits
    memory.storeBytes(of: bits.low, as: UInt64.self)
    memory.storeBytes(of: bits.high, toByteOffset: 8, as: UInt64.self)
  }

  /// The ``Token`` of `t` in `bytes`; `direct` is ``ASCIIWord/layoutHolds``. (Static: called
  /// from a closure in ``emit(_:clipper:paragraph:headline:)``, a method would copy the scanner.)
  @inline(__always) static func token(_ t: RawToken, in bytes: UnsafeBufferPointer<UInt8>, direct: Bool) -> Token {
    let count = t.end - t.start
    if count <= 15, let base = bytes.baseAddress {
      // Short ASCII tokens (most of them): text and lower-case made from two words.
      let word = ASCIIWord(base + t.start, count: count, readable: bytes.count - t.start)
      if word.isASCII {
        let text = word.string(direct: direct)
        // (made again from the bits rather than copied: a copy of `text` costs a retain call)
        let lower = (word.hasUppercase ? word.lowercased : word).string(direct: direct)
        let first = bytes[t.start]
        return Token(
          span: TextSpan(start: t.start, end: t.end), text: text, lower: lower, kind: t.kind,
          isCapitalized: first >= 0x41 && first <= 0x5A, spaceBefore: t.spaceBefore)
      }
    }
    return Scanner(bytes: bytes).longOrOtherToken(t)
  }

  /// The ``Token`` of `t`, longer than 15 bytes or not ASCII.
  @inline(never) func longOrOtherToken(_ t: RawToken) -> Token {
    let text = string(t.start, t.end)
    var ascii = true
    var upper = false
    for b in bytes[t.start..<t.end] {
      if b >= 0x80 {
        ascii = false
        break
      }
      if b >= 0x41 && b <= 0x5A { upper = true }
    }
    // Already lower-case ASCII shares the text's storage.
    let lower = ascii ? (upper ? loweredASCII(t.start, t.end) : text) : text.lowercased()
    let capitalized = Scanner.isUppercase(scalar(at: t.start).0)
    return Token(
      span: TextSpan(start: t.start, end: t.end), text: text, lower: lower, kind: t.kind,
      isCapitalized: capitalized, spaceBefore: t.spaceBefore)
  }

  mutating func emit(_ raw: UnsafeBufferPointer<RawToken>, clipper: inout QuoteClipper, paragraph: Int, headline: Bool) {
    guard let first = raw.first, let last = raw.last else { return }
    let span = TextSpan(start: first.start, end: last.end)
    // Written in place into an array of the sentence's size (see ``SentenceTokens``).
    let tokens = Array(SentenceTokens(raw: raw, bytes: bytes, direct: directStrings))
    let clipped = clipper.clip(to: span)
    sentences.append(
      Sentence(
        index: sentences.count, span: span,
        text: String(decoding: bytes[span.start..<span.end], as: UTF8.self), tokens: tokens,
        paragraph: paragraph, isHeadline: headline, quotes: clipped))
  }
}

/// The tokens of one sentence, as a collection whose copy into an array writes each
/// ``Token`` in place (``_copyContents(initializing:)``, the standard library's hook for
/// `Array(_:)` of a collection): no append (uniqueness and capacity checks) per token, and the
/// array is allocated by code specialized for `Token`. (`Array(unsafeUninitializedCapacity:)`
/// allocates in the standard library's unspecialized code, which looks the storage type up in
/// the runtime's metadata cache for every sentence.)
private struct SentenceTokens: Collection {
  let raw: UnsafeBufferPointer<Scanner.RawToken>
  let bytes: UnsafeBufferPointer<UInt8>
  /// ``ASCIIWord/layoutHolds``.
  let direct: Bool

  var startIndex: Int { 0 }
  var endIndex: Int { raw.count }
  func index(after i: Int) -> Int { i + 1 }
  subscript(i: Int) -> Token { Scanner.token(raw[i], in: bytes, direct: direct) }

  struct Iterator: IteratorProtocol {
    let tokens: SentenceTokens
    var position: Int
    mutating func next() -> Token? {
      guard position < tokens.raw.count else { return nil }
      defer { position += 1 }
      return tokens[position]
    }
  }

  func makeIterator() -> Iterator { Iterator(tokens: self, position: 0) }

  /// Writes the first `out.count` tokens (all of them, when `Array(_:)` calls it) into `out`.
  func _copyContents(initializing out: UnsafeMutableBufferPointer<Token>) -> (Iterator, Int) {
    let n = Swift.min(out.count, raw.count)
    guard n > 0, let base = out.baseAddress else { return (Iterator(tokens: self, position: 0), 0) }
    let fields = Scanner.stringFields
    for k in 0..<n {
      let t = raw[k]
      let slot = base + k
      let count = t.end - t.start
      if direct, let fields, count <= 15, let start = bytes.baseAddress {
        // Short ASCII tokens (most of them): text and lower-case written as small strings'
        // two words straight into the token (a string made from bits and then stored costs
        // a retain call).
        let word = ASCIIWord(start + t.start, count: count, readable: bytes.count - t.start)
        if word.isASCII {
          let first = bytes[t.start]
          slot.initialize(
            to: Token(
              span: TextSpan(start: t.start, end: t.end), text: "", lower: "", kind: t.kind,
              isCapitalized: first >= 0x41 && first <= 0x5A, spaceBefore: t.spaceBefore))
          // (The empty strings hold no reference: overwriting them releases nothing.)
          let memory = UnsafeMutableRawPointer(slot)
          Scanner.storeSmallString(word, at: memory + fields.text)
          Scanner.storeSmallString(word.hasUppercase ? word.lowercased : word, at: memory + fields.lower)
          continue
        }
      }
      slot.initialize(to: Scanner.token(t, in: bytes, direct: direct))
    }
    return (Iterator(tokens: self, position: n), n)
  }
}

/// The end offsets of a paragraph's quote spans, sorted, for ``Scanner/isCloser(_:quoteEnds:)``.
private struct QuoteEnds {
  let ends: [Int]

  init(_ quotes: [TextSpan]) {
    // (Most paragraphs quote nothing; spans sorted by start mostly end in order too.)
    guard !quotes.isEmpty else {
      ends = []
      return
    }
    let ends = quotes.map(\.end)
    var sorted = true
    for k in ends.indices.dropFirst() where ends[k - 1] > ends[k] {
      sorted = false
      break
    }
    self.ends = sorted ? ends : ends.sorted()
  }

  /// Whether a quote ends at `offset` (binary search).
  func contains(_ offset: Int) -> Bool {
    var lo = 0
    var hi = ends.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if ends[mid] < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < ends.count && ends[lo] == offset
  }
}

/// Clips a paragraph's quote spans to its sentences, which come in text order.
///
/// A sweep: quotes enter the active list when the sentence reaching them comes
/// and leave it once a sentence starts after their end, so each sentence looks
/// only at the quotes around it (linear in sentences + quotes, not their product).
private struct QuoteClipper {
  /// Sorted by start (``Scanner/quoteSpans(_:)``).
  let quotes: [TextSpan]
  var next = 0
  var active: [TextSpan] = []

  init(quotes: [TextSpan]) { self.quotes = quotes }

  /// The parts of the quotes inside `span`, in order of their start;
  /// `span` must not start before the previous one.
  mutating func clip(to span: TextSpan) -> [TextSpan] {
    if quotes.isEmpty { return [] }  // most paragraphs quote nothing
    while next < quotes.count, quotes[next].start < span.end {
      active.append(quotes[next])
      next += 1
    }
    active.removeAll { $0.end <= span.start }
    var clipped: [TextSpan] = []
    for q in active {
      let s = TextSpan(start: max(q.start, span.start), end: min(q.end, span.end))
      if s.start < s.end { clipped.append(s) }
    }
    return clipped
  }
}
