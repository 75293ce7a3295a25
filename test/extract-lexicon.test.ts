import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import {
  alternation,
  clauseRe,
  clauseTable,
  digitTable,
  dotTable,
  hanTable,
  itemTable,
  lexiconDir,
  predicateTable,
  readList,
  readPairs,
  spaceTable,
} from '../src/extract/lexicon.js';

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

test('lexicon: character tables built from ranges answer as the classes they stand for, every code unit', () => {
  const classes: Array<[string, Uint8Array, RegExp]> = [
    ['space', spaceTable, /\s/],
    ['space with U+3000', spaceTable, /[\s\u3000]/],
    ['han', hanTable, /^[\u3400-\u9fff]$/],
    ['item', itemTable, /[\u3400-\u9fff·]/],
    ['digit', digitTable, /[0-9０-９]/],
    ['dot', dotTable, /[·•・‧]/],
    ['clause', clauseTable, clauseRe],
  ];
  for (const [name, table, re] of classes) {
    const expected = predicateTable((char) => re.test(char));
    let differences = 0;
    for (let code = 0; code < 0x10000; code++) if (table[code] !== expected[code]) differences++;
    assert.equal(differences, 0, `${name}: ${differences} code units differ from ${re}`);
  }
});
