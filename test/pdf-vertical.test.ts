import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseSource } from '../src/parse.js';
import { fragmentsFromRuns, type TextRun } from '../src/read/layout-lines.js';
import { orderFragments } from '../src/read/layout-order.js';
import { verticalHeads } from '../src/read/layout-vertical.js';
import { readPdf } from '../src/read/pdf.js';
import { type LayoutPage, makePdf } from './support/make-pdf.js';
import { hasChromium } from './support/sample-pdf.js';
import { textRun } from './support/text-run.js';

const run = textRun;

/** Body lines of a column, 16 pt apart; the first indented by 2 em where a paragraph starts. */
function column(lines: string[], x: number, top: number, starts = true): TextRun[] {
  return lines.map((text, i) => run(text, starts && i === 0 ? x + 20 : x, top + i * 16));
}

const bodyLeft = ['青川新城首批安置', '房正式交付来自沿江三', '个村的四百余户群众领', '到了新房钥匙开启了新'];
const bodyRight = ['的生活据介绍首批安置', '房共有六栋配套建设了', '社区服务中心和农贸市', '场便民。'];
/** A 22-pt head set vertically, one glyph a run, an em under the other. */
const verticalTitle = (x: number) => [...'新城交房'].map((glyph, i) => run(glyph, x, 40 + i * 22, 22));

const read = (runs: TextRun[]) => {
  const { fragments, rest } = verticalHeads(runs);
  return orderFragments([...fragmentsFromRuns(rest), ...fragments])
    .filter((l) => l.text)
    .map((l) => l.text.trim());
};

test("a head set vertically at an article's left is one line, read before the columns beside it", () => {
  const lines = read([
    ...verticalTitle(0),
    ...column(bodyLeft, 40, 40),
    ...column(bodyRight, 170, 40, false),
  ]);
  assert.deepEqual(lines, ['新城交房', `　　${bodyLeft.join('')}${bodyRight.join('')}`.trim()]);
});

test("a head set vertically at an article's right edge still comes before the article's columns", () => {
  const lines = read([
    ...column(bodyLeft, 0, 40),
    ...column(bodyRight, 130, 40, false),
    ...verticalTitle(260),
  ]);
  assert.deepEqual(lines, ['新城交房', `　　${bodyLeft.join('')}${bodyRight.join('')}`.trim()]);
});

test('body text set glyph by glyph is no vertical head: each glyph has neighbours on its row', () => {
  const glyphByGlyph = bodyLeft.flatMap((line, row) =>
    [...line].map((glyph, k) => run(glyph, (row === 0 ? 20 : 0) + k * 10, 40 + row * 16)),
  );
  assert.equal(verticalHeads(glyphByGlyph).fragments.length, 0);
  // and a column's first glyphs, stacked line under line, are no chain either
  assert.deepEqual(read(glyphByGlyph), [`　　${bodyLeft.join('')}`.trim()]);
});

test("a printed page with heads set vertically at an article's right and left edges parses into its articles", {
  skip: hasChromium ? false : 'needs /usr/bin/chromium to print the page',
}, async () => {
  const page: LayoutPage = {
    paper: '青川晨报',
    dateLine: '2026年3月9日　星期一',
    page: 6,
    columns: 3,
    width: 900,
    articles: [
      {
        title: '青川新城安置房交付',
        verticalTitle: 'right',
        paragraphs: [
          '11月20日，青川新城首批安置房正式交付，来自沿江三个村的四百余户群众领到了新房钥匙，开启了新的生活。据介绍，首批安置房共有六栋，配套建设了社区服务中心、幼儿园和农贸市场。',
          '“房子宽敞明亮，孩子上学也近了。”村民周大姐说。新城还将建设一所小学和一座公园，预计明年秋季投入使用，群众步行十分钟即可办事购物。',
        ],
      },
      {
        title: '滨江公园冬季长跑开跑',
        verticalTitle: 'left',
        paragraphs: [
          '江城第十届冬季长跑活动21日在滨江公园举行，三千余名市民参加，年龄最大的参赛者已经七十二岁。活动设置了五公里和十公里两个项目，沿途设有八个补给站。',
          '组织者还安排了医疗志愿者全程保障。赛后，不少市民在终点合影留念，组织者表示明年将增设亲子组。',
        ],
      },
    ],
  };
  const dir = mkdtempSync(join(tmpdir(), 'baoku-vertical-'));
  try {
    const pdfPath = join(dir, 'page.pdf');
    const truth = await makePdf(page, pdfPath);
    const parsed = parseSource(await readPdf(readFileSync(pdfPath)), { extract: false });
    assert.deepEqual(
      parsed.articles.map((a) => [a.title, a.paragraphs]),
      truth.articles.map((a) => [a.title, a.paragraphs]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
