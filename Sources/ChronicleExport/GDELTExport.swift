import ChronicleExtraction
import ChronicleStore

/// A GDELT-style event table (`chronicle timeline --format gdelt`): tab
/// separated, one header line, one row per source × target actor pair of each
/// categorized event (an event without a source or target gets an empty one).
/// Columns are documented in `Schemas/gdelt-events.md`:
///
/// `SQLDATE Actor1Code Actor1Name Actor2Code Actor2Name EventCode
/// EventRootCode QuadClass GoldsteinScale Factuality SOURCEURL DocumentID EventID
/// NumMentions NumArticles` (an event several articles report is one event: its
/// mentions and the articles they come from are counted).
///
/// Cells never hold a tab or a line break: whitespace runs become one space and
/// control characters are dropped. Events without a CAMEO category are left
/// out (GDELT has no row for them); ``uncategorizedCount(_:)`` says how many.
public enum GDELTExport {
  /// The header line's column names, in order.
  public static let columns = [
    "SQLDATE", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name", "EventCode", "EventRootCode",
    "QuadClass", "GoldsteinScale", "Factuality", "SOURCEURL", "DocumentID", "EventID", "NumMentions", "NumArticles",
  ]

  /// The table for `entries`.
  public static func tsv(_ entries: [TimelineEntry]) -> String {
    var out = columns.joined(separator: "\t") + "\n"
    for e in entries {
      guard let c = e.category else { continue }
      let sources = unique(e.actors, .source)
      let targets = unique(e.actors, .target)
      let date = e.range.map { d in
        let iso = d.start.iso
        return iso.utf8.count == 10 ? String(iso.prefix(4) + iso.dropFirst(5).prefix(2) + iso.suffix(2)) : ""
      } ?? ""
      let mentions = e.allSources
      let articles = Set(mentions.map(\.documentID)).count
      for s in sources.isEmpty ? [nil] : sources.map(Optional.some) {
        for t in targets.isEmpty ? [nil] : targets.map(Optional.some) {
          let cells = [
            date, s?.code ?? "", s?.name ?? "", t?.code ?? "", t?.name ?? "", c.cameo, String(c.cameo.prefix(2)),
            String(c.quadClass), JSONValue.number(c.goldstein), e.factuality.rawValue, e.url ?? "", e.documentID,
            String(e.eventID), String(mentions.count), String(articles),
          ]
          out += cells.map(TextCell.oneLine).joined(separator: "\t") + "\n"
        }
      }
    }
    return out
  }

  /// How many of `entries` have no category and so no row.
  public static func uncategorizedCount(_ entries: [TimelineEntry]) -> Int {
    entries.count { $0.category == nil }
  }

  private static func unique(_ actors: [EventActor], _ role: ArgumentRole) -> [EventActor] {
    var seen = Set<String>()
    return actors.filter { $0.role == role && seen.insert($0.actorID).inserted }
  }
}
