import ChronicleExport
import ChronicleExtraction
import Testing

/// Runs the real pipeline on an invented article and checks the exported JSON
/// against the schema: whatever the extraction stages produce must fit it.
@Suite struct RealExtractionTests {
  static let article = Article(
    id: "export-test", title: "Minister “rejects” claims – Київ responds",
    body: """
      Ukraine's foreign minister on Tuesday rejected claims by Russia that Kyiv had attacked a convoy \
      near the border. "We did not strike anything," he said in Київ.

      Officials in Moscow said on 3 March they would respond & <warned> --> of "consequences" \\ soon.
      """,
    published: CivilDate(year: 2023, month: 3, day: 9), url: "https://example.org/x?a=1&b=2",
    source: "Example Wire", origin: "tests/export.txt", format: .text)

  @Test(arguments: [true, false])
  func realExtractionSatisfiesTheSchema(pretty: Bool) throws {
    let result = Extractor().extract(Self.article)
    let json = ExtractionExport.json(result, pretty: pretty)
    let doc = try J.parse(json)
    let schema = try SchemaTests.schema("extract.schema.json")
    let errors = SchemaValidator(root: schema).validate(doc)
    #expect(errors.isEmpty, "\(errors.prefix(10))")

    let scalars = Array(try #require(doc["text"]?.string).unicodeScalars)
    #expect(scalars.count == result.text.text.unicodeScalars.count)
    func slice(_ item: J) -> String? {
      guard let s = item["start"]?.int, let e = item["end"]?.int, 0 <= s, s <= e, e <= scalars.count else {
        return nil
      }
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[s..<e])
      return String(v)
    }
    for item in doc["sentences"]?.array ?? [] { #expect(slice(item) != nil) }
    for key in ["times", "mentions"] {
      for item in doc[key]?.array ?? [] { #expect(slice(item) == item["text"]?.string, "\(key) \(item)") }
    }
    for item in doc["events"]?.array ?? [] { #expect(slice(item) == item["trigger"]?.string, "\(item)") }
    // The text writer copes with whatever came out.
    #expect(ExtractionExport.text(result).hasPrefix("Document  export-test\n"))
  }
}
