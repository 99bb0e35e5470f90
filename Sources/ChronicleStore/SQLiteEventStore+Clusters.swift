import ChronicleExtraction

/// Event coreference across documents, computed on ingest (`event_clusters`).
///
/// Two mentions are the same event when
/// - they share the predicate: the PLOVER type of a categorized event, else (statements and
///   uncategorized events) the lemma, and then their sentences must also share enough
///   content words (Dice coefficient ≥ ``lexicalOverlap``);
/// - they have the same source actors and the same target actors (after actor resolution),
///   at least one of them;
/// - they have the same factuality mode (happened — asserted or reported —, denied, planned,
///   hypothetical or negated);
/// - their dates are compatible: both are dated to a day, week or month and the intervals
///   overlap (the same day, or a day inside the other's month); undated events and dates
///   coarser than a month never merge across documents.
/// Mentions of one document merge only as the extractor marked them
/// (``EventMention/sameAs``). A new mention joins a compatible cluster — one whose members
/// all overlap it —, preferring one with a member on exactly the same interval; when
/// several clusters fit and none exactly, it stays alone (ambiguous). Clusters are never
/// merged with each other, so a month-level mention cannot chain two different days.
extension SQLiteEventStore {
  /// Least Dice overlap of content words for statements and uncategorized events.
  static let lexicalOverlap = 0.25

  /// Longest interval (days) an event may have to get a signature: a month.
  static let clusterSpanDays = 31

  /// What one mention brings to clustering.
  struct ClusterInput {
    var event: Int64
    /// Index (in the same input list) of an earlier mention the extractor found to be the same event.
    var sameAs: Int?
    var signature: Int64?
    var lexical: Bool
    var range: DateRange?
    var sentence: String
    /// ``SQLiteEventStore/contentWords(_:)`` of `sentence` when computed ahead (lexical mentions).
    var words: Set<String>? = nil
  }

  /// The signature of a mention, or `nil` when it never merges across documents.
  static func clusterSignature(
    plover: String?, lemma: String, sources: [String], targets: [String], factuality: Factuality, polarity: Bool,
    range: DateRange?
  ) -> (signature: Int64, lexical: Bool)? {
    guard let range, range.granularity <= .month, range.end.dayNumber - range.start.dayNumber < clusterSpanDays
    else { return nil }
    if sources.isEmpty && targets.isEmpty { return nil }
    let lexical = plover == nil || plover == "STATEMENT"
    let mode: UInt8
    if !polarity {
      mode = UInt8(ascii: "N")
    } else {
      switch factuality {
      case .asserted, .reported: mode = UInt8(ascii: "A")
      case .denied: mode = UInt8(ascii: "D")
      case .planned: mode = UInt8(ascii: "P")
      case .hypothetical: mode = UInt8(ascii: "H")
      case .negated: mode = UInt8(ascii: "N")
      }
    }
    // The hash of "<predicate>\u{1}<sources joined by \u{2}>\u{1}<targets…>\u{1}<mode>", where the
    // predicate is "L:" + the lower-cased lemma or "P:" + the PLOVER type and the actor ids
    // are distinct and sorted, fed piece by piece instead of building the text.
    var hash = FNV1a()
    if lexical {
      hash.add("L:")
      hash.addLowercased(lemma)
    } else {
      hash.add("P:")
      hash.add(plover ?? "")
    }
    for ids in [sources, targets] {
      hash.add(1)
      var previous: String?
      for id in ids.count < 2 ? ids : ids.sorted() where id != previous {
        if previous != nil { hash.add(2) }
        hash.add(id)
        previous = id
      }
    }
    hash.add(1)
    hash.add(mode)
    return (hash.value, lexical)
  }

  /// 64-bit FNV-1a fed piece by piece: the hash of the pieces joined (``fnv1a(_:)``).
  struct FNV1a {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    var value: Int64 { Int64(bitPattern: hash) }

    mutating func add(_ byte: UInt8) {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }

    mutating func add(_ text: String) {
      for byte in text.utf8 { add(byte) }
    }

    /// Adds `text.lowercased()` (ASCII text is folded byte by byte).
    mutating func addLowercased(_ text: String) {
      guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return add(text.lowercased()) }
      for byte in text.utf8 { add(byte &+ (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? 32 : 0)) }
    }
  }

  /// 64-bit FNV-1a of the UTF-8 bytes (stable across runs, unlike `Hasher`).
  static func fnv1a(_ text: String) -> Int64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return Int64(bitPattern: hash)
  }

  /// Words that say nothing about which event a sentence tells.
  static let commonWords: Set<String> = [
    "about", "after", "again", "against", "also", "been", "before", "being", "between", "could", "during", "from",
    "have", "having", "into", "last", "more", "most", "other", "over", "said", "says", "should", "since", "some",
    "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "under",
    "until", "very", "were", "what", "when", "where", "which", "while", "will", "with", "would", "week", "month",
    "year", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// Lower-cased words of four letters or more, without ``commonWords`` (ASCII letters are
  /// folded; any non-ASCII byte counts as a letter).
  static func contentWords(_ sentence: String) -> Set<String> {
    var words = Set<String>()
    var current: [UInt8] = []
    current.reserveCapacity(32)
    func flush() {
      if current.count >= 4 {
        let word = String(decoding: current, as: UTF8.self)
        if !commonWords.contains(word) { words.insert(word) }
      }
      current.removeAll(keepingCapacity: true)
    }
    for byte in sentence.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...0xFF: current.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
      default: flush()
      }
    }
    flush()
    return words
  }

  /// Dice coefficient of two word sets (0 when either is empty).
  static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
    if a.isEmpty || b.isEmpty { return 0 }
    return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
  }

  // MARK: Ingest

  /// Cluster inputs of a document, parallel to `result.events`, with the content words of
  /// lexical mentions; their `event` ids are 0 until the events are stored.
  static func clusterInputs(_ result: ExtractionResult, ranges: [DateRange?]) -> [ClusterInput] {
    var inputs: [ClusterInput] = []
    inputs.reserveCapacity(result.events.count)
    for (n, e) in result.events.enumerated() {
      var sources: [String] = []
      var targets: [String] = []
      for argument in e.arguments {
        switch argument.role {
        case .source: sources.append(result.actors[argument.mention].entity.id)
        case .target: targets.append(result.actors[argument.mention].entity.id)
        case .other: break
        }
      }
      let key = clusterSignature(
        plover: e.category?.plover, lemma: e.lemma, sources: sources, targets: targets, factuality: e.factuality,
        polarity: e.polarity, range: ranges[n])
      let sentence = result.text.sentences.indices.contains(e.sentence) ? result.text.sentences[e.sentence].text : ""
      let lexical = key?.lexical == true
      let sameAs = e.sameAs.flatMap { $0 < n ? $0 : nil }
      inputs.append(
        ClusterInput(
          event: 0, sameAs: sameAs, signature: key?.signature, lexical: key?.lexical ?? false, range: ranges[n],
          sentence: lexical ? sentence : "",
          // Only a mention that looks for a cluster of other documents compares words.
          words: lexical && sameAs == nil ? contentWords(sentence) : nil))
    }
    return inputs
  }

  /// One `event_clusters` row.
  struct ClusterRow {
    var event: Int64
    var cluster: Int64
    var signature: Int64?
    /// The event's interval, stored with a signature only.
    var range: DateRange?
  }

  /// Assigns the mentions of one document to clusters and writes their rows; returns the
  /// cluster of each input. The mentions' events must be numbered after those of every
  /// document clustered before: an ingest numbers a document's events after every stored
  /// one (``nextID``), and the backfill of an older database goes in document order, the
  /// order in which their events were numbered.
  ///
  /// The rows are written when the document's mentions are all assigned, many per statement
  /// (``insertClusterRows(_:)``). Until then a later mention of the document that looks at a
  /// cluster's members (``findCluster(signature:lexical:range:words:firstEventOfDocument:pending:)``)
  /// sees the waiting rows as well, as it saw them in the table when each row was written at once.
  @discardableResult
  func assignClusters(_ inputs: [ClusterInput]) throws(StoreError) -> [Int64] {
    if inputs.isEmpty { return [] }
    var rows: [ClusterRow] = []
    var clusterOf: [Int64] = inputs.map(\.event)
    let firstEvent = clusterOf.min() ?? 0
    for (n, input) in inputs.enumerated() {
      var cluster = input.event
      if let same = input.sameAs {
        cluster = clusterOf[same]
      } else if let signature = input.signature, let range = input.range {
        cluster =
          try findCluster(
            signature: signature, lexical: input.lexical, range: range,
            words: input.lexical ? input.words ?? Self.contentWords(input.sentence) : [],
            firstEventOfDocument: firstEvent, pending: rows) ?? input.event
      }
      clusterOf[n] = cluster
      guard input.signature != nil || cluster != input.event else { continue }
      rows.append(
        ClusterRow(
          event: input.event, cluster: cluster, signature: input.signature,
          range: input.signature == nil ? nil : input.range))
    }
    try insertClusterRows(rows)
    return clusterOf
  }

  /// Writes `rows` into `event_clusters`, up to 16 per statement. `INSERT OR FAIL`, not a plain
  /// `INSERT` (whose default `OR ABORT` undoes a failed statement's earlier rows) nor `OR
  /// REPLACE` (a statement that may delete rows): either makes SQLite keep a statement journal,
  /// a copy of every page the statement changes. The events are new (their rows were just
  /// written, or the table was empty when a migration backfills it), so no row of theirs can be
  /// there, and an error fails the whole transaction anyway.
  private func insertClusterRows(_ rows: [ClusterRow]) throws(StoreError) {
    var next = 0
    while next < rows.count {
      var log2 = 4
      while 1 << log2 > rows.count - next { log2 -= 1 }
      let statement = try db.cached(Self.clusterInserts[log2])
      for k in 0..<(1 << log2) {
        let row = rows[next + k]
        let first = Int32(5 * k + 1)
        try statement.bind(first, row.event)
        try statement.bind(first + 1, row.cluster)
        try statement.bind(first + 2, row.signature)
        try statement.bind(first + 3, row.range?.start.dayNumber)
        try statement.bind(first + 4, row.range?.end.dayNumber)
      }
      try statement.run()
      next += 1 << log2
    }
  }

  /// The statements of 1, 2, 4, 8 and 16 cluster rows.
  private static let clusterInserts: [String] = (0...4).map {
    "INSERT OR FAIL INTO event_clusters (event, cluster, signature, day_start, day_end) VALUES "
      + Array(repeating: "(?, ?, ?, ?, ?)", count: 1 << $0).joined(separator: ", ")
  }

  /// Whether relation edge `edge` already has evidence from a mention of `cluster` in
  /// another document than `excludingDocument` (relation counts count clusters).
  func edgeHasCluster(_ edge: Int64, _ cluster: Int64, excludingDocument: Int64) throws(StoreError) -> Bool {
    let statement = try db.statement(
      """
      SELECT 1 FROM relation_evidence AS v JOIN events AS m ON m.id = v.event
      WHERE v.edge = ?1 AND m.document <> ?3
        AND (v.event = ?2 OR v.event IN (SELECT event FROM event_clusters WHERE cluster = ?2 AND cluster <> event))
      LIMIT 1
      """)
    try statement.bind(1, edge)
    try statement.bind(2, cluster)
    try statement.bind(3, excludingDocument)
    defer { statement.reset() }
    return try statement.step()
  }

  /// The cluster of one stored event (its own id when it has no row).
  func cluster(of event: Int64) throws(StoreError) -> Int64 {
    let statement = try db.statement("SELECT cluster FROM event_clusters WHERE event = ?1")
    try statement.bind(1, event)
    defer { statement.reset() }
    return try statement.step() ? statement.int64(0) : event
  }

  /// The document and sentence of a stored event (`nil` when there is no such event).
  private func sentenceKey(ofEvent event: Int64) throws(StoreError) -> SentenceWords.Key? {
    let statement = try db.statement("SELECT document, sentence FROM events WHERE id = ?1")
    try statement.bind(1, event)
    defer { statement.reset() }
    guard try statement.step() else { return nil }
    return SentenceWords.Key(document: statement.int64(0), sentence: statement.int64(1))
  }

  /// The text of a stored sentence (`""` when there is none).
  private func storedSentence(_ key: SentenceWords.Key) throws(StoreError) -> String {
    let statement = try db.statement("SELECT text FROM sentences WHERE document = ?1 AND idx = ?2")
    try statement.bind(1, key.document)
    try statement.bind(2, key.sentence)
    defer { statement.reset() }
    return try statement.step() ? statement.string(0) : ""
  }

  /// The best cluster of other documents a mention with this signature and interval can join.
  /// `pending`: the document's rows not written yet (``assignClusters(_:)``).
  private func findCluster(
    signature: Int64, lexical: Bool, range: DateRange, words: Set<String>, firstEventOfDocument: Int64,
    pending: [ClusterRow]
  ) throws(StoreError) -> Int64? {
    // Candidates: mentions of other documents with the signature whose interval overlaps
    // (at most 256, or 32 when their sentences' words must be compared). The document's own
    // events are the newest (``assignClusters(_:)``): every stored event of
    // another document has a smaller id, so the candidates come from the index and the
    // narrow cluster rows alone, without reading each one's event.
    let candidates = try db.statement(
      """
      SELECT c.cluster, c.event FROM event_clusters AS c
      WHERE c.signature = ?1 AND c.day_start >= ?2 AND c.day_start <= ?3 AND c.day_end >= ?4
        AND c.event < ?5
      LIMIT ?6
      """)
    try candidates.bind(1, signature)
    try candidates.bind(2, range.start.dayNumber - Self.clusterSpanDays)
    try candidates.bind(3, range.end.dayNumber)
    try candidates.bind(4, range.start.dayNumber)
    try candidates.bind(5, firstEventOfDocument)
    try candidates.bind(6, lexical ? 32 : 256)
    var clusters: [Int64] = []
    while try candidates.step() {
      let cluster = candidates.int64(0)
      if clusters.contains(cluster) { continue }
      if lexical {
        // A stored sentence is compared again with every later mention of the same
        // signature: its words are computed once. The event's sentence is read only for a
        // cluster not yet accepted.
        guard let key = try sentenceKey(ofEvent: candidates.int64(1)) else { continue }
        let theirs: Set<String>
        if let known = sentenceWords[key] {
          theirs = known
        } else {
          theirs = Self.contentWords(try storedSentence(key))
          sentenceWords.insert(theirs, for: key)
        }
        if Self.dice(words, theirs) < Self.lexicalOverlap { continue }
      }
      clusters.append(cluster)
    }
    candidates.reset()
    if clusters.isEmpty { return nil }

    // Every member of the chosen cluster must overlap the new mention.
    let members = try db.statement(
      """
      SELECT day_start, day_end FROM event_clusters WHERE cluster = ?1 AND cluster <> event
      UNION ALL SELECT day_start, day_end FROM event_clusters WHERE event = ?1
      """)
    var compatible: [(exact: Bool, cluster: Int64)] = []
    for cluster in clusters {
      try members.bind(1, cluster)
      var low = range.start.dayNumber
      var high = range.end.dayNumber
      var exact = false
      while try members.step() {
        if members.isNull(0) || members.isNull(1) { continue }
        let start = Int(members.int64(0))
        let end = Int(members.int64(1))
        low = max(low, start)
        high = min(high, end)
        if start == range.start.dayNumber && end == range.end.dayNumber { exact = true }
      }
      members.reset()
      // Members among the document's waiting rows (the first query's part: the cluster's own
      // first mention is an event of another document, so never one of them).
      for row in pending where row.cluster == cluster && row.cluster != row.event {
        guard let member = row.range else { continue }
        low = max(low, member.start.dayNumber)
        high = min(high, member.end.dayNumber)
        if member.start == range.start && member.end == range.end { exact = true }
      }
      if low <= high { compatible.append((exact, cluster)) }
    }
    // A cluster with a mention on the same interval wins; otherwise the mention joins the
    // only compatible cluster, and stays alone when several fit ("in March" with two
    // different days of March reported).
    if let exact = compatible.filter(\.exact).map(\.cluster).min() { return exact }
    return compatible.count == 1 ? compatible[0].cluster : nil
  }

  // MARK: Removal

  /// Before a document's rows go: clusters whose first mention is in it and that have
  /// mentions in other documents get the earliest of those as their new first mention.
  func detachClusters(documentKey key: Int64) throws(StoreError) {
    let orphans = try db.statement(
      """
      SELECT c.cluster, min(c.event)
      FROM events AS e JOIN event_clusters AS c ON c.cluster = e.id AND c.cluster <> c.event
      JOIN events AS m ON m.id = c.event
      WHERE e.document = ?1 AND m.document <> ?1
      GROUP BY c.cluster
      """)
    try orphans.bind(1, key)
    var moves: [(Int64, Int64)] = []
    while try orphans.step() { moves.append((orphans.int64(0), orphans.int64(1))) }
    orphans.reset()
    let move = try db.statement("UPDATE event_clusters SET cluster = ?2 WHERE cluster = ?1 AND cluster <> event")
    for (old, new) in moves {
      try move.bind(1, old)
      try move.bind(2, new)
      try move.run()
    }
  }

  // MARK: Older databases

  /// Clusters the events of a database that predates `event_clusters`, document by
  /// document in the order they were stored (mentions within one document are not merged:
  /// the extractor's in-document links were not stored then), and recounts the relation
  /// edges. A table that already has rows is left as it is.
  func backfillClusters() throws(StoreError) {
    // Already clustered (the step ran before under another number): nothing to do.
    let filled = try db.prepare("SELECT EXISTS (SELECT 1 FROM event_clusters)")
    if try filled.step(), filled.bool(0) { return }
    let documents = try db.prepare("SELECT key FROM documents ORDER BY key")
    var keys: [Int64] = []
    while try documents.step() { keys.append(documents.int64(0)) }
    let events = try db.prepare(
      """
      SELECT e.id, e.plover, e.lemma, e.factuality, e.polarity, e.date_start, e.date_end, e.granularity, s.text
      FROM events AS e LEFT JOIN sentences AS s ON s.document = e.document AND s.idx = e.sentence
      WHERE e.document = ?1 ORDER BY e.id
      """)
    let arguments = try db.prepare(
      """
      SELECT a.event, a.role, a.actor FROM events AS e JOIN event_arguments AS a ON a.event = e.id
      WHERE e.document = ?1 AND a.role IN ('source', 'target')
      """)
    for key in keys {
      var roles: [Int64: (sources: [String], targets: [String])] = [:]
      try arguments.bind(1, key)
      while try arguments.step() {
        if arguments.string(1) == "source" {
          roles[arguments.int64(0), default: ([], [])].sources.append(arguments.string(2))
        } else {
          roles[arguments.int64(0), default: ([], [])].targets.append(arguments.string(2))
        }
      }
      arguments.reset()
      var inputs: [ClusterInput] = []
      try events.bind(1, key)
      while try events.step() {
        let id = events.int64(0)
        var range: DateRange?
        if let start = events.optionalString(5).flatMap({ CivilDate(iso: $0) }),
          let end = events.optionalString(6).flatMap({ CivilDate(iso: $0) })
        {
          range = DateRange(
            start: start, end: end, granularity: events.optionalString(7).flatMap(Granularity.init(rawValue:)) ?? .day)
        }
        let key = Self.clusterSignature(
          plover: events.optionalString(1), lemma: events.string(2), sources: roles[id]?.sources ?? [],
          targets: roles[id]?.targets ?? [], factuality: Factuality(rawValue: events.string(3)) ?? .asserted,
          polarity: events.bool(4), range: range)
        inputs.append(
          ClusterInput(
            event: id, sameAs: nil, signature: key?.signature, lexical: key?.lexical ?? false, range: range,
            sentence: key?.lexical == true ? events.optionalString(8) ?? "" : ""))
      }
      events.reset()
      try assignClusters(inputs)
    }
    // Relation counts count clusters, not mentions.
    try db.execute(
      """
      UPDATE relation_edges SET count = (
        SELECT count(DISTINCT coalesce(c.cluster, v.event))
        FROM relation_evidence AS v LEFT JOIN event_clusters AS c ON c.event = v.event
        WHERE v.edge = relation_edges.id)
      """)
  }
}

/// The content words (``SQLiteEventStore/contentWords(_:)``) of stored sentences, by
/// document key and sentence index, for the lexical comparison of cluster candidates: the
/// candidates of a signature are compared with every later mention that has it, so their
/// sentences would be read and split again each time. At most ``capacity`` sentences are
/// kept (then the cache starts again), and the store empties it whenever a document is
/// removed or an ingest fails, since a document key can then come back with other text.
final class SentenceWords {
  struct Key: Hashable {
    var document: Int64
    var sentence: Int64
  }

  /// Sentences kept at most.
  static let capacity = 8_192
  private var words: [Key: Set<String>] = [:]

  /// Number of sentences kept.
  var count: Int { words.count }

  subscript(key: Key) -> Set<String>? { words[key] }

  /// Keeps `value` for `key` and returns it.
  @discardableResult
  func insert(_ value: Set<String>, for key: Key) -> Set<String> {
    if words.count >= Self.capacity { words.removeAll(keepingCapacity: true) }
    words[key] = value
    return value
  }

  func removeAll() { words.removeAll() }
}
