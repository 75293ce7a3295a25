import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Article } from '../src/model.js';
import { parsePage } from '../src/parse.js';
import { hasShared, sharedDir } from './helpers.js';

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/gu, '');

test('the seed page comes back exactly as its hand-checked truth', {
  skip: !hasShared && 'no ../shared',
}, () => {
  const seed = join(sharedDir, 'seed');
  const truth = JSON.parse(readFileSync(join(seed, 'expected.json'), 'utf8'));
  const page = parsePage(readFileSync(join(seed, 'yuxi-dushibao-front-page.txt')), { extract: false });
  assert.equal(page.articles.length, truth.articles.length);
  truth.articles.forEach((gold: Article, i: number) => {
    const got = page.articles[i];
    for (const field of ['kicker', 'title', 'subtitle'] as const)
      assert.equal(norm(got[field]), norm(gold[field]), `article ${i} ${field}`);
    assert.deepEqual(got.paragraphs.map(norm), gold.paragraphs.map(norm), `article ${i} paragraphs`);
    assert.equal(norm(got.byline?.text), norm(gold.byline?.text), `article ${i} byline`);
    assert.deepEqual(got.byline?.reporters, gold.byline?.reporters, `article ${i} reporters`);
    assert.equal(got.byline?.source, gold.byline?.source, `article ${i} source`);
    assert.deepEqual(
      got.photos.map((p) => [norm(p.caption), norm(p.credit), p.photographers]),
      gold.photos.map((p) => [norm(p.caption), norm(p.credit), p.photographers]),
      `article ${i} photos`,
    );
    assert.equal(got.continuedTo?.page ?? null, gold.continuedTo?.page ?? null, `article ${i} jump`);
  });
});
