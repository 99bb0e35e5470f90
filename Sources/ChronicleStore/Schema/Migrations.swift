/// The schema as versioned migrations. `PRAGMA user_version` holds the number of
/// steps applied; step *n* (1-based) brings a database from version *n − 1* to *n*.
///
/// Step 1 is the text of `Schemas/chronicle.sql` (the canonical schema; a test
/// checks they agree). Later changes append steps (`ALTER TABLE …`, new indexes)
/// and update the schema file to the resulting state; never edit a shipped step.
enum Migrations {
  /// SQL of each step, in order.
  static let steps: [String] = [
    #"""
    -- Chronicle event graph, schema version 1.
    -- The canonical text of the schema: Sources/ChronicleStore/Schema/Migrations.swift
    -- holds the same statements as migration steps, and a test checks that both agree.
    -- Character offsets (char_start/char_end) are Unicode code points into documents.text,
    -- half-open; byte_start/byte_end are UTF-8 byte offsets. Dates are ISO days (YYYY-MM-DD).
    -- Every row hangs off its document and goes with it (ON DELETE CASCADE). Documents are
    -- named by their text id (documents.id); child rows refer to the compact integer
    -- documents.key, which keeps the per-document indexes small.
    -- event_arguments.mention is the id of an actor_mentions row of the same document; it is
    -- not declared as a foreign key so that ingest need not maintain an index for it.
    -- events.attributed_actor copies the actor of the attributed_to mention, so that an
    -- actor's timeline finds the events it reports without going through its mentions.

    CREATE TABLE documents (
      key INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      title TEXT,
      text TEXT NOT NULL,
      published TEXT,
      url TEXT,
      source TEXT,
      origin TEXT,
      format TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      ingested_at TEXT NOT NULL,
      headline_length INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX documents_by_hash ON documents(content_hash);
    CREATE INDEX documents_by_url ON documents(url) WHERE url IS NOT NULL;
    CREATE INDEX documents_by_origin ON documents(origin) WHERE origin IS NOT NULL;

    CREATE TABLE sentences (
      document INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
      idx INTEGER NOT NULL,
      char_start INTEGER NOT NULL,
      char_end INTEGER NOT NULL,
      byte_start INTEGER NOT NULL,
      byte_end INTEGER NOT NULL,
      text TEXT NOT NULL,
      paragraph INTEGER NOT NULL,
      is_headline INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (document, idx)
    ) WITHOUT ROWID;

    CREATE TABLE actors (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      type TEXT NOT NULL,
      code TEXT,
      country TEXT,
      resolved INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX actors_by_lower_id ON actors(lower(id));
    CREATE INDEX actors_by_lower_name ON actors(lower(name));

    CREATE TABLE actor_aliases (
      actor TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      alias TEXT NOT NULL,
      count INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (actor, alias)
    ) WITHOUT ROWID;
    CREATE INDEX actor_aliases_by_lower_alias ON actor_aliases(lower(alias));

    CREATE TABLE actor_mentions (
      id INTEGER PRIMARY KEY,
      document INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
      sentence INTEGER NOT NULL,
      char_start INTEGER NOT NULL,
      char_end INTEGER NOT NULL,
      text TEXT NOT NULL,
      actor TEXT NOT NULL REFERENCES actors(id),
      code TEXT,
      role TEXT,
      rule TEXT NOT NULL
    );
    CREATE INDEX actor_mentions_by_document ON actor_mentions(document);
    CREATE INDEX actor_mentions_by_actor ON actor_mentions(actor, document);

    CREATE TABLE time_expressions (
      id INTEGER PRIMARY KEY,
      document INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
      sentence INTEGER NOT NULL,
      char_start INTEGER NOT NULL,
      char_end INTEGER NOT NULL,
      text TEXT NOT NULL,
      type TEXT NOT NULL,
      value TEXT NOT NULL,
      mod TEXT,
      anchor TEXT NOT NULL,
      signal TEXT,
      rule TEXT NOT NULL
    );
    CREATE INDEX time_expressions_by_document ON time_expressions(document);

    CREATE TABLE events (
      id INTEGER PRIMARY KEY,
      document INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
      sentence INTEGER NOT NULL,
      char_start INTEGER NOT NULL,
      char_end INTEGER NOT NULL,
      trigger TEXT NOT NULL,
      lemma TEXT NOT NULL,
      class TEXT NOT NULL,
      tense TEXT NOT NULL,
      aspect TEXT NOT NULL,
      polarity INTEGER NOT NULL DEFAULT 1,
      plover TEXT,
      cameo TEXT,
      quad_class INTEGER,
      goldstein REAL,
      factuality TEXT NOT NULL,
      date TEXT,
      date_start TEXT,
      date_end TEXT,
      granularity TEXT,
      time_expression INTEGER REFERENCES time_expressions(id) ON DELETE SET NULL,
      time_relation TEXT,
      date_rule TEXT,
      attributed_to INTEGER REFERENCES actor_mentions(id) ON DELETE SET NULL,
      attributed_actor TEXT,
      parent INTEGER REFERENCES events(id) ON DELETE SET NULL,
      rules TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX events_by_date ON events(date_start, date_end);
    CREATE INDEX events_by_document ON events(document, sentence, char_start);
    CREATE INDEX events_by_time_expression ON events(time_expression) WHERE time_expression IS NOT NULL;
    CREATE INDEX events_by_attribution ON events(attributed_to) WHERE attributed_to IS NOT NULL;
    CREATE INDEX events_by_attributed_actor ON events(attributed_actor) WHERE attributed_actor IS NOT NULL;
    CREATE INDEX events_by_parent ON events(parent) WHERE parent IS NOT NULL;

    CREATE TABLE event_arguments (
      event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      idx INTEGER NOT NULL,
      role TEXT NOT NULL,
      mention INTEGER NOT NULL,
      actor TEXT NOT NULL REFERENCES actors(id),
      rule TEXT NOT NULL,
      PRIMARY KEY (event, idx)
    ) WITHOUT ROWID;
    CREATE INDEX event_arguments_by_actor ON event_arguments(actor, event);
    """#,
    #"""
    -- Schema version 2: summaries kept up to date on ingest and delete, so that the
    -- relations graph, the actor list and date-range queries need not aggregate the raw rows.
    -- relation_edges: one row per (source actor, target actor, PLOVER type) with the number
    -- of events, the earliest and latest dated event (date, interval, event id).
    -- relation_evidence: the events behind each edge, in event order.
    -- relation_cameos: how many of an edge's events carry each CAMEO code.
    -- actor_counts: mentions, documents and events (as argument or source) per actor.
    -- actor_events: see below.
    -- store_stats: named figures; 'max_span_days' bounds the length of any event's date
    -- interval (it only grows), so a date-range query can bound its index scan.

    CREATE TABLE relation_edges (
      id INTEGER PRIMARY KEY,
      source TEXT NOT NULL,
      target TEXT NOT NULL,
      plover TEXT NOT NULL,
      count INTEGER NOT NULL DEFAULT 0,
      first_date TEXT,
      first_start TEXT,
      first_end TEXT,
      first_event INTEGER,
      last_date TEXT,
      last_start TEXT,
      last_end TEXT,
      last_event INTEGER,
      UNIQUE (source, target, plover)
    );
    CREATE INDEX relation_edges_by_target ON relation_edges(target);

    CREATE TABLE relation_evidence (
      edge INTEGER NOT NULL,
      event INTEGER NOT NULL,
      PRIMARY KEY (edge, event)
    ) WITHOUT ROWID;

    CREATE TABLE relation_cameos (
      edge INTEGER NOT NULL,
      cameo TEXT NOT NULL,
      count INTEGER NOT NULL,
      PRIMARY KEY (edge, cameo)
    ) WITHOUT ROWID;

    CREATE TABLE actor_counts (
      actor TEXT PRIMARY KEY NOT NULL,
      mentions INTEGER NOT NULL DEFAULT 0,
      documents INTEGER NOT NULL DEFAULT 0,
      events INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;

    -- actor_events: one row per (actor, event) where the actor is an argument of the event or
    -- the source it is attributed to, keyed in timeline order (undated and unpublished flags
    -- first, '' for a missing date), so that an actor's chronology is one ordered index range.
    CREATE TABLE actor_events (
      actor TEXT NOT NULL,
      undated INTEGER NOT NULL,
      date_start TEXT NOT NULL,
      date_end TEXT NOT NULL,
      unpublished INTEGER NOT NULL,
      published TEXT NOT NULL,
      document INTEGER NOT NULL,
      sentence INTEGER NOT NULL,
      char_start INTEGER NOT NULL,
      event INTEGER NOT NULL,
      PRIMARY KEY (actor, undated, date_start, date_end, unpublished, published, document, sentence, char_start, event)
    ) WITHOUT ROWID;

    CREATE TABLE store_stats (
      name TEXT PRIMARY KEY NOT NULL,
      value INTEGER NOT NULL
    ) WITHOUT ROWID;

    -- Fill the summaries from the rows of a version 1 database (no-ops on an empty one).
    INSERT INTO relation_edges (source, target, plover)
    SELECT DISTINCT s.actor, t.actor, e.plover
    FROM event_arguments AS s JOIN events AS e ON e.id = s.event
    JOIN event_arguments AS t ON t.event = s.event AND t.role = 'target' AND t.actor <> s.actor
    WHERE s.role = 'source' AND e.plover IS NOT NULL;

    INSERT INTO relation_evidence (edge, event)
    SELECT DISTINCT r.id, e.id
    FROM event_arguments AS s JOIN events AS e ON e.id = s.event
    JOIN event_arguments AS t ON t.event = s.event AND t.role = 'target' AND t.actor <> s.actor
    JOIN relation_edges AS r ON r.source = s.actor AND r.target = t.actor AND r.plover = e.plover
    WHERE s.role = 'source' AND e.plover IS NOT NULL;

    INSERT INTO relation_cameos (edge, cameo, count)
    SELECT v.edge, e.cameo, count(*) FROM relation_evidence AS v JOIN events AS e ON e.id = v.event
    WHERE e.cameo IS NOT NULL GROUP BY v.edge, e.cameo;

    UPDATE relation_edges SET count = (SELECT count(*) FROM relation_evidence AS v WHERE v.edge = relation_edges.id);

    UPDATE relation_edges SET (first_date, first_start, first_end, first_event) = (
      SELECT e.date, e.date_start, coalesce(e.date_end, e.date_start), e.id
      FROM relation_evidence AS v JOIN events AS e ON e.id = v.event
      WHERE v.edge = relation_edges.id AND e.date IS NOT NULL AND e.date_start IS NOT NULL
      ORDER BY e.date_start, coalesce(e.date_end, e.date_start), e.id LIMIT 1);

    UPDATE relation_edges SET (last_date, last_start, last_end, last_event) = (
      SELECT e.date, e.date_start, coalesce(e.date_end, e.date_start), e.id
      FROM relation_evidence AS v JOIN events AS e ON e.id = v.event
      WHERE v.edge = relation_edges.id AND e.date IS NOT NULL AND e.date_start IS NOT NULL
      ORDER BY e.date_start DESC, coalesce(e.date_end, e.date_start) DESC, e.id DESC LIMIT 1);

    INSERT INTO actor_counts (actor, mentions, documents, events)
    SELECT a.id,
      (SELECT count(*) FROM actor_mentions AS m WHERE m.actor = a.id),
      (SELECT count(DISTINCT m.document) FROM actor_mentions AS m WHERE m.actor = a.id),
      (SELECT count(*) FROM (
         SELECT g.event FROM event_arguments AS g WHERE g.actor = a.id
         UNION SELECT x.id FROM events AS x WHERE x.attributed_actor = a.id))
    FROM actors AS a;

    INSERT OR IGNORE INTO actor_events (actor, undated, date_start, date_end, unpublished, published, document,
      sentence, char_start, event)
    SELECT x.actor, e.date_start IS NULL, coalesce(e.date_start, ''), coalesce(e.date_end, ''), d.published IS NULL,
      coalesce(d.published, ''), e.document, e.sentence, e.char_start, e.id
    FROM (SELECT actor, event FROM event_arguments
          UNION SELECT attributed_actor, id FROM events WHERE attributed_actor IS NOT NULL) AS x
    JOIN events AS e ON e.id = x.event JOIN documents AS d ON d.key = e.document;

    INSERT INTO store_stats (name, value)
    SELECT 'max_span_days', coalesce(max(julianday(date_end) - julianday(date_start)), 0)
    FROM events WHERE date_start IS NOT NULL;
    """#,
    #"""
    -- Schema version 3: user corrections of the actor graph (`chronicle actors merge|rename`).
    -- actor_corrections: one row per correction, applied in id order to the stored rows when it
    -- is made and to every document ingested afterwards. kind 'merge': actor from_actor is
    -- merged into to_actor (its mentions, arguments, aliases and edges become to_actor's);
    -- to_name, to_type, code and country copy the target as it was, for documents ingested
    -- when the target is no longer stored. kind 'rename': actor from_actor (= to_actor) is
    -- called to_name and, when code is not NULL, gets that CAMEO code. from_name is the
    -- actor's name when the correction was made (for listings).

    CREATE TABLE actor_corrections (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('merge', 'rename')),
      from_actor TEXT NOT NULL,
      from_name TEXT NOT NULL,
      to_actor TEXT NOT NULL,
      to_name TEXT NOT NULL,
      to_type TEXT,
      code TEXT,
      country TEXT,
      created_at TEXT NOT NULL
    );
    """#,
    eventClusters,
    spanClasses,
    spanClassColumn,
    leanerEventIndexes,
    compactActorEvents,
    noDateIndex,
    clusterDays,
    eventDays,
    recentActorEvents,
    clusterMemberIntervals,
  ]

  /// A cluster's members with their intervals (schema version 13): `event_clusters_by_cluster`
  /// keyed by `(cluster, day_start, day_end)` instead of `cluster` alone. Before a new mention
  /// joins a cluster the ingest checks that every member's interval overlaps its own; the
  /// index now answers that alone, where it read each member's row (one page each, anywhere
  /// in a large table) before. Only members of clusters of two or more mentions are in it.
  static let clusterMemberIntervals = """
    -- A cluster's members with their intervals, read from the index alone.
    DROP INDEX IF EXISTS event_clusters_by_cluster;
    CREATE INDEX event_clusters_by_cluster ON event_clusters(cluster, day_start, day_end) WHERE cluster <> event;
    """

  /// Recent actor timeline rows (schema version 12): `actor_events_recent`, the same columns
  /// and key as `actor_events`. Once a database outgrows its page cache, an ingest writes its
  /// `actor_events` rows here, into a small table whose pages stay in the cache, and the store
  /// merges them into `actor_events` in key order when they are many: each page of the large
  /// table is then written once per merge instead of once per batch that lands a row on it.
  /// Queries read both tables (see ``SQLiteEventStore/RecentActorEvents``).
  static let recentActorEvents = """
    -- Recent rows of actor_events (same key), merged into it in key order when they are many.
    -- (IF NOT EXISTS: tests turn a current database back into an older version, tables kept.)

    """ + timelineTable("CREATE TABLE IF NOT EXISTS actor_events_recent")

  /// Event intervals as day numbers too (schema version 11): `events.day_start` and `day_end`
  /// (days since 1970-01-01, written by the ingest beside the ISO `date_start` and
  /// `date_end`, which the outputs show), and `events_by_span_class` keyed by them. Dated
  /// timelines read that index, one range per class; its entries go where the dates fall,
  /// all over it, and were a third larger with ISO dates. ``SQLiteEventStore`` runs this
  /// step through ``SQLiteEventStore/addEventDays()``, which fills the columns (dates
  /// SQLite cannot read in Swift) and may run again on a database that has them.
  static let eventDays = """
    -- Event intervals as day numbers, and the span-class index on them.
    ALTER TABLE events ADD COLUMN day_start INTEGER;
    ALTER TABLE events ADD COLUMN day_end INTEGER;

    """ + eventDaysFill

  /// ``eventDays`` after its `ALTER TABLE`s.
  static let eventDaysFill = """
    UPDATE events SET day_start = \(day("date_start")),
      day_end = \(day("date_end"))
    WHERE date_start IS NOT NULL AND day_start IS NULL;
    DROP INDEX IF EXISTS events_by_span_class;
    CREATE INDEX events_by_span_class ON events(span_class, day_start, day_end) WHERE day_start IS NOT NULL;
    """

  /// Cluster intervals as day numbers (schema version 10): `event_clusters.day_start` and
  /// `day_end` (days since 1970-01-01) replace its ISO `date_start` and `date_end`, and the
  /// signature index is keyed by the day: a new event's candidates are found by signature,
  /// a hash, so its entries go all over the index, whose size is what an ingest into a large
  /// store pays for. ``SQLiteEventStore`` runs this step through
  /// ``SQLiteEventStore/convertClusterDays()``, which also runs right after ``eventClusters``
  /// (whose backfill writes day numbers), so that the step does nothing on a table it
  /// finds converted.
  static let clusterDays = """
    -- Cluster intervals as day numbers (rows with dates SQLite cannot read are copied by the store).
    ALTER TABLE event_clusters RENAME TO event_clusters_v9;
    \(clusterTable)
    INSERT INTO event_clusters (event, cluster, signature, day_start, day_end)
    SELECT event, cluster, signature, \(day("date_start")),
      \(day("date_end"))
    FROM event_clusters_v9
    WHERE date_start IS NULL OR (julianday(date_start) IS NOT NULL AND julianday(date_end) IS NOT NULL);
    """

  /// `event_clusters` as schema version 10 has it (also in `Schemas/chronicle.sql`).
  static let clusterTable = """
    CREATE TABLE event_clusters (
      event INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
      cluster INTEGER NOT NULL,
      signature INTEGER,
      day_start INTEGER,
      day_end INTEGER
    );
    """

  /// The indexes of ``clusterTable``, made once the old table (and its indexes of the same
  /// names) is gone.
  static let clusterIndexes = """
    CREATE INDEX event_clusters_by_cluster ON event_clusters(cluster) WHERE cluster <> event;
    CREATE INDEX event_clusters_by_signature ON event_clusters(signature, day_start) WHERE signature IS NOT NULL;
    """

  /// Dated timelines are read per span class (`events_by_span_class`, one ordered range
  /// per class, merged), so `events_by_date` no longer serves any query: one index entry
  /// fewer per dated event for the ingest to write, at a place its date decides (all over
  /// the index, in a large store).
  static let noDateIndex = """
    -- No date index: dated timelines are read per span class (events_by_span_class).
    DROP INDEX IF EXISTS events_by_date;
    """

  /// Actor timelines in under half the bytes (schema version 8): every actor gets a number
  /// (`actors.number`, unique, kept while the actor is stored), and `actor_events` is keyed
  /// by that number and by day numbers (days since 1970-01-01) instead of the actor's id
  /// and ISO dates, in the same order. Its rows go where their dates fall, all over the
  /// table, so an ingest into a large store dirties most of its pages: the writer's cost
  /// there grows with the table's size (at a million events, about a third of the writer's
  /// time went to this table). ``SQLiteEventStore`` runs this step in parts, so that it
  /// may run again on a database that has the column or the new table (a step merged in
  /// before it renumbers it).
  static let compactActorEvents = """
    -- Compact actor timelines: actors.number, and actor_events keyed by it and by day numbers.
    ALTER TABLE actors ADD COLUMN number INTEGER;

    """ + compactActorEventsFill

  /// Numbers the actors that have none (after the largest number given) and indexes the
  /// numbers: the first part of ``compactActorEventsFill``, and all of it that a database
  /// whose `actor_events` is already keyed by number still needs.
  static let actorNumbers = """
    UPDATE actors SET number = (SELECT coalesce(max(number), 0) FROM actors) + rowid WHERE number IS NULL;
    CREATE UNIQUE INDEX IF NOT EXISTS actors_by_number ON actors(number);

    """

  /// ``compactActorEvents`` after its `ALTER TABLE`: numbers the actors, and copies the
  /// rows of `actor_events` whose dates SQLite reads (four-digit years) into the new table;
  /// the old table stays as `actor_events_v7` for ``SQLiteEventStore`` to copy the others
  /// (years before 0 or after 9999, whose day numbers it computes itself) and drop.
  static let compactActorEventsFill = actorNumbers + """
    ALTER TABLE actor_events RENAME TO actor_events_v7;
    \(actorEventsTable)
    INSERT OR IGNORE INTO actor_events (actor, undated, day_start, day_end, unpublished, published_day, document,
      sentence, char_start, event)
    SELECT a.number, x.undated,
      CASE WHEN x.undated THEN 0 ELSE \(day("x.date_start")) END,
      CASE WHEN x.undated THEN 0 ELSE \(day("x.date_end")) END,
      x.unpublished, CASE WHEN x.unpublished THEN 0 ELSE \(day("x.published")) END,
      x.document, x.sentence, x.char_start, x.event
    FROM actor_events_v7 AS x JOIN actors AS a ON a.id = x.actor
    WHERE (x.undated OR (julianday(x.date_start) IS NOT NULL AND julianday(x.date_end) IS NOT NULL))
      AND (x.unpublished OR julianday(x.published) IS NOT NULL);
    """

  /// SQL for the day number (days since 1970-01-01) of the ISO day in `column`: NULL when
  /// SQLite cannot read it (a year before 0 or after 9999; ``SQLiteEventStore/dayNumber(iso:)``
  /// reads those).
  static func day(_ column: String) -> String { "CAST(julianday(\(column)) - 2440587.5 AS INTEGER)" }

  /// `actor_events` as schema version 8 has it (also in `Schemas/chronicle.sql`).
  static let actorEventsTable = timelineTable("CREATE TABLE actor_events")

  /// An actor timeline table, `create` (`CREATE TABLE` and its name) followed by the columns
  /// and key of `actor_events` (schema version 8), which `actor_events_recent` shares.
  static func timelineTable(_ create: String) -> String {
    """
    \(create) (
      actor INTEGER NOT NULL,
      undated INTEGER NOT NULL,
      day_start INTEGER NOT NULL,
      day_end INTEGER NOT NULL,
      unpublished INTEGER NOT NULL,
      published_day INTEGER NOT NULL,
      document INTEGER NOT NULL,
      sentence INTEGER NOT NULL,
      char_start INTEGER NOT NULL,
      event INTEGER NOT NULL,
      PRIMARY KEY (actor, undated, day_start, day_end, unpublished, published_day, document, sentence, char_start,
        event)
    ) WITHOUT ROWID;
    """
  }

  /// Fewer index entries per stored event, for the single writer of an ingest: most events
  /// of news text are undated (four in five of TimeBank/AQUAINT's), and every one of them was
  /// an entry of `events_by_date` that no query reads (a timeline that shows undated events
  /// sorts them after the dated ones, which that index cannot give); and an actor's events
  /// are found through `actor_events`, which holds every event an actor is an argument of, so
  /// `event_arguments_by_actor` and `events_by_attributed_actor` duplicated it. Together they
  /// were about a tenth of the writer's instructions on real news.
  static let leanerEventIndexes = """
    -- Leaner event indexes: events_by_date holds dated events only; an actor's events are
    -- found through actor_events (event_arguments_by_actor and events_by_attributed_actor are
    -- dropped).
    DROP INDEX IF EXISTS events_by_date;
    CREATE INDEX events_by_date ON events(date_start, date_end) WHERE date_start IS NOT NULL;
    DROP INDEX IF EXISTS event_arguments_by_actor;
    DROP INDEX IF EXISTS events_by_attributed_actor;
    """

  /// The span class stored with each dated event (`events.span_class`, written by the
  /// ingest, filled here from the dates for the events already stored) and indexed instead of
  /// the expression ``spanClasses`` indexed: an index on an expression that calls a function
  /// (`julianday`) made SQLite keep a statement journal for every multi-row insert of events,
  /// and computed the class again for every row. Like ``eventClusters`` it may run again on a
  /// database that has the column (a step merged in before it renumbers it):
  /// ``SQLiteEventStore`` then runs only ``spanClassFill``.
  static let spanClassColumn = """
    -- Span classes stored: events.span_class holds the class of a dated event's interval (the
    -- expression is SpanClass.sql; NULL for an undated event), and the index is on the column.
    ALTER TABLE events ADD COLUMN span_class INTEGER;

    """ + spanClassFill

  /// ``spanClassColumn`` after its `ALTER TABLE`: fills the column, replaces the index.
  static let spanClassFill = """
    UPDATE events SET span_class = \(SpanClass.sql) WHERE date_start IS NOT NULL;
    DROP INDEX IF EXISTS events_by_span_class;
    CREATE INDEX events_by_span_class ON events(span_class, date_start, date_end) WHERE date_start IS NOT NULL;
    """

  /// The span classes of dated events (see ``SpanClass``): an index on the class of an
  /// event's interval length, so that a date-range query finds the long events that began
  /// before its window and reach into it without scanning every event since the longest
  /// one could have begun (a "20th century" mention made that a scan of everything).
  static let spanClasses = """
    -- Span classes: dated events indexed by the length class of their interval (0: at most a
    -- day, 1: a week, 2: a month, 3: a quarter, 4: a year, 5: a decade, 6: longer; the
    -- expression is SpanClass.sql), so that a date-range query reads, per class, only the
    -- events that began at most that class's length before the window.
    CREATE INDEX IF NOT EXISTS events_by_span_class ON events(\(SpanClass.sql), date_start, date_end)
      WHERE date_start IS NOT NULL;
    """

  /// The cross-document event clusters step. It names no version number and creates its
  /// objects with `IF NOT EXISTS`, so it can move to another position in ``steps`` when
  /// other steps are merged in before it; ``SQLiteEventStore`` fills the table for the
  /// events already stored right after running it (found by identity, not by position).
  static let eventClusters = #"""
    -- Event clusters: mentions of the same event in several documents (or several times in one).
    -- One row per event that has a cross-document signature or belongs to a cluster of more
    -- than one mention; an event without a row is a cluster of its own. cluster is the id of
    -- the cluster's first member (its own id for that member). signature is a 64-bit FNV-1a
    -- hash of the event's predicate (PLOVER type, or the lemma for statements and
    -- uncategorized events), its source and target actor ids and its factuality mode; only
    -- events dated to a day, week or month get one, with their interval in date_start and
    -- date_end, so that an ingest finds the candidates of a new event in one index range.
    CREATE TABLE IF NOT EXISTS event_clusters (
      event INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
      cluster INTEGER NOT NULL,
      signature INTEGER,
      date_start TEXT,
      date_end TEXT
    );
    CREATE INDEX IF NOT EXISTS event_clusters_by_cluster ON event_clusters(cluster) WHERE cluster <> event;
    CREATE INDEX IF NOT EXISTS event_clusters_by_signature ON event_clusters(signature, date_start)
      WHERE signature IS NOT NULL;
    """#
}
