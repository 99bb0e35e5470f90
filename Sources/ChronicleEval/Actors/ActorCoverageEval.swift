import ChronicleExtraction

/// Actor coverage on a coded-sentence table (PETRARCH-2 GSR layout: `id category date
/// sourcecode eventcode targetcode noevents text`): for every expected source and target
/// code, whether the sentence's recognized actors include its country (the code's first
/// three letters) and the full code.
public struct ActorCoverageEval: Sendable {
  /// One expected actor of one row.
  public struct Expected: Sendable, Equatable {
    public var id: String
    public var role: String
    public var code: String
    public var date: CivilDate?
    public var text: String
  }

  /// One scored expectation.
  public struct Row: Sendable {
    public var expected: Expected
    /// Country and full codes found among the sentence's actors.
    public var found: [String]
    public var countryFound: Bool
    public var codeFound: Bool
  }

  /// The result.
  public struct Report: Sendable {
    public var rows: [Row]
    public var expected: Int { rows.count }
    /// Expectations that name a country (codes starting `---` name none).
    public var countryExpected: Int { rows.filter { !$0.expected.code.hasPrefix("---") }.count }
    public var countryFound: Int { rows.filter { !$0.expected.code.hasPrefix("---") && $0.countryFound }.count }
    public var codeFound: Int { rows.filter(\.codeFound).count }
    /// Share of expected country codes found among the sentence's actors.
    public var countryCoverage: Double { countryExpected == 0 ? 0 : Double(countryFound) / Double(countryExpected) }
    /// Share of expected full codes found (`---SEC`: the sector with any country).
    public var codeAccuracy: Double { expected == 0 ? 0 : Double(codeFound) / Double(expected) }
    public var errors: [Row] {
      rows.filter { (!$0.countryFound && !$0.expected.code.hasPrefix("---")) || !$0.codeFound }
    }
  }

  public var extractor: Extractor

  public init(extractor: Extractor = Extractor()) { self.extractor = extractor }

  /// Whether a TSV header is this layout.
  public static func matches(header: String) -> Bool {
    let cols = Set(header.split(separator: "\t").map { String($0).trimmingCharactersSpaces })
    return cols.isSuperset(of: ["sourcecode", "targetcode", "text"])
  }

  /// The expectations of a table: rows with an event, one per non-empty source or target code.
  public static func parse(_ tsv: String) throws(ActorEvalError) -> [Expected] {
    var lines = tsv.split(whereSeparator: \.isNewline).map(String.init)
    guard !lines.isEmpty else { return [] }
    let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map {
      String($0).trimmingCharactersSpaces
    }
    let needed = ["id", "date", "sourcecode", "targetcode", "noevents", "text"]
    let missing = needed.filter { !header.contains($0) }
    guard missing.isEmpty else { throw .missingColumns(missing) }
    func col(_ name: String) -> Int { header.firstIndex(of: name)! }
    var out: [Expected] = []
    for line in lines {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingCharactersSpaces }
      func v(_ n: String) -> String { col(n) < f.count ? f[col(n)] : "" }
      if !v("noevents").isEmpty || v("text").isEmpty { continue }
      let d = v("date")
      var date: CivilDate? = nil
      if d.count == 8, let n = Int(d) { date = CivilDate(year: n / 10_000, month: (n / 100) % 100, day: n % 100) }
      for role in ["sourcecode", "targetcode"] {
        let code = v(role).uppercased()
        guard code.count >= 3, code != "---" else { continue }
        out.append(Expected(id: v("id"), role: role == "sourcecode" ? "source" : "target", code: code, date: date, text: v("text")))
      }
    }
    return out
  }

  /// Recognizes the actors of each sentence (on its date) and checks the expectations.
  public func run(_ expected: [Expected]) -> Report {
    var cache: [String: [String]] = [:]
    var rows: [Row] = []
    for e in expected {
      let key = (e.date?.iso ?? "") + "|" + e.text
      let codes: [String]
      if let c = cache[key] {
        codes = c
      } else {
        let article = Article(body: e.text, published: e.date)
        let result = extractor.extract(article)
        var found: [String] = []
        for m in result.actors {
          if let c = m.code, !c.isEmpty { found.append(c) }
          if let c = m.entity.country { found.append(c) }
          if let c = m.entity.code { found.append(c) }
        }
        codes = found
        cache[key] = codes
      }
      let country = String(e.code.prefix(3))
      let codeFound: Bool
      if country == "---" {
        let sector = String(e.code.dropFirst(3))
        codeFound = codes.contains { $0 == sector || ($0.count > 3 && $0.dropFirst(3) == sector) }
      } else {
        codeFound = codes.contains(e.code)
      }
      rows.append(
        Row(expected: e, found: codes, countryFound: country != "---" && codes.contains { $0.hasPrefix(country) }, codeFound: codeFound))
    }
    return Report(rows: rows)
  }
}
