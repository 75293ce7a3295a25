import { lexicon } from './lexicon.js';
import { isPunctuation } from './names.js';
import { tagText } from './tagger.js';

/**
 * The titles printed before a name whose title word ends at `end`: the title runs back to
 * the start of its clause (a punctuation mark or a word such as 会见 / 由 / 的), so
 * "。某国联邦教育与职业培训部副部长伊莎贝尔·莫顿" gives the whole ministry title, and
 * "市委书记、市人大常委会主任、市警备区党委第一书记孟海川" gives three titles. A long run is cut with
 * jieba to its trailing nouns (每天都会接到东山区…副局长 → 惠山区…副局长).
 */

/** Dates, times and openers that start a clause but are no part of a title. */
const opener =
  /^(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上|晚间|早上|中午|凌晨)?|当天|是日|近日|日前|今天|昨天|据悉|据|随后|此外|其中|会上|会后|活动中|同时|综合|时任|对)+/;
/** Conjunctions that are part of an organisation name (教育与职业培训部) unless what stands before them is complete. */
const conjunctions = new Set(['和', '与', '及', '以及']);
/** Longest title kept as printed; longer runs are clauses, not titles. */
const maxTitleLength = 30;
/** Runs at least this long are trimmed with jieba. */
const trimFrom = 8;
const openers = '（(《';
const closers = '）)》';

/** Start of the clause ending at `end`, stepping over short brackets: 玖龙纸业（控股）有限公司. */
function punctuationStart(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const char = text[start - 1];
    const close = closers.indexOf(char);
    if (close >= 0) {
      const open = text.lastIndexOf(openers[close], start - 1);
      const inside = open > 0 && /[\u3400-\u9fff]/.test(text[open - 1]);
      if (inside && start - open <= 16 && !/[，,。；;]/.test(text.slice(open, start))) {
        start = open;
        continue;
      }
    }
    if (isPunctuation(char)) break;
    start--;
  }
  return start;
}

function clauseStart(text: string, end: number, known: ReadonlySet<string>): number {
  const start = punctuationStart(text, end);
  let cut = start;
  for (const match of text.slice(start, end).matchAll(lexicon.leftBoundaryRe)) {
    const at = start + (match.index ?? 0);
    const after = at + match[0].length;
    if (after >= end || at < cut) continue;
    if (conjunctions.has(match[0])) {
      const before = text.slice(cut, at);
      // 张三与…, 常务副区长田卫东与…: what stands before is a name, or a title and a name.
      const nameLike =
        (before.length <= 4 && lexicon.surnames.has(before[0])) ||
        [2, 3].some(
          (n) => lexicon.surnames.has(before.at(-n) ?? '') && lexicon.titleEndRe.test(before.slice(0, -n)),
        );
      // 某国议长拉斐尔和总统: a name ends what stands before the conjunction.
      const afterName = [...known].some((name) => before.endsWith(name));
      const complete =
        before === '' ||
        nameLike ||
        afterName ||
        lexicon.placeSuffixEndRe.test(before) ||
        lexicon.orgSuffixEndRe.test(before);
      if (!complete) continue;
    }
    cut = after;
  }
  return cut;
}

/** Tags that end a title on the left: adverbs, prepositions, conjunctions, particles, pronouns,
 * time words. Not verbs: jieba tags parts of names as verbs (促进协会, 世园会). */
const stopTag = /^(?:d|p|c|u|r|y|e|o|t|ad)$/;
/** Words inside titles that jieba tags as verbs or conjunctions: 驻华大使, 国务委员兼外长. */
const titleWords = new Set(['驻', '兼', '暨', '副', '常务', '代', '执行', '主管', '分管', '派驻']);

const trimmed = new Map<string, string>();
const maxCached = 20000;

/** The trailing part of a long run that is still a title: it stops at an adverb, preposition
 * or pronoun (每天都会接到…), keeps brackets whole and 与 / 和 inside an organisation name.
 * Results are cached: the same runs recur on every page of a paper. */
function trailingNouns(title: string): string {
  let result = trimmed.get(title);
  if (result === undefined) {
    result = tagTrailingNouns(title);
    if (trimmed.size >= maxCached) trimmed.clear();
    trimmed.set(title, result);
  }
  return result;
}

function tagTrailingNouns(title: string): string {
  const tokens = tagText(title);
  let start = tokens.length;
  let depth = 0;
  /** The words of tokens[start…], joined: grown by one word a step, not joined again each step. */
  let kept = '';
  while (start > 0) {
    const { word, tag } = tokens[start - 1];
    if (/[)）》]/.test(word)) depth++;
    if (/[(（《]/.test(word)) depth--;
    const bridge = (word === '与' || word === '和' || word === '及') && /[部委局厅院会司署办]/.test(kept);
    const stop = stopTag.test(tag) && !titleWords.has(word) && !bridge && !lexicon.titleEndRe.test(word);
    if (depth <= 0 && stop) break;
    kept = word + kept;
    start--;
  }
  return kept;
}

/** The noun phrase ending at `end`, from the start of its clause (titles and organisations). */
export function phraseBefore(
  text: string,
  end: number,
  known: ReadonlySet<string> = new Set(),
): string | null {
  return oneTitle(text, clauseStart(text, end, known), end)?.title ?? null;
}

function oneTitle(text: string, start: number, end: number): { title: string; whole: boolean } | null {
  const raw = text.slice(start, end).replace(opener, '');
  let title = raw;
  if (title.length >= trimFrom) title = trailingNouns(title).replace(opener, '');
  if (title.length < 2) return null;
  if (title.length > maxTitleLength) {
    const word = title.match(lexicon.titleEndRe)?.[0];
    return word ? { title: word, whole: false } : null;
  }
  return { title, whole: title === raw };
}

/** The titles before a name starting at `end` (the end of a title word), first printed first. */
export function titlesBefore(text: string, end: number, known: ReadonlySet<string> = new Set()): string[] {
  const titles: string[] = [];
  let stop = end;
  for (;;) {
    const start = clauseStart(text, stop, known);
    const found = oneTitle(text, start, stop);
    if (!found || !lexicon.titleEndRe.test(found.title)) break;
    titles.unshift(found.title);
    // 市委书记、市人大常委会主任、市警备区党委第一书记孟海川: walk back over 、 while whole titles continue.
    if (!found.whole || start === 0 || text[start - 1] !== '、') break;
    stop = start - 1;
  }
  return titles;
}
