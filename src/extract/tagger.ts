import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { lexicon, readList } from './lexicon.js';

/**
 * One jieba instance for the stage: the dictionary jieba ships plus our own user dictionary
 * (src/lexicon/userdict.txt and every title of titles.txt as a noun), loaded once, on first
 * use (about 0.2 s). Used on short spans only: organisation candidates and long titles.
 */
const require = createRequire(import.meta.url);
let jieba: Jieba | null = null;

export function tagger(): Jieba {
  if (!jieba) {
    const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
    const user = [...readList('userdict.txt'), ...lexicon.titleWords.map((title) => `${title} 1000 n`)];
    jieba.loadDict(Buffer.from(user.join('\n'), 'utf8'));
  }
  return jieba;
}
