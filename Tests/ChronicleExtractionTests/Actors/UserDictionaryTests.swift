import ChronicleExtraction
import Testing

@Suite struct UserDictionaryTests {
  let analyzer = TextAnalyzer()

  func mentions(_ text: String, _ dictionary: UserDictionary?, date: String = "2024-03-01") -> [ActorMention] {
    ActorRecognizer(dictionary: dictionary).recognize(
      analyzer.analyze(text, headlineLength: 0), published: CivilDate(iso: date))
  }

  static let json = """
    {
      "version": 1,
      "actors": [
        {"name": "Mara Velkova", "type": "person", "country": "BGR", "aliases": ["Velkova"],
         "roles": [{"title": "interior minister", "code": "BGRGOV", "from": "2021-05-01", "to": "2023-06-01"},
                   {"title": "opposition leader", "code": "BGROPP", "from": "2023-06-01"}]},
        {"name": "Blue Harbor Coalition", "code": "NGO", "aliases": ["BHC"]},
        {"name": "the Yellow House", "code": "BGRGOV"},
        {"name": "Northwind", "type": "media", "country": "NOR", "code": "NORMED"}
      ],
      "agents": [{"phrases": ["lifeguards", "lifeguard"], "code": "CVL"}]
    }
    """

  @Test func jsonDictionaryParses() throws {
    let d = try UserDictionary.parse(Self.json, path: "d.json")
    #expect(d.actors.count == 4)
    #expect(d.agents.count == 1)
    #expect(d.actors[0].roles.count == 2)
    #expect(d.actors[0].roles[0].from == CivilDate(iso: "2021-05-01"))
    #expect(d.actors[0].roles[1].to == nil)
  }

  @Test(arguments: [
    ("2022-01-10", "BGRGOV", "interior minister"),
    ("2024-01-10", "BGROPP", "opposition leader"),
  ])
  func datedRolesPickTheCode(date: String, code: String, role: String) throws {
    let d = try UserDictionary.parse(Self.json, path: "d.json")
    let found = mentions("Mara Velkova criticized the plan. Velkova left early.", d, date: date)
    let people = found.filter { $0.entity.id == "person:mara-velkova" }
    #expect(people.count == 2)
    #expect(people.allSatisfy { $0.code == code })
    #expect(people.first?.role == role)
  }

  @Test func userActorsAliasesMetonymsAndAgents() throws {
    let d = try UserDictionary.parse(Self.json, path: "d.json")
    let found = mentions("The Yellow House praised BHC, Northwind reported, and Bulgarian lifeguards agreed.", d)
    let byText = Dictionary(found.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(byText["Yellow House"]?.entity.id == "country:BGR")
    #expect(byText["Yellow House"]?.code == "BGRGOV")
    #expect(byText["BHC"]?.entity.id == "org:blue-harbor-coalition")
    #expect(byText["BHC"]?.code == "NGO")
    #expect(byText["Northwind"]?.entity.type == .media)
    #expect(byText["Bulgarian lifeguards"]?.code == "BGRCVL")
    // Without the dictionary none of them is a known actor.
    #expect(mentions("The Yellow House praised BHC.", nil).allSatisfy { $0.entity.id != "country:BGR" })
  }

  @Test func overrideBuiltInAlias() throws {
    let d = try UserDictionary.parse(#"{"actors": [{"name": "Kremlin", "code": "RUSMIL"}]}"#, path: "o.json")
    let found = mentions("The Kremlin denied it.", d)
    #expect(found.first?.code == "RUSMIL")
    #expect(mentions("The Kremlin denied it.", nil).first?.code == "RUSGOV")
  }

  @Test(arguments: [
    (#"{"actors": [{"code": "USA"}]}"#, "actors[0].name"),
    (#"{"actors": [{"name": "X", "type": "planet"}]}"#, "actors[0].type"),
    (#"{"actors": [{"name": "X", "code": "usa gov"}]}"#, "actors[0].code"),
    (#"{"actors": [{"name": "X", "roles": [{"code": "USAGOV", "from": "May 2020"}]}]}"#, "actors[0].roles[0].from"),
    (#"{"actors": [{"name": "X", "code": "USA", "colour": "red"}]}"#, "actors[0].colour"),
    (#"{"people": []}"#, "people"),
    ("{not json", "not valid JSON"),
  ])
  func invalidJSONIsReportedWithItsLocation(text: String, location: String) {
    #expect(throws: UserDictionaryError.self) { try UserDictionary.parse(text, path: "bad.json") }
    do {
      _ = try UserDictionary.parse(text, path: "bad.json")
    } catch {
      #expect(error.description.contains(location))
      #expect(error.description.hasPrefix("bad.json"))
    }
  }

  // A small PETRARCH-style dictionary written for these tests (not from any project).
  static let petrarchActors = """
    <!-- TEST ACTORS -->
    <!--
    # a comment block
    -->
    ZORVANIA  [ZRV]   # a made-up country
    +ZORVANIAN
    +ZORVAN_CITY
    BLUE_LANTERN_PARTY_ [ZRVPTY]
    KESTREL HOLM  # dated codes
    +HOLM
    \t[ZRVCVL <050101]
    \t[ZRVGOV 20050101-20101231]
    \t[ZRVELI >110101]
    GREY_COUNCIL
    \t[IGOGRY]
    OLD_ENTRY [---]
    #COMMENTED [XXX]
    """

  static let petrarchAgents = """
    <!-- TEST AGENTS -->
    !WORKER! = DOCKER, DOCKERS, PORTER
    HARBOR!WORKER! [~LAB]
    LIGHTHOUSE_KEEPER {LIGHTHOUSE_KEEPERS} [~CVL] # explicit plural
    WATCH_COMMISSION {} [~GOV]
    FERRY_OPERATOR [BUS~]
    """

  @Test func petrarchActorsImport() throws {
    let d = try UserDictionary.parse(Self.petrarchActors, path: "test.actors.txt")
    #expect(UserDictionary.detectFormat(Self.petrarchActors, path: "x.txt") == .petrarchActors)
    #expect(d.actors.map(\.name) == ["Zorvania", "Blue Lantern Party", "Kestrel Holm", "Grey Council"])
    #expect(d.actors[0].aliases.contains("ZORVANIAN"))
    #expect(d.actors[0].aliases.contains("ZORVAN CITY"))
    let holm = d.actors[2]
    #expect(holm.roles.count == 3)
    #expect(holm.roles[0] == UserDictionary.Role(code: "ZRVCVL", from: nil, to: CivilDate(iso: "2005-01-01")))
    #expect(holm.roles[1] == UserDictionary.Role(code: "ZRVGOV", from: CivilDate(iso: "2005-01-01"), to: CivilDate(iso: "2011-01-01")))
    #expect(holm.roles[2].from == CivilDate(iso: "2011-01-02"))
    #expect(d.actors[3].code == "IGOGRY")
  }

  @Test(arguments: [("2003-05-01", "ZRVCVL"), ("2008-05-01", "ZRVGOV"), ("2015-05-01", "ZRVELI")])
  func petrarchDateRestrictions(date: String, code: String) throws {
    let d = try UserDictionary.parse(Self.petrarchActors, path: "test.actors.txt")
    let found = mentions("Kestrel Holm met the Grey Council.", d, date: date)
    #expect(found.first { $0.text == "Kestrel Holm" }?.code == code)
    #expect(found.first { $0.text == "Grey Council" }?.entity.type == .igo)
  }

  @Test func petrarchAgentsImport() throws {
    #expect(UserDictionary.detectFormat(Self.petrarchAgents, path: "x.txt") == .petrarchAgents)
    let d = try UserDictionary.parse(Self.petrarchAgents, path: "test.agents.txt")
    #expect(d.agents.count == 4)
    #expect(Set(d.agents[0].phrases) == ["HARBORDOCKER", "HARBORDOCKERS", "HARBORPORTER"])
    #expect(d.agents[1].phrases == ["LIGHTHOUSE KEEPER", "LIGHTHOUSE KEEPERS"])
    #expect(d.agents[2].phrases == ["WATCH COMMISSION"])
    #expect(d.agents[3].code == "BUS")
    let found = mentions("Turkish lighthouse keepers protested.", d)
    #expect(found.first?.code == "TURCVL")
  }

  @Test(arguments: [
    ("NAME [USA", "line 1"),
    ("+ORPHAN", "line 1"),
    ("NAME [USA >2020]", "line 1"),
    ("NAME [US$]", "line 1"),
  ])
  func invalidPetrarchIsReportedWithItsLine(text: String, location: String) {
    do {
      _ = try UserDictionary.parse(text, path: "bad.txt")
      Issue.record("expected an error for \(text)")
    } catch {
      #expect(error.description.contains(location))
    }
  }

  @Test func regionalModifiersAreNotTheFocalCountry() {
    let found = mentions(
      "Iran expanded enrichment. Iran said so. Western diplomats accuse Tehran of delays, and foreign reporters in Tehran were expelled.",
      nil)
    let western = found.first { $0.text == "Western diplomats" }
    #expect(western?.code == "WSTGOV")
    #expect(western?.entity.country == nil)
    let reporters = found.first { $0.text.hasSuffix("reporters") }
    #expect(reporters?.code == "MED")
    #expect(reporters?.entity.type == .group)
    #expect(found.filter { $0.text == "Tehran" }.count == 2)
  }

  @Test func qualifiedRegimeIsOneMention() {
    let found = mentions("Iran denied the report. Critics say the Islamic regime armed the militia.", nil)
    let regime = found.first { $0.text == "the Islamic regime" }
    #expect(regime?.entity.id == "country:IRN")
    #expect(regime?.code == "IRNGOV")
  }

  @Test(arguments: [
    ("US and British activists marched.", ["US": "USAOPP", "British activists": "GBROPP"]),
    ("Russian, Iranian and Syrian officials met.", ["Russian": "RUSGOV", "Iranian": "IRNGOV", "Syrian officials": "SYRGOV"]),
    ("France and Germany signed.", ["France": "FRA", "Germany": "DEU"]),
  ])
  func coordinatedModifiersShareTheAgent(text: String, codes: [String: String]) {
    let found = mentions(text, nil)
    #expect(Dictionary(found.map { ($0.text, $0.code ?? "-") }, uniquingKeysWith: { a, _ in a }) == codes)
  }
}
