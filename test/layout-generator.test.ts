import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { norm } from '../src/eval/score.js';
import { artifactDescriptions } from '../src/layout/artifacts.js';
import { type GoldPage, type LaidOutPage, layoutPages } from '../src/layout/index.js';
import { loadSourcePages, type SourcePaperPage } from '../src/layout/source.js';
import { readArticle } from '../src/layout/truth.js';
import { cliPath, hasShared, sharedDir } from './helpers.js';

const dataDir = join(sharedDir, 'data', 'rmrb');
const skip = hasShared ? false : 'needs ../shared/data/rmrb';

let many: LaidOutPage[] | undefined;
/** 300 dev pages, laid out once for the tests below. */
function manyPages(): LaidOutPage[] {
  many ??= layoutPages(dataDir, { pages: 300, seed: 5, set: 'dev' });
  return many;
}

function decode(page: LaidOutPage): string {
  return new TextDecoder(page.gold.artifacts.includes('gb18030') ? 'gb18030' : 'utf-8').decode(page.bytes);
}

test('the same seed gives the same bytes and truth; another seed gives other pages', { skip }, () => {
  const a = layoutPages(dataDir, { pages: 25, seed: 42 });
  const b = layoutPages(dataDir, { pages: 25, seed: 42 });
  const c = layoutPages(dataDir, { pages: 25, seed: 43 });
  assert.equal(a.length, 25);
  assert.deepEqual(
    a.map((p) => [p.id, Buffer.from(p.bytes).toString('base64'), JSON.stringify(p.gold)]),
    b.map((p) => [p.id, Buffer.from(p.bytes).toString('base64'), JSON.stringify(p.gold)]),
  );
  assert.notDeepEqual(
    a.map((p) => p.id),
    c.map((p) => p.id),
  );
});

test('a page looks the same whichever run draws it', { skip }, () => {
  const small = layoutPages(dataDir, { pages: 10, seed: 5 });
  const byId = new Map(manyPages().map((p) => [p.id, p]));
  for (const page of small) {
    const same = byId.get(page.id);
    if (same) assert.equal(Buffer.from(same.bytes).compare(Buffer.from(page.bytes)), 0, page.id);
  }
});

test('every documented artifact shows up across 300 pages, and only those', { skip }, () => {
  const seen = new Set(manyPages().flatMap((p) => p.gold.artifacts));
  const documented = Object.keys(artifactDescriptions);
  assert.deepEqual(
    documented.filter((a) => !seen.has(a)),
    [],
  );
  assert.deepEqual(
    [...seen].filter((a) => !documented.includes(a)),
    [],
  );
  for (const page of manyPages())
    assert.ok(page.gold.pageArtifacts.every((a) => page.gold.artifacts.includes(a)));
});

function sourceOf(gold: GoldPage, pool: Map<string, SourcePaperPage>): SourcePaperPage {
  const page = pool.get(`${gold.date.replaceAll('-', '')}-${String(gold.page).padStart(2, '0')}`);
  assert.ok(page, `source page of ${gold.source}`);
  return page;
}

test('the truth is the source article: its paragraphs minus the byline, split only at a jump', {
  skip,
}, () => {
  const pool = new Map(loadSourcePages(dataDir, 'dev').map((p) => [`${p.date}-${p.page}`, p]));
  let checked = 0;
  for (const { gold } of manyPages()) {
    const source = sourceOf(gold, pool);
    assert.equal(gold.articles.length, source.articles.length, gold.source);
    gold.articles.forEach((article, i) => {
      const original = source.articles[i];
      const parts = readArticle(original);
      assert.equal(article.title, parts.title);
      const invented =
        article.artifacts.includes('byline-apart') || article.artifacts.includes('byline-glued');
      const printedByline = article.byline && !invented ? article.byline.text : '';
      const credit = article.photos.find((p) => p.caption === null)?.credit ?? '';
      const truthText = norm(printedByline + article.paragraphs.join('') + credit);
      const sourceText = norm(original.body);
      if (article.continuedTo)
        assert.ok(sourceText.startsWith(truthText), `${gold.source} #${i} head of a jump`);
      else if (article.continuedFrom)
        assert.ok(sourceText.endsWith(truthText), `${gold.source} #${i} tail of a jump`);
      else {
        assert.equal(truthText, sourceText, `${gold.source} #${i}`);
        assert.deepEqual(article.paragraphs, parts.paragraphs);
      }
      if (invented) {
        assert.ok(article.byline && article.authors.length > 0);
        // Every invented name is printed in the byline, whatever separates them.
        for (const name of article.authors)
          assert.ok(norm(article.byline.text).includes(name), article.byline.text);
      }
      for (const k of article.subheadings) assert.ok(k >= 0 && k < article.paragraphs.length);
      checked++;
    });
  }
  assert.ok(checked > 1000);
});

test('a jump is printed on both pages of a date, split in the same place', { skip }, () => {
  const pages = manyPages();
  const heads = pages.flatMap((p) =>
    p.gold.articles.filter((a) => a.continuedTo).map((a) => ({ page: p, a })),
  );
  assert.ok(heads.length > 10);
  for (const { page, a } of heads) {
    const text = norm(decode(page));
    const marker = norm(a.continuedTo?.marker);
    assert.match(marker, /^\(下转第?[0-9一二三四五六七八九十]+版\)$/);
    assert.ok(text.includes(marker), page.id);
  }
  // Where both halves were drawn, the tail continues exactly where the head stopped.
  const byKey = new Map<string, string>();
  for (const p of pages)
    for (const a of p.gold.articles)
      if (a.continuedFrom) byKey.set(`${p.gold.date} ${a.title}`, norm(a.paragraphs.join('')));
  let pairs = 0;
  for (const { page, a } of heads) {
    const tail = byKey.get(`${page.gold.date} ${a.title}`);
    if (!tail) continue;
    pairs++;
    assert.ok(tail.length > 0 && norm(a.paragraphs.join('')).length > 0);
  }
  assert.ok(pairs > 0);
});

test('the raw page holds every truth paragraph, heads and caption, in reading order', { skip }, () => {
  for (const page of manyPages()) {
    const text = norm(decode(page));
    let at = 0;
    // Characters of the truth must appear in order (photos and cuts may sit between them).
    const follow = (piece: string) => {
      for (const ch of piece) {
        const found = text.indexOf(ch, at);
        assert.ok(found >= 0, `${page.id}: '${piece.slice(0, 20)}' not found in order`);
        at = found + ch.length;
      }
    };
    for (const article of page.gold.articles) {
      follow(norm(article.kicker));
      follow(norm(article.title));
      follow(norm(article.subtitle));
      follow(norm(article.byline?.text));
      for (const p of article.paragraphs) follow(norm(p));
      if (article.continuedTo) follow(norm(article.continuedTo.marker));
    }
    for (const article of page.gold.articles)
      for (const photo of article.photos)
        assert.ok(text.includes(norm(photo.caption ?? photo.credit)), page.id);
  }
});

test('GB18030 pages decode back to the laid-out text; CRLF pages use CRLF only', { skip }, () => {
  const gbk = manyPages().filter((p) => p.gold.artifacts.includes('gb18030'));
  assert.ok(gbk.length > 10);
  for (const page of gbk) {
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(page.bytes));
    assert.equal(new TextDecoder('gb18030', { fatal: true }).decode(page.bytes), page.text);
  }
  for (const page of manyPages().filter((p) => p.gold.artifacts.includes('crlf')))
    assert.doesNotMatch(page.text, /[^\r]\n/);
});

test('baoku layout writes pages and truth, and says so clearly when the data is missing', {
  skip,
}, async () => {
  const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const out = mkdtempSync(join(tmpdir(), 'baoku-layout-'));
  try {
    const ok = spawnSync(process.execPath, [
      cliPath,
      'layout',
      out,
      '--pages',
      '7',
      '--seed',
      '3',
      '--set',
      'holdout',
    ]);
    assert.equal(ok.status, 0, ok.stderr.toString());
    assert.equal(readdirSync(join(out, 'pages')).length, 7);
    assert.equal(readdirSync(join(out, 'gold')).length, 7);
    assert.ok(readdirSync(join(out, 'pages')).every((n) => n.startsWith('rmrb-202002')));
    const missing = spawnSync(process.execPath, [cliPath, 'layout', out, '--data', join(out, 'nowhere')]);
    assert.equal(missing.status, 2);
    const message = missing.stderr.toString().trim();
    assert.equal(message.split('\n').length, 1);
    assert.match(message, /rmrb data is not at/);
    const bad = spawnSync(process.execPath, [cliPath, 'layout', out, '--set', 'test']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr.toString(), /--set wants dev or holdout/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
