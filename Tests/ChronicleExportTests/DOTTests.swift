import ChronicleExport
import Testing

@Suite struct DOTTests {
  static var dotOutputs: [Output] { Output.allCases.filter(\.isDOT) }

  /// When Graphviz is installed, every DOT output renders to SVG with no warning.
  @Test(arguments: dotOutputs)
  func rendersWithGraphvizWithoutWarnings(output: Output) throws {
    guard let dot = Tool.find("dot") else { return }
    let path = try Tool.temporaryFile(output.render(), suffix: ".dot")
    let svg = path + ".svg"
    defer {
      try? FileManager.default.removeItem(atPath: path)
      try? FileManager.default.removeItem(atPath: svg)
    }
    let result = try Tool.run(dot, ["-Tsvg", "-o", svg, path])
    #expect(result.status == 0)
    #expect(result.err == "", "\(result.err)")
  }

  @Test(arguments: [
    ("plain", "\"plain\""),
    ("say \"hi\"", "\"say \\\"hi\\\"\""),
    ("back\\slash\\", "\"back\\\\slash\\\\\""),
    ("two\nlines\r\nthree", "\"two\\nlines\\nthree\""),
    ("a & b", "\"a &amp; b\""),
    ("<b>x</b> -->", "\"<b>x</b> -->\""),
    ("bell\u{07}tab\t", "\"bell tab \""),
    ("Київ – ×3", "\"Київ – ×3\""),
  ])
  func quoting(input: String, expected: String) {
    #expect(DOTString.quoted(input) == expected)
  }

  @Test func relationsHaveOneNodePerActorAndScaledPens() {
    let dot = RelationsExport.dot(Fixtures.relations)
    #expect(dot.hasPrefix("digraph relations {\n"))
    #expect(dot.contains("charset=\"UTF-8\""))
    #expect(dot.components(separatedBy: "\"igo:un\" [shape=component").count == 2)
    #expect(dot.contains("penwidth=6.0"))  // the largest count
    #expect(dot.contains("penwidth=1.0"))  // count 1
    #expect(dot.contains("label=\"ACCUSE ×5\""))
    #expect(dot.contains("shape=box3d"))
  }

  @Test func timelineChainsEventsInOrderWithUndatedLast() {
    let dot = TimelineExport.dot(Fixtures.timeline)
    #expect(dot.hasPrefix("digraph timeline {\n"))
    #expect(dot.contains("rankdir=LR"))
    #expect(dot.contains("\"event:11\" -> \"event:3\""))
    #expect(dot.contains("\"event:3\" -> \"event:4\""))
    #expect(dot.contains("\"event:4\" -> \"event:7\""))
    #expect(dot.contains("label=\"Undated\""))
    // Two events on 2023-03-06 share one cluster.
    #expect(dot.components(separatedBy: "label=\"2023-03-06\"").count == 2)
  }
}

import Foundation
