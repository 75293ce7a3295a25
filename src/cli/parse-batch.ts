import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { InputError, type ParseOptions } from '../model.js';

/**
 * The machinery of `baoku parse` over many files: page files read and JSON written, and a pool
 * of worker threads, each with its own pipeline, for large batches.
 */

/** What the command was asked for: how each parsed page is given out. */
export interface BatchSettings {
  options: ParseOptions;
  /** Write OUT/<name>.json for each page. */
  outDir?: string;
  asJson: boolean;
  /** How many inputs the batch holds (one page prints pretty JSON, several get labels). */
  count: number;
}

/** One input's end: the reason it failed, or what goes to standard output (null: a file was written). */
export type Outcome = { reason: string } | { output: string | null };

/** Why a page failed: the reader's reason, or a fault of ours, which fails that page, not the
 * batch (the other pages still parse). */
export function failureReason(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `internal error, please report it with this page: ${message}`;
}

export function isTextName(file: string): boolean {
  return extname(file).toLowerCase() === '.txt';
}

/**
 * The bytes of each text page file; undefined for other inputs and unreadable files (the readers
 * then give the reason). Read synchronously: a page file sits in the page cache, and a
 * synchronous read costs the thread a fraction of what readFile's promise does (its open, stat,
 * read and close are a round trip each through the thread pool): about 0.1 s less CPU a thousand
 * pages, on the thread that parses.
 */
export function pageBytes(files: string[]): (index: number) => Uint8Array | undefined {
  return (index) => {
    const file = files[index];
    if (file === '-' || !isTextName(file)) return undefined;
    try {
      return readFileSync(file);
    } catch {
      return undefined;
    }
  };
}

export interface Writes {
  write(path: string, text: string): void;
}

/** Output files, each written whole as its page is done, synchronously for the same reason as
 * pageBytes (a.txt and a.pdf both give a.json: the last wins). A failed write throws. */
export function pageWrites(): Writes {
  return {
    write(path, text) {
      writeFileSync(path, text);
    },
  };
}

/** Messages between the command and its workers. */
export type PoolRequest = { start: number; end: number } | { finish: true };
export type PoolReply = { results: Array<[number, Outcome]> } | { finished: true } | { error: string };

/**
 * Parses `files` on `jobs` worker threads (parse-worker.ts), handing out small runs of files as
 * workers become free; outcomes are settled in input order, as a single thread would.
 */
export async function parseOnWorkers(
  files: string[],
  settings: BatchSettings,
  jobs: number,
  settle: (index: number, outcome: Outcome) => void,
): Promise<void> {
  // Runs small enough to keep both workers busy to the end, large enough to keep messages few.
  const runLength = Math.max(1, Math.min(16, Math.ceil(files.length / (jobs * 8))));
  let next = 0;
  let settled = 0;
  const waiting = new Map<number, Outcome>();
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      for (let job = 0; job < jobs; job++) {
        const worker = new Worker(new URL('./parse-worker.js', import.meta.url), {
          workerData: { files, settings },
        });
        workers.push(worker);
        let inFlight = 0;
        const give = (): void => {
          if (next < files.length) {
            const end = Math.min(files.length, next + runLength);
            worker.postMessage({ start: next, end } satisfies PoolRequest);
            next = end;
            inFlight++;
          } else if (inFlight === 0) worker.postMessage({ finish: true } satisfies PoolRequest);
        };
        worker.on('message', (reply: PoolReply) => {
          try {
            if ('error' in reply) throw new Error(reply.error);
            if ('finished' in reply) {
              if (++finished === jobs) resolve();
              return;
            }
            for (const [index, outcome] of reply.results) waiting.set(index, outcome);
            for (let outcome = waiting.get(settled); outcome; outcome = waiting.get(settled)) {
              waiting.delete(settled);
              settle(settled++, outcome);
            }
            inFlight--;
            give();
          } catch (error) {
            reject(error);
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (finished < jobs) reject(new Error(`a parse worker stopped early (exit code ${code})`));
        });
        // Two runs each: a worker starts its next run while the command settles the last.
        give();
        give();
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
