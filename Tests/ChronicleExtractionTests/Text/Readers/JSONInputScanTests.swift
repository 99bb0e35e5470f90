import Foundation
import Testing

@testable import ChronicleExtraction

/// The JSON reader's and the binary check's eight-bytes-a-step scans, checked against
/// plain answers with the interesting byte at every place around the word boundaries.
@Suite struct JSONInputScanTests {
  /// JSON string bodies (between the quotes) with an escape or a non-ASCII character
  /// at each offset 0–19 of a 20-byte run of letters.
  static let bodies: [String] = {
    var bodies = ["", "plain", "naïve café — “quotes” 日本"]
    let inserts = [#"\n"#, #"\""#, #"\\"#, #"\u00e9"#, #"\ud83d\ude00"#, "é", #"\t\/"#]
    for insert in inserts {
      for at in 0..<20 {
        let letters = Array(repeating: "a", count: 20).joined()
        let cut = letters.index(letters.startIndex, offsetBy: at)
        bodies.append(String(letters[..<cut]) + insert + String(letters[cut...]) + insert)
      }
    }
    return bodies
  }()

  @Test(arguments: bodies)
  func stringsDecodeAsFoundationDecodesThem(_ body: String) throws {
    let json = Array("[\"\(body)\"]".utf8)
    let expected = try #require(JSONSerialization.jsonObject(with: Data(json)) as? [String])
    #expect(try JSONInputParser.parse(json) == .array([.string(expected[0])]))
  }

  @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 17])
  func controlCharacterInsideAStringIsRejected(_ at: Int) {
    let json = Array("[\"".utf8) + Array(repeating: UInt8(ascii: "a"), count: at) + [0x0A] + Array("b\"]".utf8)
    #expect(throws: JSONInputError.self) { try JSONInputParser.parse(json) }
  }

  /// Inputs for the binary check: text with one NUL, DEL or other control byte at each
  /// place around the first words, and texts whose share of control bytes crosses 10%.
  static let binaryInputs: [[UInt8]] = {
    let text = Array("The talks resumed on Monday in Vienna, officials said.".utf8)
    var inputs: [[UInt8]] = [[], text, Array(repeating: 0x20, count: 9000) + [0x00]]
    for at in 0..<20 {
      for byte: UInt8 in [0x00, 0x01, 0x7F, 0x09, 0x0C, 0x1B] {
        var t = text
        t[at] = byte
        inputs.append(t)
      }
    }
    for controls in [4, 5, 6, 7] {  // 5 of 54 bytes is below 10%, 6 above
      var t = text
      for k in 0..<controls { t[k * 8 + 1] = 0x01 }
      inputs.append(t)
    }
    return inputs
  }()

  /// `isBinary` against its definition (a NUL in the first 8 KiB, or more than 10%
  /// control bytes other than tab, LF, CR and form feed), computed byte by byte.
  @Test(arguments: binaryInputs)
  func binaryCheckMatchesItsDefinition(_ bytes: [UInt8]) {
    let n = min(bytes.count, 8192)
    let plain =
      bytes[..<n].contains(0)
      || bytes[..<n].filter { ($0 < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C].contains($0)) || $0 == 0x7F }.count * 10 > n
    #expect(InputDecoding.isBinary(bytes) == plain)
  }
}

/// JSON Lines read a slice of lines at a time give what one read gives, whatever the slice size.
@Suite struct JSONLinesSliceTests {
  static let bytes: [UInt8] = {
    var lines: [String] = []
    for n in 0..<12 {
      lines.append(#"{"id": "a\#(n)", "text": "Talks resumed on Monday.\nIran said so.", "published": "2024-03-0\#(1 + n % 9)"}"#)
    }
    lines[3] = #"{"text": broken"#
    lines[7] = "[1, 2]"
    lines[9] = "   "
    return Array((lines.joined(separator: "\n") + "\n").utf8)
  }()

  @Test(arguments: [1, 7, 64, 150, 1000, Int.max])
  func slicesGiveTheArticlesProblemsAndLineNumbersOfOneRead(_ sliceBytes: Int) throws {
    let whole = try ArticleReader().read(bytes: Self.bytes, path: "news.jsonl")
    #expect(whole.articles.count == 9)
    #expect(whole.problems.count == 2)
    var articles: [Article] = []
    var deliveries = 0
    let sliced = try #require(
      ArticleReader.readJSONLines(Self.bytes, path: "news.jsonl", sliceBytes: sliceBytes) {
        articles += $0
        deliveries += 1
        return true
      })
    #expect(articles == whole.articles)
    #expect(sliced.problems == whole.problems)
    #expect(sliced.warnings == whole.warnings)
    #expect(articles.map(\.origin) == whole.articles.map(\.origin))
    #expect(deliveries >= (sliceBytes < 100 ? 9 : 1))
  }

  @Test func aDeliveryThatStopsEndsTheRead() {
    var deliveries = 0
    let result = ArticleReader.readJSONLines(Self.bytes, path: "news.jsonl", sliceBytes: 1) { _ in
      deliveries += 1
      return deliveries < 2
    }
    #expect(result == nil)
    #expect(deliveries == 2)
  }
}
