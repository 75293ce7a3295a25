import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { alternation, lexiconDir, readList, readPairs } from '../src/extract/lexicon.js';

const lists = readdirSync(lexiconDir).filter((name) => name.endsWith('.txt'));
const pairFiles = new Set(['event-types.txt', 'role-verbs.txt']);
const contractRoles = new Set([
  'attended',
  'participated',
  'presided',
  'spoke',
  'signed',
  'led',
  'met',
  'reported',
]);

test('lexicon: every list has entries, none empty, none twice', () => {
  assert.ok(lists.length >= 10, `lexicon files: ${lists.join(', ')}`);
  for (const name of lists) {
    // transliteration.txt lists characters, several a line.
    const entries = name === 'transliteration.txt' ? [...readList(name).join('')] : readList(name);
    assert.ok(entries.length > 0, `${name} is empty`);
    const seen = new Set<string>();
    for (const entry of entries) {
      assert.notEqual(entry.trim(), '', `${name}: empty entry`);
      const key = name === 'userdict.txt' ? entry.split(/\s+/)[0] : entry;
      assert.ok(!seen.has(key), `${name}: ${key} twice`);
      seen.add(key);
    }
  }
});

test('lexicon: every list compiles to a regular expression', () => {
  for (const name of lists) {
    const entries = pairFiles.has(name) ? readPairs(name).map(([key]) => key) : readList(name);
    assert.doesNotThrow(() => new RegExp(alternation(entries)), name);
  }
});

test('lexicon: tab-separated lists give a value per entry, roles from the contract', () => {
  for (const name of pairFiles)
    for (const [key, value] of readPairs(name)) assert.ok(key && value, `${name}: ${key}`);
  for (const [verb, role] of readPairs('role-verbs.txt'))
    assert.ok(contractRoles.has(role), `${verb}: ${role}`);
});

test('lexicon: surnames are one or two characters, user dictionary lines have three fields', () => {
  for (const surname of readList('surnames.txt')) assert.match(surname, /^[\u3400-\u9fff]{1,2}$/u);
  for (const line of readList('userdict.txt')) assert.match(line, /^\S+ \d+ [a-z]+$/);
});
