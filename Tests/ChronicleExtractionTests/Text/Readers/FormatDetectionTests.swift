import Testing

@testable import ChronicleExtraction

@Suite struct FormatDetectionTests {
  @Test(arguments: [
    ("a.txt", ArticleFormat.text), ("a.TEXT", .text), ("dir/a.md", .markdown), ("a.markdown", .markdown),
    ("a.html", .html), ("a.HTM", .html), ("a.xhtml", .html), ("a.json", .json), ("a.jsonl", .jsonl),
    ("a.ndjson", .jsonl), ("a.tml", .timeml), ("a.timeml", .timeml),
  ])
  func byExtension(path: String, format: ArticleFormat) {
    #expect(ArticleReader.format(forPath: path) == format)
  }

  @Test(arguments: ["a", "a.xml", ".txt", "dir.md/file", "a.csv"])
  func unknownExtension(path: String) {
    #expect(ArticleReader.format(forPath: path) == nil)
  }

  @Test(arguments: [
    ("{\"text\": \"x\"}", ArticleFormat.json),
    ("  \n[{\"text\": \"x\"}]", .json),
    ("[Reuters] Markets fell today.", .text),
    ("{braces} in a sentence", .text),
    ("<?xml version=\"1.0\"?>\n<TimeML><DOCID>x</DOCID></TimeML>", .timeml),
    ("<TimeML>", .timeml),
    ("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p></body></html>", .html),
    ("<!DOCTYPE html><html></html>", .html),
    ("<p>Paragraph</p>", .html),
    ("<unknown> thing", .text),
    ("---\ntitle: x\n---\nBody", .markdown),
    ("## Section\ntext", .markdown),
    ("#hashtag news", .text),
    ("Plain headline\nBody.", .text),
    ("", .text),
  ])
  func byContent(content: String, format: ArticleFormat) {
    #expect(ArticleReader.sniffFormat(Array(content.utf8)) == format)
  }

  @Test func explicitFormatWins() throws {
    let a = try readArticle("# Not a heading in text mode\nBody.", name: "x.md", format: .text)
    #expect(a.title == "# Not a heading in text mode")
  }
}
