import ChronicleExport
import Testing

@Suite struct JSONEscapingTests {
  @Test(arguments: [
    ("plain", "\"plain\""),
    ("quote \" and \\ backslash", "\"quote \\\" and \\\\ backslash\""),
    ("line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\""),
    ("\u{00}\u{01}\u{1F}\u{08}\u{0C}\u{7F}", "\"\\u0000\\u0001\\u001f\\b\\f\\u007f\""),
    ("sep\u{2028}para\u{2029}", "\"sep\\u2028para\\u2029\""),
    ("Zelenskyy – Київ 😀", "\"Zelenskyy – Київ 😀\""),
    ("</script> & -->", "\"</script> & -->\""),
    ("", "\"\""),
  ])
  func escapes(input: String, expected: String) {
    #expect(JSONValue.escaped(input) == expected)
  }

  @Test func roundTripsEveryControlCharacterAndAstralScalar() throws {
    var s = ""
    for v in 0..<0x80 { s.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
    s += "é Київ 😀 \u{2028}\u{2029}\u{FEFF}"
    #expect(try J.parse(JSONValue.escaped(s)) == .string(s))
  }

  @Test(arguments: [
    (JSONValue.double(-4), "-4.0"), (.double(2.8), "2.8"), (.double(.nan), "null"),
    (.double(-0.0), "0.0"), (.int(-12), "-12"), (.null, "null"), (.bool(false), "false"),
    (.array([]), "[]"), (.object([]), "{}"),
  ])
  func scalars(value: JSONValue, expected: String) {
    #expect(value.render(pretty: false) == expected)
  }

  @Test func prettyAndCompactLayout() {
    let v = JSONValue.object([("b", .array([.int(1), .string(nil)])), ("a", .object([]))])
    #expect(v.render(pretty: false) == "{\"a\":{},\"b\":[1,null]}")
    #expect(v.render(pretty: true) == "{\n  \"a\": {},\n  \"b\": [\n    1,\n    null\n  ]\n}\n")
  }
}

@Suite struct CSVTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("cr\r", "\"cr\r\""),
    ("=SUM(A1)", "'=SUM(A1)"),
    ("+1", "'+1"),
    ("-2", "'-2"),
    ("@cmd", "'@cmd"),
    ("\tx", "'\tx"),
    ("=\"a\",b", "\"'=\"\"a\"\",b\""),
    (" padded ", "\" padded \""),
    ("Київ – ×3", "Київ – ×3"),
  ])
  func textCells(input: String, expected: String) {
    #expect(CSVCell.text(input) == expected)
  }

  @Test func machineValuesAndUnguardedTextAreNotAltered() {
    #expect(CSVCell.raw("-0500") == "-0500")
    #expect(CSVCell.text("=1+1", guardFormulas: false) == "=1+1")
    let csv = TimelineExport.csv(Fixtures.timeline, guardFormulas: false)
    #expect(csv.contains(",=SUM(A1:A9) The UN"))
  }

  @Test func everyRecordHasTheHeaderColumnCount() {
    for (csv, columns) in [
      (TimelineExport.csv(Fixtures.timeline), 16), (RelationsExport.csv(Fixtures.relations), 10),
      (ActorsExport.csv(Fixtures.actors), 10),
    ] {
      for record in Self.records(csv) { #expect(record.count == columns) }
    }
  }

  /// A minimal RFC 4180 reader.
  static func records(_ csv: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(csv.unicodeScalars)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
        } else {
          field.unicodeScalars.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        record.append(field)
        field = ""
      } else if c == "\n" {
        record.append(field)
        records.append(record)
        record = []
        field = ""
      } else {
        field.unicodeScalars.append(c)
      }
    }
    return records
  }
}

@Suite struct TextCellTests {
  @Test(arguments: [
    ("Київ", 4, "Київ"), ("Zelenskyy – Київ", 10, "Zelenskyy…"), ("👨‍👩‍👧 family", 3, "👨‍👩‍👧 …"),
    ("abc", 1, "…"), ("abc", 0, ""),
  ])
  func truncation(input: String, width: Int, expected: String) {
    #expect(TextCell.truncate(input, to: width) == expected)
  }

  @Test func oneLineCollapsesWhitespaceAndDropsControls() {
    #expect(TextCell.oneLine("  a\n\tb\u{2028}c\u{07}d  ") == "a b cd")
  }

  @Test func tableRowsAlignByCharacters() {
    let text = ActorsExport.text(Fixtures.actors)
    let lines = text.split(separator: "\n").prefix(6)
    let typeColumn = lines.map { line -> Int? in
      guard let r = line.range(of: "person") ?? line.range(of: "country") ?? line.range(of: "organization")
        ?? line.range(of: "agreement") ?? line.range(of: "TYPE")
      else { return nil }
      return line.distance(from: line.startIndex, to: r.lowerBound)
    }
    #expect(Set(typeColumn.compactMap { $0 }).count == 1, "\(typeColumn)")
    #expect(!text.contains(" \n"))
  }

  /// Terminal output never carries control characters (ANSI escapes, BEL, C1
  /// CSI) from the data: only line feeds.
  @Test(arguments: Output.allCases.filter(\.isText))
  func textOutputHasNoControlCharacters(output: Output) {
    let bad = output.render().unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}"
    }
    #expect(bad.isEmpty, "\(bad.map { String($0.value, radix: 16) })")
  }

  @Test func timelineTextHasAnUndatedSection() {
    let text = TimelineExport.text(Fixtures.timeline)
    #expect(text.contains("\nUndated\n"))
    #expect(text.contains("Zelenskyy – Київ → ACME"))
    #expect(text.contains("…"))
    #expect(text.hasSuffix("4 events, 1 undated\n"))
  }
}
