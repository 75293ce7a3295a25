/**
 * Tokens for the search index. SQLite's FTS5 cannot cut Chinese into words, so Baoku indexes
 * character bigrams itself and hands FTS5 space-separated tokens:
 *
 *   text   NFKC, lower case; a "unit" is one Han (or other unspaced-script) character or one
 *          Latin/digit word; a "run" is units not broken by punctuation (whitespace does not
 *          break a run, so a title wrapped over two lines stays one run).
 *   index  every pair of neighbouring units in a run (胡楠, ai_技); in `tail`, the last unit of
 *          each run that starts no bigram of the story, so every unit of a story is the start
 *          of one of its bigrams or one of its tails (written by story-tokens.ts).
 *   query  a run of ≥ 2 units is the phrase of its bigrams; a single unit is a prefix query
 *          on bigrams plus an exact tail match, which finds 1-character queries without a
 *          unigram column.
 */

const letterOrNumber = /[\p{L}\p{N}]/u;
const space = /\s/u;

/** A unit: one Han (or other unspaced-script) character, or one Latin/Greek/Cyrillic/digit word. */
export type Unit = { text: string; word: boolean };

export const BREAK = 0;
export const SPACE = 1;
export const WORD = 2;
export const UNIT = 3;

/** The class of one character of normalised text; the common cases without a regex. */
export function classOf(ch: string, code: number): number {
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

export function bigram(a: Unit, b: Unit): string {
  return a.word || b.word ? `${a.text}_${b.text}` : a.text + b.text;
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
