import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Line } from '../../src/model.js';
import { makePdf, type TruthPage } from './make-pdf.js';
import { samplePage } from './sample-page.js';

/** Tests that print PDFs need the Debian chromium; they skip without it. */
export const hasChromium = existsSync(process.env.BAOKU_CHROMIUM ?? '/usr/bin/chromium');

/** Prints the invented sample page into a fresh temporary directory. */
export async function makeSamplePdf(): Promise<{ dir: string; pdfPath: string; truth: TruthPage }> {
  const dir = await mkdtemp(join(tmpdir(), 'baoku-pdf-test-'));
  const pdfPath = join(dir, 'sample.pdf');
  const truth = await makePdf(samplePage, pdfPath);
  return { dir, pdfPath, truth };
}

/** The blocks of a reader's output: runs of lines between blank lines, joined without breaks. */
export function blocksOf(lines: Line[]): { text: string; lines: Line[] }[] {
  const blocks: { text: string; lines: Line[] }[] = [];
  let current: Line[] = [];
  for (const line of [...lines, { text: '', line: 0 }]) {
    if (line.text.trim()) current.push(line);
    else if (current.length) {
      blocks.push({ text: current.map((l) => l.text.trim()).join(''), lines: current });
      current = [];
    }
  }
  return blocks;
}

/**
 * The printed text of a page's truth in reading order, one entry a block: heads, byline, then
 * the paragraphs with each photo's caption and credit right after the paragraph the picture is
 * set in (photoAfter(n) for article n); with `jumps`, the jump line after the body.
 */
export function truthBlocks(
  truth: TruthPage,
  photoAfter: (article: number) => number | undefined,
  { jumps = false } = {},
): string[] {
  const blocks: string[] = [];
  truth.articles.forEach((a, n) => {
    for (const head of [a.kicker, a.title, a.subtitle, a.byline?.text]) if (head) blocks.push(head);
    a.paragraphs.forEach((paragraph, i) => {
      blocks.push(paragraph);
      if (i === photoAfter(n))
        for (const photo of a.photos) blocks.push(photo.caption ?? '', photo.credit ?? '');
    });
    if (jumps && a.continuedTo) blocks.push(`(下转${a.continuedTo.page}版)`);
  });
  return blocks;
}

/**
 * The PDF as some producers write it: fonts without a ToUnicode map, so that the text layer
 * holds glyph ids. The references are blanked to the same length (the xref offsets stay right).
 */
export function withoutUnicodeMaps(pdf: Uint8Array): Buffer {
  const text = Buffer.from(pdf).toString('latin1');
  return Buffer.from(
    text.replace(/\/ToUnicode\s+\d+\s+\d+\s+R/g, (ref) => ' '.repeat(ref.length)),
    'latin1',
  );
}
