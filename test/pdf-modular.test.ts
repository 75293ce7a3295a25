import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Box, Page, SourcePage } from '../src/model.js';
import { parseSource } from '../src/parse.js';
import { readPdf } from '../src/read/pdf.js';
import { articleRegions } from '../src/read/regions.js';
import { makePdf, type TruthPage } from './support/make-pdf.js';
import { modularPage } from './support/modular-page.js';
import { blocksOf, hasChromium, truthBlocks } from './support/sample-pdf.js';
import { normalize } from './support/similarity.js';

const skip = hasChromium ? false : 'needs /usr/bin/chromium to print the test page';

let dir = '';
let truth: TruthPage;
let source: SourcePage;
let page: Page;

before(async () => {
  if (skip) return;
  dir = await mkdtemp(join(tmpdir(), 'baoku-pdf-modular-'));
  const pdfPath = join(dir, 'modular.pdf');
  truth = await makePdf(modularPage, pdfPath);
  source = await readPdf(await readFile(pdfPath));
  page = parseSource(source, { source: 'modular', extract: false });
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('a modular page reads row by row, each article whole: heads, paragraphs, caption after its paragraph', {
  skip,
}, () => {
  const blocks = blocksOf(source.lines).map((b) => normalize(b.text));
  const expected = truthBlocks(truth, (n) => modularPage.articles[n].photoAfter);
  // Every block found exactly, in this order, and nothing else but the running head.
  assert.deepEqual(blocks.slice(1), expected.map(normalize));
});

test('a modular page parses into its articles, in reading order, with their heads and bodies', {
  skip,
}, () => {
  assert.deepEqual(
    page.articles.map((a) => normalize(a.title)),
    truth.articles.map((a) => normalize(a.title)),
  );
  page.articles.forEach((a, i) => {
    const printed = truth.articles[i].paragraphs.map(normalize);
    assert.equal(a.paragraphs.length, printed.length, a.title);
    // A dateline lead (本报讯（记者 X）) is taken off the first paragraph into the byline.
    for (const [j, p] of a.paragraphs.entries())
      assert.ok(printed[j].endsWith(normalize(p)), `${a.title}: ${p}`);
    assert.ok(a.paragraphs.slice(1).every((p, j) => normalize(p) === printed[j + 1]));
  });
});

test('articles side by side cover areas apart from each other', { skip }, () => {
  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  const regions = articleRegions(source, page);
  assert.equal(regions.length, truth.articles.length);
  regions.forEach((mine, i) => {
    assert.ok(mine.length > 0);
    regions.forEach((theirs, j) => {
      if (j === i) return;
      for (const r of mine)
        for (const s of theirs) assert.ok(!overlap(r, s), `articles ${i + 1} and ${j + 1} overlap`);
    });
  });
});
