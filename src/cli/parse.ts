import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { toContract } from '../contract.js';
import { type Article, InputError, type Page, type ParseOptions } from '../model.js';
import { sourceKind } from '../read/file.js';
import { CliError, type Command, type Io, readArgs } from './command.js';
import { collectPageFiles, type Failure } from './inputs.js';

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

/** Parses one input; failures come back as a reason, never as a throw. `bytes` are the file's,
 * read ahead (undefined: not read, or unreadable — the readers then give the reason). */
export async function parseOne(
  file: string,
  options: ParseOptions,
  io: Io,
  bytes?: Uint8Array,
): Promise<{ page: Page } | { reason: string }> {
  try {
    // the pipeline loads its dictionaries on import: only commands that parse pay for it
    const { parseFile, parsePage } = await import('../parse.js');
    if (file === '-') return { page: parsePage(await readStdin(io), { source: 'stdin', ...options }) };
    // text pages, the common case in a batch, are parsed from the bytes read ahead; PDFs and
    // scans go through the readers that need one
    if (bytes && isTextName(file) && sourceKind(file, bytes.subarray(0, 8)) === 'text')
      return { page: parsePage(bytes, { source: basename(file), ...options }) };
    return { page: await parseFile(file, options) };
  } catch (error) {
    if (error instanceof InputError) return { reason: error.message };
    throw error;
  }
}

function isTextName(file: string): boolean {
  return extname(file).toLowerCase() === '.txt';
}

/** How many page files are read ahead of the one being parsed, and how many output files may be
 * in writing at once: the disk works while the parser does. */
const readAhead = 4;
const writesInFlight = 32;

/**
 * The bytes of each text page file in order, read a few files ahead; undefined for other inputs
 * and unreadable files.
 */
function pageBytes(files: string[]): (index: number) => Promise<Uint8Array | undefined> {
  const reads = new Map<number, Promise<Uint8Array | undefined>>();
  const start = (index: number): void => {
    if (index >= files.length || reads.has(index)) return;
    const file = files[index];
    reads.set(
      index,
      file !== '-' && isTextName(file) ? readFile(file).catch(() => undefined) : Promise.resolve(undefined),
    );
  };
  return (index) => {
    for (let ahead = index; ahead <= index + readAhead; ahead++) start(ahead);
    const read = reads.get(index) as Promise<Uint8Array | undefined>;
    reads.delete(index);
    return read;
  };
}

/** Output files written in the background, a bounded number at a time, one path's writes in
 * the order given (a.txt and a.pdf both give a.json: the last wins); `done` waits for all and
 * throws the first error. */
function backgroundWrites(): { write(path: string, text: string): Promise<void>; done(): Promise<void> } {
  const pending: Array<Promise<void>> = [];
  const lastWrite = new Map<string, Promise<void>>();
  let failure: unknown;
  const check = (): void => {
    if (failure !== undefined) throw failure;
  };
  return {
    async write(path, text) {
      check();
      const before = lastWrite.get(path);
      const written = (before ? before.then(() => writeFile(path, text)) : writeFile(path, text)).catch(
        (error: unknown) => {
          failure ??= error;
        },
      );
      lastWrite.set(path, written);
      pending.push(written);
      if (pending.length >= writesInFlight) await pending.shift();
      check();
    },
    async done() {
      await Promise.all(pending);
      check();
    },
  };
}

export const parseCommand: Command = {
  name: 'parse',
  summary: 'rebuild the articles of raw pages (text, PDF, image) as contract JSON or readable text',
  usage: `baoku parse FILE|DIR|- ... [--json] [--out DIR] [--paper NAME] [--date YYYY-MM-DD] [--page N] [--no-extract]

  --json         print the page as JSON (CONTRACT.md); with several inputs, JSON lines
  --out DIR      write DIR/<name>.json for each input (implies --json)
  --paper NAME   the paper's name; --date the issue date (resolves 昨天, 7月7日); --page the page number
  --no-extract   skip people, organisations and events`,
  async run(argv, io) {
    const { values, positionals } = readArgs(this, argv, {
      json: { type: 'boolean' },
      out: { type: 'string' },
      paper: { type: 'string' },
      date: { type: 'string' },
      page: { type: 'string' },
      'no-extract': { type: 'boolean' },
    });
    if (!positionals.length) throw new CliError(`no input given\nusage: ${this.usage}`);
    if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
      throw new CliError(`--date wants YYYY-MM-DD, got '${values.date}'`);
    const pageNumber = values.page === undefined ? undefined : Number(values.page);
    if (pageNumber !== undefined && !(Number.isInteger(pageNumber) && pageNumber > 0))
      throw new CliError(`--page wants a positive whole number, got '${values.page}'`);
    const options: ParseOptions = {
      paper: values.paper,
      date: values.date,
      page: pageNumber,
      extract: !values['no-extract'],
    };
    const { files, failures } = collectInputs(positionals);
    const outDir = values.out;
    if (outDir) mkdirSync(outDir, { recursive: true });
    const asJson = values.json || Boolean(outDir);
    let done = 0;
    const bytesOf = pageBytes(files);
    const writes = backgroundWrites();
    for (const [index, file] of files.entries()) {
      const result = await parseOne(file, options, io, await bytesOf(index));
      if ('reason' in result) {
        failures.push({ file, reason: result.reason });
        io.stderr.write(`baoku parse: ${file}: ${result.reason}\n`);
        continue;
      }
      done++;
      const contract = toContract(result.page);
      if (outDir) {
        const name = file === '-' ? 'stdin' : basename(file, extname(file));
        await writes.write(join(outDir, `${name}.json`), `${JSON.stringify(contract)}\n`);
      } else if (asJson) {
        io.stdout.write(
          files.length === 1 ? `${JSON.stringify(contract, null, 1)}\n` : `${JSON.stringify(contract)}\n`,
        );
      } else {
        io.stdout.write(render(result.page, files.length > 1 ? file : undefined));
      }
    }
    await writes.done();
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
    out.push(a.subheadings.includes(k) ? `  【${p}】` : `  　　${p}`);
  });
  for (const photo of a.photos)
    out.push(`  [图] ${photo.caption ?? ''}${photo.credit ? ` (${photo.credit})` : ''}`);
  if (a.continuedTo) out.push(`  (continued on page ${a.continuedTo.page})`);
  return out;
}
