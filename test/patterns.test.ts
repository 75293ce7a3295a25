import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldsApart, sentenceEnd, sentenceEndPattern } from '../src/segment/patterns.js';
import { displayWidth, measureLine } from '../src/segment/pieces.js';

test('sentenceEnd reads the end of a text as its pattern does', () => {
  // every string of up to five characters over stops, closers, dots, dashes and text
  const alphabet = [
    '。',
    '!',
    '?',
    '…',
    ';',
    ':',
    '.',
    '"',
    "'",
    '”',
    '’',
    '」',
    '』',
    ')',
    ']',
    '】',
    '—',
    '中',
    'a',
    ',',
    ' ',
  ];
  let strings = [''];
  let tested = 0;
  for (let length = 0; length <= 4; length++) {
    for (const text of strings) {
      assert.equal(sentenceEnd.test(text), sentenceEndPattern.test(text), JSON.stringify(text));
      tested++;
    }
    strings = strings.flatMap((text) => alphabet.map((char) => text + char));
  }
  assert.ok(tested > 200_000);
  for (const text of [
    '他说:“我们会回来的。”',
    '全文完……',
    '——编者',
    '未完待续...)',
    '共同推进合作,',
    '（下转第四版）',
    '会议强调:',
  ])
    assert.equal(sentenceEnd.test(text), sentenceEndPattern.test(text), text);
});

test('measureLine gives displayWidth and the glyphs as set (... one glyph) in one pass', () => {
  const alphabet = ['.', 'a', '中', '\ud83d', '\ude00', '…', '—', '“', ' ', '１', 'ᄀ'];
  let strings = [''];
  for (let length = 0; length <= 5; length++) {
    for (const text of strings) {
      const { width, glyphs } = measureLine(text);
      assert.equal(width, displayWidth(text), JSON.stringify(text));
      assert.equal(glyphs, [...text.replace(/\.\.\./g, '…')].length, JSON.stringify(text));
    }
    strings = strings.flatMap((text) => alphabet.map((char) => text + char));
  }
});

test('foldsApart: what it lets join folds as NFKC of the joined text would', () => {
  const opening: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (foldsApart(String.fromCharCode(c))) opening.push(c);
  // the Han block, ASCII, full-width forms and the common punctuation, nothing else
  assert.ok(opening.length > 21000 && opening.length < 21400);
  // (every Han character alike: a few stand for the block)
  const sample = opening.filter((c) => c < 0x4e00 || c > 0x9fff || c % 1999 === 0);
  for (let before = 1; before < 0x3100; before++) {
    if (before >= 0xd800) continue;
    const a = String.fromCharCode(before);
    const foldedA = a.normalize('NFKC');
    for (const c of sample) {
      const b = String.fromCharCode(c);
      if ((a + b).normalize('NFKC') !== foldedA + b.normalize('NFKC'))
        assert.fail(`U+${before.toString(16)} U+${c.toString(16)}`);
    }
  }
});
