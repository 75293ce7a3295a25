import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceEnd, sentenceEndPattern } from '../src/segment/patterns.js';
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
