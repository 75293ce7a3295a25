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

const wordChar = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]/u;
const letterOrNumber = /[\p{L}\p{N}]/u;
const space = /\s/u;

/** A unit with its span in the normalised text. */
export type Unit = { text: string; word: boolean };

/** Splits text into runs of units. Punctuation and symbols end a run; whitespace only ends a word. */
export function runs(text: string): Unit[][] {
  const out: Unit[][] = [];
  let run: Unit[] = [];
  let word = '';
  const endWord = () => {
    if (word) run.push({ text: word, word: true });
    word = '';
  };
  const endRun = () => {
    endWord();
    if (run.length) out.push(run);
    run = [];
  };
  for (const raw of text.normalize('NFKC').toLowerCase()) {
    if (wordChar.test(raw)) word += raw;
    else if (letterOrNumber.test(raw)) {
      endWord();
      run.push({ text: raw, word: false });
    } else if (space.test(raw)) endWord();
    else endRun();
  }
  endRun();
  return out;
}

function bigram(a: Unit, b: Unit): string {
  return a.word || b.word ? `${a.text}_${b.text}` : a.text + b.text;
}

/** Index tokens of one field: its bigrams, and the run tails (added to `tails`). */
export function indexTokens(text: string, tails: string[]): string {
  const tokens: string[] = [];
  for (const run of runs(text)) {
    for (let i = 0; i + 1 < run.length; i++) tokens.push(bigram(run[i], run[i + 1]));
    tails.push(run[run.length - 1].text);
  }
  return tokens.join(' ');
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
