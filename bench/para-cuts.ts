/**
 * Rebuilds src/lexicon/para-cuts.txt: how often each character ends a paragraph that closes
 * with no stop (a subhead, a lead line) and starts the paragraph after it, against how often
 * it stands either side of a cut anywhere inside a paragraph, as a column cuts one. Counts
 * only, from the bodies of the tuning months of ../shared/data/rmrb (never the holdout
 * month); characters seen fewer than 50 times either side of a cut are left out (too rare to
 * tell); no text of the paper goes into the file.
 *
 *   node dist/bench/para-cuts.js
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bumpCount, type CharCounts, writeCharCounts } from '../src/char-counts.js';
import { defaultDataDir, readMonth, setMonths } from '../src/layout/source.js';
import { sentenceEnd } from '../src/segment/patterns.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Fewest cuts a character must stand at for its counts to tell anything. */
const minCuts = 50;

// (columns: paragraph end, paragraph start, cut end, cut start)
const counts = new Map<string, CharCounts>();
const bump = (ch: string, column: number) => bumpCount(counts, ch, column);
let ends = 0;
let cuts = 0;
for (const month of setMonths.dev) {
  for (const page of readMonth(defaultDataDir(repoRoot), month)) {
    for (const article of page.articles ?? []) {
      const paragraphs = article.body
        .split('\n')
        .map((p) => [...p.normalize('NFKC').replace(/\s+/gu, '')])
        .filter((p) => p.length);
      paragraphs.forEach((p, k) => {
        const next = paragraphs[k + 1];
        if (next && !sentenceEnd.test(p.join(''))) {
          ends++;
          bump(p[p.length - 1], 0);
          bump(next[0], 1);
        }
        for (let at = 1; at < p.length; at++) {
          cuts++;
          bump(p[at - 1], 2);
          bump(p[at], 3);
        }
      });
    }
  }
}
const rows = [...counts].filter(([, row]) => row[2] >= minCuts || row[3] >= minCuts);
rows.sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]) || b[1][2] - a[1][2]);
writeCharCounts(
  'para-cuts.txt',
  [
    'Characters at a paragraph break with no stop before it, against a cut inside a paragraph:',
    `paragraph-end paragraph-start cut-end cut-start counts, over ${ends} such breaks and ${cuts} cuts`,
    '(every place between two characters of a paragraph), from the tuning months of ../shared/data/rmrb;',
    `characters at fewer than ${minCuts} cuts either side left out. Rebuilt by \`node dist/bench/para-cuts.js\`.`,
  ],
  [ends, ends, cuts, cuts],
  rows,
);
console.log(`para-cuts.txt: ${rows.length} characters, ${ends} breaks with no stop, ${cuts} cuts`);
