import Foundation
import Testing

@testable import ChronicleExtraction

/// The reading thread of `chronicle ingest` hands over what reading on the consumer's
/// thread gives.
@Suite struct ArticleFeedTests {
  /// A directory of its own for one test, removed at the end.
  final class Directory {
    let path = NSTemporaryDirectory() + "chronicle-feed-\(UUID().uuidString)"
    init() { try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
      let file = path + "/" + name
      _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
      return file
    }
  }

  /// Every event of the feed, the early articles gathered into the part that follows them.
  static func read(_ files: [String], slices: inout Int) -> [(articles: [Article], problems: [InputError], warnings: [String])] {
    let feed = ArticleFeed(files: files)
    var out: [(articles: [Article], problems: [InputError], warnings: [String])] = []
    var early: [Article] = []
    while let event = feed.next() {
      switch event {
      case .early(let articles):
        early += articles
        slices += 1
      case .part(let part):
        out.append((early + part.articles, part.problems, part.warnings))
        early = []
      case .failed(let error):
        out.append(([], [error as? InputError ?? .empty(path: "?")], ["failed"]))
      case .fileEnd: break
      }
    }
    return out
  }

  @Test func jsonLinesInSlicesGiveTheArticlesAndProblemsOfOneRead() throws {
    let directory = Directory()
    // About 190 KB: several slices, with a malformed line, a non-object, a blank line, CRLF line
    // ends and a byte of invalid UTF-8 (the file is decoded whole first).
    var lines: [String] = []
    for n in 0..<400 {
      let body = String(repeating: "Iran accused Russia of shelling Kyiv on Monday. ", count: 9)
      lines.append("{\"id\": \"a\(n)\", \"text\": \"\(body)\", \"published\": \"2024-03-0\(1 + n % 9)\"}")
    }
    lines[57] = "{\"text\": broken"
    lines[201] = "[1, 2]"
    lines[300] = ""
    var bytes = Array(lines.joined(separator: "\r\n").utf8)
    bytes[bytes.count / 2 + 5] = 0xFF
    let jsonl = directory.write("news.jsonl", bytes)
    let text = directory.write("note.txt", Array("Iran accused Russia of shelling Kyiv on Monday.".utf8))
    let missing = directory.path + "/missing.jsonl"

    let reader = ArticleReader()
    let whole = try reader.read(path: jsonl)
    #expect(whole.articles.count > 390)
    #expect(whole.problems.count >= 2)
    #expect(!whole.warnings.isEmpty)
    var slices = 0
    let fed = Self.read([jsonl, missing, text], slices: &slices)
    #expect(slices > 2)
    #expect(fed.count == 3)
    #expect(fed[0].articles == whole.articles)
    #expect(fed[0].problems == whole.problems)
    #expect(fed[0].warnings == whole.warnings)
    #expect(fed[1].problems == [.notFound(path: missing)])
    #expect(fed[2].articles == (try reader.read(path: text)).articles)
  }
}
