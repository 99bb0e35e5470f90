/// Resolves a short actor phrase ("Iranian authorities", "Foreign Minister Park Jin",
/// "Trump") on its own, as event-coding dictionaries do: the phrase's main actor and code.
public struct ActorResolver: Sendable {
  /// The recognizer run on each phrase.
  public let recognizer: ActorRecognizer

  /// A resolver using `recognizer`.
  public init(recognizer: ActorRecognizer = ActorRecognizer()) { self.recognizer = recognizer }

  /// The result of resolving a phrase.
  public struct Resolution: Sendable, Equatable {
    /// The main actor, if any.
    public var entity: ActorEntity?
    /// CAMEO code in context ("IRNGOV", "MIL", "IGOUNO"), if any.
    public var code: String?
    /// The role found, if any.
    public var role: String?
    /// Rule that produced it.
    public var rule: String?

    public init(entity: ActorEntity? = nil, code: String? = nil, role: String? = nil, rule: String? = nil) {
      self.entity = entity
      self.code = code
      self.role = role
      self.rule = rule
    }

    /// ISO country of the resolution: the entity's, else the code's first three letters when
    /// they name a country.
    public var country: String? {
      if let c = entity?.country { return c }
      if let code, code.count >= 3, ActorKnowledge.shared.entity(id: "country:" + code.prefix(3)) != nil {
        return String(code.prefix(3))
      }
      return nil
    }
  }

  /// Resolves `phrase`; `context` (e.g. "Mexico", "Saudi") names the country in focus,
  /// `date` picks the roles in force.
  public func resolve(phrase: String, context: String? = nil, date: CivilDate? = nil) -> Resolution {
    let analyzer = TextAnalyzer()
    var focus: String? = nil
    if let context, !context.isEmpty {
      let ctx = analyzer.analyze(context.prefix(1).uppercased() + context.dropFirst(), headlineLength: 0)
      let found = recognizer.recognize(ctx, published: date)
      focus = found.lazy.compactMap { $0.entity.country ?? ($0.entity.type == .country ? $0.entity.code : nil) }.first
    }
    let text = analyzer.analyze(phrase, headlineLength: 0)
    let mentions = recognizer.recognize(text, published: date, focus: focus)
    let main = mentions.first { !$0.rule.hasSuffix(":modifier") && $0.entity.type != .location }
      ?? mentions.first { !$0.rule.hasSuffix(":modifier") }
      ?? mentions.first
    if var m = main {
      if m.entity.type == .location, let c = m.entity.country { m.code = m.entity.code ?? c }
      if m.entity.type == .group, m.rule != "agent:region" {
        let place = focus ?? mentions.lazy.compactMap { $0.entity.type == .country ? $0.entity.country : nil }.first
        if let place, let ent = ActorKnowledge.shared.entity(id: "country:" + place) {
          m.code = place + (m.code ?? "")
          m.entity = ent
        }
      }
      if m.entity.type == .country, m.code == m.entity.code, let sector = headSector(text) {
        m.code = (m.code ?? "") + sector
      }
      if m.code == nil || m.entity.type == .organization && m.entity.resolved == false {
        if let sector = headSector(text) {
          m.code = (m.entity.country ?? focus ?? "") + sector
        }
      }
      return Resolution(entity: m.entity, code: m.code, role: m.role, rule: m.rule)
    }
    if let sector = headSector(text) {
      return Resolution(entity: nil, code: (focus ?? "") + sector, role: nil, rule: "agent:phrase")
    }
    if let focus { return Resolution(entity: ActorKnowledge.shared.entity(id: "country:" + focus), code: focus, rule: "context") }
    return Resolution()
  }

  /// The sector of the last agent noun or title in the phrase (its head).
  func headSector(_ text: AnalyzedText) -> String? {
    let k = recognizer.knowledge
    let keys = text.sentences.flatMap(\.tokens).map { TextKeys.fold($0.lower) }
    var found: String? = nil
    var i = 0
    var former = false
    while i < keys.count {
      if ["former", "retired", "ex", "disgraced"].contains(keys[i]) { former = true }
      var matched = false
      for len in stride(from: min(4, keys.count - i), through: 1, by: -1) {
        let key = keys[i..<(i + len)].joined(separator: " ")
        if let s = k.agents[key] {
          found = s
          i += len
          matched = true
          break
        }
        if let t = k.titles[key], let s = t.sector {
          found = s
          i += len
          matched = true
          break
        }
      }
      if !matched { i += 1 }
    }
    if former, found != nil { return "ELI" }
    return found
  }
}
