import ChronicleExport
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
