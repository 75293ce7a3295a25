/**
 * The index side of tokens.ts: the tokens of one story, field by field, with the same units and
 * runs as `runs` (NFKC, lower case). Ingest spends much of its JS time here, so:
 *
 *   - Text made only of characters whose NFKC form can be taken one by one (ASCII, Latin-1,
 *     CJK ideographs, punctuation and symbols, full-width ASCII: nearly every newspaper text)
 *     is mapped through a table instead of being normalised whole.
 *   - Tokens are written as UTF-8 bytes and bound as blobs (FTS5 reads a blob as text), so no
 *     string is made in JS and re-encoded by the driver.
 *   - `tail` holds a run's last unit only when no bigram of the story starts with it and not
 *     twice: a 1-unit query matches a story the same (prefix on bigrams or tail), with ~10% fewer
 *     tokens for FTS5 to sort and merge at each commit.
 */
import { BREAK, classOf, UNIT, WORD } from './tokens.js';

/**
 * Per BMP code unit: 0 not looked at yet; 1 not on the fast path (the text is normalised
 * whole); else 2 + its class, with the NFKC lower-case code unit in fastCode.
 */
const fastState = new Uint8Array(0x10000);
const fastCode = new Uint16Array(0x10000);
// Blocks whose characters neither compose with a neighbour nor lower-case by context (Greek
// final sigma does): Latin-1 (NBSP, ·, ×), general punctuation, arrows, mathematical and
// technical symbols, enclosed alphanumerics (① → 1), box drawing, shapes (■ ●), dingbats, CJK
// punctuation, CJK ideographs, CJK compatibility forms, full-width ASCII, half-width CJK
// punctuation. Which of their characters qualify is decided by lookFast.
const fastBlocks: Array<[number, number]> = [
  [0x0000, 0x00ff],
  [0x2000, 0x206f],
  [0x2190, 0x27bf],
  [0x3000, 0x303f],
  [0x4e00, 0x9fff],
  [0xfe30, 0xfe4f],
  [0xff01, 0xff64],
];
const mark = /\p{M}/u;
const surrogate = /[\ud800-\udfff]/;

function lookFast(code: number): number {
  let state = 1;
  if (fastBlocks.some(([from, to]) => code >= from && code <= to)) {
    const ch = String.fromCharCode(code);
    const n = ch.normalize('NFKC').toLowerCase();
    // No combining marks on either side, so the text's NFKC is the concatenation of its characters'.
    if (!mark.test(ch) && !mark.test(n) && !surrogate.test(n)) {
      if (n.length === 1) {
        fastCode[code] = n.charCodeAt(0);
        state = 2 + classOf(n, fastCode[code]);
      } else if ([...n].every((c) => classOf(c, c.charCodeAt(0)) === BREAK)) state = 2 + BREAK; // … → ...
    }
  }
  fastState[code] = state;
  return state;
}

/** The second code unit of a surrogate pair: part of the unit that the first one starts. */
const PAIR_TAIL = 255;
/** classOf + 1 of BMP characters of normalised text met so far (0: not yet): the regex tests are slow. */
const bmpClasses = new Uint8Array(0x10000);

let codes = new Uint16Array(4096);
let kinds = new Uint8Array(4096);

/** Fills codes/kinds with the NFKC lower-case code units of the text and their classes; returns the length. */
function readText(text: string): number {
  if (codes.length < text.length) {
    codes = new Uint16Array(2 * text.length);
    kinds = new Uint8Array(2 * text.length);
  }
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const state = fastState[code] || lookFast(code);
    if (state === 1) break;
    codes[i] = fastCode[code];
    kinds[i] = state - 2;
  }
  if (i === text.length) return i;
  const s = text.normalize('NFKC').toLowerCase();
  if (codes.length < s.length) {
    codes = new Uint16Array(2 * s.length);
    kinds = new Uint8Array(2 * s.length);
  }
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    codes[k] = code;
    if (code >= 0xd800 && code <= 0xdbff && k + 1 < s.length) {
      const next = s.charCodeAt(k + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        const ch = s.slice(k, k + 2);
        kinds[k] = classOf(ch, ch.codePointAt(0) ?? code);
        codes[k + 1] = next;
        kinds[k + 1] = PAIR_TAIL;
        k++;
        continue;
      }
    }
    let kind = bmpClasses[code] - 1;
    if (kind < 0) {
      kind = classOf(s[k], code);
      if (code < 0xd800 || code > 0xdfff) bmpClasses[code] = kind + 1;
    }
    kinds[k] = kind;
  }
  return s.length;
}

/** Writes units[from, to) as UTF-8 at out[size]; returns the new size. */
function writeUtf8(out: Uint8Array, size: number, units: Uint16Array, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = units[k];
    if (c < 0x80) out[size++] = c;
    else if (c < 0x800) {
      out[size++] = 0xc0 | (c >> 6);
      out[size++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c <= 0xdbff && k + 1 < to) {
      const p = 0x10000 + ((c - 0xd800) << 10) + (units[++k] - 0xdc00);
      out[size++] = 0xf0 | (p >> 18);
      out[size++] = 0x80 | ((p >> 12) & 63);
      out[size++] = 0x80 | ((p >> 6) & 63);
      out[size++] = 0x80 | (p & 63);
    } else {
      out[size++] = 0xe0 | (c >> 12);
      out[size++] = 0x80 | ((c >> 6) & 63);
      out[size++] = 0x80 | (c & 63);
    }
  }
  return size;
}

/** Story generation stamps: startStamp[code] === generation when that 1-code-unit unit starts a bigram (or is a tail already). */
const startStamp = new Uint32Array(0x10000);
let generation = 0;
const space8 = 32;
const underscore8 = 95;

/** The index tokens of one story: call `field` for each column, then `tails`. */
export class StoryTokens {
  private readonly generation: number;
  /** Units of more than one code unit that start a bigram (Latin/digit words, astral characters). */
  private readonly longStarts = new Set<string>();
  /** Last units of runs, in order: a code unit, or the text of a longer unit. */
  private readonly runEnds: Array<number | string> = [];

  constructor() {
    if (++generation === 0xffffffff) {
      startStamp.fill(0);
      generation = 1;
    }
    this.generation = generation;
  }

  /** The bigrams of one field, space-separated UTF-8 (bind it as a blob). */
  field(text: string): Uint8Array | string {
    const length = readText(text);
    const unitKinds = kinds;
    // Each code unit is written at most twice as ≤ 3 bytes (a pair as 4), with a space and an underscore per token.
    const out = Buffer.allocUnsafe(8 * length + 8);
    let size = 0;
    let wordStart = -1;
    this.prevStart = -1;
    for (let i = 0; i < length; i++) {
      const kind = unitKinds[i];
      if (kind === WORD) {
        if (wordStart < 0) wordStart = i;
        continue;
      }
      if (kind === PAIR_TAIL) continue; // the rest of a unit taken at its first half
      if (wordStart >= 0) {
        size = this.unit(out, size, wordStart, i, true);
        wordStart = -1;
      }
      if (kind === UNIT)
        size = this.unit(
          out,
          size,
          i,
          i + 1 < length && unitKinds[i + 1] === PAIR_TAIL ? i + 2 : i + 1,
          false,
        );
      else if (kind === BREAK) this.endRun();
      // SPACE only ends a word.
    }
    if (wordStart >= 0) size = this.unit(out, size, wordStart, length, true);
    this.endRun();
    return size ? out.subarray(0, size) : '';
  }

  /** The previous unit of the current run as [prevStart, prevEnd) of codes; prevStart < 0 at a run's start. */
  private prevStart = -1;
  private prevEnd = -1;
  private prevWord = false;

  /** Takes the next unit of a run, codes[start, end): writes the bigram it ends, if any, at out[size]; returns the new size. */
  private unit(out: Uint8Array, size: number, start: number, end: number, isWord: boolean): number {
    const units = codes;
    const { prevStart, prevEnd } = this;
    if (prevStart >= 0) {
      if (size) out[size++] = space8;
      size = writeUtf8(out, size, units, prevStart, prevEnd);
      if (this.prevWord || isWord) out[size++] = underscore8;
      size = writeUtf8(out, size, units, start, end);
      if (prevEnd - prevStart === 1) startStamp[units[prevStart]] = this.generation;
      else this.longStarts.add(String.fromCharCode(...units.subarray(prevStart, prevEnd)));
    }
    this.prevStart = start;
    this.prevEnd = end;
    this.prevWord = isWord;
    return size;
  }

  private endRun(): void {
    const { prevStart, prevEnd } = this;
    if (prevStart >= 0)
      this.runEnds.push(
        prevEnd - prevStart === 1
          ? codes[prevStart]
          : String.fromCharCode(...codes.subarray(prevStart, prevEnd)),
      );
    this.prevStart = -1;
  }

  /** The tail column: run ends that start no bigram of the story, once each (call after every field). */
  tails(): string {
    const out: string[] = [];
    for (const end of this.runEnds) {
      if (typeof end === 'number') {
        if (startStamp[end] === this.generation) continue;
        startStamp[end] = this.generation;
        out.push(String.fromCharCode(end));
      } else if (!this.longStarts.has(end)) {
        this.longStarts.add(end);
        out.push(end);
      }
    }
    return out.join(' ');
  }
}
