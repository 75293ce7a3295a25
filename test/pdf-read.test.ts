import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { InputError, type SourcePage } from '../src/model.js';
import { pdfPageCount, pdfTextRuns, readableText, readPdf, renderPageImage } from '../src/read/pdf.js';
import type { TruthPage } from './support/make-pdf.js';
import { samplePage } from './support/sample-page.js';
import {
  blocksOf,
  hasChromium,
  makeSamplePdf,
  truthBlocks,
  withoutUnicodeMaps,
} from './support/sample-pdf.js';
import { normalize } from './support/similarity.js';

const run = promisify(execFile);
const skip = hasChromium ? false : 'needs /usr/bin/chromium to print the test page';

let dir = '';
let pdfPath = '';
let truth: TruthPage;
let page: SourcePage;

before(async () => {
  if (skip) return;
  ({ dir, pdfPath, truth } = await makeSamplePdf());
  page = await readPdf(await readFile(pdfPath));
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('a made newspaper page reads as PDF with page size and geometry on every text line', { skip }, () => {
  assert.equal(page.format, 'pdf');
  assert.ok(page.width && page.height && page.width > 700);
  // One line per block (head, paragraph, caption), as text input gives a paragraph per line;
  // the printed lines stay inside it with their boxes.
  const text = page.lines.filter((l) => l.text);
  assert.equal(text.length, 24);
  assert.ok(text.reduce((n, l) => n + (l.printed?.length ?? 0), 0) > 70);
  for (const line of text) {
    assert.ok(line.box && line.box.w > 0 && line.box.h > 0, `line ${line.line} has a box`);
    assert.ok(line.fontSize && line.fontSize > 5, `line ${line.line} has a font size`);
    for (const printed of line.printed ?? []) {
      assert.ok(
        printed.box.x >= line.box.x && printed.box.x + printed.box.w <= line.box.x + line.box.w + 0.01,
      );
    }
  }
  // Blocks alternate with blank lines.
  page.lines.forEach((line, i) => {
    assert.equal(line.text === '', i % 2 === 1);
  });
  assert.deepEqual(
    page.lines.map((l) => l.line),
    page.lines.map((_, i) => i + 1),
  );
});

test('every paragraph, head and caption of the truth comes back as one block, in reading order', {
  skip,
}, () => {
  const blocks = blocksOf(page.lines).map((b) => normalize(b.text));
  // The caption comes right after the paragraph the picture is set in (or after).
  const expected = truthBlocks(truth, (n) => samplePage.articles[n].photoAfter, { jumps: true });
  let at = 0;
  for (const want of expected.filter(Boolean).map(normalize)) {
    const found = blocks.indexOf(want, at);
    assert.ok(found >= 0, `block not found in order after #${at}: ${want}`);
    at = found + 1;
  }
});

test('a paragraph cut by a picture is joined and its caption follows it; a paragraph cut by a column is joined', {
  skip,
}, () => {
  const blocks = blocksOf(page.lines);
  const cut = truth.articles[0].paragraphs[3];
  const i = blocks.findIndex((b) => normalize(b.text) === normalize(cut));
  assert.ok(i >= 0);
  const columns = new Set(
    blocks[i].lines.flatMap((l) => (l.printed ?? []).map((p) => Math.round(p.box.x / 50))),
  );
  assert.ok(columns.size >= 2, 'the paragraph spans columns');
  assert.match(blocks[i].lines[0].text, /^　　/u, 'a paragraph start carries its indent');
  assert.equal(normalize(blocks[i + 1].text), normalize(truth.articles[0].photos[0].caption ?? ''));
});

test('heads carry larger font sizes than the body, captions smaller, title largest', { skip }, () => {
  const blocks = blocksOf(page.lines);
  const size = (text: string) => {
    const block = blocks.find((b) => normalize(b.text) === normalize(text));
    assert.ok(block, `block ${text}`);
    return block.lines[0].fontSize ?? 0;
  };
  const a = truth.articles[0];
  const body = size(a.paragraphs[0]);
  assert.ok(size(a.title) > size(a.kicker!));
  assert.ok(size(a.kicker!) > body);
  assert.ok(size(a.subtitle!) > body);
  assert.ok(size(a.photos[0].caption!) < body);
});

test('radical code points from the PDF font come back as unified ideographs', { skip }, () => {
  const all = page.lines.map((l) => l.text).join('');
  assert.doesNotMatch(all, /[\u2E80-\u2EFF\u2F00-\u2FDF]/u);
  assert.match(all, /青川/u);
});

test('page count and page rendering', { skip }, async () => {
  const bytes = await readFile(pdfPath);
  assert.equal(await pdfPageCount(bytes), 1);
  const png = await renderPageImage(pdfPath, 1, 30);
  assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  await assert.rejects(
    readPdf(bytes, 2),
    (e: unknown) => e instanceof InputError && /no page 2/.test(e.message),
  );
  await assert.rejects(renderPageImage(pdfPath, 3, 30), InputError);
});

test('bytes that are not a PDF give an InputError, not a crash', async () => {
  const junk = Buffer.from('%PDF-1.4\nthis is not really a PDF\n');
  await assert.rejects(readPdf(junk), (e: unknown) => e instanceof InputError && e.rule === 'pdf');
});

test('reading leaves the engine its own Array push and JSON (pdfjs bundles core-js, which replaces them)', {
  skip,
}, () => {
  const native = (f: unknown) => String(f).includes('[native code]');
  assert.ok(native(Array.prototype.push));
  assert.ok(native(JSON.parse) && native(JSON.stringify));
});

test('pages read at the same time read as one at a time; the global DecompressionStream is put back', {
  skip,
}, async () => {
  const native = globalThis.DecompressionStream;
  const bytes = await readFile(pdfPath);
  const [a, b] = await Promise.all([readPdf(bytes), readPdf(bytes)]);
  assert.deepEqual(a, page);
  assert.deepEqual(b, page);
  assert.equal(globalThis.DecompressionStream, native);
  await assert.rejects(readPdf(Buffer.from('%PDF-1.4\nnot a PDF\n')), InputError);
  assert.equal(globalThis.DecompressionStream, native);
});

test('the same page written by another producer (cairo, Type3 fonts with a glyph-box matrix) reads the same', {
  skip,
}, async () => {
  const rewritten = join(dir, 'cairo.pdf');
  await run('pdftocairo', ['-pdf', pdfPath, rewritten]);
  const other = await readPdf(await readFile(rewritten));
  const texts = (p: SourcePage) => blocksOf(p.lines).map((b) => normalize(b.text));
  assert.deepEqual(texts(other), texts(page));
  // Sizes from the glyph advance: heads stay larger than the body, within a tenth of the original.
  const sizes = (p: SourcePage) => blocksOf(p.lines).map((b) => b.lines[0].fontSize ?? 0);
  sizes(other).forEach((size, i) => {
    assert.ok(
      Math.abs(size - sizes(page)[i]) <= 0.1 * sizes(page)[i],
      `block ${i}: ${size} vs ${sizes(page)[i]}`,
    );
  });
});

test('a text layer of glyph ids (fonts without a Unicode map) is told from real text', { skip }, async () => {
  const bytes = await readFile(pdfPath);
  assert.equal(readableText((await pdfTextRuns(bytes)).runs), true);
  assert.equal(readableText((await pdfTextRuns(withoutUnicodeMaps(bytes))).runs), false);
  assert.equal(readableText([]), false);
});
