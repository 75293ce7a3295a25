import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../extract/index.js';
import type { Article } from '../model.js';

/**
 * Extraction (people and organisations) on a thread of its own, while the command's thread
 * reads, segments and assembles the next pages: the two halves of the pipeline cost about the
 * same, so on two cores a batch takes little more than the longer half. Unlike a pool of whole
 * parsers (--jobs), each thread compiles and warms up only its own half of the code, and the
 * articles are the one thing handed over (the extraction comes back, a few names).
 */

/** What the extraction thread finds: the events, which need the people, are found on the
 * command's thread (they cost about a tenth of extraction, and that thread has the time). */
export type Names = Omit<Extraction, 'events'>;

/** What the extraction thread gives for one page: its people and organisations, or why it failed. */
export type ExtractReply = { id: number; found: Names } | { id: number; reason: string };
export interface ExtractRequest {
  id: number;
  articles: Article[];
}

/** Fewer text pages than this parse on one thread: the second thread's start-up (its own
 * modules and jieba dictionary, about 0.3 s of CPU) would not pay for itself (ten pages took
 * longer with it). */
export const minPipelinePages = 64;

/** Whether a batch runs its extraction on a second thread: extraction wanted, enough text pages,
 * and a second core to run it on. */
export function wantsExtractionThread(textPages: number, extract: boolean): boolean {
  return extract && textPages >= minPipelinePages && availableParallelism() >= 2;
}

export interface ExtractionThread {
  /** The page's extraction, in the order pages were sent; rejects when the thread fails. */
  extract(articles: Article[]): Promise<Names | { reason: string }>;
  /** Ends the thread. */
  close(): Promise<void>;
}

export function extractionThread(): ExtractionThread {
  const worker = new Worker(new URL('./extract-worker.js', import.meta.url));
  const waiting = new Map<
    number,
    { resolve: (value: Names | { reason: string }) => void; reject: (error: Error) => void }
  >();
  let next = 0;
  let closing = false;
  /** Why the thread ended, once it has: later pages fail at once instead of waiting forever. */
  let failure: Error | undefined;
  const failAll = (error: Error): void => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  worker.on('message', (reply: ExtractReply) => {
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    entry?.resolve('found' in reply ? reply.found : { reason: reply.reason });
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    if (!closing) failAll(new Error(`the extraction thread stopped early (exit code ${code})`));
  });
  return {
    extract(articles) {
      const id = next++;
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, articles } satisfies ExtractRequest);
      });
    },
    async close() {
      closing = true;
      await worker.terminate();
    },
  };
}
