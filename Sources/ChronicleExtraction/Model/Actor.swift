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
  /// How sure the recognizer is that this text refers to ``entity``, from 0 to 1.
  ///
  /// The scale is an ordinal estimate of how reliable each rule is, not a calibrated
  /// probability; see ``defaultConfidence(rule:)`` for the values rules get by default.
  public var confidence: Double
}

// The public initializer is declared in an extension so that the module keeps the implicit
// memberwise one (all fields given, `confidence` not optional): the recognizer builds every
// mention with it, and the compiler stores its fields directly in the array, where a
// hand-written initializer builds the mention aside and copies it (retaining every string).
extension ActorMention {
  /// - Parameter confidence: from 0 to 1; defaults to ``defaultConfidence(rule:)``.
  public init(
    sentence: Int, span: TextSpan, text: String, entity: ActorEntity, code: String? = nil,
    role: String? = nil, rule: String, confidence: Double? = nil
  ) {
    self.sentence = sentence
    self.span = span
    self.text = text
    self.entity = entity
    self.code = code
    self.role = role
    self.rule = rule
    self.confidence = confidence ?? ActorMention.defaultConfidence(rule: rule)
  }

  /// The confidence a mention gets from the rule that produced it (the part of the rule
  /// name before the first `:` decides, with a few refinements):
  ///
  /// | rule | confidence | why |
  /// |---|---|---|
  /// | `dictionary…`, `metonym…`, `alias`, `title:office-holder` | 0.95 | a listed name, capital or government body |
  /// | `title:office` | 0.9 | a listed office of a known country ("the Iranian foreign minister") |
  /// | `adjective`, `possessor:…` | 0.85 | a national adjective or possessive names the country, not always its government |
  /// | `agent:modifier`, `agent:location`, `agreement:context` | 0.8 | a generic agent tied to a named place ("Russian officials") |
  /// | `coreference:surname`, `coreference:title`, other `coreference:…` | 0.75 | refers back to an earlier mention |
  /// | `agent:context`, `agent:group`, `agent:phrase`, `context`, unknown rules | 0.7 | a generic agent placed by the article's context |
  /// | `capitalized-name…` | 0.6 | a capitalized name not in any dictionary (unresolved) |
  /// | `coreference:pronoun` | 0.5 | a pronoun resolved to the nearest fitting antecedent |
  public static func defaultConfidence(rule: String) -> Double {
    // The family is the text before the first ":" (a rule starting with ":" keeps the
    // original reading: the first non-empty piece). Sliced without splitting, and the
    // whole-rule exceptions are tested within their family: this runs for every mention.
    let family: Substring
    if rule.utf8.first == UInt8(ascii: ":") {
      family = rule.split(separator: ":", maxSplits: 1).first ?? Substring(rule)
    } else if let offset = rule.utf8.withContiguousStorageIfAvailable({ $0.firstIndex(of: UInt8(ascii: ":")) }) {
      // Contiguous UTF-8 (native strings): a plain byte scan.
      family = offset.map { rule.utf8.prefix($0) }.map { Substring($0) } ?? Substring(rule)
    } else if let colon = rule.utf8.firstIndex(of: UInt8(ascii: ":")) {
      family = rule[..<colon]
    } else {
      family = Substring(rule)
    }
    // Dispatch on the first letter so that each rule is compared with one or two names.
    switch family.utf8.first {
    case UInt8(ascii: "d"):
      if family == "dictionary" { return 0.95 }
    case UInt8(ascii: "m"):
      if family == "metonym" { return 0.95 }
    case UInt8(ascii: "a"):
      if family == "alias" { return 0.95 }
      if family == "adjective" { return 0.85 }
      if family == "agent" { return rule == "agent:modifier" || rule == "agent:location" ? 0.8 : 0.7 }
      if family == "agreement" { return rule == "agreement:context" ? 0.8 : 0.7 }
    case UInt8(ascii: "p"):
      if family == "possessor" { return 0.85 }
    case UInt8(ascii: "c"):
      if family == "coreference" { return rule == "coreference:pronoun" ? 0.5 : 0.75 }
      if family == "capitalized-name" { return 0.6 }
    case UInt8(ascii: "t"):
      if family == "title" {
        if rule == "title:office-holder" { return 0.95 }
        return rule == "title:office" ? 0.9 : 0.7
      }
    default: break
    }
    return 0.7
  }

}
