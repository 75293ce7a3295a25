import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconDir, readList } from './lexicon-lists.js';

/**
 * Tables of character counts in src/lexicon (head-cuts.txt, para-cuts.txt): one character a line,
 * tab, four counts — how often it stands either side of one kind of break (columns 0 and 1) and
 * of another (columns 2 and 3); the line `total` holds how many breaks each column counts over.
 * The benches count them from the tuning months; segment and assemble read them as log odds.
 */
export type CharCounts = [number, number, number, number];
export interface CharCountTable {
  total: CharCounts;
  rows: Map<string, CharCounts>;
}

/** A table, read on first call and kept. */
export function charCountTable(name: string): () => CharCountTable {
  let table: CharCountTable | undefined;
  return () => {
    table ??= readCharCounts(name);
    return table;
  };
}

function readCharCounts(name: string): CharCountTable {
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

/** Log of how much likelier a count is among its breaks than another count among its own
 * (each smoothed by a half: a character never seen tells little). */
export function logRatio(count: number, total: number, otherCount: number, otherTotal: number): number {
  return Math.log((count + 0.5) / (total + 1) / ((otherCount + 0.5) / (otherTotal + 1)));
}

/** Adds to one column of a character's counts (for the benches that build the tables). */
export function bumpCount(counts: Map<string, CharCounts>, ch: string, column: number, by = 1): void {
  const row = counts.get(ch) ?? [0, 0, 0, 0];
  counts.set(ch, row);
  row[column] += by;
}

/** Writes a table: its comment lines, the totals, then one row a character (counts to 1/100). */
export function writeCharCounts(
  name: string,
  comments: string[],
  total: CharCounts,
  rows: Array<[string, CharCounts]>,
): void {
  const lines = [
    ...comments.map((line) => `# ${line}`),
    ['total', ...total].join('\t'),
    ...rows.map(([ch, row]) => [ch, ...row.map((n) => Math.round(n * 100) / 100)].join('\t')),
  ];
  writeFileSync(join(lexiconDir, name), `${lines.join('\n')}\n`);
}
