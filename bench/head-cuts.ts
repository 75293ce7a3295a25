/**
 * Rebuilds src/lexicon/head-cuts.txt: how often each character ends a 引题 and starts the 主题
 * under it, against how often it ends and starts the two halves of a 主题 cut anywhere in its
 * middle third, as a wrapped title is cut. Counts only, from the heads of the tuning months of
 * ../shared/data/rmrb (never the holdout month); no text of the paper goes into the file.
 *
 *   node dist/bench/head-cuts.js
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bumpCount, type CharCounts, writeCharCounts } from '../src/char-counts.js';
import { defaultDataDir, readMonth, setMonths } from '../src/layout/source.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// (columns: kicker end, title start, wrap end, wrap start)
const counts = new Map<string, CharCounts>();
const bump = (ch: string, column: number, by = 1) => bumpCount(counts, ch, column, by);
let kickers = 0;
let titles = 0;
for (const month of setMonths.dev) {
  for (const page of readMonth(defaultDataDir(repoRoot), month)) {
    for (const article of page.articles ?? []) {
      const kicker = [...article.yinti.normalize('NFKC').trim()];
      const title = [...article.title.normalize('NFKC').trim()];
      if (kicker.length && title.length) {
        kickers++;
        bump(kicker[kicker.length - 1], 0, 1);
        bump(title[0], 1, 1);
      }
      // every cut the lay-out generator may make, each weighted so that a title counts once
      if (title.length >= 10 && !title.some((ch) => /\s/.test(ch))) {
        titles++;
        const from = Math.floor(title.length / 3);
        const to = Math.ceil((2 * title.length) / 3);
        for (let at = from; at <= to; at++) {
          bump(title[at - 1], 2, 1 / (to - from + 1));
          bump(title[at], 3, 1 / (to - from + 1));
        }
      }
    }
  }
}
const rows = [...counts].sort((a, b) => b[1][0] + b[1][2] - (a[1][0] + a[1][2]));
writeCharCounts(
  'head-cuts.txt',
  [
    'Characters at the line break of a two-line head: kicker-end title-start wrap-end wrap-start counts,',
    `over ${kickers} 引题 with their 主题 and ${titles} 主题 cut in their middle third (a wrapped title),`,
    'from the tuning months of ../shared/data/rmrb. Rebuilt by `node dist/bench/head-cuts.js`.',
  ],
  [kickers, kickers, titles, titles],
  rows,
);
console.log(`head-cuts.txt: ${rows.length} characters, ${kickers} kickers, ${titles} titles`);
