/// What kind of thing an actor is; drives node shapes in graph exports.
public enum ActorType: String, Sendable, Codable, CaseIterable {
  /// A country or territory ("Iran"); its capital and government metonyms resolve here.
  case country
  /// A named person ("Joe Biden").
  case person
  /// A company, agency, party, armed group or government body with its own identity.
  case organization
  /// An intergovernmental organization (UN, NATO, EU, IAEA).
  case igo
  /// A news organization ("The Hill", "Associated Press").
  case media
  /// A treaty or agreement that events can target ("JCPOA").
  case agreement
  /// A city or region that is not a metonym for a government.
  case location
  /// A generic group without a country ("protesters").
  case group
}

/// An actor: one node of the event graph, shared across documents.
public struct ActorEntity: Hashable, Sendable, Codable {
  /// Stable key, unique across the database: `country:IRN`, `person:joe-biden`,
  /// `org:jcpoa`, `new:person:acme-smith` for names not in any dictionary.
  public var id: String
  /// Canonical display name ("Iran", "Joe Biden").
  public var name: String
  public var type: ActorType
  /// Base CAMEO code of the actor ("IRN", "USA", "IGOUNO"), if known.
  public var code: String?
  /// ISO 3166 alpha-3 of the actor's country, if any.
  public var country: String?
  /// `false` for names found by capitalization only, which the user may map.
  public var resolved: Bool

  public init(
    id: String, name: String, type: ActorType, code: String? = nil, country: String? = nil,
    resolved: Bool = true
  ) {
    self.id = id
    self.name = name
    self.type = type
    self.code = code
    self.country = country
    self.resolved = resolved
  }
}

/// One mention of an actor in a document.
public struct ActorMention: Sendable, Equatable {
  public var sentence: Int
  /// UTF-8 byte span in the document text.
  public var span: TextSpan
  /// The text as written ("Tehran", "the Biden administration", "Jean-Pierre").
  public var text: String
  public var entity: ActorEntity
  /// CAMEO code of this mention in context ("IRNGOV" for "Tehran" as a government,
  /// "USAGOV" for "White House press secretary Karine Jean-Pierre").
  public var code: String?
  /// Role or title given in the text or by the dictionary ("press secretary", "president").
  public var role: String?
  /// Name of the rule that produced it (provenance): `dictionary`, `capitalized-name`,
  /// `coreference:surname`, `metonym`…
  public var rule: String

  public init(
    sentence: Int, span: TextSpan, text: String, entity: ActorEntity, code: String? = nil,
    role: String? = nil, rule: String
  ) {
    self.sentence = sentence
    self.span = span
    self.text = text
    self.entity = entity
    self.code = code
    self.role = role
    self.rule = rule
  }
}
