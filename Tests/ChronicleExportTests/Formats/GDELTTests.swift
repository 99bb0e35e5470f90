import ChronicleExport
import ChronicleStore
import Foundation
import Testing

@Suite struct GDELTTests {
  static let rows: [[String]] = GDELTExport.tsv(FormatFixtures.timeline).split(separator: "\n").map {
    $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func headerNamesTheColumns() {
    #expect(Self.rows.first == GDELTExport.columns)
    #expect(GDELTExport.columns.count == 15)
  }

  @Test func everyRowHasEveryColumn() {
    for row in Self.rows { #expect(row.count == 15, "\(row)") }
  }

  /// One row per source × target pair; uncategorized events have none.
  @Test(arguments: [
    ("11", 1), ("3", 1), ("4", 2), ("7", 0), ("30", 4), ("31", 1), ("33", 1), ("34", 1), ("35", 0),
  ])
  func rowsPerEvent(id: String, count: Int) {
    #expect(Self.rows.dropFirst().count { $0[12] == id } == count)
  }

  @Test func uncategorizedEventsAreCounted() {
    #expect(GDELTExport.uncategorizedCount(FormatFixtures.timeline) == 2)
  }

  @Test func cellsHoldDatesCodesAndScores() throws {
    let threat = Self.rows.filter { $0[12] == "30" }
    #expect(threat.allSatisfy { $0[0] == "20230313" && $0[5] == "138" && $0[6] == "13" && $0[7] == "3" && $0[8] == "-7.0" })
    #expect(Set(threat.map { $0[2] + "→" + $0[4] }).count == 4)
    #expect(threat.first?[10] == "javascript:alert(1)")  // a cell, not a link: kept as data
    let sanction = try #require(Self.rows.first { $0[12] == "4" })
    #expect(sanction[1] == "IGOUNO" && sanction[3] == "USABUS" && sanction[9] == "planned")
    let agree = try #require(Self.rows.first { $0[12] == "11" })
    #expect(agree[0] == "20230201" && agree[8] == "8.25")
    #expect(agree[4] == "Treaty of Ghent (1814)")  // line breaks became spaces
    #expect(agree[13] == "1" && agree[14] == "1")  // one mention, one article
  }

  @Test func anEventReportedByTwoArticlesIsOneRowCountingBoth() throws {
    var entry = try #require(FormatFixtures.timeline.first { $0.eventID == 3 })
    let other = EventSource(
      eventID: 90, documentID: "doc-z", documentTitle: nil, documentPublished: nil, url: nil, sentenceIndex: 2,
      start: 10, end: 17, sentence: "Another article tells it.", trigger: "accused", date: entry.date)
    entry.sources = [entry.allSources[0], other]
    let rows = GDELTExport.tsv([entry]).split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(rows.count == 1)
    #expect(rows.first?[13] == "2" && rows.first?[14] == "2")
  }

  /// Python's csv module (tab delimiter, no quoting, as for GDELT files) reads
  /// back exactly the rows and cells, quotes and all.
  @Test func pythonCSVReadsTheCellsBack() throws {
    guard let python = Tool.find("python3") else { return }
    let path = try Tool.temporaryFile(GDELTExport.tsv(FormatFixtures.timeline), suffix: ".tsv")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try Tool.run(python, [Consumers.script, "tsv", path])
    #expect(result.status == 0, "\(result.err)")
    let parsed = try J.parse(result.out)
    #expect(parsed["rows"]?.int == Self.rows.count)
    #expect(parsed["widths"] == .array([.number(15, isInteger: true)]))
    let cells = (parsed["cells"]?.items ?? []).map { $0.items.compactMap(\.string) }
    #expect(cells == Self.rows)
  }
}
