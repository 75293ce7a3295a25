import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Thrown when a file cannot be used as an archive; its message is fit for a person. */
export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}

/**
 * Ordered migrations: migration i brings the schema from version i to i+1 (PRAGMA user_version).
 * Never edit a released migration; add a new one at the end.
 */
export const migrations: string[] = [
  `
  CREATE TABLE papers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
  );
  CREATE TABLE issues (
    id INTEGER PRIMARY KEY,
    paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    UNIQUE (paper_id, date)
  );
  CREATE TABLE pages (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    source TEXT,
    format TEXT,
    width REAL,
    height REAL,
    ingested_at TEXT NOT NULL,
    UNIQUE (issue_id, number)
  );
  -- One row per article as printed on a page, in reading order (ord).
  -- jump_to_id / jump_from_id link the parts of a story across pages; root_id is the head part.
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    kicker TEXT,
    title TEXT NOT NULL,
    subtitle TEXT,
    byline_text TEXT,
    byline TEXT,
    paragraphs TEXT NOT NULL,
    subheadings TEXT NOT NULL DEFAULT '[]',
    continued_to INTEGER,
    continued_to_marker TEXT,
    continued_from INTEGER,
    continued_from_marker TEXT,
    jump_to_id INTEGER,
    jump_from_id INTEGER,
    root_id INTEGER,
    position TEXT,
    data TEXT,
    UNIQUE (page_id, ord)
  );
  CREATE INDEX articles_root ON articles(root_id);
  CREATE TABLE photos (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    caption TEXT,
    credit TEXT,
    photographers TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article_id, ord)
  );
  -- Byline names: role is reporter, correspondent or photographer.
  CREATE TABLE article_reporters (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL
  );
  CREATE INDEX article_reporters_name ON article_reporters(name);
  CREATE INDEX article_reporters_article ON article_reporters(article_id);
  CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
  );
  CREATE INDEX people_name ON people(name);
  -- A person named in an article, with the titles the page gives them (JSON array).
  CREATE TABLE article_people (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    titles TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article_id, person_id)
  );
  CREATE INDEX article_people_person ON article_people(person_id);
  CREATE TABLE organisations (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL
  );
  CREATE INDEX organisations_name ON organisations(name);
  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    date TEXT,
    time_of_day TEXT,
    name TEXT,
    place TEXT
  );
  CREATE INDEX events_article ON events(article_id);
  CREATE INDEX events_type_date ON events(type, date);
  CREATE TABLE event_roles (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    person_id INTEGER REFERENCES people(id)
  );
  CREATE INDEX event_roles_event ON event_roles(event_id);
  CREATE INDEX event_roles_person ON event_roles(person_id);
  -- The scanned page (PDF or image input): a PNG blob or a file path.
  CREATE TABLE page_images (
    page_id INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,
    mime TEXT NOT NULL DEFAULT 'image/png',
    data BLOB,
    path TEXT,
    width REAL NOT NULL,
    height REAL NOT NULL
  );
  -- Areas of the page an article covers, in the page's units (see pages.width/height).
  CREATE TABLE article_regions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    x REAL NOT NULL, y REAL NOT NULL, w REAL NOT NULL, h REAL NOT NULL,
    PRIMARY KEY (article_id, ord)
  );
  -- Search index, one row per story (rowid = head article id). Columns hold tokens made by
  -- store/tokens.ts: bigrams of each run, and in tail the last unit of every run. The tokens
  -- come lower-cased and space-separated, so the ascii tokenizer (split at ASCII spaces, every
  -- other character part of a token) takes them as they are, faster than unicode61.
  CREATE VIRTUAL TABLE story_fts USING fts5(
    title, byline, body, tail,
    content='', contentless_delete=1,
    tokenize="ascii tokenchars '_'"
  );
  CREATE TABLE archive_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  INSERT INTO archive_meta VALUES ('application', 'baoku');
  `,
  // 2: ingest speed. The articles that can take part in a jump (a marker, or a link that may
  // be stale after a page was replaced) are few: relinking reads them through this index
  // instead of every article of the issue. FTS5 merges only when a level holds 16 segments
  // (no incremental automerge at each page's commit, which cost about as much as the rest of
  // the index writes).
  `
  CREATE INDEX articles_jump_parts ON articles(page_id)
    WHERE continued_to IS NOT NULL OR continued_from IS NOT NULL
      OR jump_to_id IS NOT NULL OR jump_from_id IS NOT NULL;
  INSERT INTO story_fts (story_fts, rank) VALUES ('automerge', 0);
  INSERT INTO story_fts (story_fts, rank) VALUES ('crisismerge', 16);
  `,
  // 3: ingest speed. Each page's commit writes one index segment of a few thousand terms; level
  // 0 now merges when it holds 64 of them, not 16, so a term is rewritten once for every 64
  // pages instead of twice over 256 (merging was ~1/4 of ingest). A query reads at most 63
  // segments a level: a few more term lookups, measured in bench/archive.ts.
  `
  INSERT INTO story_fts (story_fts, rank) VALUES ('crisismerge', 64);
  `,
  // 4: person resolution at a cost that does not grow with the archive. Resolving a mention
  // read every earlier mention of the name (thousands for a 区委书记 over the years); it now
  // reads each person's mention count and distinct titles, which triggers keep exact through
  // every write of article_people, replaced pages' cascades included.
  `
  ALTER TABLE people ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
  -- The distinct titles (as printed) of a person's mentions; mentions = how many carry it.
  CREATE TABLE person_titles (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (person_id, title)
  ) WITHOUT ROWID;
  UPDATE people SET mentions = (SELECT count(*) FROM article_people WHERE person_id = people.id);
  INSERT INTO person_titles (person_id, title, mentions)
    SELECT ap.person_id, t.value, count(DISTINCT ap.article_id) FROM article_people ap, json_each(ap.titles) t
      GROUP BY ap.person_id, t.value;
  CREATE TRIGGER article_people_counted AFTER INSERT ON article_people BEGIN
    UPDATE people SET mentions = mentions + 1 WHERE id = NEW.person_id;
    INSERT INTO person_titles (person_id, title, mentions)
      SELECT DISTINCT NEW.person_id, value, 1 FROM json_each(NEW.titles) WHERE true
      ON CONFLICT (person_id, title) DO UPDATE SET mentions = mentions + 1;
  END;
  CREATE TRIGGER article_people_uncounted AFTER DELETE ON article_people BEGIN
    UPDATE people SET mentions = mentions - 1 WHERE id = OLD.person_id;
    UPDATE person_titles SET mentions = mentions - 1
      WHERE person_id = OLD.person_id AND title IN (SELECT value FROM json_each(OLD.titles));
    DELETE FROM person_titles WHERE person_id = OLD.person_id AND mentions <= 0;
  END;
  CREATE TRIGGER article_people_recounted AFTER UPDATE OF person_id, titles ON article_people BEGIN
    UPDATE people SET mentions = mentions - 1 WHERE id = OLD.person_id;
    UPDATE person_titles SET mentions = mentions - 1
      WHERE person_id = OLD.person_id AND title IN (SELECT value FROM json_each(OLD.titles));
    DELETE FROM person_titles WHERE person_id = OLD.person_id AND mentions <= 0;
    UPDATE people SET mentions = mentions + 1 WHERE id = NEW.person_id;
    INSERT INTO person_titles (person_id, title, mentions)
      SELECT DISTINCT NEW.person_id, value, 1 FROM json_each(NEW.titles) WHERE true
      ON CONFLICT (person_id, title) DO UPDATE SET mentions = mentions + 1;
  END;
  `,
];

export const schemaVersion = migrations.length;

export interface OpenOptions {
  readonly?: boolean;
  /** Create the file when missing (write mode only). Default true. */
  create?: boolean;
}

/**
 * Opens an archive: checks that the file is SQLite and a Baoku archive, applies pending
 * migrations in write mode, and refuses a newer schema. Throws ArchiveError with a clear message.
 */
export function openArchive(file: string, options: OpenOptions = {}): Db {
  const readonly = options.readonly ?? false;
  const exists = existsSync(file);
  if (!exists && (readonly || options.create === false))
    throw new ArchiveError(`no archive at ${file} (create one with baoku ingest)`);
  let db: Db;
  try {
    db = new Database(file, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw new ArchiveError(`cannot open ${file}: ${(error as Error).message}`);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // 8 MB holds what a page's commit and a level-0 merge touch (64 one-page segments). A
      // bigger cache costs more than it saves: SQLite scans its page hash at every commit.
      db.pragma('cache_size = -8192');
      // Each page's commit rewrites FTS pages that the next pages rewrite again: checkpoint
      // the WAL every ~40 MB rather than every 4 MB (ingest ~10% faster).
      db.pragma('wal_autocheckpoint = 10000');
    }
    db.pragma('foreign_keys = ON');
    if (version === 0) {
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
        n: number;
      };
      if (tables.n > 0) throw new ArchiveError(`${file} is an SQLite database but not a Baoku archive`);
      if (readonly) throw new ArchiveError(`${file} is an empty database, not a Baoku archive`);
    } else {
      const hasMeta = db
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'archive_meta'")
        .pluck()
        .get();
      const app = hasMeta
        ? db.prepare("SELECT value FROM archive_meta WHERE key = 'application'").pluck().get()
        : undefined;
      if (app !== 'baoku') throw new ArchiveError(`${file} is an SQLite database but not a Baoku archive`);
    }
    if (version > schemaVersion)
      throw new ArchiveError(
        `${file} has archive schema ${version}, newer than this baoku (${schemaVersion}): upgrade baoku`,
      );
    if (version < schemaVersion) {
      if (readonly)
        throw new ArchiveError(
          `${file} has an old archive schema (${version}): run baoku ingest on it to upgrade`,
        );
      migrate(db, version);
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ArchiveError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      throw new ArchiveError(`${file} is not an SQLite database (or it is corrupt)`);
    throw new ArchiveError(`cannot use ${file}: ${(error as Error).message}`);
  }
}

function migrate(db: Db, from: number): void {
  db.transaction(() => {
    for (let v = from; v < migrations.length; v++) db.exec(migrations[v]);
    db.pragma(`user_version = ${migrations.length}`);
  })();
}

const statements = new WeakMap<Db, Map<string, Database.Statement<unknown[]>>>();

/** A prepared statement, prepared once per connection (ingest runs the same few hundred times). */
export function prepared(db: Db, sql: string): Database.Statement<unknown[]> {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare<unknown[]>(sql);
    cache.set(sql, statement);
  }
  return statement;
}
