import ChronicleExtraction

/// An extraction result with the rows ``SQLiteEventStore`` writes for it already built:
/// code-point offsets, date intervals, the text it binds, the alias counts, the actor
/// timeline rows, the clustering signatures. Building it needs no database, so
/// `chronicle ingest` builds it on the extraction worker threads and the single writer
/// only binds and steps (``SQLiteEventStore/ingest(prepared:)``).
///
/// Row ids that only the database knows (the document's key, the first new mention, time
/// expression and event id) are filled in when the rows are written. Actor corrections
/// recorded in the store are applied at that point too: a document they touch is built
/// again from the corrected result, by the writer.
public struct PreparedDocument: Sendable {
  /// The extraction result the rows come from.
  public let result: ExtractionResult
  /// Why the store must refuse the result (its indexes do not fit together), if so; there
  /// are no rows then.
  let invalid: StoreError?
  /// The rows of every table, one after the other.
  var rows = PreparedRows()
  var sentences = PreparedRows.Table(columns: 9)
  var mentions = PreparedRows.Table(columns: 10)
  /// The document's `actors` rows and alias counts (`actor_aliases`), which the writer
  /// merges per batch (``IngestRows``).
  var actors: [IngestRows.ActorRow] = []
  var aliases: [(key: IngestRows.AliasKey, count: Int)] = []
  var times = PreparedRows.Table(columns: 12)
  var events = PreparedRows.Table(columns: 30)
  var arguments = PreparedRows.Table(columns: 6)
  var actorEvents = PreparedRows.Table(columns: 10)
  /// What the document adds to `actor_counts`, per actor.
  var actorCounts: [String: SQLiteEventStore.ActorDelta] = [:]
  /// Per event: its date interval, its code-point start, its clustering input (event id
  /// left as 0, set when written).
  var ranges: [DateRange?] = []
  var charStarts: [Int] = []
  var clusterInputs: [SQLiteEventStore.ClusterInput] = []
  /// Longest date interval of the events, in days.
  var span = 0

  /// Builds the rows of `result` (see ``SQLiteEventStore/insert(_:)`` for the tables).
  public init(_ result: ExtractionResult) {
    self.result = result
    do throws(StoreError) {
      try SQLiteEventStore.validate(result)
    } catch {
      invalid = error
      return
    }
    invalid = nil
    build()
  }

  private mutating func build() {
    let offsets = OffsetMap(result.text.text)
    let argumentCount = result.events.reduce(0) { $0 + $1.arguments.count }
    rows.reserve(
      cells: 9 * result.text.sentences.count + 19 * result.actors.count + 12 * result.times.count + 40
        * result.events.count + 16 * argumentCount,
      bytes: 2 * result.text.text.utf8.count + 32 * (result.actors.count + result.times.count + result.events.count))

    sentences.start(at: rows)
    for s in result.text.sentences {
      rows.add(.document)
      rows.add(s.index)
      rows.add(offsets.characterOffset(s.span.start))
      rows.add(offsets.characterOffset(s.span.end))
      rows.add(s.span.start)
      rows.add(s.span.end)
      rows.add(s.text)
      rows.add(s.paragraph)
      rows.add(s.isHeadline)
    }
    sentences.end(at: rows)

    // Computed, not stored: asked once (it builds a set of the mentions' actor ids).
    let entities = result.entities
    actors.reserveCapacity(entities.count)
    for entity in entities {
      actors.append(
        IngestRows.ActorRow(
          id: entity.id, name: entity.name, type: entity.type.rawValue, code: entity.code, country: entity.country,
          resolved: entity.resolved))
    }

    var aliasCounts: [IngestRows.AliasKey: Int] = [:]
    var aliasOrder: [IngestRows.AliasKey] = []
    mentions.start(at: rows)
    for (n, m) in result.actors.enumerated() {
      rows.add(.mention(Int32(n)))
      rows.add(.document)
      rows.add(m.sentence)
      rows.add(offsets.characterOffset(m.span.start))
      rows.add(offsets.characterOffset(m.span.end))
      rows.add(m.text)
      rows.add(m.entity.id)
      rows.add(m.code)
      rows.add(m.role)
      rows.add(m.rule)
      if m.text != m.entity.name {
        let key = IngestRows.AliasKey(actor: m.entity.id, alias: m.text)
        if aliasCounts[key] == nil { aliasOrder.append(key) }
        aliasCounts[key, default: 0] += 1
      }
    }
    mentions.end(at: rows)

    aliases = aliasOrder.map { ($0, aliasCounts[$0] ?? 0) }

    times.start(at: rows)
    for (n, t) in result.times.enumerated() {
      rows.add(.time(Int32(n)))
      rows.add(.document)
      rows.add(t.sentence)
      rows.add(offsets.characterOffset(t.span.start))
      rows.add(offsets.characterOffset(t.span.end))
      rows.add(t.text)
      rows.add(t.type.rawValue)
      rows.add(t.value)
      rows.add(t.mod)
      rows.add(t.anchor.rawValue)
      rows.add(t.signal)
      rows.add(t.rule)
    }
    times.end(at: rows)

    ranges.reserveCapacity(result.events.count)
    charStarts.reserveCapacity(result.events.count)
    events.start(at: rows)
    for (n, e) in result.events.enumerated() {
      let charStart = offsets.characterOffset(e.span.start)
      charStarts.append(charStart)
      let range = e.date.flatMap { TimexValue.range(of: $0) }
      ranges.append(range)
      rows.add(.document)
      rows.add(e.sentence)
      rows.add(charStart)
      rows.add(offsets.characterOffset(e.span.end))
      rows.add(e.trigger)
      rows.add(e.lemma)
      rows.add(e.timemlClass.rawValue)
      rows.add(e.tense.rawValue)
      rows.add(e.aspect.rawValue)
      rows.add(e.polarity)
      rows.add(e.category?.plover)
      rows.add(e.category?.cameo)
      rows.add(e.category.map { .integer(Int64($0.quadClass)) } ?? .null)
      rows.add(e.category.map { .real($0.goldstein) } ?? .null)
      rows.add(e.factuality.rawValue)
      rows.add(e.date)
      let startISO = range?.start.iso
      let endISO = range?.end.iso
      rows.add(startISO)
      rows.add(endISO)
      rows.add(range?.granularity.rawValue)
      rows.add(e.time.map { .time(Int32($0)) } ?? .null)
      rows.add(e.timeRelation)
      rows.add(e.dateRule)
      rows.add(e.attributedTo.map { .mention(Int32($0)) } ?? .null)
      rows.add(e.attributedTo.map { result.actors[$0].entity.id })
      rows.add(e.rules.joined(separator: ","))
      rows.add(.event(Int32(n)))
      rows.add(e.parent.map { .event(Int32($0)) } ?? .null)
      if let range, let startISO, let endISO {
        rows.add(SpanClass.of(start: range.start, end: range.end, startISO: startISO, endISO: endISO))
        rows.add(range.start.dayNumber)
        rows.add(range.end.dayNumber)
      } else {
        rows.add(.null)
        rows.add(.null)
        rows.add(.null)
      }
    }
    events.end(at: rows)

    arguments.start(at: rows)
    for (n, e) in result.events.enumerated() {
      for (i, a) in e.arguments.enumerated() {
        rows.add(.event(Int32(n)))
        rows.add(i)
        rows.add(a.role.rawValue)
        rows.add(.mention(Int32(a.mention)))
        rows.add(result.actors[a.mention].entity.id)
        rows.add(a.rule)
      }
    }
    arguments.end(at: rows)

    clusterInputs = SQLiteEventStore.clusterInputs(result, ranges: ranges)
    buildSummaries()
    rows.seal()
  }

  /// The rows of `actor_events`, the `actor_counts` deltas and the longest interval (see
  /// ``SQLiteEventStore/addSummaries(_:documentKey:eventIDs:ranges:charStarts:clusters:)``).
  private mutating func buildSummaries() {
    var counts: [String: SQLiteEventStore.ActorDelta] = [:]
    for mention in result.actors { counts[mention.entity.id, default: .init()].mentions += 1 }
    var seen: [String] = []
    let published = result.published?.dayNumber
    // Actors are named by their position in `actors` (one row per distinct actor), which
    // the writer turns into their numbers.
    var position: [String: Int32] = [:]
    position.reserveCapacity(actors.count)
    for (k, actor) in actors.enumerated() { position[actor.id] = Int32(k) }
    actorEvents.start(at: rows)
    for (n, event) in result.events.enumerated() {
      seen.removeAll(keepingCapacity: true)
      for argument in event.arguments {
        let id = result.actors[argument.mention].entity.id
        if !seen.contains(id) { seen.append(id) }
      }
      if let source = event.attributedTo {
        let id = result.actors[source].entity.id
        if !seen.contains(id) { seen.append(id) }
      }
      if seen.isEmpty { continue }
      let range = ranges[n]
      let start = range?.start.dayNumber ?? 0
      let end = range?.end.dayNumber ?? 0
      for id in seen {
        counts[id, default: .init()].events += 1
        guard let k = position[id] else { preconditionFailure("an event argument's actor is not among the document's") }
        rows.add(.actor(k))
        rows.add(range == nil)
        rows.add(start)
        rows.add(end)
        rows.add(published == nil)
        rows.add(published ?? 0)
        rows.add(.document)
        rows.add(event.sentence)
        rows.add(charStarts[n])
        rows.add(.event(Int32(n)))
      }
    }
    actorEvents.end(at: rows)

    actorCounts = counts

    for range in ranges { if let range { span = max(span, range.end.dayNumber - range.start.dayNumber) } }
  }
}

/// Values of table rows, their text in one byte buffer, bound without copies
/// (`SQLITE_STATIC`) while the rows are held.
struct PreparedRows: Sendable {
  /// One bound value.
  enum Cell: Sendable {
    case integer(Int64)
    case real(Double)
    case null
    /// UTF-8 bytes `start..<start + count` of the text buffer.
    case text(start: Int32, count: Int32)
    /// The document's key.
    case document
    /// The id of the document's `n`th actor mention, time expression or event.
    case mention(Int32)
    case time(Int32)
    case event(Int32)
    /// The number (`actors.number`) of the document's `n`th actor (its `actors` rows).
    case actor(Int32)
  }

  /// The numbers (`actors.number`) of one document's actors, in the order of its `actors`
  /// rows: set by the writer once the batch's actors are stored (see
  /// ``IngestRows/flushAll(_:removing:)``), before the rows that name them are bound.
  final class ActorNumbers {
    let rows: [IngestRows.ActorRow]
    var numbers: [Int64] = []

    init(_ rows: [IngestRows.ActorRow]) { self.rows = rows }
  }

  /// Where one table's rows are in ``PreparedRows/cells``.
  struct Table: Sendable {
    let columns: Int
    var first = 0
    var rows = 0

    init(columns: Int) { self.columns = columns }

    mutating func start(at rows: PreparedRows) { first = rows.cells.count }

    mutating func end(at rows: PreparedRows) {
      precondition((rows.cells.count - first) % columns == 0, "a prepared row is incomplete")
      self.rows = (rows.cells.count - first) / columns
    }
  }

  /// The ids ``Cell`` refers to, known when the document is written.
  struct IDs {
    var document: Int64
    /// First new id of `actor_mentions`, `time_expressions` and `events`.
    var mention: Int64
    var time: Int64
    var event: Int64
    /// The numbers of the document's actors, for tables that name actors by number.
    var actors: ActorNumbers? = nil
  }

  /// Bytes at a fixed address for as long as the buffer lives (an array's may move).
  final class TextBuffer: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt8>

    init(_ bytes: [UInt8]) {
      base = .allocate(capacity: max(1, bytes.count))
      if !bytes.isEmpty { base.initialize(from: bytes, count: bytes.count) }
    }

    deinit { base.deallocate() }
  }

  private(set) var cells: [Cell] = []
  /// The text while rows are added; moved into ``buffer`` by ``seal()``.
  private var bytes: [UInt8] = []
  private(set) var buffer: TextBuffer?

  /// Binds row `row` of `table` to the parameters from `parameter` on (one per column).
  /// Its text stays bound without a copy: keep these rows until the statement has run and
  /// its bindings are cleared.
  func bind(_ statement: Statement, _ table: Table, row: Int, from parameter: Int32, _ ids: IDs) throws(StoreError) {
    guard let buffer else { preconditionFailure("prepared rows bound before they were sealed") }
    var cell = table.first + row * table.columns
    for column in parameter..<(parameter + Int32(table.columns)) {
      switch cells[cell] {
      case .integer(let value): try statement.bind(column, value)
      case .real(let value): try statement.bind(column, value)
      case .null: try statement.bindNull(column)
      case .text(let start, let count):
        if count == 0 {
          try statement.bind(column, "")
        } else {
          try statement.bindStatic(column, buffer.base + Int(start), count: count)
        }
      case .document: try statement.bind(column, ids.document)
      case .mention(let n): try statement.bind(column, ids.mention + Int64(n))
      case .time(let n): try statement.bind(column, ids.time + Int64(n))
      case .event(let n): try statement.bind(column, ids.event + Int64(n))
      case .actor(let n):
        guard let numbers = ids.actors?.numbers, numbers.indices.contains(Int(n)) else {
          preconditionFailure("an actor number bound before the batch's actors were stored")
        }
        try statement.bind(column, numbers[Int(n)])
      }
      cell += 1
    }
  }

  /// Makes room for about `cells` values and `bytes` bytes of text.
  mutating func reserve(cells: Int, bytes: Int) {
    self.cells.reserveCapacity(cells)
    self.bytes.reserveCapacity(bytes)
  }

  mutating func add(_ cell: Cell) { cells.append(cell) }

  mutating func add(_ value: String) {
    let start = bytes.count
    var value = value
    // From the string's contiguous bytes (a memory copy, not element by element).
    value.withUTF8 { bytes.append(contentsOf: $0) }
    cells.append(.text(start: Int32(start), count: Int32(bytes.count - start)))
  }

  mutating func add(_ value: String?) {
    if let value { add(value) } else { cells.append(.null) }
  }

  mutating func add(_ value: Int) { cells.append(.integer(Int64(value))) }

  mutating func add(_ value: Bool) { cells.append(.integer(value ? 1 : 0)) }

  /// Ends adding rows: the text moves to its fixed place.
  mutating func seal() {
    buffer = TextBuffer(bytes)
    bytes = []
  }
}
