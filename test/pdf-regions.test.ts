import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { toAlto } from '../src/export/alto.js';
import type { Article, Box, Page, SourcePage } from '../src/model.js';
import { readPdf } from '../src/read/pdf.js';
import { articleRegions } from '../src/read/regions.js';
import { readText } from '../src/read/text.js';
import { samplePage } from './support/sample-page.js';
import { hasChromium, makeSamplePdf } from './support/sample-pdf.js';
import { normalize } from './support/similarity.js';

const skip = hasChromium ? false : 'needs /usr/bin/chromium';
let dir = '';
let source: SourcePage;
let page: Page;

const article = (title: string, lines: number[]): Article => ({
  kicker: null,
  title,
  subtitle: null,
  byline: null,
  paragraphs: [],
  subheadings: [],
  photos: [],
  continuedTo: null,
  continuedFrom: null,
  data: { lines },
});

before(async () => {
  if (skip) return;
  const made = await makeSamplePdf();
  dir = made.dir;
  source = await readPdf(await readFile(made.pdfPath));
  // The lines of each article as assemble would record them: from its first head to the
  // line before the next article's first head.
  const starts = samplePage.articles.map((a) => {
    const first = normalize(a.kicker ?? a.title);
    return source.lines.find((l) => normalize(l.text) === first)!.line;
  });
  const articles = starts.map((start, i) => {
    const end = (starts[i + 1] ?? source.lines.length + 1) - 1;
    const lines = source.lines.filter((l) => l.text && l.line >= start && l.line <= end).map((l) => l.line);
    return article(samplePage.articles[i].title, lines);
  });
  page = { articles, people: [], organisations: [], events: [], messages: [] };
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const inside = (a: Box, b: Box) =>
  a.x >= b.x - 0.01 && a.y >= b.y - 0.01 && a.x + a.w <= b.x + b.w + 0.01 && a.y + a.h <= b.y + b.h + 0.01;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

test('article regions cover every printed line of the article, one rectangle per column piece', {
  skip,
}, () => {
  const regions = articleRegions(source, page);
  assert.equal(regions.length, 3);
  page.articles.forEach((a, i) => {
    const numbers = new Set(a.data!.lines as number[]);
    for (const line of source.lines.filter((l) => numbers.has(l.line))) {
      for (const printed of line.printed ?? []) {
        assert.ok(
          regions[i].some((r) => inside(printed.box, r)),
          `line ${line.line} of article ${i + 1} lies in a region`,
        );
      }
    }
  });
  // The first article: 4 body columns (one with the picture's caption and credit apart), its
  // heads and byline: more than 4 and fewer than 14 rectangles, none overlapping another article's.
  assert.ok(regions[0].length > 4 && regions[0].length < 14, `${regions[0].length} regions`);
  for (const r of regions[0]) for (const s of regions[1]) assert.ok(!overlap(r, s));
  for (const r of regions[1]) for (const s of regions[2]) assert.ok(!overlap(r, s));
});

test('text input has no geometry: no regions', () => {
  const text = readText('标题\n\n正文一段。\n');
  const regions = articleRegions(text, {
    articles: [article('标题', [1, 3])],
    people: [],
    organisations: [],
    events: [],
    messages: [],
  });
  assert.deepEqual(regions, [[]]);
});

test('ALTO tags each block with its article and keeps one TextLine per printed line', { skip }, () => {
  const xml = toAlto(source, page, { fileName: 'sample.pdf' });
  assert.match(xml, /<StructureTag ID="ART1" TYPE="article" LABEL="抓紧抓实春耕备耕 确保粮食稳产增收"\/>/);
  const blocks = xml.match(/<TextBlock [^>]*>/g) ?? [];
  // The running head belongs to no article; every other block to exactly one.
  assert.equal(blocks.filter((b) => !b.includes('TAGREFS')).length, 1);
  assert.equal(blocks.filter((b) => /TAGREFS="ART\d"/.test(b)).length, blocks.length - 1);
  const printed = source.lines.reduce((n, l) => n + (l.printed?.length ?? 0), 0);
  assert.equal(xml.match(/<TextLine /g)?.length, printed);
});
