import Testing

@testable import ChronicleExtraction

@Suite struct MarkdownReaderTests {
  @Test func frontMatter() throws {
    let text = """
      ---
      title: "Rail strike called off"
      date: 2023-04-02
      source: 'Metro Courier'
      url: https://example.net/rail
      tags: [transport, labor]
      ---

      # Rail strike called off

      Unions *accepted* the offer on **Sunday** night.
      """
    let a = try readArticle(text, name: "strike.md")
    #expect(a.format == .markdown)
    #expect(a.title == "Rail strike called off")
    #expect(a.published?.iso == "2023-04-02")
    #expect(a.source == "Metro Courier")
    #expect(a.url == "https://example.net/rail")
    #expect(a.body == "Unions accepted the offer on Sunday night.")
  }

  @Test func tomlFrontMatter() throws {
    let a = try readArticle("+++\ntitle = \"Port reopens\"\npublished = \"2020-06-01\"\n+++\nShips docked again.", name: "p.md")
    #expect(a.title == "Port reopens")
    #expect(a.published?.iso == "2020-06-01")
    #expect(a.body == "Ships docked again.")
  }

  @Test func firstHeadingIsTitleAndHeaderLinesAreRead() throws {
    let a = try readArticle("# Talks resume\nPublished: March 3, 2021\n\nDelegates met again.\n\n## Background\n\nThe talks stalled in May.", name: "t.md")
    #expect(a.title == "Talks resume")
    #expect(a.published?.iso == "2021-03-03")
    #expect(a.body == "Delegates met again.\nBackground\nThe talks stalled in May.")
  }

  @Test func setextHeading() throws {
    let a = try readArticle("Dam inspection ordered\n======================\n\nEngineers arrive Monday.\n\nDetails\n-------\nMore below.", name: "d.md")
    #expect(a.title == "Dam inspection ordered")
    #expect(a.body == "Engineers arrive Monday.\nDetails\nMore below.")
  }

  /// Inline markup is stripped; the text stays.
  @Test(arguments: [
    ("The *minister* resigned.", "The minister resigned."),
    ("The **minister** resigned.", "The minister resigned."),
    ("The _minister_ and __deputy__ resigned.", "The minister and deputy resigned."),
    ("Use snake_case_names here.", "Use snake_case_names here."),
    ("Prices fell ~~sharply~~ slightly.", "Prices fell sharply slightly."),
    ("Read [the report](https://example.com/r \"Report\") today.", "Read the report today."),
    ("Read [the *full* report][ref] today.", "Read the full report today."),
    ("See ![a chart](chart.png) below.", "See below."),
    ("Run `make all` first.", "Run make all first."),
    ("A note[^1] here.", "A note here."),
    ("Visit <https://example.com> now.", "Visit https://example.com now."),
    ("It was <em>very</em> late.", "It was very late."),
    ("Keep <!-- hidden --> this.", "Keep this."),
    ("Tom &amp; Jerry &mdash; again", "Tom & Jerry — again"),
    ("Escaped \\*stars\\* stay.", "Escaped *stars* stay."),
    ("Five * three is fifteen.", "Five * three is fifteen."),
    ("a < b and c > d", "a < b and c > d"),
  ])
  func inlineMarkup(markdown: String, text: String) throws {
    let a = try readArticle("# Title\n\n" + markdown, name: "x.md")
    #expect(a.body == text)
  }

  @Test func blocks() throws {
    let text = """
      # Summit ends

      Leaders agreed on
      three points:

      - more *aid*
      * fewer tariffs
      1. a new treaty
      - [x] signed

      > The deal is fair,
      > one envoy said.

      ```swift
      let code = "dropped"
      ```

      ---

      [ref]: https://example.com/ref

      | Country | Vote |
      |---------|:----:|
      | North   | yes  |

      <!-- a comment
      over two lines -->
      The end.
      """
    let a = try readArticle(text, name: "s.md")
    #expect(a.title == "Summit ends")
    #expect(
      a.body == """
        Leaders agreed on three points:
        more aid
        fewer tariffs
        a new treaty
        signed
        The deal is fair, one envoy said.
        Country; Vote
        North; yes
        The end.
        """)
  }

  @Test func sniffedWithoutExtension() throws {
    let a = try readArticle("# Heading here\n\nSome **bold** text.", name: "notes")
    #expect(a.format == .markdown)
    #expect(a.body == "Some bold text.")
  }
}
