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

export interface TaggedWord {
  word: string;
  tag: string;
}

/** The tag jieba gives each word: a word's tag is its dictionary entry's (or a guess from its
 * characters), whatever stands around it. */
const tagOfWord = new Map<string, string>();
const maxWords = 200000;

/**
 * What `tagger().tag(text, false)` returns, at a third of its cost: jieba's cut (the same
 * words) with each word's tag remembered from earlier calls. jieba's tag builds an object per
 * word across the native boundary; cut returns bare strings. Words not met before are tagged
 * in one call, each on a line of its own; a word jieba would cut apart on its own line (never
 * seen) sends the whole text to jieba's tag instead.
 */
export function tagWords(text: string): TaggedWord[] {
  const jieba = tagger();
  const words = jieba.cut(text, false);
  const unknown = new Set<string>();
  for (const word of words) if (!tagOfWord.has(word)) unknown.add(word);
  if (unknown.size > 0 && !learnTags(jieba, [...unknown])) return jieba.tag(text, false);
  const tagged: TaggedWord[] = new Array(words.length);
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    tagged[index] = { word, tag: tagOfWord.get(word) as string };
  }
  return tagged;
}

/** Tags new words, one a line; false when jieba does not give each back as one word. */
function learnTags(jieba: Jieba, words: string[]): boolean {
  if (tagOfWord.size + words.length > maxWords) tagOfWord.clear();
  // The line break is the separator below: its own tag comes from a call of its own.
  const lines = words.filter((word) => word !== '\n');
  if (lines.length < words.length) {
    const alone = jieba.tag('\n', false);
    if (alone.length !== 1 || alone[0].word !== '\n') return false;
    tagOfWord.set('\n', alone[0].tag);
  }
  if (lines.length === 0) return true;
  const tokens = jieba.tag(lines.join('\n'), false);
  if (tokens.length !== lines.length * 2 - 1) return false;
  for (let index = 0; index < lines.length; index++) {
    const token = tokens[index * 2];
    if (token.word !== lines[index]) return false;
    if (index > 0 && tokens[index * 2 - 1].word !== '\n') return false;
  }
  for (let index = 0; index < lines.length; index++) tagOfWord.set(lines[index], tokens[index * 2].tag);
  return true;
}
