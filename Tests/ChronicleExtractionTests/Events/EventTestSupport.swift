@testable import ChronicleExtraction

/// A sentence with expected events marked as `[trigger|attr|attr…]`.
struct MarkedEvents {
  struct Expected {
    var trigger: String
    var span: TextSpan
    var attrs: [String]
  }
  var text: String
  var expected: [Expected]

  init(_ marked: String) {
    var out = ""
    var expected: [Expected] = []
    var rest = Substring(marked)
    while let open = rest.firstIndex(of: "[") {
      out += rest[..<open]
      let close = rest[open...].firstIndex(of: "]")!
      let parts = rest[rest.index(after: open)..<close].split(separator: "|").map(String.init)
      let start = out.utf8.count
      out += parts[0]
      let attrs = parts.dropFirst().flatMap { $0.split(separator: ",").map(String.init) }
      expected.append(Expected(trigger: parts[0], span: TextSpan(start: start, end: out.utf8.count), attrs: attrs))
      rest = rest[rest.index(after: close)...]
    }
    out += rest
    text = out
    self.expected = expected
  }
}

/// An actor to mark in a test text: every occurrence of `text` becomes a mention of the entity.
struct ActorSpec {
  var text: String
  var name: String
  var type: ActorType
  var code: String?

  init(_ text: String, _ name: String? = nil, _ type: ActorType = .country, code: String? = nil) {
    self.text = text
    self.name = name ?? text
    self.type = type
    self.code = code
  }
}

enum EventTestSupport {
  static func mentions(_ specs: [ActorSpec], in analyzed: AnalyzedText) -> [ActorMention] {
    let bytes = Array(analyzed.text.utf8)
    var out: [ActorMention] = []
    for spec in specs {
      let needle = Array(spec.text.utf8)
      var i = 0
      while i + needle.count <= bytes.count {
        if Array(bytes[i..<(i + needle.count)]) == needle {
          let before = i == 0 ? UInt8(ascii: " ") : bytes[i - 1]
          let after = i + needle.count < bytes.count ? bytes[i + needle.count] : UInt8(ascii: " ")
          let isLetter: (UInt8) -> Bool = { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
          if !isLetter(before) && !isLetter(after) {
            let span = TextSpan(start: i, end: i + needle.count)
            let sentence = analyzed.sentences.first { $0.span.contains(span) }?.index ?? 0
            let entity = ActorEntity(id: "test:\(spec.name)", name: spec.name, type: spec.type, code: spec.code)
            out.append(ActorMention(sentence: sentence, span: span, text: spec.text, entity: entity, code: spec.code, rule: "test"))
          }
          i += needle.count
        } else {
          i += 1
        }
      }
    }
    return out.sorted { $0.span < $1.span }
  }

  /// A hand-built time expression over the first occurrence of `text`.
  static func time(_ text: String, value: String, signal: String?, in analyzed: AnalyzedText) -> TimeExpression {
    let range = analyzed.text.range(of: text)!
    let start = analyzed.text.utf8.distance(from: analyzed.text.startIndex, to: range.lowerBound)
    let span = TextSpan(start: start, end: start + text.utf8.count)
    let sentence = analyzed.sentences.first { $0.span.contains(span) }?.index ?? 0
    return TimeExpression(
      sentence: sentence, span: span, text: text, type: .date, value: value, anchor: .documentDate, signal: signal,
      rule: "test")
  }

  /// Checks one expected event; returns the problems found.
  static func check(_ exp: MarkedEvents.Expected, events: [EventMention], actors: [ActorMention]) -> [String] {
    guard let e = events.first(where: { $0.span == exp.span }) else {
      return ["no event for '\(exp.trigger)'; got \(events.map(\.trigger))"]
    }
    var problems: [String] = []
    func names(_ role: ArgumentRole) -> [String] {
      e.arguments.filter { $0.role == role }.map { actors[$0.mention].entity.name }
    }
    for a in exp.attrs {
      let kv = a.split(separator: "=", maxSplits: 1).map(String.init)
      let key = kv[0]
      let value = kv.count > 1 ? kv[1] : ""
      switch key {
      case "src": if !names(.source).contains(value) { problems.append("\(exp.trigger): source \(names(.source)) lacks \(value)") }
      case "tgt": if !names(.target).contains(value) { problems.append("\(exp.trigger): target \(names(.target)) lacks \(value)") }
      case "nosrc": if !names(.source).isEmpty { problems.append("\(exp.trigger): unexpected source \(names(.source))") }
      case "by":
        let who = e.attributedTo.map { actors[$0].entity.name }
        if who != value { problems.append("\(exp.trigger): attributedTo \(who ?? "nil") ≠ \(value)") }
      case "tense": if e.tense.rawValue != value { problems.append("\(exp.trigger): tense \(e.tense.rawValue) ≠ \(value)") }
      case "aspect": if e.aspect.rawValue != value { problems.append("\(exp.trigger): aspect \(e.aspect.rawValue) ≠ \(value)") }
      case "class": if e.timemlClass.rawValue != value { problems.append("\(exp.trigger): class \(e.timemlClass.rawValue) ≠ \(value)") }
      case "lemma": if e.lemma != value { problems.append("\(exp.trigger): lemma \(e.lemma) ≠ \(value)") }
      case "pos": if e.polarity == false { problems.append("\(exp.trigger): polarity negative") }
      case "neg": if e.polarity { problems.append("\(exp.trigger): polarity positive") }
      case "date": if (e.date ?? "nil") != value { problems.append("\(exp.trigger): date \(e.date ?? "nil") ≠ \(value)") }
      case "rule": if (e.dateRule ?? "nil") != value { problems.append("\(exp.trigger): dateRule \(e.dateRule ?? "nil") ≠ \(value)") }
      case "rel": if (e.timeRelation ?? "nil") != value { problems.append("\(exp.trigger): timeRelation \(e.timeRelation ?? "nil") ≠ \(value)") }
      case "nocode": if e.category != nil { problems.append("\(exp.trigger): unexpected code \(e.category!.cameo)") }
      case "parent": if e.parent == nil { problems.append("\(exp.trigger): no parent") }
      default:
        if let f = Factuality(rawValue: key) {
          if e.factuality != f { problems.append("\(exp.trigger): factuality \(e.factuality) ≠ \(f)") }
        } else if key.allSatisfy(\.isNumber) {
          if e.category?.cameo != key { problems.append("\(exp.trigger): CAMEO \(e.category?.cameo ?? "nil") ≠ \(key)") }
        } else if key.allSatisfy({ $0.isUppercase || $0 == "_" }) {
          if e.category?.plover != key { problems.append("\(exp.trigger): PLOVER \(e.category?.plover ?? "nil") ≠ \(key)") }
        } else {
          problems.append("unknown attribute \(key)")
        }
      }
    }
    return problems
  }
}
