import ChronicleExport

/// Every output format, rendered from the fixtures; the raw value is the golden file name.
enum Output: String, CaseIterable, Sendable {
  case timelineJSON = "timeline.json"
  case timelineJSONL = "timeline.jsonl"
  case timelineText = "timeline.txt"
  case timelineCSV = "timeline.csv"
  case timelineDOT = "timeline.dot"
  case relationsJSON = "relations.json"
  case relationsText = "relations.txt"
  case relationsCSV = "relations.csv"
  case relationsDOT = "relations.dot"
  case actorsJSON = "actors.json"
  case actorsText = "actors.txt"
  case actorsCSV = "actors.csv"
  case extractJSON = "extract.json"
  case extractJSONL = "extract.jsonl"
  case extractText = "extract.txt"
  case showJSON = "show.json"
  case showText = "show.txt"
  case emptyTimelineText = "empty-timeline.txt"
  case emptyTimelineJSON = "empty-timeline.json"
  case emptyRelationsDOT = "empty-relations.dot"
  case emptyTimelineDOT = "empty-timeline.dot"

  func render() -> String {
    switch self {
    case .timelineJSON: return TimelineExport.json(Fixtures.timeline)
    case .timelineJSONL: return TimelineExport.jsonLines(Fixtures.timeline)
    case .timelineText: return TimelineExport.text(Fixtures.timeline)
    case .timelineCSV: return TimelineExport.csv(Fixtures.timeline)
    case .timelineDOT: return TimelineExport.dot(Fixtures.timeline)
    case .relationsJSON: return RelationsExport.json(Fixtures.relations)
    case .relationsText: return RelationsExport.text(Fixtures.relations)
    case .relationsCSV: return RelationsExport.csv(Fixtures.relations)
    case .relationsDOT: return RelationsExport.dot(Fixtures.relations)
    case .actorsJSON: return ActorsExport.json(Fixtures.actors)
    case .actorsText: return ActorsExport.text(Fixtures.actors)
    case .actorsCSV: return ActorsExport.csv(Fixtures.actors)
    case .extractJSON: return ExtractionExport.json(Fixtures.extraction, pretty: true)
    case .extractJSONL: return ExtractionExport.json(Fixtures.extraction, pretty: false) + "\n"
    case .extractText: return ExtractionExport.text(Fixtures.extraction)
    case .showJSON: return EventDetailExport.json(Fixtures.detail)
    case .showText: return EventDetailExport.text(Fixtures.detail)
    case .emptyTimelineText: return TimelineExport.text([])
    case .emptyTimelineJSON: return TimelineExport.json([])
    case .emptyRelationsDOT: return RelationsExport.dot([])
    case .emptyTimelineDOT: return TimelineExport.dot([])
    }
  }

  /// The schema file a JSON output must satisfy (nil for non-JSON outputs).
  var schema: String? {
    switch self {
    case .timelineJSON, .emptyTimelineJSON: return "timeline.schema.json"
    case .relationsJSON: return "relations.schema.json"
    case .actorsJSON: return "actors.schema.json"
    case .extractJSON, .extractJSONL: return "extract.schema.json"
    case .showJSON: return "event.schema.json"
    default: return nil
    }
  }

  var isDOT: Bool { rawValue.hasSuffix(".dot") }
  var isText: Bool { rawValue.hasSuffix(".txt") }
}
