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
    // This runs for every mention: a native rule (contiguous UTF-8) is read as bytes.
    if rule.utf8.first != UInt8(ascii: ":"),
      let confidence = rule.utf8.withContiguousStorageIfAvailable({ confidence(rule: $0) })
    {
      return confidence
    }
    // A rule starting with ":" keeps the original reading (its first non-empty piece is the
    // family); a bridged string has no contiguous bytes.
    let family = rule.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
    return Array(family.utf8).withUnsafeBufferPointer { family in
      Array(rule.utf8).withUnsafeBufferPointer { confidence(family: family, rule: $0) }
    }
  }

  /// ``defaultConfidence(rule:)`` of a rule's UTF-8 bytes: the family is the text before the first ":".
  private static func confidence(rule: UnsafeBufferPointer<UInt8>) -> Double {
    let colon = rule.firstIndex(of: UInt8(ascii: ":")) ?? rule.count
    return confidence(family: UnsafeBufferPointer(rebasing: rule[0..<colon]), rule: rule)
  }

  /// The confidence of rule `rule` of family `family` (both UTF-8), per the table of
  /// ``defaultConfidence(rule:)``.
  private static func confidence(family: UnsafeBufferPointer<UInt8>, rule: UnsafeBufferPointer<UInt8>) -> Double {
    func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
      name.utf8CodeUnitCount == bytes.count && name.withUTF8Buffer { $0.elementsEqual(bytes) }
    }
    func isFamily(_ name: StaticString) -> Bool { equal(family, name) }
    func isRule(_ name: StaticString) -> Bool { equal(rule, name) }
    // Dispatch on the first letter so that each rule is compared with one or two names.
    switch family.first {
    case UInt8(ascii: "d"):
      if isFamily("dictionary") { return 0.95 }
    case UInt8(ascii: "m"):
      if isFamily("metonym") { return 0.95 }
    case UInt8(ascii: "a"):
      if isFamily("alias") { return 0.95 }
      if isFamily("adjective") { return 0.85 }
      if isFamily("agent") { return isRule("agent:modifier") || isRule("agent:location") ? 0.8 : 0.7 }
      if isFamily("agreement") { return isRule("agreement:context") ? 0.8 : 0.7 }
    case UInt8(ascii: "p"):
      if isFamily("possessor") { return 0.85 }
    case UInt8(ascii: "c"):
      if isFamily("coreference") { return isRule("coreference:pronoun") ? 0.5 : 0.75 }
      if isFamily("capitalized-name") { return 0.6 }
    case UInt8(ascii: "t"):
      if isFamily("title") {
        if isRule("title:office-holder") { return 0.95 }
        return isRule("title:office") ? 0.9 : 0.7
      }
    default: break
    }
    return 0.7
  }

}
