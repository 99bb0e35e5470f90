import ChronicleExtraction

/// Filters for a chronology.
public struct TimelineQuery: Sendable, Equatable {
  /// Actor names, aliases or ids; an event matches when any of them takes part.
  public var actors: [String]
  /// Events whose date interval ends on or after this day.
  public var from: CivilDate?
  /// Events whose date interval starts on or before this day.
  public var to: CivilDate?
  /// PLOVER type or CAMEO code (prefix) of the events.
  public var category: String?
  /// At most this many rows (`nil`: all).
  public var limit: Int?
  /// Include events with no known date (listed after dated ones). Ignored when
  /// `from` or `to` is set.
  public var includeUndated: Bool
  /// Merge the mentions of one event (the same event reported by several documents, or
  /// several times in one) into one entry listing every mention in
  /// ``TimelineEntry/sources``; `false` lists every mention as an entry of its own.
  public var merge: Bool

  public init(
    actors: [String] = [], from: CivilDate? = nil, to: CivilDate? = nil, category: String? = nil,
    limit: Int? = nil, includeUndated: Bool = true, merge: Bool = true
  ) {
    self.actors = actors
    self.from = from
    self.to = to
    self.category = category
    self.limit = limit
    self.includeUndated = includeUndated
    self.merge = merge
  }
}

/// One mention of an event: where a document reports it.
public struct EventSource: Sendable, Equatable {
  /// Id of the mention's event row (use with `chronicle show`).
  public var eventID: Int64
  public var documentID: String
  public var documentTitle: String?
  public var documentPublished: CivilDate?
  public var url: String?
  /// Index of the sentence in the document (0-based), `nil` when not known.
  public var sentenceIndex: Int?
  /// Code-point offsets of the trigger in the document text (half-open), `nil` when not known.
  public var start: Int?
  public var end: Int?
  /// The sentence as written.
  public var sentence: String
  /// The trigger as written in this mention.
  public var trigger: String
  /// The date this mention gives the event (TIMEX3 value), `nil` when it gives none.
  public var date: String?

  public init(
    eventID: Int64, documentID: String, documentTitle: String?, documentPublished: CivilDate?, url: String?,
    sentenceIndex: Int?, start: Int?, end: Int?, sentence: String, trigger: String, date: String?
  ) {
    self.eventID = eventID
    self.documentID = documentID
    self.documentTitle = documentTitle
    self.documentPublished = documentPublished
    self.url = url
    self.sentenceIndex = sentenceIndex
    self.start = start
    self.end = end
    self.sentence = sentence
    self.trigger = trigger
    self.date = date
  }
}

/// An actor's part in an event, as listed in a timeline entry.
public struct EventActor: Sendable, Equatable, Codable {
  public var actorID: String
  public var name: String
  public var type: ActorType
  public var role: ArgumentRole
  /// CAMEO code of the mention in context.
  public var code: String?
  /// The text of the mention ("Tehran").
  public var mention: String

  public init(
    actorID: String, name: String, type: ActorType, role: ArgumentRole, code: String?,
    mention: String
  ) {
    self.actorID = actorID
    self.name = name
    self.type = type
    self.role = role
    self.code = code
    self.mention = mention
  }
}

/// One row of a chronology.
public struct TimelineEntry: Sendable, Equatable {
  public var eventID: Int64
  /// TIMEX3 value of the event's date, `nil` when unknown.
  public var date: String?
  /// Interval the date covers, for sorting and range queries.
  public var range: DateRange?
  public var trigger: String
  public var lemma: String
  public var eventClass: EventClass
  public var category: EventCategory?
  public var factuality: Factuality
  public var polarity: Bool
  public var actors: [EventActor]
  public var sentence: String
  public var documentID: String
  public var documentTitle: String?
  public var documentPublished: CivilDate?
  public var url: String?
  /// The event cluster this mention belongs to (the id of its first mention; the
  /// entry's own id when no other mention reports the same event).
  public var cluster: Int64
  /// Every mention of the event, the entry's own included, by publication date and
  /// document. Empty for entries not read from a store (see ``allSources``).
  public var sources: [EventSource]

  public init(
    eventID: Int64, date: String?, range: DateRange?, trigger: String, lemma: String,
    eventClass: EventClass, category: EventCategory?, factuality: Factuality, polarity: Bool,
    actors: [EventActor], sentence: String, documentID: String, documentTitle: String?,
    documentPublished: CivilDate?, url: String?, cluster: Int64? = nil, sources: [EventSource] = []
  ) {
    self.cluster = cluster ?? eventID
    self.sources = sources
    self.eventID = eventID
    self.date = date
    self.range = range
    self.trigger = trigger
    self.lemma = lemma
    self.eventClass = eventClass
    self.category = category
    self.factuality = factuality
    self.polarity = polarity
    self.actors = actors
    self.sentence = sentence
    self.documentID = documentID
    self.documentTitle = documentTitle
    self.documentPublished = documentPublished
    self.url = url
  }

  /// `true` when the event has a known date.
  public var isDated: Bool { range != nil }

  /// ``sources``, or the entry itself as its only source (without offsets) when empty.
  public var allSources: [EventSource] {
    if !sources.isEmpty { return sources }
    return [
      EventSource(
        eventID: eventID, documentID: documentID, documentTitle: documentTitle, documentPublished: documentPublished,
        url: url, sentenceIndex: nil, start: nil, end: nil, sentence: sentence, trigger: trigger, date: date)
    ]
  }
}

/// Filters for the relations aggregate.
public struct RelationQuery: Sendable, Equatable {
  /// Only edges touching this actor (name, alias or id).
  public var actor: String?
  public var minCount: Int
  public var from: CivilDate?
  public var to: CivilDate?

  public init(actor: String? = nil, minCount: Int = 1, from: CivilDate? = nil, to: CivilDate? = nil) {
    self.actor = actor
    self.minCount = minCount
    self.from = from
    self.to = to
  }
}

/// A node of the relations graph.
public struct ActorNode: Sendable, Equatable, Hashable, Codable {
  public var id: String
  public var name: String
  public var type: ActorType
  public var code: String?

  public init(id: String, name: String, type: ActorType, code: String?) {
    self.id = id
    self.name = name
    self.type = type
    self.code = code
  }
}

/// An aggregated actor → actor edge.
public struct RelationEdge: Sendable, Equatable {
  public var source: ActorNode
  public var target: ActorNode
  /// PLOVER type (or `STATEMENT`).
  public var category: String
  /// Most frequent CAMEO code among the events.
  public var cameo: String?
  /// Number of events: mentions of one event cluster count once (``events`` lists them all).
  public var count: Int
  /// Earliest and latest TIMEX3 values among dated events (`nil` if none dated).
  public var firstDate: String?
  public var lastDate: String?
  /// Ids of the events behind the edge (the evidence).
  public var events: [Int64]

  public init(
    source: ActorNode, target: ActorNode, category: String, cameo: String?, count: Int,
    firstDate: String?, lastDate: String?, events: [Int64]
  ) {
    self.source = source
    self.target = target
    self.category = category
    self.cameo = cameo
    self.count = count
    self.firstDate = firstDate
    self.lastDate = lastDate
    self.events = events
  }
}

/// An actor with its aliases and how often it appears.
public struct ActorSummary: Sendable, Equatable {
  public var actor: ActorEntity
  /// Distinct surface forms seen, other than the canonical name.
  public var aliases: [String]
  public var mentions: Int
  public var documents: Int
  public var events: Int

  public init(actor: ActorEntity, aliases: [String], mentions: Int, documents: Int, events: Int) {
    self.actor = actor
    self.aliases = aliases
    self.mentions = mentions
    self.documents = documents
    self.events = events
  }
}

/// Where a fact came from: document, sentence, character offsets, rule.
public struct Provenance: Sendable, Equatable {
  public var documentID: String
  public var sentenceIndex: Int
  /// Code-point offsets in the document text (half-open).
  public var start: Int
  public var end: Int
  public var text: String
  public var rule: String

  public init(documentID: String, sentenceIndex: Int, start: Int, end: Int, text: String, rule: String) {
    self.documentID = documentID
    self.sentenceIndex = sentenceIndex
    self.start = start
    self.end = end
    self.text = text
    self.rule = rule
  }
}

/// One event with its full provenance (`chronicle show`).
public struct EventDetail: Sendable, Equatable {
  public var entry: TimelineEntry
  public var tense: EventTense
  public var aspect: EventAspect
  /// The trigger's location and the rules that fired (joined with `,`).
  public var trigger: Provenance
  /// The sentence's location.
  public var sentence: Provenance
  /// The time expression anchoring the event, with its TIMEX3 type and value.
  public var time: TimeDetail?
  /// How the date was obtained.
  public var dateRule: String?
  public var timeRelation: String?
  /// Each actor argument with its mention's location and the rule that attached it.
  public var arguments: [ArgumentDetail]
  /// Who reports/alleges/denies it.
  public var attributedTo: EventActor?
  public var documentOrigin: String?

  public init(
    entry: TimelineEntry, tense: EventTense, aspect: EventAspect, trigger: Provenance,
    sentence: Provenance, time: TimeDetail?, dateRule: String?, timeRelation: String?,
    arguments: [ArgumentDetail], attributedTo: EventActor?, documentOrigin: String?
  ) {
    self.entry = entry
    self.tense = tense
    self.aspect = aspect
    self.trigger = trigger
    self.sentence = sentence
    self.time = time
    self.dateRule = dateRule
    self.timeRelation = timeRelation
    self.arguments = arguments
    self.attributedTo = attributedTo
    self.documentOrigin = documentOrigin
  }
}

/// A time expression with its provenance.
public struct TimeDetail: Sendable, Equatable {
  public var type: TimexType
  public var value: String
  public var mod: String?
  public var anchor: TimeAnchor
  public var provenance: Provenance

  public init(type: TimexType, value: String, mod: String?, anchor: TimeAnchor, provenance: Provenance) {
    self.type = type
    self.value = value
    self.mod = mod
    self.anchor = anchor
    self.provenance = provenance
  }
}

/// An event argument with its provenance.
public struct ArgumentDetail: Sendable, Equatable {
  public var actor: EventActor
  /// The mention's location; `rule` is the mention rule, `argumentRule` the attachment rule.
  public var mention: Provenance
  public var argumentRule: String

  public init(actor: EventActor, mention: Provenance, argumentRule: String) {
    self.actor = actor
    self.mention = mention
    self.argumentRule = argumentRule
  }
}

/// What an ingest did with one document.
public enum IngestOutcome: Sendable, Equatable {
  /// Stored for the first time.
  case inserted(documentID: String)
  /// Same content already stored: nothing changed.
  case unchanged(documentID: String)
  /// A changed version of a stored document (same id, URL or path) replaced the old one.
  case replaced(documentID: String)
}

/// A stored document, enough to re-run extraction (`redate`).
public struct StoredDocument: Sendable, Equatable {
  public var documentID: String
  public var article: Article
  public var published: CivilDate?
  public var contentHash: String

  public init(documentID: String, article: Article, published: CivilDate?, contentHash: String) {
    self.documentID = documentID
    self.article = article
    self.published = published
    self.contentHash = contentHash
  }
}

/// An actor in a neighbourhood, with its distance from the centre.
public struct NeighbourhoodActor: Sendable, Equatable {
  public var actor: ActorNode
  /// Relation edges between it and the centre (0 for the centre itself).
  public var hops: Int

  public init(actor: ActorNode, hops: Int) {
    self.actor = actor
    self.hops = hops
  }
}

/// The actors within a few relation edges of one actor, and the edges among them.
public struct ActorNeighbourhood: Sendable, Equatable {
  /// Nearest first, then by name.
  public var actors: [NeighbourhoodActor]
  /// Edges followed (counts and dates; no evidence), most frequent first.
  public var edges: [RelationEdge]

  public init(actors: [NeighbourhoodActor], edges: [RelationEdge]) {
    self.actors = actors
    self.edges = edges
  }
}
