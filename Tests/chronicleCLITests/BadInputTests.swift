import Foundation
import Testing

/// Bad input gets one clear line on stderr naming the file, a non-zero exit, and
/// leaves the database exactly as it was.
@Suite struct BadInputTests {
  static let good = """
    Ministers meet in Vienna
    Date: 2023-05-02

    Austria hosted talks with Iran on Monday, officials said.
    """

  enum Case: String, CaseIterable {
    case missing, empty, binary, malformedJSON, badPublished, badDateInJSON
  }

  @Test(arguments: Case.allCases)
  func badInputLeavesTheDatabaseIntact(kind: Case) throws {
    let dir = try CLIRunner.temporaryDirectory()
    let db = dir.appendingPathComponent("db.sqlite").path
    let goodFile = dir.appendingPathComponent("good.txt")
    try Self.good.write(to: goodFile, atomically: true, encoding: .utf8)
    #expect(try CLIRunner.run(["ingest", "--db", db, goodFile.path]).status == 0)
    let before = try CLIRunner.run(["timeline", "--format", "json", "--db", db]).stdout

    var arguments = ["ingest", "--db", db]
    let bad = dir.appendingPathComponent("bad-input")
    switch kind {
    case .missing:
      arguments.append(dir.appendingPathComponent("nope.txt").path)
    case .empty:
      try Data().write(to: bad.appendingPathExtension("txt"))
      arguments.append(bad.appendingPathExtension("txt").path)
    case .binary:
      try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0x00, 0x10]).write(
        to: bad.appendingPathExtension("txt"))
      arguments.append(bad.appendingPathExtension("txt").path)
    case .malformedJSON:
      try Data(#"{"title": "x", "text": "Iran said"#.utf8).write(to: bad.appendingPathExtension("json"))
      arguments.append(bad.appendingPathExtension("json").path)
    case .badDateInJSON:
      try Data(#"{"title": "x", "text": "Russia attacked Ukraine.", "published": "2022-13-45"}"#.utf8)
        .write(to: bad.appendingPathExtension("json"))
      arguments.append(bad.appendingPathExtension("json").path)
    case .badPublished:
      arguments += ["--published", "2022-13-45", goodFile.path]
    }
    let result = try CLIRunner.run(arguments)
    #expect(result.status != 0)
    let errorLines = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("warning:") }
    #expect(errorLines.count >= 1, "expected an error line")
    if kind != .badPublished {
      #expect(result.stderr.contains("bad-input") || result.stderr.contains("nope.txt"), "\(result.stderr)")
    }
    #expect(try CLIRunner.run(["timeline", "--format", "json", "--db", db]).stdout == before)
  }

  @Test func exitCodes() throws {
    let dir = try CLIRunner.temporaryDirectory()
    #expect(try CLIRunner.run(["timeline", "--bogus"]).status == 64)
    #expect(try CLIRunner.run(["ingest", "--db", dir.appendingPathComponent("x.sqlite").path, dir.appendingPathComponent("missing.txt").path]).status == 74)
    let empty = dir.appendingPathComponent("empty.txt")
    try Data().write(to: empty)
    #expect(try CLIRunner.run(["ingest", "--db", dir.appendingPathComponent("x.sqlite").path, empty.path]).status == 65)
    #expect(try CLIRunner.run(["timeline", "--db", dir.appendingPathComponent("none.sqlite").path]).status == 74)
  }

  @Test func notADatabase() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let fake = dir.appendingPathComponent("fake.sqlite")
    try Data("this is not a database, just text that is long enough to look like a header".utf8).write(to: fake)
    let result = try CLIRunner.run(["timeline", "--db", fake.path])
    #expect(result.status == 74)
    #expect(result.stderr.contains("fake.sqlite"))
  }
}
