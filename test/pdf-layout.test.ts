import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Fragment, fragmentsFromRuns } from '../src/read/layout-lines.js';
import { orderFragments } from '../src/read/layout-order.js';
import { textRun } from './support/text-run.js';

const frag = (text: string, x: number, y: number, w: number, fontSize = 10): Fragment => ({
  text,
  box: { x, y, w, h: fontSize },
  fontSize,
});

/** A column of `n` full body lines named `name1…`; the first indented by 2 em when it starts a paragraph. */
function column(name: string, x: number, y: number, n: number, starts = true): Fragment[] {
  return Array.from({ length: n }, (_, i) =>
    starts && i === 0 ? frag(`${name}${i + 1}`, x + 20, y, 80) : frag(`${name}${i + 1}`, x, y + i * 16, 100),
  );
}

const texts = (fragments: Fragment[]) =>
  orderFragments(fragments)
    .filter((l) => l.text)
    .map((l) => l.text.trim());

test('two articles side by side: each head, then its columns, left article first', () => {
  const page = [
    frag('乙标题', 250, 0, 150, 20),
    ...column('乙左', 250, 40, 5),
    ...column('乙右', 370, 40, 5, false),
    frag('甲标题', 0, 0, 200, 20),
    ...column('甲左', 0, 40, 5),
    ...column('甲右', 120, 40, 5, false),
  ];
  const lines = texts(page);
  assert.deepEqual(lines, [
    '甲标题',
    '甲左1甲左2甲左3甲左4甲左5甲右1甲右2甲右3甲右4甲右5',
    '乙标题',
    '乙左1乙左2乙左3乙左4乙左5乙右1乙右2乙右3乙右4乙右5',
  ]);
});

test('articles stacked under short heads: the last column is read with its own article', () => {
  // The heads are shorter than the page, so a gutter runs down the whole page beside them.
  const page = [
    frag('一标题', 0, 0, 150, 20),
    ...column('一甲', 0, 40, 3),
    ...column('一乙', 120, 40, 3, false),
    ...column('一丙', 240, 40, 3, false),
    frag('二标题', 0, 120, 150, 20),
    ...column('二甲', 0, 160, 3),
    ...column('二乙', 120, 160, 3, false),
    ...column('二丙', 240, 160, 3, false),
  ];
  const lines = texts(page);
  assert.equal(lines[0], '一标题');
  assert.ok(lines[1].startsWith('一甲1'));
  assert.ok(lines[1].endsWith('一丙3'), 'the first article runs through its three columns');
  assert.equal(lines[2], '二标题');
  assert.ok(lines[3].endsWith('二丙3'));
});

test('a new paragraph starts at an indent; a short last line ends it; heads and captions stand apart', () => {
  const page = [
    frag('标题', 0, 0, 100, 20),
    frag('起', 20, 40, 80),
    frag('续', 0, 56, 100),
    frag('止', 0, 72, 40),
    frag('行', 0, 88, 100),
    frag('图说', 0, 120, 100, 8),
    frag('又起', 20, 150, 80),
  ];
  assert.deepEqual(texts(page), ['标题', '起续止', '行', '图说', '又起']);
  const indented = orderFragments(page).filter((l) => l.text.startsWith('　　'));
  assert.deepEqual(
    indented.map((l) => l.text),
    ['　　起续止', '　　又起'],
  );
});

/** The text of a column's lines, joined as one paragraph block. */
const joined = (name: string, n: number) => Array.from({ length: n }, (_, i) => `${name}${i + 1}`).join('');

test('rows of articles side by side, a gutter down both rows: each row read before the one under it', () => {
  const page = [
    frag('甲标题', 0, 0, 200, 20),
    ...column('甲左', 0, 40, 5),
    ...column('甲右', 120, 40, 5, false),
    frag('乙标题', 240, 0, 200, 20),
    ...column('乙左', 240, 40, 3),
    ...column('乙右', 360, 40, 3, false),
    // The next row starts under the taller article of the first.
    frag('丙标题', 0, 140, 200, 20),
    ...column('丙左', 0, 180, 3),
    ...column('丙右', 120, 180, 3, false),
    frag('丁标题', 240, 140, 200, 20),
    ...column('丁左', 240, 180, 5),
    ...column('丁右', 360, 180, 5, false),
  ];
  assert.deepEqual(texts(page), [
    '甲标题',
    joined('甲左', 5) + joined('甲右', 5),
    '乙标题',
    joined('乙左', 3) + joined('乙右', 3),
    '丙标题',
    joined('丙左', 3) + joined('丙右', 3),
    '丁标题',
    joined('丁左', 5) + joined('丁右', 5),
  ]);
});

test('white space across a row (a picture in one article, its neighbours ended) is no band: the article is read whole', () => {
  const page = [
    frag('甲标题', 0, 0, 200, 20),
    ...column('甲左', 0, 40, 3),
    ...column('甲右', 120, 40, 3, false),
    frag('乙标题', 240, 0, 100, 20),
    ...column('乙上', 240, 40, 3),
    // The picture: no text from 82 to 150, across the whole row.
    frag('乙图说', 240, 150, 90, 8),
    ...column('乙下', 240, 170, 3),
    frag('丙标题', 360, 0, 100, 20),
    ...column('丙', 360, 40, 2),
    frag('丁标题', 0, 240, 460, 20),
    ...column('丁左', 0, 280, 2),
    ...column('丁右', 120, 280, 2, false),
  ];
  assert.deepEqual(texts(page), [
    '甲标题',
    joined('甲左', 3) + joined('甲右', 3),
    '乙标题',
    joined('乙上', 3),
    '乙图说',
    joined('乙下', 3),
    '丙标题',
    joined('丙', 2),
    '丁标题',
    joined('丁左', 2) + joined('丁右', 2),
  ]);
});

test('columns without heads go on with the article left of them; the head of the next article stands apart', () => {
  // The first article's head spans two of its three columns; the second article has a picture
  // under its head, so that a gap runs under both heads.
  const page = [
    frag('甲标题', 0, 0, 150, 20),
    ...column('甲一', 0, 40, 4),
    ...column('甲二', 120, 40, 4, false),
    ...column('甲三', 240, 40, 4, false),
    frag('乙标题', 360, 0, 80, 20),
    frag('乙图说', 360, 110, 90, 8),
    ...column('乙', 360, 130, 2),
  ];
  assert.deepEqual(texts(page), [
    '甲标题',
    joined('甲一', 4) + joined('甲二', 4) + joined('甲三', 4),
    '乙标题',
    '乙图说',
    joined('乙', 2),
  ]);
});

test('a row ends above an article whose heads span only some of its columns', () => {
  // The gutter left of the last column runs down the page: the heads of the second row stop short of it.
  const page = [
    frag('甲标题', 0, 0, 330, 20),
    ...column('甲一', 0, 40, 3),
    ...column('甲二', 120, 40, 3, false),
    ...column('甲三', 240, 40, 3, false),
    frag('乙标题', 360, 0, 100, 20),
    ...column('乙', 360, 40, 8),
    frag('丙标题', 0, 190, 300, 20),
    ...column('丙一', 0, 230, 3),
    ...column('丙二', 120, 230, 3, false),
    ...column('丙三', 240, 230, 3, false),
    ...column('丙四', 360, 230, 3, false),
  ];
  assert.deepEqual(texts(page), [
    '甲标题',
    joined('甲一', 3) + joined('甲二', 3) + joined('甲三', 3),
    '乙标题',
    joined('乙', 8),
    '丙标题',
    joined('丙一', 3) + joined('丙二', 3) + joined('丙三', 3) + joined('丙四', 3),
  ]);
});

const run = textRun;

/** Body lines of a column of width 100 at `x`, from `baseline` down. */
const bodyRuns = (x: number, baseline: number, n: number) =>
  Array.from({ length: n }, (_, i) => run('正文正文正文正文正文', x, baseline + i * 16, 10));

test('a head level with a body line of the next article is a fragment of its own', () => {
  const fragments = fragmentsFromRuns([
    ...bodyRuns(0, 40, 3),
    run('乙标题', 120, 40, 20),
    ...bodyRuns(120, 70, 3),
  ]);
  assert.ok(fragments.some((f) => f.text === '乙标题'));
  assert.ok(fragments.some((f) => f.text === '正文正文正文正文正文' && f.box.y < 40));
});

test('heads of two articles level over a body gutter are two fragments; clauses of one head over columns stay one', () => {
  // Columns 0–100 and 125–225: a gutter of 2.5 ems, narrower than 1.5 head ems.
  const apart = fragmentsFromRuns([
    run('甲标题甲标', 0, 20, 20),
    run('乙标题', 125, 20, 20),
    ...bodyRuns(0, 50, 3),
    ...bodyRuns(125, 50, 3),
  ]);
  assert.deepEqual(
    apart.filter((f) => f.fontSize === 20).map((f) => f.text),
    ['甲标题甲标', '乙标题'],
  );
  // A head of two clauses one head em apart, over both columns: the space is off the gutter.
  const one = fragmentsFromRuns([
    run('甲标题', 30, 20, 20),
    run('乙标题', 110, 20, 20),
    ...bodyRuns(0, 50, 3),
    ...bodyRuns(125, 50, 3),
  ]);
  assert.deepEqual(
    one.filter((f) => f.fontSize === 20).map((f) => f.text),
    ['甲标题 乙标题'],
  );
});

test('a head that ends in a closing bracket may overhang its column by half of it and still stand apart', () => {
  // The left head's （…） runs 9 pt (0.45 of its em) past its column's edge at 100; the right
  // head starts on the next column at 125.
  const apart = fragmentsFromRuns([
    run('甲标（题）', 0, 20, 20, 109),
    run('乙标题', 125, 20, 20),
    ...bodyRuns(0, 50, 3),
    ...bodyRuns(125, 50, 3),
  ]);
  assert.deepEqual(
    apart.filter((f) => f.fontSize === 20).map((f) => f.text),
    ['甲标（题）', '乙标题'],
  );
});

test('a short article leaves columns empty: the next row starts where the next article’s text or a picture does', () => {
  // A gutter runs down the page between the 2nd and 3rd columns; the short article under the
  // first row fills the left two columns only.
  const firstRow = [
    frag('甲标题', 0, 0, 200, 20),
    ...column('甲左', 0, 40, 3),
    ...column('甲右', 120, 40, 3, false),
    frag('乙标题', 240, 0, 200, 20),
    ...column('乙左', 240, 40, 5),
    ...column('乙右', 360, 40, 5, false),
  ];
  const short = [
    frag('丙标题', 0, 140, 150, 20),
    ...column('丙左', 0, 180, 2),
    ...column('丙右', 120, 180, 2, false),
  ];
  const next = [
    frag('丁标题', 0, 300, 150, 20),
    ...column('丁一', 0, 340, 2),
    ...column('丁二', 120, 340, 2, false),
    ...column('丁三', 240, 340, 2, false),
    ...column('丁四', 360, 340, 2, false),
  ];
  const heads = ['甲标题', '乙标题', '丙标题', '丁标题'];
  const order = (lines: string[]) => heads.map((h) => lines.indexOf(h));
  const read = texts([...firstRow, ...short, ...next]);
  assert.deepEqual(order(read), [0, 2, 4, 6]);
  assert.equal(read[7], joined('丁一', 2) + joined('丁二', 2) + joined('丁三', 2) + joined('丁四', 2));
  // The short article's picture at the top of the third column: its caption is the first text there.
  const pictured = texts([...firstRow, ...short, frag('丙图说', 240, 260, 90, 8)]);
  assert.deepEqual(pictured.slice(4), ['丙标题', joined('丙左', 2) + joined('丙右', 2), '丙图说']);
});
