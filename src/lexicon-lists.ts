import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The word lists of src/lexicon, for every stage that reads one: each file is a list, one entry
 * a line; `#` starts a comment line. Built code runs from dist/src, so the data is found at the
 * repository root.
 */
export const lexiconDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'lexicon');

/** The entries of one lexicon file: trimmed, comments and blank lines dropped. */
export function readList(name: string): string[] {
  const text = readFileSync(join(lexiconDir, name), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** One character's four counts in a table of src/lexicon (head-cuts.txt, para-cuts.txt). */
export type CharCounts = [number, number, number, number];

/**
 * A table of character counts: one character a line, tab, its four counts; the line `total`
 * holds the number of cases each column counts over.
 */
export function readCharCounts(name: string): { total: CharCounts; rows: Map<string, CharCounts> } {
  const rows = new Map<string, CharCounts>();
  let total: CharCounts = [1, 1, 1, 1];
  for (const line of readList(name)) {
    const [ch, ...rest] = line.split('\t');
    const row = rest.map(Number) as CharCounts;
    if (ch === 'total') total = row;
    else rows.set(ch, row);
  }
  return { total, rows };
}
