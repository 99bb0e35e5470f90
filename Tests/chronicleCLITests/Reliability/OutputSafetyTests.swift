import Foundation
import Testing

/// Hostile names and sentences (quotes, backslashes, newlines, `<`, `&`, `-->`,
/// `</script>`, control characters) come out of every writer as valid JSON, DOT,
/// CSV, GEXF, GraphML and HTML, checked by independent parsers; query flags are
/// bound SQL parameters, never SQL text.
@Suite struct OutputSafetyTests {
  static let hostile = """
    Iran said "stop" \\ <b>& --> </script><script>alert(1)</script>
    Date: 2023-02-06

    Sean O'Brien-Dubois met Iran's "envoy" in Tehran on Monday <!-- and & \\n --> said \u{1}\u{7}\u{1B}[31m'; DROP TABLE events; --.
    Russia accused Ukraine of "lies" \\ <script>alert('x')</script> & ]]> on Tuesday, "O'Brien" said.
    France \u{2028}criticized\u{2029} Germany on Wednesday}{"a":"b"}\t'= 1+2' @SUM(A1) -- "quoted \\" backslash".
    Marie-Claire D'Arcy\u{0301}s thanked Japan on Thursday.
    """

  let dir: URL
  let db: String

  init() throws {
    dir = try CLIRunner.temporaryDirectory()
    db = dir.appendingPathComponent("db.sqlite").path
    let file = dir.appendingPathComponent("hostile.txt")
    try Rel.write(Self.hostile, to: file)
    let r = try CLIRunner.run(["ingest", "--db", db, file.path])
    #expect(r.status == 0, "\(r.stderr)")
  }

  func output(_ command: String, _ format: String, _ extra: [String] = []) throws -> String {
    let r = try CLIRunner.run([command, "--db", db, "--format", format] + extra)
    #expect(r.status == 0, "\(command) \(format): \(r.stderr)")
    return r.stdout
  }

  @Test func jsonParses() throws {
    for (command, format) in [
      ("timeline", "json"), ("relations", "json"), ("actors", "json"), ("timeline", "timelinejs"),
      ("relations", "cytoscape"),
    ] {
      let text = try output(command, format)
      let check = try Rel.python(
        "import json, sys\nd = json.load(sys.stdin)\nprint('ok', len(json.dumps(d)))", stdin: Data(text.utf8))
      #expect(check.hasPrefix("ok"), "\(command) \(format)")
    }
    // The hostile sentence survives the round trip exactly.
    let sentences = try Rel.python(
      """
      import json, sys
      d = json.load(sys.stdin)
      def walk(o, out):
          if isinstance(o, dict):
              for k, v in o.items():
                  if k == 'sentence' and isinstance(v, str): out.append(v)
                  else: walk(v, out)
          elif isinstance(o, list):
              for v in o: walk(v, out)
          return out
      print(json.dumps(walk(d, [])))
      """, stdin: Data(try output("timeline", "json").utf8))
    #expect(sentences.contains("O'Brien"), "\(sentences)")
    let show = try CLIRunner.run(["extract", "--format", "json", dir.appendingPathComponent("hostile.txt").path])
    #expect(try Rel.python("import json, sys\njson.load(sys.stdin)\nprint('ok')", stdin: Data(show.stdout.utf8)) == "ok")
  }

  @Test func dotRenders() throws {
    guard Rel.hasTool("dot") else { return }
    for command in ["timeline", "relations"] {
      let text = try output(command, "dot")
      let r = try Rel.tool("dot", ["-Tsvg"], stdin: Data(text.utf8))
      #expect(r.status == 0, "\(command): \(r.stderr)")
      #expect(!r.stderr.contains("Warning") && !r.stderr.contains("Error"), "\(command): \(r.stderr)")
      #expect(!r.stdout.contains("<script"), "\(command): script element injected into the SVG")
    }
  }

  @Test func csvRoundTrips() throws {
    for (command, format) in [("timeline", "csv"), ("relations", "csv"), ("timeline", "gdelt")] {
      let text = try output(command, format)
      let check = try Rel.python(
        """
        import csv, io, sys
        data = sys.stdin.read()
        delim = '\\t' if sys.argv[1] == 'gdelt' else ','
        rows = list(csv.reader(io.StringIO(data, newline=''), delimiter=delim)) if delim == ',' else [l.split('\\t') for l in data.splitlines()]
        widths = {len(r) for r in rows}
        print('ok' if len(widths) == 1 and len(rows) >= 2 else ('bad', widths, len(rows)))
        """, [format], stdin: Data(text.utf8))
      #expect(check == "ok", "\(command) \(format): \(check)")
    }
  }

  @Test func xmlAndHTMLAreWellFormed() throws {
    for format in ["gexf", "graphml"] {
      let text = try output("relations", format)
      let check = try Rel.python(
        "import sys, xml.etree.ElementTree as ET\nET.fromstring(sys.stdin.buffer.read())\nprint('ok')",
        stdin: Data(text.utf8))
      #expect(check == "ok", "\(format)")
    }
    let html = try output("timeline", "html")
    #expect(!html.contains("<script>alert"), "script injected into the HTML timeline")
    #expect(!html.contains("</script><script>"), "script element closed by data")
    let scripts = try Rel.python(
      """
      import sys
      from html.parser import HTMLParser
      class P(HTMLParser):
          def __init__(self):
              super().__init__(); self.opened = []
          def handle_starttag(self, tag, attrs): self.opened.append(tag)
      p = P(); p.feed(sys.stdin.read()); print(p.opened.count('script'))
      """, stdin: Data(html.utf8))
    let empty = try CLIRunner.run(["timeline", "--db", db, "--format", "html", "--actor", "nobody-at-all"]).stdout
    let emptyScripts = try Rel.python(
      """
      import sys
      from html.parser import HTMLParser
      class P(HTMLParser):
          def __init__(self):
              super().__init__(); self.opened = []
          def handle_starttag(self, tag, attrs): self.opened.append(tag)
      p = P(); p.feed(sys.stdin.read()); print(p.opened.count('script'))
      """, stdin: Data(empty.utf8))
    #expect(scripts == emptyScripts, "data opened extra <script> elements")
  }

  @Test(arguments: [
    ["timeline", "--actor", "x' OR 1=1 --"],
    ["timeline", "--actor", "%"],
    ["timeline", "--actor", "\" OR \"\"=\""],
    ["timeline", "--category", "' OR 1=1 --"],
    ["timeline", "--category", "%"],
    ["relations", "--actor", "x' OR 1=1 --"],
    ["relations", "--actor", "'); DROP TABLE events; --"],
  ])
  func queryFlagsAreBoundParameters(arguments: [String]) throws {
    let r = try CLIRunner.run([arguments[0], "--db", db, "--format", "json"] + arguments.dropFirst())
    #expect(r.status == 0, "\(r.stderr)")
    let count = try Rel.python(
      """
      import json, sys
      d = json.load(sys.stdin)
      items = d.get('events', d.get('relations', d.get('edges', []))) if isinstance(d, dict) else d
      print(len(items))
      """, stdin: Data(r.stdout.utf8))
    #expect(count == "0", "\(arguments) matched \(count)")
    #expect(try Rel.sql(db, "SELECT count(*) FROM events") != "0", "events table damaged")
  }
}
