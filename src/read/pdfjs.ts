/**
 * pdfjs-dist (legacy build) on Node, loaded once and set up for reading text only. Its parser
 * runs in this process (the "fake worker"), so what it does to globals is felt here.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../model.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

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
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  Array.prototype.push = natives.push;
  Object.assign(JSON, { parse: natives.parse, stringify: natives.stringify });
  return pdfjs;
}
/** Taken when this module loads, before anything here imports pdfjs. */
const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };

let assets: { cMapUrl: string; standardFontDataUrl: string } | undefined;
/** Where pdfjs finds its CMaps and standard fonts on disk (no network at run time). */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!assets) {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    assets = {
      cMapUrl: `${pathToFileURL(join(root, 'cmaps')).href}/`,
      standardFontDataUrl: `${pathToFileURL(join(root, 'standard_fonts')).href}/`,
    };
  }
  return assets;
}

/**
 * Opens a PDF, handing pdfjs the buffer to keep (it detaches it): pass a copy. Bytes that are
 * not a PDF give an InputError.
 */
export async function openPdf(data: Uint8Array): Promise<PdfDocument> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data,
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

const unavailable = new Error('DecompressionStream is left out while pdfjs reads text');
/** Stands in for DecompressionStream: throwing one prepared error costs nothing. */
class NoDecompressionStream {
  constructor() {
    throw unavailable;
  }
}
let readers = 0;
let nativeDecompressionStream: typeof globalThis.DecompressionStream | undefined;

/**
 * Runs pdfjs work with DecompressionStream out of reach. pdfjs inflates each Flate stream through
 * one when there is one: on Node a zlib stream behind a web-stream wrapper for every stream, and
 * a Chromium page has some 100–200 small ones (the ToUnicode maps of its fonts). When making one
 * fails, pdfjs inflates in script, synchronously, which for streams this small is faster: a
 * quarter less CPU time a page. The global is put back when the last reader is done.
 */
export async function withoutDecompressionStream<T>(work: () => Promise<T>): Promise<T> {
  if (readers++ === 0) {
    nativeDecompressionStream = globalThis.DecompressionStream;
    globalThis.DecompressionStream = NoDecompressionStream as unknown as typeof DecompressionStream;
  }
  try {
    return await work();
  } finally {
    if (--readers === 0) globalThis.DecompressionStream = nativeDecompressionStream!;
  }
}
