import Testing

@testable import ChronicleExtraction

@Suite struct JSONReaderTests {
  @Test func singleObject() throws {
    let json = """
      {"id": "doc-9", "title": "Ferry service resumes", "text": "Boats ran again on Tuesday.\\nQueues were short.",
       "published": "2022-10-17", "url": "https://example.com/ferry", "source": "Island Post"}
      """
    let a = try readArticle(json, name: "ferry.json")
    #expect(a.format == .json)
    #expect(a.id == "doc-9")
    #expect(a.title == "Ferry service resumes")
    #expect(a.body == "Boats ran again on Tuesday.\nQueues were short.")
    #expect(a.published?.iso == "2022-10-17")
    #expect(a.url == "https://example.com/ferry")
    #expect(a.source == "Island Post")
    #expect(a.origin == "ferry.json")
  }

  /// Alternative member names.
  @Test(arguments: [
    "{\"headline\": \"H\", \"body\": \"B\", \"date\": \"2021-01-02T03:04:05Z\"}",
    "{\"Headline\": \"H\", \"content\": \"B\", \"published_at\": \"2021-01-02\"}",
    "{\"title\": \"H\", \"content\": [\"B\"], \"publishedAt\": \"January 2, 2021\", \"source\": {\"id\": null, \"name\": \"S\"}}",
  ])
  func aliases(json: String) throws {
    let a = try readArticle(json, name: "a.json")
    #expect(a.title == "H")
    #expect(a.body == "B")
    #expect(a.published?.iso == "2021-01-02")
  }

  @Test func arrayOfArticles() throws {
    let json = """
      [{"title": "One", "text": "First text.", "id": 17},
       {"title": "Two", "text": ""},
       {"title": "Three", "text": "Third text.", "published": "soon"},
       "not an object",
       {"title": "Five", "text": "Fifth text.", "published": null}]
      """
    let r = try readArticles(json, name: "list.json")
    #expect(r.articles.map(\.title) == ["One", "Five"])
    #expect(r.articles.map(\.origin) == ["list.json#1", "list.json#5"])
    #expect(r.articles[0].id == "17")
    #expect(
      r.problems == [
        .noText(path: "list.json#2"), .badDate(path: "list.json#3", value: "soon"),
        .malformed(path: "list.json", line: nil, reason: "element 4 is a string, expected an article object"),
      ])
  }

  @Test func wrappedList() throws {
    let r = try readArticles("{\"status\": \"ok\", \"articles\": [{\"title\": \"A\", \"description\": \"d\", \"content\": \"C\"}]}", name: "n.json")
    #expect(r.articles.count == 1)
    #expect(r.articles[0].body == "C")
  }

  @Test func htmlInText() throws {
    let a = try readArticle("{\"text\": \"<p>First &amp; best.</p><p>Second.</p>\"}", name: "h.json")
    #expect(a.body == "First & best.\nSecond.")
  }

  @Test func escapes() throws {
    let a = try readArticle(#"{"text": "Quote \"x\" \u00e9\u2014 \ud83d\ude00 tab\tend"}"#, name: "e.json")
    #expect(a.body == "Quote \"x\" é— 😀 tab\tend")
  }

  @Test(arguments: [
    ("{\"text\": \"x\", \"published\": \"next week\"}", InputError.badDate(path: "b.json", value: "next week")),
    ("{\"text\": \"x\", \"published\": 20221017}", InputError.badDate(path: "b.json", value: "20221017")),
    ("{\"title\": \"only a title\"}", InputError.noText(path: "b.json")),
    ("{\"text\": \"   \"}", InputError.noText(path: "b.json")),
    ("[]", InputError.noText(path: "b.json")),
    ("\"just a string\"", InputError.malformed(path: "b.json", line: nil, reason: "expected an article object or an array of them, found a string")),
    ("{\"text\": \"x\",}", InputError.malformed(path: "b.json", line: 1, reason: "expected a member name in double quotes, found '}' (column 14)")),
    ("{\"text\": \"x\"\n\"title\": 1}", InputError.malformed(path: "b.json", line: 2, reason: "expected ',' or '}' after an object member, found '\"' (column 1)")),
    ("{\"text\": \"unterminated}", InputError.malformed(path: "b.json", line: 1, reason: "unterminated string (column 10)")),
    ("[{\"text\": \"x\"}] trailing", InputError.malformed(path: "b.json", line: 1, reason: "unexpected text after the JSON value (column 17)")),
    ("{\"text\": 01}", InputError.malformed(path: "b.json", line: 1, reason: "numbers cannot have leading zeros (column 10)")),
  ])
  func errors(json: String, expected: InputError) {
    let error = inputError { () throws(InputError) in _ = try readArticles(json, name: "b.json") }
    #expect(error == expected)
  }

  @Test func jsonLinesWithABadLine() throws {
    let jsonl = """
      {"title": "A", "text": "Alpha text.", "published": "2020-01-01"}

      {"title": "B", "text": "Beta text."
      {"title": "C", "text": "Gamma text."}
      [1, 2]
      {"title": "E", "text": "Epsilon.", "date": "not a date"}
      {"title": "F"}
      """
    let r = try readArticles(jsonl, name: "feed.jsonl")
    #expect(r.articles.map(\.title) == ["A", "C"])
    #expect(r.articles.map(\.origin) == ["feed.jsonl#1", "feed.jsonl#4"])
    #expect(r.articles.allSatisfy { $0.format == .jsonl })
    #expect(
      r.problems == [
        .malformed(path: "feed.jsonl", line: 3, reason: "unexpected end of input inside an object, expected ',' or '}' (column 36)"),
        .malformed(path: "feed.jsonl", line: 5, reason: "expected an article object, found an array"),
        .badDate(path: "feed.jsonl#6", value: "not a date"),
        .noText(path: "feed.jsonl#7"),
      ])
    #expect(r.problems[0].description == "feed.jsonl:3: malformed input: unexpected end of input inside an object, expected ',' or '}' (column 36)")
  }

  @Test func jsonFileHoldingJSONLines() throws {
    let r = try readArticles("{\"text\": \"one\"}\n{\"text\": \"two\"}\n", name: "mixed.json")
    #expect(r.articles.map(\.body) == ["one", "two"])
    #expect(r.articles.map(\.origin) == ["mixed.json#1", "mixed.json#2"])
  }

  @Test func crlfJSONLines() throws {
    let r = try readArticles("{\"text\": \"one\"}\r\n{\"text\": \"two\"}\r\n", name: "w.ndjson")
    #expect(r.articles.map(\.body) == ["one", "two"])
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let json = "{\"text\": \"x\", \"deep\": " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"
    let error = inputError { () throws(InputError) in _ = try readArticles(json, name: "deep.json") }
    if case .malformed(_, _, let reason)? = error {
      #expect(reason.hasPrefix("nesting deeper than 512 levels"))
    } else {
      Issue.record("expected malformed, got \(String(describing: error))")
    }
  }
}
