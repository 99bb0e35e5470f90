import Testing

@testable import ChronicleExtraction

@Suite struct PlainTextReaderTests {
  @Test func headlineAndBody() throws {
    let a = try readArticle("\n  Ministers meet in Geneva  \nThe talks began on Tuesday.\nThey ended late.\n\n")
    #expect(a.title == "Ministers meet in Geneva")
    #expect(a.body == "The talks began on Tuesday.\nThey ended late.")
    #expect(a.fullText == "Ministers meet in Geneva\n\nThe talks began on Tuesday.\nThey ended late.")
    #expect(a.format == .text)
    #expect(a.origin == "article.txt")
    #expect(a.published == nil)
  }

  @Test func crlfAndLoneCRBecomeLF() throws {
    let a = try readArticle("Storm closes port\r\nShips waited offshore.\r\rCrews returned at dawn.\r\n")
    #expect(a.title == "Storm closes port")
    #expect(a.body == "Ships waited offshore.\n\nCrews returned at dawn.")
  }

  @Test func singleLineIsBody() throws {
    let a = try readArticle("The council voted on Friday to close the bridge.")
    #expect(a.title == nil)
    #expect(a.body == "The council voted on Friday to close the bridge.")
  }

  /// Header lines before or right after the headline become metadata.
  @Test(arguments: [
    ("Date: 2022-10-17\nSource: The Daily Ledger\n\nBridge reopens\nTraffic resumed on Monday.", "2022-10-17"),
    ("Bridge reopens\nPublished: October 17, 2022\nURL: https://example.com/bridge\n\nTraffic resumed on Monday.", "2022-10-17"),
    ("DATE: 17 October 2022\nBridge reopens\nTraffic resumed on Monday.", "2022-10-17"),
    ("publication_date: Oct. 17, 2022\nBridge reopens\nBy: A. Writer\nTraffic resumed on Monday.", "2022-10-17"),
    ("Bridge reopens\nUpdated: 2022-10-17T08:00:00Z\nTraffic resumed on Monday.", "2022-10-17"),
  ])
  func headerLines(text: String, iso: String) throws {
    let a = try readArticle(text)
    #expect(a.title == "Bridge reopens")
    #expect(a.body == "Traffic resumed on Monday.")
    #expect(a.published?.iso == iso)
  }

  @Test func headerFields() throws {
    let a = try readArticle(
      "Title: Harbor strike ends\nDate: 2021-03-04\nSource: Coastal Times\nURL: https://example.org/strike\nID: ct-77\n\nDockworkers went back to work.\nCargo moved again."
    )
    #expect(a.title == "Harbor strike ends")
    #expect(a.body == "Dockworkers went back to work.\nCargo moved again.")
    #expect(a.source == "Coastal Times")
    #expect(a.url == "https://example.org/strike")
    #expect(a.id == "ct-77")
    #expect(a.published?.iso == "2021-03-04")
  }

  /// Lines with a colon that are not headers stay in the text.
  @Test(arguments: [
    "Date: sometime next week", "Note: the mayor declined to comment", "URL: not a link",
  ])
  func nonHeadersStay(line: String) throws {
    let a = try readArticle("\(line)\nSecond line of the story.")
    #expect(a.title == line)
    #expect(a.body == "Second line of the story.")
    #expect(a.published == nil)
  }

  @Test func headerLinesInsideTheBodyStay() throws {
    let a = try readArticle("Vote delayed\nThe vote was put off.\nDate: 2022-10-17\n")
    #expect(a.body == "The vote was put off.\nDate: 2022-10-17")
    #expect(a.published == nil)
  }

  @Test func hardWrappedParagraphsAreUnwrapped() throws {
    let text = """
      Floods reach the capital

      Heavy rain that began on Sunday pushed the river over its banks
      in the northern districts, where residents were told to move to
      higher ground before nightfall.

      Officials said the water would keep rising until Wednesday, and
      schools in the affected areas will stay closed for the rest of
      the week.
      """
    let a = try readArticle(text)
    #expect(a.title == "Floods reach the capital")
    #expect(
      a.body == """
        Heavy rain that began on Sunday pushed the river over its banks in the northern districts, where residents were told to move to higher ground before nightfall.
        Officials said the water would keep rising until Wednesday, and schools in the affected areas will stay closed for the rest of the week.
        """)
  }

  @Test func paragraphPerLineTextIsKept() throws {
    let text = """
      Council approves budget
      The city council approved the budget on Tuesday after a long debate.
      The mayor said the plan would fund two new schools and a clinic.
      Opposition members voted against it and promised to appeal.
      A final reading is scheduled for next month, officials said.
      """
    let a = try readArticle(text)
    #expect(a.body.split(separator: "\n").count == 4)
  }
}
