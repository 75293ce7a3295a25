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

export interface Token {
  readonly word: string;
  readonly tag: string;
}
export type Tokens = Token[];

/** The tagged words met so far, one object a word, shared by every text holding it (tokens are
 * only read). jieba tags a word by the word alone (its dictionary entry, or a guess from its
 * characters), never by what surrounds it, so a word's tag holds everywhere. */
const tokenOfWord = new Map<string, Token>();
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
  if (tokenOfWord.size + words.length > maxWords) tokenOfWord.clear();
  // One lookup a word: the tokens known now, with holes where a word is fresh.
  const tokens: Array<Token | undefined> = [];
  const fresh: string[] = [];
  const asked = new Set<string>();
  for (const word of words) {
    const token = tokenOfWord.get(word);
    tokens.push(token);
    if (token === undefined && !asked.has(word)) {
      asked.add(word);
      fresh.push(word);
    }
  }
  if (fresh.length === 0) return tokens as Tokens;
  const tagged = jieba.tag(fresh.join('\n'), false);
  let whole = tagged.length === 2 * fresh.length - 1;
  for (let index = 0; whole && index < fresh.length; index++)
    whole = tagged[2 * index].word === fresh[index] && (index === 0 || tagged[2 * index - 1].word === '\n');
  if (!whole) {
    const all = jieba.tag(text, false);
    for (const { word, tag } of all) tokenOfWord.set(word, { word, tag });
    return all;
  }
  for (let index = 0; index < fresh.length; index++)
    tokenOfWord.set(fresh[index], { word: fresh[index], tag: tagged[2 * index].tag });
  for (let index = 0; index < tokens.length; index++)
    tokens[index] ??= tokenOfWord.get(words[index]) as Token;
  return tokens as Tokens;
}
