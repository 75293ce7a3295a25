import { parentPort } from 'node:worker_threads';
import { extractNames } from '../extract/index.js';
import { tagger } from '../extract/tagger.js';
import type { ExtractReply, ExtractRequest } from './extract-thread.js';
import { failureReason } from './parse-batch.js';

/**
 * The extraction thread of `baoku parse` (extract-thread.ts): finds the people and organisations
 * of each page's articles as they come and replies in the same order. A fault on one page fails
 * that page, as on one thread.
 */
const port = parentPort;
if (!port) throw new Error('extract-worker runs as a worker thread');
// The jieba dictionary loads now, while the command's thread starts up, not on the first page.
tagger();
port.on('message', ({ id, articles }: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id, found: extractNames(articles) };
  } catch (error) {
    reply = { id, reason: failureReason(error) };
  }
  port.postMessage(reply);
});
