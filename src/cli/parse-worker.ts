import { parentPort, workerData } from 'node:worker_threads';
import { pageOutcome, parseOne } from './parse.js';
import {
  type BatchSettings,
  type Outcome,
  type PoolReply,
  type PoolRequest,
  pageBytes,
  pageWrites,
} from './parse-batch.js';

/**
 * One worker of `baoku parse` (parse-batch.ts parseOnWorkers): parses the runs of files it is
 * handed, one after another, writes their JSON itself and replies with each file's outcome.
 */
const port = parentPort;
if (!port) throw new Error('parse-worker runs as a worker thread');
const { files, settings } = workerData as { files: string[]; settings: BatchSettings };
const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
const bytesOf = pageBytes(files);
const writes = pageWrites();

async function handle(request: PoolRequest): Promise<PoolReply> {
  if ('finish' in request) return { finished: true };
  const results: Array<[number, Outcome]> = [];
  for (let index = request.start; index < request.end; index++) {
    const file = files[index];
    const result = await parseOne(file, settings.options, io, bytesOf(index));
    results.push([index, pageOutcome(file, result, settings, writes)]);
  }
  return { results };
}

let queue: Promise<void> = Promise.resolve();
port.on('message', (request: PoolRequest) => {
  queue = queue.then(async () => {
    try {
      port.postMessage(await handle(request));
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies PoolReply);
    }
  });
});
