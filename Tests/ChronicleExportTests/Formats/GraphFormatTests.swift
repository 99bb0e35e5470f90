import ChronicleExport
import ChronicleStore
import Foundation
import Testing

@Suite struct GraphFormatTests {
  enum Kind: String, CaseIterable, Sendable {
    case gexf, graphml, cytoscape

    func render(_ edges: [RelationEdge]) -> String {
      switch self {
      case .gexf: return GraphExport.gexf(edges)
      case .graphml: return GraphExport.graphml(edges)
      case .cytoscape: return GraphExport.cytoscape(edges)
      }
    }

    var suffix: String { self == .cytoscape ? ".json" : "." + rawValue }
  }

  static let edges = FormatFixtures.relations
  static var nodeNames: [String: String] {
    var names: [String: String] = [:]
    for e in edges {
      names[e.source.id] = names[e.source.id] ?? e.source.name
      names[e.target.id] = names[e.target.id] ?? e.target.name
    }
    return names
  }

  /// What an XML parser gives back for `s`: XML 1.0 cannot carry most C0
  /// controls, which the writers replace with U+FFFD.
  static func xmlRoundTrip(_ s: String) -> String {
    String(
      String.UnicodeScalarView(
        s.unicodeScalars.map {
          ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") ? "\u{FFFD}" : $0
        }))
  }

  /// networkx reads every format back as a directed multigraph with the same
  /// nodes, names and edges (including two edges between the same actors).
  @Test(arguments: Kind.allCases)
  func networkxReadsTheGraphBack(kind: Kind) throws {
    guard let g = try Consumers.networkx(kind.rawValue, kind.render(Self.edges), suffix: kind.suffix) else { return }
    #expect(g["class"]?.string == "MultiDiGraph")
    #expect(g["nodes"]?.int == Self.nodeNames.count)
    #expect(g["edges"]?.int == Self.edges.count)
    let names = g["names"]?.members ?? []
    #expect(names.count == Self.nodeNames.count)
    for (id, name) in names {
      let original = Self.nodeNames.first { Self.xmlRoundTrip($0.key) == id || $0.key == id }
      guard let original else {
        Issue.record("\(kind): unknown node \(id)")
        continue
      }
      let expected = kind == .cytoscape ? original.value : Self.xmlRoundTrip(original.value)
      #expect(name.string == expected, "\(kind): node \(id)")
    }
    var pairs: [String] = []
    for e in g["edge_list"]?.items ?? [] {
      pairs.append((e["source"]?.string ?? "") + "→" + (e["target"]?.string ?? "") + ":" + (e["category"]?.string ?? ""))
    }
    let expected = Self.edges.map { e in
      let id = { (s: String) in kind == .cytoscape ? s : Self.xmlRoundTrip(s) }
      return id(e.source.id) + "→" + id(e.target.id) + ":" + e.category
    }
    #expect(pairs.sorted() == expected.sorted())
  }

  @Test(arguments: Kind.allCases)
  func networkxReadsAnEmptyGraph(kind: Kind) throws {
    guard let g = try Consumers.networkx(kind.rawValue, kind.render([]), suffix: kind.suffix) else { return }
    #expect(g["nodes"]?.int == 0 && g["edges"]?.int == 0)
  }

  /// GEXF edges span the days of their first and last dates; undated ones have no span.
  @Test func gexfEdgesCarryTheirTimeSpan() throws {
    guard let g = try Consumers.networkx("gexf", GraphExport.gexf(Self.edges), suffix: ".gexf") else { return }
    func edge(_ category: String, from source: String) -> J? {
      g["edge_list"]?.items.first { $0["category"]?.string == category && $0["source"]?.string == source }
    }
    #expect(edge("ACCUSE", from: "new:person:zelenskyy-kyiv")?["start"]?.string == "2023-01-10")
    #expect(edge("ACCUSE", from: "new:person:zelenskyy-kyiv")?["end"]?.string == "2023-03-06")
    #expect(edge("ASSAULT", from: "new:group:formula")?["start"]?.string == "2022-10-17")
    #expect(edge("ASSAULT", from: "new:group:formula")?["end"]?.string == "2022-10-23")
    #expect(edge("SANCTION", from: "country:USA")?["start"] == .null)
    #expect(edge("THREATEN", from: FormatFixtures.script.id)?["end"]?.string == "2023-06-30")
  }

  @Test func intervalsCoverFirstToLastDate() {
    let e = Self.edges[Self.edges.count - 2]
    let span = GraphExport.interval(e)
    #expect(span?.start.iso == "2023-03-13")
    #expect(span?.end.iso == "2023-06-30")
    #expect(GraphExport.interval(Self.edges[2]) == nil)
  }

  @Test func gexfDeclaresVersionModeAndAttributes() {
    let gexf = GraphExport.gexf(Self.edges)
    #expect(gexf.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
    #expect(gexf.contains("mode=\"dynamic\" timeformat=\"date\""))
    #expect(gexf.contains("<attvalue for=\"cameo\" value=\"112\"/>"))
    #expect(gexf.contains("weight=\"5\""))
  }

  @Test func graphmlDeclaresEveryKey() {
    let graphml = GraphExport.graphml(Self.edges)
    for key in ["name", "type", "code"] {
      #expect(graphml.contains("<key id=\"\(key)\" for=\"node\" attr.name=\"\(key)\" attr.type=\"string\"/>"))
    }
    #expect(graphml.contains("<key id=\"count\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>"))
    for key in ["category", "cameo", "first_date", "last_date", "events"] {
      #expect(graphml.contains("<key id=\"\(key)\" for=\"edge\" attr.name=\"\(key)\" attr.type=\"string\"/>"))
    }
  }

  @Test func cytoscapeElementsReferenceNodes() throws {
    let doc = try J.parse(GraphExport.cytoscape(Self.edges))
    let nodes = Set((doc["elements"]?["nodes"]?.items ?? []).compactMap { $0["data"]?["id"]?.string })
    let edges = doc["elements"]?["edges"]?.items ?? []
    #expect(nodes.count == Self.nodeNames.count)
    #expect(edges.count == Self.edges.count)
    for e in edges {
      #expect(nodes.contains(e["data"]?["source"]?.string ?? "") && nodes.contains(e["data"]?["target"]?.string ?? ""))
      #expect(!nodes.contains(e["data"]?["id"]?.string ?? ""))  // ids unique across nodes and edges
    }
  }
}
