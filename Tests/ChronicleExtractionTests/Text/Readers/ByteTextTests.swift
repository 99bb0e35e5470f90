import Testing

@testable import ChronicleExtraction

@Suite struct ByteTextTests {
  /// Texts with the searched byte before, inside and after the first eight-byte words,
  /// and at the very end, checked against a plain byte-by-byte search.
  static let texts: [String] = {
    var texts = ["", "a", "plain ASCII text with no hits", "é", "naïve", "日本語", "line\r\nend", "&amp;"]
    for length in [1, 7, 8, 9, 15, 16, 17, 31] {
      let pad = String(repeating: "w", count: length - 1)
      texts += [pad + "é", pad + "\r", pad + "&", "é" + pad, pad + "\r" + pad, pad + "&" + pad + "ü"]
    }
    return texts
  }()

  @Test(arguments: texts)
  func firstNonASCIIMatchesAPlainSearch(_ text: String) {
    let expected = Array(text.utf8).firstIndex(where: { $0 >= 0x80 })
    #expect(ByteText.firstNonASCII(text) == expected)
  }

  @Test(arguments: texts)
  func containsMatchesAPlainSearch(_ text: String) {
    for byte: UInt8 in [0x0D, 0x26, 0x0A, 0xC3, 0x00] {
      #expect(ByteText.contains(byte, in: text) == text.utf8.contains(byte), "byte \(byte) in \(text.debugDescription)")
    }
  }

  @Test func trimmedReturnsTheSameTextWhenNothingIsTrimmed() {
    #expect(ByteText.trimmed("  body\n") == "body")
    #expect(ByteText.trimmed("\u{00A0}body\u{3000}") == "body")
    #expect(ByteText.trimmed("body") == "body")
    #expect(ByteText.trimmed(" \t ") == "")
  }
}
