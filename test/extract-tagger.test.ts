import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagger, tagText } from '../src/extract/tagger.js';

/** The tokens as word/tag pairs, the way jieba's own tag gives them. */
const pairs = (tokens: ReadonlyArray<{ word: string; tag: string }>): string[][] =>
  tokens.map(({ word, tag }) => [word, tag]);

test('tagText gives what jieba tag gives, texts met for the first time and again', () => {
  // Invented spans as organisations.ts joins them (one to a line), titles, and text with
  // spaces, Latin letters, digits and punctuation.
  const texts = [
    '青川县农业农村局\n河口镇人民政府\n省教育与职业培训部',
    '市委常委、宣传部部长',
    '东湖区 市场监督管理局',
    'ABC公司与3M合作中心',
    '河口镇人民政府办公室\n\n云岭大学附属医院',
    '国务委员兼外长',
    '',
  ];
  for (let round = 0; round < 2; round++) {
    for (const text of texts) assert.deepEqual(pairs(tagText(text)), pairs(tagger().tag(text, false)), text);
  }
});
