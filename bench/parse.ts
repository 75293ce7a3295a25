/**
 * Parser speed on laid-out pages, on one core: parsePage with and without extraction, and
 * `baoku parse DIR --json --out OUT` as a whole process (start-up included; by default its
 * extraction runs on a second thread, --jobs 1 keeps it on one), with its CPU time
 * (user + system, all threads: V8 compiles and collects on threads of its own) beside the wall
 * time, since the machine is shared. Every figure is printed with its ratio to a baseline
 * measured in the same run: just decoding the same pages and splitting them into lines
 * (readText), the least any parser must do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutPages, writeLayout } from '../src/layout/index.js';
import { parsePage } from '../src/parse.js';
import { readText } from '../src/read/text.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = resolve(repoRoot, '..', 'shared', 'data', 'rmrb');
const benchDir = join(repoRoot, '.cache', 'bench');
const pageCount = Number(process.env.BENCH_PAGES ?? 1000);

/** Best of `rounds` timings of one pass over all pages, in seconds. */
function best(rounds: number, pass: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    pass();
    fastest = Math.min(fastest, (performance.now() - start) / 1000);
  }
  return fastest;
}

function line(label: string, seconds: number, baseline: number): void {
  const rate = pageCount / seconds;
  process.stdout.write(
    `${label.padEnd(44)}${rate.toFixed(0).padStart(9)} pages/s ${(seconds * 1000).toFixed(0).padStart(7)} ms  ×${(seconds / baseline).toFixed(1)} baseline\n`,
  );
}

export async function run(): Promise<void> {
  if (!existsSync(dataDir)) {
    process.stdout.write(`(skipped: ${dataDir} is missing)\n`);
    return;
  }
  const pages = layoutPages(dataDir, { pages: pageCount, seed: 1, set: 'dev' });
  const bytes = pages.map((p) => p.bytes);
  const megabytes = bytes.reduce((n, b) => n + b.length, 0) / 1e6;
  process.stdout.write(`${pages.length} laid-out dev pages, ${megabytes.toFixed(1)} MB, one core\n`);
  let sink = 0;
  const baseline = best(5, () => {
    for (const b of bytes) sink += readText(b).lines.length;
  });
  line('baseline: decode + split into lines', baseline, baseline);
  line(
    'parsePage, extract: false',
    best(3, () => {
      for (const b of bytes) sink += parsePage(b, { extract: false }).articles.length;
    }),
    baseline,
  );
  // The first pass with extraction tags every organisation span and long title with jieba; later
  // passes find most of them in the taggers' caches. A batch meets each page once, so the first
  // pass is the figure that matches the CLI (its compiled code is already warm from the passes above).
  const firstPass = best(1, () => {
    for (const b of bytes) sink += parsePage(b).articles.length;
  });
  line('parsePage, with extraction, first pass', firstPass, baseline);
  line(
    'parsePage, with extraction, caches warm',
    best(2, () => {
      for (const b of bytes) sink += parsePage(b).articles.length;
    }),
    baseline,
  );
  rmSync(benchDir, { recursive: true, force: true });
  writeLayout(benchDir, pages);
  const cli = join(repoRoot, 'dist', 'src', 'cli.js');
  // A preload that writes the process's CPU time at exit: spawnSync reports none.
  const cpuReport = join(benchDir, 'cpu-report.cjs');
  const cpuFile = join(benchDir, 'cpu-ms');
  writeFileSync(
    cpuReport,
    `process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeFileSync(${JSON.stringify(cpuFile)}, String((u.user + u.system) / 1000)); });\n`,
  );
  const runCli = (extra: string[]): { seconds: number; cpu: number } => {
    const out = join(benchDir, 'pred');
    rmSync(out, { recursive: true, force: true });
    const start = performance.now();
    const result = spawnSync(
      process.execPath,
      ['-r', cpuReport, cli, 'parse', join(benchDir, 'pages'), '--json', '--out', out, ...extra],
      { encoding: 'utf8' },
    );
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0)
      process.stdout.write(`baoku parse exited ${result.status}: ${result.stderr.split('\n')[0]}\n`);
    return { seconds, cpu: Number(readFileSync(cpuFile, 'utf8')) / 1000 };
  };
  // Best of three: wall and CPU each at their least.
  const runs = [runCli([]), runCli([]), runCli([])];
  const cpu = Math.min(...runs.map((r) => r.cpu));
  line('baoku parse DIR --json --out OUT (process)', Math.min(...runs.map((r) => r.seconds)), baseline);
  line('  the same, CPU time (user + system)', cpu, baseline);
  // The default extracts on a second thread; --jobs 1 is the whole batch on one.
  const single = [runCli(['--jobs', '1']), runCli(['--jobs', '1'])];
  line('  --jobs 1 (one thread), wall', Math.min(...single.map((r) => r.seconds)), baseline);
  line('  --jobs 1, CPU time', Math.min(...single.map((r) => r.cpu)), baseline);
  const pool = runCli(['--jobs', '2']);
  line('  --jobs 2 (worker threads), wall', pool.seconds, baseline);
  line('  --jobs 2, CPU time', pool.cpu, baseline);
  if (sink < 0) process.stdout.write('\n');
}
