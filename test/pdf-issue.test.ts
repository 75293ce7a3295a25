import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openArchive } from '../src/store/index.js';
import { repoRoot, runCli } from './helpers.js';

/** The demo's invented PDF page (05.pdf), twice over in one file: a whole issue of two pages. */
const demoPdf = join(repoRoot, 'demo', 'pages', '江城晚报', '2025-09-18', '05.pdf');
const skip = existsSync('/usr/bin/pdfunite') ? false : 'needs pdfunite (Debian poppler-utils)';

let dir = '';
let issue = '';
before(() => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'baoku-issue-'));
  mkdirSync(join(dir, '江城晚报'));
  issue = join(dir, '江城晚报', '2025-09-18.pdf');
  execFileSync('pdfunite', [demoPdf, demoPdf, issue]);
});
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a PDF of several pages parses page by page: NAME-1.json, NAME-2.json', { skip }, async () => {
  const out = join(dir, 'out');
  const { code, stderr } = await runCli(['parse', issue, '--out', out, '--no-extract']);
  assert.equal(code, 0, stderr);
  assert.deepEqual(readdirSync(out).sort(), ['2025-09-18-1.json', '2025-09-18-2.json']);
  const single = await runCli(['parse', demoPdf, '--json', '--no-extract']);
  const titles = (json: string) =>
    (JSON.parse(json) as { articles: { title: string }[] }).articles.map((a) => a.title);
  const expected = titles(single.stdout);
  assert.ok(expected.length >= 2);
  for (const name of readdirSync(out))
    assert.deepEqual(titles(readFileSync(join(out, name), 'utf8')), expected);
});

test('one page of a PDF is named as viewers name it (issue.pdf#page=2); a page it lacks is a clear error', {
  skip,
}, async () => {
  const second = await runCli(['parse', `${issue}#page=2`, '--json', '--no-extract']);
  assert.equal(second.code, 0, second.stderr);
  assert.equal((JSON.parse(second.stdout) as { source: string }).source, '2025-09-18.pdf#page=2');
  const missing = await runCli(['parse', `${issue}#page=3`, '--json']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no page 3 \(it has 2\)/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /);
});

test('a whole issue in one PDF (<paper>/<date>.pdf) is stored as its pages, numbered in order', {
  skip,
}, async () => {
  const db = join(dir, 'archive.sqlite');
  const { code, stderr } = await runCli(['ingest', join(dir, '江城晚报'), '--db', db]);
  assert.equal(code, 0, stderr);
  const archive = openArchive(db, { readonly: true });
  try {
    const pages = archive
      .prepare(
        `SELECT p.number, p.source, i.date, pa.name AS paper, (SELECT count(*) FROM page_images m WHERE m.page_id = p.id) AS images
         FROM pages p JOIN issues i ON i.id = p.issue_id JOIN papers pa ON pa.id = i.paper_id ORDER BY p.number`,
      )
      .all();
    assert.deepEqual(
      pages.map((p) => ({ ...(p as object) })),
      [1, 2].map((number) => ({
        number,
        source: `2025-09-18.pdf#page=${number}`,
        date: '2025-09-18',
        paper: '江城晚报',
        images: 1,
      })),
    );
  } finally {
    archive.close();
  }
});
