import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError, type Page } from '../model.js';
import { parseFile } from '../parse.js';
import { splitPageRef } from '../read/file.js';
import { renderPageImage } from '../read/pdf.js';
import {
  ArchiveError,
  type Db,
  ingestPage,
  openArchive,
  type PageImage,
  type PageKey,
} from '../store/index.js';
import { asDate, metadataFromPath } from '../store/page-path.js';
import { CliError, type Command, type Io, readArgs } from './command.js';
import { collectPageFiles, expandPdfPages, type Failure } from './inputs.js';

const pageExtensions = new Set(['.txt', '.text', '.json', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff']);

/** Page files under the given paths: directories are walked recursively, in sorted order. */
export function pageFiles(paths: string[]): { files: string[]; failures: IngestFailure[] } {
  return collectPageFiles(paths, {
    extensions: pageExtensions,
    recursive: true,
    emptyReason: 'the directory holds no page files',
    stdin: false,
  });
}

/** A page that could not be stored, and why. */
export type IngestFailure = Failure;

export interface IngestOptions {
  paper?: string;
  date?: string;
  page?: number;
  /** Called after each file, for a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface IngestSummary {
  pages: number;
  articles: number;
  failures: IngestFailure[];
  /** Pages stored, but with something missing (e.g. the page image). */
  warnings: IngestFailure[];
}

const imageTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/**
 * The picture of a scanned page, for the reader's clickable regions: a PDF page rendered by
 * pdftoppm, or the image file itself. Sized in the page's units, so regions line up.
 */
async function pageImage(ref: string, page: Page): Promise<PageImage | undefined> {
  if (!page.width || !page.height) return undefined;
  const { path: file, page: pdfPage } = splitPageRef(ref);
  const extension = extname(file).toLowerCase();
  if (page.format === 'pdf' && extension === '.pdf')
    return { data: await renderPageImage(file, pdfPage ?? 1, 100), width: page.width, height: page.height };
  if (page.format === 'image' && imageTypes[extension])
    return { data: readFileSync(file), mime: imageTypes[extension], width: page.width, height: page.height };
  return undefined;
}

/** A page JSON file as `baoku parse --json` writes it. */
function readPageJson(file: string): Page {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`not valid JSON: ${(error as Error).message}`, 'json');
  }
  const page = value as Partial<Page> | null;
  if (!page || typeof page !== 'object' || !Array.isArray(page.articles))
    throw new InputError('a page JSON needs an "articles" array (see CONTRACT.md)', 'json');
  for (const a of page.articles)
    if (!a || typeof a.title !== 'string' || !Array.isArray(a.paragraphs))
      throw new InputError('every article needs a "title" string and a "paragraphs" array', 'json');
  return { people: [], organisations: [], events: [], messages: [], ...page } as Page;
}

const layouts = '<paper>/<YYYY-MM-DD>/<NN>.txt or <paper>/<YYYYMMDD>-<NN>.txt';

/**
 * Parses and stores each file, one transaction per page; a failing file is reported and
 * skipped, leaving the archive as it was for that page.
 */
export async function ingestFiles(
  db: Db,
  files: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { pages: 0, articles: 0, failures: [], warnings: [] };
  for (const [n, file] of files.entries()) {
    try {
      // a page of a whole issue's PDF (江城晚报/2025-09-18.pdf#page=3) is numbered by its place
      const { path, page: pdfPage } = splitPageRef(file);
      const fromPath = metadataFromPath(path);
      const wanted = {
        paper: options.paper ?? fromPath.paper,
        date: options.date ?? fromPath.date,
        page: options.page ?? fromPath.page ?? pdfPage,
      };
      let page: Page;
      try {
        page = file.toLowerCase().endsWith('.json') ? readPageJson(file) : await parseFile(file, wanted);
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError(`could not be parsed: ${(error as Error).message}`, 'parse');
      }
      const key = {
        paper: wanted.paper ?? page.paper,
        date: wanted.date ?? page.date,
        page: wanted.page ?? page.page,
      };
      const missing = (['paper', 'date', 'page'] as const).filter((k) => key[k] === undefined);
      if (missing.length)
        throw new InputError(
          `can't tell the ${missing.join(', ')} of this page: lay it out as ${layouts}, or pass --${missing[0]}`,
          'metadata',
        );
      let image: PageImage | undefined;
      try {
        image = await pageImage(file, page);
      } catch (error) {
        summary.warnings.push({ file, reason: `stored without its page image: ${(error as Error).message}` });
      }
      const result = ingestPage(db, page, key as PageKey, image);
      summary.pages++;
      summary.articles += result.articles;
    } catch (error) {
      const reason =
        error instanceof InputError || error instanceof ArchiveError
          ? error.message
          : `could not be stored: ${(error as Error).message}`;
      summary.failures.push({ file, reason });
    }
    options.onProgress?.(n + 1, files.length, file);
  }
  return summary;
}

function progressBar(io: Io): IngestOptions['onProgress'] {
  if (!io.stderr.isTTY) return undefined;
  return (done, total, file) => {
    const width = 24;
    const filled = Math.round((done / total) * width);
    const name = file.length > 40 ? `…${file.slice(-39)}` : file;
    io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}\x1b[K`);
    if (done === total) io.stderr.write('\r\x1b[K');
  };
}

export function reportSummary(summary: IngestSummary, db: string, io: Io): void {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  io.stderr.write(
    `ingested ${plural(summary.pages, 'page')} (${plural(summary.articles, 'article')}) into ${db}` +
      (summary.failures.length ? `; ${summary.failures.length} failed:\n` : '\n'),
  );
  for (const f of summary.failures) io.stderr.write(`  ${f.file}: ${f.reason}\n`);
  for (const w of summary.warnings) io.stderr.write(`warning: ${w.file}: ${w.reason}\n`);
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'parse pages into an archive database',
  usage: `baoku ingest PATH... --db FILE [--paper NAME] [--date YYYY-MM-DD] [--page N]

  PATH           page files (.txt, .pdf, images, or page .json from baoku parse) or directories
                 (walked recursively); paper, date and page come from the path:
                 ${layouts}, <YYYY-MM-DD>/<NN>.txt with --paper
  --db FILE      the archive (created when missing); the same page again replaces the stored one
  --paper, --date, --page   override what the path says (--page for a single file only)`,
  async run(argv, io) {
    const { values, positionals } = readArgs(this, argv, {
      db: { type: 'string' },
      paper: { type: 'string' },
      date: { type: 'string' },
      page: { type: 'string' },
    });
    if (!values.db) throw new CliError(`--db FILE is required\nusage: ${this.usage}`);
    if (!positionals.length) throw new CliError(`no input given\nusage: ${this.usage}`);
    if (values.date !== undefined && !asDate(values.date))
      throw new CliError(`--date wants a date as YYYY-MM-DD, got '${values.date}'`);
    const page = values.page === undefined ? undefined : Number(values.page);
    if (page !== undefined && !(Number.isInteger(page) && page > 0))
      throw new CliError(`--page wants a positive whole number, got '${values.page}'`);
    const collected = pageFiles(positionals);
    if (page !== undefined && collected.files.length > 1)
      throw new CliError(`--page applies to a single file, but ${collected.files.length} were given`);
    const files = await expandPdfPages(collected.files);
    const failures = collected.failures;
    if (page !== undefined && files.length > 1)
      throw new CliError(`--page applies to a single page, but the PDF has ${files.length}`);
    if (!files.length) {
      for (const f of failures) io.stderr.write(`baoku ingest: ${f.file}: ${f.reason}\n`);
      throw new CliError('nothing to ingest');
    }
    let db: Db;
    try {
      db = openArchive(values.db);
    } catch (error) {
      if (error instanceof ArchiveError) throw new CliError(error.message);
      throw error;
    }
    try {
      const summary = await ingestFiles(db, files, {
        paper: values.paper,
        date: values.date ? asDate(values.date) : undefined,
        page,
        onProgress: progressBar(io),
      });
      summary.failures.unshift(...failures);
      reportSummary(summary, values.db, io);
      return summary.failures.length ? 1 : 0;
    } finally {
      db.close();
    }
  },
};
