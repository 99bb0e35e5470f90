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
    """#
  ]
}
