import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;

/** The shared jieba segmenter with its bundled dictionary, loaded on first use (~150 ms). */
export function segmenter(): Jieba {
  if (!jieba) {
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = JiebaClass.withDict(dict);
  }
  return jieba;
}

/**
 * Whether a word runs across the junction of a and b ("副主" | "任" → 主任): the sign of
 * a column cut in the middle of a word, which a headline or a paragraph end never makes.
 */
export function wordAcross(a: string, b: string, guessUnknown = false): boolean {
  const left = a.slice(-6);
  const right = b.slice(0, 6);
  if (!/[\u4e00-\u9fff]$/.test(left) || !/^[\u4e00-\u9fff]/.test(right)) return false;
  let at = 0;
  for (const token of segmenter().cut(left + right, guessUnknown)) {
    const end = at + token.length;
    if (at < left.length && end > left.length) return true;
    at = end;
  }
  return false;
}
