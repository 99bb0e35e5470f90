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
  resolved INTEGER NOT NULL DEFAULT 1,
  number INTEGER
);
-- actors.number (schema version 8): a compact number per actor, unique, kept while the
-- actor is stored, by which actor_events names it.
CREATE UNIQUE INDEX actors_by_number ON actors(number);
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
  rules TEXT NOT NULL DEFAULT '',
  span_class INTEGER,
  day_start INTEGER,
  day_end INTEGER
);
-- day_start and day_end (schema version 11): the interval of date_start and date_end as day
-- numbers (days since 1970-01-01), for the index that dated timelines read.
-- Dated events are found and ordered through events_by_span_class (below), one range per
-- span class, merged: schema version 9 dropped events_by_date, which served them in one range.
CREATE INDEX events_by_document ON events(document, sentence, char_start);
CREATE INDEX events_by_time_expression ON events(time_expression) WHERE time_expression IS NOT NULL;
CREATE INDEX events_by_attribution ON events(attributed_to) WHERE attributed_to IS NOT NULL;
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
-- An actor's events are found through actor_events (below); schema version 7 dropped the
-- indexes event_arguments(actor, event) and events(attributed_actor), which duplicated it.

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
-- first), so that an actor's chronology is one ordered index range. Schema version 8 keys
-- it by the actor's number (actors.number) and by day numbers (days since 1970-01-01; 0 for
-- a missing date) instead of the actor's id and ISO dates: the same order in under half the
-- bytes, for a table whose rows go all over it as their dates fall.
CREATE TABLE actor_events (
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

-- actor_events_recent: rows of actor_events written by recent ingests into a database larger
-- than its page cache (schema version 12), same columns and key. They land in this small
-- table, whose pages stay cached, and are merged into actor_events in key order when they
-- are many, so that each page of the large table is written once per merge rather than once
-- per ingest batch that puts a row on it. Actor queries read both tables.
CREATE TABLE actor_events_recent (
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

INSERT OR IGNORE INTO actor_events (actor, undated, day_start, day_end, unpublished, published_day, document,
  sentence, char_start, event)
SELECT a.number, e.date_start IS NULL, coalesce(CAST(julianday(e.date_start) - 2440587.5 AS INTEGER), 0),
  coalesce(CAST(julianday(e.date_end) - 2440587.5 AS INTEGER), 0), d.published IS NULL,
  coalesce(CAST(julianday(d.published) - 2440587.5 AS INTEGER), 0), e.document, e.sentence, e.char_start, e.id
FROM (SELECT actor, event FROM event_arguments
      UNION SELECT attributed_actor, id FROM events WHERE attributed_actor IS NOT NULL) AS x
JOIN actors AS a ON a.id = x.actor JOIN events AS e ON e.id = x.event JOIN documents AS d ON d.key = e.document;

INSERT INTO store_stats (name, value)
SELECT 'max_span_days', coalesce(max(julianday(date_end) - julianday(date_start)), 0)
FROM events WHERE date_start IS NOT NULL;

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

-- Event clusters: mentions of the same event in several documents (or several times in one).
-- One row per event that has a cross-document signature or belongs to a cluster of more
-- than one mention; an event without a row is a cluster of its own. cluster is the id of
-- the cluster's first member (its own id for that member). signature is a 64-bit FNV-1a
-- hash of the event's predicate (PLOVER type, or the lemma for statements and
-- uncategorized events), its source and target actor ids and its factuality mode; only
-- events dated to a day, week or month get one, with their interval in day_start and
-- day_end (day numbers, days since 1970-01-01; ISO dates until schema version 10), so that
-- an ingest finds the candidates of a new event in one index range.
CREATE TABLE event_clusters (
  event INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  cluster INTEGER NOT NULL,
  signature INTEGER,
  day_start INTEGER,
  day_end INTEGER
);
-- event_clusters_by_cluster holds the members' intervals (schema version 13), so that the
-- check of a cluster's members before a new mention joins it reads the index alone.
CREATE INDEX event_clusters_by_cluster ON event_clusters(cluster, day_start, day_end) WHERE cluster <> event;
CREATE INDEX event_clusters_by_signature ON event_clusters(signature, day_start) WHERE signature IS NOT NULL;

-- Span classes: dated events indexed by the length class of their interval (0: at most a
-- day, 1: a week, 2: a month, 3: a quarter, 4: a year, 5: a decade, 6: longer), so that a
-- date-range query reads, per class, only the events that began at most that class's length
-- before the window. events.span_class holds the class (NULL for an undated event), written
-- by the ingest; it equals the expression SpanClass.sql, which an earlier version indexed.
CREATE INDEX events_by_span_class ON events(span_class, day_start, day_end) WHERE day_start IS NOT NULL;
