import ChronicleExtraction
import Foundation

/// One expected coding (or a "no event" mark) for a sentence.
public struct GoldCoding: Sendable, Equatable, Codable {
  public var source: String
  public var code: String
  public var target: String

  public init(source: String, code: String, target: String) {
    self.source = source
    self.code = code
    self.target = target
  }
}

/// A sentence of a coding validation set with its expected codings.
public struct CodingCase: Sendable {
  public var id: String
  /// The test category of the row (`DEMO`, `COMPOUND`, `AFP`…).
  public var category: String = ""
  public var date: CivilDate?
  public var text: String
  public var codings: [GoldCoding]
  public var noEvent: Bool

  public init(id: String, date: CivilDate?, text: String, codings: [GoldCoding], noEvent: Bool) {
    self.id = id
    self.date = date
    self.text = text
    self.codings = codings
    self.noEvent = noEvent
  }
}

/// A coding produced by the system: source actor code, CAMEO code, target actor code.
public struct SystemCoding: Sendable, Equatable, Codable {
  public var source: String
  public var code: String
  public var target: String
  public var trigger: String

  public init(source: String, code: String, target: String, trigger: String) {
    self.source = source
    self.code = code
    self.target = target
    self.trigger = trigger
  }
}

/// Agreement of system codings with gold codings.
public struct CodingReport: Sendable, Codable {
  public var sentences = 0
  public var goldCodings = 0
  public var noEventSentences = 0
  /// Gold codings whose CAMEO root is produced by some event of the sentence (actors ignored).
  public var rootFoundAnyActors = 0
  /// Gold codings matched by a system coding with the same root (with actors).
  public var rootAgree = 0
  public var exactAgree = 0
  /// Of root-matched codings: same source country (first 3 letters) / same target country.
  public var sourceAgree = 0
  public var targetAgree = 0
  /// Gold codings matched on root, source and target country.
  public var fullAgree = 0
  public var systemCodings = 0
  /// System codings that match some gold coding of their sentence on root, source and target country.
  public var matchedSystemCodings = 0
  /// System codings on sentences marked as having no event.
  public var overGeneration = 0
  public var errors: [String] = []
  /// Per test category: sentences and sentences whose gold codings were all matched (a
  /// no-event sentence passes with no system coding).
  public var byCategory: [String: CategoryScore] = [:]

  /// Sentences passed in one test category.
  public struct CategoryScore: Sendable, Codable {
    public var sentences = 0
    public var passed = 0
  }

  public init() {}

  /// The derived agreement rates, for JSON output.
  public var scores: [String: Double] {
    func r(_ n: Int, _ d: Int) -> Double { d == 0 ? 0 : Double(n) / Double(d) }
    return [
      "rootAgreement": r(rootAgree, goldCodings), "exactAgreement": r(exactAgree, goldCodings),
      "rootFoundAnyActors": r(rootFoundAnyActors, goldCodings), "sourceAgreement": r(sourceAgree, rootAgree),
      "targetAgreement": r(targetAgree, rootAgree), "fullAgreement": r(fullAgree, goldCodings),
      "precision": precision, "recall": recall,
    ]
  }

  /// Matched system codings / all system codings (no-event sentences included).
  public var precision: Double { systemCodings == 0 ? 0 : Double(matchedSystemCodings) / Double(systemCodings) }
  /// Gold codings matched on (source country, CAMEO root, target country) / gold codings.
  public var recall: Double { goldCodings == 0 ? 0 : Double(fullAgree) / Double(goldCodings) }

  /// The scores under the snake_case names the CI floors read (`metrics.root_source_target`…).
  public var metrics: [String: Double] {
    func r(_ n: Int, _ d: Int) -> Double { d == 0 ? 0 : Double(n) / Double(d) }
    return [
      "root_source_target": recall, "recall": recall, "precision": precision,
      "f1": precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
      "root": r(rootAgree, goldCodings), "root_any_actors": r(rootFoundAnyActors, goldCodings),
      "exact_code": r(exactAgree, goldCodings),
    ]
  }

  static func root(_ code: String) -> String { String(code.prefix(2)) }
  static func country(_ code: String) -> String { String(code.prefix(3)) }

  /// Scores one sentence: each gold coding is matched by system codings of the same CAMEO
  /// root; sources and targets are compared by their first three letters (the country).
  public mutating func score(_ c: CodingCase, events: [EventMention], system: [SystemCoding]) {
    sentences += 1
    let before = fullAgree
    defer {
      let passed = c.noEvent ? system.isEmpty : fullAgree - before == c.codings.count
      byCategory[c.category, default: CategoryScore()].sentences += 1
      if passed { byCategory[c.category, default: CategoryScore()].passed += 1 }
    }
    systemCodings += system.count
    if c.noEvent {
      noEventSentences += 1
      overGeneration += system.count
      for s in system { errors.append("\(c.id) over-generated \(s.source) \(s.code) \(s.target) (\(s.trigger))") }
      return
    }
    matchedSystemCodings += system.filter { s in
      c.codings.contains {
        Self.root($0.code) == Self.root(s.code) && Self.country($0.source) == Self.country(s.source)
          && Self.country($0.target) == Self.country(s.target)
      }
    }.count
    let roots = Set(events.compactMap { $0.category.map { Self.root($0.cameo) } })
    for g in c.codings {
      goldCodings += 1
      if roots.contains(Self.root(g.code)) { rootFoundAnyActors += 1 }
      let sameRoot = system.filter { Self.root($0.code) == Self.root(g.code) }
      guard !sameRoot.isEmpty else {
        let got = events.compactMap { e in e.category.map { "\(e.trigger):\($0.cameo)" } }.joined(separator: " ")
        errors.append("\(c.id) missed \(g.source) \(g.code) \(g.target); system: [\(got)]")
        continue
      }
      rootAgree += 1
      if sameRoot.contains(where: { $0.code == g.code }) { exactAgree += 1 }
      let src = sameRoot.contains { Self.country($0.source) == Self.country(g.source) }
      let tgt = sameRoot.contains { Self.country($0.target) == Self.country(g.target) }
      if src { sourceAgree += 1 }
      if tgt { targetAgree += 1 }
      if sameRoot.contains(where: {
        Self.country($0.source) == Self.country(g.source) && Self.country($0.target) == Self.country(g.target)
      }) {
        fullAgree += 1
      } else {
        let got = sameRoot.map { "\($0.source) \($0.code) \($0.target)" }.joined(separator: "; ")
        errors.append("\(c.id) actors \(g.source) \(g.code) \(g.target) vs \(got)")
      }
    }
  }

  /// A plain-text summary; with `errors`, each missed, mis-attributed or over-generated coding.
  public func render(errors showErrors: Bool) -> String {
    func r(_ n: Int, _ d: Int) -> String { d == 0 ? "n/a" : String(format: "%d/%d = %.3f", n, d, Double(n) / Double(d)) }
    var lines = [
      "Event coding: \(sentences) sentences, \(goldCodings) gold codings, \(noEventSentences) no-event sentences, \(systemCodings) system codings",
      "  root code found (any actors) \(r(rootFoundAnyActors, goldCodings))",
      "  root agreement (coded with actors) \(r(rootAgree, goldCodings))  exact code \(r(exactAgree, goldCodings))",
      "  source agreement \(r(sourceAgree, rootAgree))  target agreement \(r(targetAgree, rootAgree))  full (root+source+target) \(r(fullAgree, goldCodings))",
      "  over-generation on no-event sentences: \(overGeneration) codings on \(noEventSentences) sentences",
      "  precision (matched system codings) \(r(matchedSystemCodings, systemCodings))  recall \(r(fullAgree, goldCodings))",
    ]
    if byCategory.count > 1 {
      let cats = byCategory.sorted { $0.value.sentences != $1.value.sentences ? $0.value.sentences > $1.value.sentences : $0.key < $1.key }
      lines.append("  sentences passed by category: " + cats.map { "\($0.key) \($0.value.passed)/\($0.value.sentences)" }.joined(separator: ", "))
    }
    if showErrors { lines += errors.map { "  " + $0 } }
    return lines.joined(separator: "\n")
  }
}

/// Runs the pipeline stages on a PETRARCH-style validation TSV and scores codings.
public enum CodingEvaluation {
  /// Reads rows `id category date sourcecode eventcode targetcode noevents text`, grouping rows
  /// of the same id into one case.
  public static func read(path: String) throws -> [CodingCase] {
    guard let data = FileManager.default.contents(atPath: path) else { throw EventEvalError.unreadable(path: path) }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
    guard let header = lines.first, header.hasPrefix("id\t") else {
      throw EventEvalError.malformed(path: path, reason: "expected a header line starting with 'id<TAB>'")
    }
    var cases: [CodingCase] = []
    var index: [String: Int] = [:]
    for line in lines.dropFirst() {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 8 else { continue }
      let key = f[0] + "\u{1}" + f[7]
      let date = f[2].count == 8 ? CivilDate(iso: "\(f[2].prefix(4))-\(f[2].dropFirst(4).prefix(2))-\(f[2].suffix(2))") : nil
      if index[key] == nil {
        index[key] = cases.count
        cases.append(CodingCase(id: f[0], date: date, text: f[7], codings: [], noEvent: false))
        cases[cases.count - 1].category = f[1]
      }
      let i = index[key]!
      if f[6].lowercased() == "true" { cases[i].noEvent = true }
      if !f[4].isEmpty { cases[i].codings.append(GoldCoding(source: f[3], code: f[4], target: f[5])) }
    }
    return cases
  }

  /// Role codes that need a country in front; without one PETRARCH writes `---` ("---REB").
  static let roleCodes: Set<String> = [
    "GOV", "MIL", "REB", "OPP", "CVL", "LEG", "JUD", "BUS", "MED", "EDU", "COP", "SPY", "CRM", "UAF", "INS",
    "PTY", "LAB", "REF", "HLH", "ELI", "AGR", "ENV", "MOD", "RAD", "SEP", "PPL",
  ]

  /// A code whose first three letters are a role gets the unknown-country prefix `---`.
  static func normalized(_ code: String) -> String {
    roleCodes.contains(String(code.prefix(3))) ? "---" + code : code
  }

  /// The codings of events that have a category, a source and a target. Like PETRARCH, a
  /// sentence is coded by its most informative events: a plain statement (CAMEO 01x) whose
  /// reported event is coded gives way to it, and a coded report (an accusation, a denial)
  /// stands for the act it reports.
  public static func codings(events: [EventMention], actors: [ActorMention]) -> [SystemCoding] {
    let all = events.map { codings(of: $0, actors: actors) }
    var keep = [Bool](repeating: true, count: events.count)
    for (i, e) in events.enumerated() {
      guard let p = e.parent, p < events.count, !all[i].isEmpty, !all[p].isEmpty else { continue }
      if events[p].category?.cameo.hasPrefix("01") == true && events[p].category?.cameo != "015" || commissive.contains(events[p].lemma) {
        keep[p] = false
      } else {
        keep[i] = false
      }
    }
    return all.indices.filter { keep[$0] }.flatMap { all[$0] }
  }

  /// Governors that commit their subject to the act: the act itself is coded ("agreed to lift").
  static let commissive: Set<String> = ["agree", "pledge", "vow", "promise", "decide", "undertake"]

  static func codings(of e: EventMention, actors: [ActorMention]) -> [SystemCoding] {
    var out: [SystemCoding] = []
    for e in [e] {
      guard let cat = e.category, e.factuality != .negated || cat.cameo.hasPrefix("12") else { continue }
      let sources = e.arguments.filter { $0.role == .source }.map { actors[$0.mention] }
      let targets = e.arguments.filter { $0.role == .target }.map { actors[$0.mention] }
      func code(_ m: ActorMention) -> String { normalized(m.code ?? m.entity.code ?? m.entity.country ?? m.text) }
      for s in sources {
        for t in targets where code(s) != code(t) {
          out.append(SystemCoding(source: code(s), code: cat.cameo, target: code(t), trigger: e.trigger))
        }
      }
      if targets.isEmpty && sources.count > 1 && EventLexicon.isSymmetric(cat.cameo) {
        for s in sources {
          for t in sources where code(s) != code(t) {
            out.append(SystemCoding(source: code(s), code: cat.cameo, target: code(t), trigger: e.trigger))
          }
        }
      }
    }
    return out
  }

  /// Runs the full pipeline (text, time, actors, events) on each sentence and scores it.
  public static func run(path: String, extractor: Extractor = Extractor()) throws -> CodingReport {
    var report = CodingReport()
    for c in try read(path: path) {
      let result = extractor.extract(Article(body: c.text, published: c.date))
      report.score(c, events: result.events, system: codings(events: result.events, actors: result.actors))
    }
    return report
  }
}
