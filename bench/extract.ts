/**
 * Speed of the extract stage alone (people, titles, organisations, events) on real 人民日报
 * pages, one core, CPU time (the machine is shared; wall time would measure the neighbours).
 * Run on its own: `npx tsc -p . && node dist/bench/extract.js`.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.js';
import { readMonth } from '../src/layout/source.js';
import type { Article } from '../src/model.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = resolve(repoRoot, '..', 'shared', 'data', 'rmrb');
/** Warm-up on one month (jieba load, JIT), measure on two others: caches never see a page twice. */
const warmUpMonth = '2019-02';
const months = ['2019-10', '2020-02'];

function readPages(months: string[]): Article[][] {
  const pages: Article[][] = [];
  for (const month of months) {
    for (const page of readMonth(dataDir, month)) {
      pages.push(
        page.articles.map((raw) => ({
          kicker: raw.yinti || null,
          title: raw.title,
          subtitle: raw.futi || null,
          byline: null,
          paragraphs: raw.body
            .split('\n')
            .map((text) => text.replace(/^[\s\u3000]+/u, ''))
            .filter(Boolean),
          subheadings: [],
          photos: [],
          continuedTo: null,
          continuedFrom: null,
        })),
      );
    }
  }
  return pages;
}

/** CPU milliseconds of one pass. */
function cpu(pass: () => void): number {
  const start = process.cpuUsage();
  pass();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export async function run(): Promise<void> {
  if (!existsSync(dataDir)) {
    process.stdout.write(`(skipped: ${dataDir} is missing)\n`);
    return;
  }
  const warmUp = readPages([warmUpMonth]);
  const pages = readPages(months);
  const characters = pages.reduce(
    (sum, page) => sum + page.reduce((n, a) => n + a.paragraphs.join('').length, 0),
    0,
  );
  const loadStart = performance.now();
  extract(warmUp[0]);
  const firstCall = performance.now() - loadStart;
  for (const page of warmUp) extract(page);
  const ms = cpu(() => {
    for (const page of pages) extract(page, { date: '2019-10-10' });
  });
  process.stdout.write(
    `${pages.length} pages, ${(characters / pages.length).toFixed(0)} characters a page; first call (jieba load) ${firstCall.toFixed(0)} ms\n` +
      `extract: ${(ms / pages.length).toFixed(2)} ms CPU a page, ${((pages.length / ms) * 1000).toFixed(0)} pages/s\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await run();
