/**
 * Tokens for the search index. SQLite's FTS5 cannot cut Chinese into words, so Baoku indexes
 * character bigrams itself and hands FTS5 space-separated tokens:
 *
 *   text   NFKC, lower case; a "unit" is one Han (or other unspaced-script) character or one
 *          Latin/digit word; a "run" is units not broken by punctuation (whitespace does not
 *          break a run, so a title wrapped over two lines stays one run).
 *   index  every pair of neighbouring units in a run (胡楠, ai_技); in `tail`, the last unit of
 *          each run, so every unit is either the start of a bigram or a tail.
 *   query  a run of ≥ 2 units is the phrase of its bigrams; a single unit is a prefix query
 *          on bigrams plus an exact tail match, which finds 1-character queries without a
 *          unigram column.
 */

const letterOrNumber = /[\p{L}\p{N}]/u;
const space = /\s/u;

/** A unit: one Han (or other unspaced-script) character, or one Latin/Greek/Cyrillic/digit word. */
export type Unit = { text: string; word: boolean };

const BREAK = 0;
const SPACE = 1;
const WORD = 2;
const UNIT = 3;

/** The class of one character of normalised text; the common cases without a regex. */
function classOf(ch: string, code: number): number {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return WORD;
    return code === 32 || (code >= 9 && code <= 13) ? SPACE : BREAK;
  }
  if (code >= 0x4e00 && code <= 0x9fff) return UNIT;
  if (space.test(ch)) return SPACE;
  if (!letterOrNumber.test(ch)) return BREAK;
  // Letters of spaced scripts join into words; CJK, kana and hangul are one unit each.
  return code < 0x2e80 ? WORD : UNIT;
}

/** Calls `each` with the units of every run of the text (NFKC, lower case). */
function scan(text: string, each: (units: string[], words: boolean[]) => void): void {
  const s = text.normalize('NFKC').toLowerCase();
  let units: string[] = [];
  let words: boolean[] = [];
  let word = '';
  const endRun = () => {
    if (word) {
      units.push(word);
      words.push(true);
      word = '';
    }
    if (units.length) each(units, words);
    units = [];
    words = [];
  };
  for (let i = 0; i < s.length; i++) {
    let code = s.charCodeAt(i);
    let ch: string;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      ch = s.slice(i, i + 2);
      code = ch.codePointAt(0) ?? code;
      i++;
    } else ch = s[i];
    const kind = classOf(ch, code);
    if (kind === WORD) {
      word += ch;
      continue;
    }
    if (word) {
      units.push(word);
      words.push(true);
      word = '';
    }
    if (kind === UNIT) {
      units.push(ch);
      words.push(false);
    } else if (kind === BREAK) endRun();
  }
  endRun();
}

/** Splits text into runs of units. Punctuation and symbols end a run; whitespace only ends a word. */
export function runs(text: string): Unit[][] {
  const out: Unit[][] = [];
  scan(text, (units, words) => {
    out.push(units.map((u, i) => ({ text: u, word: words[i] })));
  });
  return out;
}

function bigram(a: Unit, b: Unit): string {
  return a.word || b.word ? `${a.text}_${b.text}` : a.text + b.text;
}

const utf16 = new TextDecoder('utf-16le');
const surrogate = /[\ud800-\udfff]/;
const space16 = 32;
/** classOf + 1 of BMP characters met so far (0: not yet): the regex tests are slow. */
const bmpClasses = new Uint8Array(0x10000);
const underscore16 = 95;

/**
 * Index tokens of one field: its bigrams, and the run tails (added to `tails`). The same units
 * and runs as `scan`, in one pass that copies code units into one buffer (units are slices of
 * the normalised text): ingest spends much of its JS time here.
 */
export function indexTokens(text: string, tails: string[]): string {
  const s = text.normalize('NFKC').toLowerCase();
  // Every unit is written at most twice, with at most a space and an underscore per token.
  const out = new Uint16Array(4 * s.length + 4);
  let length = 0;
  // The previous unit of the current run as [prevStart, prevEnd) of s; prevStart < 0 at a run's start.
  let prevStart = -1;
  let prevEnd = -1;
  let prevWord = false;
  let wordStart = -1;
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) out[length++] = s.charCodeAt(k);
  };
  const push = (start: number, end: number, isWord: boolean) => {
    if (prevStart >= 0) {
      if (length) out[length++] = space16;
      copy(prevStart, prevEnd);
      if (prevWord || isWord) out[length++] = underscore16;
      copy(start, end);
    }
    prevStart = start;
    prevEnd = end;
    prevWord = isWord;
  };
  const endRun = () => {
    if (prevStart >= 0) tails.push(s.slice(prevStart, prevEnd));
    prevStart = -1;
  };
  for (let i = 0; i < s.length; i++) {
    const at = i;
    const code = s.charCodeAt(i);
    let kind: number;
    // The common classes without making a string of the character.
    if (code < 128 || (code >= 0x4e00 && code <= 0x9fff)) kind = classOf('', code);
    else if (code < 0xd800 || code > 0xdfff) {
      kind = bmpClasses[code] - 1;
      if (kind < 0) {
        kind = classOf(s[i], code);
        bmpClasses[code] = kind + 1;
      }
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      const ch = s.slice(i, i + 2);
      kind = classOf(ch, ch.codePointAt(0) ?? code);
      i++;
    } else kind = classOf(s[i], code);
    if (kind === WORD) {
      if (wordStart < 0) wordStart = at;
      continue;
    }
    if (wordStart >= 0) {
      push(wordStart, at, true);
      wordStart = -1;
    }
    if (kind === UNIT) push(at, i + 1, false);
    else if (kind === BREAK) endRun();
  }
  if (wordStart >= 0) push(wordStart, s.length, true);
  endRun();
  if (!length) return '';
  // TextDecoder would replace a lone surrogate, which scan keeps inside a unit: rare, so slowly.
  if (!surrogate.test(s)) return utf16.decode(out.subarray(0, length));
  let result = '';
  for (let from = 0; from < length; from += 4096)
    result += String.fromCharCode(...out.subarray(from, Math.min(length, from + 4096)));
  return result;
}

/** A parsed query: the FTS5 expression and the literal strings to highlight. */
export interface SearchQuery {
  match: string;
  /** Normalised, whitespace-free literals of each run, for highlighting. */
  literals: string[];
}

/**
 * Parses a user query: whitespace separates terms (AND), "double quotes" keep a phrase,
 * punctuation inside a term splits it into runs that must all occur. Returns null when the
 * query holds no letter or digit at all.
 */
export function parseQuery(query: string): SearchQuery | null {
  const terms: string[] = [];
  const quoted = /["“”]([^"“”]*)["“”]?/g;
  let rest = query;
  for (const m of query.matchAll(quoted)) {
    terms.push(m[1]);
    rest = rest.replace(m[0], ' ');
  }
  terms.push(...rest.split(/\s+/));
  const parts: string[] = [];
  const literals: string[] = [];
  for (const term of terms) {
    for (const run of runs(term)) {
      literals.push(run.map((u) => u.text).join(''));
      if (run.length === 1) {
        const unit = run[0];
        parts.push(unit.word ? `("${unit.text}_"* OR tail : "${unit.text}")` : `"${unit.text}"*`);
      } else {
        const grams: string[] = [];
        for (let i = 0; i + 1 < run.length; i++) grams.push(bigram(run[i], run[i + 1]));
        parts.push(`"${grams.join(' ')}"`);
      }
    }
  }
  if (!parts.length) return null;
  return { match: [...new Set(parts)].join(' AND '), literals: [...new Set(literals)] };
}

/** A paragraph that is only a jump line, (下转4版) or （上接第一版）: kept out of the text. */
export function isJumpLine(text: string): boolean {
  return /^[（(]\s*(?:下转|上接|转|接)[^（()）]{0,12}[)）]$/.test(text.trim());
}
