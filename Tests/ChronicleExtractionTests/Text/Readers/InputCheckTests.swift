import Foundation
import Testing

@testable import ChronicleExtraction

@Suite struct InputCheckTests {
  static let rejectedInputs: [([UInt8], InputError)] = {
    let controls: [UInt8] = Array(repeating: 0x01, count: 20) + Array(repeating: UInt8(ascii: "a"), count: 80)
    let withNUL: [UInt8] = Array("PNG".utf8) + [0x00, 0x01, 0x02] + Array("rest".utf8)
    return [
      ([], .empty(path: "f.txt")),
      (Array(" \n\t\r\n ".utf8), .empty(path: "f.txt")),
      ([0xEF, 0xBB, 0xBF, 0x20, 0x0A], .empty(path: "f.txt")),
      (withNUL, .binary(path: "f.txt")),
      (controls, .binary(path: "f.txt")),
    ]
  }()

  @Test(arguments: InputCheckTests.rejectedInputs)
  func rejected(bytes: [UInt8], expected: InputError) {
    let error = inputError { () throws(InputError) in _ = try ArticleReader().read(bytes: bytes, path: "f.txt") }
    #expect(error == expected)
  }

  @Test func fewControlBytesAreText() throws {
    let bytes = Array("Headline\nBody with a form feed\u{0C} and a \u{1B} escape, still mostly text here.".utf8)
    let r = try ArticleReader().read(bytes: bytes, path: "f.txt")
    #expect(r.articles.count == 1)
  }

  @Test func invalidUTF8IsRepairedWithAWarning() throws {
    let bytes = Array("Caf\u{E9} owner speaks\nShe said \u{201C}yes\u{201D}".utf8) + [0xFF] + Array(" twice.".utf8)
    let r = try ArticleReader().read(bytes: bytes, path: "bad.txt")
    #expect(r.articles[0].body == "She said “yes”\u{FFFD} twice.")
    #expect(r.articles[0].title == "Café owner speaks")
    #expect(r.warnings.count == 1)
    #expect(r.warnings[0].hasPrefix("bad.txt: 1 byte(s) of invalid UTF-8, the first at offset "))
  }

  @Test func latin1IsDecodedAsWindows1252() throws {
    // "Café reopens\nThe owner’s plan" in Windows-1252.
    let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" reopens\nThe owner".utf8) + [0x92] + Array("s plan".utf8)
    let r = try ArticleReader().read(bytes: bytes, path: "old.txt")
    #expect(r.articles[0].title == "Café reopens")
    #expect(r.articles[0].body == "The owner’s plan")
    #expect(r.warnings.first?.contains("decoded as Windows-1252") == true)
  }

  @Test func utf16WithByteOrderMark() throws {
    let text = "Title é\nBody text."
    var le: [UInt8] = [0xFF, 0xFE]
    for unit in text.utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    var be: [UInt8] = [0xFE, 0xFF]
    for unit in text.utf16 { be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    for bytes in [le, be] {
      let a = try ArticleReader().read(bytes: bytes, path: "u.txt").articles[0]
      #expect(a.title == "Title é")
      #expect(a.body == "Body text.")
    }
  }

  @Test func utf8ByteOrderMarkIsDropped() throws {
    let a = try ArticleReader().read(bytes: [0xEF, 0xBB, 0xBF] + Array("Head\nBody.".utf8), path: "b.txt").articles[0]
    #expect(a.title == "Head")
  }

  @Test func fileErrors() throws {
    let dir = try ReaderTempDirectory()
    let reader = ArticleReader()
    let missing = dir.path + "/missing.txt"
    #expect(inputError { () throws(InputError) in _ = try reader.read(path: missing) } == .notFound(path: missing))
    #expect(inputError { () throws(InputError) in _ = try reader.inputFiles([missing]) } == .notFound(path: missing))
    let empty = try dir.write("empty.txt", "")
    #expect(inputError { () throws(InputError) in _ = try reader.read(path: empty) } == .empty(path: empty))
    let binary = try dir.write("blob.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x01])
    #expect(inputError { () throws(InputError) in _ = try reader.read(path: binary) } == .binary(path: binary))
    if getuid() != 0 {
      let locked = try dir.write("locked.txt", "Head\nBody.")
      chmod(locked, 0o000)
      defer { chmod(locked, 0o644) }
      #expect(
        inputError { () throws(InputError) in _ = try reader.read(path: locked) }
          == .unreadable(path: locked, reason: "permission denied"))
    }
  }

  @Test func readsFilesFromDisk() throws {
    let dir = try ReaderTempDirectory()
    let path = try dir.write("story.md", "# Heading\n\nBody *text*.")
    let r = try ArticleReader().read(path: path)
    #expect(r.articles[0].title == "Heading")
    #expect(r.articles[0].body == "Body text.")
    #expect(r.articles[0].origin == path)
  }

  @Test func readingADirectoryReadsItsFiles() throws {
    let dir = try ReaderTempDirectory()
    try dir.write("a.txt", "A head\nA body.")
    try dir.write("b.txt", "")
    try dir.write("sub/c.json", "{\"text\": \"C body.\"}")
    let r = try ArticleReader().read(path: dir.path)
    #expect(r.articles.map(\.body) == ["A body.", "C body."])
    #expect(r.problems == [.empty(path: dir.path + "/b.txt")])
  }

  @Test func errorMessagesAreOneLine() {
    let errors: [InputError] = [
      .notFound(path: "a"), .unreadable(path: "a", reason: "permission denied"), .empty(path: "a"), .binary(path: "a"),
      .malformed(path: "a", line: 3, reason: "r"), .badDate(path: "a", value: "v"), .noText(path: "a"),
    ]
    for e in errors {
      #expect(!e.description.contains("\n"))
      #expect(e.description.hasPrefix("a"))
    }
  }
}
