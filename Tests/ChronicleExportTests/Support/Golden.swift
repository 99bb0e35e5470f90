import ChronicleTestSupport
import Foundation
import Testing

/// Golden files: `Tests/ChronicleExportTests/Golden/<name>`, compared byte for
/// byte. `CHRONICLE_UPDATE_GOLDEN=1 swift test` rewrites them; a missing file
/// is written and reported as a failure so it gets reviewed.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Golden")

  /// The repository's `Schemas/` folder.
  static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Schemas")

  static func check(_ output: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = directory.appendingPathComponent(name)
    let update = ProcessInfo.processInfo.environment["CHRONICLE_UPDATE_GOLDEN"] == "1"
    let expected = try? Data(contentsOf: url)
    if update || expected == nil {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try? Data(output.utf8).write(to: url)
      if expected == nil && !update {
        Issue.record("golden file \(name) was missing and has been written; review it", sourceLocation: sourceLocation)
      }
      return
    }
    let actual = Data(output.utf8)
    guard actual != expected else { return }
    let a = output.split(separator: "\n", omittingEmptySubsequences: false)
    let e = String(decoding: expected!, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
    let got = line < a.count ? String(a[line]) : "<end>"
    let want = line < e.count ? String(e[line]) : "<end>"
    Issue.record(
      "\(name) differs at line \(line + 1):\n  got:  \(got)\n  want: \(want)\n(run with CHRONICLE_UPDATE_GOLDEN=1 to accept)",
      sourceLocation: sourceLocation)
  }
}

/// Runs external tools when they are installed.
enum Tool {
  /// Full path of `name` on PATH, or nil.
  static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = String(dir) + "/" + name
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs `executable` with `arguments`; returns exit status, stdout, stderr.
  static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let dir = FileManager.default.temporaryDirectory
    let outURL = dir.appendingPathComponent("chronicle-tool-\(UUID().uuidString).out")
    let errURL = dir.appendingPathComponent("chronicle-tool-\(UUID().uuidString).err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: outURL)
      try? FileManager.default.removeItem(at: errURL)
    }
    let outHandle = try FileHandle(forWritingTo: outURL)
    let errHandle = try FileHandle(forWritingTo: errURL)
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try? outHandle.close()
    try? errHandle.close()
    let out = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
    let err = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
    return (process.terminationStatus, out, err)
  }

  /// Writes `text` to a fresh temporary file and returns its path.
  static func temporaryFile(_ text: String, suffix: String) throws -> String {
    let url = Scratch.path("chronicle-export", suffix: suffix)
    try Data(text.utf8).write(to: url)
    return url.path
  }
}
