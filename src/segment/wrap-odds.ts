import { readCharCounts } from '../lexicon-lists.js';
import { firstChar, lastChar } from './chars.js';

/**
 * Log odds that two head lines, one over the other, are one title wrapped rather than a 引题
 * over its 主题, from the characters either side of the break alone: a kicker ends where a
 * phrase ends (…强调, …——, …:), a wrap anywhere (第四届海州国际文化旅游 | 博览会在新区开幕).
 * Counts from src/lexicon/head-cuts.txt, read on first use.
 */
export function wrapOdds(upper: string, lower: string): number {
  cuts ??= readCuts();
  const table = cuts;
  const end = lastChar(upper.trim());
  const start = firstChar(lower.trim());
  if (end === undefined || start === undefined) return 0;
  const [kickers, , titles] = table.total;
  const ratio = (wrapCount: number, kickerCount: number) =>
    Math.log((wrapCount + 0.5) / (titles + 1) / ((kickerCount + 0.5) / (kickers + 1)));
  const e = table.rows.get(end) ?? [0, 0, 0, 0];
  const s = table.rows.get(start) ?? [0, 0, 0, 0];
  return ratio(e[2], e[0]) + ratio(s[3], s[1]);
}

// (columns: kicker end, title start, wrap end, wrap start)
let cuts: ReturnType<typeof readCharCounts> | undefined;
const readCuts = () => readCharCounts('head-cuts.txt');
