import ChronicleExtraction

/// One row of an actor-resolution test table (NGEC `ngec_actor_resolution_cases.tsv` layout:
/// test, method, actor_text, context, date, expect_country, expect_code1, expect_wiki, expect_other).
public struct ActorCase: Sendable, Equatable {
  /// Test name (not unique).
  public var test: String
  /// The method the row tests (`agent_to_code`, `short_text_to_agent`, `query_wiki`, `trf_agent_match`).
  public var method: String
  /// The actor phrase.
  public var phrase: String
  /// Context text naming the country in focus, if any.
  public var context: String
  /// The article date as written ("today", "2022-01-10", "10 May 2015"), or empty.
  public var date: String
  /// Expected ISO country (or UNO, EUR, IGO), empty for none.
  public var expectedCountry: String
  /// Expected sector code (GOV, MIL…), empty for none.
  public var expectedCode: String

  public init(
    test: String, method: String, phrase: String, context: String, date: String, expectedCountry: String,
    expectedCode: String
  ) {
    self.test = test
    self.method = method
    self.phrase = phrase
    self.context = context
    self.date = date
    self.expectedCountry = expectedCountry
    self.expectedCode = expectedCode
  }

  /// Whether the row states a country or code to check (rows that only name a Wikipedia
  /// page, and the nonsense-matching rows, are not scored).
  public var isScored: Bool {
    switch method {
    case "agent_to_code", "short_text_to_agent": return !phrase.isEmpty
    case "query_wiki": return !expectedCountry.isEmpty || !expectedCode.isEmpty
    default: return false
    }
  }
}

/// Errors reading an actor table.
public enum ActorEvalError: Error, CustomStringConvertible {
  case missingColumns([String])

  public var description: String {
    switch self {
    case .missingColumns(let c):
      return "the table lacks columns \(c.joined(separator: ", ")); pass the NGEC actor resolution TSV"
    }
  }
}

/// Scores ``ActorResolver`` on an actor-resolution table: country accuracy and sector-code accuracy.
public struct ActorResolutionEval: Sendable {
  /// The resolver under test.
  public var resolver: ActorResolver
  /// The date "today" in the table means.
  public var today: CivilDate

  public init(resolver: ActorResolver = ActorResolver(), today: CivilDate) {
    self.resolver = resolver
    self.today = today
  }

  /// Parses the TSV (header row required).
  public static func parse(_ tsv: String) throws(ActorEvalError) -> [ActorCase] {
    var lines = tsv.split(whereSeparator: \.isNewline).map(String.init)
    guard !lines.isEmpty else { return [] }
    let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    let needed = ["test", "method", "actor_text", "context", "date", "expect_country", "expect_code1"]
    let missing = needed.filter { !header.contains($0) }
    guard missing.isEmpty else { throw .missingColumns(missing) }
    func col(_ name: String) -> Int { header.firstIndex(of: name)! }
    return lines.map { line in
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingCharactersSpaces }
      func v(_ n: String) -> String { col(n) < f.count ? f[col(n)] : "" }
      return ActorCase(
        test: v("test"), method: v("method"), phrase: v("actor_text"), context: v("context"), date: v("date"),
        expectedCountry: v("expect_country"), expectedCode: v("expect_code1"))
    }
  }

  /// One scored row.
  public struct Row: Sendable, Codable {
    /// Test name and phrase.
    public var test: String
    public var phrase: String
    /// What the table expects.
    public var expectedCountry: String
    public var expectedCode: String
    /// What the resolver said (table scheme), and the entity id it chose.
    public var country: String
    public var code: String
    public var entity: String
    /// Whether country and code match.
    public var countryCorrect: Bool
    public var codeCorrect: Bool
  }

  /// The evaluation result.
  public struct Report: Sendable, Codable {
    /// Every scored row.
    public var rows: [Row]
    /// Number of scored rows, and those with the right country / code.
    public var scored: Int { rows.count }
    public var countryCorrect: Int { rows.filter(\.countryCorrect).count }
    public var codeCorrect: Int { rows.filter(\.codeCorrect).count }
    /// Fractions of scored rows with the right country / code.
    public var countryAccuracy: Double { scored == 0 ? 0 : Double(countryCorrect) / Double(scored) }
    public var codeAccuracy: Double { scored == 0 ? 0 : Double(codeCorrect) / Double(scored) }
    /// Rows with a wrong country or code.
    public var errors: [Row] { rows.filter { !$0.countryCorrect || !$0.codeCorrect } }
  }

  /// Resolves every scored case and compares it with the table.
  public func run(_ cases: [ActorCase]) -> Report {
    var rows: [Row] = []
    for c in cases where c.isScored {
      let date = parseDate(c.date)
      let r = resolver.resolve(phrase: c.phrase, context: c.context, date: date)
      let (country, sector) = ActorResolutionEval.ngec(r)
      rows.append(
        Row(
          test: c.test, phrase: c.phrase, expectedCountry: c.expectedCountry, expectedCode: c.expectedCode,
          country: country, code: sector, entity: r.entity?.id ?? "",
          countryCorrect: country == c.expectedCountry.uppercased(),
          codeCorrect: sector == c.expectedCode.uppercased()))
    }
    return Report(rows: rows)
  }

  /// Maps a CAMEO resolution onto the table's scheme: the country (UNO for UN bodies, EUR for
  /// EU bodies, IGO for other IGOs) and the sector. The table's MED means medical (CAMEO HLH)
  /// and JRN means journalists (CAMEO MED).
  public static func ngec(_ r: ActorResolver.Resolution) -> (country: String, sector: String) {
    var code = r.code ?? ""
    var country = r.country ?? ""
    if code.hasPrefix("IGO") || r.entity?.type == .igo {
      if code.hasPrefix("IGOUNO") {
        country = "UNO"
        code = String(code.dropFirst(6))
      } else if code.hasPrefix("IGOEUR") {
        country = "EUR"
        code = String(code.dropFirst(6))
      } else {
        country = "IGO"
        code = ""
      }
      if code.count > 3 { code = String(code.prefix(3)) }
    } else if code.hasPrefix("NGO") {
      code = "NGO"
    } else if !country.isEmpty, code.hasPrefix(country) {
      code = String(code.dropFirst(country.count))
    } else if code.count >= 6, ActorKnowledge.shared.entity(id: "country:" + code.prefix(3)) != nil {
      code = String(code.dropFirst(3))
    } else if code.count == 3, ActorKnowledge.shared.entity(id: "country:" + code) != nil {
      code = ""
    }
    if code.count > 3 { code = String(code.prefix(3)) }
    switch code {
    case "HLH" where country != "UNO": code = "MED"
    case "MED": code = "JRN"
    default: break
    }
    return (country, code)
  }

  /// "today", ISO dates, "10 May 2015", "1 july 2021", "October 1, 2021".
  public func parseDate(_ s: String) -> CivilDate? {
    let t = s.trimmingCharactersSpaces.lowercased()
    if t.isEmpty { return nil }
    if t == "today" { return today }
    if let d = CivilDate(iso: t) { return d }
    let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"]
    let parts = t.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    var day: Int?
    var month: Int?
    var year: Int?
    for p in parts {
      if let m = months.firstIndex(of: p) {
        month = m + 1
      } else if let n = Int(p) {
        if n > 31 { year = n } else { day = n }
      }
    }
    guard let day, let month, let year else { return nil }
    return CivilDate(year: year, month: month, day: day)
  }
}

extension String {
  var trimmingCharactersSpaces: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return String(s)
  }
}
