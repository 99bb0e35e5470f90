import ChronicleBench
import ChronicleExport
import ChronicleStore
import Foundation
import Testing

@Suite struct SchemaTests {
  static let schemaFiles = [
    "timeline.schema.json", "relations.schema.json", "actors.schema.json", "event.schema.json",
    "extract.schema.json", "actor-corrections.schema.json", "bench.schema.json",
  ]

  static func schema(_ name: String) throws -> J {
    let data = try Data(contentsOf: Golden.schemas.appendingPathComponent(name))
    return try J.parse(String(decoding: data, as: UTF8.self))
  }

  static var jsonOutputs: [Output] { Output.allCases.filter { $0.schema != nil } }

  @Test(arguments: jsonOutputs)
  func outputSatisfiesItsSchema(output: Output) throws {
    let schema = try Self.schema(output.schema!)
    let instance = try J.parse(output.render())
    let errors = SchemaValidator(root: schema).validate(instance)
    #expect(errors.isEmpty, "\(output.rawValue): \(errors.prefix(10).joined(separator: "; "))")
  }

  /// `chronicle actors corrections --format json`: a merge and a rename (one keeping its code).
  @Test func actorCorrectionsSatisfyTheirSchema() throws {
    let corrections = [
      ActorCorrection(
        id: 1, kind: .merge, fromActor: "person:ali-rezaei", fromName: "Ali Rezaei", toActor: "country:irn",
        toName: "Iran", toType: .country, code: "IRN", country: "IRN", createdAt: "2026-11-27T01:00:00Z"),
      ActorCorrection(
        id: 2, kind: .rename, fromActor: "organization:harbor-board", fromName: "Harbor Board",
        toActor: "organization:harbor-board", toName: "Port Authority", createdAt: "2026-11-27T01:05:00Z"),
    ]
    let schema = try Self.schema("actor-corrections.schema.json")
    let instance = try J.parse(ActorCorrectionsExport.json(corrections))
    let errors = SchemaValidator(root: schema).validate(instance)
    #expect(errors.isEmpty, "\(errors.prefix(10).joined(separator: "; "))")
    #expect(instance["corrections"]?.array?.count == 2)
  }

  /// `chronicle bench --json` on a tiny run: every field documented, every query at every size.
  @Test func benchReportSatisfiesItsSchema() throws {
    let report = try Bench.run(BenchOptions(articles: 2, eventSizes: [100, 150], queryRuns: 1, seed: 3, extractionRuns: 1))
    let schema = try Self.schema("bench.schema.json")
    let instance = try J.parse(report.json())
    let errors = SchemaValidator(root: schema).validate(instance)
    #expect(errors.isEmpty, "\(errors.prefix(10).joined(separator: "; "))")
    #expect(instance["sizes"]?.array?.count == 2)
    // The fill's writes are counted (SQLite's page counters), at every size.
    #expect(report.sizes.allSatisfy { $0.ingestPagesPer1000Events > 0 })
    // The schema names every query the bench times (a renamed query must be documented).
    let sizeSchema = schema["properties"]?["sizes"]?["items"]
    let documented = sizeSchema?["properties"]?["queries"]?["required"]?.array?.compactMap(\.string) ?? []
    #expect(Set(documented) == Set(Bench.queryNames))
  }

  /// Every object in every schema closes itself, so new or renamed fields are caught.
  @Test(arguments: schemaFiles)
  func everyObjectSchemaForbidsAdditionalProperties(file: String) throws {
    var open: [String] = []
    func walk(_ j: J, _ path: String) {
      switch j {
      case .object(let members):
        if j["properties"] != nil, j["additionalProperties"] != .bool(false) { open.append(path) }
        for (k, v) in members { walk(v, path + "/" + k) }
      case .array(let items):
        for (i, v) in items.enumerated() { walk(v, path + "/\(i)") }
      default: break
      }
    }
    let schema = try Self.schema(file)
    walk(schema, "#")
    #expect(open.isEmpty, "\(file): open objects at \(open)")
    #expect(schema["$schema"]?.string == "https://json-schema.org/draft/2020-12/schema")
    #expect(schema["description"]?.string?.isEmpty == false)
  }

  /// Every property in a schema is documented.
  @Test(arguments: schemaFiles)
  func everyPropertyHasADescription(file: String) throws {
    var missing: [String] = []
    func walk(_ j: J, _ path: String) {
      guard case .object(let members) = j else {
        if case .array(let items) = j { for (i, v) in items.enumerated() { walk(v, path + "/\(i)") } }
        return
      }
      if case .object(let props)? = j["properties"] {
        for (k, v) in props where v["description"] == nil && v["$ref"] == nil { missing.append(path + "/" + k) }
      }
      for (k, v) in members { walk(v, path + "/" + k) }
    }
    walk(try Self.schema(file), "#")
    #expect(missing.isEmpty, "\(file): undocumented \(missing)")
  }

  @Test func compactExtractionIsOneLineWithTheSameContent() throws {
    let compact = ExtractionExport.json(Fixtures.extraction, pretty: false)
    #expect(!compact.contains("\n"))
    #expect(try J.parse(compact) == J.parse(ExtractionExport.json(Fixtures.extraction, pretty: true)))
  }

  @Test func timelineJSONLinesMatchTheDocument() throws {
    let lines = TimelineExport.jsonLines(Fixtures.timeline).split(separator: "\n")
    let events = try J.parse(TimelineExport.json(Fixtures.timeline))["events"]?.array
    #expect(try lines.map { try J.parse(String($0)) } == events)
  }

  /// Keys are sorted at every level.
  @Test(arguments: jsonOutputs)
  func keysAreSorted(output: Output) throws {
    var unsorted: [String] = []
    func walk(_ j: J) {
      switch j {
      case .object(let members):
        let keys = members.map(\.0)
        if keys != keys.sorted() { unsorted.append(keys.joined(separator: ",")) }
        members.forEach { walk($0.1) }
      case .array(let items): items.forEach(walk)
      default: break
      }
    }
    walk(try J.parse(output.render()))
    #expect(unsorted.isEmpty)
  }

  @Test func extractionOffsetsAreCodePoints() throws {
    let doc = try J.parse(ExtractionExport.json(Fixtures.extraction, pretty: true))
    let scalars = Array(try #require(doc["text"]?.string).unicodeScalars)
    func slice(_ start: J?, _ end: J?) -> String {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[start!.int!..<end!.int!])
      return String(v)
    }
    for item in doc["sentences"]?.array ?? [] { #expect(slice(item["start"], item["end"]) == item["text"]?.string) }
    for key in ["timexes", "actors"] {
      for item in doc[key]?.array ?? [] {
        #expect(slice(item["span"]?["start"], item["span"]?["end"]) == item["text"]?.string, "\(key)")
      }
    }
    for item in doc["events"]?.array ?? [] {
      let trigger = item["trigger"]
      #expect(slice(trigger?["span"]?["start"], trigger?["span"]?["end"]) == trigger?["text"]?.string)
    }
  }

  @Test func extractionReferencesUseIdsAndDanglingIndexesBecomeNull() throws {
    let doc = try J.parse(ExtractionExport.json(Fixtures.extraction, pretty: true))
    let events = try #require(doc["events"]?.array)
    #expect(events[0]["time"] == .string("t1"))
    #expect(events[0]["target"]?.array?[0]["mention"] == .string("m3"))
    #expect(events[0]["target"]?.array?[0]["rule"] == .string("object"))
    #expect(events[2]["parent"] == .string("e2"))
    #expect(events[2]["attributed_to"]?["mention"] == .string("m4"))
    #expect(events[2]["attributed_to"]?["rule"] == .null)
    #expect(events[3]["time"] == .null)
    #expect(events[3]["parent"] == .null)
    #expect(events[3]["attributed_to"] == .null)
    // The argument with a dangling mention index is left out.
    #expect(events[3]["source"]?.array?.count == 1)
    #expect(events[3]["target"]?.array?.isEmpty == true)
  }

  @Test func extractionEventsCarryCategoryIntervalAndRules() throws {
    let doc = try J.parse(ExtractionExport.json(Fixtures.extraction, pretty: true))
    let events = try #require(doc["events"]?.array)
    #expect(events[0]["category"] == .string("ACCUSE"))
    #expect(events[0]["cameo"] == .string("112"))
    #expect(events[0]["quad"]?.int == 3)
    #expect(events[0]["interval"]?["start"] == .string("2023-03-06"))
    #expect(events[0]["interval"]?["granularity"] == .string("day"))
    #expect(events[0]["rule"] == .string("verb:accuse"))
    #expect(events[0]["rules"]?.array?.count == 2)
    #expect(events[0]["trigger"]?["lemma"] == .string("accuse"))
    #expect(events[3]["category"] == .null)
    #expect(events[3]["quad"] == .null)
    #expect(events[3]["goldstein"] == .null)
    #expect(events[3]["interval"] == .null)
    let mentions = try #require(doc["actors"]?.array)
    #expect(mentions[0]["name"] == .string("Kyiv"))
    #expect(mentions[0]["resolved"] == .bool(true))
    #expect(mentions[1]["resolved"] == .bool(false))
    #expect(mentions[4]["rule"] == .string("coreference:pronoun"))
    #expect(mentions[4]["confidence"]?.number == 0.42)
    #expect(mentions[3]["confidence"]?.number == 0.95)
    #expect(doc["entities"]?.array?.count == 5)
    #expect(doc["timexes"]?.array?[1]["interval"]?["end"] == .string("2023-03-03"))
  }

  @Test func showUsesTheExtractEventShape() throws {
    let show = try J.parse(EventDetailExport.json(Fixtures.detail))
    let extract = try J.parse(ExtractionExport.json(Fixtures.extraction, pretty: true))["events"]?.array?[0]
    for key in ["trigger", "category", "cameo", "quad", "goldstein", "interval", "date", "class", "polarity"] {
      #expect(show[key] == extract?[key], "\(key)")
    }
    for role in ["source", "target"] {
      let names = show[role]?.array?.map { $0["actor"] }
      #expect(names == extract?[role]?.array?.map { $0["actor"] }, "\(role)")
    }
    #expect(show["provenance"]?["trigger"]?["text"] == .string("accused"))
  }

  // The validator itself must reject bad documents, or the tests above prove nothing.
  @Test(arguments: [
    ("{\"actors\":[],\"extra\":1}", "unexpected property"),
    ("{}", "missing required"),
    ("{\"actors\":[{\"id\":1}]}", "expected string"),
    ("{\"actors\":\"x\"}", "expected array"),
  ])
  func validatorRejects(json: String, reason: String) throws {
    let errors = SchemaValidator(root: try Self.schema("actors.schema.json")).validate(try J.parse(json))
    #expect(errors.contains { $0.contains(reason) }, "\(errors)")
  }

  @Test func validatorChecksEnumsAndMinimum() throws {
    var doc = try J.parse(ActorsExport.json(Fixtures.actors))
    guard case .object(var top) = doc, case .array(var actors) = top[0].1, case .object(var first) = actors[0]
    else { Issue.record("unexpected shape"); return }
    first = first.map { $0.0 == "type" ? ($0.0, .string("planet")) : $0.0 == "mentions" ? ($0.0, .number(-1, isInteger: true)) : $0 }
    actors[0] = .object(first)
    top[0].1 = .array(actors)
    doc = .object(top)
    let errors = SchemaValidator(root: try Self.schema("actors.schema.json")).validate(doc)
    #expect(errors.contains { $0.contains("not in enum") })
    #expect(errors.contains { $0.contains("< 0") })
  }

  @Test func parserRejectsInvalidJSON() {
    for bad in ["{\"a\":1,}", "[1 2]", "\"a\nb\"", "{\"a\":1,\"a\":2}", "01", "nul"] {
      #expect(throws: J.ParseError.self) { try J.parse(bad) }
    }
  }

  /// When Python is installed, it must parse every JSON output and agree on the offsets.
  @Test func pythonAgrees() throws {
    guard let python = Tool.find("python3") else { return }
    guard (try? Tool.run(python, ["-c", "import json"]))?.status == 0 else { return }
    let script = """
      import json, sys
      for path in sys.argv[1:]:
          with open(path, encoding="utf-8") as f:
              for line in f.read().splitlines() if path.endswith(".jsonl") else [open(path, encoding="utf-8").read()]:
                  doc = json.loads(line)
                  if "text" in doc and "timexes" in doc:
                      t = doc["text"]
                      for x in doc["sentences"]:
                          assert t[x["start"]:x["end"]] == x["text"], x
                      for k in ("timexes", "actors"):
                          for x in doc[k]:
                              assert t[x["span"]["start"]:x["span"]["end"]] == x["text"], (k, x)
                      for e in doc["events"]:
                          g = e["trigger"]
                          assert t[g["span"]["start"]:g["span"]["end"]] == g["text"], e
      print("ok")
      """
    var paths: [String] = []
    defer { for p in paths { try? FileManager.default.removeItem(atPath: p) } }
    for output in Self.jsonOutputs + [.timelineJSONL] {
      paths.append(try Tool.temporaryFile(output.render(), suffix: "-" + output.rawValue))
    }
    let result = try Tool.run(python, ["-c", script] + paths)
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out == "ok\n")
  }
}
