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

  /// `isBinary` against its definition (a NUL in the first 8 KiB, or more than 10%
  /// control bytes other than tab, LF, CR and form feed), computed byte by byte.
  @Test(arguments: 0..<40)
  func binaryCheckMatchesItsDefinition(_ seed: Int) {
    var generator = SplitMix(seed: UInt64(seed))
    let count = Int(generator.next() % 300)
    let controlShare = generator.next() % 4  // 0: none … 3: many
    let bytes: [UInt8] = (0..<count).map { _ in
      let r = generator.next()
      if controlShare > 0, r % (12 / controlShare) == 0 { return UInt8((r >> 8) % 0x20) | (r % 7 == 0 ? 0 : 1) }
      if r % 50 == 1 { return 0x7F }
      return UInt8(0x20 + (r >> 16) % 0x5F)
    }
    let n = min(bytes.count, 8192)
    let plain =
      bytes[..<n].contains(0)
      || bytes[..<n].filter { ($0 < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C].contains($0)) || $0 == 0x7F }.count * 10 > n
    #expect(InputDecoding.isBinary(bytes) == plain)
  }

  struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }
}
