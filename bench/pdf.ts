/**
 * PDF reader speed: readPdf (pdfjs text items → lines → reading order) against poppler's
 * `pdftotext -bbox-layout` on the same page, both over the same PDF file. The page is the
 * invented sample page, printed by chromium; with ../shared a long rmrb page is added.
 * Target: readPdf ≤ 3× pdftotext -bbox-layout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPdf } from '../src/read/pdf.js';
import { type LayoutPage, openPrinter } from '../test/support/make-pdf.js';
import { layPage, loadMonth } from '../test/support/rmrb-pages.js';
import { samplePage } from '../test/support/sample-page.js';

const rounds = 5;

async function best(pass: () => Promise<void> | void): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    await pass();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/** A long page from the holdout month (rmrb text read at run time, never stored), if ../shared is there. */
function longPage(): LayoutPage | null {
  try {
    const pages = loadMonth('2020-02');
    const longest = pages.reduce((a, b) => (b.articles.length > a.articles.length ? b : a));
    return layPage(longest).page;
  } catch {
    return null;
  }
}

export async function run(): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) {
    process.stdout.write('(skipped: /usr/bin/chromium is needed to print the bench page)\n');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'baoku-bench-pdf-'));
  try {
    const printer = await openPrinter();
    const pages: [string, string][] = [];
    try {
      const samplePath = join(dir, 'sample.pdf');
      await printer.print(samplePage, samplePath);
      pages.push(['sample page (3 articles)', samplePath]);
      const long = longPage();
      if (long) {
        const longPath = join(dir, 'long.pdf');
        await printer.print(long, longPath);
        pages.push(['long page', longPath]);
      }
    } finally {
      await printer.close();
    }
    for (const [label, path] of pages) {
      const bytes = readFileSync(path);
      await readPdf(bytes); // warm-up: loads pdfjs and its CMaps once
      const ours = await best(async () => {
        await readPdf(bytes);
      });
      const poppler = await best(() => {
        execFileSync('pdftotext', ['-bbox-layout', path, join(dir, 'out.html')]);
      });
      process.stdout.write(
        `${label.padEnd(28)} readPdf ${ours.toFixed(0).padStart(5)} ms   pdftotext -bbox-layout ${poppler.toFixed(0).padStart(5)} ms   ×${(ours / poppler).toFixed(2)}\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
