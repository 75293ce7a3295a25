/**
 * PDF page speed: our whole path from a PDF file to the Page against poppler's
 * `pdftotext -bbox-layout` on the same file, in the same run. Target (issue 5): ours ≤ 3×.
 *
 *   ours      parseFile(page.pdf, { extract: false }) in this process, pdfjs already loaded:
 *             read the file, pdfjs text items, lines, reading order, segment, assemble, regions.
 *   pdftotext one `pdftotext -bbox-layout page.pdf out.html` process, start to exit: its own
 *             process start-up is inside its figure (and not inside ours).
 *   start-up  the same pdftotext command on a blank page: how much of its figure is start-up.
 *
 * Pages: the invented sample page, and with ../shared pages of the holdout month (text read at
 * run time, never stored), all printed by chromium. Each figure is the best of several rounds,
 * taken in turns, so that load from other processes touches both sides alike.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from '../src/parse.js';
import { type LayoutPage, openPrinter } from '../test/support/make-pdf.js';
import { layPage, loadMonth } from '../test/support/rmrb-pages.js';
import { samplePage } from '../test/support/sample-page.js';

const rounds = 7;
/** Holdout pages measured besides the sample page (the longest and others spread over the month). */
const holdoutPages = 5;

/** Best wall time of each side over the rounds, the sides run in turns. */
async function bestOf(sides: Array<() => Promise<unknown> | unknown>): Promise<number[]> {
  const best = sides.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < rounds; r++) {
    for (const [i, side] of sides.entries()) {
      const start = performance.now();
      await side();
      best[i] = Math.min(best[i], performance.now() - start);
    }
  }
  return best;
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
    const [startupMs] = await bestOf([pdftotext(blankPath)]);
    process.stdout.write(
      'ours: parseFile(page.pdf) in process, file → Page (pdfjs read, layout, segment, assemble, regions)\n' +
        'pdftotext: one `pdftotext -bbox-layout` process, its start-up included\n' +
        `best of ${rounds}; pdftotext on a blank page (its start-up): ${startupMs.toFixed(0)} ms; ` +
        `our one-time load of pdfjs (first page): ${firstMs.toFixed(0)} ms, not in the figures\n`,
    );
    const ratios: number[] = [];
    for (const [label, path] of pages) {
      const [oursMs, popplerMs] = await bestOf([ours(path), pdftotext(path)]);
      ratios.push(oursMs / popplerMs);
      process.stdout.write(
        `${label.padEnd(32)} ours ${oursMs.toFixed(0).padStart(4)} ms   pdftotext ${popplerMs.toFixed(0).padStart(4)} ms   ×${(oursMs / popplerMs).toFixed(2)}\n`,
      );
    }
    ratios.sort((a, b) => a - b);
    process.stdout.write(
      `over ${ratios.length} pages: ×${ratios[ratios.length >> 1].toFixed(2)} median, ×${ratios[ratios.length - 1].toFixed(2)} worst (target ≤ ×3)\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
