import ChronicleExtraction
import Foundation

/// A system TIMEX3 reduced to what the scorer compares.
public struct SystemTimex: Sendable, Equatable, Codable {
  /// UTF-8 byte span in the document text.
  public var span: TextSpan
  /// The tagged words.
  public var text: String
  /// TIMEX3 type.
  public var type: String
  /// Normalized value.
  public var value: String
  /// The tagger rule that produced it.
  public var rule: String

  public init(span: TextSpan, text: String, type: String, value: String, rule: String = "") {
    self.span = span
    self.text = text
    self.type = type
    self.value = value
    self.rule = rule
  }
}

/// One scoring error.
public struct TimexError: Sendable, Codable, Equatable {
  /// What went wrong.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    /// A gold expression no system expression overlaps.
    case missed
    /// A system expression overlapping no gold expression.
    case spurious
    /// Matched (overlapping) but with another value.
    case wrongValue = "wrong-value"
    /// Matched but with another type.
    case wrongType = "wrong-type"
    /// Matched but the extents differ.
    case extent
  }
  public var kind: Kind
  /// File name of the document.
  public var document: String
  public var gold: GoldTimex?
  public var system: SystemTimex?
}

/// Counts and scores of TempEval-3 Task A (TIMEX3 extents, types and values).
public struct TimexScores: Sendable, Codable, Equatable {
  /// Gold expressions.
  public var gold = 0
  /// System expressions.
  public var system = 0
  /// One-to-one matches of overlapping extents.
  public var relaxedMatches = 0
  /// Matches with identical extents.
  public var strictMatches = 0
  /// Relaxed matches with the gold type.
  public var typeCorrect = 0
  /// Relaxed matches with the gold value.
  public var valueCorrect = 0

  public init() {}

  static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
  static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

  public var relaxedPrecision: Double { Self.ratio(relaxedMatches, system) }
  public var relaxedRecall: Double { Self.ratio(relaxedMatches, gold) }
  public var relaxedF1: Double { Self.f1(relaxedPrecision, relaxedRecall) }
  public var strictPrecision: Double { Self.ratio(strictMatches, system) }
  public var strictRecall: Double { Self.ratio(strictMatches, gold) }
  public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
  /// Share of relaxed matches with the right type.
  public var typeAccuracy: Double { Self.ratio(typeCorrect, relaxedMatches) }
  /// Share of relaxed matches with the right value.
  public var valueAccuracy: Double { Self.ratio(valueCorrect, relaxedMatches) }
  /// TempEval-3 value F1: value accuracy × relaxed F1.
  public var valueF1: Double { valueAccuracy * relaxedF1 }

  private enum CodingKeys: String, CodingKey {
    case gold, system, relaxedMatches, strictMatches, typeCorrect, valueCorrect
    case relaxedPrecision, relaxedRecall, relaxedF1, strictPrecision, strictRecall, strictF1
    case typeAccuracy, valueAccuracy, valueF1
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    gold = try c.decode(Int.self, forKey: .gold)
    system = try c.decode(Int.self, forKey: .system)
    relaxedMatches = try c.decode(Int.self, forKey: .relaxedMatches)
    strictMatches = try c.decode(Int.self, forKey: .strictMatches)
    typeCorrect = try c.decode(Int.self, forKey: .typeCorrect)
    valueCorrect = try c.decode(Int.self, forKey: .valueCorrect)
  }

  /// Encodes the counts and the derived scores.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(gold, forKey: .gold)
    try c.encode(system, forKey: .system)
    try c.encode(relaxedMatches, forKey: .relaxedMatches)
    try c.encode(strictMatches, forKey: .strictMatches)
    try c.encode(typeCorrect, forKey: .typeCorrect)
    try c.encode(valueCorrect, forKey: .valueCorrect)
    try c.encode(relaxedPrecision, forKey: .relaxedPrecision)
    try c.encode(relaxedRecall, forKey: .relaxedRecall)
    try c.encode(relaxedF1, forKey: .relaxedF1)
    try c.encode(strictPrecision, forKey: .strictPrecision)
    try c.encode(strictRecall, forKey: .strictRecall)
    try c.encode(strictF1, forKey: .strictF1)
    try c.encode(typeAccuracy, forKey: .typeAccuracy)
    try c.encode(valueAccuracy, forKey: .valueAccuracy)
    try c.encode(valueF1, forKey: .valueF1)
  }

  /// The gate metrics by snake_case name (floats in 0…1): `relaxed_f1`, `strict_f1`,
  /// `value_f1`, `type_accuracy`, `value_accuracy`, precisions and recalls.
  public var metrics: [String: Double] {
    [
      "relaxed_precision": relaxedPrecision, "relaxed_recall": relaxedRecall, "relaxed_f1": relaxedF1,
      "strict_precision": strictPrecision, "strict_recall": strictRecall, "strict_f1": strictF1,
      "type_accuracy": typeAccuracy, "value_accuracy": valueAccuracy, "value_f1": valueF1,
    ]
  }

  static func += (a: inout TimexScores, b: TimexScores) {
    a.gold += b.gold
    a.system += b.system
    a.relaxedMatches += b.relaxedMatches
    a.strictMatches += b.strictMatches
    a.typeCorrect += b.typeCorrect
    a.valueCorrect += b.valueCorrect
  }
}

/// The result of an evaluation run.
public struct TimexReport: Sendable, Codable {
  /// Documents scored.
  public var documents: Int
  /// Totals over all documents.
  public var scores: TimexScores
  /// Every error, in document order.
  public var errors: [TimexError]
  /// Bytes of document text tagged (tagger alone, without tokenization).
  public var taggedBytes: Int
  /// Seconds spent in ``TemporalTagger/tag(_:published:)`` (best of three runs per document).
  public var taggerSeconds: Double
  /// Mean seconds of one run over all documents (includes cold-cache effects).
  public var taggerSecondsMean: Double = 0
  /// CPU seconds of the tagging thread over one run of all documents (best of three per
  /// document): the one-core cost, not inflated by other processes sharing the machine.
  public var taggerCPUSeconds: Double = 0

  /// Tagger throughput in MB/s of thread CPU time.
  public var cpuMegabytesPerSecond: Double { taggerCPUSeconds > 0 ? Double(taggedBytes) / taggerCPUSeconds / 1e6 : 0 }

  /// Tagger throughput in MB/s (10^6 bytes).
  public var megabytesPerSecond: Double { taggerSeconds > 0 ? Double(taggedBytes) / taggerSeconds / 1e6 : 0 }

  private enum CodingKeys: String, CodingKey {
    case documents, scores, errors, taggedBytes, taggerSeconds, taggerSecondsMean, megabytesPerSecond, metrics
    case taggerCPUSeconds, cpuMegabytesPerSecond
  }

  public init(documents: Int, scores: TimexScores, errors: [TimexError], taggedBytes: Int, taggerSeconds: Double) {
    self.documents = documents
    self.scores = scores
    self.errors = errors
    self.taggedBytes = taggedBytes
    self.taggerSeconds = taggerSeconds
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    documents = try c.decode(Int.self, forKey: .documents)
    scores = try c.decode(TimexScores.self, forKey: .scores)
    errors = try c.decode([TimexError].self, forKey: .errors)
    taggedBytes = try c.decode(Int.self, forKey: .taggedBytes)
    taggerSeconds = try c.decode(Double.self, forKey: .taggerSeconds)
    taggerSecondsMean = try c.decodeIfPresent(Double.self, forKey: .taggerSecondsMean) ?? 0
  }

  /// Encodes the report with its throughput.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(documents, forKey: .documents)
    try c.encode(scores, forKey: .scores)
    try c.encode(errors, forKey: .errors)
    try c.encode(taggedBytes, forKey: .taggedBytes)
    try c.encode(taggerSeconds, forKey: .taggerSeconds)
    try c.encode(taggerSecondsMean, forKey: .taggerSecondsMean)
    try c.encode(taggerCPUSeconds, forKey: .taggerCPUSeconds)
    try c.encode(cpuMegabytesPerSecond, forKey: .cpuMegabytesPerSecond)
    try c.encode(megabytesPerSecond, forKey: .megabytesPerSecond)
    try c.encode(scores.metrics, forKey: .metrics)
  }

  /// The score lines of a summary: counts, relaxed and strict P/R/F1, type and value measures.
  static func scoreLines(_ s: TimexScores) -> String {
    func pct(_ v: Double) -> String { String(format: "%.1f", v * 100) }
    return """
      gold \(s.gold), system \(s.system)
      relaxed  P \(pct(s.relaxedPrecision))  R \(pct(s.relaxedRecall))  F1 \(pct(s.relaxedF1))
      strict   P \(pct(s.strictPrecision))  R \(pct(s.strictRecall))  F1 \(pct(s.strictF1))
      type accuracy \(pct(s.typeAccuracy))  value accuracy \(pct(s.valueAccuracy))  value F1 \(pct(s.valueF1))
      """
  }

  /// A human-readable summary.
  public var summary: String {
    """
      documents \(documents), \(Self.scoreLines(scores))
      tagger throughput \(String(format: "%.1f", megabytesPerSecond)) MB/s best of 3 runs per document, \
      \(String(format: "%.1f", taggerSecondsMean > 0 ? Double(taggedBytes) / taggerSecondsMean / 1e6 : 0)) MB/s mean, \
      \(String(format: "%.1f", cpuMegabytesPerSecond)) MB/s of thread CPU time (\(taggedBytes) bytes)
      """
  }

  /// Errors grouped by kind, most frequent surface forms first.
  public func errorListing(limit: Int = Int.max) -> String { Self.errorListing(errors, limit: limit) }

  static func errorListing(_ errors: [TimexError], limit: Int) -> String {
    var lines: [String] = []
    for kind in TimexError.Kind.allCases {
      let group = errors.filter { $0.kind == kind }
      guard !group.isEmpty else { continue }
      lines.append("== \(kind.rawValue) (\(group.count))")
      var byKey: [String: [TimexError]] = [:]
      for e in group {
        let key = (e.gold?.text ?? e.system?.text ?? "").lowercased()
        byKey[key, default: []].append(e)
      }
      let sorted = byKey.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
      for (_, items) in sorted.prefix(limit) {
        let e = items[0]
        let gold = e.gold.map { "gold \"\($0.text)\" \($0.type) \($0.value)\($0.mod.map { " " + $0 } ?? "")" } ?? ""
        let system = e.system.map { "sys \"\($0.text)\" \($0.type) \($0.value) [\($0.rule)]" } ?? ""
        lines.append("  \(items.count)× \([gold, system].filter { !$0.isEmpty }.joined(separator: " | "))  (\(e.document))")
      }
    }
    return lines.joined(separator: "\n")
  }
}

/// TempEval-3 Task A evaluation of ``TemporalTagger`` on TimeML files.
public enum TimexEvaluation {
  /// Tags and scores every `.tml` file among `paths` (files or folders).
  public static func evaluate(paths: [String]) throws -> TimexReport {
    let files = try TimeMLReader.files(in: paths)
    let analyzer = TextAnalyzer()
    let tagger = TemporalTagger()
    var scores = TimexScores()
    var errors: [TimexError] = []
    var bytes = 0
    var elapsed = Duration.zero
    var total = Duration.zero
    var cpuTotal = 0.0
    let clock = ContinuousClock()
    for file in files {
      let doc = try TimeMLReader.read(path: file)
      let analyzed = analyzer.analyze(doc.text, headlineLength: 0)
      var found: [TimeExpression] = []
      // Throughput: the best of three runs per document (less noise from other processes).
      var best = Duration.seconds(1_000)
      var bestCPU = Double.infinity
      for _ in 0..<3 {
        let cpu0 = threadCPUSeconds()
        let t = clock.measure { found = tagger.tag(analyzed, published: doc.creationDate) }
        bestCPU = min(bestCPU, threadCPUSeconds() - cpu0)
        best = min(best, t)
        total += t
      }
      elapsed += best
      cpuTotal += bestCPU
      bytes += doc.text.utf8.count
      let system = found.map {
        SystemTimex(span: $0.span, text: $0.text, type: $0.type.rawValue, value: $0.value, rule: $0.rule)
      }
      let (s, e) = score(gold: doc.timexes, system: system, document: doc.name)
      scores += s
      errors += e
    }
    func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
    var report = TimexReport(
      documents: files.count, scores: scores, errors: errors, taggedBytes: bytes, taggerSeconds: seconds(elapsed))
    report.taggerSecondsMean = seconds(total) / 3
    report.taggerCPUSeconds = cpuTotal
    return report
  }

  /// Scores one document: one-to-one relaxed matching (overlap), strict = identical extents.
  public static func score(gold: [GoldTimex], system: [SystemTimex], document: String = "")
    -> (TimexScores, [TimexError])
  {
    var s = TimexScores()
    s.gold = gold.count
    s.system = system.count
    var errors: [TimexError] = []
    var used = [Bool](repeating: false, count: system.count)
    for g in gold {
      // Prefer an identical extent, else the first overlapping unmatched one.
      var match = system.indices.first { !used[$0] && system[$0].span == g.span }
      if match == nil { match = system.indices.first { !used[$0] && system[$0].span.overlaps(g.span) } }
      guard let m = match else {
        errors.append(TimexError(kind: .missed, document: document, gold: g, system: nil))
        continue
      }
      used[m] = true
      let sys = system[m]
      s.relaxedMatches += 1
      if sys.span == g.span { s.strictMatches += 1 }
      if sys.type == g.type { s.typeCorrect += 1 }
      if sys.value == g.value {
        s.valueCorrect += 1
      } else {
        errors.append(TimexError(kind: .wrongValue, document: document, gold: g, system: sys))
      }
      if sys.type != g.type { errors.append(TimexError(kind: .wrongType, document: document, gold: g, system: sys)) }
      if sys.span != g.span { errors.append(TimexError(kind: .extent, document: document, gold: g, system: sys)) }
    }
    for (k, sys) in system.enumerated() where !used[k] {
      errors.append(TimexError(kind: .spurious, document: document, gold: nil, system: sys))
    }
    return (s, errors)
  }
}

/// CPU time consumed by the calling thread, in seconds.
func threadCPUSeconds() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
