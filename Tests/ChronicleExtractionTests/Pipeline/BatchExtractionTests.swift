import Testing

@testable import ChronicleExtraction

/// Batch extraction on every core, and a batch in flight, give what one-by-one extraction gives.
@Suite struct BatchExtractionTests {
  static let articles = (0..<12).map { n in
    Article(
      id: "a\(n)", title: "Talks \(n)",
      body: "Iran accused Russia of shelling Kyiv on Monday. Officials said talks would resume in July \(2000 + n).",
      published: CivilDate(year: 2022, month: 10, day: 17), format: .text)
  }

  @Test func batchAndInFlightEqualOneByOne() {
    let extractor = Extractor()
    let one = Self.articles.map { extractor.extract($0) }
    let batch = extractor.extract(batch: Self.articles)
    let inFlight = BatchInFlight(extractor: extractor, articles: Self.articles).wait()
    #expect(batch.map(\.documentID) == one.map(\.documentID))
    #expect(batch.map(\.contentHash) == one.map(\.contentHash))
    #expect(batch.map(\.events.count) == one.map(\.events.count))
    #expect(inFlight.map(\.contentHash) == one.map(\.contentHash))
    #expect(inFlight.map { $0.events.map(\.trigger) } == one.map { $0.events.map(\.trigger) })
    #expect(one.allSatisfy { !$0.events.isEmpty })
  }

  @Test func overridingThePublicationDate() {
    let date = CivilDate(year: 2023, month: 1, day: 2)
    let results = BatchInFlight(extractor: Extractor(), articles: Self.articles, published: date).wait()
    #expect(results.allSatisfy { $0.published == date })
  }
}
