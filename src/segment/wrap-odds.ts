import { charCountTable, logRatio } from '../char-counts.js';
import { firstChar, lastChar } from './chars.js';

/**
 * Log odds that two head lines, one over the other, are one title wrapped rather than a 引题
 * over its 主题, from the characters either side of the break alone: a kicker ends where a
 * phrase ends (…强调, …——, …:), a wrap anywhere (第四届海州国际文化旅游 | 博览会在新区开幕).
 * Counts from src/lexicon/head-cuts.txt, read on first use.
 */
export function wrapOdds(upper: string, lower: string): number {
  const end = lastChar(upper.trim());
  const start = firstChar(lower.trim());
  if (end === undefined || start === undefined) return 0;
  const { total, rows } = headCuts();
  const [kickers, , titles] = total;
  const e = rows.get(end) ?? [0, 0, 0, 0];
  const s = rows.get(start) ?? [0, 0, 0, 0];
  return logRatio(e[2], titles, e[0], kickers) + logRatio(s[3], titles, s[1], kickers);
}

// (columns: kicker end, title start, wrap end, wrap start)
const headCuts = charCountTable('head-cuts.txt');
