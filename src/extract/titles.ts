import { lexicon } from './lexicon.js';
import { isPunctuation } from './names.js';

/**
 * The titles printed before a name whose title word ends at `end`: the title runs back to
 * the start of its clause (a punctuation mark or a word such as 会见 / 由 / 的), so
 * "。巴基斯坦联邦教育与职业培训部国务部长瓦吉哈·卡马尔" gives the whole ministry title, and
 * "中共中央总书记、国家主席、中央军委主席习近平" gives three titles.
 */

/** Dates, times and openers that start a clause but are no part of a title. */
const opener =
  /^(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上|晚间|早上|中午|凌晨)?|当天|是日|近日|日前|今天|昨天|据悉|随后|此外|其中|会上|会后|活动中|同时)+/;
/** Conjunctions that are part of an organisation name (教育与职业培训部) unless what stands before them is complete. */
const conjunctions = new Set(['和', '与', '及', '以及']);
/** Longest title kept as printed; longer runs are clauses, not titles. */
const maxTitleLength = 30;

function clauseStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && !isPunctuation(text[start - 1])) start--;
  let cut = start;
  for (const match of text.slice(start, end).matchAll(lexicon.leftBoundaryRe)) {
    const at = start + (match.index ?? 0);
    const after = at + match[0].length;
    if (after >= end) continue;
    if (conjunctions.has(match[0])) {
      const before = text.slice(cut, at);
      const nameLike = before.length <= 4 && lexicon.surnames.has(before[0]);
      const complete =
        before === '' ||
        nameLike ||
        lexicon.placeSuffixEndRe.test(before) ||
        lexicon.orgSuffixEndRe.test(before);
      if (!complete) continue;
    }
    cut = after;
  }
  return cut;
}

function oneTitle(text: string, start: number, end: number): string | null {
  const title = text.slice(start, end).replace(opener, '');
  if (title.length < 2) return null;
  if (title.length > maxTitleLength) {
    const word = title.match(lexicon.titleEndRe)?.[0];
    return word ?? null;
  }
  return title;
}

/** The titles before a name starting at `end` (the end of a title word), first printed first. */
export function titlesBefore(text: string, end: number): string[] {
  const titles: string[] = [];
  let stop = end;
  for (;;) {
    const start = clauseStart(text, stop);
    const title = oneTitle(text, start, stop);
    if (!title || !lexicon.titleEndRe.test(title)) break;
    titles.unshift(title);
    // 中共中央总书记、国家主席、中央军委主席习近平: walk back over 、 while titles continue.
    if (start === 0 || text[start - 1] !== '、') break;
    stop = start - 1;
  }
  return titles;
}
