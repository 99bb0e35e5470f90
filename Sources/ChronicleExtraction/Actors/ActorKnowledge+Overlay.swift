extension ActorKnowledge {
  /// What a user entry becomes in the knowledge.
  enum OverlayKind {
    /// An alias of a country (code = the ISO code).
    case country(String)
    /// A metonym of a country with a sector code ("WHITE_HOUSE [USAGOV]").
    case countryBody(iso: String, code: String)
    /// An entity of its own.
    case entity(ActorType)
  }

  /// How a user actor is classified: its explicit type, else dated roles → person, `IGO…` →
  /// IGO, a bare ISO code → the country, ISO + sector → a metonym of the country, anything
  /// else → an organization with that code.
  static func overlayKind(_ a: UserDictionary.Actor, countryIDs: Set<String>) -> OverlayKind {
    let code = a.code ?? a.roles.first?.code
    let prefix = code.map { String($0.prefix(3)) }
    let iso = a.country ?? prefix.flatMap { countryIDs.contains("country:" + $0) ? $0 : nil }
    if let type = a.type {
      if type == .country, let iso, countryIDs.contains("country:" + iso) {
        if let code, code.count > 3, a.roles.isEmpty { return .countryBody(iso: iso, code: code) }
        return .country(iso)
      }
      return .entity(type == .country ? .organization : type)
    }
    if !a.roles.isEmpty { return .entity(.person) }
    if let code, code.hasPrefix("IGO") { return .entity(.igo) }
    if let iso, let code, code.hasPrefix(iso) {
      return code.count == 3 ? .country(iso) : .countryBody(iso: iso, code: code)
    }
    if a.code == nil, let iso { return .country(iso) }
    return .entity(.organization)
  }

  // swift-format-ignore
  static func apply(
    _ dictionary: UserDictionary, entities: inout [String: ActorEntity], lexicon: inout [String: Entry],
    first: inout [String: Int], people: inout [String: Person], offices: inout [String: [(id: String, start: Int, end: Int?)]],
    agents: inout [String: String], agentFirst: inout [String: Int], titles: [String: Title], countryIDs: Set<String>,
    coverage: inout [String: Int]
  ) {
    func put(_ alias: String, _ entry: Entry) {
      var alias = alias.trimmingSpaces
      if entry.kind != .media, alias.lowercased().hasPrefix("the ") { alias = String(alias.dropFirst(4)) }
      let tokens = TextKeys.key(of: alias)
      guard !tokens.isEmpty else { return }
      let key = tokens.joined(separator: " ")
      var e = entry
      e.capsOnly = alias.count <= 6 && !alias.contains { $0.isLowercase } && alias.contains { $0.isUppercase }
        && (tokens.count > 1 || alias.count <= 4)
      // Same entity and code as the built-in alias: keep the built-in entry (it knows
      // adjectives from names).
      if let old = lexicon[key], old.entityID == e.entityID, old.code == e.code { return }
      lexicon[key] = e
      first[tokens[0]] = max(first[tokens[0]] ?? 0, tokens.count)
    }
    func existingPerson(_ name: String) -> String? {
      let key = TextKeys.key(of: name).joined(separator: " ")
      guard let e = lexicon[key], e.kind == .person else { return nil }
      return e.entityID
    }

    var added = 0
    for a in dictionary.actors {
      let names = [a.name] + a.aliases
      switch overlayKind(a, countryIDs: countryIDs) {
      case .country(let iso):
        let id = "country:" + iso
        for n in names { put(n, Entry(entityID: id, kind: .countryName, code: nil, capsOnly: false, needsIntroduction: false)) }
      case .countryBody(let iso, let code):
        let id = "country:" + iso
        for n in names { put(n, Entry(entityID: id, kind: .body, code: code, capsOnly: false, needsIntroduction: false)) }
      case .entity(let type):
        let prefix: String
        let kind: Kind
        switch type {
        case .person: (prefix, kind) = ("person", .person)
        case .igo: (prefix, kind) = ("igo", .igo)
        case .media: (prefix, kind) = ("media", .media)
        case .agreement: (prefix, kind) = ("agreement", .agreement)
        case .location: (prefix, kind) = ("location", .place)
        case .group: (prefix, kind) = ("group", .organization)
        case .organization, .country: (prefix, kind) = ("org", .organization)
        }
        let id = a.id ?? (type == .person ? existingPerson(a.name) : nil) ?? (prefix + ":" + TextKeys.slug(a.name))
        let country = a.country ?? a.code.flatMap { c in countryIDs.contains("country:" + c.prefix(3)) ? String(c.prefix(3)) : nil }
          ?? a.roles.lazy.compactMap { r in countryIDs.contains("country:" + r.code.prefix(3)) ? String(r.code.prefix(3)) : nil }.first
        var entity = entities[id] ?? ActorEntity(id: id, name: a.name, type: type)
        if entities[id] == nil { added += 1 }
        entity.type = type
        if let code = a.code { entity.code = code } else if entity.code == nil { entity.code = country }
        if let country { entity.country = country }
        entities[id] = entity
        if type == .person {
          var person = people[id] ?? Person(id: id, country: country ?? "", roles: [], base: nil)
          if let country { person.country = country }
          if let code = a.code { person.defaultCode = code }
          if !a.roles.isEmpty {
            // The user's roles replace the built-in ones (they correct them).
            person.roles = a.roles.map { r in
              Role(
                title: r.title, code: r.code, start: r.from?.dayNumber ?? -10_000_000, end: r.to?.dayNumber,
                isHead: false)
            }
            person.roles.sort { $0.start < $1.start }
            for r in person.roles where !r.title.isEmpty {
              let owner = r.code.hasPrefix("IGO") ? String(r.code.prefix(6)) : String(r.code.prefix(3))
              let office = owner + "|" + ActorKnowledge.normalizeTitle(r.title)
              offices[office, default: []].removeAll { $0.id == id }
              offices[office, default: []].append((id, r.start, r.end))
              offices[office]!.sort { $0.start < $1.start }
            }
          }
          people[id] = person
        }
        for n in names { put(n, Entry(entityID: id, kind: kind, code: nil, capsOnly: false, needsIntroduction: false)) }
      }
    }
    for agent in dictionary.agents {
      for phrase in agent.phrases {
        let tokens = TextKeys.key(of: phrase)
        // Titles ("president", "foreign minister") keep their built-in handling: a title
        // before a name makes a person, not a generic agent.
        guard !tokens.isEmpty, titles[tokens.joined(separator: " ")] == nil else { continue }
        agents[tokens.joined(separator: " ")] = agent.code
        agentFirst[tokens[0]] = max(agentFirst[tokens[0]] ?? 0, tokens.count)
      }
    }
    coverage["user actors"] = dictionary.actors.count
    coverage["user entities"] = added
    coverage["user agents"] = dictionary.agents.count
  }
}
