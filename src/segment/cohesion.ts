import { readFileSync } from 'node:fs';

const lexicon = new URL('../../../src/lexicon/common-bigrams.txt', import.meta.url);
/** A Han bigram as a positive number below 2^31 (0 marks an empty slot in the tables below). */
const hanKey = (a: number, b: number) => (a - 0x4e00) * 20992 + (b - 0x4e00) + 1;

/** The frequent two-character words (一个, 发展, 工作 …: shared by any two texts, they weigh
 * little) that are Han pairs — no other can occur in a text's bigrams — in an open-addressed
 * table: a weight is looked up for every distinct bigram of every context. */
let commonHan: { keys: Int32Array; mask: number } | undefined;
function commonHanTable(): { keys: Int32Array; mask: number } {
  if (!commonHan) {
    const pairs = readFileSync(lexicon, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => [l.charCodeAt(0), l.charCodeAt(1)])
      .filter(([a, b]) => a >= 0x4e00 && a <= 0x9fff && b >= 0x4e00 && b <= 0x9fff);
    let capacity = 1024;
    while (capacity < pairs.length * 4) capacity *= 2;
    const keys = new Int32Array(capacity);
    const mask = keys.length - 1;
    for (const [a, b] of pairs) {
      const k = hanKey(a, b);
      let slot = Math.imul(k, 0x9e3779b1) & mask;
      while (keys[slot] !== 0 && keys[slot] !== k) slot = (slot + 1) & mask;
      keys[slot] = k;
    }
    commonHan = { keys, mask };
  }
  return commonHan;
}

function isCommon(table: { keys: Int32Array; mask: number }, k: number): boolean {
  let slot = Math.imul(k, 0x9e3779b1) & table.mask;
  for (; table.keys[slot] !== 0; slot = (slot + 1) & table.mask) if (table.keys[slot] === k) return true;
  return false;
}

/**
 * Bigram counts of one text in a table reused from call to call (cohesion runs a few hundred
 * times a page): open addressing over typed arrays, the bigrams kept in order of first
 * occurrence, as a Map would iterate them, so that every sum is taken in the same order.
 */
class BigramTable {
  private keys = new Int32Array(0);
  private counts = new Int32Array(0);
  private weights = new Float64Array(0);
  /** Slots in order of first occurrence. */
  private order = new Int32Array(0);
  private mask = 0;
  size = 0;

  /** Counts the bigrams of s (adjacent Han characters; punctuation, digits, Latin break a pair),
   * each with its weight. */
  fill(s: string, common: { keys: Int32Array; mask: number }): void {
    this.clear();
    // at most one bigram per unit: a table at most half full, and never without an empty
    // slot (a lookup in a table of no slots would probe for ever)
    if (this.keys.length < Math.max(64, s.length * 2)) this.grow(s.length * 2);
    let prev = 0;
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      const han = code >= 0x4e00 && code <= 0x9fff;
      if (han && prev) {
        const k = hanKey(prev, code);
        const slot = this.slotOf(k);
        if (this.keys[slot] === 0) {
          this.keys[slot] = k;
          this.counts[slot] = 1;
          this.weights[slot] = isCommon(common, k) ? 0.2 : 1;
          this.order[this.size++] = slot;
        } else this.counts[slot]++;
      }
      prev = han ? code : 0;
    }
  }

  private grow(least: number): void {
    let capacity = 64;
    while (capacity < least) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.weights = new Float64Array(capacity);
    this.order = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private clear(): void {
    for (let n = 0; n < this.size; n++) this.keys[this.order[n]] = 0;
    this.size = 0;
  }

  /** The slot holding k, or the empty slot where it goes. */
  slotOf(k: number): number {
    let slot = Math.imul(k, 0x9e3779b1) >>> 0;
    for (slot &= this.mask; this.keys[slot] !== 0 && this.keys[slot] !== k; slot = (slot + 1) & this.mask);
    return slot;
  }

  /** The nth bigram in order of first occurrence: its key, count and weight. */
  keyAt(n: number): number {
    return this.keys[this.order[n]];
  }
  countAt(n: number): number {
    return this.counts[this.order[n]];
  }
  weightAt(n: number): number {
    return this.weights[this.order[n]];
  }
  /** The count of key k, 0 when absent. */
  count(k: number): number {
    const slot = this.slotOf(k);
    return this.keys[slot] === k ? this.counts[slot] : 0;
  }
}

const left = new BigramTable();
const right = new BigramTable();

/**
 * How much two stretches of text keep to one subject: the cosine of their character-bigram
 * counts, frequent words weighed down. Text on both sides of an in-body subhead shares its
 * subject; text on both sides of a new article's title mostly does not (TextTiling's lexical
 * cohesion in its simplest form).
 */
export function cohesion(a: string, b: string): number {
  const weights = commonHanTable();
  left.fill(a, weights);
  right.fill(b, weights);
  // the cosine's sums term by term in the order a Map of counts would give (a test holds the
  // result to that plain form)
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (let n = 0; n < left.size; n++) {
    const w = left.weightAt(n);
    const v = w * left.countAt(n);
    nx += v * v;
    const d = right.count(left.keyAt(n));
    if (d) dot += v * w * d;
  }
  for (let n = 0; n < right.size; n++) {
    const v = right.weightAt(n) * right.countAt(n);
    ny += v * v;
  }
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}
