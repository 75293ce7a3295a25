import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { InputError } from '../src/model.js';
import { readImage } from '../src/read/image.js';
import { readPdf, renderPageImage } from '../src/read/pdf.js';
import { blocksOf, hasChromium, makeSamplePdf, withoutUnicodeMaps } from './support/sample-pdf.js';
import { similarity } from './support/similarity.js';

const hasTesseract = existsSync('/usr/bin/tesseract');
const skip = !hasChromium ? 'needs /usr/bin/chromium' : !hasTesseract ? 'needs tesseract' : false;

const dirs: string[] = [];
after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

test('a page scanned at 200 dpi reads back through OCR close to the truth, in reading order', {
  skip,
}, async () => {
  const { dir, pdfPath, truth } = await makeSamplePdf();
  dirs.push(dir);
  const pngPath = join(dir, 'scan.png');
  await writeFile(pngPath, await renderPageImage(pdfPath, 1, 200));
  const page = await readImage(pngPath);
  assert.equal(page.format, 'image');
  assert.ok(page.width && page.width > 2000, 'page width in pixels');
  const recovered = page.lines.map((l) => l.text).join('');
  const expected = truth.articles
    .map((a) =>
      [a.kicker, a.title, a.subtitle, a.byline?.text, ...a.paragraphs, ...a.photos.map((p) => p.caption)]
        .filter(Boolean)
        .join(''),
    )
    .join('');
  // Tesseract chi_sim on clean 200 dpi print: a few characters wrong at most.
  const textScore = similarity(recovered.replace(/^.*?第1版/u, ''), expected);
  assert.ok(textScore > 0.9, `similarity ${textScore.toFixed(3)}`);
  // Tesseract puts a space between every two CJK characters; next to none survive (only where
  // two separate pieces of text sit on one row).
  const bodyText = page.lines
    .filter((l) => l.text.startsWith('　　'))
    .map((l) => l.text)
    .join('');
  const spaced = bodyText.match(/\p{Script=Han} \p{Script=Han}/gu) ?? [];
  assert.ok(spaced.length <= 2, `spaces between CJK characters: ${spaced.length}`);
  // Reading order: each body paragraph is found as a block, mostly exact.
  const blocks = blocksOf(page.lines).map((b) => b.text);
  const paragraphs = truth.articles.flatMap((a) => a.paragraphs);
  const best = paragraphs.map((p) => Math.max(...blocks.map((b) => similarity(b, p))));
  const good = best.filter((s) => s > 0.9).length;
  assert.ok(good >= paragraphs.length - 2, `${good} of ${paragraphs.length} paragraphs recovered as blocks`);
  // Heads: the title line is larger than body lines.
  const title = page.lines.find((l) => similarity(l.text, truth.articles[1].title) > 0.8);
  const body = page.lines.find((l) => l.text && similarity(l.text, truth.articles[1].paragraphs[1]) > 0.8);
  assert.ok(title?.fontSize && body?.fontSize && title.fontSize > 1.5 * body.fontSize);
});

test('a PDF whose fonts have no Unicode map (glyph ids for text) is read through OCR instead', {
  skip,
}, async () => {
  const { dir, pdfPath, truth } = await makeSamplePdf();
  dirs.push(dir);
  const page = await readPdf(withoutUnicodeMaps(await readFile(pdfPath)));
  assert.equal(page.format, 'image');
  const recovered = page.lines.map((l) => l.text).join('');
  const title = truth.articles[1].title;
  assert.ok(
    page.lines.some((l) => similarity(l.text, title) > 0.8),
    `the title ${title} in ${recovered.slice(0, 200)}`,
  );
});

test('without tesseract the error names the Debian packages to install', async () => {
  const path = process.env.PATH;
  process.env.PATH = '';
  try {
    await assert.rejects(
      readImage('/nonexistent/scan.png'),
      (e: unknown) =>
        e instanceof InputError &&
        e.rule === 'ocr-missing' &&
        e.message.includes('tesseract-ocr tesseract-ocr-chi-sim') &&
        !e.message.includes('\n'),
    );
  } finally {
    process.env.PATH = path;
  }
});
