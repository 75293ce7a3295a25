import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ArchiveError, ingestPage, openArchive, parseQuery, search, snippet } from '../src/store/index.js';
import { runs } from '../src/store/tokens.js';
import { frontPage, key, nextDayPage, paper, thirdPage } from './archive-pages.js';

function archive() {
  const db = openArchive(join(mkdtempSync(join(tmpdir(), 'baoku-search-')), 'a.sqlite'));
  ingestPage(db, frontPage, key('2025-03-14', 1));
  ingestPage(db, thirdPage, key('2025-03-14', 3));
  ingestPage(db, nextDayPage, key('2025-03-15', 1));
  ingestPage(
    db,
    { ...nextDayPage, people: [], events: [] },
    { paper: '白沙晚报', date: '2025-03-15', page: 2 },
  );
  return db;
}

const titles = (found: ReturnType<typeof search>) => found.results.map((r) => r.title).sort();

test('units and runs: Han characters one by one, Latin words whole, punctuation breaks, spaces do not', () => {
  assert.deepEqual(
    runs('AI质检，Ｇ５ 网络').map((run) => run.map((u) => u.text)),
    [
      ['ai', '质', '检'],
      ['g5', '网', '络'],
    ],
  );
  assert.equal(parseQuery('…！？ ，。'), null);
  assert.equal(parseQuery('苏禾')?.match, '"苏禾"');
  assert.equal(parseQuery('AI质检')?.match, '"ai_质 质检"');
});

test('finds 2-character names, 1-character queries, mixed script and phrases; ranks title hits first', () => {
  const db = archive();
  assert.deepEqual(titles(search(db, '苏禾')), ['春耕备耕有序推进', '青溪图书馆延长开放时间']);
  assert.equal(search(db, '禾').total, 2);
  assert.equal(search(db, '书').total, 4, '图书馆, and 区委书记 in three stories');
  assert.equal(search(db, 'AI质检').total, 1);
  assert.equal(search(db, 'ai').total, 1);
  assert.equal(search(db, 'a').total, 0, 'a single Latin letter does not match inside words');
  assert.equal(search(db, '"数字经济和实体经济"').total, 1);
  assert.equal(search(db, '数字经济 农时').total, 0, 'terms are ANDed');
  assert.equal(search(db, '周启明 常委会').total, 2, 'one hit per paper of the same text');
  const ranked = search(db, '春耕');
  assert.equal(ranked.results[0].title, '春耕备耕有序推进');
  db.close();
});

test('jump lines are not text; subheads and captions are', () => {
  const db = archive();
  assert.equal(search(db, '下转').total, 0);
  assert.equal(search(db, '上接').total, 0);
  assert.equal(search(db, '现场要点').total, 1);
  assert.equal(search(db, '展示中心').total, 1);
  db.close();
});

test('filters by paper, dates, page, reporter and person', () => {
  const db = archive();
  assert.equal(search(db, '周启明').total, 3);
  assert.equal(search(db, '周启明', { paper }).total, 2);
  assert.equal(search(db, '周启明', { paper: '白沙晚报' }).total, 1);
  assert.equal(search(db, '周启明', { from: '2025-03-15' }).total, 2);
  assert.equal(search(db, '周启明', { to: '2025-03-14' }).total, 1);
  assert.equal(search(db, '青溪', { page: 3 }).total, 1);
  assert.equal(search(db, '青溪', { reporter: '韩松' }).total, 1);
  assert.deepEqual(titles(search(db, '青溪', { person: '苏禾' })), [
    '春耕备耕有序推进',
    '青溪图书馆延长开放时间',
  ]);
  // The continuation's people count for the head: 周启明 is named on page 3 too.
  assert.equal(search(db, '量子传感', { person: '周启明' }).total, 1);
  assert.equal(search(db, '周启明', { limit: 1 }).results.length, 1);
  db.close();
});

test('snippets mark every hit and escape the text', () => {
  const db = archive();
  const [hit] = search(db, '读者').results;
  assert.match(hit.snippet, /方便&lt;<mark>读者<\/mark>&gt;夜读/);
  assert.equal(hit.url, `/articles/${hit.articleId}`);
  assert.equal(snippet('甲<b>乙</b>丙乙', ['乙']), '甲&lt;b&gt;<mark>乙</mark>&lt;/b&gt;丙<mark>乙</mark>');
  assert.equal(snippet('Ａｉ 技术', ['ai技术']), '<mark>Ａｉ 技术</mark>');
  db.close();
});

test('a query of only punctuation is an error, not an empty result', () => {
  const db = archive();
  assert.throws(
    () => search(db, '，。！'),
    (e: unknown) => e instanceof ArchiveError && /no letters or digits/.test(e.message),
  );
  db.close();
});
