import ChronicleExport
import ChronicleExtraction
import ChronicleStore

/// The shared hostile fixtures plus what the viewer formats need on top: a
/// `</script>` breakout attempt, a `javascript:` URL, and dates at every
/// precision (week, weekend, quarter, half, season, time of day, clock time,
/// decade, century). The sentences are invented for these tests.
enum FormatFixtures {
  static let script = ActorNode(
    id: "new:group:</script><script>alert(1)</script>", name: "</script><!-- Ωmega 'crew' &amp;", type: .group,
    code: "XSS")

  static func entry(
    _ id: Int64, _ value: String?, trigger: String = "met", category: EventCategory? = Fixtures.cooperate,
    actors: [EventActor] = [], sentence: String = "They met.", url: String? = nil
  ) -> TimelineEntry {
    TimelineEntry(
      eventID: id, date: value, range: value.flatMap(TimexValue.range(of:)), trigger: trigger, lemma: trigger,
      eventClass: .occurrence, category: category, factuality: .asserted, polarity: true, actors: actors,
      sentence: sentence, documentID: "doc-c", documentTitle: "Weekly <round-up>", documentPublished: nil,
      url: url)
  }

  static let extraTimeline: [TimelineEntry] = [
    entry(
      30, "2023-W11", trigger: "threatened",
      category: EventCategory(plover: "THREATEN", cameo: "138", quadClass: 3, goldstein: -7),
      actors: [
        Fixtures.actor(script, .source, "</script>"), Fixtures.actor(Fixtures.usa, .source, "Washington"),
        Fixtures.actor(Fixtures.un, .target, "the UN"), Fixtures.actor(Fixtures.kyiv, .target, "Київ"),
      ],
      sentence: "</script><script>alert('x')</script> threatened <b>them</b> & left -->\u{0}\u{1F}\u{7F} ünïcödé 😀",
      url: "javascript:alert(1)"),
    entry(31, "2023-W11-WE", actors: [Fixtures.actor(Fixtures.un, .source, "UN")]),
    entry(32, "2023-Q2", actors: [Fixtures.actor(Fixtures.kyiv, .source, "Zelenskyy")]),
    entry(33, "2023-H2"),
    entry(34, "2022-SU", actors: [Fixtures.actor(Fixtures.usa, .target, "America")]),
    entry(35, "2023-03-15TMO", category: nil, url: "http://example.com/x?a=<b>&c='d'"),
    entry(36, "2023-03-15T09:30"),
    entry(37, "202"),
    entry(38, "19"),
    entry(39, "2021"),
  ]

  static let timeline: [TimelineEntry] = Fixtures.timeline + extraTimeline

  static let relations: [RelationEdge] =
    Fixtures.relations + [
      RelationEdge(
        source: script, target: Fixtures.usa, category: "THREATEN", cameo: "138", count: 2, firstDate: "2023-W11",
        lastDate: "2023-Q2", events: [30, 32]),
      // A second edge between the same pair, another category: a multigraph.
      RelationEdge(
        source: Fixtures.kyiv, target: Fixtures.acme, category: "THREATEN", cameo: "138", count: 1,
        firstDate: "2023-03-15TMO", lastDate: "2023-03-15TMO", events: [40]),
    ]
}

/// Every new format, rendered from the fixtures; the raw value is the golden
/// file name in Tests/ChronicleExportTests/Golden/.
enum FormatOutput: String, CaseIterable, Sendable {
  case timelineJS = "formats-timeline.timelinejs.json"
  case timelineJSByActor = "formats-timeline-by-actor.timelinejs.json"
  case timelineHTML = "formats-timeline.html"
  case timelineGDELT = "formats-events.gdelt.tsv"
  case relationsGEXF = "formats-relations.gexf"
  case relationsGraphML = "formats-relations.graphml"
  case relationsCytoscape = "formats-relations.cytoscape.json"
  case emptyTimelineJS = "formats-empty.timelinejs.json"
  case emptyTimelineHTML = "formats-empty-timeline.html"
  case emptyGDELT = "formats-empty.gdelt.tsv"
  case emptyGEXF = "formats-empty.gexf"
  case emptyGraphML = "formats-empty.graphml"
  case emptyCytoscape = "formats-empty.cytoscape.json"

  func render() -> String {
    switch self {
    case .timelineJS: return TimelineJSExport.json(FormatFixtures.timeline)
    case .timelineJSByActor: return TimelineJSExport.json(FormatFixtures.timeline, groupBy: .actor)
    case .timelineHTML: return HTMLTimelineExport.html(FormatFixtures.timeline)
    case .timelineGDELT: return GDELTExport.tsv(FormatFixtures.timeline)
    case .relationsGEXF: return GraphExport.gexf(FormatFixtures.relations)
    case .relationsGraphML: return GraphExport.graphml(FormatFixtures.relations)
    case .relationsCytoscape: return GraphExport.cytoscape(FormatFixtures.relations)
    case .emptyTimelineJS: return TimelineJSExport.json([])
    case .emptyTimelineHTML: return HTMLTimelineExport.html([])
    case .emptyGDELT: return GDELTExport.tsv([])
    case .emptyGEXF: return GraphExport.gexf([])
    case .emptyGraphML: return GraphExport.graphml([])
    case .emptyCytoscape: return GraphExport.cytoscape([])
    }
  }

  var schema: String? {
    switch self {
    case .timelineJS, .timelineJSByActor, .emptyTimelineJS: return "timelinejs.schema.json"
    case .relationsCytoscape, .emptyCytoscape: return "cytoscape.schema.json"
    default: return nil
    }
  }
}
