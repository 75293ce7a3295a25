import { readList } from '../lexicon-lists.js';

/**
 * The lexicons of src/lexicon, read and compiled once at module load. Each file is a list,
 * one entry a line; `#` starts a comment line; tab-separated files give a value per entry.
 * (Files are read by readList, src/lexicon-lists.ts.)
 */
export { lexiconDir, readList } from '../lexicon-lists.js';

/** A tab-separated lexicon as [key, value] pairs. */
export function readPairs(name: string): Array<[string, string]> {
  return readList(name).map((line) => {
    const [key, value] = line.split('\t');
    return [key.trim(), (value ?? '').trim()];
  });
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of the words, longest first so that 总书记 wins over 书记. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** Words grouped by the code of their last UTF-16 unit, each group longest first. Keyed by
 * number so that hot loops look a position up without cutting a one-character string. */
export type WordsByLast = Map<number, string[]>;

/** The words grouped by last character, each group longest first. */
export function byLastChar(words: readonly string[]): WordsByLast {
  const groups: WordsByLast = new Map();
  for (const word of words) {
    const last = word.charCodeAt(word.length - 1);
    groups.set(last, [...(groups.get(last) ?? []), word]);
  }
  for (const group of groups.values()) group.sort((a, b) => b.length - a.length);
  return groups;
}

/** The longest word of `groups` ending at `end` (exclusive), or ''. */
export function wordEndingAt(text: string, end: number, groups: WordsByLast): string {
  const group = groups.get(text.charCodeAt(end - 1));
  if (!group) return '';
  for (const word of group) if (end >= word.length && text.startsWith(word, end - word.length)) return word;
  return '';
}

/** A table over UTF-16 code units holding 1 where `test` holds for that one-unit string:
 * the same answers as the predicate, without a string per lookup. */
export function predicateTable(test: (char: string) => boolean): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) if (test(String.fromCharCode(code))) table[code] = 1;
  return table;
}

/** table[text.charCodeAt(at)] === 1, false out of range. Indexing a table with the NaN an
 * out-of-range charCodeAt gives deoptimises V8's compiled code each time (hundreds of times a
 * run, at the end of a text): positions that may run off the text are tested through here. */
export function inTable(table: Uint8Array, text: string, at: number): boolean {
  return at >= 0 && at < text.length && table[text.charCodeAt(at)] === 1;
}

/** A table over UTF-16 code units: which characters are in the set (faster than a Set in hot loops). */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
}

/** A table over UTF-16 code units holding 1 in each range [from, to] (inclusive) and for each
 * of `chars`: a character class without a test per code unit. */
export function rangeTable(ranges: ReadonlyArray<readonly [number, number]>, chars = ''): Uint8Array {
  const table = charTable(chars);
  for (const [from, to] of ranges) table.fill(1, from, to + 1);
  return table;
}

/** \s by code unit (U+3000 included), built once for every stage that skips spaces. */
export const spaceTable = predicateTable((char) => /\s/.test(char));
/** Han characters (U+3400–U+9FFF) by code unit. */
export const hanTable = rangeTable([[0x3400, 0x9fff]]);
/** A character of a list item: Han or ·. */
export const itemTable = rangeTable([[0x3400, 0x9fff]], '·');
/** Digits, ASCII and full-width ([0-9０-９]). */
export const digitTable = rangeTable([
  [0x30, 0x39],
  [0xff10, 0xff19],
]);
/** The dots that join the parts of a foreign name ([·•・‧]). */
export const dotTable = charTable('·•・‧');
/** A character of a clause: anything but clause punctuation and spaces (、 included). */
export const clauseRe = /[^，,。；;：:！!？?（）()“”"《》\s]/;
/** clauseRe by code unit. */
export const clauseTable = ((): Uint8Array => {
  const table = new Uint8Array(0x10000).fill(1);
  for (const char of '，,。；;：:！!？?（）()“”"《》') table[char.charCodeAt(0)] = 0;
  for (let code = 0; code < 0x10000; code++) if (spaceTable[code] === 1) table[code] = 0;
  return table;
})();

const surnameList = readList('surnames.txt');
const transliteration = readList('transliteration.txt').join('');
const titleWords = readList('titles.txt');
const postfixTitles = readList('postfix-titles.txt');
const followers = readList('name-followers.txt');
const leftBoundaries = readList('left-boundaries.txt');
const orgSuffixes = readList('org-suffixes.txt');
const placeSuffixes = readList('place-suffixes.txt');
const descriptors = readList('descriptors.txt');
const addressWords = readList('address-words.txt');

export const lexicon = {
  /** Compound surnames (欧阳) and single ones (王). */
  compoundSurnames: new Set(surnameList.filter((s) => s.length === 2)),
  surnames: new Set(surnameList.filter((s) => s.length === 1)),
  transliteration: new Set(transliteration),
  /** The same sets over code units: `surnameTable[text.charCodeAt(i)]` is 1 for a surname character. */
  surnameTable: charTable(surnameList.filter((s) => s.length === 1)),
  transliterationTable: charTable([...transliteration].filter((char) => char.length === 1)),
  titleWords,
  postfixTitles,
  followers,
  leftBoundaries,
  orgSuffixes,
  placeSuffixes,
  descriptors,
  addressWords,
  eventTypes: readPairs('event-types.txt'),
  roleVerbs: readPairs('role-verbs.txt'),
  /** Every title word, matched anywhere (global). */
  titleRe: new RegExp(alternation(titleWords), 'g'),
  /** A title word ending exactly where a string ends. */
  titleEndRe: new RegExp(`(?:${alternation(titleWords)})$`),
  postfixTitleRe: new RegExp(alternation(postfixTitles), 'g'),
  postfixStartRe: new RegExp(`^(?:${alternation(postfixTitles)})`),
  /** Any title word inside a string (not global: safe for test()). */
  titleAnyRe: new RegExp(alternation(titleWords)),
  /** Title words by their last character, longest first: titles are found by where they end. */
  titlesByLast: byLastChar(titleWords),
  descriptorsByLast: byLastChar(descriptors),
  /** Last characters of titles and descriptions: where a title may end. */
  titleLast: charTable([...titleWords, ...descriptors].map((word) => word.at(-1) ?? '')),
  /** Characters a name may start with: a surname (or its first character) or a transliteration character. */
  nameStart: charTable([...surnameList.map((surname) => surname[0]), ...transliteration]),
  /** Descriptions that may stand before a name (村民, 选手), matched anywhere. */
  descriptorRe: new RegExp(alternation(descriptors), 'g'),
  descriptorEndRe: new RegExp(`(?:${alternation(descriptors)})$`),
  /** A form of address right after a surname (陈院士, 龚队长). */
  addressStartRe: new RegExp(`^(?:${alternation(addressWords)})`),
  /** A follower starting exactly at the front of a string. */
  followerStartRe: new RegExp(`^(?:${alternation(followers)})`),
  leftBoundaryRe: new RegExp(alternation(leftBoundaries), 'g'),
  orgSuffixEndRe: new RegExp(`(?:${alternation(orgSuffixes)})$`),
  placeSuffixEndRe: new RegExp(`(?:${alternation(placeSuffixes)})$`),
};

/** One match of a WordScanner: where it starts, the word and the tag of its group. */
export interface WordMatch<Tag> {
  index: number;
  word: string;
  tag: Tag;
}

/**
 * The leftmost, non-overlapping matches of an alternation of literal words, as
 * `new RegExp(alternation(words), 'g')` finds them, without compiling a regular expression per
 * page: the candidates at a position (by first code unit) are tried in the alternation's order,
 * longest first, groups in the order given, as the regular expression tries them.
 */
export class WordScanner<Tag> {
  /** A filter over first units (by their low 10 bits): most positions are passed over without a Map lookup. */
  private readonly first = new Uint8Array(1024);
  private readonly byFirst = new Map<number, Array<{ word: string; tag: Tag }>>();

  /** Words tried after this scanner's own at each position (the later groups of one alternation,
   * built once while the earlier ones change from page to page). */
  private readonly fallback: WordScanner<Tag> | null;

  constructor(groups: ReadonlyArray<{ words: readonly string[]; tag: Tag }>, fallback?: WordScanner<Tag>) {
    this.fallback = fallback ?? null;
    if (fallback) this.first.set(fallback.first);
    for (const { words, tag } of groups) {
      for (const word of [...words].sort((a, b) => b.length - a.length)) {
        if (word === '') throw new Error('WordScanner: empty word');
        const code = word.charCodeAt(0);
        this.first[code & 1023] = 1;
        const list = this.byFirst.get(code) ?? [];
        list.push({ word, tag });
        this.byFirst.set(code, list);
      }
    }
  }

  /** The first match at or after `from`. With `after`, a word counts only when that code unit
   * follows it (the regular expression `(?:words)、`); the match then ends after that unit. */
  find(text: string, from: number, after?: number): (WordMatch<Tag> & { end: number }) | null {
    const first = this.first;
    for (let at = from; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (first[code & 1023] !== 1) continue;
      const match = this.matchAt(text, at, code, after) ?? this.fallback?.matchAt(text, at, code, after);
      if (match) return match;
    }
    return null;
  }

  private matchAt(
    text: string,
    at: number,
    code: number,
    after: number | undefined,
  ): (WordMatch<Tag> & { end: number }) | null {
    const candidates = this.byFirst.get(code);
    if (!candidates) return null;
    for (const candidate of candidates) {
      if (!text.startsWith(candidate.word, at)) continue;
      const end = at + candidate.word.length;
      if (after !== undefined) {
        if (text.charCodeAt(end) !== after) continue;
        return { index: at, word: candidate.word, tag: candidate.tag, end: end + 1 };
      }
      return { index: at, word: candidate.word, tag: candidate.tag, end };
    }
    return null;
  }
}
