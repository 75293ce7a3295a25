import { createRequire } from 'node:module';
import { segmenter } from './words.js';

/** Character bigrams of the Han text in s (punctuation, digits and Latin left out). */
export function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const han = s.replace(/[^\u4e00-\u9fff]+/gu, '|');
  for (let i = 0; i + 1 < han.length; i++) {
    if (han[i] !== '|' && han[i + 1] !== '|') out.add(han.slice(i, i + 2));
  }
  return out;
}

/**
 * How much two stretches of text share (bigram overlap over the smaller set): text on
 * both sides of an in-body subhead keeps to one subject, text on both sides of a new
 * article's title mostly does not (TextTiling's lexical cohesion, in its simplest form).
 */
export function cohesion(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size;
}

let idf: Map<string, number> | undefined;

/** Inverse document frequencies of words, from jieba's bundled table (loaded on first use). */
function idfTable(): Map<string, number> {
  if (!idf) {
    idf = new Map();
    const require = createRequire(import.meta.url);
    const text = (require('@node-rs/jieba/dict') as { idf: Uint8Array }).idf.toString();
    for (const line of text.split('\n')) {
      const space = line.lastIndexOf(' ');
      if (space > 0) idf.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
  }
  return idf;
}

function wordVector(s: string): Map<string, number> {
  const table = idfTable();
  const v = new Map<string, number>();
  for (const w of segmenter().cut(s, false)) {
    if (w.length < 2 || !/[\u4e00-\u9fff]/.test(w)) continue;
    v.set(w, (v.get(w) ?? 0) + (table.get(w) ?? 12));
  }
  return v;
}

/** Cosine of idf-weighted word vectors: shared rare words count, shared common ones barely. */
export function wordCohesion(a: string, b: string): number {
  const x = wordVector(a);
  const y = wordVector(b);
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [w, f] of x) {
    nx += f * f;
    const g = y.get(w);
    if (g) dot += f * g;
  }
  for (const f of y.values()) ny += f * f;
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}
