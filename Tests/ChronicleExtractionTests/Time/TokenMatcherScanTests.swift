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
    let fast = TokenMatcher.scan(packed, TimeLexicon.startFlags, TimeLexicon.startShapes)
    let slow = Array(word.utf8).withUnsafeBufferPointer {
      TokenMatcher.scan($0, TimeLexicon.startFlags, TimeLexicon.startShapes)
    }
    #expect(fast.length == slow.length && fast.trimmed == slow.trimmed)
    #expect(fast.dash == slow.dash && fast.lastDash == slow.lastDash && fast.fiscalYear == slow.fiscalYear)
    #expect(fast.flags == slow.flags)
  }

  @Test func onlyShortASCIIStringsArePacked() {
    #expect(ASCIIWord(smallASCII: "abcdefghijklmnop", layoutHolds: true) == nil)
    #expect(ASCIIWord(smallASCII: "café", layoutHolds: true) == nil)
    #expect(ASCIIWord(smallASCII: "abc", layoutHolds: false) == nil)
    #expect(ASCIIWord(smallASCII: "abc", layoutHolds: ASCIIWord.layoutHolds)?.count == 3)
  }
}
