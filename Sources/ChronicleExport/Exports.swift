import ChronicleExtraction
import ChronicleStore

// Stubs: replaced by the Export stage.

/// Writers for chronologies.
public enum TimelineExport {
  public static func json(_ entries: [TimelineEntry]) -> String { "[]" }
  public static func text(_ entries: [TimelineEntry]) -> String { "" }
  public static func csv(_ entries: [TimelineEntry]) -> String { "" }
  public static func dot(_ entries: [TimelineEntry]) -> String { "digraph timeline {}\n" }
}

/// Writers for the relations graph.
public enum RelationsExport {
  public static func json(_ edges: [RelationEdge]) -> String { "[]" }
  public static func text(_ edges: [RelationEdge]) -> String { "" }
  public static func csv(_ edges: [RelationEdge]) -> String { "" }
  public static func dot(_ edges: [RelationEdge]) -> String { "digraph relations {}\n" }
}

/// Writers for the actor list.
public enum ActorsExport {
  public static func json(_ actors: [ActorSummary]) -> String { "[]" }
  public static func text(_ actors: [ActorSummary]) -> String { "" }
}

/// Writers for one extraction result (`chronicle extract`).
public enum ExtractionExport {
  /// `pretty: false` writes one line (JSON Lines).
  public static func json(_ result: ExtractionResult, pretty: Bool) -> String { "{}" }
  public static func text(_ result: ExtractionResult) -> String { "" }
}

/// Writers for one event with provenance (`chronicle show`).
public enum EventDetailExport {
  public static func json(_ detail: EventDetail) -> String { "{}" }
  public static func text(_ detail: EventDetail) -> String { "" }
}
