import type { Organisation } from '../model.js';
import { lexicon } from './lexicon.js';
import type { TextUnit } from './people.js';
import { tagger } from './tagger.js';

/**
 * Organisations (…部 …局 …学院 …委员会 …公司) and administrative units (…街道 …镇), found
 * with jieba: a clause is cut and tagged, and a run of noun tokens that ends in a token
 * ending with an organisation or place suffix is one name. 与 / 和 inside a run stays when
 * what stands before it is not yet a whole name (教育与职业培训部). Jieba loads its own
 * dictionary plus our user dictionary (tagger.ts).
 */

const suffixChars = new Set([...lexicon.orgSuffixes, ...lexicon.placeSuffixes].map((suffix) => suffix.at(-1)));
const endsAsOrganisation = (text: string): boolean =>
  lexicon.orgSuffixEndRe.test(text) || lexicon.placeSuffixEndRe.test(text);
const nounTag = /^(?:n(?!r)|j|vn|b|an)/;
/** Tags that may not start a name: 建设重庆…, 调研…学院 are verbs before an organisation. */
const verbalTag = /^(?:vn|an)$/;
const suffixWords = new Set([...lexicon.orgSuffixes, ...lexicon.placeSuffixes]);

/** Does this token close a name: a bare suffix (部, 局), or a longer noun ending in one (培训部)? */
function closes(word: string, tag: string): boolean {
  if (!endsAsOrganisation(word)) return false;
  if (suffixWords.has(word) || tag === 'nt' || tag === 'j') return true;
  return word.length >= 3 && /^n/.test(tag);
}
const clauseSplit = /[，,。；;：:、！!？?（）()“”"《》\s]+/;

function organisationsOf(clause: string): string[] {
  const found: string[] = [];
  let run = '';
  let bridge = '';
  for (const { word, tag } of tagger().tag(clause, false)) {
    const ends = closes(word, tag);
    if ((word === '与' || word === '和') && run !== '' && !endsAsOrganisation(run)) {
      bridge = word;
      continue;
    }
    if ((nounTag.test(tag) && !(run === '' && verbalTag.test(tag))) || (ends && run !== '')) {
      run += bridge + word;
      bridge = '';
      if (ends && run.length >= 2) found.push(run);
    } else {
      run = '';
      bridge = '';
    }
  }
  return found;
}

/** Organisations named in the units, each with the articles naming it. */
export function findOrganisations(units: TextUnit[]): Organisation[] {
  const articles = new Map<string, Set<number>>();
  for (const unit of units) {
    for (const clause of unit.text.split(clauseSplit)) {
      if (![...clause].some((char) => suffixChars.has(char))) continue;
      for (const name of organisationsOf(clause)) {
        const set = articles.get(name) ?? new Set<number>();
        set.add(unit.article);
        articles.set(name, set);
      }
    }
  }
  return [...articles].map(([name, set]) => ({ name, articles: [...set].sort((a, b) => a - b) }));
}
