import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { InputError, type SourcePage } from '../model.js';
import { readImage } from './image.js';
import { fragmentsFromRuns, type TextRun } from './layout-lines.js';
import { orderFragments } from './layout-order.js';

const run = promisify(execFile);

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsLoaded: Promise<PdfJs> | undefined;
/** Loaded on first use: most commands never read a PDF. */
const loadPdfJs = () => {
  pdfjsLoaded ??= loadWithNativeBuiltins();
  return pdfjsLoaded;
};

/**
 * The legacy build bundles core-js, which on Node 20 (V8 11) replaces Array.prototype.push and
 * JSON.parse/stringify process-wide with script versions, for edge cases (a read-only array
 * length, raw JSON) that neither pdfjs nor we use. The script push alone is a sixth of the
 * reading time, so the natives are put back once both pdfjs and its worker are loaded; the
 * worker is loaded here rather than on the first getDocument, which finds it on globalThis.
 */
async function loadWithNativeBuiltins(): Promise<PdfJs> {
  const { push } = Array.prototype;
  const { parse, stringify } = JSON;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  Array.prototype.push = push;
  Object.assign(JSON, { parse, stringify });
  return pdfjs;
}

/** Where pdfjs finds its CMaps and standard fonts on disk (no network at run time). */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: `${pathToFileURL(join(root, 'cmaps')).href}/`,
    standardFontDataUrl: `${pathToFileURL(join(root, 'standard_fonts')).href}/`,
  };
}

/**
 * Chromium (Skia) sets CJK text in Type3 fonts, some 70 a page, and pdfjs parses the program of
 * every glyph of them when it loads a font, which text extraction never uses (it reads widths
 * and ToUnicode): 95% of the reading time. The CharProcs dictionaries are blanked in place, to
 * the same byte length so that the xref offsets stay right. Only dictionaries written plainly
 * in the file are touched; those inside compressed object streams are left as they are.
 */
export function withoutGlyphPrograms(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!text.includes('/CharProcs')) return bytes;
  const blanked = text.replace(
    /\/CharProcs(\s*)<<([^<>]*)>>/g,
    (_, space: string, inner: string) => `/CharProcs${space}<<>>${' '.repeat(inner.length)}`,
  );
  return Buffer.from(blanked, 'latin1');
}

async function openPdf(bytes: Uint8Array) {
  const pdfjs = await loadPdfJs();
  // pdfjs runs its parser in-process on Node (the "fake worker"); it takes ownership of the buffer.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...pdfjsAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`not a readable PDF (${reason})`, 'pdf');
  }
}

/** The number of pages of a PDF. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const doc = await openPdf(bytes);
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

/** The text runs of one page, top-left origin in PDF points. */
export async function pdfTextRuns(
  bytes: Uint8Array,
  pageNumber = 1,
): Promise<{ runs: TextRun[]; width: number; height: number }> {
  const doc = await openPdf(withoutGlyphPrograms(bytes));
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
      const fontSize = Math.hypot(c, d) || Math.hypot(a, b);
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
}

/**
 * PDF bytes → lines with geometry, in reading order, with blank lines between blocks. A page
 * without a text layer (a scan saved as PDF) is rendered and read through OCR.
 */
export async function readPdf(bytes: Uint8Array, pageNumber = 1): Promise<SourcePage> {
  const { runs, width, height } = await pdfTextRuns(bytes, pageNumber);
  if (!runs.some((r) => r.text.trim())) return ocrPdfPage(bytes, pageNumber);
  const lines = orderFragments(fragmentsFromRuns(runs));
  return { format: 'pdf', lines, width, height };
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
