import ChronicleExtraction
import Testing

@Suite struct OffsetMapTests {
  /// Every byte offset that starts a code point (and the end) maps to the number of code
  /// points before it, computed here the slow way; offsets outside the text are clamped.
  @Test(arguments: [
    "", "plain ASCII text", "é", "Zürich talks", "ASCII first, then Kyiv → Kharkiv",
    "😀 at the start", "mixed: naïve café — “quotes” and 日本語 at the end 日本",
    // The first non-ASCII byte at each place in and after the first eight-byte words.
    "1234567é", "12345678é", "123456789é", String(repeating: "x", count: 23) + "ü tail",
  ])
  func mapsEveryScalarBoundary(_ text: String) {
    let map = OffsetMap(text)
    var byte = 0
    for (n, scalar) in text.unicodeScalars.enumerated() {
      #expect(map.characterOffset(byte) == n, "byte \(byte) of \(text)")
      byte += String(scalar).utf8.count
    }
    let scalars = text.unicodeScalars.count
    #expect(map.characterOffset(byte) == scalars)
    #expect(map.characterOffset(byte + 10) == scalars)
    #expect(map.characterOffset(-3) == 0)
  }
}
