import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { demoPagesDir } from '../src/cli/demo.js';
import { pageFiles } from '../src/cli/ingest.js';
import type { Article, Page } from '../src/model.js';
import { parseFile } from '../src/parse.js';
import {
  ArchiveError,
  type Db,
  ingestPage,
  openArchive,
  type PageKey,
  type PersonResolver,
  schemaVersion,
  titleFit,
} from '../src/store/index.js';
import { metadataFromPath } from '../src/store/page-path.js';
import { frontPage, key, nextDayPage, paper } from './archive-pages.js';
import { undoPersonCounts } from './old-schema.js';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'baoku-people-')), 'archive.sqlite');

/**
 * The resolution as it was before people.mentions and person_titles: every earlier mention of
 * the name read back on each call. The reference the stored counts must reproduce exactly.
 */
const resolveByScan: PersonResolver = (db, name, titles) => {
  const candidates = db
    .prepare(
      `SELECT p.id, count(ap.article_id) AS mentions,
           (SELECT json_group_array(DISTINCT t.value) FROM article_people x, json_each(x.titles) t
             WHERE x.person_id = p.id) AS titles
         FROM people p LEFT JOIN article_people ap ON ap.person_id = p.id
         WHERE p.name = ? GROUP BY p.id ORDER BY p.id`,
    )
    .all(name) as { id: number; mentions: number; titles: string }[];
  let best: { id: number; fit: number; mentions: number } | null = null;
  for (const c of candidates) {
    const fit = titleFit(JSON.parse(c.titles) as string[], titles);
    if (fit < 0) continue;
    if (!best || fit > best.fit || (fit === best.fit && c.mentions > best.mentions))
      best = { id: c.id, fit, mentions: c.mentions };
  }
  if (best) return best.id;
  return Number(db.prepare('INSERT INTO people (name) VALUES (?)').run(name).lastInsertRowid);
};

/** What resolution decided: every person and every mention, as rows to compare. */
function resolved(db: Db) {
  return {
    people: db.prepare('SELECT id, name FROM people ORDER BY id').all(),
    mentions: db
      .prepare('SELECT article_id, person_id, titles FROM article_people ORDER BY article_id, person_id')
      .all(),
    roles: db.prepare('SELECT event_id, role, name, person_id FROM event_roles ORDER BY rowid').all(),
  };
}

/** The counts as they would be recomputed from the mentions themselves. */
function recountedFromMentions(db: Db) {
  return {
    people: db
      .prepare(
        'SELECT id, (SELECT count(*) FROM article_people WHERE person_id = people.id) AS mentions FROM people ORDER BY id',
      )
      .all(),
    titles: db
      .prepare(
        `SELECT ap.person_id, t.value AS title, count(DISTINCT ap.article_id) AS mentions FROM article_people ap, json_each(ap.titles) t
           GROUP BY ap.person_id, t.value ORDER BY ap.person_id, t.value`,
      )
      .all(),
  };
}

function storedCounts(db: Db) {
  return {
    people: db.prepare('SELECT id, mentions FROM people ORDER BY id').all(),
    titles: db
      .prepare('SELECT person_id, title, mentions FROM person_titles ORDER BY person_id, title')
      .all(),
  };
}

/** Seeded pseudo-random numbers, so the generated sequence is the same on every run. */
function randomFrom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

const names = ['周启明', '苏禾', '林晓雯', '陈立川', '何静'];
// Compatible by suffix, conflicting, and the same title in other widths or with a space.
const titlePool = [
  '区委书记',
  '青溪区委书记',
  '区委 书记',
  '副区长',
  '青溪区副区长',
  '记者',
  '青溪日报记者',
  '市长',
  '青溪市市长',
  'ＡＩ办主任',
  'AI办主任',
  '主任',
];

function invented(title: string): Article {
  return {
    kicker: null,
    title,
    subtitle: null,
    byline: null,
    paragraphs: [`${title}。`],
    subheadings: [],
    photos: [],
    continuedTo: null,
    continuedFrom: null,
  };
}

/**
 * Invented pages of a fictional paper: a few people of the same few names with titles drawn
 * from a pool, the same name twice on a page, event roles naming people (some named nowhere
 * else), and every so often a page stored again under an earlier key (a replacement).
 */
function inventedSequence(count: number, seed: number): Array<{ page: Page; key: PageKey }> {
  const random = randomFrom(seed);
  const keys: PageKey[] = [];
  const out: Array<{ page: Page; key: PageKey }> = [];
  for (let n = 0; n < count; n++) {
    const articles = Array.from({ length: 1 + random.int(4) }, (_, i) => invented(`第${n}页第${i}篇`));
    const people = Array.from({ length: random.int(6) }, () => ({
      name: random.pick(names),
      titles: Array.from({ length: random.int(3) }, () => random.pick(titlePool)),
      articles: Array.from({ length: 1 + random.int(2) }, () => random.int(articles.length)),
    }));
    const events = random.chance(0.4)
      ? [
          {
            article: random.int(articles.length),
            type: 'meeting',
            date: '03-01',
            roles: { attended: [random.pick([...names, '赵明远']), random.pick(names)] },
          },
        ]
      : [];
    const page: Page = { articles, people, organisations: [], events, messages: [] };
    const replace = keys.length > 0 && random.chance(0.2);
    const pageKey = replace
      ? random.pick(keys)
      : {
          paper: paper,
          date: `2025-03-${String(1 + (Math.floor(n / 4) % 28)).padStart(2, '0')}`,
          page: 1 + (n % 4),
        };
    if (!replace) keys.push(pageKey);
    out.push({ page, key: pageKey });
  }
  return out;
}

test('resolution by stored counts gives the same people as reading every mention, replacements included', () => {
  const sequence = inventedSequence(300, 7);
  const byCounts = openArchive(tempDb());
  const byScan = openArchive(tempDb());
  for (const { page, key: pageKey } of sequence) {
    ingestPage(byCounts, page, pageKey);
    ingestPage(byScan, page, pageKey, undefined, resolveByScan);
  }
  const expected = resolved(byScan);
  assert.deepEqual(resolved(byCounts), expected);
  // The sequence does exercise the rule: same names split into several people, pages replaced,
  // people dropped when their last mention went.
  const people = expected.people as { id: number; name: string }[];
  assert.ok(people.length > names.length + 1, `${people.length} people`);
  assert.ok(new Set(sequence.map((s) => JSON.stringify(s.key))).size < sequence.length);
  assert.ok(people[people.length - 1].id > people.length, 'some people were dropped');
  assert.deepEqual(storedCounts(byCounts), recountedFromMentions(byCounts));
  byCounts.close();
  byScan.close();
});

test('the demo pages, parsed and stored three times over and partly replaced, resolve the same both ways', async () => {
  const files = pageFiles([demoPagesDir]).files.filter((f) => f.endsWith('.txt'));
  assert.ok(files.length > 0);
  const parsed = await Promise.all(files.map((f) => parseFile(f)));
  const keys = files.map((f) => metadataFromPath(f));
  const byCounts = openArchive(tempDb());
  const byScan = openArchive(tempDb());
  const store = (page: Page, pageKey: PageKey) => {
    ingestPage(byCounts, page, pageKey);
    ingestPage(byScan, page, pageKey, undefined, resolveByScan);
  };
  for (let round = 0; round < 3; round++)
    parsed.forEach((page, i) => {
      const date = keys[i].date ?? '2025-01-01';
      store(page, {
        paper: keys[i].paper ?? paper,
        date: `${Number(date.slice(0, 4)) + round}${date.slice(4)}`,
        page: keys[i].page ?? 1,
      });
    });
  // Round 0's pages again, in reverse order and shifted by one, so each replaces another page.
  parsed.forEach((_, i) => {
    const from = (i + 1) % parsed.length;
    store(parsed[from], {
      paper: keys[i].paper ?? paper,
      date: keys[i].date ?? '2025-01-01',
      page: keys[i].page ?? 1,
    });
  });
  const expected = resolved(byScan);
  assert.ok(expected.mentions.length > 100, `${expected.mentions.length} mentions`);
  assert.deepEqual(resolved(byCounts), expected);
  assert.deepEqual(storedCounts(byCounts), recountedFromMentions(byCounts));
  byCounts.close();
  byScan.close();
});

test('replacing a page keeps each person’s mention and title counts exact', () => {
  const db = openArchive(tempDb());
  const zhou = () => db.prepare("SELECT id, mentions FROM people WHERE name = '周启明'").all();
  const titlesOf = (id: number) =>
    Object.fromEntries(
      (
        db.prepare('SELECT title, mentions FROM person_titles WHERE person_id = ?').all(id) as {
          title: string;
          mentions: number;
        }[]
      ).map((r) => [r.title, r.mentions]),
    );
  ingestPage(db, frontPage, key('2025-03-14', 1));
  ingestPage(db, nextDayPage, key('2025-03-15', 1));
  const [person] = zhou() as { id: number; mentions: number }[];
  assert.deepEqual(zhou(), [{ id: person.id, mentions: 2 }]);
  assert.deepEqual(titlesOf(person.id), { 青溪区委书记: 1, 区委书记: 1 });

  // The next day's page again, now giving both titles (twice in one mention, counted once).
  const bothTitles: Page = {
    ...nextDayPage,
    people: [{ name: '周启明', titles: ['区委书记', '青溪区委书记', '区委书记'], articles: [0] }],
  };
  ingestPage(db, bothTitles, key('2025-03-15', 1));
  assert.deepEqual(zhou(), [{ id: person.id, mentions: 2 }]);
  assert.deepEqual(titlesOf(person.id), { 青溪区委书记: 2, 区委书记: 1 });

  // Replaced by a page that no longer names him: the title only that page gave goes.
  const without: Page = { ...nextDayPage, people: [], events: [] };
  ingestPage(db, without, key('2025-03-15', 1));
  assert.deepEqual(zhou(), [{ id: person.id, mentions: 1 }]);
  assert.deepEqual(titlesOf(person.id), { 青溪区委书记: 1 });

  // His last mention replaced: he is dropped, and his titles with him.
  ingestPage(db, { ...frontPage, people: [], events: [] }, key('2025-03-14', 1));
  assert.deepEqual(zhou(), []);
  assert.deepEqual(titlesOf(person.id), {});
  assert.deepEqual(storedCounts(db), recountedFromMentions(db));
  db.close();
});

test('a person named twice in one article keeps the titles of the later naming, counted once', () => {
  const db = openArchive(tempDb());
  const twice: Page = {
    ...nextDayPage,
    people: [
      { name: '周启明', titles: ['区委书记'], articles: [0] },
      { name: '周启明', titles: ['青溪区委书记'], articles: [0] },
    ],
    events: [],
  };
  ingestPage(db, twice, key('2025-03-15', 1));
  assert.deepEqual(db.prepare('SELECT titles FROM article_people').pluck().all(), ['["青溪区委书记"]']);
  assert.deepEqual(storedCounts(db).titles, [{ person_id: 1, title: '青溪区委书记', mentions: 1 }]);
  assert.deepEqual(storedCounts(db).people, [{ id: 1, mentions: 1 }]);
  assert.deepEqual(storedCounts(db), recountedFromMentions(db));
  db.close();
});

test('an archive of schema 3 opens read-only with a clear message and gets its person counts on write', () => {
  const file = tempDb();
  const db = openArchive(file);
  for (const { page, key: pageKey } of inventedSequence(60, 11)) ingestPage(db, page, pageKey);
  const before = storedCounts(db);
  assert.ok(before.titles.length > 0);
  undoPersonCounts(db);
  db.close();
  assert.throws(
    () => openArchive(file, { readonly: true }),
    (e: unknown) => e instanceof ArchiveError && /old archive schema \(3\): run baoku ingest/.test(e.message),
  );
  const upgraded = openArchive(file);
  assert.equal(upgraded.pragma('user_version', { simple: true }), schemaVersion);
  assert.deepEqual(storedCounts(upgraded), before);
  upgraded.close();
});
