import type { Organisation } from '../model.js';
import { byLastChar, charTable, lexicon, spaceTable } from './lexicon.js';
import { endsWithWord, isPunctuationAt, words } from './names.js';
import type { TextUnit } from './people.js';
import { type Tokens, tagText } from './tagger.js';

/**
 * Organisations (…部 …局 …学院 …委员会 …公司) and administrative units (…街道 …镇), found
 * with jieba: where a suffix ends, the span of its clause before it (at most 20 characters)
 * is tagged (all spans of a page in one call), and the run of noun tokens ending in a token that ends with the suffix is one
 * name. 与 / 和 inside a run stays when what stands before it is not yet a whole name
 * (教育与职业培训部). 签署, 西部, 部分 are not names: jieba cuts them as words of their own.
 */

const suffixWords = [...lexicon.orgSuffixes, ...lexicon.placeSuffixes];
const suffixes = byLastChar(suffixWords);
/** Last characters of the suffixes: where a span may end. */
const suffixLast = charTable(suffixWords.map((suffix) => suffix[suffix.length - 1]));
const suffixSet = new Set(suffixWords);
/** Does the text end in an organisation or place suffix (orgSuffixEndRe / placeSuffixEndRe)? */
const endsAsOrganisation = (text: string): boolean => endsWithWord(text, text.length, suffixes);
const nounTagRe = /^(?:n(?!r)|j|vn|b|an)/;
/** Tags that may not start a name: 建设重庆…, 调研…学院 are verbs before an organisation. */
const verbalTagRe = /^(?:vn|an)$/;
/** Answers of a tag test by tag: jieba uses a few dozen tags, tested for every token. */
function memoTag(re: RegExp): (tag: string) => boolean {
  const answers = new Map<string, boolean>();
  return (tag) => {
    let answer = answers.get(tag);
    if (answer === undefined) {
      answer = re.test(tag);
      answers.set(tag, answer);
    }
    return answer;
  };
}
const nounTag = memoTag(nounTagRe);
const verbalTag = memoTag(verbalTagRe);
const maxSpan = 20;

/** Does this token close a name: a bare suffix (部, 局), or a longer noun ending in one (培训部)? */
function closes(word: string, tag: string): boolean {
  if (!endsAsOrganisation(word)) return false;
  if (suffixSet.has(word) || tag === 'nt' || tag === 'j') return true;
  return word.length >= 3 && tag.startsWith('n');
}

interface Span {
  text: string;
  /** True when the span was cut at maxSpan: its first token may be half a word. */
  cut: boolean;
  /** Where the suffix ends inside `text`. */
  end: number;
  article: number;
}

/** The organisation of one span ending at its suffix, from its tagged tokens, or null. */
function organisationIn(
  tokens: Array<{ word: string; tag: string }>,
  end: number,
  cut: boolean,
): string | null {
  let found: string | null = null;
  let run = '';
  let bridge = '';
  let offset = 0;
  for (let index = 0; index < tokens.length; index++) {
    const { word, tag } = tokens[index];
    offset += word.length;
    if (offset > end) break;
    if (cut && index === 0) continue;
    const ends = closes(word, tag);
    if ((word === '与' || word === '和') && run !== '' && !endsAsOrganisation(run)) {
      bridge = word;
      continue;
    }
    if ((nounTag(tag) && !(run === '' && verbalTag(tag))) || (ends && run !== '')) {
      run += bridge + word;
      bridge = '';
      // A bare suffix word (中心, 学校) names no particular organisation.
      if (offset === end && ends && run.length >= 2 && !suffixSet.has(run)) found = run;
    } else {
      run = '';
      bridge = '';
    }
  }
  return found;
}

/** Tokens of spans already tagged: the same spans recur from page to page (市委、市政府, 国务院). */
const tagged = new Map<string, Tokens>();
const maxCached = 50000;

/** Tags the spans not seen before in one jieba call (joined by line breaks, which no token crosses). */
function tagSpans(spans: Span[]): Tokens[] {
  // Cached tokens are taken before the cache may be cleared below (clearing used to leave this
  // page's cached spans without tokens).
  const tokensOf: Array<Tokens | undefined> = spans.map((span) => tagged.get(span.text));
  const fresh: string[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < spans.length; index++) {
    const text = spans[index].text;
    if (tokensOf[index] === undefined && !seen.has(text)) {
      seen.add(text);
      fresh.push(text);
    }
  }
  if (fresh.length > 0) {
    if (tagged.size + fresh.length > maxCached) tagged.clear();
    let index = 0;
    let tokens: Tokens = [];
    for (const token of tagText(fresh.join('\n'))) {
      if (token.word === '\n') {
        tagged.set(fresh[index++], tokens);
        tokens = [];
        continue;
      }
      tokens.push(token);
    }
    tagged.set(fresh[index], tokens);
    for (let at = 0; at < spans.length; at++) tokensOf[at] ??= tagged.get(spans[at].text) ?? [];
  }
  return tokensOf as Tokens[];
}

const spaceChar = spaceTable;

/** Does text.slice(start, end) hold a space (\s)? */
function spaced(text: string, start: number, end: number): boolean {
  for (let at = start; at < end && at < text.length; at++)
    if (spaceChar[text.charCodeAt(at)] === 1) return true;
  return false;
}

/** Organisations named in the units, each with the articles naming it. */
export function findOrganisations(units: TextUnit[]): Organisation[] {
  const spans: Span[] = [];
  for (const { text, article } of units) {
    for (let end = 1; end <= text.length; end++) {
      if (suffixLast[text.charCodeAt(end - 1)] !== 1) continue;
      // 部分, 局面, 院士: the suffix starts a word with what follows; 西部, 签署: it ends one
      // that is no name. Both are left out before asking jieba.
      if (!endsWithWord(text, end, suffixes) || words.isWordAt(text, end - 1)) continue;
      if (words.isCommonWordAt(text, end - 2) && !suffixSet.has(text.slice(end - 2, end))) continue;
      let start = end - 1;
      while (start > 0 && end - start < maxSpan && !isPunctuationAt(text, start - 1)) start--;
      if (end - start < 2) continue;
      const cut = start > 0 && !isPunctuationAt(text, start - 1);
      spans.push({
        text: spaced(text, start, end + 1)
          ? text.slice(start, end + 1).replace(/\s/g, ' ')
          : text.slice(start, end + 1),
        end: end - start,
        article,
        cut,
      });
    }
  }
  const articles = new Map<string, Set<number>>();
  // A plain loop: forEach over the tagged arrays (whose element kinds vary from page to page)
  // sent V8 into a deoptimisation loop.
  const tokensOf = tagSpans(spans);
  for (let index = 0; index < spans.length; index++) {
    const tokens = tokensOf[index];
    // No tokens, no name (organisationIn would find none).
    if (tokens.length === 0) continue;
    const name = organisationIn(tokens, spans[index].end, spans[index].cut);
    if (!name) continue;
    const set = articles.get(name) ?? new Set<number>();
    set.add(spans[index].article);
    articles.set(name, set);
  }
  return [...articles].map(([name, set]) => ({ name, articles: [...set].sort((a, b) => a - b) }));
}
