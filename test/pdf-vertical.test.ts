import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fragmentsFromRuns, type TextRun } from '../src/read/layout-lines.js';
import { orderFragments } from '../src/read/layout-order.js';
import { verticalHeads } from '../src/read/layout-vertical.js';

/** A run as a PDF gives it: x and baseline in points, CJK glyphs an em wide. */
const run = (text: string, x: number, baseline: number, size = 10): TextRun => ({
  text,
  x,
  y: baseline - 0.88 * size,
  w: [...text].length * size,
  h: size,
  baseline,
  fontSize: size,
});

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
