/**
 * Figures of the PDF and OCR paths on pages laid out from ../shared/data/rmrb (read at run time,
 * never stored in the repository): each page is printed to PDF by chromium (make-pdf.ts), read
 * back, parsed, and scored against the truth it was laid out from. The same PDFs also go through
 * the text path (pdftotext, then parsePage) for comparison, and a few through OCR at 200 dpi.
 *
 *   node dist/test/support/pdf-eval.js [PAGES] [--month 2020-02] [--ocr 3] [--keep DIR] [--modular]
 *
 * --modular lays every page out as rows of articles side by side (a grid drawn per page from a
 * seed, rmrb-pages.ts drawRows), as e-paper pages are; without it articles are stacked.
 *
 * 2019-10 and 2020-01 are the tuning months; 2020-02 the holdout for the figures reported.
 * Tesseract's output is cached by image hash under .cache/ocr (ocr-cache.ts): a second run over
 * the same month re-reads without OCR (its OCR time then measures the parsing only), and
 * ocr-diag.ts re-scores a --keep directory without printing anything again.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { toContract } from '../../src/contract.js';
import { formatScores, scorePages } from '../../src/eval/index.js';
import type { Line } from '../../src/model.js';
import { parsePage, parseSource } from '../../src/parse.js';
import { readImage } from '../../src/read/image.js';
import { readPdf, renderPageImage } from '../../src/read/pdf.js';
import { type LayoutPage, openPrinter } from './make-pdf.js';
import { cachedTesseract } from './ocr-cache.js';
import { layPage, loadMonth } from './rmrb-pages.js';
import { normalize, similarity } from './similarity.js';

const run = promisify(execFile);

/** What the page prints, block by block, in reading order: heads, byline, paragraphs, picture texts. */
function printedBlocks(page: LayoutPage): string[] {
  return page.articles.flatMap((a) => {
    const photoAfter = a.photoAfter ?? Math.floor((a.paragraphs.length - 1) / 2);
    const photo = a.photo ? [a.photo.caption, a.photo.credit ?? ''] : [];
    return [
      a.kicker ?? '',
      a.title,
      a.subtitle ?? '',
      a.byline ?? '',
      ...a.paragraphs.flatMap((p, i) => (i === photoAfter ? [p, ...photo] : [p])),
      a.continuedTo ? `(下转${a.continuedTo}版)` : '',
    ].filter(Boolean);
  });
}

/** The reader's own figures, before segment: blocks found exactly (and in order), and text similarity. */
class ReaderScore {
  expected = 0;
  exact = 0;
  inOrder = 0;
  similarity = 0;
  pages = 0;
  add(lines: Line[], page: LayoutPage): void {
    const blocks = lines.filter((l) => l.text).map((l) => normalize(l.text));
    const want = printedBlocks(page).map(normalize);
    const have = new Set(blocks);
    let at = 0;
    for (const w of want) {
      if (have.has(w)) this.exact++;
      const found = blocks.indexOf(w, at);
      if (found >= 0) {
        this.inOrder++;
        at = found + 1;
      }
    }
    this.expected += want.length;
    // Reading order over the whole page (the running head left out).
    const text = blocks.slice(1).join('');
    this.similarity += similarity(text, want.join(''));
    this.pages++;
  }
  toString(): string {
    const pct = (n: number) => `${((100 * n) / Math.max(this.expected, 1)).toFixed(1)}%`;
    return `reader blocks exact: ${pct(this.exact)}, in reading order: ${pct(this.inOrder)} of ${this.expected}; page text similarity ${(this.similarity / Math.max(this.pages, 1)).toFixed(4)}`;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      month: { type: 'string', default: '2020-02' },
      ocr: { type: 'string', default: '3' },
      keep: { type: 'string' },
      modular: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const count = Number(positionals[0] ?? 20);
  const ocrCount = Number(values.ocr);
  const all = loadMonth(values.month!);
  const step = Math.max(1, Math.floor(all.length / count));
  const chosen = all.filter((_, i) => i % step === 0).slice(0, count);
  // OCR is slow: a few pages spread over the set (the middle of each k-th part).
  const ocrPages = new Set(
    Array.from({ length: Math.min(ocrCount, chosen.length) }, (_, j) =>
      Math.floor(((j + 0.5) * chosen.length) / Math.min(ocrCount, chosen.length)),
    ),
  );
  const work = values.keep ?? (await mkdtemp(join(tmpdir(), 'baoku-pdf-eval-')));
  const dirs = Object.fromEntries(
    ['gold', 'pdf', 'text', 'gold-ocr', 'ocr', 'files'].map((d) => [d, join(work, d)]),
  ) as Record<'gold' | 'pdf' | 'text' | 'gold-ocr' | 'ocr' | 'files', string>;
  for (const dir of Object.values(dirs)) await mkdir(dir, { recursive: true });

  const printer = await openPrinter();
  let pdfMs = 0;
  let textMs = 0;
  let ocrMs = 0;
  const pdfReader = new ReaderScore();
  const ocrReader = new ReaderScore();
  try {
    for (const [i, source] of chosen.entries()) {
      const id = `${source.date}-${source.page}`;
      const { page, truth } = layPage(source, { modular: values.modular });
      const pdfPath = join(dirs.files, `${id}.pdf`);
      await printer.print(page, pdfPath);
      await writeFile(join(dirs.gold, `${id}.json`), JSON.stringify(truth));
      const bytes = readFileSync(pdfPath);

      let t = performance.now();
      const read = await readPdf(bytes);
      const parsed = parseSource(read, { source: id, extract: false });
      pdfMs += performance.now() - t;
      await writeFile(join(dirs.pdf, `${id}.json`), JSON.stringify(toContract(parsed)));
      pdfReader.add(read.lines, page);

      t = performance.now();
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 64 << 20 });
      const viaText = parsePage(stdout, { source: id, extract: false });
      textMs += performance.now() - t;
      await writeFile(join(dirs.text, `${id}.json`), JSON.stringify(toContract(viaText)));

      if (ocrPages.has(i)) {
        t = performance.now();
        const png = join(dirs.files, `${id}.png`);
        await writeFile(png, await renderPageImage(pdfPath, 1, 200));
        const ocrRead = await readImage(png, { ocr: cachedTesseract });
        const scanned = parseSource(ocrRead, { source: id, extract: false });
        ocrReader.add(ocrRead.lines, page);
        ocrMs += performance.now() - t;
        await writeFile(join(dirs['gold-ocr'], `${id}.json`), JSON.stringify(truth));
        await writeFile(join(dirs.ocr, `${id}.json`), JSON.stringify(toContract(scanned)));
      }
      process.stderr.write(`\r${i + 1}/${chosen.length} pages`);
    }
  } finally {
    await printer.close();
  }
  process.stderr.write('\n');

  const out = process.stdout;
  const layout = values.modular ? 'modular' : 'stacked';
  out.write(
    `rmrb ${values.month}: ${chosen.length} ${layout} pages laid out and printed to PDF (${work})\n\n`,
  );
  out.write(`== PDF path (readPdf → parse), ${seconds(pdfMs)} ==\n`);
  out.write(`${pdfReader}\n`);
  out.write(`${formatScores(scorePages(dirs.gold, dirs.pdf).scores)}\n\n`);
  out.write(`== text path on the same PDFs (pdftotext → parsePage), ${seconds(textMs)} ==\n`);
  out.write(`${formatScores(scorePages(dirs.gold, dirs.text).scores)}\n\n`);
  if (ocrCount > 0) {
    out.write(
      `== OCR path (200 dpi PNG → tesseract chi_sim → parse), ${Math.min(ocrCount, chosen.length)} pages, ${seconds(ocrMs)} ==\n`,
    );
    out.write(`${ocrReader}\n`);
    out.write(`${formatScores(scorePages(dirs['gold-ocr'], dirs.ocr).scores)}\n`);
  }
  if (!values.keep) await rm(work, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`pdf-eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
