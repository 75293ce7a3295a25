import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { toContract } from '../contract.js';
import type { Article, Page, ParseOptions } from '../model.js';
import { sourceKind } from '../read/file.js';
import { CliError, type Command, type Io, readArgs } from './command.js';
import {
  type ExtractionThread,
  extractionThread,
  type Names,
  wantsExtractionThread,
} from './extract-thread.js';
import { collectPageFiles, expandPdfPages, type Failure, outputName } from './inputs.js';
import {
  type BatchSettings,
  failureReason,
  isTextName,
  type Outcome,
  pageBytes,
  pageWrites,
  parseOnWorkers,
  type Writes,
} from './parse-batch.js';

const pageExtensions = new Set(['.txt', '.text', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff']);

/** Page files of the arguments: a directory gives the page files directly inside it. */
export function collectInputs(paths: string[]): { files: string[]; failures: Failure[] } {
  return collectPageFiles(paths, {
    extensions: pageExtensions,
    recursive: false,
    emptyReason: 'the directory holds no page files (.txt, .pdf, images)',
    stdin: true,
  });
}

export type { Failure } from './inputs.js';

async function readStdin(io: Io): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The pipeline, imported on first use: it loads its dictionaries on import, so only commands
 * that parse pay for it (and a batch imports it once, not once a page). */
let pipeline: Promise<typeof import('../parse.js')> | undefined;

/** Parses one input; failures come back as a reason, never as a throw. `bytes` are the file's,
 * read ahead (undefined: not read, or unreadable — the readers then give the reason). */
export async function parseOne(
  file: string,
  options: ParseOptions,
  io: Io,
  bytes?: Uint8Array,
): Promise<{ page: Page } | { reason: string }> {
  try {
    pipeline ??= import('../parse.js');
    const { parseFile, parsePage } = await pipeline;
    if (file === '-') return { page: parsePage(await readStdin(io), { source: 'stdin', ...options }) };
    // text pages, the common case in a batch, are parsed from the bytes read ahead; PDFs and
    // scans go through the readers that need one
    if (bytes && isTextName(file) && sourceKind(file, bytes.subarray(0, 8)) === 'text')
      return { page: parsePage(bytes, { source: basename(file), ...options }) };
    return { page: await parseFile(file, options) };
  } catch (error) {
    return { reason: failureReason(error) };
  }
}

/** What a parsed page gives: its JSON file written, or its text for standard output. */
export function pageOutcome(
  file: string,
  result: { page: Page } | { reason: string },
  settings: BatchSettings,
  writes: Writes,
): Outcome {
  if ('reason' in result) return result;
  const contract = toContract(result.page);
  if (settings.outDir) {
    writes.write(join(settings.outDir, `${outputName(file)}.json`), `${JSON.stringify(contract)}\n`);
    return { output: null };
  }
  if (settings.asJson)
    return {
      output:
        settings.count === 1 ? `${JSON.stringify(contract, null, 1)}\n` : `${JSON.stringify(contract)}\n`,
    };
  return { output: render(result.page, settings.count > 1 ? file : undefined) };
}

/** How many pages the command's thread may parse ahead of the extraction thread. */
const pagesAhead = 8;

/**
 * Parses the files on this thread, settling each in input order. With an extraction thread,
 * each page is parsed here without extraction and its articles handed over; the page is
 * settled (its JSON made and written) when its extraction comes back, while this thread
 * parses the next pages.
 */
async function parseInOrder(
  files: string[],
  settings: BatchSettings,
  io: Io,
  settle: (file: string, outcome: Outcome) => void,
  extraction: ExtractionThread | undefined,
): Promise<void> {
  const bytesOf = pageBytes(files);
  const writes = pageWrites();
  if (!extraction) {
    for (const [index, file] of files.entries()) {
      const result = await parseOne(file, settings.options, io, bytesOf(index));
      settle(file, pageOutcome(file, result, settings, writes));
    }
    return;
  }
  const options: ParseOptions = { ...settings.options, extract: false };
  const { findEvents } = await import('../extract/events.js');
  interface Pending {
    file: string;
    result: { page: Page } | { reason: string };
    /** Resolves (never rejects) when `found` or `failure` is set. */
    ready: Promise<void>;
    found?: Names | { reason: string };
    failure?: unknown;
  }
  const pending: Pending[] = [];
  /** The page with its people and organisations from the extraction thread, and its events. */
  const extracted = (page: Page, names: Names): { page: Page } | { reason: string } => {
    try {
      return { page: { ...page, ...names, events: findEvents(page.articles, names.people, page.date) } };
    } catch (error) {
      return { reason: failureReason(error) };
    }
  };
  const settleFront = async (): Promise<void> => {
    const front = pending.shift() as Pending;
    await front.ready;
    if (front.failure !== undefined) throw front.failure;
    const { result, found } = front;
    if ('reason' in result) settle(front.file, result);
    else if (!found || 'reason' in found) settle(front.file, found ?? { reason: 'no extraction' });
    else settle(front.file, pageOutcome(front.file, extracted(result.page, found), settings, writes));
  };
  for (const [index, file] of files.entries()) {
    const result = await parseOne(file, options, io, bytesOf(index));
    const entry: Pending = { file, result, ready: Promise.resolve() };
    if ('page' in result)
      entry.ready = extraction.extract(result.page.articles).then(
        (found) => {
          entry.found = found;
        },
        (error: unknown) => {
          entry.failure = error;
        },
      );
    pending.push(entry);
    if (pending.length > pagesAhead) await settleFront();
  }
  while (pending.length) await settleFront();
}

/** Worker threads for the batch (--jobs; none by default). Each worker pays its own start-up and
 * JIT warm-up (about 2.5 s of CPU together), and V8's compiler threads already keep a second
 * core busy: on two cores a pool is slower (bench/parse.ts) than the default's second thread
 * for extraction. Standard input, and two inputs
 * writing the same OUT/<name>.json, keep the batch on one thread. */
function jobsFor(files: string[], requested: number | undefined, outDir: string | undefined): number {
  const jobs = requested ?? 1;
  if (jobs <= 1 || files.length < 2 || files.includes('-')) return 1;
  if (outDir) {
    const names = new Set(files.map(outputName));
    if (names.size < files.length) return 1;
  }
  return Math.min(jobs, files.length);
}

export const parseCommand: Command = {
  name: 'parse',
  summary: 'rebuild the articles of raw pages (text, PDF, image) as contract JSON or readable text',
  usage: `baoku parse FILE|DIR|- ... [--json] [--out DIR] [--paper NAME] [--date YYYY-MM-DD] [--page N] [--no-extract] [--jobs N]

  --json         print the page as JSON (CONTRACT.md); with several inputs, JSON lines
  --out DIR      write DIR/<name>.json for each input (implies --json)
  --paper NAME   the paper's name; --date the issue date (resolves 昨天, 7月7日); --page the page number
  --no-extract   skip people, organisations and events
  --jobs N       parse on N worker threads, each a whole parser; default: this thread reads and
                 segments while a second extracts (64 or more text pages, two or more cores);
                 --jobs 1 keeps everything on one thread`,
  async run(argv, io) {
    const { values, positionals } = readArgs(this, argv, {
      json: { type: 'boolean' },
      out: { type: 'string' },
      paper: { type: 'string' },
      date: { type: 'string' },
      page: { type: 'string' },
      'no-extract': { type: 'boolean' },
      jobs: { type: 'string' },
    });
    if (!positionals.length) throw new CliError(`no input given\nusage: ${this.usage}`);
    if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
      throw new CliError(`--date wants YYYY-MM-DD, got '${values.date}'`);
    const pageNumber = values.page === undefined ? undefined : Number(values.page);
    if (pageNumber !== undefined && !(Number.isInteger(pageNumber) && pageNumber > 0))
      throw new CliError(`--page wants a positive whole number, got '${values.page}'`);
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0))
      throw new CliError(`--jobs wants a positive whole number, got '${values.jobs}'`);
    const options: ParseOptions = {
      paper: values.paper,
      date: values.date,
      page: pageNumber,
      extract: !values['no-extract'],
    };
    const collected = collectInputs(positionals);
    const files = await expandPdfPages(collected.files);
    const failures = collected.failures;
    const outDir = values.out;
    if (outDir) mkdirSync(outDir, { recursive: true });
    const asJson = values.json || Boolean(outDir);
    const settings: BatchSettings = { options, outDir, asJson, count: files.length };
    let done = 0;
    const settle = (file: string, outcome: Outcome): void => {
      if ('reason' in outcome) {
        failures.push({ file, reason: outcome.reason });
        io.stderr.write(`baoku parse: ${file}: ${outcome.reason}\n`);
        return;
      }
      done++;
      if (outcome.output !== null) io.stdout.write(outcome.output);
    };
    const threads = jobsFor(files, jobs, outDir);
    if (threads > 1) {
      await parseOnWorkers(files, settings, threads, (index, outcome) => settle(files[index], outcome));
    } else {
      // By default a batch of text pages extracts on a second thread (extract-thread.ts);
      // --jobs 1 keeps it on one.
      const textPages = files.filter(isTextName).length;
      const extraction =
        jobs === undefined && wantsExtractionThread(textPages, options.extract !== false)
          ? extractionThread()
          : undefined;
      try {
        await parseInOrder(files, settings, io, settle, extraction);
      } finally {
        await extraction?.close();
      }
    }
    if (failures.length) {
      if (files.length > 1 || failures.length > 1) {
        io.stderr.write(
          `\n${failures.length} of ${files.length + failures.length - countDirs(failures)} inputs failed:\n`,
        );
        for (const f of failures) io.stderr.write(`  ${f.file}: ${f.reason}\n`);
      } else if (!files.length) {
        for (const f of failures) io.stderr.write(`baoku parse: ${f.file}: ${f.reason}\n`);
      }
      return 1;
    }
    if (outDir) io.stderr.write(`parsed ${done} page${done === 1 ? '' : 's'} into ${outDir}\n`);
    return 0;
  },
};

function countDirs(failures: Failure[]): number {
  return failures.filter((f) => f.reason.startsWith('the directory')).length;
}

/** A page for a person at a terminal: heads, byline, paragraphs, captions, jumps. */
export function render(page: Page, label?: string): string {
  const out: string[] = [];
  if (label) out.push(`==> ${label} <==`, '');
  page.articles.forEach((article, i) => {
    out.push(...renderArticle(article, i), '');
  });
  if (page.people.length) {
    out.push('人物 people:');
    for (const p of page.people) out.push(`  ${p.name}${p.titles.length ? ` — ${p.titles.join('；')}` : ''}`);
    out.push('');
  }
  if (page.events.length) {
    out.push('事件 events:');
    for (const e of page.events) {
      const roles = Object.entries(e.roles)
        .map(([role, names]) => `${role}: ${names.join('、')}`)
        .join('; ');
      out.push(`  [${e.article + 1}] ${e.date ?? '?'} ${e.type}${e.name ? ` ${e.name}` : ''} — ${roles}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function renderArticle(a: Article, i: number): string[] {
  const out = [`── ${i + 1} ──────────────────────────────`];
  if (a.continuedFrom) out.push(`  (continued from page ${a.continuedFrom.page})`);
  if (a.kicker) out.push(`  引题 ${a.kicker}`);
  out.push(`  主题 ${a.title}`);
  if (a.subtitle) out.push(`  副题 ${a.subtitle}`);
  if (a.byline) {
    const who = [...a.byline.reporters, ...(a.byline.correspondents ?? [])].join('、');
    out.push(`  署名 ${a.byline.text}${who ? `  [${who}]` : ''}`);
  }
  out.push('');
  a.paragraphs.forEach((p, k) => {
    // a subhead printed in its own brackets (【追问】) keeps them; others get 【】 to stand out
    out.push(a.subheadings.includes(k) ? `  ${/^【.*】$/.test(p) ? p : `【${p}】`}` : `  　　${p}`);
  });
  for (const photo of a.photos)
    out.push(`  [图] ${photo.caption ?? ''}${photo.credit ? ` (${photo.credit})` : ''}`);
  if (a.continuedTo) out.push(`  (continued on page ${a.continuedTo.page})`);
  return out;
}
