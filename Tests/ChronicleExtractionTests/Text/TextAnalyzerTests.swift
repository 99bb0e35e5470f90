import Foundation
import Testing

@testable import ChronicleExtraction

@Suite struct TextAnalyzerTests {
  /// Tokens' strings written as small strings' words equal, bit for bit, strings built the
  /// ordinary way from the same bytes (and so compare, hash and print like them).
  @Test func shortASCIITokenStringsAreOrdinarySmallStrings() {
    let text = "Mr. O'Brien didn't say: \"U.S. officials met 1,000 Iranians in Tehran.\" Fifteen-bytes!! ABCDEFGHIJKLMNOP é"
    let analyzed = TextAnalyzer().analyze(text, headlineLength: 0)
    let bytes = Array(text.utf8)
    var checked = 0
    for token in analyzed.sentences.flatMap(\.tokens) {
      let written = String(decoding: bytes[token.span.start..<token.span.end], as: UTF8.self)
      #expect(token.text == written)
      let lower = written.lowercased()
      #expect(token.lower == lower)
      guard written.utf8.count <= 15, written.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
      #expect(unsafeBitCast(token.text, to: (UInt64, UInt64).self) == unsafeBitCast(written, to: (UInt64, UInt64).self))
      let lowerBuilt = String(decoding: Array(lower.utf8), as: UTF8.self)
      #expect(unsafeBitCast(token.lower, to: (UInt64, UInt64).self) == unsafeBitCast(lowerBuilt, to: (UInt64, UInt64).self))
      checked += 1
    }
    #expect(checked > 15)
  }

  /// A line with more tokens than the line buffer reserves ahead (65,536) grows the buffer and
  /// keeps every token; a shorter line after it is read with the grown buffer.
  @Test func aLineLongerThanTheReservedBufferKeepsEveryToken() {
    let words = 70_000
    let text = String(repeating: "a, ", count: words) + "end\nTalks resumed on Monday."
    let analyzed = TextAnalyzer().analyze(text, headlineLength: 0)
    let tokens = analyzed.sentences.flatMap(\.tokens)
    #expect(tokens.count == 2 * words + 1 + 5)
    #expect(tokens.last?.text == ".")
    #expect(tokens[2 * words].text == "end")
  }

  let analyzer = TextAnalyzer()

  /// Sentences are written separated by " | " in the marked-up text.
  @Test(arguments: [
    "Officials met in Geneva on Tuesday. | The talks ended early.",
    "Sen. Smith spoke with Mr. Jones at 9 a.m. on Friday. | Nobody else came.",
    "The deal was signed in the U.S. on Monday. | The U.S. | The end.",
    "\"We will respond,\" the minister said. | He did not say how.",
    "Prices rose 3.5% to $1,200.50 in 2021! | Why? | Nobody knows.",
    "They said... that it would rain. | It did not.",
    "He said: \"It is over.\" | Then he left.",
    "Talks with the U.S. failed.",
    // Typewriter quotes (``…'') as wire copy writes them
    "The crowd gathered Monday. | ``We will stay,'' one man said. | Police left.",
    "``It is over.'' | Then he left.",
  ])
  func splitsSentences(markup: String) {
    let expected = markup.components(separatedBy: " | ")
    let text = expected.joined(separator: " ")
    let result = analyzer.analyze(text, headlineLength: 0)
    #expect(result.sentences.map(\.text) == expected)
  }

  @Test func everyLineIsAParagraphAndTheHeadlineIsOneSentence() {
    let text = "Talks fail. Again\n\nFirst line here. Second one.\nThird."
    let result = analyzer.analyze(text, headlineLength: "Talks fail. Again".utf8.count)
    #expect(result.sentences.map(\.text) == ["Talks fail. Again", "First line here.", "Second one.", "Third."])
    #expect(result.sentences.map(\.isHeadline) == [true, false, false, false])
    #expect(result.sentences.map(\.paragraph) == [0, 1, 1, 2])
  }

  /// Tokens are written separated by spaces; `_` joins a token that contains a space in the text.
  @Test(arguments: [
    ("Jean-Pierre said Biden's plan failed.", "Jean-Pierre said Biden 's plan failed ."),
    ("They don't know O'Brien.", "They do n't know O'Brien ."),
    ("The Shahed-136 drones cost $20,000 each.", "The Shahed-136 drones cost $ 20,000 each ."),
    ("In the 1990s, U.S. troops left.", "In the 1990s , U.S. troops left ."),
    ("“Iran lied,” she said…", "“ Iran lied , ” she said …"),
    ("twenty-five years — since 1999", "twenty-five years — since 1999"),
    ("Zelenskyy visited Київ.", "Zelenskyy visited Київ ."),
  ])
  func tokenizes(text: String, expected: String) {
    let result = analyzer.analyze(text, headlineLength: 0)
    let tokens = result.sentences.flatMap(\.tokens).map(\.text)
    #expect(tokens == expected.split(separator: " ").map(String.init))
  }

  @Test func spansAreUTF8ByteOffsetsIntoTheText() {
    let text = "Київ: Russia struck “Kyiv” again."
    let result = analyzer.analyze(text, headlineLength: 0)
    let bytes = Array(text.utf8)
    for token in result.sentences.flatMap(\.tokens) {
      #expect(String(decoding: bytes[token.span.start..<token.span.end], as: UTF8.self) == token.text)
    }
    let russia = result.sentences[0].tokens.first { $0.text == "Russia" }
    #expect(russia?.lower == "russia")
    #expect(russia?.isCapitalized == true)
    #expect(OffsetMap(text).characterOffset(russia!.span.start) == 6)
  }

  @Test func findsQuotedPassages() {
    let text = "\"We have warned them,\" she said, \"and we will act.\""
    let sentence = analyzer.analyze(text, headlineLength: 0).sentences[0]
    let bytes = Array(text.utf8)
    let quoted = sentence.quotes.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    #expect(quoted == ["We have warned them,", "and we will act."])
  }

  @Test func findsTypewriterQuotedPassages() {
    let text = "``We have warned them,'' she said, ``and we will act.''"
    let sentence = analyzer.analyze(text, headlineLength: 0).sentences[0]
    let bytes = Array(text.utf8)
    let quoted = sentence.quotes.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    #expect(quoted == ["We have warned them,", "and we will act."])
    let marks: [String] = sentence.tokens.map(\.text).filter { (t: String) -> Bool in t == "``" || t == "''" }
    #expect(marks == ["``", "''", "``", "''"])
  }

  /// Line breaks (LF, U+2028, U+2029) are found at every position relative to the
  /// eight-byte steps of the scan, also near the end, and a lone E2 byte (other
  /// non-ASCII text such as "–" or "…") is not one.
  @Test(arguments: ["\n", "\u{2028}", "\u{2029}"])
  func findsLineBreaksAtEveryOffset(lineBreak: String) {
    for length in 1...20 {
      let first = String(repeating: "a", count: length) + " – b…"
      for tail in ["Done", "x"] {
        let result = analyzer.analyze(first + lineBreak + tail, headlineLength: 0)
        #expect(result.sentences.map(\.text) == [first, tail], "\(length)")
        #expect(result.sentences.map(\.paragraph) == [0, 1])
      }
    }
  }

  /// Tokens of ASCII, non-ASCII and mixed-case text: text, lower-casing and capitals.
  @Test func tokensKeepTextAndLowerCase() {
    let result = analyzer.analyze("Ébène met McDONALD and élan in KYIV's Київ", headlineLength: 0)
    let tokens = result.sentences.flatMap(\.tokens)
    #expect(tokens.map(\.text) == ["Ébène", "met", "McDONALD", "and", "élan", "in", "KYIV", "'s", "Київ"])
    #expect(tokens.map(\.lower) == ["ébène", "met", "mcdonald", "and", "élan", "in", "kyiv", "'s", "київ"])
    #expect(tokens.map(\.isCapitalized) == [true, false, true, false, false, false, true, false, true])
  }

  /// Short ASCII words made from their bytes equal the ordinary strings, at every length
  /// and with every byte class (edges of A–Z, punctuation, digits), read whole or byte by byte.
  @Test func asciiWordsEqualOrdinaryStrings() {
    #expect(ASCIIWord.layoutHolds)
    let alphabet = Array("@AZ[`az{09 .'-~\u{7F}Mq".utf8)
    for count in 0...15 {
      let bytes = (0..<count).map { alphabet[($0 * 7 + count) % alphabet.count] }
      let padded = bytes + [UInt8](repeating: 0x5A, count: 8)
      let expected = String(decoding: bytes, as: UTF8.self)
      let lower = String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
      for readable in [count, count + 8] {
        padded.withUnsafeBufferPointer { p in
          let word = ASCIIWord(p.baseAddress!, count: count, readable: readable)
          #expect(word.isASCII)
          #expect(word.hasUppercase == bytes.contains { $0 >= 0x41 && $0 <= 0x5A })
          for direct in [true, false] {
            let made = word.string(direct: direct)
            #expect(made == expected && made.utf8.elementsEqual(bytes) && made.count == count)
            #expect(made.hashValue == expected.hashValue)
            #expect(word.lowercased.string(direct: direct) == lower)
          }
        }
      }
    }
    let accented = Array("café".utf8)
    accented.withUnsafeBufferPointer { #expect(!ASCIIWord($0.baseAddress!, count: $0.count, readable: $0.count).isASCII) }
  }

  /// Listed abbreviations keep their period in any case; other words and non-ASCII look-alikes do not.
  @Test(arguments: [
    ("Gov. Smith left.", "Gov."), ("MR. SMITH left.", "MR."), ("It was Inc. and more.", "Inc."),
    ("The Approx. cost.", "Approx."), ("Messrs. Smith left.", "Messrs."), ("The Apple. Pie.", "Apple"),
    ("The Café. Pie.", "Café"), ("The Messrss. Pie.", "Messrss"),
  ])
  func listedAbbreviationsKeepTheirPeriod(text: String, token: String) {
    let tokens = analyzer.analyze(text, headlineLength: 0).sentences.flatMap(\.tokens).map(\.text)
    #expect(tokens.contains(token), "\(tokens)")
  }

  /// The eight-byte letter run stops where the byte-by-byte test does, for every byte value
  /// at every position (bytes after it arbitrary, non-ASCII ones included).
  @Test func letterRunsOfEightBytes() {
    func isLetterOrDigit(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 }
    let fillers: [UInt8] = [0x61, 0x5A, 0x39, 0xFF, 0xE2, 0x7B]
    for position in 0..<8 {
      for value in 0...255 {
        for filler in fillers {
          var bytes = [UInt8](repeating: filler, count: 8)
          for k in 0..<position { bytes[k] = UInt8(ascii: "a") + UInt8(k) }
          bytes[position] = UInt8(value)
          let expected = bytes.firstIndex { !isLetterOrDigit($0) } ?? 8
          let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
          #expect(TextAnalyzer.letterOrDigitRun(word) == expected, "\(bytes)")
        }
      }
    }
  }

  @Test func emptyAndWhitespaceTextHaveNoSentences() {
    #expect(analyzer.analyze("", headlineLength: 0).sentences.isEmpty)
    #expect(analyzer.analyze(" \n\n \t", headlineLength: 0).sentences.isEmpty)
  }
}
