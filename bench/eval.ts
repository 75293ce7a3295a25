/**
 * `npm run eval`: lays out a dev and a holdout set into .cache/eval, parses them with
 * `baoku parse DIR --json --out PRED` (the real CLI, as users run it), and prints the
 * scores of both plus the seed page's score against its hand-made truth.
 *
 *   npm run eval [-- --pages N] [-- --seed S] [-- --by-artifact] [-- --failures N]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { byArtifact, formatByArtifact, formatFailures, type Scores, scorePages } from '../src/eval/index.js';
import { layoutPages, writeLayout } from '../src/layout/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sharedDir = resolve(repoRoot, '..', 'shared');
const cli = join(repoRoot, 'dist', 'src', 'cli.js');
const cacheDir = join(repoRoot, '.cache', 'eval');

function parseDir(pagesDir: string, predDir: string): void {
  rmSync(predDir, { recursive: true, force: true });
  const run = spawnSync(
    process.execPath,
    [cli, 'parse', pagesDir, '--json', '--out', predDir, '--no-extract'],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0 && run.status !== 1) {
    process.stderr.write(run.stderr);
    throw new Error(`baoku parse failed on ${pagesDir} (exit ${run.status})`);
  }
}

const keys: Array<keyof Scores> = [
  'title_f1',
  'heads_exact',
  'body_exact',
  'body_sim',
  'para_f1',
  'caption_clean',
  'jump_acc',
  'jump_false',
  'reporters_f1',
  'page_exact',
];

function row(label: string, scores: Scores): string {
  return `${label.padEnd(9)}${String(scores.pages).padStart(6)}${keys.map((k) => String(scores[k] ?? '-').padStart(k.length + 2)).join('')}`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '300' },
      seed: { type: 'string', default: '1' },
      'by-artifact': { type: 'boolean' },
      failures: { type: 'string' },
    },
  });
  const dataDir = join(sharedDir, 'data', 'rmrb');
  if (!existsSync(dataDir)) {
    process.stderr.write(`npm run eval needs ${dataDir}\n`);
    process.exitCode = 2;
    return;
  }
  const pages = Number(values.pages);
  const seed = Number(values.seed);
  const started = performance.now();
  const lines = [
    `${'set'.padEnd(9)}${'pages'.padStart(6)}${keys.map((k) => k.padStart(k.length + 2)).join('')}`,
  ];
  for (const set of ['dev', 'holdout'] as const) {
    const dir = join(cacheDir, set);
    writeLayout(dir, layoutPages(dataDir, { pages, seed, set }));
    parseDir(join(dir, 'pages'), join(dir, 'pred'));
    const result = scorePages(join(dir, 'gold'), join(dir, 'pred'));
    lines.push(row(set, result.scores));
    // The lead tunes on dev only: details are printed for dev, never for holdout.
    if (set === 'dev' && values['by-artifact'])
      lines.push('', formatByArtifact(byArtifact(result.articles)), '');
    if (set === 'dev' && values.failures)
      lines.push('', formatFailures(result.articles, Number(values.failures)), '');
  }
  const seedDir = join(cacheDir, 'seed');
  mkdirSync(join(seedDir, 'gold'), { recursive: true });
  mkdirSync(join(seedDir, 'pages'), { recursive: true });
  copyFileSync(
    join(sharedDir, 'seed', 'expected.json'),
    join(seedDir, 'gold', 'yuxi-dushibao-front-page.json'),
  );
  copyFileSync(
    join(sharedDir, 'seed', 'yuxi-dushibao-front-page.txt'),
    join(seedDir, 'pages', 'yuxi-dushibao-front-page.txt'),
  );
  parseDir(join(seedDir, 'pages'), join(seedDir, 'pred'));
  lines.push(row('seed', scorePages(join(seedDir, 'gold'), join(seedDir, 'pred')).scores));
  process.stdout.write(
    `${lines.join('\n')}\n\n(${pages} pages a set, seed ${seed}, ${((performance.now() - started) / 1000).toFixed(1)} s; pages in ${cacheDir})\n`,
  );
}

main();
