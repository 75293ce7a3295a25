import {
  byLastChar,
  charTable,
  digitTable,
  dotTable,
  hanTable,
  inTable,
  lexicon,
  predicateTable,
  type WordsByLast,
} from './lexicon.js';
import { wordTable } from './words.js';

/**
 * Where a name stands. A Chinese name is a surname (王, 欧阳) + 1–2 characters; a foreign
 * name is a run of transliteration characters, joined by · when it has several parts.
 * Whether a string is a name is decided by its position, never by its characters alone:
 * after a title, in a 、-list, before a verb such as 出席 at the start of a clause, in a
 * byline. What follows a candidate (its cue) decides between 2 and 3 characters.
 */

export const words = wordTable(
  (word) => lexicon.surnames.has(word[0]) || lexicon.compoundSurnames.has(word.slice(0, 2)),
  // what the test above depends on: the table is cached under this key
  `${[...lexicon.surnames].join(' ')}\n${[...lexicon.compoundSurnames].join(' ')}`,
);

/** Characters that end a clause (the separator · of foreign names is not one). */
const punctuation = /[，,。．；;：:、！!？?（）()“”"'‘’《》〈〉[\]【】\s—…\-|/]/;
const han = /^[\u3400-\u9fff]$/;
const dots = /[·•・‧]/;
/** Characters that never make up a given name. */
const neverInName = new Set('的了是们个着过之其这那需要应须能会该吗呢吧啊'.split(''));
/** Characters that almost never end a name but often follow one (李斌因病, 刘鹤将于, 王毅还,
 * 王乐说): the shorter reading wins whenever it has any cue. */
const veryWeakLast = new Set('在等对向也就说及或并从把被将于曾还又都作做因告只参看称已则倒'.split(''));
/** Characters that may end a name (魏凤和, 张维为) but need a strong cue after them then. */
const weakLast = new Set([...veryWeakLast, ...'和与同为']);
/** Single characters after which a name has ended (孔德平正指挥, 沈一鸣来村里). */
const endChars = new Set([...weakLast, ...'正仍便刚来到去']);

const punctuationChars = new Set('，,。．；;：:、！!？?（）()“”"\'‘’《》〈〉[]【】—…-|/ \t\n\r\u3000\u00a0');

export function isPunctuation(char: string | undefined): boolean {
  return char === undefined || punctuationChars.has(char) || (char <= ' ' && punctuation.test(char));
}

/** isPunctuation over code units, built from it: hot loops test positions without cutting strings. */
const punctuationTable = predicateTable(isPunctuation);
const neverInNameTable = charTable(neverInName);
const weakLastTable = charTable(weakLast);
const veryWeakLastTable = charTable(veryWeakLast);
const endCharTable = charTable(endChars);
/** First units of followers, postfix titles and compound surnames: a regular expression or a
 * lookup anchored at a position can only match where one of them stands. */
const followerFirst = charTable(lexicon.followers.map((word) => word[0]));
const postfixFirst = charTable(lexicon.postfixTitles.map((word) => word[0]));
const addressFirst = charTable(lexicon.addressWords.map((word) => word[0]));
const compoundFirst = charTable([...lexicon.compoundSurnames].map((word) => word[0]));
const orgSuffixesByLast: WordsByLast = byLastChar(lexicon.orgSuffixes);
const ofChar = 0x7684; // 的

/** isPunctuation(text[at]), out-of-range positions included (they count as punctuation). */
export function isPunctuationAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return Number.isNaN(code) || punctuationTable[code] === 1;
}

/** True when a word of `groups` ends at `end` and starts at or after `start`. */
export function endsWithWord(text: string, end: number, groups: WordsByLast, start = 0): boolean {
  const group = groups.get(text.charCodeAt(end - 1));
  if (!group) return false;
  for (const word of group)
    if (end - word.length >= start && text.startsWith(word, end - word.length)) return true;
  return false;
}

/** A set no name is in, shared so that its index is built once. */
const noNames: ReadonlySet<string> = new Set();

/** Known names indexed by first character, built once per set (cues test every position). */
interface KnownIndex {
  byFirst: Map<number, string[]>;
  byLast: Map<number, string[]>;
  dotted: string[];
}
const knownIndexes = new WeakMap<ReadonlySet<string>, KnownIndex>();

function indexOf(known: ReadonlySet<string>): KnownIndex {
  let index = knownIndexes.get(known);
  if (!index) {
    index = { byFirst: new Map(), byLast: new Map(), dotted: [] };
    for (const name of known) {
      const first = index.byFirst.get(name.charCodeAt(0)) ?? [];
      first.push(name);
      index.byFirst.set(name.charCodeAt(0), first);
      const last = index.byLast.get(name.charCodeAt(name.length - 1)) ?? [];
      last.push(name);
      index.byLast.set(name.charCodeAt(name.length - 1), last);
      if (name.includes('·')) index.dotted.push(name);
    }
    knownIndexes.set(known, index);
  }
  return index;
}

/** The known name starting at `at`, if any. */
export function knownAt(text: string, at: number, known: ReadonlySet<string>): string | undefined {
  if (known.size === 0) return undefined;
  const group = indexOf(known).byFirst.get(text.charCodeAt(at));
  if (!group) return undefined;
  for (const name of group) if (text.startsWith(name, at)) return name;
  return undefined;
}

/** True when a known name other than `name` starts it (李铁 in 李铁曾). */
export function knownPrefix(name: string, known: ReadonlySet<string>): boolean {
  if (known.size === 0) return false;
  const group = indexOf(known).byFirst.get(name.charCodeAt(0));
  if (!group) return false;
  for (const other of group) if (other !== name && name.startsWith(other)) return true;
  return false;
}

/** The known name ending at `end`, if any. */
function knownBefore(text: string, end: number, known: ReadonlySet<string>): string | undefined {
  if (known.size === 0) return undefined;
  return indexOf(known)
    .byLast.get(text.charCodeAt(end - 1))
    ?.find((name) => end >= name.length && text.startsWith(name, end - name.length));
}

/** How sure the text after a candidate is that the name ends there. */
export type Cue = 0 | 1 | 2 | 3;
const strong: Cue = 3;
const weak: Cue = 2;
const word: Cue = 1;

/** The cue at `at`: punctuation, digit, a verb such as 出席 or a known name (strong), a
 * one-character verb such as 在 (weak), or a frequent word such as 前往 (word). */
export function cueAt(text: string, at: number, known: ReadonlySet<string>, afterTitle = false): Cue {
  const code = text.charCodeAt(at);
  // Out of range (NaN), punctuation or a digit.
  if (Number.isNaN(code) || punctuationTable[code] === 1 || digitTable[code] === 1) return strong;
  const follower =
    followerFirst[code] === 1 ? text.slice(at, at + 6).match(lexicon.followerStartRe)?.[0] : undefined;
  if (follower && follower.length > 1) return strong;
  if (postfixFirst[code] === 1 && lexicon.postfixStartRe.test(text.slice(at, at + 6))) return strong;
  if (knownAt(text, at, known)) return strong;
  if (follower || endCharTable[code] === 1 || (afterTitle && code === ofChar)) return weak;
  if (words.isCommonWordAt(text, at)) return word;
  return 0;
}

function surnameLength(text: string, at: number): number {
  // out of range: no surname (and no charCodeAt past the end, which deoptimises the callers)
  if (at < 0 || at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (compoundFirst[code] === 1 && lexicon.compoundSurnames.has(text.slice(at, at + 2))) return 2;
  return lexicon.surnameTable[code] === 1 ? 1 : 0;
}

/** Surname + given name whose characters could make a name (position not checked). */
function plausible(candidate: string, surname: number, givenLength: number): boolean {
  if (candidate.length !== surname + givenLength) return false;
  for (let i = surname; i < candidate.length; i++) {
    const code = candidate.charCodeAt(i);
    if (hanTable[code] === 0 || neverInNameTable[code] === 1) return false;
  }
  return !words.isOrdinaryWord(candidate);
}

export interface Found {
  name: string;
  cue: Cue;
}

/** A surname + 1–2 characters at `at`, with how sure the cue after it is; null if none. */
function chineseNameAt(text: string, at: number, known: ReadonlySet<string>, mode: NameMode): Found | null {
  const afterTitle = mode !== 'clause';
  const surname = surnameLength(text, at);
  if (surname === 0) return null;
  // 陈院士, 龚队长, 李先生: a surname with a form of address is no full name.
  if (
    inTable(addressFirst, text, at + surname) &&
    lexicon.addressStartRe.test(text.slice(at + surname, at + surname + 3))
  )
    return null;
  const long = text.slice(at, at + surname + 2);
  const short = text.slice(at, at + surname + 1);
  // 李铁曾代表: a long reading learnt in the first round loses to the name inside it.
  if (known.size > 0) {
    if (known.has(short) && (!known.has(long) || veryWeakLastTable[long.charCodeAt(long.length - 1)] === 1))
      return { name: short, cue: strong };
    if (known.has(long)) return { name: long, cue: strong };
  }
  let best: Found | null = null;
  // 发言人高峰9日: right after a title, a word closed by a digit or a comma is a name.
  const closed = mode === 'title' && /[0-9，,、。（(]/.test(text[at + short.length] ?? '');
  const shortOk = plausible(short, surname, 1) || (closed && words.isOrdinaryWord(short));
  let shortCue: Cue = 0;
  if (shortOk) {
    shortCue = cueAt(text, at + short.length, known, afterTitle);
    if (weakLastTable[short.charCodeAt(short.length - 1)] === 1 && shortCue < strong) shortCue = 0;
    if (shortCue > 0) best = { name: short, cue: shortCue };
  }
  if (plausible(long, surname, 2)) {
    let cue = cueAt(text, at + long.length, known, afterTitle);
    // 王乐说, 姚敬在: the last character is the verb after a two-character name.
    if (veryWeakLastTable[long.charCodeAt(long.length - 1)] === 1 && shortCue > 0) cue = 0;
    // 王国良: when the first two characters are a word (王国), only a clear cue makes a name.
    if (words.isOrdinaryWord(short) && cue < weak) cue = 0;
    if (weakLastTable[long.charCodeAt(long.length - 1)] === 1 && cue < strong) cue = 0;
    // 李斌因病, 廖伟来说: the third character starts a word with what follows (but 吴庆文说).
    const next = text.slice(at + short.length, at + short.length + 2);
    if (shortOk && ((cue < weak && words.isCommonWord(next)) || (cue < strong && words.isFrequentWord(next))))
      cue = 0;
    // The longer reading wins a tie: most names have three characters.
    if (cue > 0 && (!best || cue >= (best as Found).cue)) best = { name: long, cue };
  }
  return best;
}

/** Up to 8 transliteration characters from `at`, stopped before a verb or a known name. */
function transliterationRun(text: string, at: number, known: ReadonlySet<string>): string {
  let end = at;
  const table = lexicon.transliterationTable;
  while (end < text.length && end - at < 8 && table[text.charCodeAt(end)] === 1) {
    if (end - at >= 2) {
      const code = text.charCodeAt(end);
      if (weakLastTable[code] === 1) break;
      if (followerFirst[code] === 1 && lexicon.followerStartRe.test(text.slice(end))) break;
      if (knownAt(text, end, known)) break;
    }
    end++;
  }
  return text.slice(at, end);
}

/** A ·-name whose first part starts at `start`, or null. */
export function foreignNameAt(
  text: string,
  start: number,
  known: ReadonlySet<string> = noNames,
): string | null {
  if (known.size > 0) for (const name of indexOf(known).dotted) if (text.startsWith(name, start)) return name;
  // The first part (at most 8 characters) must be followed by a dot: with none in reach, no name.
  let dot = start + 1;
  while (dot <= start + 8 && dot < text.length && dotTable[text.charCodeAt(dot)] !== 1) dot++;
  if (dot > start + 8 || dot >= text.length) return null;
  let end = start;
  let parts = 0;
  let lastStart = start;
  for (;;) {
    const part = transliterationRun(text, end, known);
    if (part === '') return parts >= 2 ? text.slice(start, end - 1) : null;
    lastStart = end;
    end += part.length;
    parts++;
    if (!inTable(dotTable, text, end)) break;
    end++;
  }
  if (parts < 2) return null;
  // 伊万·彼得罗夫热烈祝贺: end the last part where a cue follows.
  if (cueAt(text, end, known) === 0) {
    for (let cut = end - 1; cut > lastStart; cut--) {
      if (cueAt(text, cut, known) > 0) return text.slice(start, cut);
    }
  }
  return text.slice(start, end);
}

/** The start of the ·-name around the dot at `dot`: back over transliteration runs and
 * earlier dots, but not into a title (经理安娜·彼得罗娃). */
export function foreignNameStart(text: string, dot: number): number {
  let start = dot;
  while (start > 0 && dot - start < 24) {
    const code = text.charCodeAt(start - 1);
    if (lexicon.transliterationTable[code] !== 1 && dotTable[code] !== 1) break;
    start--;
  }
  for (let at = start + 1; at < dot; at++) {
    // A title or description ends at `at` (what titleEndRe / descriptorEndRe test on text.slice(0, at)).
    if (endsWithWord(text, at, lexicon.titlesByLast) || endsWithWord(text, at, lexicon.descriptorsByLast))
      start = at;
  }
  while (inTable(dotTable, text, start)) start++;
  return start;
}

const allDots = new RegExp(dots.source, 'g');
export const normaliseDots = (name: string): string => name.replace(allDots, '·');

export type NameMode = 'title' | 'descriptor' | 'clause';

/**
 * The name starting at `at`, or null. After a title (mode 'title') a transliterated name
 * without · (总统普京) and, failing all else, a short run up to a clear cue (外务审议官森田一郎。)
 * are names too; at the start of a clause only surname names and ·-names are.
 */
export function nameAt(text: string, at: number, known: ReadonlySet<string>, mode: NameMode): Found | null {
  const foreign = foreignNameAt(text, at, known);
  if (foreign) return { name: normaliseDots(trimKnownTail(foreign, known)), cue: strong };
  const chinese = chineseNameAt(text, at, known, mode);
  if (mode === 'clause') return chinese;
  if (chinese && chinese.cue === strong) return chinese;
  const run = transliterationRun(text, at, known);
  if (run.length >= 2 && !(run.length === 2 && words.isCommonWord(run))) {
    const cue = cueAt(text, at + run.length, known, true);
    if ((cue >= weak || (cue === word && run.length >= 3)) && (run.length >= 3 || !chinese))
      return { name: run, cue };
  }
  if (chinese) return chinese;
  return mode === 'title' && surnameLength(text, at) === 0 ? runToCue(text, at, known) : null;
}

/** No two-character window of the run is a word, and no title word is inside it. */
function wordFree(run: string): boolean {
  for (let i = 0; i + 2 <= run.length; i++) if (words.isWordAt(run, i)) return false;
  return !lexicon.titleAnyRe.test(run) && !lexicon.followerStartRe.test(run);
}

/** 2–4 characters up to a clear cue, none of them starting an ordinary word: a name printed
 * after a title that the other rules cannot read (若宫健嗣, 央金卓嘎). */
function runToCue(text: string, at: number, known: ReadonlySet<string>): Found | null {
  for (let length = 2; length <= 4; length++) {
    const run = text.slice(at, at + length);
    const chars = [...run];
    if (
      run.length < length ||
      !chars.every((char) => han.test(char) && !weakLast.has(char) && !neverInName.has(char))
    )
      return null;
    if (words.isFunctionChar(run[0]) || !wordFree(run)) return null;
    if (lexicon.placeSuffixEndRe.test(run) || lexicon.orgSuffixEndRe.test(run)) return null;
    const next = text.slice(at + length, at + length + 4);
    if (isPunctuation(text[at + length]) || lexicon.followerStartRe.test(next)) {
      return cueAt(text, at + length, known) >= weak ? { name: run, cue: word } : null;
    }
  }
  return null;
}

/** 莫顿孔德平 → 卡马尔 when 关衷效 is a known name run on in a headline. */
function trimKnownTail(name: string, known: ReadonlySet<string>): string {
  for (const other of known) {
    if (other !== name && name.endsWith(other) && !other.includes('·')) {
      const rest = name.slice(0, -other.length);
      if (rest !== '' && !dots.test(rest.at(-1) ?? '')) return rest;
    }
  }
  return name;
}

/** text.slice(0, end).endsWith(word), without the slice. */
function endsAt(text: string, end: number, word: string): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}

/** Words after which a two-character name may stand before a postfix title (同安倍首相). */
const postfixIntroducers = ['同', '和', '与', '及', '对', '向', '为', '、', '陪同'];

/** A name ending at `end` (before a postfix title such as 总书记), or null. */
export function nameBefore(text: string, end: number, known: ReadonlySet<string>): string | null {
  const knownName = knownBefore(text, end, known);
  if (knownName) return knownName;
  // 拉斐尔议长: a transliterated name before the title.
  let start = end;
  while (start > 0 && end - start < 8 && lexicon.transliterationTable[text.charCodeAt(start - 1)] === 1)
    start--;
  for (const length of [3, 2]) {
    const at = end - length;
    if (at < 0) continue;
    const candidate = text.slice(at, end);
    const surname = surnameLength(text, at);
    if (surname === 0 || !plausible(candidate, surname, length - surname)) continue;
    // A two-character name needs an edge before it: 关于李强总理 is too weak.
    const edge =
      isPunctuationAt(text, at - 1) ||
      postfixIntroducers.some((word) => endsAt(text, at, word)) ||
      endsWithWord(text, at, orgSuffixesByLast);
    if (length === 2 && !edge) continue;
    if (length === 3 && words.isOrdinaryWord(text.slice(at + 1, end))) continue;
    // 新任驻某国大使, 全国文明家庭代表: the candidate would split a word.
    if (!edge && words.isWord(text.slice(at - 1, at + 1))) continue;
    return candidate;
  }
  // 和普京总统, 陪同拉斐尔议长: a transliterated name needs a word before it (a clause
  // start is not enough: 某斯坦总统研究所 is a country).
  const run = text.slice(start, end);
  const introduced = postfixIntroducers.some((w) => endsAt(text, start, w));
  if (run.length >= 2 && introduced) return run;
  return null;
}
