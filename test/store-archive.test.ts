import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { Page } from '../src/model.js';
import { ArchiveError, ingestPage, openArchive, schemaVersion, search } from '../src/store/index.js';
import { titleFit } from '../src/store/people.js';
import { frontPage, key, nextDayPage, thirdPage } from './archive-pages.js';
import { undoPersonCounts } from './old-schema.js';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'baoku-store-')), 'archive.sqlite');
const count = (db: Database.Database, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

test('a new archive gets every migration once, in WAL mode, and reopens without migrating again', () => {
  const file = tempDb();
  const db = openArchive(file);
  assert.equal(db.pragma('user_version', { simple: true }), schemaVersion);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  ingestPage(db, frontPage, key('2025-03-14', 1));
  db.close();
  const again = openArchive(file);
  assert.equal(count(again, 'articles'), 2);
  again.close();
});

test('an archive of schema 2 opens read-only with a clear message and upgrades on write, its stories still found', () => {
  const file = tempDb();
  const db = openArchive(file);
  ingestPage(db, frontPage, key('2025-03-14', 1));
  const found = search(db, '苏禾').total;
  // Back to what migration 2 left: merges at 16 segments, no person counts, user_version 2.
  undoPersonCounts(db);
  db.exec("INSERT INTO story_fts (story_fts, rank) VALUES ('crisismerge', 16)");
  db.pragma('user_version = 2');
  db.close();
  assert.throws(
    () => openArchive(file, { readonly: true }),
    (e: unknown) => e instanceof ArchiveError && /old archive schema \(2\): run baoku ingest/.test(e.message),
  );
  const upgraded = openArchive(file);
  assert.equal(upgraded.pragma('user_version', { simple: true }), schemaVersion);
  assert.equal(upgraded.prepare("SELECT v FROM story_fts_config WHERE k = 'crisismerge'").pluck().get(), 64);
  assert.equal(search(upgraded, '苏禾').total, found);
  ingestPage(upgraded, thirdPage, key('2025-03-14', 3));
  assert.equal(count(upgraded, 'pages'), 2);
  upgraded.close();
});

test('refuses files that are not Baoku archives, and leaves them untouched', () => {
  const garbage = tempDb();
  writeFileSync(garbage, 'not a database at all, just some words\n');
  assert.throws(
    () => openArchive(garbage),
    (e: unknown) => e instanceof ArchiveError && /not an SQLite database/.test(e.message),
  );
  assert.equal(readFileSync(garbage, 'utf8'), 'not a database at all, just some words\n');

  const foreign = tempDb();
  const other = new Database(foreign);
  other.exec(
    'CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)',
  );
  other.close();
  assert.throws(
    () => openArchive(foreign),
    (e: unknown) => e instanceof ArchiveError && /not a Baoku archive/.test(e.message),
  );
  const check = new Database(foreign, { readonly: true });
  assert.equal(check.prepare('SELECT total FROM invoices').pluck().get(), 9.5);
  check.close();

  assert.throws(
    () => openArchive(join(tmpdir(), 'baoku-no-such-dir', 'x.sqlite'), { readonly: true }),
    /no archive at/,
  );

  const newer = tempDb();
  openArchive(newer).close();
  const bump = new Database(newer);
  bump.pragma(`user_version = ${schemaVersion + 1}`);
  bump.close();
  assert.throws(() => openArchive(newer), /newer than this baoku/);
});

test('ingesting the same page again replaces it and never duplicates', () => {
  const db = openArchive(tempDb());
  const first = ingestPage(db, frontPage, key('2025-03-14', 1));
  const second = ingestPage(db, frontPage, key('2025-03-14', 1));
  assert.equal(first.replaced, false);
  assert.equal(second.replaced, true);
  assert.equal(count(db, 'pages'), 1);
  assert.equal(count(db, 'articles'), 2);
  assert.equal(count(db, 'photos'), 1);
  assert.equal(count(db, 'events'), 1);
  assert.equal(count(db, 'people'), 3);
  assert.equal(search(db, '苏禾').total, 1);
  db.close();
});

test('links a jump across pages ingested in either order; the story is found once, under its head', () => {
  for (const order of [
    [frontPage, thirdPage],
    [thirdPage, frontPage],
  ]) {
    const db = openArchive(tempDb());
    for (const page of order) ingestPage(db, page, key('2025-03-14', page === frontPage ? 1 : 3));
    const head = db
      .prepare(
        "SELECT id, jump_to_id FROM articles WHERE title = '青溪新区数字产业园开园' AND continued_to = 3",
      )
      .get() as {
      id: number;
      jump_to_id: number;
    };
    const tail = db
      .prepare('SELECT id, jump_from_id, root_id FROM articles WHERE continued_from = 1')
      .get() as {
      id: number;
      jump_from_id: number;
      root_id: number;
    };
    assert.equal(head.jump_to_id, tail.id);
    assert.equal(tail.jump_from_id, head.id);
    assert.equal(tail.root_id, head.id);
    // Continuation text is searchable through the head; the repeated title does not make two hits.
    const found = search(db, '量子传感');
    assert.deepEqual(
      found.results.map((r) => [r.articleId, r.page]),
      [[head.id, 1]],
    );
    assert.equal(search(db, '青溪新区数字产业园').total, 1);
    db.close();
  }
});

test('re-ingesting one side of a jump keeps the link and the index consistent', () => {
  const db = openArchive(tempDb());
  ingestPage(db, frontPage, key('2025-03-14', 1));
  ingestPage(db, thirdPage, key('2025-03-14', 3));
  ingestPage(db, thirdPage, key('2025-03-14', 3));
  ingestPage(db, frontPage, key('2025-03-14', 1));
  assert.equal(search(db, '量子传感').total, 1);
  // Replace page 3 with a page that has no continuation: the head is alone again.
  ingestPage(db, { ...thirdPage, articles: [thirdPage.articles[1]], people: [] }, key('2025-03-14', 3));
  assert.equal(search(db, '量子传感').total, 0);
  assert.equal(db.prepare('SELECT jump_to_id FROM articles WHERE continued_to = 3').pluck().get(), null);
  assert.equal(count(db, 'story_fts'), count(db, 'articles'));
  db.close();
});

test('a page that fails half way leaves the stored page as it was', () => {
  const db = openArchive(tempDb());
  ingestPage(db, frontPage, key('2025-03-14', 1));
  const broken = { ...frontPage, people: [{ name: null, titles: [], articles: [0] }] } as unknown as Page;
  assert.throws(() => ingestPage(db, broken, key('2025-03-14', 1)));
  assert.equal(count(db, 'articles'), 2);
  assert.equal(count(db, 'people'), 3);
  assert.equal(search(db, '春耕').total, 1);
  db.close();
});

test('one person across issues: compatible titles join, conflicting titles split', () => {
  const db = openArchive(tempDb());
  ingestPage(db, frontPage, key('2025-03-14', 1));
  ingestPage(db, thirdPage, key('2025-03-14', 3));
  ingestPage(db, nextDayPage, key('2025-03-15', 1));
  const people = db.prepare('SELECT name, count(*) AS n FROM people GROUP BY name ORDER BY name').all() as {
    name: string;
    n: number;
  }[];
  assert.deepEqual(Object.fromEntries(people.map((p) => [p.name, p.n])), { 周启明: 1, 林晓雯: 1, 苏禾: 2 });
  const mentions = db
    .prepare(
      "SELECT count(*) FROM article_people ap JOIN people p ON p.id = ap.person_id WHERE p.name = '周启明'",
    )
    .pluck()
    .get();
  assert.equal(mentions, 3);
  // The event date MM-DD gets the year; roles point at the resolved person.
  const event = db.prepare("SELECT date FROM events WHERE name = '数字产业园开园仪式'").pluck().get();
  assert.equal(event, '2025-03-13');
  assert.equal(titleFit(['永川区委书记'], ['区委书记']), 1);
  assert.equal(titleFit(['区委书记'], ['渝西都市报记者']), -1);
  assert.equal(titleFit([], ['区委书记']), 0);
  db.close();
});

test('keeps page images and article regions of PDF pages', async () => {
  const { savePageImage } = await import('../src/store/index.js');
  const db = openArchive(tempDb());
  const withRegions: Page = {
    ...frontPage,
    format: 'pdf',
    width: 600,
    height: 900,
    articles: frontPage.articles.map((a, i) => ({
      ...a,
      regions: [{ x: 10, y: 10 + i * 400, w: 580, h: 380 }],
    })),
  };
  ingestPage(db, withRegions, key('2025-03-14', 1));
  savePageImage(db, key('2025-03-14', 1), { data: Buffer.from('89504e47', 'hex'), width: 600, height: 900 });
  assert.equal(count(db, 'article_regions'), 2);
  assert.equal(db.prepare('SELECT hex(data) FROM page_images').pluck().get(), '89504E47');
  assert.throws(
    () => savePageImage(db, key('2025-03-14', 9), { path: '/x.png', width: 1, height: 1 }),
    /no page/,
  );
  db.close();
});
