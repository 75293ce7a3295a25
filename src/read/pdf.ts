import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { InputError, type SourcePage } from '../model.js';
import { readImage } from './image.js';
import { fragmentsFromRuns, type TextRun } from './layout-lines.js';
import { orderFragments } from './layout-order.js';
import { verticalHeads } from './layout-vertical.js';
import { openPdf, withoutDecompressionStream } from './pdfjs.js';

const run = promisify(execFile);

/**
 * A copy of the PDF for text extraction. Chromium (Skia) sets text in Type3 fonts, 100–200 a
 * page, and pdfjs parses in each what only drawing needs: the program of every glyph (CharProcs),
 * once most of the reading time, and, beside a ToUnicode map, the glyph names of the Encoding
 * (Differences, 256 a font, for a fallback map the ToUnicode map leaves unused) and the font
 * descriptor (name, weight, flags; read and hashed to share identical fonts). They are blanked,
 * to the same byte length so that the xref offsets stay right; the names and descriptor only
 * in fonts with a ToUnicode map, where the text never comes from them. Only font objects written
 * plainly in the file are touched; those inside compressed object streams stay.
 */
export function textOnlyCopy(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  const pdf = Buffer.from(copy.buffer, copy.byteOffset, copy.byteLength);
  for (let at = pdf.indexOf('/Type3'); at >= 0; at = pdf.indexOf('/Type3', at + 1)) {
    const start = pdf.lastIndexOf('obj', at);
    const end = pdf.indexOf('endobj', at);
    if (start < 0 || end < 0) break;
    const font = pdf.toString('latin1', start, end);
    const drawingOnly = font.includes('/ToUnicode')
      ? [glyphPrograms, glyphNames, descriptor]
      : [glyphPrograms];
    for (const [pattern, emptied] of drawingOnly) {
      const found = pattern.exec(font);
      if (found) pdf.write(emptied.padEnd(found[0].length), start + found.index, 'latin1');
    }
  }
  return copy;
}

/** What pdfjs reads only to draw, and what stands in its place (no longer: padded with spaces). */
const glyphPrograms: [RegExp, string] = [/\/CharProcs\s*<<[^<>]*>>/, '/CharProcs<<>>'];
const glyphNames: [RegExp, string] = [/\/Differences\s*\[[^\]]*\]/, '/Differences[]'];
const descriptor: [RegExp, string] = [/\/FontDescriptor\s+\d+\s+\d+\s+R/, '/FontDescriptor null'];

/** The number of pages of a PDF. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const doc = await openPdf(new Uint8Array(bytes));
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

/** The text runs of one page, top-left origin in PDF points. */
export function pdfTextRuns(
  bytes: Uint8Array,
  pageNumber = 1,
): Promise<{ runs: TextRun[]; width: number; height: number }> {
  return withoutDecompressionStream(async () => {
    const doc = await openPdf(textOnlyCopy(bytes));
    try {
      if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > doc.numPages)
        throw new InputError(`the PDF has no page ${pageNumber} (it has ${doc.numPages})`, 'pdf-page');
      const page = await doc.getPage(pageNumber);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        // The larger of the two scales: a condensed head (长体) is narrower than its size, and
        // some producers (cairo's Type3 fonts) put a glyph-box scale, not the size, in the height.
        const fontSize = Math.max(Math.hypot(a, b), Math.hypot(c, d));
        const [x, baseline] = viewport.convertToViewportPoint(e, f);
        runs.push({
          text: item.str,
          x,
          // The em box: about 0.88 em above the baseline and 0.12 below (CJK fonts).
          y: baseline - 0.88 * fontSize,
          w: item.width,
          h: fontSize,
          baseline,
          fontSize,
        });
      }
      return { runs, width: viewport.width, height: viewport.height };
    } finally {
      await doc.destroy();
    }
  });
}

/**
 * PDF bytes → lines with geometry, in reading order, with blank lines between blocks. A page
 * without a usable text layer (a scan saved as PDF, fonts without a Unicode map) is rendered
 * and read through OCR.
 */
export async function readPdf(bytes: Uint8Array, pageNumber = 1): Promise<SourcePage> {
  const { runs, width, height } = await pdfTextRuns(bytes, pageNumber);
  if (!readableText(runs)) return ocrPdfPage(bytes, pageNumber);
  const { fragments: vertical, rest } = verticalHeads(runs);
  const lines = orderFragments([...fragmentsFromRuns(rest), ...vertical]);
  return { format: 'pdf', lines, width, height };
}

/**
 * Whether a page's text layer holds the text. Fonts embedded without a Unicode map give glyph
 * ids for text: control characters, private-use code points and rare CJK Extension A ideographs,
 * which a newspaper's text all but never holds. Such a page, like a page without text, is read
 * through OCR.
 */
export function readableText(runs: TextRun[]): boolean {
  let chars = 0;
  let garbled = 0;
  for (const run of runs) {
    for (const char of run.text) {
      if (char.trim() === '') continue;
      chars++;
      if (/[\u0000-\u001f\u3400-\u4dbf\ue000-\uf8ff\ufffd]/u.test(char)) garbled++;
    }
  }
  return chars > 0 && garbled <= 0.02 * chars;
}

async function ocrPdfPage(bytes: Uint8Array, pageNumber: number): Promise<SourcePage> {
  const dir = await mkdtemp(join(tmpdir(), 'baoku-pdf-'));
  try {
    const pdfPath = join(dir, 'page.pdf');
    await writeFile(pdfPath, bytes);
    const pngPath = join(dir, 'page.png');
    await writeFile(pngPath, await renderPageImage(pdfPath, pageNumber, 200));
    return await readImage(pngPath);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Renders one page to PNG bytes with poppler's pdftoppm (Debian poppler-utils). */
export async function renderPageImage(pdfPath: string, page = 1, dpi = 100): Promise<Buffer> {
  try {
    const { stdout } = await run(
      'pdftoppm',
      ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfPath],
      { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
    );
    if (!stdout.length) throw new InputError(`pdftoppm rendered nothing for page ${page}`, 'pdf-render');
    return stdout;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT')
      throw new InputError('pdftoppm is not installed (Debian package poppler-utils)', 'pdf-render');
    const detail = e.stderr?.toString().trim().split('\n')[0] || e.message;
    throw new InputError(`cannot render page ${page}: ${detail}`, 'pdf-render');
  }
}
