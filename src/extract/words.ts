import { createRequire } from 'node:module';
import { readList } from './lexicon.js';

/**
 * Which short strings are ordinary words rather than names, from the dictionary jieba ships
 * (@node-rs/jieba/dict.txt, "word frequency tag" a line) plus our src/lexicon/userdict.txt.
 * Only words of 2–3 characters that begin like a name (a surname character) matter: 文化,
 * 强调, 高质量 must never be read as 文 + 化, 强 + 调, 高 + 质量. Words tagged nr* are names
 * (习近平, 高峰) and stay allowed. Built once at module load (about 0.1 s).
 */
const require = createRequire(import.meta.url);
const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };

/** Below this frequency a dictionary word is too rare to overrule a name. */
const minFrequency = 20;

function buildWords(surnameStart: (word: string) => boolean): Map<string, boolean> {
  const words = new Map<string, boolean>();
  const add = (line: string, force: boolean): void => {
    const [word, frequency, tag = ''] = line.trim().split(/\s+/);
    if (!word || word.length < 2 || word.length > 3 || !surnameStart(word)) return;
    if (!force && Number(frequency) < minFrequency) return;
    words.set(word, tag.startsWith('nr'));
  };
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) add(line, false);
  for (const line of readList('userdict.txt')) add(line, true);
  return words;
}

export interface WordTable {
  /** True when the string is an ordinary dictionary word (not a name). */
  isOrdinaryWord(text: string): boolean;
}

export function wordTable(surnameStart: (word: string) => boolean): WordTable {
  const words = buildWords(surnameStart);
  return {
    isOrdinaryWord: (text) => words.get(text) === false,
  };
}
