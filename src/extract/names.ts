import { lexicon } from './lexicon.js';
import { wordTable } from './words.js';

/**
 * Where a name stands. A Chinese name is a surname (王, 欧阳) + 1–2 characters; a foreign
 * name is runs of transliteration characters joined by ·. Whether a string is a name is
 * decided by its position, never by its characters alone: after a title, in a 、-list that
 * ends in a verb such as 出席, before such a verb at the start of a clause, in a byline.
 */

const words = wordTable((word) => lexicon.surnames.has(word[0]) || lexicon.compoundSurnames.has(word.slice(0, 2)));

/** Characters that end a clause (the separator · of foreign names is not one). */
const punctuation = /[，,。．；;：:、！!？?（）()“”"'‘’《》〈〉[\]【】\s—…\-|/]/;
const han = /^[\u3400-\u9fff]$/;
/** Characters that never make up a given name. */
const neverInName = new Set('的了在是等对向为也就说及或并从把被将于之其这那们个着过和与同'.split(''));
/** Characters that may be the first given-name character but rarely the second. */
const dots = /[·•・‧]/;

export function isPunctuation(char: string | undefined): boolean {
  return char === undefined || punctuation.test(char);
}

/** True when a follower word (出席, 主持 …), a postfix title, punctuation or the end is at `at`. */
function cueAt(text: string, at: number, known: ReadonlySet<string>): boolean {
  if (at >= text.length || isPunctuation(text[at])) return true;
  const ahead = text.slice(at, at + 6);
  if (lexicon.followerStartRe.test(ahead)) return true;
  for (const title of lexicon.postfixTitles) if (ahead.startsWith(title)) return true;
  for (const name of known) if (text.startsWith(name, at)) return true;
  return false;
}

/** A ·-name whose first part starts at `start`, or null. */
export function foreignNameAt(text: string, start: number): string | null {
  let end = start;
  let parts = 0;
  for (;;) {
    const partStart = end;
    while (end < text.length && end - partStart < 10 && lexicon.transliteration.has(text[end])) end++;
    if (end === partStart) return null;
    parts++;
    if (!dots.test(text[end] ?? '')) break;
    end++;
  }
  return parts >= 2 ? text.slice(start, end).replace(new RegExp(dots.source, 'g'), '·') : null;
}

/** The start of the ·-name around the dot at `dot`: the transliteration run before it. */
export function foreignNameStart(text: string, dot: number): number {
  let start = dot;
  while (start > 0 && dot - start < 10 && lexicon.transliteration.has(text[start - 1])) start--;
  return start;
}

function surnameLength(text: string, at: number): number {
  if (lexicon.compoundSurnames.has(text.slice(at, at + 2))) return 2;
  return lexicon.surnames.has(text[at]) ? 1 : 0;
}

/** A surname + given name that could be a name by its characters (position not checked). */
function plausible(candidate: string, surname: number, givenLength: number): boolean {
  if (candidate.length !== surname + givenLength) return false;
  for (let i = surname; i < candidate.length; i++) {
    if (!han.test(candidate[i]) || neverInName.has(candidate[i])) return false;
  }
  return !words.isOrdinaryWord(candidate) && !words.isOrdinaryWord(candidate.slice(0, surname + 1));
}

export interface NameSearch {
  /** Names already known on the page: they win and they cue a following name. */
  known: ReadonlySet<string>;
  /** Without a cue after it, is the longer reading taken anyway (true right after a title)? */
  requireCue: boolean;
}

/** The name starting at `at`, or null when none stands there. */
export function nameAt(text: string, at: number, search: NameSearch): string | null {
  const foreign = foreignNameAt(text, at);
  if (foreign) return trimKnownTail(foreign, search.known);
  const surname = surnameLength(text, at);
  if (surname === 0) return null;
  const long = text.slice(at, at + surname + 2);
  const short = text.slice(at, at + surname + 1);
  if (search.known.has(long)) return long;
  if (search.known.has(short)) return short;
  const longOk = plausible(long, surname, 2) && !words.isOrdinaryWord(short);
  const shortOk = plausible(short, surname, 1);
  if (!longOk && !shortOk) return null;
  if (longOk && cueAt(text, at + long.length, search.known)) return long;
  if (shortOk && cueAt(text, at + short.length, search.known)) return short;
  if (!search.requireCue && longOk) return long;
  return null;
}

/** 卡马尔关衷效 → 卡马尔 when 关衷效 is a known name run on in a headline. */
function trimKnownTail(name: string, known: ReadonlySet<string>): string {
  for (const other of known) {
    if (other !== name && name.endsWith(other) && !other.includes('·')) {
      const rest = name.slice(0, -other.length);
      if (!rest.endsWith('·')) return rest;
    }
  }
  return name;
}

/** A name ending at `end` (before a postfix title such as 总书记), or null. */
export function nameBefore(text: string, end: number, known: ReadonlySet<string>): string | null {
  for (const name of known) if (end >= name.length && text.startsWith(name, end - name.length)) return name;
  for (const length of [3, 2]) {
    const at = end - length;
    if (at < 0) continue;
    const candidate = text.slice(at, end);
    const surname = surnameLength(text, at);
    if (surname === 0 || !plausible(candidate, surname, length - surname)) continue;
    // A two-character name needs a clause edge before it: 关于李强总理 is too weak.
    if (length === 2 && !isPunctuation(text[at - 1])) continue;
    if (length === 3 && words.isOrdinaryWord(text.slice(at + 1, end))) continue;
    return candidate;
  }
  return null;
}
