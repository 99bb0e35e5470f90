import Foundation
import Testing

/// The session on README.md's first screen is real: every `$ ` command between the
/// `<!-- session:start -->` and `<!-- session:end -->` markers is run (with a fresh
/// database, from a directory where `Examples/` is the bundled one) and must print
/// exactly the lines shown under it.
@Suite struct ReadmeSessionTests {
  struct Step {
    var command: String
    var expected: String
  }

  static func steps() throws -> [Step] {
    let readme = try String(
      contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    guard let start = readme.range(of: "<!-- session:start -->"),
      let end = readme.range(of: "<!-- session:end -->", range: start.upperBound..<readme.endIndex)
    else { return [] }
    var steps: [Step] = []
    for line in readme[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") { continue }
      if line.hasPrefix("$ ") {
        steps.append(Step(command: String(line.dropFirst(2)), expected: ""))
      } else if !steps.isEmpty {
        steps[steps.count - 1].expected += line + "\n"
      }
    }
    return steps
  }

  @Test func readmeSessionMatchesTheRealOutput() throws {
    let steps = try Self.steps()
    #expect(steps.count >= 3, "README.md has no session between the markers")
    let dir = try CLIRunner.temporaryDirectory()
    try FileManager.default.createSymbolicLink(
      at: dir.appendingPathComponent("Examples"),
      withDestinationURL: CLIRunner.packageRoot.appendingPathComponent("Examples"))
    let hasDot = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")
    for step in steps {
      if step.command.contains("dot ") && !hasDot { continue }
      let binDir = CLIRunner.binary.deletingLastPathComponent().path
      let result = try CLIRunner.run(
        ["-c", "PATH=\"\(binDir):$PATH\" CHRONICLE_DB=readme.sqlite " + step.command],
        executable: URL(fileURLWithPath: "/bin/sh"), in: dir)
      #expect(result.status == 0, "\(step.command): \(result.stderr)")
      let expected = step.expected.trimmingCharacters(in: .newlines)
      let actual = result.stdout.trimmingCharacters(in: .newlines)
      #expect(actual == expected, "README output of '\(step.command)' is out of date")
    }
  }
}
