import ChronicleExtraction
import ChronicleStore

/// Graph formats for network tools: GEXF 1.3 (Gephi), GraphML (yEd, Gephi,
/// networkx, igraph) and Cytoscape.js JSON. All three hold the same graph as
/// ``RelationsExport/json(_:)``: one node per actor (sorted by id) and one
/// directed edge per relation, in input order; several edges may join the same
/// pair of actors (one per category), so readers should build a multigraph.
public enum GraphExport {
  /// The interval covered by a relation, from the start of its first date's
  /// range to the end of its last date's (`nil` when undated or unparseable).
  public static func interval(_ e: RelationEdge) -> (start: CivilDate, end: CivilDate)? {
    let first = e.firstDate.flatMap(TimexValue.range(of:))
    let last = e.lastDate.flatMap(TimexValue.range(of:))
    guard let start = first?.start ?? last?.start, let end = last?.end ?? first?.end, start <= end else { return nil }
    return (start, end)
  }

  /// Edge id: "e1", "e2"… in input order.
  static func edgeID(_ index: Int) -> String { "e\(index + 1)" }

  // MARK: GEXF

  /// GEXF 1.3 (`http://gexf.net/1.3`), a dynamic directed graph with
  /// `timeformat="date"`.
  ///
  /// Nodes: `id` = actor id, `label` = name, attributes `type` and `code`.
  /// Edges: `id`, `source`, `target`, `label` (category), `weight` (count),
  /// `start`/`end` (the days spanned by the first and last dates, when dated),
  /// attributes `category`, `cameo`, `first_date`, `last_date` (TIMEX3 values)
  /// and `events` (ids joined with spaces). Missing values are left out.
  public static func gexf(_ edges: [RelationEdge]) -> String {
    func a(_ s: String) -> String { Markup.escape(s) }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
    out += " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
    out += "  <meta>\n    <creator>Chronicle</creator>\n"
    out += "    <description>Actor relations aggregated over events</description>\n  </meta>\n"
    out += "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
    out += "    <attributes class=\"node\" mode=\"static\">\n"
    out += "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
    out += "      <attribute id=\"code\" title=\"code\" type=\"string\"/>\n"
    out += "    </attributes>\n"
    out += "    <attributes class=\"edge\" mode=\"static\">\n"
    for key in ["category", "cameo", "first_date", "last_date", "events"] {
      out += "      <attribute id=\"\(key)\" title=\"\(key)\" type=\"string\"/>\n"
    }
    out += "    </attributes>\n"
    let nodes = Records.nodes(edges)
    out += nodes.isEmpty ? "    <nodes/>\n" : "    <nodes>\n"
    for n in nodes {
      out += "      <node id=\"\(a(n.id))\" label=\"\(a(n.name))\">\n        <attvalues>\n"
      out += "          <attvalue for=\"type\" value=\"\(n.type.rawValue)\"/>\n"
      if let code = n.code { out += "          <attvalue for=\"code\" value=\"\(a(code))\"/>\n" }
      out += "        </attvalues>\n      </node>\n"
    }
    if !nodes.isEmpty { out += "    </nodes>\n" }
    out += edges.isEmpty ? "    <edges/>\n" : "    <edges>\n"
    for (i, e) in edges.enumerated() {
      out += "      <edge id=\"\(edgeID(i))\" source=\"\(a(e.source.id))\" target=\"\(a(e.target.id))\""
      out += " label=\"\(a(e.category))\" weight=\"\(e.count)\""
      if let span = interval(e) { out += " start=\"\(span.start.iso)\" end=\"\(span.end.iso)\"" }
      out += ">\n        <attvalues>\n"
      for (key, value) in edgeValues(e) {
        out += "          <attvalue for=\"\(key)\" value=\"\(a(value))\"/>\n"
      }
      out += "        </attvalues>\n      </edge>\n"
    }
    if !edges.isEmpty { out += "    </edges>\n" }
    out += "  </graph>\n</gexf>\n"
    return out
  }

  /// String attributes of an edge shared by GEXF and GraphML, missing ones left out.
  static func edgeValues(_ e: RelationEdge) -> [(String, String)] {
    var values = [("category", e.category)]
    if let cameo = e.cameo { values.append(("cameo", cameo)) }
    if let first = e.firstDate { values.append(("first_date", first)) }
    if let last = e.lastDate { values.append(("last_date", last)) }
    values.append(("events", e.events.map(String.init).joined(separator: " ")))
    return values
  }

  // MARK: GraphML

  /// GraphML (`http://graphml.graphdrawing.org/xmlns`), `edgedefault="directed"`.
  ///
  /// Keys: node `name`, `type`, `code` (string); edge `category`, `cameo`,
  /// `first_date`, `last_date`, `events` (string) and `count` (int). Node ids
  /// are actor ids, edge ids "e1"…; missing values are left out.
  public static func graphml(_ edges: [RelationEdge]) -> String {
    func a(_ s: String) -> String { Markup.escape(s) }
    func c(_ s: String) -> String { Markup.escape(s, attribute: false) }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
    out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
    out += " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
    out += " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    for key in ["name", "type", "code"] {
      out += "  <key id=\"\(key)\" for=\"node\" attr.name=\"\(key)\" attr.type=\"string\"/>\n"
    }
    for key in ["category", "cameo", "count", "first_date", "last_date", "events"] {
      let type = key == "count" ? "int" : "string"
      out += "  <key id=\"\(key)\" for=\"edge\" attr.name=\"\(key)\" attr.type=\"\(type)\"/>\n"
    }
    out += "  <graph id=\"relations\" edgedefault=\"directed\">\n"
    for n in Records.nodes(edges) {
      out += "    <node id=\"\(a(n.id))\">\n"
      out += "      <data key=\"name\">\(c(n.name))</data>\n"
      out += "      <data key=\"type\">\(n.type.rawValue)</data>\n"
      if let code = n.code { out += "      <data key=\"code\">\(c(code))</data>\n" }
      out += "    </node>\n"
    }
    for (i, e) in edges.enumerated() {
      out += "    <edge id=\"\(edgeID(i))\" source=\"\(a(e.source.id))\" target=\"\(a(e.target.id))\">\n"
      var values = edgeValues(e)
      values.insert(("count", String(e.count)), at: e.cameo == nil ? 1 : 2)
      for (key, value) in values { out += "      <data key=\"\(key)\">\(c(value))</data>\n" }
      out += "    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }

  // MARK: Cytoscape.js

  /// Cytoscape.js elements JSON, described by `Schemas/cytoscape.schema.json`:
  /// `{"data": {"name"}, "directed": true, "multigraph": true, "elements":
  /// {"nodes": [{"data": {id, value, name, type, code}}], "edges": [{"data":
  /// {id, key, source, target, category, cameo, count, first_date, last_date,
  /// events}}]}}`. `cy.add(doc.elements)` or `cytoscape({elements:
  /// doc.elements})` loads it; the top-level `data`, `directed`, `multigraph`
  /// and the node `value` / edge `key` members make it readable by networkx's
  /// `cytoscape_graph` too.
  public static func cytoscape(_ edges: [RelationEdge]) -> String {
    cytoscapeValue(edges).render(pretty: true)
  }

  /// The document of ``cytoscape(_:)`` as a value.
  public static func cytoscapeValue(_ edges: [RelationEdge]) -> JSONValue {
    let nodes: [JSONValue] = Records.nodes(edges).map { n in
      .object([
        (
          "data",
          .object([
            ("id", .string(n.id)), ("value", .string(n.id)), ("name", .string(n.name)),
            ("type", .string(n.type.rawValue)), ("code", .string(n.code)),
          ])
        )
      ])
    }
    let links: [JSONValue] = edges.enumerated().map { i, e in
      .object([
        (
          "data",
          .object([
            ("id", .string(edgeID(i))), ("key", .string(edgeID(i))),
            ("source", .string(e.source.id)), ("target", .string(e.target.id)),
            ("category", .string(e.category)), ("cameo", .string(e.cameo)), ("count", .int(e.count)),
            ("first_date", .string(e.firstDate)), ("last_date", .string(e.lastDate)),
            ("events", .array(e.events.map { .int($0) })),
          ])
        )
      ])
    }
    return .object([
      ("data", .object([("name", .string("Chronicle relations"))])),
      ("directed", .bool(true)),
      ("multigraph", .bool(true)),
      ("elements", .object([("nodes", .array(nodes)), ("edges", .array(links))])),
    ])
  }
}
