import ChronicleExport
import Foundation
import Testing

@Suite struct FormatGoldenTests {
  @Test(arguments: FormatOutput.allCases)
  func matchesGoldenFile(output: FormatOutput) {
    Golden.check(output.render(), output.rawValue)
  }

  @Test(arguments: FormatOutput.allCases)
  func isDeterministicAndEndsWithOneNewline(output: FormatOutput) {
    let s = output.render()
    #expect(s == output.render())
    #expect(s.hasSuffix("\n") && !s.hasSuffix("\n\n"))
  }

  @Test(arguments: FormatOutput.allCases.filter { $0.schema != nil })
  func satisfiesItsSchema(output: FormatOutput) throws {
    let schema = try J.parse(
      String(decoding: try Data(contentsOf: Golden.schemas.appendingPathComponent(output.schema!)), as: UTF8.self))
    let errors = SchemaValidator(root: schema).validate(try J.parse(output.render()))
    #expect(errors.isEmpty, "\(output.rawValue): \(errors.prefix(10).joined(separator: "; "))")
  }

  /// No output holds a raw control character other than tab and line feed
  /// (HTML and XML forbid most of them; the TSV would break).
  @Test(arguments: FormatOutput.allCases)
  func hasNoRawControlCharacters(output: FormatOutput) {
    let bad = output.render().unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F
    }
    #expect(bad.isEmpty, "\(output.rawValue): \(bad.map { String($0.value, radix: 16) })")
  }

  @Test(arguments: [
    ("plain Київ", "plain Київ", "plain Київ"),
    ("a & b < c > d", "a &amp; b &lt; c &gt; d", "a &amp; b &lt; c &gt; d"),
    ("\"q\" 'a'", "&quot;q&quot; &#39;a&#39;", "&quot;q&quot; &#39;a&#39;"),
    ("</script> -->", "&lt;/script&gt; --&gt;", "&lt;/script&gt; --&gt;"),
    ("tab\tnl\ncr\r", "tab&#9;nl&#10;cr&#13;", "tab\tnl\ncr&#13;"),
    ("nul\u{0}bell\u{7}esc\u{1B}", "nul\u{FFFD}bell\u{FFFD}esc\u{FFFD}", "nul\u{FFFD}bell\u{FFFD}esc\u{FFFD}"),
    ("nonchar\u{FFFE}\u{FFFF}", "nonchar\u{FFFD}\u{FFFD}", "nonchar\u{FFFD}\u{FFFD}"),
    ("😀 \u{2028}", "😀 \u{2028}", "😀 \u{2028}"),
  ])
  func markupEscaping(input: String, attribute: String, content: String) {
    #expect(Markup.escape(input) == attribute)
    #expect(Markup.escape(input, attribute: false) == content)
  }

  @Test(arguments: [
    ("https://example.org/a?x=1", true), ("HTTP://EXAMPLE.ORG", true), ("javascript:alert(1)", false),
    ("data:text/html,x", false), ("//example.org", false), ("https://a b", false), ("ftp://x", false),
  ])
  func onlyWebURLsBecomeLinks(url: String, linked: Bool) {
    #expect(Markup.isWebURL(url) == linked)
  }

  @Test func scriptSafeJSONKeepsTheData() throws {
    let json = JSONValue.object([("s", .string("</script><!-- & > \u{2028}"))]).render(pretty: false)
    let safe = Markup.scriptSafeJSON(json)
    #expect(!safe.contains("<") && !safe.contains(">") && !safe.contains("&"))
    #expect(try J.parse(safe) == J.parse(json))
  }
}
