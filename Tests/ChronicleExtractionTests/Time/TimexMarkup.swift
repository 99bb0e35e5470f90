import ChronicleExtraction

/// An expected TIMEX3 parsed from test markup.
struct ExpectedTimex: Equatable, CustomStringConvertible {
  var text: String
  var type: String
  var value: String
  var mod: String?
  var span: TextSpan

  var description: String { "[\(text)|\(type)|\(value)\(mod.map { "|" + $0 } ?? "")]" }
}

/// Parses `"She left [Monday|DATE|2022-10-17] early."` into the plain text and the expected
/// expressions (`[text|TYPE|value]` or `[text|TYPE|value|MOD]`), with UTF-8 byte spans.
func parseTimexMarkup(_ markup: String) -> (text: String, expected: [ExpectedTimex]) {
  var text: [UInt8] = []
  var expected: [ExpectedTimex] = []
  var bytes = Array(markup.utf8)[...]
  while let b = bytes.first {
    bytes = bytes.dropFirst()
    guard b == UInt8(ascii: "[") else {
      text.append(b)
      continue
    }
    let close = bytes.firstIndex(of: UInt8(ascii: "]"))!
    let fields = String(decoding: bytes[..<close], as: UTF8.self).split(separator: "|", omittingEmptySubsequences: false)
    let start = text.count
    text.append(contentsOf: Array(fields[0].utf8))
    expected.append(
      ExpectedTimex(
        text: String(fields[0]), type: String(fields[1]), value: String(fields[2]),
        mod: fields.count > 3 ? String(fields[3]) : nil, span: TextSpan(start: start, end: text.count)))
    bytes = bytes[(close + 1)...]
  }
  return (String(decoding: text, as: UTF8.self), expected)
}

/// Tags `text` and returns the expressions in the markup's form.
func tagForTest(_ text: String, published: CivilDate?) -> [ExpectedTimex] {
  let analyzed = TextAnalyzer().analyze(text, headlineLength: 0)
  return TemporalTagger().tag(analyzed, published: published).map {
    ExpectedTimex(text: $0.text, type: $0.type.rawValue, value: $0.value, mod: $0.mod, span: $0.span)
  }
}
