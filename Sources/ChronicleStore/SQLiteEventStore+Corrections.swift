import ChronicleExtraction

/// User corrections of the actor graph (schema version 3, `actor_corrections`): merging one
/// actor into another and renaming an actor, applied to the stored rows in one transaction
/// and to every document ingested later (``applyCorrections(_:_:)``).
///
/// Self-loops: an event whose source and target become the same actor through a merge keeps
/// both arguments (and stays on the actor's timeline) but no longer forms a relation edge,
/// exactly as ingest treats an event whose source and target are one actor in the text.
extension SQLiteEventStore {
  // MARK: Making corrections

  /// Merges actor `name` into actor `target`; see ``EventGraphStore/mergeActor(_:into:)``.
  public func mergeActor(_ name: String, into target: String) throws(StoreError) -> ActorCorrectionOutcome {
    try db.transaction { () throws(StoreError) in
      // Actors change here: the ingest's knowledge of their rows goes.
      pending.forgetStoredActors()
      let from = try uniqueActor(name)
      let to = try uniqueActor(target)
      if from.id == to.id { throw .sameActor(name, to.id) }
      let (mentions, documents) = try mentionCounts(of: from.id)
      let correction = try record(
        kind: .merge, from: from, toActor: to.id, toName: to.name, toType: to.type, code: to.code, country: to.country)
      try move(from, into: to)
      return ActorCorrectionOutcome(correction: correction, mentions: mentions, documents: documents)
    }
  }

  /// Renames actor `name`; see ``EventGraphStore/renameActor(_:to:code:)``.
  public func renameActor(_ name: String, to newName: String, code: String?) throws(StoreError) -> ActorCorrectionOutcome {
    let newName = newName.correctionTrimmed
    if newName.isEmpty { throw .invalidCorrection("the new name is empty; give the name the actor should have") }
    let code = try code.map { (raw: String) throws(StoreError) -> String in try Self.validatedCode(raw) }
    return try db.transaction { () throws(StoreError) in
      // Actors change here: the ingest's knowledge of their rows goes.
      pending.forgetStoredActors()
      let actor = try uniqueActor(name)
      if actor.name == newName && (code == nil || code == actor.code) {
        throw .invalidCorrection("actor '\(actor.name)' [\(actor.id)] already has this name\(code == nil ? "" : " and code"); nothing to change")
      }
      let taken = try db.prepare("SELECT id, name FROM actors WHERE lower(name) = lower(?1) AND id <> ?2 LIMIT 1")
      try taken.bind(1, newName)
      try taken.bind(2, actor.id)
      if try taken.step() { throw .nameTaken(name: newName, actor: "\(taken.string(1)) [\(taken.string(0))]") }
      let correction = try record(kind: .rename, from: actor, toActor: actor.id, toName: newName, code: code)
      let update = try db.prepare(
        "UPDATE actors SET name = ?2, code = coalesce(?3, code), resolved = 1 WHERE id = ?1")
      try update.bind(1, actor.id)
      try update.bind(2, newName)
      try update.bind(3, code)
      try update.run()
      if let code {
        let codes = try db.prepare(
          "UPDATE actor_mentions SET code = ?2 WHERE actor = ?1 AND (code IS NULL OR code IS ?3)")
        try codes.bind(1, actor.id)
        try codes.bind(2, code)
        try codes.bind(3, actor.code)
        try codes.run()
      }
      try recountAliases(of: actor.id, name: newName)
      let (mentions, documents) = try mentionCounts(of: actor.id)
      return ActorCorrectionOutcome(correction: correction, mentions: mentions, documents: documents)
    }
  }

  /// The recorded corrections in the order they apply.
  public func actorCorrections() throws(StoreError) -> [ActorCorrection] {
    let statement = try db.cached(
      """
      SELECT id, kind, from_actor, from_name, to_actor, to_name, to_type, code, country, created_at
      FROM actor_corrections ORDER BY id
      """)
    var corrections: [ActorCorrection] = []
    while try statement.step() {
      corrections.append(
        ActorCorrection(
          id: statement.int64(0), kind: ActorCorrection.Kind(rawValue: statement.string(1)) ?? .rename,
          fromActor: statement.string(2), fromName: statement.string(3), toActor: statement.string(4),
          toName: statement.string(5), toType: statement.optionalString(6).flatMap(ActorType.init(rawValue:)),
          code: statement.optionalString(7), country: statement.optionalString(8), createdAt: statement.string(9)))
    }
    statement.reset()
    return corrections
  }

  /// Removes correction `id`; see ``EventGraphStore/removeActorCorrection(id:)``.
  public func removeActorCorrection(id: Int64) throws(StoreError) -> ActorCorrectionRemoval {
    try db.transaction { () throws(StoreError) in
      // Actors change here: the ingest's knowledge of their rows goes.
      pending.forgetStoredActors()
      let all = try actorCorrections()
      guard let index = all.firstIndex(where: { $0.id == id }) else { throw .noSuchCorrection(id) }
      let removed = all[index]
      let delete = try db.prepare("DELETE FROM actor_corrections WHERE id = ?1")
      try delete.bind(1, id)
      try delete.run()
      // The actors whose stored rows carry the correction: both ends, and wherever later
      // merges took them.
      var actors: Set<String> = [removed.fromActor, removed.toActor]
      for later in all[(index + 1)...] where later.kind == .merge && actors.contains(later.fromActor) {
        actors.insert(later.toActor)
      }
      var stale: Set<String> = []
      let documents = try db.prepare(
        """
        SELECT d.id FROM documents AS d
        WHERE d.key IN (SELECT document FROM actor_mentions WHERE actor = ?1)
        """)
      let mark = try db.prepare(
        "UPDATE documents SET content_hash = 'stale:' || content_hash WHERE id = ?1 AND content_hash NOT LIKE 'stale:%'")
      for actor in actors {
        try documents.bind(1, actor)
        while try documents.step() { stale.insert(documents.string(0)) }
        documents.reset()
      }
      for document in stale {
        try mark.bind(1, document)
        try mark.run()
      }
      return ActorCorrectionRemoval(correction: removed, staleDocuments: stale.sorted())
    }
  }

  // MARK: Applying corrections to new documents

  /// `result` with every actor mention passed through `corrections` (in order), as the
  /// stored rows went through them: a merged actor's mentions point at the merge target
  /// (as stored, else as it was when merged) and those without a code take the target's; a
  /// renamed actor gets its new name, and with a new code, so do its mentions that had
  /// none or the actor's old one. Codes from the context (IRNGOV for "Tehran") stay.
  func applyCorrections(_ result: ExtractionResult, _ corrections: [ActorCorrection]) throws(StoreError) -> ExtractionResult {
    if corrections.isEmpty { return result }
    let corrected = Set(corrections.map(\.fromActor))
    guard result.actors.contains(where: { corrected.contains($0.entity.id) }) else { return result }
    var out = result
    var targets: [String: ActorEntity?] = [:]
    for i in out.actors.indices where corrected.contains(out.actors[i].entity.id) {
      var entity = out.actors[i].entity
      var code = out.actors[i].code
      for correction in corrections where correction.fromActor == entity.id {
        switch correction.kind {
        case .merge:
          let stored: ActorEntity?
          if let known = targets[correction.toActor] {
            stored = known
          } else {
            stored = try storedActor(id: correction.toActor)
            targets[correction.toActor] = stored
          }
          entity =
            stored
            ?? ActorEntity(
              id: correction.toActor, name: correction.toName, type: correction.toType ?? entity.type,
              code: correction.code, country: correction.country)
          if code == nil { code = entity.code }
        case .rename:
          entity.name = correction.toName
          entity.resolved = true
          if let newCode = correction.code {
            if code == nil || code == entity.code { code = newCode }
            entity.code = newCode
          }
        }
      }
      out.actors[i].entity = entity
      out.actors[i].code = code
    }
    return out
  }

  // MARK: Helpers

  /// The stored actor `name` designates: an id, else a canonical name, else an alias seen
  /// in the text (ignoring ASCII case); several at the same level are an error.
  func uniqueActor(_ name: String) throws(StoreError) -> ActorEntity {
    let key = name.correctionTrimmed
    let find = try db.prepare(
      """
      SELECT id, 0 AS rank FROM actors WHERE lower(id) = lower(?1)
      UNION ALL SELECT id, 1 FROM actors WHERE lower(name) = lower(?1)
      UNION ALL SELECT actor, 2 FROM actor_aliases WHERE lower(alias) = lower(?1) AND count > 0
      ORDER BY rank
      """)
    try find.bind(1, key)
    var best: Int?
    var ids: [String] = []
    while try find.step() {
      let rank = find.int(1)
      if best == nil { best = rank }
      guard rank == best else { break }
      let id = find.string(0)
      if !ids.contains(id) { ids.append(id) }
    }
    find.reset()
    if ids.isEmpty { throw .noSuchActor(name: key, nearMatches: try nearMatches(key)) }
    var entities: [ActorEntity] = []
    for id in ids.sorted() { if let entity = try storedActor(id: id) { entities.append(entity) } }
    if entities.count > 1 { throw .ambiguousActor(name: key, candidates: entities.map { "\($0.name) [\($0.id)]" }) }
    guard let entity = entities.first else { throw .noSuchActor(name: key, nearMatches: []) }
    return entity
  }

  /// The stored row of actor `id`, or `nil`.
  func storedActor(id: String) throws(StoreError) -> ActorEntity? {
    let statement = try db.cached("SELECT id, name, type, code, country, resolved FROM actors WHERE id = ?1")
    try statement.bind(1, id)
    defer { statement.reset() }
    guard try statement.step() else { return nil }
    return ActorEntity(
      id: statement.string(0), name: statement.string(1), type: ActorType(rawValue: statement.string(2)) ?? .group,
      code: statement.optionalString(3), country: statement.optionalString(4), resolved: statement.bool(5))
  }

  /// Up to five stored actors (`Name [id]`) whose name, id or an alias comes close to `name`:
  /// contains it or is contained in it, or is a few edits away; closest first, then the
  /// most mentioned.
  func nearMatches(_ name: String, limit: Int = 5) throws(StoreError) -> [String] {
    let query = Array(name.lowercased().unicodeScalars)
    if query.isEmpty { return [] }
    var best: [String: (score: Int, name: String, mentions: Int)] = [:]
    func offer(_ id: String, _ display: String, _ candidate: String, _ mentions: Int) {
      guard let score = Self.closeness(query, Array(candidate.lowercased().unicodeScalars)) else { return }
      if let known = best[id], known.score <= score { return }
      best[id] = (score, display, mentions)
    }
    let actors = try db.prepare(
      "SELECT a.id, a.name, coalesce(c.mentions, 0) FROM actors AS a LEFT JOIN actor_counts AS c ON c.actor = a.id")
    var names: [String: (String, Int)] = [:]
    while try actors.step() {
      let (id, display, mentions) = (actors.string(0), actors.string(1), actors.int(2))
      names[id] = (display, mentions)
      offer(id, display, display, mentions)
      offer(id, display, id, mentions)
    }
    let aliases = try db.prepare("SELECT actor, alias FROM actor_aliases WHERE count > 0")
    while try aliases.step() {
      let id = aliases.string(0)
      guard let (display, mentions) = names[id] else { continue }
      offer(id, display, aliases.string(1), mentions)
    }
    return best.sorted { a, b in
      if a.value.score != b.value.score { return a.value.score < b.value.score }
      if a.value.mentions != b.value.mentions { return a.value.mentions > b.value.mentions }
      return a.key < b.key
    }.prefix(limit).map { "\($0.value.name) [\($0.key)]" }
  }

  /// 0 for a candidate that contains the query or is contained in it (3 letters or more),
  /// else 1 + the edit distance (insertions, deletions, substitutions and swaps of two
  /// neighbours) when that is at most a quarter of the query (at least 1); `nil` for
  /// anything further.
  static func closeness(_ query: [Unicode.Scalar], _ candidate: [Unicode.Scalar]) -> Int? {
    if candidate.isEmpty { return nil }
    func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
      guard needle.count >= 3, needle.count <= haystack.count else { return false }
      for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
        return true
      }
      return false
    }
    if contains(candidate, query) || contains(query, candidate) { return 0 }
    let limit = max(1, query.count / 4)
    if abs(query.count - candidate.count) > limit { return nil }
    // Optimal string alignment distance, three rows.
    var before = [Int](repeating: 0, count: candidate.count + 1)
    var previous = Array(0...candidate.count)
    var current = [Int](repeating: 0, count: candidate.count + 1)
    for i in 1...query.count {
      current[0] = i
      for j in 1...candidate.count {
        let substitution = previous[j - 1] + (query[i - 1] == candidate[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        if i > 1, j > 1, query[i - 1] == candidate[j - 2], query[i - 2] == candidate[j - 1] {
          current[j] = min(current[j], before[j - 2] + 1)
        }
      }
      (before, previous, current) = (previous, current, before)
    }
    let distance = previous[candidate.count]
    return distance <= limit ? 1 + distance : nil
  }

  /// A CAMEO code as given to `rename --code`: letters and digits, upper-cased.
  static func validatedCode(_ raw: String) throws(StoreError) -> String {
    let code = raw.correctionTrimmed.uppercased()
    guard code.count >= 3, code.count <= 32, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
    else {
      throw .invalidCorrection(
        "'\(raw)' is not a CAMEO code; give 3 or more letters or digits such as USAGOV or IRNMIL")
    }
    return code
  }

  private func mentionCounts(of actor: String) throws(StoreError) -> (mentions: Int, documents: Int) {
    let count = try db.prepare("SELECT count(*), count(DISTINCT document) FROM actor_mentions WHERE actor = ?1")
    try count.bind(1, actor)
    guard try count.step() else { return (0, 0) }
    return (count.int(0), count.int(1))
  }

  private func record(
    kind: ActorCorrection.Kind, from: ActorEntity, toActor: String, toName: String, toType: ActorType? = nil,
    code: String?, country: String? = nil
  ) throws(StoreError) -> ActorCorrection {
    let insert = try db.prepare(
      """
      INSERT INTO actor_corrections (kind, from_actor, from_name, to_actor, to_name, to_type, code, country, created_at)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
      RETURNING id, created_at
      """)
    try insert.bind(1, kind.rawValue)
    try insert.bind(2, from.id)
    try insert.bind(3, from.name)
    try insert.bind(4, toActor)
    try insert.bind(5, toName)
    try insert.bind(6, toType?.rawValue)
    try insert.bind(7, code)
    try insert.bind(8, country)
    guard try insert.step() else {
      throw .invalidCorrection("the correction could not be recorded; report this as a bug")
    }
    let correction = ActorCorrection(
      id: insert.int64(0), kind: kind, fromActor: from.id, fromName: from.name, toActor: toActor, toName: toName,
      toType: toType, code: code, country: country, createdAt: insert.string(1))
    insert.reset()
    return correction
  }

  /// Moves every row of actor `from` to actor `to` and rebuilds the summaries of both.
  private func move(_ from: ActorEntity, into to: ActorEntity) throws(StoreError) {
    func run(_ sql: String, _ values: [SQLiteValue]) throws(StoreError) {
      let statement = try db.prepare(sql)
      try statement.bind(values)
      try statement.run()
    }
    let a = SQLiteValue.text(from.id)
    let b = SQLiteValue.text(to.id)
    // Mentions without a code take the target's; codes from the context stay.
    if let code = to.code {
      try run("UPDATE actor_mentions SET code = ?2 WHERE actor = ?1 AND code IS NULL", [a, .text(code)])
    }
    try run("UPDATE actor_mentions SET actor = ?2 WHERE actor = ?1", [a, b])
    // The arguments and attributions of `from` are found through its `actor_events` rows,
    // moved below (both actors are stored: their numbers are found once); recent rows are
    // merged first, so that they are all in `actor_events`.
    try mergeRecentActorEvents()
    let events = "SELECT event FROM actor_events WHERE actor = \(Self.actorNumber("?1"))"
    try run("UPDATE event_arguments SET actor = ?2 WHERE event IN (\(events)) AND actor = ?1", [a, b])
    try run("UPDATE events SET attributed_actor = ?2 WHERE id IN (\(events)) AND attributed_actor = ?1", [a, b])
    try run(
      """
      INSERT OR IGNORE INTO actor_events (actor, undated, day_start, day_end, unpublished, published_day, document,
        sentence, char_start, event)
      SELECT \(Self.actorNumber("?2")), undated, day_start, day_end, unpublished, published_day, document, sentence,
        char_start, event
      FROM actor_events WHERE actor = \(Self.actorNumber("?1"))
      """, [a, b])
    try run("DELETE FROM actor_events WHERE actor = \(Self.actorNumber("?1"))", [a])

    // Relation edges of either actor: dropped, then rebuilt from the event arguments.
    let touching = "SELECT id FROM relation_edges WHERE source IN (?1, ?2) OR target IN (?1, ?2)"
    try run("DELETE FROM relation_evidence WHERE edge IN (\(touching))", [a, b])
    try run("DELETE FROM relation_cameos WHERE edge IN (\(touching))", [a, b])
    try run("DELETE FROM relation_edges WHERE source IN (?1, ?2) OR target IN (?1, ?2)", [a, b])
    try rebuildEdges(of: to.id)

    // Counts and aliases.
    try run(
      """
      INSERT INTO actor_counts (actor, mentions, documents, events) VALUES (?1,
        (SELECT count(*) FROM actor_mentions WHERE actor = ?1),
        (SELECT count(DISTINCT document) FROM actor_mentions WHERE actor = ?1),
        (SELECT count(*) FROM actor_events WHERE actor = \(Self.actorNumber("?1"))))
      ON CONFLICT (actor) DO UPDATE SET mentions = excluded.mentions, documents = excluded.documents,
        events = excluded.events
      """, [b])
    try run("DELETE FROM actor_counts WHERE actor = ?1", [a])
    try run("DELETE FROM actor_aliases WHERE actor = ?1", [a])
    try recountAliases(of: to.id, name: to.name)
    try run("DELETE FROM actors WHERE id = ?1", [a])
  }

  /// Recomputes the relation edges (with evidence, CAMEO counts, first and last dates) in
  /// which `actor` is source or target, from the event arguments; none may exist yet.
  private func rebuildEdges(of actor: String) throws(StoreError) {
    let join = """
      FROM event_arguments AS s JOIN events AS e ON e.id = s.event
      JOIN event_arguments AS t ON t.event = s.event AND t.role = 'target' AND t.actor <> s.actor
      """
    let pairs = """
      WHERE s.role = 'source' AND e.plover IS NOT NULL
        AND s.event IN (SELECT event FROM actor_events WHERE actor = \(Self.actorNumber("?1")))
        AND (s.actor = ?1 OR t.actor = ?1)
      """
    let own = "SELECT id FROM relation_edges WHERE source = ?1 OR target = ?1"
    let statements = [
      "INSERT INTO relation_edges (source, target, plover) SELECT DISTINCT s.actor, t.actor, e.plover \(join) \(pairs)",
      """
      INSERT INTO relation_evidence (edge, event) SELECT DISTINCT r.id, e.id \(join)
      JOIN relation_edges AS r ON r.source = s.actor AND r.target = t.actor AND r.plover = e.plover \(pairs)
      """,
      """
      INSERT INTO relation_cameos (edge, cameo, count)
      SELECT v.edge, e.cameo, count(*) FROM relation_evidence AS v JOIN events AS e ON e.id = v.event
      WHERE e.cameo IS NOT NULL AND v.edge IN (\(own)) GROUP BY v.edge, e.cameo
      """,
      """
      UPDATE relation_edges SET count = (SELECT count(*) FROM relation_evidence AS v WHERE v.edge = relation_edges.id)
      WHERE id IN (\(own))
      """,
      """
      UPDATE relation_edges SET (first_date, first_start, first_end, first_event) = (
        SELECT e.date, e.date_start, coalesce(e.date_end, e.date_start), e.id
        FROM relation_evidence AS v JOIN events AS e ON e.id = v.event
        WHERE v.edge = relation_edges.id AND e.date IS NOT NULL AND e.date_start IS NOT NULL
        ORDER BY e.date_start, coalesce(e.date_end, e.date_start), e.id LIMIT 1)
      WHERE id IN (\(own))
      """,
      """
      UPDATE relation_edges SET (last_date, last_start, last_end, last_event) = (
        SELECT e.date, e.date_start, coalesce(e.date_end, e.date_start), e.id
        FROM relation_evidence AS v JOIN events AS e ON e.id = v.event
        WHERE v.edge = relation_edges.id AND e.date IS NOT NULL AND e.date_start IS NOT NULL
        ORDER BY e.date_start DESC, coalesce(e.date_end, e.date_start) DESC, e.id DESC LIMIT 1)
      WHERE id IN (\(own))
      """,
    ]
    for sql in statements {
      let statement = try db.prepare(sql)
      try statement.bind(1, actor)
      try statement.run()
    }
  }

  /// Rebuilds the alias counts of `actor` from its mentions (every spelling but `name`).
  private func recountAliases(of actor: String, name: String) throws(StoreError) {
    let delete = try db.prepare("DELETE FROM actor_aliases WHERE actor = ?1")
    try delete.bind(1, actor)
    try delete.run()
    let insert = try db.prepare(
      """
      INSERT INTO actor_aliases (actor, alias, count)
      SELECT ?1, text, count(*) FROM actor_mentions WHERE actor = ?1 AND text <> ?2 GROUP BY text
      """)
    try insert.bind(1, actor)
    try insert.bind(2, name)
    try insert.run()
  }
}

extension String {
  /// The string without leading and trailing white space.
  fileprivate var correctionTrimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
