import ChronicleExtraction

/// Marked-up actor sentences: `[text|entity-id|CODE]` marks one expected mention
/// (`-` for no code). Every mention the recognizer finds must be marked.
struct ActorMarkup {
  struct Expected: Equatable, CustomStringConvertible {
    var text: String
    var entity: String
    var code: String?
    var span: TextSpan

    var description: String { "[\(text)|\(entity)|\(code ?? "-")]@\(span.start)" }
  }

  let text: String
  let expected: [Expected]

  init(_ markup: String) {
    var plain = ""
    var expected: [Expected] = []
    var rest = Substring(markup)
    while let open = rest.firstIndex(of: "[") {
      plain += rest[rest.startIndex..<open]
      guard let close = rest[open...].firstIndex(of: "]") else { break }
      let inner = rest[rest.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false)
      let mentionText = String(inner[0])
      let start = plain.utf8.count
      plain += mentionText
      let code = inner.count > 2 && inner[2] != "-" ? String(inner[2]) : nil
      expected.append(
        Expected(
          text: mentionText, entity: inner.count > 1 ? String(inner[1]) : "", code: code,
          span: TextSpan(start: start, end: plain.utf8.count)))
      rest = rest[rest.index(after: close)...]
    }
    plain += rest
    self.text = plain
    self.expected = expected
  }

  /// The recognizer's mentions in the same form.
  static func found(_ mentions: [ActorMention]) -> [Expected] {
    mentions.map { Expected(text: $0.text, entity: $0.entity.id, code: $0.code, span: $0.span) }
  }
}
