import ChronicleExport
import ChronicleExtraction
import Foundation
import Testing

@Suite struct TimelineJSTests {
  typealias P = DateParts

  @Test(arguments: [
    ("2023-03-06", P(year: 2023, month: 3, day: 6), nil, nil),
    ("2023-02", P(year: 2023, month: 2), nil, nil),
    ("2023", P(year: 2023), nil, nil),
    ("2023-W11", P(year: 2023, month: 3, day: 13), P(year: 2023, month: 3, day: 19), "Week 11, 2023"),
    ("2023-W11-WE", P(year: 2023, month: 3, day: 18), P(year: 2023, month: 3, day: 19), "Weekend of 18 March 2023"),
    ("2023-Q2", P(year: 2023, month: 4), P(year: 2023, month: 6), "Q2 2023"),
    ("2023-H2", P(year: 2023, month: 7), P(year: 2023, month: 12), "H2 2023"),
    ("2022-SU", P(year: 2022, month: 6), P(year: 2022, month: 8), "Summer 2022"),
    ("2022-FA", P(year: 2022, month: 9), P(year: 2022, month: 11), "Autumn 2022"),
    ("2023-03-15TMO", P(year: 2023, month: 3, day: 15), nil, "15 March 2023, morning"),
    ("2023-03-15T09:30", P(year: 2023, month: 3, day: 15, hour: 9, minute: 30), nil, nil),
    ("202", P(year: 2020), P(year: 2029), "2020s"),
    ("19", P(year: 1900), P(year: 1999), "1900–1999"),
  ] as [(String, DateParts, DateParts?, String?)])
  func datesKeepOnlyTheirKnownParts(value: String, start: DateParts, end: DateParts?, label: String?) throws {
    let parts = try #require(DateParts.of(value: value, range: TimexValue.range(of: value)))
    #expect(parts.start == start)
    #expect(parts.end == end)
    #expect(parts.label == label)
  }

  @Test func undatedValuesHaveNoParts() {
    #expect(DateParts.of(value: nil, range: nil) == nil)
    #expect(DateParts.of(value: "XXXX-WXX-1", range: TimexValue.range(of: "XXXX-WXX-1")) == nil)
  }

  static func slides(_ json: String) throws -> [J] { try J.parse(json)["events"]?.array ?? [] }

  @Test func undatedEventsAreLeftOutAndCounted() throws {
    let slides = try Self.slides(TimelineJSExport.json(FormatFixtures.timeline))
    #expect(slides.count == FormatFixtures.timeline.count - 1)
    #expect(TimelineJSExport.undatedCount(FormatFixtures.timeline) == 1)
    #expect(!slides.contains { $0["unique_id"]?.string == "7" })
  }

  @Test func slidesCarryDatesIdsGroupsAndHeadlines() throws {
    let slides = try Self.slides(TimelineJSExport.json(FormatFixtures.timeline))
    let week = try #require(slides.first { $0["unique_id"]?.string == "30" })
    #expect(week["start_date"] == J.object([("day", .number(13, isInteger: true)), ("month", .number(3, isInteger: true)), ("year", .number(2023, isInteger: true))]))
    #expect(week["end_date"]?["day"]?.int == 19)
    #expect(week["display_date"]?.string == "Week 11, 2023")
    #expect(week["group"]?.string == "THREATEN")
    let headline = try #require(week["text"]?["headline"]?.string)
    #expect(headline.hasPrefix("&lt;/script&gt;&lt;!-- Ωmega &#39;crew&#39; &amp;amp;, United States → United Nations"))
    #expect(headline.hasSuffix(": THREATEN (threatened)"))
    let month = try #require(slides.first { $0["unique_id"]?.string == "11" })
    #expect(month["start_date"]?["day"] == nil)
    #expect(month["end_date"] == nil)
    let planned = try #require(slides.first { $0["unique_id"]?.string == "4" })
    #expect(planned["text"]?["headline"]?.string?.hasSuffix(": SANCTION (sanction, planned)") == true)
    let clock = try #require(slides.first { $0["unique_id"]?.string == "36" })
    #expect(clock["start_date"]?["hour"]?.int == 9 && clock["start_date"]?["minute"]?.int == 30)
  }

  @Test func groupByActorUsesTheFirstSourceActor() throws {
    let slides = try Self.slides(TimelineJSExport.json(FormatFixtures.timeline, groupBy: .actor))
    func group(_ id: String) -> String? { slides.first { $0["unique_id"]?.string == id }?["group"]?.string }
    #expect(group("11") == "United Nations")
    #expect(group("3") == "Zelenskyy – Київ")
    #expect(group("34") == "United States")  // no source: the first actor
    #expect(group("33") == "No actor")
    #expect(group("30") == "&lt;/script&gt;&lt;!-- Ωmega &#39;crew&#39; &amp;amp;")
  }

  /// TimelineJS renders headline and text as HTML: only the writer's own
  /// `<p>` and `<a>` tags may appear, everything from the data is escaped, and
  /// only http(s) URLs become links.
  @Test func textIsEscapedHTML() throws {
    let slides = try Self.slides(TimelineJSExport.json(FormatFixtures.timeline))
    for slide in slides {
      var text = try #require(slide["text"]?["text"]?.string)
      text = text.replacingOccurrences(of: "<p>", with: "").replacingOccurrences(of: "</p>", with: "")
        .replacingOccurrences(of: "</a>", with: "")
      if let a = text.range(of: "<a href=\"") {
        let close = try #require(text.range(of: "\">", range: a.upperBound..<text.endIndex))
        text.removeSubrange(a.lowerBound..<close.upperBound)
      }
      #expect(!text.contains("<") && !text.contains(">"), "\(text)")
      let headline = slide["text"]?["headline"]?.string ?? ""
      #expect(!headline.contains("<"))
    }
    let hostile = try #require(slides.first { $0["unique_id"]?.string == "30" }?["text"]?["text"]?.string)
    #expect(hostile.contains("&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(!hostile.contains("href"))  // javascript: URL not linked
    let linked = try #require(slides.first { $0["unique_id"]?.string == "35" }?["text"]?["text"]?.string)
    #expect(linked.contains("<a href=\"http://example.com/x?a=&lt;b&gt;&amp;c=&#39;d&#39;\""))
    #expect(linked.contains(">Weekly &lt;round-up&gt;</a>"))
  }
}
