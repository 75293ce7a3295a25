import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { lexicon, readList } from '../src/extract/lexicon.js';
import { type WordTable, wordCacheFile, wordTable } from '../src/extract/words.js';
import { jiebaDictPath } from '../src/segment/words.js';

const surnameStart = (word: string): boolean =>
  lexicon.surnames.has(word[0]) || lexicon.compoundSurnames.has(word.slice(0, 2));

/** Every answer of the table for a word, in one string. */
function answers(table: WordTable, word: string): string {
  const context = `之${word}`;
  return [
    table.isOrdinaryWord(word),
    table.isCommonWord(word),
    table.isWord(word),
    table.isFrequentWord(word),
    table.isCommonWordAt(context, 1),
    table.isWordAt(context, 1),
    table.isFrequentWordAt(context, 1),
    table.isFunctionChar(word[0]),
  ]
    .map((yes) => (yes ? 1 : 0))
    .join('');
}

test('word table: read from its cache file it answers as read from the dictionary', () => {
  const fresh = wordTable(surnameStart);
  // A key of this test's own: the first table writes a new cache file, the second reads it.
  const key = `test ${process.pid} ${Date.now()}`;
  const file = wordCacheFile(key);
  assert.ok(!existsSync(file));
  const before = wordTable(surnameStart, key);
  assert.ok(existsSync(file), 'the cache file written');
  const cached = wordTable(surnameStart, key);
  const words = readFileSync(jiebaDictPath, 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[0])
    .filter((word) => word.length >= 1 && word.length <= 3);
  assert.ok(words.length > 100000, `${words.length} short dictionary words`);
  // near misses too: words with a character swapped
  const probes = [...words, ...words.slice(0, 5000).map((word) => `${word.slice(1)}${word[0]}`)];
  for (const word of probes) {
    assert.equal(answers(cached, word), answers(fresh, word), word);
    assert.equal(answers(before, word), answers(fresh, word), word);
  }
  assert.ok(fresh.isOrdinaryWord('高质量') && fresh.isWord('文化') && !fresh.isOrdinaryWord('习近平'));
  assert.ok(fresh.isFunctionChar('不') && !fresh.isFunctionChar('王'));
  rmSync(file);
});

test('word table: two-character words as the dictionary lines say, read line by line', () => {
  const table = wordTable(surnameStart, 'reference');
  const any = new Set<string>();
  const common = new Set<string>();
  const frequent = new Set<string>();
  const lines = readFileSync(jiebaDictPath, 'utf8').split('\n');
  const userLines = readList('userdict.txt');
  for (const line of [...lines, ...userLines]) {
    const [word, frequencyText, tag = ''] = line.trim().split(/\s+/);
    if (word?.length !== 2) continue;
    const force = userLines.includes(line);
    const frequency = Number(frequencyText);
    const tagged = tag.startsWith('nr');
    if (!tagged && (force || frequency >= 20)) any.add(word);
    if (!tagged && (force || frequency >= 100)) common.add(word);
    if (frequency >= 1000) frequent.add(word);
  }
  for (const line of lines) {
    const word = line.split(' ')[0];
    if (word.length !== 2) continue;
    assert.equal(table.isWord(word), any.has(word), word);
    assert.equal(table.isCommonWord(word), common.has(word), word);
    assert.equal(table.isFrequentWord(word), frequent.has(word), word);
  }
  rmSync(wordCacheFile('reference'), { force: true });
});

test('word table: a truncated or damaged cache file is read again from the dictionary', () => {
  const key = `truncated ${process.pid} ${Date.now()}`;
  wordTable(surnameStart, key);
  const path = wordCacheFile(key);
  const whole = readFileSync(path);
  writeFileSync(path, whole.subarray(0, whole.length - 7));
  const table = wordTable(surnameStart, key);
  assert.ok(table.isWord('文化') && table.isOrdinaryWord('高质量'));
  // and the cache is whole again
  assert.deepEqual(readFileSync(path), whole);
  // a byte changed in the bits, the length kept: the checksum sends it back to the dictionary
  const damaged = Buffer.from(whole);
  const at = damaged.length - 1 - damaged.subarray().reverse().indexOf(0);
  damaged[at] = 0xff;
  writeFileSync(path, damaged);
  const again = wordTable(surnameStart, key);
  assert.ok(again.isWord('文化') && again.isOrdinaryWord('高质量'));
  assert.deepEqual(readFileSync(path), whole);
  rmSync(path);
});
