/**
 * PDF page speed: our whole path from a PDF file to the Page against poppler's
 * `pdftotext -bbox-layout` on the same file, in the same run. Target (issue 5): ours ≤ 3×.
 *
 *   ours      parseFile(page.pdf, { extract: false }) in this process, pdfjs already loaded:
 *             read the file, pdfjs text items, lines, reading order, segment, assemble, regions.
 *   pdftotext one `pdftotext -bbox-layout page.pdf out.html` process, start to exit: its own
 *             process start-up is inside its figure (and not inside ours).
 *   start-up  the same pdftotext command on a blank page: how much of its figure is start-up;
 *             "×net" sets our CPU time against pdftotext's less it, both then without process
 *             start (CPU, not wall: a difference of two wall times is too noisy on a busy machine).
 *
 * Pages: the invented sample page, and with ../shared pages of the holdout month (text read at
 * run time, never stored), all printed by chromium. Wall time is the best of several rounds and
 * CPU time their mean, the sides taken in turns so that load from other processes touches both
 * alike; CPU time is the steadier of the two on a loaded machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from '../src/parse.js';
import { type LayoutPage, openPrinter } from '../test/support/make-pdf.js';
import { layPage, loadMonth } from '../test/support/rmrb-pages.js';
import { samplePage } from '../test/support/sample-page.js';

const rounds = 7;
/** Holdout pages measured besides the sample page (the longest and others spread over the month). */
const holdoutPages = 5;

interface Figures {
  /** Best wall time over the rounds. */
  wallMs: number;
  /** Mean CPU time (user + system) a round: steadier than wall time when others load the machine. */
  cpuMs: number;
}

/** CPU time so far of this process (all its threads) or of its finished child processes (Linux). */
function cpuMs(of: 'self' | 'children'): number {
  if (of === 'self') {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
  // /proc/self/stat fields 16 and 17 (cutime, cstime), in clock ticks of 10 ms.
  const stat = readFileSync('/proc/self/stat', 'latin1');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Figures of each side over the rounds, the sides run in turns. */
async function measure(
  sides: Array<[() => Promise<unknown> | unknown, 'self' | 'children']>,
): Promise<Figures[]> {
  const figures = sides.map(() => ({ wallMs: Number.POSITIVE_INFINITY, cpuMs: 0 }));
  for (let r = 0; r < rounds; r++) {
    for (const [i, [side, process]] of sides.entries()) {
      const cpu = cpuMs(process);
      const start = performance.now();
      await side();
      figures[i].wallMs = Math.min(figures[i].wallMs, performance.now() - start);
      figures[i].cpuMs += (cpuMs(process) - cpu) / rounds;
    }
  }
  return figures;
}

/** Pages of the holdout month with articles on them, the longest first (none without ../shared). */
function holdout(): Array<[string, LayoutPage]> {
  let pages: ReturnType<typeof loadMonth>;
  try {
    pages = loadMonth('2020-02').filter((p) => p.articles.length);
  } catch {
    return [];
  }
  const longest = pages.reduce((a, b) => (b.articles.length > a.articles.length ? b : a));
  const step = Math.floor(pages.length / holdoutPages);
  const spread = pages.filter((p, i) => i % step === step >> 1 && p !== longest).slice(0, holdoutPages - 1);
  return [longest, ...spread].map((p) => [
    `rmrb ${p.date} p${p.page} (${p.articles.length} art.)`,
    layPage(p).page,
  ]);
}

const blankPage: LayoutPage = { paper: '', dateLine: '', page: 1, articles: [] };

export async function run(): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) {
    process.stdout.write('(skipped: /usr/bin/chromium is needed to print the bench pages)\n');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'baoku-bench-pdf-'));
  try {
    const pages: Array<[string, string]> = [];
    const blankPath = join(dir, 'blank.pdf');
    const printer = await openPrinter();
    try {
      await printer.print(blankPage, blankPath);
      for (const [i, [label, page]] of [
        ['sample page (3 articles)', samplePage] as const,
        ...holdout(),
      ].entries()) {
        const path = join(dir, `page-${i}.pdf`);
        await printer.print(page, path);
        pages.push([label, path]);
      }
    } finally {
      await printer.close();
    }
    const outPath = join(dir, 'out.html');
    const pdftotext = (path: string) => () => execFileSync('pdftotext', ['-bbox-layout', path, outPath]);
    const ours = (path: string) => () => parseFile(path, { extract: false });

    const start = performance.now();
    await ours(pages[0][1])();
    const firstMs = performance.now() - start;
    // One untimed round of both sides on every page: warm JIT, file cache.
    for (const [, path] of pages) {
      await ours(path)();
      pdftotext(path)();
    }
    const [startup] = await measure([[pdftotext(blankPath), 'children']]);
    process.stdout.write(
      'ours: parseFile(page.pdf) in this process, file → Page (pdfjs read, layout, segment, assemble, regions)\n' +
        'pdftotext: one `pdftotext -bbox-layout page.pdf out.html` process, its start-up included;\n' +
        `  its start-up (the same on a blank page): wall ${startup.wallMs.toFixed(0)} ms, cpu ${startup.cpuMs.toFixed(0)} ms; ` +
        "×net: our CPU time against pdftotext's less that start-up\n" +
        `wall: best of ${rounds}; cpu: mean of ${rounds} (ours: this process's threads; pdftotext: the child's, 10 ms ticks)\n` +
        `not in our figures: the first page's one-time load of pdfjs and word tables, ${firstMs.toFixed(0)} ms\n`,
    );
    const ratios = { wall: [] as number[], net: [] as number[], cpu: [] as number[] };
    const ms = (n: number) => `${n.toFixed(0).padStart(4)} ms`;
    const times = (n: number) => `×${n.toFixed(2)}`;
    for (const [label, path] of pages) {
      const [mine, poppler] = await measure([
        [ours(path), 'self'],
        [pdftotext(path), 'children'],
      ]);
      const wall = mine.wallMs / poppler.wallMs;
      const net = mine.cpuMs / Math.max(1, poppler.cpuMs - startup.cpuMs);
      const cpu = mine.cpuMs / poppler.cpuMs;
      ratios.wall.push(wall);
      ratios.net.push(net);
      ratios.cpu.push(cpu);
      process.stdout.write(
        `${label.padEnd(30)} wall: ours ${ms(mine.wallMs)}, pdftotext ${ms(poppler.wallMs)}, ${times(wall)}` +
          `   cpu: ours ${ms(mine.cpuMs)}, pdftotext ${ms(poppler.cpuMs)}, ${times(cpu)} (${times(net)} net)\n`,
      );
    }
    const summary = (list: number[]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return `${times(sorted[(sorted.length - 1) >> 1])} median, ${times(sorted[sorted.length - 1])} worst`;
    };
    process.stdout.write(
      `over ${pages.length} pages: wall ${summary(ratios.wall)}; cpu ${summary(ratios.cpu)}; ` +
        `cpu net ${summary(ratios.net)} (target ≤ ×3)\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
