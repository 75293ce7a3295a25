import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charCount, charsOver, countOf, firstChar, lastChar } from '../src/segment/chars.js';

test('charCount, charsOver, firstChar and lastChar read a text as its spread does', () => {
  // every string of up to four units over Han, ASCII, a surrogate pair's halves and a dot
  const alphabet = ['中', 'a', '\ud840', '\udc00', '…', ' '];
  let texts = [''];
  const all: string[] = [''];
  for (let n = 0; n < 4; n++) {
    texts = texts.flatMap((t) => alphabet.map((c) => t + c));
    all.push(...texts);
  }
  all.push('𠀀'.repeat(40), `${'中'.repeat(61)}`, `${'𠀀'.repeat(30)}中`, `${'𠀀'.repeat(31)}`);
  for (const text of all) {
    const spread = [...text];
    assert.equal(charCount(text), spread.length, JSON.stringify(text));
    assert.equal(firstChar(text), spread[0], JSON.stringify(text));
    assert.equal(lastChar(text), spread.at(-1), JSON.stringify(text));
    for (const most of [0, 1, 2, 3, 30, 60]) assert.equal(charsOver(text, most), spread.length > most);
    for (const c of ['中', 'a', '\ud840'])
      assert.equal(countOf(text, c.charCodeAt(0)), text.split(c).length - 1);
  }
});
