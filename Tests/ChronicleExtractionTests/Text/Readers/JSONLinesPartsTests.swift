import Foundation
import Testing

@testable import ChronicleExtraction

/// A large JSON Lines file read in parts gives the articles, origins and problems that
/// reading it whole gives.
@Suite struct JSONLinesPartsTests {
  /// 400 lines: articles, blank lines, a bad line, CRLF line ends and one invalid UTF-8 byte
  /// in the middle of the file.
  static func corpus() -> [UInt8] {
    var bytes: [UInt8] = []
    for n in 0..<400 {
      switch n % 97 {
      case 13: bytes += Array("{\"id\": \"broken\n".utf8)
      case 29: bytes += Array("\n".utf8)
      case 41: bytes += Array("{\"id\":\"crlf-\(n)\",\"text\":\"Talks resumed in Geneva.\"}\r\n".utf8)
      default:
        bytes += Array("{\"id\":\"a\(n)\",\"title\":\"Story \(n)\",\"text\":\"Iran denied on Monday that it sold drones to Russia (\(n)).\",\"published\":\"2022-10-17\"}\n".utf8)
      }
      if n == 250 { bytes += [0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x2C, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0x78, 0xC3, 0xA9, 0x22, 0x7D, 0x0A] }
    }
    return bytes
  }

  @Test func partsEqualTheWholeFile() throws {
    let dir = try ReaderTempDirectory()
    let path = try dir.write("wire.jsonl", bytes: Self.corpus())
    let whole = try ArticleReader().read(path: path)
    var parts: [ReadResult] = []
    try ArticleReader().read(path: path, streamingAbove: 1_000, partBytes: 4_096) { parts.append($0) }
    #expect(parts.count > 5)
    let articles = parts.flatMap(\.articles)
    #expect(articles.count == whole.articles.count)
    #expect(articles.map(\.id) == whole.articles.map(\.id))
    #expect(articles.map(\.origin) == whole.articles.map(\.origin))
    #expect(articles.map(\.body) == whole.articles.map(\.body))
    #expect(articles.map(\.title) == whole.articles.map(\.title))
    #expect(parts.flatMap(\.problems).map(\.description) == whole.problems.map(\.description))
    // The repaired byte is reported by the part that holds it.
    #expect(parts.flatMap(\.warnings).count == 1)
    #expect(parts.flatMap(\.warnings).first?.contains("part from line") == true)
  }

  /// A line longer than a part is read on until it ends (it used to stop the reader in a loop).
  @Test func aLineLongerThanAPart() throws {
    let long = "{\"id\":\"long\",\"text\":\"" + String(repeating: "Talks resumed. ", count: 1_000) + "\"}\n"
    let bytes = Array(("{\"id\":\"a\",\"text\":\"Short.\"}\n" + long + "{\"id\":\"b\",\"text\":\"End.\"}\n").utf8)
    let dir = try ReaderTempDirectory()
    let path = try dir.write("long.jsonl", bytes: bytes)
    var parts: [ReadResult] = []
    try ArticleReader().read(path: path, streamingAbove: 100, partBytes: 1_024) { parts.append($0) }
    let whole = try ArticleReader().read(path: path)
    #expect(parts.flatMap(\.articles).map(\.id) == ["a", "long", "b"])
    #expect(parts.flatMap(\.articles).map(\.body) == whole.articles.map(\.body))
    #expect(parts.flatMap(\.articles).map(\.origin) == whole.articles.map(\.origin))
  }

  @Test func smallFilesAndOtherFormatsAreReadWhole() throws {
    let dir = try ReaderTempDirectory()
    let path = try dir.write("small.jsonl", bytes: Array(Self.corpus().prefix(2_000)))
    var calls = 0
    try ArticleReader().read(path: path) { _ in calls += 1 }
    #expect(calls == 1)
    let text = try dir.write("story.txt", "Headline\n\nBody text.")
    calls = 0
    try ArticleReader().read(path: text, streamingAbove: 1, partBytes: 4) { _ in calls += 1 }
    #expect(calls == 1)
  }

  @Test func aMissingFileIsAnInputError() {
    #expect(throws: InputError.self) { try ArticleReader().read(path: "/nonexistent/x.jsonl") { _ in } }
  }

  /// A pipe holding `bytes` (written by another thread, so a pipe buffer smaller than the
  /// input does not block): its read end, which the caller closes.
  static func pipe(_ bytes: [UInt8]) -> Int32 {
    var fds: [Int32] = [0, 0]
    precondition(Glibc.pipe(&fds) == 0)
    let writeEnd = fds[1]
    Thread.detachNewThread {
      bytes.withUnsafeBytes { p in
        var done = 0
        while done < p.count {
          let n = write(writeEnd, p.baseAddress! + done, p.count - done)
          if n <= 0 { break }
          done += n
        }
      }
      close(writeEnd)
    }
    return fds[0]
  }

  @Test func standardInputAboveTheThresholdIsReadInParts() throws {
    let fd = Self.pipe(Self.corpus())
    defer { close(fd) }
    var parts: [ReadResult] = []
    try ArticleReader().readStandardInput(fd, streamingAbove: 1_000, partBytes: 4_096) { parts.append($0) }
    let whole = try ArticleReader().read(bytes: Self.corpus(), path: "<stdin>")
    #expect(parts.count > 5)
    let articles = parts.flatMap(\.articles)
    #expect(articles.map(\.id) == whole.articles.map(\.id))
    #expect(articles.map(\.origin) == whole.articles.map(\.origin))
    #expect(articles.first?.origin == "<stdin>#1")
    #expect(parts.flatMap(\.problems).map(\.description) == whole.problems.map(\.description))
  }

  @Test(arguments: [
    "Iran denied on Monday that it sold drones to Russia.\n",
    #"{"id": "one", "text": "Talks resumed in Geneva."}"#,
    #"{"id":"a","text":"Short."}"# + "\n" + #"{"id":"b","text":"End."}"# + "\n",
  ])
  func shortStandardInputIsReadWholeInAnyFormat(_ input: String) throws {
    let fd = Self.pipe(Array(input.utf8))
    defer { close(fd) }
    var parts: [ReadResult] = []
    try ArticleReader().readStandardInput(fd, streamingAbove: 1_000, partBytes: 4_096) { parts.append($0) }
    let whole = try ArticleReader().read(bytes: Array(input.utf8), path: "<stdin>")
    #expect(parts.count == 1)
    #expect(parts.first?.articles == whole.articles)
  }

  @Test func longStandardInputThatIsNotJSONLinesIsRefused() {
    let text = Array(String(repeating: "Talks resumed in Geneva on Monday.\n", count: 100).utf8)
    let fd = Self.pipe(text)
    defer { close(fd) }
    #expect(throws: InputError.self) {
      try ArticleReader().readStandardInput(fd, streamingAbove: 1_000, partBytes: 4_096) { _ in }
    }
  }

  @Test func standardInputIsListedOnce() throws {
    #expect(try ArticleReader().inputFiles(["-", "-"]) == ["-"])
  }
}
