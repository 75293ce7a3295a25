import { charCountTable, logRatio } from '../char-counts.js';
import { firstChar, lastChar } from '../segment/chars.js';

/**
 * Log odds that a line break with no stop before it (…解决群众难题 | 海州市坚持…) is a column cut
 * inside a paragraph rather than the end of a paragraph that closes without one (a subhead, a
 * lead line), from the characters either side of the break alone: paragraphs so ended close
 * on a noun or a verb's object (…问题, …难题), and the next opens as sentences do (在…, “…),
 * where a column cuts anywhere. A character too rare in the counts tells nothing (0).
 * Counts from src/lexicon/para-cuts.txt, read on first use.
 */
export function cutOdds(upper: string, lower: string): number {
  return endOdds(upper) + startOdds(lower);
}

/** The part of cutOdds the upper line's last character tells. */
export function endOdds(upper: string): number {
  const end = lastChar(upper.trim());
  const row = end === undefined ? undefined : counts().rows.get(end);
  return row && row[2] >= minCuts ? ratio(row[2], row[0]) : 0;
}

/**
 * The part of cutOdds the lower line's first character tells: high where paragraphs seldom
 * open (…始建于明代: 始, 源, 方, 是, 后 go on a sentence more than they start one).
 */
export function startOdds(lower: string): number {
  const start = firstChar(lower.trim());
  const row = start === undefined ? undefined : counts().rows.get(start);
  return row && row[3] >= minCuts ? ratio(row[3], row[1]) : 0;
}

/** Log of how much likelier a count is among cuts than among breaks with no stop. */
function ratio(cutCount: number, breakCount: number): number {
  const [breaks, , cuts] = counts().total;
  return logRatio(cutCount, cuts, breakCount, breaks);
}

/** Fewest cuts a character must stand at for its counts to tell anything (as bench/para-cuts.ts keeps). */
const minCuts = 50;

// (columns: paragraph end, paragraph start, cut end, cut start)
const counts = charCountTable('para-cuts.txt');
