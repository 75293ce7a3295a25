import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { jiebaDictPath, jiebaDir } from '../segment/words.js';
import { lexiconDir, readList, spaceTable } from './lexicon.js';

/**
 * Which short strings are ordinary words rather than names, from the dictionary jieba ships
 * (@node-rs/jieba/dict.txt, "word frequency tag" a line) plus our src/lexicon/userdict.txt.
 * 文化, 强调, 高质量 must never be read as 文 + 化, 强 + 调, 高 + 质量; words tagged nr* are
 * names (习近平, 高峰) and stay allowed. Built once at module load (about 0.1 s), or read from
 * its cache file under .cache/ (a few milliseconds).
 */
/** Whitespace (\s) by code unit. */
const spaceChar = spaceTable;

/** Below this frequency a dictionary word is too rare to overrule a name. */
const minFrequency = 20;
/** A two-character word at least this frequent right after a candidate marks where it ends. */
const commonFrequency = 100;
/** A two-character dictionary word this frequent is a word even when jieba tags it a name. */
const nameFrequency = 300;
/** Words this frequent decide a name's end even against a verb after it (廖伟来说). */
const frequentFrequency = 1000;
/** Single characters this frequent as function words or verbs never start a name. */
const functionFrequency = 5000;

export interface WordTable {
  /** True when the string (2–3 characters, starting like a name) is an ordinary dictionary word. */
  isOrdinaryWord(text: string): boolean;
  /** True when the two characters are a frequent ordinary word (前往, 因病, 来说). */
  isCommonWord(text: string): boolean;
  /** True when the two characters are any ordinary dictionary word (专访, 特使, 山东). */
  isWord(text: string): boolean;
  /** True when the two characters are a very frequent word (来说, 告诉, 看来). */
  isFrequentWord(text: string): boolean;
  /** True for a frequent function character (不, 很, 要, 让, 较): no name starts with one. */
  isFunctionChar(char: string): boolean;
  /** isCommonWord / isWord / isFrequentWord of text.slice(at, at + 2), without cutting it (at ≥ 0). */
  isCommonWordAt(text: string, at: number): boolean;
  isWordAt(text: string, at: number): boolean;
  isFrequentWordAt(text: string, at: number): boolean;
}

/** Number(text.slice(start, end)) without the slice for plain digits (dictionary frequencies). */
function numberAt(text: string, start: number, end: number): number {
  if (end - start > 15) return Number(text.slice(start, end));
  let value = 0;
  for (let at = start; at < end; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return Number(text.slice(start, end));
    value = value * 10 + digit;
  }
  return value;
}

const n = 'n'.charCodeAt(0);
const r = 'r'.charCodeAt(0);

/** What the table knows of a word, as bits. */
const commonBit = 1;
const anyBit = 2;
const frequentBit = 4;
const ordinaryBit = 8;
const nameBit = 16;

/**
 * Words of two or three UTF-16 units → their bits, by open addressing over typed arrays: a
 * key is (first << 16 | second, third + 1 or 0), so a position is looked up without a string
 * made, and the whole table is two arrays that a cache file holds as they are.
 */
class WordBits {
  readonly mask: number;
  constructor(
    /** Two entries a slot: first << 16 | second (0: empty), then third + 1 (0: two units). */
    readonly keys: Int32Array,
    readonly bits: Uint8Array,
  ) {
    this.mask = bits.length - 1;
  }

  /** The slot holding the key, or the empty slot where it would go. */
  slot(low: number, high: number): number {
    const hash = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
    let at = (hash ^ (hash >>> 16)) & this.mask;
    for (;;) {
      const key = this.keys[2 * at];
      if (key === 0 || (key === low && this.keys[2 * at + 1] === high)) return at;
      at = (at + 1) & this.mask;
    }
  }

  get(low: number, high: number): number {
    return this.bits[this.slot(low, high)];
  }

  /** Bits of text.slice(at, at + 2); 0 past the end. */
  pairAt(text: string, at: number): number {
    if (at + 2 > text.length) return 0;
    return this.get((text.charCodeAt(at) << 16) | text.charCodeAt(at + 1), 0);
  }
}

/** The table's contents: function characters by code unit, word bits. */
interface WordData {
  functionChars: number[];
  bits: WordBits;
}

/** Reads the dictionary and our user dictionary into word bits (about 0.1 s). */
function readDictionary(dictText: string, surnameStart: (word: string) => boolean): WordData {
  // Keys as one number (low + high · 2³²) while reading; a later line of a word overrides the
  // name bit of an earlier one, as a map entry set again would.
  const entries = new Map<number, number>();
  const functionChars = new Set<number>();
  const keyOf = (text: string, start: number, length: number): number => {
    const low = ((text.charCodeAt(start) << 16) | text.charCodeAt(start + 1)) >>> 0;
    return low + (length === 3 ? (text.charCodeAt(start + 2) + 1) * 2 ** 32 : 0);
  };
  const mark = (key: number, set: number, clear: number): void => {
    entries.set(key, ((entries.get(key) ?? 0) | set) & ~clear);
  };
  /** One dictionary line, text.slice(start, end): "word frequency tag", its fields as
   * `line.trim().split(/\s+/)` gives them, read in place (a third of a million lines: no
   * array or string made that is not needed). */
  const add = (text: string, start: number, end: number, force: boolean): void => {
    let at = start;
    while (at < end && spaceChar[text.charCodeAt(at)] === 1) at++;
    const wordStart = at;
    while (at < end && spaceChar[text.charCodeAt(at)] === 0) at++;
    const length = at - wordStart;
    if (length === 0 || length > 3) return;
    const wordEnd = at;
    while (at < end && spaceChar[text.charCodeAt(at)] === 1) at++;
    const frequencyStart = at;
    while (at < end && spaceChar[text.charCodeAt(at)] === 0) at++;
    const frequencyEnd = at;
    while (at < end && spaceChar[text.charCodeAt(at)] === 1) at++;
    const tagStart = at;
    while (at < end && spaceChar[text.charCodeAt(at)] === 0) at++;
    const tagEnd = at;
    // Number(undefined) when the field is missing
    const frequency =
      frequencyEnd === frequencyStart ? Number.NaN : numberAt(text, frequencyStart, frequencyEnd);
    if (length === 1) {
      if (
        frequency >= functionFrequency &&
        /^(?:d|p|c|u|r|y|e|o|v|ul|uj|uz|ud|ug|uv)$/.test(text.slice(tagStart, tagEnd))
      )
        functionChars.add(text.charCodeAt(wordStart));
      return;
    }
    const tagged =
      tagEnd - tagStart >= 2 && text.charCodeAt(tagStart) === n && text.charCodeAt(tagStart + 1) === r;
    // jieba tags many ordinary words nr (祝贺, 荣誉, 许可): only rare ones are trusted as names.
    const name = tagged && (length === 3 || frequency < nameFrequency);
    const key = keyOf(text, wordStart, length);
    if (length === 2) {
      let set = 0;
      if (!tagged && (force || frequency >= commonFrequency)) set |= commonBit;
      if (!tagged && (force || frequency >= minFrequency)) set |= anyBit;
      if (frequency >= frequentFrequency) set |= frequentBit;
      if (set !== 0) mark(key, set, 0);
    }
    if (!(force || frequency >= minFrequency)) return;
    if (surnameStart(text.slice(wordStart, wordEnd)))
      mark(key, name ? ordinaryBit | nameBit : ordinaryBit, name ? 0 : nameBit);
  };
  for (let start = 0; start <= dictText.length; ) {
    const newline = dictText.indexOf('\n', start);
    const end = newline < 0 ? dictText.length : newline;
    add(dictText, start, end, false);
    start = end + 1;
  }
  for (const line of readList('userdict.txt')) add(line, 0, line.length, true);
  // At most a quarter full: short probes.
  let capacity = 1024;
  while (capacity < entries.size * 4) capacity *= 2;
  const bits = new WordBits(new Int32Array(2 * capacity), new Uint8Array(capacity));
  for (const [key, value] of entries) {
    const low = (key % 2 ** 32) | 0;
    const high = Math.floor(key / 2 ** 32);
    const at = bits.slot(low, high);
    bits.keys[2 * at] = low;
    bits.keys[2 * at + 1] = high;
    bits.bits[at] = value;
  }
  return { functionChars: [...functionChars], bits };
}

/** Cache files start with this, then the format's version (bump it when the bits change). */
const cacheMagic = 0x77746231;
const cacheVersion = 2;
/** Five int32: magic, version, capacity, function characters, checksum of the rest. */
const headerBytes = 20;

/** A checksum of int32 words (FNV-1a over words): a damaged cache file is read again. */
function checksum(words: Int32Array): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < words.length; at++) hash = Math.imul(hash ^ words[at], 0x01000193);
  return hash;
}

/** The cache file's bytes: the header, the keys, the function characters as int32, the bits
 * (a multiple of four bytes: the capacity is a power of two ≥ 1024). Native byte order: the
 * cache is this machine's. */
function encode(data: WordData): Buffer {
  const capacity = data.bits.bits.length;
  const body = Buffer.concat([
    Buffer.from(data.bits.keys.buffer, data.bits.keys.byteOffset, data.bits.keys.byteLength),
    Buffer.from(Int32Array.from(data.functionChars).buffer),
    Buffer.from(data.bits.bits.buffer, data.bits.bits.byteOffset, data.bits.bits.byteLength),
  ]);
  const sum = checksum(new Int32Array(body.buffer, body.byteOffset, body.length / 4));
  const header = Int32Array.of(cacheMagic, cacheVersion, capacity, data.functionChars.length, sum);
  return Buffer.concat([Buffer.from(header.buffer), body]);
}

/** The table in a cache file's bytes, or undefined when they are not a whole, sound one. */
function decode(file: Buffer): WordData | undefined {
  // Typed views need aligned offsets; a large file read has its own buffer at 0.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  if (bytes.length < headerBytes) return undefined;
  const [magic, version, capacity, functionCount, sum] = new Int32Array(bytes.buffer, bytes.byteOffset, 5);
  if (magic !== cacheMagic || version !== cacheVersion) return undefined;
  if (capacity < 1024 || (capacity & (capacity - 1)) !== 0 || functionCount < 0) return undefined;
  if (bytes.length !== headerBytes + 8 * capacity + 4 * functionCount + capacity) return undefined;
  const start = bytes.byteOffset + headerBytes;
  if (checksum(new Int32Array(bytes.buffer, start, (bytes.length - headerBytes) / 4)) !== sum)
    return undefined;
  const keys = new Int32Array(bytes.buffer, start, 2 * capacity);
  const functionStart = start + 8 * capacity;
  const functionChars = [...new Int32Array(bytes.buffer, functionStart, functionCount)];
  const bits = new Uint8Array(bytes.buffer, functionStart + 4 * functionCount, capacity);
  return { functionChars, bits: new WordBits(keys, bits) };
}

/** .cache/ at the repository root (built code runs from dist/src/extract). */
export const wordCacheDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '.cache');

/** The cache file for these inputs: the format and thresholds, jieba's version and
 * dictionary file, our user dictionary, and the key the caller gives for its surnameStart. */
export function wordCacheFile(surnameKey: string): string {
  const version = (JSON.parse(readFileSync(join(jiebaDir, 'package.json'), 'utf8')) as { version: string })
    .version;
  const stat = statSync(jiebaDictPath);
  const key = [
    cacheVersion,
    // the thresholds decide the bits
    [minFrequency, commonFrequency, nameFrequency, frequentFrequency, functionFrequency].join(' '),
    version,
    stat.size,
    stat.mtimeMs,
    readFileSync(join(lexiconDir, 'userdict.txt'), 'utf8'),
    surnameKey,
  ].join('\n');
  return join(wordCacheDir, `word-table-${fingerprint(key)}.bin`);
}

/** Two 32-bit FNV-1a hashes of the text (different offsets) as 16 hex digits: names a cache
 * file without loading node:crypto (a dozen modules) into every run. */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The table from its cache file, or read from the dictionaries and then cached: written to a
 * file of its own and renamed into place, so a reader never meets half a file. A cache that
 * cannot be read or written is only slower. */
function loadWordData(surnameStart: (word: string) => boolean, surnameKey: string | undefined): WordData {
  const read = () => readDictionary(readFileSync(jiebaDictPath, 'utf8'), surnameStart);
  if (surnameKey === undefined) return read();
  let path: string;
  try {
    path = wordCacheFile(surnameKey);
    const cached = existsSync(path) ? decode(readFileSync(path)) : undefined;
    if (cached) return cached;
  } catch {
    return read();
  }
  const data = read();
  try {
    mkdirSync(wordCacheDir, { recursive: true });
    const temporary = `${path}.${process.pid}.${threadId}.tmp`;
    writeFileSync(temporary, encode(data));
    renameSync(temporary, path);
  } catch {
    // a read-only install: read the dictionary each run
  }
  return data;
}

/**
 * The word table for names starting as `surnameStart` says. With `surnameKey` (a string that
 * changes whenever surnameStart's answers may), the table is cached under .cache/ and a run
 * reads it in milliseconds; without, it is read from the dictionaries.
 */
export function wordTable(surnameStart: (word: string) => boolean, surnameKey?: string): WordTable {
  const { functionChars: functionCodes, bits } = loadWordData(surnameStart, surnameKey);
  const functionChars = new Set(functionCodes.map((code) => String.fromCharCode(code)));
  const isOrdinaryWord = (text: string): boolean => {
    if (text.length === 2)
      return (
        (bits.get((text.charCodeAt(0) << 16) | text.charCodeAt(1), 0) & (ordinaryBit | nameBit)) ===
        ordinaryBit
      );
    if (text.length === 3)
      return (
        (bits.get((text.charCodeAt(0) << 16) | text.charCodeAt(1), text.charCodeAt(2) + 1) &
          (ordinaryBit | nameBit)) ===
        ordinaryBit
      );
    return false;
  };
  /** Whole-string tests: two-unit words only. */
  const whole = (bit: number) => (text: string) => text.length === 2 && (bits.pairAt(text, 0) & bit) !== 0;
  const isCommonWord = whole(commonBit);
  const isWord = whole(anyBit);
  const isFrequentWord = whole(frequentBit);
  return {
    isOrdinaryWord,
    isCommonWord,
    isWord,
    isFrequentWord,
    isFunctionChar: (char) => functionChars.has(char),
    isCommonWordAt: (text, at) =>
      at < 0 ? isCommonWord(text.slice(at, at + 2)) : (bits.pairAt(text, at) & commonBit) !== 0,
    isWordAt: (text, at) =>
      at < 0 ? isWord(text.slice(at, at + 2)) : (bits.pairAt(text, at) & anyBit) !== 0,
    isFrequentWordAt: (text, at) =>
      at < 0 ? isFrequentWord(text.slice(at, at + 2)) : (bits.pairAt(text, at) & frequentBit) !== 0,
  };
}
