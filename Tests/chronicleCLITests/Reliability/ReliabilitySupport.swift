import Foundation
import Testing

/// Helpers shared by the reliability tests: files, Python's `sqlite3`/`json`/`csv`
/// as independent checkers, and the real binary run as a child process.
enum Rel {
  /// Whether this process runs as root (permission bits do not stop root).
  static var isRoot: Bool { geteuid() == 0 }

  static func write(_ text: String, to url: URL) throws {
    try Data(text.utf8).write(to: url)
  }

  static func write(_ bytes: [UInt8], to url: URL) throws {
    try Data(bytes).write(to: url)
  }

  /// Whether an executable exists on PATH.
  static func hasTool(_ name: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
  }

  /// Runs any program with arguments and optional stdin; returns its output.
  @discardableResult
  static func tool(_ program: String, _ arguments: [String], stdin: Data? = nil) throws -> CLIRunner.Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return CLIRunner.Output(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs a Python 3 script (`sys.argv[1:]` = `arguments`) and returns its stdout, trimmed.
  static func python(_ script: String, _ arguments: [String] = [], stdin: Data? = nil) throws -> String {
    let result = try tool("python3", ["-c", script] + arguments, stdin: stdin)
    #expect(result.status == 0, "python failed: \(result.stderr)")
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// One SQL query through Python's sqlite3 (an independent reader of the file):
  /// rows as lines, columns separated by `|`.
  static func sql(_ db: String, _ query: String) throws -> String {
    try python(
      """
      import sqlite3, sys
      con = sqlite3.connect(sys.argv[1])
      for row in con.execute(sys.argv[2]):
          print('|'.join('' if v is None else str(v) for v in row))
      """, [db, query])
  }

  /// Number of stored documents.
  static func documentCount(_ db: String) throws -> Int {
    Int(try sql(db, "SELECT count(*) FROM documents")) ?? -1
  }

  /// Lines of stderr that are errors (not warnings).
  static func errorLines(_ output: CLIRunner.Output) -> [Substring] {
    output.stderr.split(separator: "\n").filter { !$0.hasPrefix("warning:") }
  }

  /// A small news article, different for each `n`.
  static func article(_ n: Int) -> String {
    let actors = ["Iran", "Russia", "France", "Germany", "China", "Japan", "Brazil", "Egypt"]
    let verbs = ["accused", "met", "criticized", "thanked", "threatened", "praised"]
    let a = actors[n % actors.count]
    let b = actors[(n / actors.count + 1 + n) % actors.count]
    let v = verbs[n % verbs.count]
    return """
      Report number \(n)
      Date: 2023-0\(1 + n % 9)-1\(n % 10)

      On Monday \(a) \(v) \(b) of breaking the agreement signed in March, officials said in report \(n).
      The ministers of \(b) met their counterparts from \(a) on Tuesday and talks will resume next week.
      """
  }
}
