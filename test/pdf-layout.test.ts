import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fragment } from '../src/read/layout-lines.js';
import { orderFragments } from '../src/read/layout-order.js';

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
