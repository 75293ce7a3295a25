import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Jieba } from '@node-rs/jieba';
import { readList } from '../lexicon-lists.js';

const require = createRequire(import.meta.url);
/** Where @node-rs/jieba is installed. */
export const jiebaDir = dirname(require.resolve('@node-rs/jieba/package.json'));
/** The dictionary jieba ships, read directly: the package's dict.js also reads its 6 MB idf.txt. */
export const jiebaDictPath = join(jiebaDir, 'dict.txt');
let jieba: Jieba | undefined;

/**
 * The project's one jieba segmenter, shared by every stage: the dictionary jieba ships plus
 * our own (src/lexicon/userdict.txt, and each title of titles.txt as a noun), loaded on first
 * use (about 0.2 s). One instance, so the dictionary is read once a process.
 */
export function segmenter(): Jieba {
  if (!jieba) {
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    jieba = JiebaClass.withDict(readFileSync(jiebaDictPath));
    const user = [...readList('userdict.txt'), ...readList('titles.txt').map((title) => `${title} 1000 n`)];
    jieba.loadDict(Buffer.from(user.join('\n'), 'utf8'));
  }
  return jieba;
}

/**
 * The segmenter's tokens at the junction of a and b (their last and first six characters):
 * the token running across it, or the tokens ending and starting there.
 */
function atJunction(a: string, b: string, guessUnknown: boolean): Junction {
  const left = a.slice(-6);
  const text = left + b.slice(0, 6);
  // the same junction is met again by later stages and on later pages: the segmenter's answer
  // is remembered (a call costs several microseconds)
  const key = `${guessUnknown ? 1 : 0}${left.length}${text}`;
  let junction = recentJunctions.get(key);
  if (junction === undefined && !recentJunctions.has(key)) {
    junction = cutAt(text, left.length, guessUnknown);
    if (recentJunctions.size >= maxRecentJunctions) recentJunctions.clear();
    recentJunctions.set(key, junction);
  }
  return junction;
}

type Junction = { across: string } | { before: string; after: string } | undefined;
const recentJunctions = new Map<string, Junction>();
const maxRecentJunctions = 4096;

/** The segmenter's tokens of text at offset at: the token across it, or those ending and starting there. */
function cutAt(text: string, at: number, guessUnknown: boolean): Junction {
  let start = 0;
  let before = '';
  for (const token of segmenter().cut(text, guessUnknown)) {
    const end = start + token.length;
    if (start < at && end > at) return { across: token };
    if (start === at) return { before, after: token };
    before = token;
    start = end;
  }
  return undefined;
}

/**
 * Whether a word runs across the junction of a and b ("副主" | "任" → 主任): the sign of
 * a column cut in the middle of a word, which a headline or a paragraph end never makes.
 */
export function wordAcross(a: string, b: string, guessUnknown = false): boolean {
  const left = a.slice(-6);
  const right = b.slice(0, 6);
  if (!/[\u4e00-\u9fff]$/.test(left) || !/^[\u4e00-\u9fff]/.test(right)) return false;
  // a word said again on the next line (岗位上的新年 | 新年第一天) is no word cut in two
  if (left.length >= 2 && right.startsWith(left.slice(-2))) return false;
  const tokens = atJunction(a, b, guessUnknown);
  return tokens !== undefined && 'across' in tokens;
}

/**
 * Whether single characters meet at the junction of a and b (…主席毛 | 雷尔…: 毛/雷/尔): the
 * way the dictionary cuts a name it does not know, as a transliterated name is cut in two.
 */
export function charsAcross(a: string, b: string): boolean {
  // (a quote or a bracket is a token of one character too: …办好” | 中方… is no name cut)
  if (!/[\u4e00-\u9fff]$/.test(a) || !/^[\u4e00-\u9fff]/.test(b)) return false;
  const tokens = atJunction(a, b, false);
  return (
    tokens !== undefined && 'before' in tokens && tokens.before.length === 1 && tokens.after.length === 1
  );
}

/**
 * A person's name alone, two or three characters: a surname the segmenter tags as one, then
 * characters it reads as no single word with it (陈志文, 赵季平 — not 高质量, 金秋).
 */
export function personName(text: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,3}$/.test(text)) return false;
  const tokens = segmenter().tag(text, false);
  return tokens.length >= 2 && tokens[0].word.length === 1 && tokens[0].tag === 'nr';
}

let surnames: Set<string> | undefined;
/** How long the surname a name opens with is, by src/lexicon/surnames.txt (read on first use):
 * 2 for a compound one (欧阳), 1 for a single one, 0 for none. */
export function surnameLength(name: string): 0 | 1 | 2 {
  surnames ??= new Set(readList('surnames.txt'));
  return surnames.has(name.slice(0, 2)) ? 2 : surnames.has(name[0]) ? 1 : 0;
}

/**
 * A name in a list of who attended (方清源、叶景行、何川): two to four characters after a surname
 * (compound ones too), or one name the segmenter knows.
 */
export function listedName(text: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(text)) return false;
  const surname = surnameLength(text);
  if (surname === 2 || (surname === 1 && text.length <= 3)) return true;
  const tokens = segmenter().tag(text, false);
  return tokens.length === 1 && tokens[0].tag === 'nr';
}
