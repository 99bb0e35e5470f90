import ChronicleExtraction

/// One actor with every stored mention (`chronicle actors show NAME`).
public struct ActorDetail: Sendable, Equatable {
  /// The actor, its aliases and counts.
  public var summary: ActorSummary
  /// Its mentions in document order.
  public var mentions: [ActorMentionDetail]

  public init(summary: ActorSummary, mentions: [ActorMentionDetail]) {
    self.summary = summary
    self.mentions = mentions
  }
}

/// One stored mention of an actor with its sentence.
public struct ActorMentionDetail: Sendable, Equatable {
  public var documentID: String
  public var sentenceIndex: Int
  /// The sentence text.
  public var sentence: String
  /// Code-point offsets of the mention in the document text (half-open).
  public var start: Int
  public var end: Int
  /// The text as written.
  public var text: String
  /// CAMEO code in context.
  public var code: String?
  public var role: String?
  /// Rule that produced the mention.
  public var rule: String

  public init(
    documentID: String, sentenceIndex: Int, sentence: String, start: Int, end: Int, text: String, code: String?,
    role: String?, rule: String
  ) {
    self.documentID = documentID
    self.sentenceIndex = sentenceIndex
    self.sentence = sentence
    self.start = start
    self.end = end
    self.text = text
    self.code = code
    self.role = role
    self.rule = rule
  }
}
