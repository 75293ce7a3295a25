/**
 * Characters of a text as `[...text]` reads them (code points; a lone surrogate is one), found
 * without making that array: spreading a line to count or pick its characters ran in several
 * percent of all parse time. test/chars.test.ts holds them to the spread.
 */

/** A code unit of the CJK Unified Ideographs block (the class [\u4e00-\u9fff]). */
export const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** How many times the code unit c stands in text (counted, not split or matched: no arrays made). */
export function countOf(text: string, c: number): number {
  let n = 0;
  for (let at = 0; at < text.length; at++) if (text.charCodeAt(at) === c) n++;
  return n;
}

/** `[...text].length`. */
export function charCount(text: string): number {
  let pairs = 0;
  for (let at = 0; at + 1 < text.length; at++)
    if (isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1))) {
      pairs++;
      at++;
    }
  return text.length - pairs;
}

/** `[...text].length > most`, without counting past what settles it. */
export function charsOver(text: string, most: number): boolean {
  // a text of at most `most` code units holds at most `most` characters, one of twice as many at least
  if (text.length <= most) return false;
  if (text.length > most * 2) return true;
  return charCount(text) > most;
}

/** `[...text][0]`. */
export function firstChar(text: string): string | undefined {
  if (text.length === 0) return undefined;
  return text.length > 1 && isHigh(text.charCodeAt(0)) && isLow(text.charCodeAt(1))
    ? text.slice(0, 2)
    : text[0];
}

/** `[...text].at(-1)`. */
export function lastChar(text: string): string | undefined {
  const n = text.length;
  if (n === 0) return undefined;
  return n > 1 && isLow(text.charCodeAt(n - 1)) && isHigh(text.charCodeAt(n - 2))
    ? text.slice(n - 2)
    : text[n - 1];
}
