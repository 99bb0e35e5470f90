import Testing

@testable import ChronicleExtraction

/// The tagger reads short ASCII words from their packed bytes; it must answer like the pass
/// over the bytes that longer and non-ASCII words take.
@Suite struct TokenMatcherScanTests {
  static let words = [
    "", "a", "'", ",", ";", "_", "\"", "--", "``", "''", "-", ".", "..", "and", "but", "or", "the", "while",
    "whereas", "although", "though", "because", "jan", "jan.", "u.s.", "u.s", ".jan", "sept.", "monday",
    "yesterday", "two-year", "mid-july", "third-quarter", "year-earlier", "twenty-five", "-year", "year-",
    "a-b-c-d-e-f-g-h", "fy1998", "fy", "fiscal", "q3", "h1", "qq", "1990s", "10", "1,000", "1998.",
    "earlier", "later", "more", "about", "weekend", "decades", "mid", "abcdefghijklmn.", "abcdefghijklmno",
    "abcdefg-", "abcdefgh-", "-abcdefgh", "week.", "2022-10-17", "said", "noon", "a.m.", "p.m",
  ]

  @Test(arguments: words)
  func packedWordsScanLikeBytes(word: String) throws {
    let packed = try #require(ASCIIWord(smallASCII: word, layoutHolds: ASCIIWord.layoutHolds))
    let fast = TokenMatcher.scan(packed, TimeLexicon.startFlags)
    let slow = Array(word.utf8).withUnsafeBufferPointer {
      TokenMatcher.scan($0, TimeLexicon.startFlags)
    }
    #expect(fast.length == slow.length && fast.trimmed == slow.trimmed)
    #expect(fast.dash == slow.dash && fast.lastDash == slow.lastDash && fast.fiscalYear == slow.fiscalYear)
    #expect(fast.flags == slow.flags && fast.word == slow.word)
  }

  /// Quote marks and clause boundaries come from the start table, ASCII or not, after the
  /// final period goes ("and." ends a clause like "and").
  @Test(arguments: [
    ("’", StartFlags.quoteMark), ("'", .quoteMark), ("—", .clauseBoundary), ("“", .clauseBoundary),
    ("”", .clauseBoundary), (",", .clauseBoundary), ("and.", .clauseBoundary), ("because", .clauseBoundary),
    ("--", .clauseBoundary),
  ])
  func marksComeFromTheTable(word: String, flag: StartFlags) {
    let found = Array(word.utf8).withUnsafeBufferPointer { TokenMatcher.scan($0, TimeLexicon.startFlags) }
    #expect(found.flags.contains(flag))
    let other = Array((word + "x").utf8).withUnsafeBufferPointer { TokenMatcher.scan($0, TimeLexicon.startFlags) }
    #expect(!other.flags.contains(flag))
  }

  /// Hyphenated words are cut like `split(separator: "-")`, ASCII or not.
  @Test(arguments: [
    "two-year", "five-year-old", "-", "--", "a--b", "-year", "year-", "mid-\u{301}2021", "mi\u{301}d-july", "twenty-five",
    "plain", "",
  ])
  func hyphenPartsSplitLikeCharacters(word: String) {
    #expect(TokenMatcher.hyphenParts(word) == word.split(separator: "-"))
  }

  @Test func onlyShortASCIIStringsArePacked() {
    #expect(ASCIIWord(smallASCII: "abcdefghijklmnop", layoutHolds: true) == nil)
    #expect(ASCIIWord(smallASCII: "café", layoutHolds: true) == nil)
    #expect(ASCIIWord(smallASCII: "abc", layoutHolds: false) == nil)
    #expect(ASCIIWord(smallASCII: "abc", layoutHolds: ASCIIWord.layoutHolds)?.count == 3)
  }

  /// Literals compared with the tagger's packed words are packed like the words themselves.
  @Test func literalsPackLikeWords() throws {
    let literals: [(ASCIIWord, String)] = [
      ("", ""), ("a", "a"), ("'s", "'s"), ("the", "the"), ("o'clock", "o'clock"), ("p.m.", "p.m."),
      ("thursday", "thursday"), ("year-earlier", "year-earlier"), ("approximately", "approximately"),
      ("fifteen bytes!!", "fifteen bytes!!"),
    ]
    for (literal, text) in literals {
      let packed = try #require(Array(text.utf8).withUnsafeBufferPointer { ASCIIWord($0) })
      #expect(literal == packed && literal.count == text.utf8.count)
      #expect(ASCIIWord(smallASCII: text, layoutHolds: ASCIIWord.layoutHolds) == literal)
      #expect(literal != ASCIIWord.unpacked)
    }
    #expect(("the" as ASCIIWord) != "then" && ("a" as ASCIIWord) != "")
    #expect(Array("abcdefghijklmnop".utf8).withUnsafeBufferPointer { ASCIIWord($0) } == nil)
    #expect(("years" as ASCIIWord).hasSuffix("s") && !("year" as ASCIIWord).hasSuffix("s"))
    #expect(("ended" as ASCIIWord).hasSuffix("ed") && !ASCIIWord.unpacked.hasSuffix(""))
  }

  /// Lexicon look-ups by packed word, by string and by non-ASCII string agree.
  @Test func lexiconLookupsAgree() {
    let table = LexiconTable<Int>(["may": 5, "’": 7, "twenty-seventh": 27, "a": 1])
    for (word, value) in [("may", 5), ("’", 7), ("twenty-seventh", 27), ("a", 1), ("maybe", nil), ("", nil)] as [(String, Int?)] {
      #expect(table[word] == value)
      #expect(table[Substring(word)] == value)
      let packed = Array(word.utf8).withUnsafeBufferPointer { ASCIIWord($0) }
      #expect(packed.map { table[$0] } == value)
    }
    #expect(table["a-very-long-word-indeed"] == nil && table[ASCIIWord.unpacked] == nil)
    #expect(Set(table.keys) == ["may", "’", "twenty-seventh", "a"])
  }

  /// The tagger's granularity rank orders like the granularity's own `<`.
  @Test func granularityRankOrdersLikeComparison() {
    for a in Granularity.allCases {
      for b in Granularity.allCases {
        #expect((TemporalTagger.rank(a) < TemporalTagger.rank(b)) == (a < b))
      }
    }
  }

  /// One candidate array serves all sentences: each call leaves only that sentence's candidates.
  @Test func matchAllIntoReusedArray() {
    let analyzer = TextAnalyzer()
    let first = analyzer.analyze("He left on Monday and came back two days later.", headlineLength: 0)
    let second = analyzer.analyze("Nothing happened.", headlineLength: 0)
    var matcher = TokenMatcher()
    var found: [Candidate] = []
    matcher.load(first.sentences[0].tokens)
    matcher.matchAll(into: &found)
    #expect(found.map(\.value) == matcher.matchAll().map(\.value) && !found.isEmpty)
    matcher.load(second.sentences[0].tokens)
    matcher.matchAll(into: &found)
    #expect(found.isEmpty)
  }
}
