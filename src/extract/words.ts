import { createRequire } from 'node:module';
import { predicateTable, readList } from './lexicon.js';

/**
 * Which short strings are ordinary words rather than names, from the dictionary jieba ships
 * (@node-rs/jieba/dict.txt, "word frequency tag" a line) plus our src/lexicon/userdict.txt.
 * 文化, 强调, 高质量 must never be read as 文 + 化, 强 + 调, 高 + 质量; words tagged nr* are
 * names (习近平, 高峰) and stay allowed. Built once at module load (about 0.15 s).
 */
const require = createRequire(import.meta.url);
const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };

/** Whitespace (\s) by code unit. */
const spaceChar = predicateTable((char) => /\s/.test(char));

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

/** Two-unit words as sets of second units by first unit: looked up from a position with no string made. */
type PairSet = Array<Set<number> | undefined>;

function addPair(pairs: PairSet, first: number, second: number): void {
  let set = pairs[first];
  if (!set) {
    set = new Set();
    pairs[first] = set;
  }
  set.add(second);
}

/** Is text.slice(at, at + 2) in the pair set? The sets hold two-unit words only. */
function pairAt(pairs: PairSet, text: string, at: number): boolean {
  if (at + 2 > text.length) return false;
  return pairs[text.charCodeAt(at)]?.has(text.charCodeAt(at + 1)) ?? false;
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

export function wordTable(surnameStart: (word: string) => boolean): WordTable {
  // Two-character words by code units (first → second), ordinary ones (first → second → third,
  // true when trusted as a name): looked up without hashing a fresh string. Written while the
  // dictionary is read; a later line of the same word overrides an earlier one.
  const commonPairs: PairSet = new Array(0x10000);
  const anyPairs: PairSet = new Array(0x10000);
  const frequentPairs: PairSet = new Array(0x10000);
  const ordinaryTwo: Array<Map<number, boolean> | undefined> = new Array(0x10000);
  const ordinaryThree: Array<Map<number, Map<number, boolean>> | undefined> = new Array(0x10000);
  const functionChars = new Set<string>();
  const setOrdinary = (word: string, name: boolean): void => {
    const first = word.charCodeAt(0);
    if (word.length === 2) {
      let seconds = ordinaryTwo[first];
      if (!seconds) {
        seconds = new Map();
        ordinaryTwo[first] = seconds;
      }
      seconds.set(word.charCodeAt(1), name);
    } else {
      let seconds = ordinaryThree[first];
      if (!seconds) {
        seconds = new Map();
        ordinaryThree[first] = seconds;
      }
      let thirds = seconds.get(word.charCodeAt(1));
      if (!thirds) {
        thirds = new Map();
        seconds.set(word.charCodeAt(1), thirds);
      }
      thirds.set(word.charCodeAt(2), name);
    }
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
        functionChars.add(text.slice(wordStart, wordEnd));
      return;
    }
    const tagged =
      tagEnd - tagStart >= 2 && text.charCodeAt(tagStart) === n && text.charCodeAt(tagStart + 1) === r;
    // jieba tags many ordinary words nr (祝贺, 荣誉, 许可): only rare ones are trusted as names.
    const name = tagged && (length === 3 || frequency < nameFrequency);
    if (length === 2) {
      const first = text.charCodeAt(wordStart);
      const second = text.charCodeAt(wordStart + 1);
      if (!tagged && (force || frequency >= commonFrequency)) addPair(commonPairs, first, second);
      if (!tagged && (force || frequency >= minFrequency)) addPair(anyPairs, first, second);
      if (frequency >= frequentFrequency) addPair(frequentPairs, first, second);
    }
    if (!(force || frequency >= minFrequency)) return;
    const word = text.slice(wordStart, wordEnd);
    if (surnameStart(word)) setOrdinary(word, name);
  };
  const text = Buffer.from(dict.buffer, dict.byteOffset, dict.byteLength).toString('utf8');
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    add(text, start, end, false);
    start = end + 1;
  }
  for (const line of readList('userdict.txt')) add(line, 0, line.length, true);
  /** The dictionary word is not trusted as a name. */
  const isOrdinaryWord = (text: string): boolean => {
    if (text.length === 2) return ordinaryTwo[text.charCodeAt(0)]?.get(text.charCodeAt(1)) === false;
    if (text.length === 3)
      return ordinaryThree[text.charCodeAt(0)]?.get(text.charCodeAt(1))?.get(text.charCodeAt(2)) === false;
    return false;
  };
  /** Whole-string tests: the sets hold two-unit words only. */
  const whole = (pairs: PairSet) => (text: string) => text.length === 2 && pairAt(pairs, text, 0);
  const isCommonWord = whole(commonPairs);
  const isWord = whole(anyPairs);
  const isFrequentWord = whole(frequentPairs);
  return {
    isOrdinaryWord,
    isCommonWord,
    isWord,
    isFrequentWord,
    isFunctionChar: (char) => functionChars.has(char),
    isCommonWordAt: (text, at) =>
      at < 0 ? isCommonWord(text.slice(at, at + 2)) : pairAt(commonPairs, text, at),
    isWordAt: (text, at) => (at < 0 ? isWord(text.slice(at, at + 2)) : pairAt(anyPairs, text, at)),
    isFrequentWordAt: (text, at) =>
      at < 0 ? isFrequentWord(text.slice(at, at + 2)) : pairAt(frequentPairs, text, at),
  };
}
