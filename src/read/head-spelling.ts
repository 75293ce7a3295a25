/**
 * OCR misreads a character of a large bold head now and then (贺电 → 咒电, 宽敞 → 宽向) while the
 * body, set small and plain, reads nearly clean. A head's words mostly recur in the text under
 * it (names, places, key terms), so a head character is corrected from the body: where the
 * body holds the head's characters around it with one other character in its place, that
 * other character is taken — only when
 *
 * - the agreeing context is long enough (at least `minContext` characters around it, at least
 *   one of them on each side unless the character ends the head; one fewer when the body's
 *   character makes a word with a neighbour),
 * - every such place in the body agrees on the same character (at the longest context found),
 * - the head's own reading there is not in the body (no trigram holding it is): a
 *   character the body confirms is never changed;
 * - and the head's character makes no word with a neighbour (jieba's two-character words): a
 *   kicker may say 拥有 where its article says 却有.
 *
 * A character tesseract added (人民了眼) is dropped the same way, when the body holds the context
 * with nothing between. Runs on OCR input only (the PDF and text readers read exact text).
 */

import { createRequire } from 'node:module';
import type { Fragment } from './layout-lines.js';

const han = /\p{Script=Han}/u;
const require = createRequire(import.meta.url);
let words: Set<string> | undefined;

/** The two-character words of jieba's dictionary, read on first use. */
function twoCharWords(): Set<string> {
  if (!words) {
    const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
    words = new Set();
    for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
      const word = line.slice(0, line.indexOf(' '));
      if ([...word].length === 2 && han.test(word)) words.add(word);
    }
  }
  return words;
}

/** The character makes a word with a neighbour (拥|有): a reading that stands on its own. */
function makesWord(chars: string[], at: number): boolean {
  const dictionary = twoCharWords();
  return (
    (at > 0 && dictionary.has(chars[at - 1] + chars[at])) ||
    (at + 1 < chars.length && dictionary.has(chars[at] + chars[at + 1]))
  );
}

/** Characters of agreeing context needed around a correction. */
const minContext = 4;
/** The longest context looked at on each side. */
const maxSide = 6;

/** One correction: at `at` (a code point index of the head), `to` replaces one character. */
interface Fix {
  at: number;
  /** The body's character, or '' when the head's character is dropped. */
  to: string;
}

/**
 * The head with its misread characters taken from the body (at most `maxFixes`, one at a
 * time, each made with the corrections before it in place). Only ideographs are corrected.
 */
export function spellFromBody(head: string, body: string, maxFixes = 2): string {
  let chars = [...head];
  for (let n = 0; n < maxFixes; n++) {
    const fix = findFix(chars, body);
    if (!fix) break;
    chars = [...chars.slice(0, fix.at), ...(fix.to ? [fix.to] : []), ...chars.slice(fix.at + 1)];
  }
  return chars.join('');
}

function findFix(chars: string[], body: string): Fix | undefined {
  for (let at = 0; at < chars.length; at++) {
    if (!han.test(chars[at]) || confirmed(chars, at, body) || makesWord(chars, at)) continue;
    const to = bodyReading(chars, at, body);
    if (to !== undefined) return { at, to };
  }
  return undefined;
}

/** The body holds a trigram of the head with this character in it (or the whole short head). */
function confirmed(chars: string[], at: number, body: string): boolean {
  for (let start = Math.max(0, at - 2); start <= at; start++) {
    const gram = chars.slice(start, start + 3).join('');
    if ([...gram].length === 3 && body.includes(gram)) return true;
  }
  return chars.length < 3 && body.includes(chars.join(''));
}

/**
 * The character the body reads at `at`: the one found between the longest context of the head
 * around `at` that the body holds; '' when the body holds that context with nothing between.
 * Undefined when nothing long enough is found or the body's places disagree.
 */
function bodyReading(chars: string[], at: number, body: string): string | undefined {
  const leftMax = Math.min(at, maxSide);
  const rightMax = Math.min(chars.length - at - 1, maxSide);
  // Longest total context first; the first length with any finding decides.
  for (let total = leftMax + rightMax; total >= minContext - 1; total--) {
    const found = new Set<string>();
    for (let l = Math.max(0, total - rightMax); l <= Math.min(leftMax, total); l++) {
      const r = total - l;
      // One side may be empty only at the head's ends.
      if ((l === 0 && at > 0) || (r === 0 && at < chars.length - 1)) continue;
      const left = chars.slice(at - l, at).join('');
      const right = chars.slice(at + 1, at + 1 + r).join('');
      for (const middle of middles(body, left, right)) found.add(middle);
      // Dropping needs context on both sides.
      if (l >= 2 && r >= 2 && body.includes(left + right)) found.add('');
    }
    // The body reads the head's own character there: it stands.
    if (found.has(chars[at])) return undefined;
    if (found.size > 1) return undefined;
    const [to] = found;
    // One character short of the context needed: enough when the body's character makes a
    // word where the head's made none (互致咒电 → 互致贺电).
    if (to !== undefined && (total >= minContext || (to && makesWord(chars.with(at, to), at)))) return to;
    if (found.size) return undefined;
  }
  return undefined;
}

/** The ideographs the body holds between `left` and `right` (one character). */
function middles(body: string, left: string, right: string): Set<string> {
  const out = new Set<string>();
  const anchor = left || right;
  for (let p = body.indexOf(anchor); p >= 0; p = body.indexOf(anchor, p + 1)) {
    const start = left ? p + left.length : undefined;
    let middle: string | undefined;
    if (start !== undefined) {
      const cp = body.codePointAt(start);
      middle = cp === undefined ? undefined : String.fromCodePoint(cp);
      if (middle && right && !body.startsWith(right, start + middle.length)) middle = undefined;
    } else {
      // Right context only: the character before it.
      const before = body.slice(Math.max(0, p - 2), p);
      middle = [...before].pop();
    }
    if (middle && han.test(middle)) out.add(middle);
  }
  return out;
}

/**
 * The body text to spell heads from: each body line with the start of the line under it in
 * its column (a word wrapped over two lines is found whole), lines apart by a newline.
 */
export function bodyText(lines: Fragment[]): string {
  return lines
    .map((line) => {
      const { x, y, w, h } = line.box;
      let next: Fragment | undefined;
      for (const other of lines) {
        const gap = other.box.y - (y + h);
        const overlap = Math.min(x + w, other.box.x + other.box.w) - Math.max(x, other.box.x);
        if (gap < -0.3 * h || gap > h || overlap < 0.5 * Math.min(w, other.box.w)) continue;
        if (!next || other.box.y < next.box.y) next = other;
      }
      const text = line.text.replace(/\s+/gu, '');
      return next ? text + [...next.text.replace(/\s+/gu, '')].slice(0, maxSide).join('') : text;
    })
    .join('\n');
}

/** Heads (fragments set larger than the body) spelt from the body text of the same page. */
export function spellHeads(fragments: Fragment[], isHead: (f: Fragment) => boolean): Fragment[] {
  const body = bodyText(fragments.filter((f) => !isHead(f)));
  return fragments.map((f) => {
    if (!isHead(f)) return f;
    const text = spellFromBody(f.text, body);
    return text === f.text ? f : { ...f, text };
  });
}

/**
 * A head's readings (the page pass and the rereads) that differ from the chosen one in a single
 * character settle it by the dictionary: where the chosen character makes no word with its
 * neighbours and another reading's character does (咒电 | 贺电), that reading is taken. Readings
 * that differ in more, or in length, say nothing here.
 */
export function settleByWords(chosen: string, readings: string[]): string {
  const mine = [...chosen];
  for (const reading of readings) {
    const other = [...reading];
    if (other.length !== mine.length) continue;
    const diff = other.flatMap((c, i) => (c === mine[i] ? [] : [i]));
    if (diff.length !== 1) continue;
    const [at] = diff;
    if (han.test(other[at]) && !makesWord(mine, at) && makesWord(other, at)) return reading;
  }
  return chosen;
}
