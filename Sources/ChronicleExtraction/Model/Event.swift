/// TimeML event classes.
public enum EventClass: String, Sendable, Codable, CaseIterable {
  case occurrence = "OCCURRENCE", reporting = "REPORTING", state = "STATE"
  case iAction = "I_ACTION", iState = "I_STATE", aspectual = "ASPECTUAL"
  case perception = "PERCEPTION"
}

/// Grammatical tense of an event mention (TimeML).
public enum EventTense: String, Sendable, Codable {
  case past = "PAST", present = "PRESENT", future = "FUTURE", none = "NONE"
  case infinitive = "INFINITIVE", presPart = "PRESPART", pastPart = "PASTPART"
}

/// Grammatical aspect (TimeML).
public enum EventAspect: String, Sendable, Codable {
  case none = "NONE", progressive = "PROGRESSIVE", perfective = "PERFECTIVE"
  case perfectiveProgressive = "PERFECTIVE_PROGRESSIVE"
}

/// Whether and how the text commits to an event having happened.
public enum Factuality: String, Sendable, Codable, CaseIterable {
  /// Stated as fact by the text.
  case asserted
  /// Reported or alleged by someone (see ``EventMention/attributedTo``).
  case reported
  /// Denied by someone.
  case denied
  /// Planned, intended, threatened or promised: not (yet) happened.
  case planned
  /// Conditional or hypothetical.
  case hypothetical
  /// Negated ("did not attack").
  case negated
}

/// Role of an actor in an event.
public enum ArgumentRole: String, Sendable, Codable {
  /// Who did it.
  case source
  /// To whom.
  case target
  /// Someone else involved (instrument, location, co-participant).
  case other
}

/// An actor argument of an event.
public struct EventArgument: Sendable, Equatable {
  public var role: ArgumentRole
  /// Index into ``ExtractionResult/actors``.
  public var mention: Int
  /// Rule that attached it ("subject", "passive-agent", "prep:to", "object").
  public var rule: String

  public init(role: ArgumentRole, mention: Int, rule: String) {
    self.role = role
    self.mention = mention
    self.rule = rule
  }
}

/// The category of an event in published vocabularies.
public struct EventCategory: Sendable, Equatable, Codable {
  /// PLOVER event type (`ACCUSE`, `SANCTION`, `ASSAULT`…), or `STATEMENT` for plain
  /// communication that PLOVER leaves out (CAMEO 01).
  public var plover: String
  /// Most specific CAMEO code justified (`112` accuse, `163` impose embargo/sanctions).
  public var cameo: String
  /// Quad class: 0 neutral, 1 verbal cooperation, 2 material cooperation,
  /// 3 verbal conflict, 4 material conflict.
  public var quadClass: Int
  /// Goldstein-style intensity, -10 … +10.
  public var goldstein: Double

  public init(plover: String, cameo: String, quadClass: Int, goldstein: Double) {
    self.plover = plover
    self.cameo = cameo
    self.quadClass = quadClass
    self.goldstein = goldstein
  }
}

/// An event mention: a trigger with its class, actors, time and factuality.
public struct EventMention: Sendable, Equatable {
  public var sentence: Int
  /// UTF-8 byte span of the trigger word(s).
  public var span: TextSpan
  /// The trigger as written ("denies", "strike", "sanctions").
  public var trigger: String
  /// Base form of the trigger ("deny").
  public var lemma: String
  public var timemlClass: EventClass
  public var tense: EventTense
  public var aspect: EventAspect
  /// `false` when negated ("did not attack").
  public var polarity: Bool
  /// Category when the event relates actors (or is a known political event type).
  public var category: EventCategory?
  public var arguments: [EventArgument]
  /// Index into ``ExtractionResult/times`` of the time expression anchoring it.
  public var time: Int?
  /// How the event relates to that time, TimeML TLINK style
  /// (`IS_INCLUDED`, `BEGUN_BY`, `BEFORE`, `AFTER`, `ENDED_BY`).
  public var timeRelation: String?
  /// The event's date as a TIMEX3 value: from ``time``, or inferred
  /// (present-tense reports at the document date); `nil` when unknown.
  public var date: String?
  /// How ``date`` was obtained (`time-expression`, `document-date:present-tense`…).
  public var dateRule: String?
  public var factuality: Factuality
  /// Index into ``ExtractionResult/actors`` of who reports, alleges or denies it.
  public var attributedTo: Int?
  /// Index into ``ExtractionResult/events`` of the reporting/denial event embedding it.
  public var parent: Int?
  /// Names of the rules that fired, in order (provenance).
  public var rules: [String]
  /// Index into ``ExtractionResult/events`` of the first mention of the same event in this
  /// document (headline and body, repeated reports), or `nil` for a first mention. Counting
  /// events rather than mentions skips mentions with `sameAs` set.
  public var sameAs: Int? = nil
}

// (The public initializer is declared in an extension so that the module keeps the
// memberwise one: an event built with it is constructed in place, where one built with an
// explicit initializer is copied and the original destroyed.)
extension EventMention {
  /// An event mention; the fields not given are the defaults of a new mention.
  public init(
    sentence: Int, span: TextSpan, trigger: String, lemma: String, timemlClass: EventClass,
    tense: EventTense = .none, aspect: EventAspect = .none, polarity: Bool = true,
    category: EventCategory? = nil, arguments: [EventArgument] = [], time: Int? = nil,
    timeRelation: String? = nil, date: String? = nil, dateRule: String? = nil,
    factuality: Factuality = .asserted, attributedTo: Int? = nil, parent: Int? = nil,
    rules: [String] = []
  ) {
    self.sentence = sentence
    self.span = span
    self.trigger = trigger
    self.lemma = lemma
    self.timemlClass = timemlClass
    self.tense = tense
    self.aspect = aspect
    self.polarity = polarity
    self.category = category
    self.arguments = arguments
    self.time = time
    self.timeRelation = timeRelation
    self.date = date
    self.dateRule = dateRule
    self.factuality = factuality
    self.attributedTo = attributedTo
    self.parent = parent
    self.rules = rules
  }
}
