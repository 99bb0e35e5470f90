/// A dated role of a known person, for reports (`chronicle actors show`).
public struct ActorRoleInfo: Sendable, Equatable {
  public var title: String
  public var code: String
  /// First day (nil: since always).
  public var from: CivilDate?
  /// Day after the last (nil: open).
  public var to: CivilDate?
}

extension ActorKnowledge {
  /// The dated roles of a known person (built-in or from a user dictionary); empty otherwise.
  public func roles(of id: String) -> [ActorRoleInfo] {
    guard let p = people[id] else { return [] }
    return p.roles.map {
      ActorRoleInfo(
        title: $0.title, code: $0.code, from: $0.start <= -10_000_000 ? nil : CivilDate(dayNumber: $0.start),
        to: $0.end.map { CivilDate(dayNumber: $0) })
    }
  }

  /// The dictionary aliases (lexicon keys, lower case) that name `id`, sorted.
  public func aliases(of id: String) -> [String] {
    lexicon.compactMap { $0.value.entityID == id || $0.value.alternatives.contains(id) ? $0.key : nil }.sorted()
  }

  /// The entity a name designates in the dictionaries: an id (`country:IRN`) or an alias
  /// ("Tehran", "the Kremlin", "Joe Biden"), compared without case.
  public func lookup(_ name: String) -> ActorEntity? {
    if let e = entities[name] { return e }
    let tokens = TextKeys.key(of: name)
    var key = tokens.joined(separator: " ")
    if lexicon[key] == nil, tokens.first == "the" { key = tokens.dropFirst().joined(separator: " ") }
    guard let e = lexicon[key] else { return nil }
    return entities[e.entityID]
  }
}
