import { createRequire } from 'node:module';
import { readList } from './lexicon.js';

/**
 * Which short strings are ordinary words rather than names, from the dictionary jieba ships
 * (@node-rs/jieba/dict.txt, "word frequency tag" a line) plus our src/lexicon/userdict.txt.
 * 文化, 强调, 高质量 must never be read as 文 + 化, 强 + 调, 高 + 质量; words tagged nr* are
 * names (习近平, 高峰) and stay allowed. Built once at module load (about 0.15 s).
 */
const require = createRequire(import.meta.url);
const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };

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

function pairSet(words: Iterable<string>): PairSet {
  const pairs: PairSet = new Array(0x10000);
  for (const word of words) {
    const first = word.charCodeAt(0);
    let set = pairs[first];
    if (!set) {
      set = new Set();
      pairs[first] = set;
    }
    set.add(word.charCodeAt(1));
  }
  return pairs;
}

/** Is text.slice(at, at + 2) in the pair set? The sets hold two-unit words only. */
function pairAt(pairs: PairSet, text: string, at: number): boolean {
  if (at + 2 > text.length) return false;
  return pairs[text.charCodeAt(at)]?.has(text.charCodeAt(at + 1)) ?? false;
}

export function wordTable(surnameStart: (word: string) => boolean): WordTable {
  const ordinary = new Map<string, boolean>();
  const common = new Set<string>();
  const any = new Set<string>();
  const frequent = new Set<string>();

  const functionChars = new Set<string>();
  const add = (line: string, force: boolean): void => {
    const [word, frequencyText, tag = ''] = line.trim().split(/\s+/);
    if (!word) return;
    if (word.length > 3) return;
    const frequency = Number(frequencyText);
    if (word.length === 1) {
      if (/^(?:d|p|c|u|r|y|e|o|v|ul|uj|uz|ud|ug|uv)$/.test(tag) && frequency >= functionFrequency)
        functionChars.add(word);
      return;
    }
    // jieba tags many ordinary words nr (祝贺, 荣誉, 许可): only rare ones are trusted as names.
    const name = tag.startsWith('nr') && (word.length === 3 || frequency < nameFrequency);
    const tagged = tag.startsWith('nr');
    if (word.length === 2 && !tagged && (force || frequency >= commonFrequency)) common.add(word);
    if (word.length === 2 && !tagged && (force || frequency >= minFrequency)) any.add(word);
    if (word.length === 2 && frequency >= frequentFrequency) frequent.add(word);
    if (!surnameStart(word)) return;
    if (force || frequency >= minFrequency) ordinary.set(word, name);
  };
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) add(line, false);
  for (const line of readList('userdict.txt')) add(line, true);
  // ordinary by code units (first → second → third): looked up without hashing a fresh string.
  const ordinaryTwo: Array<Map<number, boolean> | undefined> = new Array(0x10000);
  const ordinaryThree: Array<Map<number, Map<number, boolean>> | undefined> = new Array(0x10000);
  for (const [word, name] of ordinary) {
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
  }
  /** ordinary.get(text) === false: the text is a dictionary word not trusted as a name. */
  const isOrdinaryWord = (text: string): boolean => {
    if (text.length === 2) return ordinaryTwo[text.charCodeAt(0)]?.get(text.charCodeAt(1)) === false;
    if (text.length === 3)
      return ordinaryThree[text.charCodeAt(0)]?.get(text.charCodeAt(1))?.get(text.charCodeAt(2)) === false;
    return false;
  };
  const commonPairs = pairSet(common);
  const anyPairs = pairSet(any);
  const frequentPairs = pairSet(frequent);
  return {
    isOrdinaryWord,
    isCommonWord: (text) => common.has(text),
    isWord: (text) => any.has(text),
    isFrequentWord: (text) => frequent.has(text),
    isFunctionChar: (char) => functionChars.has(char),
    isCommonWordAt: (text, at) =>
      at < 0 ? common.has(text.slice(at, at + 2)) : pairAt(commonPairs, text, at),
    isWordAt: (text, at) => (at < 0 ? any.has(text.slice(at, at + 2)) : pairAt(anyPairs, text, at)),
    isFrequentWordAt: (text, at) =>
      at < 0 ? frequent.has(text.slice(at, at + 2)) : pairAt(frequentPairs, text, at),
  };
}
