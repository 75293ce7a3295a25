import { readFileSync } from 'node:fs';

const lexicon = new URL('../../../src/lexicon/common-bigrams.txt', import.meta.url);
let common: Set<number> | undefined;

/** A bigram of two Han characters as one number: cheaper to hash than a two-character string. */
const key = (a: number, b: number) => a * 0x10000 + b;

/** Frequent two-character words (一个, 发展, 工作 …): shared by any two texts, they weigh little. */
function commonBigrams(): Set<number> {
  if (!common) {
    common = new Set(
      readFileSync(lexicon, 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => key(l.charCodeAt(0), l.charCodeAt(1))),
    );
  }
  return common;
}

/** Character bigrams of the Han text in s with their counts (punctuation, digits, Latin left out). */
export function bigrams(s: string): Map<number, number> {
  const out = new Map<number, number>();
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const han = code >= 0x4e00 && code <= 0x9fff;
    if (han && prev) {
      const g = key(prev, code);
      out.set(g, (out.get(g) ?? 0) + 1);
    }
    prev = han ? code : 0;
  }
  return out;
}

/**
 * How much two stretches of text keep to one subject: the cosine of their character-bigram
 * counts, frequent words weighed down. Text on both sides of an in-body subhead shares its
 * subject; text on both sides of a new article's title mostly does not (TextTiling's lexical
 * cohesion in its simplest form).
 */
export function cohesion(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const weights = commonBigrams();
  const w = (g: number) => (weights.has(g) ? 0.2 : 1);
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [g, c] of x) {
    const v = w(g) * c;
    nx += v * v;
    const d = y.get(g);
    if (d) dot += v * w(g) * d;
  }
  for (const [g, c] of y) {
    const v = w(g) * c;
    ny += v * v;
  }
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}
