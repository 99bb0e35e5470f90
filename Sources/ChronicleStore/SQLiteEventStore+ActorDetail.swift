import ChronicleExtraction

extension SQLiteEventStore {
  /// The actor `name` designates — an id (`country:IRN`), a canonical name or an alias seen
  /// in the text, compared without case; for an alias shared by several actors, the most
  /// mentioned — with all its mentions, or `nil` when nothing matches.
  public func actorDetail(name: String) throws(StoreError) -> ActorDetail? {
    let find = try db.prepare(
      """
      SELECT a.id, 0 AS rank FROM actors AS a WHERE lower(a.id) = lower(?1)
      UNION ALL SELECT a.id, 1 FROM actors AS a WHERE lower(a.name) = lower(?1)
      UNION ALL SELECT l.actor, 2 FROM actor_aliases AS l WHERE lower(l.alias) = lower(?1)
      ORDER BY rank
      """)
    try find.bind(1, name)
    var candidates: [(id: String, rank: Int)] = []
    while try find.step() { candidates.append((find.string(0), find.int(1))) }
    guard let best = candidates.first?.rank else { return nil }
    let ids = Set(candidates.filter { $0.rank == best }.map(\.id))
    let all = try actors()
    guard let summary = all.first(where: { ids.contains($0.actor.id) }) else { return nil }

    let statement = try db.prepare(
      """
      SELECT d.id, m.sentence, s.text, m.char_start, m.char_end, m.text, m.code, m.role, m.rule
      FROM actor_mentions AS m
      JOIN documents AS d ON d.key = m.document
      LEFT JOIN sentences AS s ON s.document = m.document AND s.idx = m.sentence
      WHERE m.actor = ?1
      ORDER BY d.id, m.char_start
      """)
    try statement.bind(1, summary.actor.id)
    var mentions: [ActorMentionDetail] = []
    while try statement.step() {
      mentions.append(
        ActorMentionDetail(
          documentID: statement.string(0), sentenceIndex: statement.int(1), sentence: statement.string(2),
          start: statement.int(3), end: statement.int(4), text: statement.string(5), code: statement.optionalString(6),
          role: statement.optionalString(7), rule: statement.string(8)))
    }
    return ActorDetail(summary: summary, mentions: mentions)
  }
}
