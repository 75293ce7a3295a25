import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseSource } from '../src/parse.js';
import {
  chooseReading,
  columnTagDots,
  curlyQuotes,
  glyphPitch,
  headGaps,
  joinOrphans,
  parseTsv,
  readImage,
  runsFromTsv,
  snapSizes,
  type TsvRow,
  withDashes,
} from '../src/read/image.js';
import type { TextRun } from '../src/read/layout-lines.js';
import { renderPageImage } from '../src/read/pdf.js';
import { cropShrink, decodePng, encodePng } from '../src/read/png.js';
import { headsPage } from './support/heads-page.js';
import { makePdf } from './support/make-pdf.js';
import { hasChromium } from './support/sample-pdf.js';
import { normalize } from './support/similarity.js';

const hasTesseract = existsSync('/usr/bin/tesseract');

test('crop and scale by any factor: each pixel averages the area it covers', () => {
  // A 6×3 image, columns 0, 30, 60, … 150 on every row.
  const image = { width: 6, height: 3, data: Uint8Array.from({ length: 18 }, (_, i) => (i % 6) * 30) };
  const png = decodePng(encodePng(image))!;
  // By 1.5: 4×2, each pixel one or two source columns (the spans [0,1) [1,3) [3,4) [4,6)).
  const small = cropShrink(png, 0, 0, 6, 3, 1.5);
  assert.equal(small.width, 4);
  assert.equal(small.height, 2);
  assert.deepEqual([...small.data.subarray(0, 4)], [0, 45, 90, 135]);
  // Below 1 it enlarges: every source pixel repeated.
  const large = cropShrink(png, 0, 0, 2, 1, 0.5);
  assert.deepEqual([large.width, large.height], [4, 2]);
  assert.deepEqual([...large.data], [0, 0, 30, 30, 0, 0, 30, 30]);
});

test('a glyph tesseract cut out of a bold head joins the head line, a body line beside it does not', () => {
  const run = (text: string, x: number, y: number, w: number, h: number): TextRun => ({
    text,
    x,
    y,
    w,
    h,
    baseline: y + h,
    fontSize: h / 0.93,
  });
  const head = run('新区开通', 100, 200, 240, 60);
  const cut = run('王', 345, 215, 32, 32);
  const after = run('际公交', 400, 200, 180, 60);
  const farAway = run('本报讯', 700, 215, 90, 30);
  const [, joined, , alone] = joinOrphans([head, cut, after, farAway]);
  assert.deepEqual([joined.y, joined.h, joined.fontSize], [head.y, head.h, head.fontSize]);
  assert.equal(joined.x, cut.x);
  assert.deepEqual(alone, farAway);
});

test('pieces of one OCR line set apart keep the line height: tall word boxes do not make a head', () => {
  // A running head as tesseract boxed it: its line is 23 pixels, but the words of the date
  // piece came out 37 pixels tall.
  const words: [number, number, number, number, string][] = [
    [67, 66, 23, 23, '青'],
    [93, 67, 21, 22, '川'],
    [122, 66, 29, 23, '晨'],
    [152, 67, 13, 22, '报'],
    [217, 66, 60, 23, '2026'],
    [282, 62, 22, 37, '年'],
    [303, 62, 19, 37, '3'],
    [321, 62, 20, 37, '月'],
    [338, 68, 20, 21, '9'],
    [370, 62, 17, 37, '日'],
    [439, 66, 22, 23, '第'],
    [465, 62, 21, 37, '5'],
    [485, 62, 20, 37, '版'],
  ];
  const tsv = [
    'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
    '4\t1\t1\t1\t1\t0\t67\t66\t434\t23\t-1\t',
    ...words.map(([x, y, w, h, t], i) => `5\t1\t1\t1\t1\t${i + 1}\t${x}\t${y}\t${w}\t${h}\t95\t${t}`),
  ].join('\n');
  const runs = runsFromTsv(parseTsv(tsv));
  assert.deepEqual(
    runs.map((r) => r.text),
    ['青川晨报', '2026年3月9日', '第5版'],
  );
  // Sizes from the 23-pixel line (ink about 0.93 em), not the 37-pixel words.
  for (const run of runs) assert.ok(run.fontSize <= 23 / 0.93 + 0.01, `${run.text}: size ${run.fontSize}`);
});

test('a dash tesseract found as a bar with no text opens the line right after it; a rule does not', () => {
  const line: TextRun = { text: '记者手记', x: 150, y: 400, w: 140, h: 35, baseline: 435, fontSize: 37.6 };
  const bar = (left: number, top: number, width: number): TsvRow => ({
    level: 5,
    key: '1.9.1.1',
    left,
    top,
    width,
    height: 2,
    conf: 95,
    text: ' ',
  });
  const [dashed] = withDashes([line], [bar(75, 417, 69)]);
  assert.equal(dashed.text, '——记者手记');
  assert.equal(dashed.x, 75);
  // A rule across the column, a bar under the line, a bar far to the left: no dash.
  for (const other of [bar(20, 417, 400), bar(75, 440, 69), bar(0, 417, 69)])
    assert.equal(withDashes([line], [other])[0].text, '记者手记');
});

test('a head read at three scales takes the reading two agree on, else the first', () => {
  const r = (text: string) => ({ text, conf: 90 });
  assert.equal(chooseReading([r('协同心宽赂'), r('协同心宽敞'), r('协同心宽敞')]), '协同心宽敞');
  assert.equal(chooseReading([r('甲乙'), r('甲丙'), r('甲丁')]), '甲乙');
  assert.equal(chooseReading([r(''), r('便民提示')]), '便民提示');
  assert.equal(chooseReading([]), undefined);
  // A reading that closes a bracket it never opened loses, even to a lone one.
  assert.equal(
    chooseReading([r('夜市开张乡村见闻③)'), r('夜市开张(乡村见闻③)'), r('夜市开张乡村见闻③)')]),
    '夜市开张(乡村见闻③)',
  );
});

test('straight quotes OCR gave a head become the curly ones it prints', () => {
  assert.equal(curlyQuotes('"在村口"，就有便利'), '“在村口”，就有便利');
  assert.equal(curlyQuotes('“在村口"，就有"便利"'), '“在村口”，就有“便利”');
  assert.equal(curlyQuotes('没有引号'), '没有引号');
});

test('the middle dot of a column tag, lost by OCR, is put back in the last parenthetical only', () => {
  assert.equal(columnTagDots('小镇新事(乡村行*走基层)'), '小镇新事(乡村行·走基层)');
  // A gap between two clauses stays a gap.
  assert.equal(columnTagDots('小镇新事(乡村行  走基层)'), '小镇新事(乡村行  走基层)');
  assert.equal(columnTagDots('小镇新事（乡村行。走基层）'), '小镇新事（乡村行·走基层）');
  assert.equal(columnTagDots('小镇新事(乡村行，走基层二)'), '小镇新事(乡村行·走基层二)');
  assert.equal(columnTagDots('小镇新事(乡村行“。走基层)'), '小镇新事(乡村行·走基层)');
  // The dash of a tag read as 一一.
  assert.equal(columnTagDots('小镇新事(乡村行一一石桥村)'), '小镇新事(乡村行——石桥村)');
  // Not inside the head, nor in a parenthetical that does not end it.
  assert.equal(columnTagDots('春耕 备耕(一线)好'), '春耕 备耕(一线)好');
  assert.equal(columnTagDots('春耕 备耕'), '春耕 备耕');
});

test('heads of a scanned page come out whole and exact: short ones, opening quotes, bold 国', {
  skip: !hasChromium ? 'needs /usr/bin/chromium' : !hasTesseract ? 'needs tesseract' : false,
}, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'baoku-ocr-heads-'));
  try {
    const pdfPath = join(dir, 'heads.pdf');
    const truth = await makePdf(headsPage, pdfPath);
    const pngPath = join(dir, 'heads.png');
    await writeFile(pngPath, await renderPageImage(pdfPath, 1, 200));
    const page = parseSource(await readImage(pngPath), { extract: false });
    const titles = page.articles.map((a) => normalize(a.title ?? ''));
    for (const article of truth.articles)
      assert.ok(titles.includes(normalize(article.title)), `${article.title} in ${titles.join(' | ')}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** A TSV of one line (level 4) and its words (level 5): [left, top, width, height, text]. */
function lineTsv(line: [number, number, number, number], words: [number, number, number, number, string][]) {
  return [
    'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
    `4\t1\t1\t1\t1\t0\t${line.join('\t')}\t-1\t`,
    ...words.map(([x, y, w, h, t], i) => `5\t1\t1\t1\t1\t${i + 1}\t${x}\t${y}\t${w}\t${h}\t95\t${t}`),
  ].join('\n');
}

test('a word boxed round its first glyph only is measured by the line pitch, not cut off its line', () => {
  // A bold head at 60 pixels a glyph: 青川县 boxed 50 pixels wide, the next word 3 glyphs on.
  const rest: [number, number, number, number, string][] = [
    [250, 100, 50, 56, '召'],
    [310, 100, 110, 56, '开'],
    [370, 100, 50, 56, '春'],
    [430, 100, 50, 56, '耕'],
    [490, 100, 110, 56, '大会'],
  ];
  // the runs of one OCR line: its box, its first word 青川县 boxed as given, the rest moved by dx
  type Box = [number, number, number, number];
  const runsOf = (box: Box, [x, y, w, h]: Box, dx = 0) =>
    runsFromTsv(
      parseTsv(
        lineTsv(box, [
          [x, y, w, h, '青川县'],
          ...rest.map(([rx, ...r]) => [rx + dx, ...r] as (typeof rest)[0]),
        ]),
      ),
    ).map((r) => r.text);
  assert.deepEqual(runsOf([70, 100, 530, 58], [70, 101, 50, 55]), ['青川县召开春耕大会']);
  assert.equal(glyphPitch(parseTsv(lineTsv([70, 100, 530, 58], rest)).filter((r) => r.level === 5)), 60);
  // Ten ems on, the next word is over a gutter: the line is still cut there.
  assert.deepEqual(runsOf([70, 100, 1130, 58], [70, 101, 50, 55], 600), ['青川县', '召开春耕大会']);
  // A word boxed as wide as its glyphs is not stretched: a gap of three ems after it cuts.
  assert.deepEqual(runsOf([70, 100, 710, 58], [70, 101, 170, 55], 180), ['青川县', '召开春耕大会']);
});

test('a kicker ending in a hyphen ends in the dash it prints', () => {
  assert.equal(headGaps('青川县柳林村-'), '青川县柳林村——');
  assert.equal(headGaps('-春耕忙'), '——春耕忙');
  assert.equal(headGaps('COVID-19'), 'COVID-19');
});

test('a short line boxed taller than its glyphs is body text when set at the body pitch; a short head is not', () => {
  const frag = (text: string, w: number, fontSize: number) => ({
    text,
    box: { x: 100, y: 100, w, h: fontSize * 0.93 },
    fontSize,
  });
  const body = frag('县里召开春耕动员大会部署全年工作', 480, 30);
  const [, tail, head, latin] = snapSizes([
    body,
    // A paragraph's last glyph and a dash, boxed 22% taller: three glyphs in 88 pixels.
    frag('责——', 88, 36.6),
    // A two-glyph head 38 pixels a glyph.
    frag('春耕', 80, 38),
    // Not all full-width: its width says nothing.
    frag('5G', 44, 36.6),
  ]);
  assert.equal(tail.fontSize, 30);
  assert.equal(head.fontSize, 38);
  assert.equal(latin.fontSize, 36.6);
});
