import ChronicleEval
import Testing

/// SemEval-2015 Task 4 measure on hand-made timelines; every expected count is worked
/// out in the comments (reduced graph: per order group, size − 1 SIMULTANEOUS edges, one
/// edge per known anchor, one BEFORE edge to the previous group).
@Suite struct TimelineEvaluationTests {
  static let gold = """
    Entity
    1\t2010-01-05\td-1-a
    2\t2010-02-XX\td-2-b\td-3-c
    3\tXXXX-XX-XX\td-4-d
    0\tXXXX-XX-XX\td-5-z
    """

  func parse(_ text: String) throws -> SemEvalTimeline { try SemEvalTimeline.parse(text) }

  @Test func parsesLines() throws {
    let t = try parse(Self.gold)
    #expect(t.entity == "Entity")
    #expect(t.lines.count == 4)
    #expect(t.lines[1] == .init(order: 2, anchor: "2010-02-XX", mentions: ["d-2-b", "d-3-c"]))
  }

  @Test func rejectsBadLines() {
    #expect(throws: TimelineFileError.self) { try SemEvalTimeline.parse("E\nfirst\t2010\td-1-a\n") }
    #expect(throws: TimelineFileError.self) { try SemEvalTimeline.parse("E\n1\t2010\n") }
    #expect(throws: TimelineFileError.self) { try SemEvalTimeline.parse("\n\n") }
  }

  @Test(arguments: [
    ("2008-03-XX", "2008-03"), ("2007-XX-XX", "2007"), ("2005-01-18", "2005-01-18"), ("1976", "1976"),
    ("2006-01", "2006-01"), ("XXXX-XX-XX", nil), ("XXX-XX-XX", nil),
  ] as [(String, String?)])
  func anchors(_ anchor: String, _ node: String?) {
    #expect(SemEvalTimeline.normalizedAnchor(anchor) == node)
  }

  @Test func identicalTimelinesScoreOne() throws {
    // Gold groups: G1 {a} @2010-01-05, G2 {b, c} @2010-02, G3 {d} (order 0 line ignored).
    // Reduced: G1 = 1 anchor; G2 = 1 SIM (b=c) + 1 anchor + 1 BEFORE; G3 = 1 BEFORE → 5.
    let g = try parse(Self.gold)
    #expect(TimelineGraph(g).reducedSize == 5)
    let item = TimelineEvaluation.item(name: "e", gold: g, system: g)
    #expect(item.systemReduced == 5 && item.systemVerified == 5)
    #expect(item.goldReduced == 5 && item.goldVerified == 5)
  }

  static let system = """
    Entity
    1\t2010-01-05\td-1-a
    2\t2010-02-XX\td-2-b
    3\t2010-02\td-3-c
    4\t2011-XX-XX\td-9-x
    """

  @Test func partialTimeline() throws {
    // System groups: S1 {a} @2010-01-05, S2 {b} @2010-02, S3 {c} @2010-02, S4 {x} @2011.
    // Reduced system: S1 = 1; S2 = anchor + BEFORE = 2; S3 = 2; S4 = 2 → 7.
    // In the gold closure: S1 anchor ✓ (1); S2 anchor ✓, a<b ✓ (2); S3 anchor ✓, b<c ✗
    // (b = c in gold) (1); S4 anchor ✗, c<x ✗ (x unknown) (0) → precision 4/7.
    // Gold reduced (5) in the system closure: G1 anchor ✓ (1); G2: b = c ✗ (S2 ≠ S3),
    // anchor ✓ (b @2010-02), a < {b,c} ✓ → 2; G3: d missing, BEFORE ✗ → 0 → recall 3/5.
    // F1 = 2·(4/7)·(3/5) / (4/7 + 3/5) = (24/35) / (41/35) = 24/41.
    let score = TimelineEvaluation.score(gold: ["e.txt": try parse(Self.gold)], system: ["e.txt": try parse(Self.system)])
    #expect(score.systemReduced == 7 && score.systemVerified == 4)
    #expect(score.goldReduced == 5 && score.goldVerified == 3)
    #expect(abs(score.precision - 4.0 / 7) < 1e-12)
    #expect(abs(score.recall - 3.0 / 5) < 1e-12)
    #expect(abs(score.f1 - 24.0 / 41) < 1e-12)
  }

  @Test func microAverageCountsMissingTimelines() throws {
    // Second gold timeline with no system file: G1 {a} @2001-01-01 (1 anchor), G2 {b} @2002
    // (anchor + BEFORE = 2) → 3 gold edges, none found. Sums: precision (4+0)/(7+0) = 4/7,
    // recall (3+0)/(5+3) = 3/8, F1 = 2·(4/7)·(3/8) / (4/7 + 3/8) = (3/7) / (53/56) = 24/53.
    let other = try parse("Other\n1\t2001-01-01\tq-1-a\n2\t2002\tq-2-b\n")
    let score = TimelineEvaluation.score(
      gold: ["e.txt": try parse(Self.gold), "o.txt": other], system: ["e.txt": try parse(Self.system)])
    #expect(abs(score.precision - 4.0 / 7) < 1e-12)
    #expect(abs(score.recall - 3.0 / 8) < 1e-12)
    #expect(abs(score.f1 - 24.0 / 53) < 1e-12)
    #expect(score.items.map(\.hasSystem) == [true, false])
  }

  @Test func sameDayOrderedGroupsStayOrdered() throws {
    // Gold: a (order 1) before b (order 2), both on 2005-06-06. The anchor does not merge
    // them. Gold reduced: anchor(a) + anchor(b) + a<b = 3. System: a and b together
    // (order 1) on that day: reduced = a=b + anchor = 2.
    // Precision: a=b ✗ (gold orders them), anchor ✓ → 1/2. Recall: both anchors ✓, a<b ✗ → 2/3.
    let gold = try parse("E\n1\t2005-06-06\tx-1-a\n2\t2005-06-06\tx-2-b\n")
    let system = try parse("E\n1\t2005-06-06\tx-1-a\n1\t2005-06-06\tx-2-b\n")
    let item = TimelineEvaluation.item(name: "e", gold: gold, system: system)
    #expect(item.systemReduced == 2 && item.systemVerified == 1)
    #expect(item.goldReduced == 3 && item.goldVerified == 2)
  }

  @Test func emptySystemScoresZero() throws {
    let score = TimelineEvaluation.score(gold: ["e.txt": try parse(Self.gold)], system: ["e.txt": try parse("E\n")])
    #expect(score.precision == 0 && score.recall == 0 && score.f1 == 0)
  }
}
