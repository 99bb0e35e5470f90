import Testing

@testable import ChronicleExtraction

@Suite struct PublicationDateTests {
  @Test(arguments: [
    ("2022-10-17", "2022-10-17"),
    ("2022-10-17T09:30:00Z", "2022-10-17"),
    ("2022-10-17T23:30:00-04:00", "2022-10-17"),
    ("2022-10-17 09:30", "2022-10-17"),
    ("2022/10/17", "2022-10-17"),
    ("20221017", "2022-10-17"),
    ("October 17, 2022", "2022-10-17"),
    ("october 17 2022", "2022-10-17"),
    ("Oct. 17, 2022", "2022-10-17"),
    ("Oct 17, 2022 at 9:30 a.m. ET", "2022-10-17"),
    ("Sept. 5, 2021", "2021-09-05"),
    ("17 October 2022", "2022-10-17"),
    ("17 Oct. 2022", "2022-10-17"),
    ("17th of October, 2022", "2022-10-17"),
    ("October 1st, 2022", "2022-10-01"),
    ("Monday, October 17, 2022", "2022-10-17"),
    ("Mon, 17 Oct 2022 09:30:00 GMT", "2022-10-17"),
    ("10/17/2022", "2022-10-17"),
    ("17/10/2022", "2022-10-17"),
  ])
  func parses(text: String, iso: String) {
    #expect(PublicationDate.parse(text)?.iso == iso)
  }

  @Test(arguments: [
    "", "yesterday", "2022-13-01", "2022-02-30", "05/06/2022", "October 2022", "Octember 17, 2022",
    "17 October", "2022-10", "2022-10-17-18", "Published October 17, 2022",
  ])
  func rejects(text: String) {
    #expect(PublicationDate.parse(text) == nil)
  }
}
