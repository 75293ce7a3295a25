import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openArchive } from '../src/store/index.js';
import { metadataFromPath } from '../src/store/page-path.js';
import { frontPage, nextDayPage, paper, thirdPage } from './archive-pages.js';
import { runCli } from './helpers.js';

const run = (...argv: string[]) => runCli(argv);
const runWith = (tty: boolean, ...argv: string[]) => runCli(argv, { tty });

function layOut() {
  const root = mkdtempSync(join(tmpdir(), 'baoku-cli-'));
  const put = (path: string, content: string | Buffer) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
    return join(root, path);
  };
  put(`pages/${paper}/2025-03-14/01.json`, JSON.stringify(frontPage));
  put(`pages/${paper}/2025-03-14/03.json`, JSON.stringify(thirdPage));
  put(`pages/${paper}/20250315-01.json`, JSON.stringify(nextDayPage));
  return { root, put, db: join(root, 'archive.sqlite') };
}

test('reads paper, date and page from the known path layouts', () => {
  assert.deepEqual(metadataFromPath('in/渝西都市报/2025-07-09/01.txt'), {
    paper: '渝西都市报',
    date: '2025-07-09',
    page: 1,
  });
  assert.deepEqual(metadataFromPath('渝西都市报/20250709/4.txt'), {
    paper: '渝西都市报',
    date: '2025-07-09',
    page: 4,
  });
  assert.deepEqual(metadataFromPath('x/渝西都市报/20250709-04.txt'), {
    paper: '渝西都市报',
    date: '2025-07-09',
    page: 4,
  });
  assert.deepEqual(metadataFromPath('渝西都市报-2025-07-09-12.pdf'), {
    paper: '渝西都市报',
    date: '2025-07-09',
    page: 12,
  });
  assert.deepEqual(metadataFromPath('2025-07-09/03.txt'), { paper: undefined, date: '2025-07-09', page: 3 });
  assert.deepEqual(metadataFromPath('front-page.txt'), {});
  assert.deepEqual(metadataFromPath('paper/2025-02-30/01.txt'), { page: 1 }, 'no such date');
});

test('ingest walks directories, takes metadata from paths, and summarises', async () => {
  const { root, db } = layOut();
  const first = await run('ingest', join(root, 'pages'), '--db', db);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /ingested 3 pages \(5 articles\)/);
  assert.doesNotMatch(first.stderr, /\[#/, 'no progress bar when stderr is not a terminal');
  const onTerminal = await runWith(true, 'ingest', join(root, 'pages'), '--db', db);
  assert.match(onTerminal.stderr, /\r\[#{8}\.{16}\] 1\/3 /);
  assert.match(onTerminal.stderr, /\r\[#{24}\] 3\/3 /);
  const again = await run('ingest', join(root, 'pages'), '--db', db);
  assert.equal(again.code, 0);
  const archive = openArchive(db, { readonly: true });
  assert.equal(archive.prepare('SELECT count(*) FROM articles').pluck().get(), 5);
  assert.deepEqual(archive.prepare('SELECT date FROM issues ORDER BY date').pluck().all(), [
    '2025-03-14',
    '2025-03-15',
  ]);
  archive.close();
  const found = await run('search', '量子传感', '--db', db, '--json');
  assert.equal(found.code, 0);
  const parsed = JSON.parse(found.stdout);
  assert.equal(parsed.total, 1);
  assert.deepEqual(Object.keys(parsed.results[0]), [
    'paper',
    'date',
    'page',
    'title',
    'snippet',
    'articleId',
    'url',
  ]);
  assert.equal(parsed.results[0].page, 1);
  const filtered = JSON.parse(
    (await run('search', '周启明', '--db', db, '--json', '--from', '2025-03-15')).stdout,
  );
  assert.equal(filtered.total, 1);
});

test('a failing file does not stop the batch, is named with its reason, and stores nothing', async () => {
  const { root, put, db } = layOut();
  put(`pages/${paper}/2025-03-16/01.txt`, Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8]));
  put(`pages/${paper}/2025-03-16/02.json`, '{"articles": "nope"}');
  const loose = put('loose/front-page.json', JSON.stringify(nextDayPage));
  const result = await run('ingest', join(root, 'pages'), loose, '--db', db);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /ingested 3 pages \(5 articles\).*; 3 failed:/);
  assert.match(result.stderr, /2025-03-16\/01\.txt: \S/);
  assert.match(result.stderr, /02\.json: a page JSON needs an "articles" array/);
  assert.match(result.stderr, /front-page\.json: can't tell the paper, date, page of this page/);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  const archive = openArchive(db, { readonly: true });
  assert.deepEqual(archive.prepare('SELECT date FROM issues ORDER BY date').pluck().all(), [
    '2025-03-14',
    '2025-03-15',
  ]);
  archive.close();
  const withFlags = await run(
    'ingest',
    loose,
    '--db',
    db,
    '--paper',
    paper,
    '--date',
    '2025-03-16',
    '--page',
    '2',
  );
  assert.equal(withFlags.code, 0, withFlags.stderr);
});

test('bad invocations get one clear line and a non-zero exit', async () => {
  const { root, db } = layOut();
  const cases: [string[], RegExp][] = [
    [['ingest', join(root, 'pages')], /--db FILE is required/],
    [['ingest', join(root, 'pages'), '--db', db, '--date', '2025-13-01'], /--date wants a date/],
    [['ingest', join(root, 'nothing-here'), '--db', db], /nothing to ingest/],
    [['search', '胡楠', '--db', join(root, 'missing.sqlite')], /no archive at .*missing\.sqlite/],
    [['search', '，。', '--db', db], /no letters or digits/],
    [['serve', '--db', join(root, 'missing.sqlite'), '--port', '0'], /no archive at/],
    [['serve', '--db', db, '--port', 'eighty'], /--port wants a port number/],
  ];
  await run('ingest', join(root, 'pages'), '--db', db);
  for (const [argv, message] of cases) {
    const result = await run(...argv);
    assert.notEqual(result.code, 0, argv.join(' '));
    assert.match(result.stderr, message);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  }
  const corrupt = join(root, 'corrupt.sqlite');
  writeFileSync(corrupt, 'SQLite format 3\0 but then nonsense '.repeat(200));
  for (const argv of [
    ['search', '苏禾', '--db', corrupt],
    ['ingest', join(root, 'pages'), '--db', corrupt],
  ]) {
    const result = await run(...argv);
    assert.equal(result.code, 2, argv.join(' '));
    assert.match(result.stderr, /corrupt|not an SQLite|not a Baoku/);
  }
});
