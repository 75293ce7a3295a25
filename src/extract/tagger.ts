import type { Jieba } from '@node-rs/jieba';
import { segmenter } from '../segment/words.js';

/**
 * jieba for this stage: the project's one instance (src/segment/words.ts), with our user
 * dictionary and every title of titles.txt as a noun. Used on short spans only: organisation
 * candidates and long titles.
 */
export function tagger(): Jieba {
  return segmenter();
}

export type Tokens = Array<{ word: string; tag: string }>;

/** Tags of the words met so far. jieba tags a word by the word alone (its dictionary entry, or a
 * guess from its characters), never by what surrounds it, so a word's tag holds everywhere. */
const tagOfWord = new Map<string, string>();
const maxWords = 200000;

/**
 * What jieba's tag(text, false) gives, from its cut(text, false) and the tags of words already
 * met: tag makes an object of every token, which costs jieba about twice what cutting does
 * (1,000 pages: about 0.15 s less). Words not met before are tagged in one call, one to a line;
 * should one of them not come back whole, the text is tagged as before.
 */
export function tagText(text: string): Tokens {
  const jieba = tagger();
  const words = jieba.cut(text, false);
  if (tagOfWord.size + words.length > maxWords) tagOfWord.clear();
  const fresh: string[] = [];
  const asked = new Set<string>();
  for (const word of words) {
    if (!tagOfWord.has(word) && !asked.has(word)) {
      asked.add(word);
      fresh.push(word);
    }
  }
  if (fresh.length > 0) {
    const tagged = jieba.tag(fresh.join('\n'), false);
    let whole = tagged.length === 2 * fresh.length - 1;
    for (let index = 0; whole && index < fresh.length; index++)
      whole = tagged[2 * index].word === fresh[index] && (index === 0 || tagged[2 * index - 1].word === '\n');
    if (!whole) {
      const tokens = jieba.tag(text, false);
      for (const { word, tag } of tokens) tagOfWord.set(word, tag);
      return tokens;
    }
    for (let index = 0; index < fresh.length; index++) tagOfWord.set(fresh[index], tagged[2 * index].tag);
  }
  const tokens: Tokens = [];
  for (const word of words) tokens.push({ word, tag: tagOfWord.get(word) as string });
  return tokens;
}
