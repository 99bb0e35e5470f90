@testable import ChronicleExport
import ChronicleExtraction
import Testing

/// `ExtractionExport.json` streams its output without building a `JSONValue`; it must
/// give exactly the bytes of rendering `ExtractionExport.value` (sorted keys, layout).
@Suite struct ExtractionJSONWriterTests {
  /// Real extractions (events with arguments, attributions, parents, timexes with
  /// intervals) and the hand-made fixture (escapes, U+2028, missing fields).
  static var results: [ExtractionResult] {
    let extractor = Extractor()
    var results = [Fixtures.extraction, extractor.extract(RealExtractionTests.article)]
    let undated = Article(
      title: nil, body: "Iran said on Friday it would resume talks with the United States.", published: nil,
      format: .text)
    results.append(extractor.extract(undated))
    results.append(extractor.extract(Article(title: "", body: "", published: nil, format: .text)))
    var dangling = extractor.extract(RealExtractionTests.article)
    if !dangling.events.isEmpty {
      dangling.events[0].parent = 99
      dangling.events[0].time = 99
      dangling.events[0].attributedTo = 99
    }
    results.append(dangling)
    return results
  }

  @Test(arguments: [true, false])
  func streamedJSONEqualsTheRenderedValue(pretty: Bool) {
    for result in Self.results {
      #expect(ExtractionExport.json(result, pretty: pretty) == ExtractionExport.value(result).render(pretty: pretty))
    }
  }
}

/// The eight-bytes-at-a-time scan for clean runs finds every byte that needs escaping,
/// wherever it falls in a word, against a byte-by-byte reference.
@Suite struct JSONEscapeScanTests {
  static func reference(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar.value {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x08: out += "\\b"
      case 0x0C: out += "\\f"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0..<0x20, 0x7F, 0x2028, 0x2029:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  @Test(arguments: ["\"", "\\", "\n", "\u{01}", "\u{7F}", "\u{2028}", "\u{2029}", "–", "…", "é", "😀"])
  func specialsAtEveryOffset(special: String) {
    for before in 0...17 {
      for after in [0, 1, 7, 9] {
        let s = String(repeating: "a", count: before) + special + String(repeating: "b", count: after)
        #expect(JSONValue.escaped(s) == Self.reference(s), "\(before) \(after)")
      }
    }
  }

  @Test func streamedStringsEscapeLikeRenderedOnes() {
    var w = JSONWriter(pretty: false)
    w.beginArray()
    let samples = ["", "plain text that is long enough for several words", "tab\there \"q\" \u{2028} – end\u{7F}"]
    for s in samples { w.string(s) }
    w.endArray()
    #expect(w.finish() == JSONValue.array(samples.map { .string($0) }).render(pretty: false))
  }
}

/// The writer's short paths give exactly the bytes of the general ones.
@Suite struct JSONWriterShortPathTests {
  /// Copies of every length up to past the two-word limit, keys included.
  @Test func copiesOfEveryLength() {
    let source = Array((0..<40).map { UInt8(ascii: "a") + UInt8($0 % 26) })
    for n in 0...source.count {
      var bytes = JSONBytes(capacity: 1)
      bytes.append(UInt8(ascii: "<"))
      source.withUnsafeBufferPointer { bytes.append(UnsafeBufferPointer(rebasing: $0[0..<n])) }
      bytes.append(UInt8(ascii: ">"))
      #expect(bytes.string() == "<" + String(decoding: source[0..<n], as: UTF8.self) + ">", "\(n)")
    }
    let keys: [StaticString] = ["", "a", "id", "end", "code", "actor", "events", "trigger", "sentence", "confidence",
      "time_relation", "attributed_to_x", "a_key_of_16_byte", "a_key_of_seventeen"]
    for key in keys {
      var w = JSONWriter(pretty: false)
      w.beginObject()
      w.int(key, 1)
      w.endObject()
      #expect(w.finish() == "{\"\(key)\":1}")
    }
  }

  /// Numbers with up to three decimals take the short path and write what
  /// `Double.description` writes; others are left to it.
  @Test func shortDecimalsWriteWhatDescriptionWrites() {
    var values: [Double] = [0.95, 0.5, 0.05, 0.001, 5, 10, 100.25, 999_999.999, -4, -0.875, 2.8, 7.125]
    for k in stride(from: 0, to: 2_000_000, by: 7) { values.append(Double(k) / 1000) }
    for k in stride(from: 1, to: 1_000_000_000, by: 99_991) { values.append(Double(k) / 1000) }
    var short = 0
    for d in values + values.map(-) {
      var bytes: [UInt8] = []
      if JSONWriter.appendShortDecimal(d, to: &bytes) {
        short += 1
        #expect(String(decoding: bytes, as: UTF8.self) == JSONValue.number(d), "\(d)")
      } else {
        #expect(bytes.isEmpty)
      }
    }
    #expect(short > 500_000)
    for d in [0.1 + 0.2, 1e-5, 0.0005, 1e6, 1e20, 1.0 / 3, 0.0, Double.nan, Double.infinity, 0.12345] {
      var bytes: [UInt8] = []
      #expect(!JSONWriter.appendShortDecimal(d, to: &bytes), "\(d)")
      #expect(bytes.isEmpty)
    }
  }
}
