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
    func slice(_ start: J?, _ end: J?) -> String? {
      guard let s = start?.int, let e = end?.int, 0 <= s, s <= e, e <= scalars.count else { return nil }
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[s..<e])
      return String(v)
    }
    for item in doc["sentences"]?.array ?? [] { #expect(slice(item["start"], item["end"]) != nil) }
    for key in ["timexes", "actors"] {
      for item in doc[key]?.array ?? [] {
        #expect(slice(item["span"]?["start"], item["span"]?["end"]) == item["text"]?.string, "\(key) \(item)")
      }
    }
    for item in doc["events"]?.array ?? [] {
      let trigger = item["trigger"]
      #expect(slice(trigger?["span"]?["start"], trigger?["span"]?["end"]) == trigger?["text"]?.string, "\(item)")
    }
    // The real pipeline fills every part of the contract on this article.
    #expect(doc["timexes"]?.array?.isEmpty == false)
    #expect(doc["actors"]?.array?.isEmpty == false)
    #expect(doc["entities"]?.array?.isEmpty == false)
    #expect(doc["events"]?.array?.isEmpty == false)
    let ids = Set((doc["actors"]?.array ?? []).compactMap { $0["id"]?.string })
    let entityIDs = Set((doc["entities"]?.array ?? []).compactMap { $0["id"]?.string })
    for mention in doc["actors"]?.array ?? [] {
      #expect(entityIDs.contains(mention["actor"]?.string ?? ""), "\(mention)")
      let confidence = mention["confidence"]?.number ?? -1
      #expect(confidence > 0 && confidence <= 1)
    }
    for event in doc["events"]?.array ?? [] {
      for role in ["source", "target", "other"] {
        for a in event[role]?.array ?? [] { #expect(ids.contains(a["mention"]?.string ?? ""), "\(a)") }
      }
    }
    // The text writer copes with whatever came out.
    #expect(ExtractionExport.text(result).hasPrefix("Document  export-test\n"))
  }
}
