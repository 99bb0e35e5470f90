import Foundation

/// Actors, aliases, codes and dated roles a user adds to (or overrides in) the built-in
/// knowledge: ``ActorRecognizer/init(dictionary:)`` applies it on top of ``ActorKnowledge``.
///
/// Two file formats are read (``load(path:)`` tells them apart by extension and content):
/// - Chronicle's JSON format, described by `Schemas/actor-dictionary.schema.json`:
///   `{"actors": [{"name", "type", "code", "country", "aliases", "roles": [{"title", "code",
///   "from", "to"}]}], "agents": [{"phrases", "code"}]}`;
/// - PETRARCH/TABARI actor and agent dictionaries (`NAME [CODE]`, `+SYNONYM` lines, dated
///   codes `[CODE >YYMMDD]`, `[CODE <YYMMDD]`, `[CODE YYYYMMDD-YYYYMMDD]`, agents
///   `PHRASE {PLURAL} [~SECTOR]`, `!MARKER! = A, B` substitutions, `#` and `<!-- -->` comments).
public struct UserDictionary: Sendable, Equatable {
  /// One actor the user defines or overrides.
  public struct Actor: Sendable, Equatable {
    /// Stable id; default: derived from the type and name (`person:jane-doe`), or the
    /// country entity (`country:IRN`) when the type is `country`.
    public var id: String?
    /// Canonical name ("Jane Doe").
    public var name: String
    /// What kind of actor; nil lets the code decide (a bare ISO code → country).
    public var type: ActorType?
    /// CAMEO code used when no dated role applies ("IRNGOV", "IGOUNO", "NGO").
    public var code: String?
    /// ISO 3166 alpha-3 country, if any.
    public var country: String?
    /// Other names ("Tehran", "the Islamic Republic").
    public var aliases: [String]
    /// Dated roles (people): the role in force on the article date gives the code.
    public var roles: [Role]
    /// Where the entry was read (`file:line`), for messages.
    public var origin: String?

    public init(
      id: String? = nil, name: String, type: ActorType? = nil, code: String? = nil, country: String? = nil,
      aliases: [String] = [], roles: [Role] = [], origin: String? = nil
    ) {
      self.id = id
      self.name = name
      self.type = type
      self.code = code
      self.country = country
      self.aliases = aliases
      self.roles = roles
      self.origin = origin
    }
  }

  /// A dated role: `code` applies from `from` (inclusive) to `to` (exclusive); nil = open.
  public struct Role: Sendable, Equatable {
    public var title: String
    public var code: String
    public var from: CivilDate?
    public var to: CivilDate?

    public init(title: String = "", code: String, from: CivilDate? = nil, to: CivilDate? = nil) {
      self.title = title
      self.code = code
      self.from = from
      self.to = to
    }
  }

  /// A generic agent noun ("diplomats", "border police") and its sector code ("GOV", "COP"),
  /// attached to the country the context gives.
  public struct Agent: Sendable, Equatable {
    public var phrases: [String]
    public var code: String

    public init(phrases: [String], code: String) {
      self.phrases = phrases
      self.code = code
    }
  }

  public var actors: [Actor]
  public var agents: [Agent]

  public init(actors: [Actor] = [], agents: [Agent] = []) {
    self.actors = actors
    self.agents = agents
  }

  /// A stable digest of the content (SHA-256 hex): extraction results made with a
  /// dictionary carry it in their content hash, so re-ingesting with another dictionary
  /// re-extracts instead of reporting "unchanged".
  public var fingerprint: String {
    var s = ""
    for a in actors {
      s += "A\u{1}\(a.id ?? "")\u{1}\(a.name)\u{1}\(a.type?.rawValue ?? "")\u{1}\(a.code ?? "")\u{1}\(a.country ?? "")"
      s += "\u{1}" + a.aliases.joined(separator: "\u{2}")
      for r in a.roles { s += "\u{1}R\(r.title)\u{2}\(r.code)\u{2}\(r.from?.iso ?? "")\u{2}\(r.to?.iso ?? "")" }
      s += "\n"
    }
    for g in agents { s += "G\u{1}" + g.phrases.joined(separator: "\u{2}") + "\u{1}" + g.code + "\n" }
    return SHA256.hex(Array(s.utf8))
  }

  /// True when it defines nothing.
  public var isEmpty: Bool { actors.isEmpty && agents.isEmpty }

  /// This dictionary followed by `other` (later entries override earlier ones).
  public func merged(with other: UserDictionary) -> UserDictionary {
    UserDictionary(actors: actors + other.actors, agents: agents + other.agents)
  }

  /// The formats ``load(path:)`` reads.
  public enum Format: String, Sendable {
    case json, petrarchActors = "petrarch-actors", petrarchAgents = "petrarch-agents"
  }

  /// Reads a dictionary file, detecting its format.
  public static func load(path: String) throws(UserDictionaryError) -> UserDictionary {
    guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
    guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else {
      throw .unreadable(path: path)
    }
    return try parse(text, path: path)
  }

  /// Parses dictionary text; `path` names it in errors and picks the format with the content.
  public static func parse(_ text: String, path: String = "<dictionary>") throws(UserDictionaryError) -> UserDictionary {
    switch detectFormat(text, path: path) {
    case .json: return try parseJSON(text, path: path)
    case .petrarchActors: return try PetrarchDictionary.parseActors(text, path: path)
    case .petrarchAgents: return try PetrarchDictionary.parseAgents(text, path: path)
    }
  }

  /// JSON when the extension is `.json` or the text starts with `{`; a PETRARCH agents
  /// dictionary when codes start or end with `~` (`[~GOV]`); else PETRARCH actors.
  public static func detectFormat(_ text: String, path: String) -> Format {
    let lower = path.lowercased()
    if lower.hasSuffix(".json") { return .json }
    if let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }), first == "{" { return .json }
    if text.contains("[~") || text.contains("~]") || text.contains("[ ~") { return .petrarchAgents }
    return .petrarchActors
  }

  // MARK: JSON

  static let actorKeys: Set<String> = ["id", "name", "type", "code", "country", "aliases", "roles", "comment"]
  static let roleKeys: Set<String> = ["title", "code", "from", "to", "comment"]

  /// Parses Chronicle's JSON dictionary format (see `Schemas/actor-dictionary.schema.json`).
  public static func parseJSON(_ text: String, path: String) throws(UserDictionaryError) -> UserDictionary {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    } catch {
      throw .invalid(path: path, location: "", reason: "not valid JSON (\(error.localizedDescription))")
    }
    guard let root = object as? [String: Any] else {
      throw .invalid(path: path, location: "", reason: "the top level must be an object with \"actors\" and/or \"agents\"")
    }
    for key in root.keys where !["actors", "agents", "version", "comment", "$schema"].contains(key) {
      throw .invalid(path: path, location: key, reason: "unknown key; expected \"actors\", \"agents\", \"version\"")
    }
    var dictionary = UserDictionary()
    if let list = root["actors"] {
      guard let actors = list as? [Any] else { throw .invalid(path: path, location: "actors", reason: "must be an array") }
      for (n, item) in actors.enumerated() {
        let at = "actors[\(n)]"
        guard let a = item as? [String: Any] else { throw .invalid(path: path, location: at, reason: "must be an object") }
        for key in a.keys where !actorKeys.contains(key) {
          throw .invalid(path: path, location: at + "." + key, reason: "unknown key; expected one of \(actorKeys.sorted().joined(separator: ", "))")
        }
        func string(_ key: String) throws(UserDictionaryError) -> String? {
          guard let v = a[key], !(v is NSNull) else { return nil }
          guard let s = v as? String else { throw .invalid(path: path, location: at + "." + key, reason: "must be a string") }
          return s
        }
        guard let name = try string("name"), !name.trimmingSpaces.isEmpty else {
          throw .invalid(path: path, location: at + ".name", reason: "every actor needs a non-empty \"name\"")
        }
        var actor = Actor(name: name.trimmingSpaces, origin: "\(path):\(at)")
        actor.id = try string("id")
        if let t = try string("type") {
          guard let type = ActorType(rawValue: t) else {
            throw .invalid(path: path, location: at + ".type", reason: "unknown type '\(t)'; use one of \(ActorType.allCases.map(\.rawValue).joined(separator: ", "))")
          }
          actor.type = type
        }
        if let c = try string("code") { actor.code = try checkCode(c, path: path, location: at + ".code") }
        if let c = try string("country") {
          guard c.count == 3, c.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw .invalid(path: path, location: at + ".country", reason: "must be an ISO 3166 alpha-3 code such as \"IRN\"")
          }
          actor.country = c
        }
        if let v = a["aliases"] {
          guard let list = v as? [String] else { throw .invalid(path: path, location: at + ".aliases", reason: "must be an array of strings") }
          actor.aliases = list.map(\.trimmingSpaces).filter { !$0.isEmpty }
        }
        if let v = a["roles"] {
          guard let list = v as? [[String: Any]] else { throw .invalid(path: path, location: at + ".roles", reason: "must be an array of objects") }
          for (r, role) in list.enumerated() {
            let rat = at + ".roles[\(r)]"
            for key in role.keys where !roleKeys.contains(key) {
              throw .invalid(path: path, location: rat + "." + key, reason: "unknown key; expected title, code, from, to")
            }
            guard let code = role["code"] as? String else {
              throw .invalid(path: path, location: rat + ".code", reason: "every role needs a \"code\" such as \"USAGOV\"")
            }
            var parsed = Role(title: (role["title"] as? String) ?? "", code: try checkCode(code, path: path, location: rat + ".code"))
            for key in ["from", "to"] {
              guard let v = role[key], !(v is NSNull) else { continue }
              guard let s = v as? String, let d = CivilDate(iso: s), s.utf8.count == 10 else {
                throw .invalid(path: path, location: rat + "." + key, reason: "must be a date YYYY-MM-DD")
              }
              if key == "from" { parsed.from = d } else { parsed.to = d }
            }
            if let f = parsed.from, let t = parsed.to, t.dayNumber <= f.dayNumber {
              throw .invalid(path: path, location: rat, reason: "\"to\" must come after \"from\"")
            }
            actor.roles.append(parsed)
          }
        }
        if actor.code == nil && actor.country == nil && actor.roles.isEmpty && actor.type == nil {
          throw .invalid(path: path, location: at, reason: "give a \"code\", \"country\", \"type\" or \"roles\"")
        }
        dictionary.actors.append(actor)
      }
    }
    if let list = root["agents"] {
      guard let agents = list as? [Any] else { throw .invalid(path: path, location: "agents", reason: "must be an array") }
      for (n, item) in agents.enumerated() {
        let at = "agents[\(n)]"
        guard let a = item as? [String: Any], let code = a["code"] as? String else {
          throw .invalid(path: path, location: at, reason: "must be an object with \"phrases\" and \"code\"")
        }
        guard let phrases = a["phrases"] as? [String], !phrases.isEmpty else {
          throw .invalid(path: path, location: at + ".phrases", reason: "must be a non-empty array of strings")
        }
        dictionary.agents.append(Agent(phrases: phrases, code: try checkCode(code, path: path, location: at + ".code")))
      }
    }
    return dictionary
  }

  static func checkCode(_ code: String, path: String, location: String) throws(UserDictionaryError) -> String {
    let c = code.trimmingSpaces
    guard !c.isEmpty, c.count <= 15, c.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) else {
      throw .invalid(path: path, location: location, reason: "'\(code)' is not a CAMEO code (upper-case letters and digits, e.g. \"IRNGOV\")")
    }
    return c
  }
}

/// A dictionary file that cannot be used.
public enum UserDictionaryError: Error, CustomStringConvertible, Equatable {
  case unreadable(path: String)
  case invalid(path: String, location: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path):
      return "\(path): cannot read the actor dictionary; check the path and that it is a UTF-8 text file"
    case .invalid(let path, let location, let reason):
      return "\(path)\(location.isEmpty ? "" : ": " + location): \(reason); see Schemas/actor-dictionary.schema.json"
    }
  }
}
