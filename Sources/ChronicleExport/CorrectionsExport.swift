import ChronicleStore

/// Writers for the recorded actor corrections (`chronicle actors corrections`).
public enum ActorCorrectionsExport {
  /// `{"corrections":[{id,kind,from_actor,from_name,to_actor,to_name,to_type,code,country,
  /// created_at}]}` in the order the corrections apply; `to_type` and `country` are `null`
  /// for a rename, `code` is `null` for a rename that keeps the code.
  public static func json(_ corrections: [ActorCorrection]) -> String {
    JSONValue.object([
      (
        "corrections",
        .array(
          corrections.map { c in
            .object([
              ("id", .int(c.id)),
              ("kind", .string(c.kind.rawValue)),
              ("from_actor", .string(c.fromActor)),
              ("from_name", .string(c.fromName)),
              ("to_actor", .string(c.toActor)),
              ("to_name", .string(c.toName)),
              ("to_type", .string(c.toType?.rawValue)),
              ("code", .string(c.code)),
              ("country", .string(c.country)),
              ("created_at", .string(c.createdAt)),
            ])
          })
      )
    ]).render(pretty: true)
  }

  /// A terminal table: ID, KIND, ACTOR (name and id when corrected), CHANGE, MADE.
  public static func text(_ corrections: [ActorCorrection]) -> String {
    if corrections.isEmpty { return "No corrections.\n" }
    var table = TextTable(headers: ["ID", "KIND", "ACTOR", "CHANGE", "MADE"], limits: [8, 6, 50, 60, 20])
    for c in corrections {
      let change: String
      switch c.kind {
      case .merge: change = "merged into \(c.toName) [\(c.toActor)]"
      case .rename: change = "renamed \"\(c.toName)\"" + (c.code.map { ", code \($0)" } ?? "")
      }
      table.add([String(c.id), c.kind.rawValue, "\(c.fromName) [\(c.fromActor)]", change, c.createdAt])
    }
    return table.render() + "\n\(corrections.count) correction\(corrections.count == 1 ? "" : "s")\n"
  }
}
