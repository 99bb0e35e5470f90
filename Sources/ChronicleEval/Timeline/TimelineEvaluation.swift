import Foundation

/// A malformed SemEval-2015 Task 4 timeline file.
public enum TimelineFileError: Error, CustomStringConvertible, Equatable {
  /// The file has no entity line.
  case empty(file: String)
  /// A line is not `order<TAB>anchor<TAB>mention…`.
  case badLine(file: String, line: Int, text: String)
  /// A directory could not be read.
  case unreadable(path: String)
  /// A timeline file or its directory could not be written.
  case unwritable(path: String)

  public var description: String {
    switch self {
    case .empty(let file): return "\(file): empty timeline file: put the entity name on the first line"
    case .badLine(let file, let line, let text):
      return "\(file):\(line): '\(text)' is not order<TAB>anchor<TAB>docid-sentence-word: fix the line"
    case .unreadable(let path): return "cannot read '\(path)': pass a directory of timeline .txt files"
    case .unwritable(let path): return "cannot write '\(path)': pass a writable --out directory"
    }
  }
}

/// One SemEval-2015 Task 4 timeline ("TimeLine: Cross-Document Event Ordering"): the
/// entity, then one line per event with its order, its anchor and its mentions.
public struct SemEvalTimeline: Sendable, Equatable {
  /// One line: `order<TAB>anchor<TAB>docid-sentence-word[<TAB>coreferent mention…]`.
  public struct Line: Sendable, Equatable {
    /// Position in the timeline; 0 means "not placed" and is ignored by the measure.
    public var order: Int
    /// `2005-01-18`, `2005-01-XX`, `2007`, `XXXX-XX-XX`…
    public var anchor: String
    /// Mention ids (`docid-sentence-word`); all of them refer to the same event.
    public var mentions: [String]

    public init(order: Int, anchor: String, mentions: [String]) {
      self.order = order
      self.anchor = anchor
      self.mentions = mentions
    }
  }

  public var entity: String
  public var lines: [Line]

  public init(entity: String, lines: [Line]) {
    self.entity = entity
    self.lines = lines
  }

  /// Parses a timeline file (blank lines are skipped).
  public static func parse(_ text: String, file: String = "timeline") throws(TimelineFileError) -> SemEvalTimeline {
    var rows = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
      .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
    while let first = rows.first, first.trimmingCharacters(in: .whitespaces).isEmpty { rows.removeFirst() }
    guard let entity = rows.first else { throw .empty(file: file) }
    var lines: [Line] = []
    for (index, row) in rows.enumerated().dropFirst() {
      if row.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      let cells = row.split(separator: "\t", omittingEmptySubsequences: true).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard cells.count >= 3, let order = Int(cells[0]) else {
        throw .badLine(file: file, line: index + 1, text: row)
      }
      lines.append(Line(order: order, anchor: cells[1], mentions: Array(cells[2...])))
    }
    return SemEvalTimeline(entity: entity.trimmingCharacters(in: .whitespaces), lines: lines)
  }

  /// The anchor as a time node name: trailing unknown parts dropped (`2008-03-XX` →
  /// `2008-03`, `2007-XX-XX` → `2007`), `nil` for an unknown date (`XXXX-XX-XX`).
  public static func normalizedAnchor(_ anchor: String) -> String? {
    var parts = anchor.split(separator: "-").map(String.init)
    while let last = parts.last, last.allSatisfy({ $0 == "X" || $0 == "x" }) { parts.removeLast() }
    guard let first = parts.first, first.first?.isNumber == true else { return nil }
    return parts.joined(separator: "-")
  }
}

/// A timeline as a temporal graph, in the form the temporal-awareness measure needs.
///
/// Nodes are event mentions and time nodes (one per distinct known anchor). Relations:
/// - mentions on one line, and lines with the same order, are SIMULTANEOUS;
/// - every event of order group *k* is BEFORE every event of a later group (closure of
///   "consecutive order groups BEFORE");
/// - an event is SIMULTANEOUS with its anchor's time node, read as "happens within the
///   anchor's day, month or year" (so two ordered groups on the same day do not collapse
///   into one: the relation does not pass through the time node to other events), and
///   the anchor holds for every event simultaneous with it.
/// Order 0 lines are ignored.
///
/// The **closure** is answered by ``holds(_:)``. The **reduced graph** counts one edge per
/// link that cannot be derived from the others: `size − 1` SIMULTANEOUS edges inside
/// each order group, one BEFORE edge between consecutive groups, one anchor edge per
/// (group, anchor) pair.
public struct TimelineGraph: Sendable {
  /// A relation of the closure.
  public enum Relation: Hashable, Sendable {
    case simultaneous(String, String)
    case before(String, String)
    case anchored(event: String, time: String)
  }

  /// Order groups in time order: mentions (sorted) and known anchors.
  public private(set) var groups: [(mentions: [String], anchors: [String])] = []
  private var rank: [String: Int] = [:]

  public init(_ timeline: SemEvalTimeline) {
    var byOrder: [Int: (mentions: [String], anchors: Set<String>)] = [:]
    var seen: Set<String> = []
    for line in timeline.lines where line.order > 0 {
      var entry = byOrder[line.order] ?? ([], [])
      for mention in line.mentions where seen.insert(mention).inserted { entry.mentions.append(mention) }
      if let anchor = SemEvalTimeline.normalizedAnchor(line.anchor) { entry.anchors.insert(anchor) }
      byOrder[line.order] = entry
    }
    for order in byOrder.keys.sorted() {
      let entry = byOrder[order]!
      if entry.mentions.isEmpty { continue }
      for mention in entry.mentions { rank[mention] = groups.count }
      groups.append((entry.mentions.sorted(), entry.anchors.sorted()))
    }
  }

  /// Whether the closure of the graph contains the relation.
  public func holds(_ relation: Relation) -> Bool {
    switch relation {
    case .simultaneous(let a, let b):
      guard let ra = rank[a], let rb = rank[b] else { return false }
      return ra == rb
    case .before(let a, let b):
      guard let ra = rank[a], let rb = rank[b] else { return false }
      return ra < rb
    case .anchored(let event, let time):
      guard let r = rank[event] else { return false }
      return groups[r].anchors.contains(time)
    }
  }

  /// Size of the reduced graph: edges that cannot be derived from other edges.
  public var reducedSize: Int {
    var n = 0
    for (i, group) in groups.enumerated() {
      n += group.mentions.count - 1 + group.anchors.count
      if i > 0 { n += 1 }
    }
    return n
  }

  /// How many edges of this graph's reduced graph hold in `other`'s closure.
  ///
  /// The reduced graph is fixed up to the choice of nodes inside a group; each edge is
  /// credited with its best choice, so the count does not depend on how the group's
  /// mentions are listed: inside a group, the mentions `other` also puts together can
  /// be chained by `k − 1` verified edges; a BEFORE edge between consecutive groups holds
  /// when `other` orders some pair of their mentions the same way; an anchor edge holds
  /// when `other` anchors some mention of the group to the same time.
  public func verifiedReducedEdges(in other: TimelineGraph) -> Int {
    var n = 0
    for (i, group) in groups.enumerated() {
      // SIMULTANEOUS chain: partition the group by the other graph's groups.
      var parts: [Int: Int] = [:]
      for mention in group.mentions {
        if let r = other.rank[mention] { parts[r, default: 0] += 1 }
      }
      for count in parts.values { n += count - 1 }
      for anchor in group.anchors
      where group.mentions.contains(where: { other.holds(.anchored(event: $0, time: anchor)) }) {
        n += 1
      }
      if i > 0 {
        let previous = groups[i - 1].mentions
        let earliest = previous.compactMap { other.rank[$0] }.min()
        let latest = group.mentions.compactMap { other.rank[$0] }.max()
        if let earliest, let latest, earliest < latest { n += 1 }
      }
    }
    return n
  }
}

/// Temporal-awareness scores (UzZaman & Allen, TempEval-3) of system timelines against
/// gold ones, as SemEval-2015 Task 4 computes them:
/// precision = |reduced(system) ∩ closure(gold)| / |reduced(system)|,
/// recall = |reduced(gold) ∩ closure(system)| / |reduced(gold)|, both micro-averaged over
/// the timelines (numerators and denominators summed), F1 their harmonic mean.
public struct TimelineScore: Sendable, Equatable {
  /// Per timeline: the entity and the four counts.
  public struct Item: Sendable, Equatable {
    public var name: String
    public var systemReduced: Int
    public var systemVerified: Int
    public var goldReduced: Int
    public var goldVerified: Int
    /// Whether a system timeline was found for this gold one.
    public var hasSystem: Bool
  }

  public var items: [Item]

  public var systemReduced: Int { items.reduce(0) { $0 + $1.systemReduced } }
  public var systemVerified: Int { items.reduce(0) { $0 + $1.systemVerified } }
  public var goldReduced: Int { items.reduce(0) { $0 + $1.goldReduced } }
  public var goldVerified: Int { items.reduce(0) { $0 + $1.goldVerified } }
  public var precision: Double { systemReduced == 0 ? 0 : Double(systemVerified) / Double(systemReduced) }
  public var recall: Double { goldReduced == 0 ? 0 : Double(goldVerified) / Double(goldReduced) }
  public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

/// Scores SemEval-2015 Task 4 timelines.
public enum TimelineEvaluation {
  /// Scores one system timeline against one gold timeline.
  public static func item(name: String, gold: SemEvalTimeline, system: SemEvalTimeline?) -> TimelineScore.Item {
    let g = TimelineGraph(gold)
    guard let system else {
      return .init(
        name: name, systemReduced: 0, systemVerified: 0, goldReduced: g.reducedSize, goldVerified: 0,
        hasSystem: false)
    }
    let s = TimelineGraph(system)
    return .init(
      name: name, systemReduced: s.reducedSize, systemVerified: s.verifiedReducedEdges(in: g),
      goldReduced: g.reducedSize, goldVerified: g.verifiedReducedEdges(in: s), hasSystem: true)
  }

  /// Scores pairs of timelines matched by name (gold timelines with no system
  /// counterpart count for recall; system timelines with no gold one are ignored, as in
  /// the task, where the entity list comes with the gold).
  public static func score(gold: [String: SemEvalTimeline], system: [String: SemEvalTimeline]) -> TimelineScore {
    TimelineScore(items: gold.keys.sorted().map { item(name: $0, gold: gold[$0]!, system: system[$0]) })
  }

  /// Reads every `.txt` timeline of a directory, keyed by file name.
  public static func readDirectory(_ path: String) throws(TimelineFileError) -> [String: SemEvalTimeline] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
      throw .unreadable(path: path)
    }
    var result: [String: SemEvalTimeline] = [:]
    for name in names where name.hasSuffix(".txt") {
      let file = (path as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: file) else { throw .unreadable(path: file) }
      result[name] = try SemEvalTimeline.parse(String(decoding: data, as: UTF8.self), file: file)
    }
    return result
  }
}
