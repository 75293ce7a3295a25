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
