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
