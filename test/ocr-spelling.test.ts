import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  circledDigit,
  digitImage,
  endingRing,
  grownToInk,
  isRing,
  withCircled,
  withTagDot,
} from '../src/read/head-ink.js';
import {
  doubtfulPlaces,
  dropExtra,
  settleByWords,
  spellFromBody,
  spellHeads,
} from '../src/read/head-spelling.js';
import type { Fragment } from '../src/read/layout-lines.js';
import type { Gray } from '../src/read/png.js';

// Invented body text (places and events made up by the Baoku authors).
const body =
  '本报讯 石桥村今年在村口新建便民服务站，村民办理社保不用再进城。两村在春节前互致贺电，' +
  '约定开春后合办青川乡村振兴论坛。村里还有一家老茶馆，青川却有百家民宿。';

test('a head character OCR misread is taken from the body that holds the words around it', () => {
  assert.equal(spellFromBody('石桥村新建便民服务枯', body), '石桥村新建便民服务站');
  assert.equal(spellFromBody('两村春节前互致咒电', body), '两村春节前互致贺电');
  // Only where the head's readings disagreed, when that is known.
  assert.equal(spellFromBody('两村春节前互致咒电', body, new Set([7])), '两村春节前互致贺电');
  assert.equal(spellFromBody('两村春节前互致咒电', body, new Set([0, 1, 2])), '两村春节前互致咒电');
});

test('the places the readings of a head disagree on: outside what they share at both ends', () => {
  assert.deepEqual([...doubtfulPlaces('两村互致咒电', ['两村互致贺电', '两村互致咒电'])], [4]);
  // A reading one character longer or shorter marks the stretch between.
  assert.deepEqual([...doubtfulPlaces('人民了眼', ['人民眼'])], [2]);
  assert.deepEqual([...doubtfulPlaces('人民眼', ['人民了眼', '人民眼'])], []);
});

test('a head the body does not contradict stays as read', () => {
  // The head's character makes a word (拥有): a kicker may say it where the body says 却有.
  assert.equal(spellFromBody('青川拥有百家民宿', body), '青川拥有百家民宿');
  // Already the body's reading; and words the body lacks.
  assert.equal(spellFromBody('石桥村新建便民服务站', body), '石桥村新建便民服务站');
  assert.equal(spellFromBody('春耕备耕正当时', body), '春耕备耕正当时');
  // Two places in the body read differently: no choice is made.
  assert.equal(
    spellFromBody('石桥村新建便民服务枯', `${body}东岭村新建便民服务点。`),
    '石桥村新建便民服务枯',
  );
  // Too little context: three characters around the misread one are not enough.
  assert.equal(spellFromBody('两村互致咒电', body), '两村互致咒电');
  // A different character where the body's makes no word either (会 | 将).
  assert.equal(spellFromBody('石桥村今年会在村口', `${body}石桥村今年将在村口`), '石桥村今年会在村口');
});

test('only heads are spelt, from the body lines of the page (a word wrapped over two lines too)', () => {
  const line = (text: string, x: number, y: number, h: number): Fragment => ({
    text,
    box: { x, y, w: 20 * h, h },
    fontSize: h / 0.93,
  });
  const fragments = [
    line('石桥村新建便民服务枯', 100, 50, 60),
    // The body's 便民服务站 wraps after 便民; the line beside it in the next column is apart.
    line('本报讯 石桥村今年在村口新建便民', 100, 150, 28),
    line('两村合办论坛。东岭村修路', 800, 150, 28),
    line('服务站，村民办理社保不用再进城。', 100, 185, 28),
    line('村里的老茶馆重新开张。', 100, 400, 28),
  ];
  const out = spellHeads(fragments, (f) => f.fontSize > 40);
  assert.equal(out[0].text, '石桥村新建便民服务站');
  // Body lines are never changed.
  assert.deepEqual(out.slice(1), fragments.slice(1));
});

test('readings that differ in one character: the one that makes a word wins', () => {
  assert.equal(settleByWords('两村互致咒电', ['两村互致咒电', '两村互致贺电']), '两村互致贺电');
  // The chosen reading already makes words there; readings of another length say nothing.
  assert.equal(settleByWords('青川拥有民宿', ['青川却有民宿']), '青川拥有民宿');
  assert.equal(settleByWords('两村互致咒电', ['两村互致贺电报']), '两村互致咒电');
});

/** A white image with black shapes drawn by a predicate over pixel centres. */
function draw(width: number, height: number, ink: (x: number, y: number) => boolean): Gray {
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) if (ink(x + 0.5, y + 0.5)) data[y * width + x] = 0;
  return { width, height, data };
}

const ring = (cx: number, cy: number, r: number) => (x: number, y: number) => {
  const d = Math.hypot(x - cx, y - cy);
  return d <= r && d >= r - 4;
};
const square = (x0: number, y0: number, s: number) => (x: number, y: number) =>
  x >= x0 &&
  x <= x0 + s &&
  y >= y0 &&
  y <= y0 + s &&
  (x - x0 < 4 || x0 + s - x < 4 || y - y0 < 4 || y0 + s - y < 4);

test('a ring ending a head (or before its bracket) is found; a square glyph or a bar is not', () => {
  const bracket = (x: number, y: number) => x >= 170 && x <= 176 && y >= 12 && y <= 68;
  const page = draw(200, 80, (x, y) => ring(130, 40, 28)(x, y) || bracket(x, y) || square(20, 12, 56)(x, y));
  const found = endingRing(page, { x: 10, y: 10, w: 170, h: 60 });
  assert.ok(found && Math.abs(found.x - 102) <= 1 && Math.abs(found.w - 56) <= 2, JSON.stringify(found));
  assert.equal(isRing(page, { x: 20, y: 12, w: 57, h: 57 }), false);
  // The head ends with the square: no ring.
  assert.equal(endingRing(page, { x: 10, y: 10, w: 70, h: 60 }), undefined);
  // The digit image keeps the inside of the ring only.
  const inner = draw(
    80,
    80,
    (x, y) => ring(40, 40, 28)(x, y) || (Math.abs(x - 40) < 3 && Math.abs(y - 40) < 15),
  );
  const digit = digitImage(inner, { x: 12, y: 12, w: 56, h: 56 });
  const dark = [...digit.data].filter((v) => v < 128).length;
  const stroke = draw(80, 80, (x, y) => Math.abs(x - 40) < 3 && Math.abs(y - 40) < 15);
  assert.ok(dark > 0 && dark <= 1.2 * [...stroke.data].filter((v) => v < 128).length * (64 / 56) ** 2);
});

test('a circled number goes in place of its misreading, or after the last ideograph', () => {
  assert.equal(circledDigit(3), '③');
  assert.equal(circledDigit(12), '⑫');
  assert.equal(circledDigit(0), undefined);
  assert.equal(withCircled('小镇夜市(乡村见闻@)', '③'), '小镇夜市(乡村见闻③)');
  assert.equal(withCircled('小镇夜市（乡村见闻）', '③'), '小镇夜市（乡村见闻③）');
  assert.equal(withCircled('小镇夜市系列谈©', '②'), '小镇夜市系列谈②');
  assert.equal(withCircled('小镇夜市系列谈', '②'), '小镇夜市系列谈②');
});

test('a column tag gets its middle dot back only when the ink holds one', () => {
  // A head of 10 glyphs, 50 pixels each; its tag is the last part. A dot at mid height at x 420.
  const glyphs = (x: number, y: number) =>
    y >= 10 && y <= 60 && x % 50 >= 5 && x % 50 <= 45 && (x < 400 || x > 450);
  const box = { x: 0, y: 10, w: 600, h: 50 };
  const dotted = draw(600, 70, (x, y) => glyphs(x, y) || (Math.abs(x - 425) < 4 && Math.abs(y - 35) < 4));
  const plain = draw(600, 70, glyphs);
  assert.equal(withTagDot(dotted, box, '小镇夜市(乡村见闻 走基层)'), '小镇夜市(乡村见闻·走基层)');
  assert.equal(withTagDot(plain, box, '小镇夜市(乡村见闻 走基层)'), '小镇夜市(乡村见闻 走基层)');
  // A dot OCR lost altogether goes where the ink has it; spaces elsewhere stay.
  assert.equal(withTagDot(dotted, box, '小镇夜市(乡村见闻走基层)'), '小镇夜市(乡村见闻·走基层)');
  assert.equal(withTagDot(dotted, box, '小镇 夜市(乡村见闻走基层)'), '小镇 夜市(乡村见闻·走基层)');
  assert.equal(withTagDot(plain, box, '小镇夜市(乡村见闻走基层)'), '小镇夜市(乡村见闻走基层)');
  // No tag, or two gaps in it: nothing to say which is the dot.
  assert.equal(withTagDot(dotted, box, '小镇夜市 乡村见闻'), '小镇夜市 乡村见闻');
  assert.equal(withTagDot(dotted, box, '小镇(乡村 见闻 走基层)'), '小镇(乡村 见闻 走基层)');
});

test('a character two rereads add, that the other readings lack and that makes no word, is dropped', () => {
  const tagged = '夜市开张(山乡眼·小镇新貌)';
  const added = '夜市开张(山乡了眼·小镇新貌)';
  assert.equal(dropExtra(added, [tagged, '夜市开张(山乡眼 小镇新貌)', added, added]), tagged);
  // A reading as long as the chosen one that differs: nothing is settled.
  assert.equal(dropExtra(added, [tagged, '夜市开张(山乡子眼·小镇新貌)', added]), added);
  // The character makes a word (日报): it stays.
  assert.equal(dropExtra('青川日报社', ['青川报社', '青川日报社', '青川日报社']), '青川日报社');
  // Every reading agrees: nothing to drop.
  assert.equal(dropExtra(added, [added, added]), added);
});

test('a head box that ends inside its last glyph grows over the rest of it, not over a gutter', () => {
  // White paper 300×60 with three bars of ink 40 pixels tall: a glyph at 10–50, a glyph's two
  // parts at 60–75 and 79–100 (a gap of 4 inside it), and a column 30 pixels (half an em) on.
  const width = 300;
  const height = 60;
  const data = new Uint8Array(width * height).fill(255);
  const ink = (x0: number, x1: number) => {
    for (let y = 10; y < 50; y++) for (let x = x0; x < x1; x++) data[y * width + x] = 0;
  };
  ink(10, 50);
  ink(60, 75);
  ink(79, 100);
  ink(130, 160);
  const page = { width, height, data };
  // The box ends right after the glyph's left part: it reaches on to 100, not to the column.
  assert.deepEqual(grownToInk(page, { x: 10, y: 10, w: 67, h: 40 }), { x: 10, y: 10, w: 90, h: 40 });
  // A box holding whole glyphs stays.
  assert.deepEqual(grownToInk(page, { x: 8, y: 10, w: 94, h: 40 }), { x: 8, y: 10, w: 94, h: 40 });
  // Its left edge inside a glyph grows to the left.
  assert.deepEqual(grownToInk(page, { x: 30, y: 10, w: 72, h: 40 }), { x: 10, y: 10, w: 92, h: 40 });
});
