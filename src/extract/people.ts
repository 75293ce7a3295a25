import type { Article, Person } from '../model.js';
import {
  alternation,
  charTable,
  clauseTable,
  hanTable,
  inTable,
  itemTable,
  lexicon,
  spaceTable,
  WordScanner,
  wordEndingAt,
} from './lexicon.js';
import {
  cueAt,
  type Found,
  foreignNameAt,
  foreignNameStart,
  isPunctuationAt,
  knownPrefix,
  nameAt,
  nameBefore,
  normaliseDots,
  words,
} from './names.js';
import { titlesBefore } from './titles.js';

/** One piece of an article's text with the article it belongs to. */
export interface TextUnit {
  article: number;
  text: string;
  /** Kicker, title or subtitle: names may run together there. */
  head?: boolean;
}

/** 韩  岩摄, 制图：郭  祥: a two-character name printed with a space inside. */
const spacedName =
  /(?<=^|[\s\u3000（(：:、])([\u3400-\u9fff])[ \u3000]+([\u3400-\u9fff])(?=[ \u3000]*(?:摄|$|[ \u3000]|[）)]))/gu;

function closeSpacedNames(text: string): string {
  if (!/[ \u3000]/.test(text)) return text;
  return text.replace(spacedName, (whole, first: string, second: string) =>
    lexicon.surnames.has(first) ? first + second : whole,
  );
}

/** Every text of the articles where people are named: heads, paragraphs, captions, credits. */
export function textUnits(articles: Article[]): TextUnit[] {
  const units: TextUnit[] = [];
  articles.forEach((article, index) => {
    for (const text of [article.kicker, article.title, article.subtitle]) {
      if (text) units.push({ article: index, text: closeSpacedNames(text.normalize('NFKC')), head: true });
    }
    const texts: Array<string | null> = [...article.paragraphs];
    for (const photo of article.photos) texts.push(photo.caption, photo.credit);
    for (const text of texts)
      if (text) units.push({ article: index, text: closeSpacedNames(text.normalize('NFKC')) });
  });
  return units;
}

/** Names with the titles found for them, in order of first appearance. */
class Register {
  readonly titles = new Map<string, string[]>();
  add(name: string, titles: readonly string[] = []): void {
    const list = this.titles.get(name) ?? [];
    for (const title of titles) if (title && !list.includes(title)) list.push(title);
    this.titles.set(name, list);
  }
}

/** Words before which a clause-initial name may stand (由蔡焱主持, 和李洁, 小区的郑秋云说). */
const nameIntroducers = ['由', '和', '与', '同', '及', '陪同', '的', '以'];
/** 新华社记者 王三 李四摄, （参与记者：林海舟、唐一禾） — reporters named after a spaced or colon-separated role. */
const reporterRe =
  /(?<=^|[（(，,。；\s\u3000])([\u3400-\u9fff]{0,8}?(?:记者|通讯员|摄影|实习生))(?:[\s\u3000]+|[：:][\s\u3000]*)([\u3400-\u9fff·]{2,6}(?:[、\s\u3000]+[\u3400-\u9fff·]{2,6})*)/g;
/** 张三摄 / 王昊 孙昊摄影报道 at the end of a credit line. */
const photographerRe =
  /(?:^|[\s\u3000])((?:[\u3400-\u9fff·]{2,6}[\s\u3000]+)*[\u3400-\u9fff·]{2,6})[\s\u3000]*摄(?:影报道|影)?(?:[（(][^）)]*[）)])?[\s\u3000]*$/;
/** 图/高远 文/苏小棠 — slash credits of a picture story. */
const slashCreditRe =
  /(?:^|[\s\u3000])(?:图|文|摄影|摄|绘)\/[\s\u3000]*([\u3400-\u9fff·]{2,6})(?=[\s\u3000]|$)/g;
/** 制图：沈亦伶, 本期统筹：杨烁壁 — a credit line naming one person. */
const creditRe =
  /(?:^|[\s\u3000])(?:版式、制图|版式设计|制图|统筹|本期统筹|设计|编辑|整理|文字|图文|摄影)[：:][\s\u3000]*([\u3400-\u9fff·]{2,6})[\s\u3000]*$/;
/** （本报北京、罗马电  颜欢、韩硕） / （方若晴、邱定远）: reporters in brackets after a dateline or as a whole bracket. */
const bracketReportersRe =
  /(?:电[\s\u3000]*[（(]|[（(](?=[^）)]*[）)]\s*$)|电[\s\u3000]+)([\u3400-\u9fff·、\s\u3000]{2,60}?)[）)]/g;
/** 任命X、Y为Z / 补选X为Z / 免去X的Z职务: appointments name people and their posts. */
const appointmentRe =
  /(?:任命|补选|选举|增补|批准任命|决定任命|聘任|推选)([\u3400-\u9fff·（）()、]{2,120}?)为([^，,。；;]{2,40}?)(?=[，,。；;]|$)|免去([\u3400-\u9fff·]{2,8})的([^，,。；;]{2,60}?)职务/g;
/** （记者朱基钗）, （记者温可心、简一舟）: the reporters of a dateline. */
const bracketByline = /[（(]((?:本报|新华社|人民日报)?(?:特约)?记者)([\u3400-\u9fff、]{2,30})[）)]/g;
/** 同志 after a name marks it without giving a title (张富清同志). */
const comrade = '同志';
const postfixTitles = new WordScanner([{ words: lexicon.postfixTitles, tag: 0 }]);

const introducerEnds = charTable(nameIntroducers.map((word) => word[word.length - 1]));

function isClauseStart(text: string, at: number): boolean {
  if (at === 0 || isPunctuationAt(text, at - 1)) return true;
  if (introducerEnds[text.charCodeAt(at - 1)] !== 1) return false;
  return nameIntroducers.some((word) => text.startsWith(word, at - word.length));
}

const followerFirst = charTable(lexicon.followers.map((word) => word[0]));

function followerAt(text: string, at: number): string {
  if (!inTable(followerFirst, text, at)) return '';
  return text.slice(at, at + 6).match(lexicon.followerStartRe)?.[0] ?? '';
}

const openBracket = charTable('（(');
const closeBracket = charTable('）)');
const listJoiner = charTable('和与及');

/** The length of （女） / (女) at `at` (what /^[（(]女[）)]/ matches there), or 0. */
function femaleAt(text: string, at: number): number {
  return inTable(openBracket, text, at) && text[at + 1] === '女' && inTable(closeBracket, text, at + 2)
    ? 3
    : 0;
}

/** The list item at `at`: a whole 、-separated segment of 2–4 name-like characters, or a name. */
function listItem(text: string, at: number, known: ReadonlySet<string>): Found | null {
  const segment = text
    .slice(at)
    .match(/^[\u3400-\u9fff·]{2,16}?(?=(?:[（(]女[）)])?(?:、|[，,。；;）)]|$))/u)?.[0];
  // 、某国驻华大使马卡里: an item with its own title starts a new entry, not a list item.
  if (segment && lexicon.titleAnyRe.test(segment)) return null;
  if (
    segment &&
    (segment.includes('·')
      ? foreignNameAt(segment, 0) === segment
      : segment.length <= 4 && looksLikeName(segment))
  ) {
    return { name: normaliseDots(segment), cue: 3 };
  }
  return nameAt(text, at, known, 'clause');
}

/** A whole segment that could be a name: a surname start or transliteration only, not a word. */
function looksLikeName(segment: string): boolean {
  if (words.isOrdinaryWord(segment) || words.isCommonWord(segment) || !/^[\u3400-\u9fff]+$/u.test(segment))
    return false;
  const compound = lexicon.compoundSurnames.has(segment.slice(0, 2));
  const surname = compound || lexicon.surnames.has(segment[0]);
  const foreign = segment.length >= 3 && [...segment].every((char) => lexicon.transliteration.has(char));
  // 白玛赤林 but not 金砖国家: a four-character name holds no word after its surname.
  if (segment.length === 4 && !compound && !foreign) {
    for (let i = 1; i + 2 <= 4; i++) if (words.isWord(segment.slice(i, i + 2))) return false;
  }
  return surname || foreign;
}

/** The names of a 、-list starting at `at` (items may carry （女）), and where the list ends. */
function nameList(text: string, at: number, known: ReadonlySet<string>): { names: string[]; end: number } {
  const names: string[] = [];
  let end = at;
  for (;;) {
    const item = names.length === 0 ? nameAt(text, end, known, 'clause') : listItem(text, end, known);
    if (!item) break;
    names.push(item.name);
    end += item.name.length;
    end += femaleAt(text, end);
    // 洪一帆和石小溪双双打破: 和 joins the last name of a list.
    if (inTable(listJoiner, text, end)) {
      const last = nameAt(text, end + 1, known, 'clause');
      if (last && last.cue >= 2) {
        names.push(last.name);
        end += 1 + last.name.length;
      }
      break;
    }
    if (text[end] !== '、') break;
    end++;
  }
  if (text[end - 1] === '、') end--;
  return { names, end };
}

/** Titles and names after a title word or a description (村民) ending at `end`. */
function titledNames(
  text: string,
  end: number,
  word: string,
  known: ReadonlySet<string>,
  register: Register,
  titled: boolean,
): void {
  // 副委员长柯明远: 委员 ends inside a longer title, which is the one that counts.
  for (let ahead = 1; ahead <= 3; ahead++) {
    const longer = wordEndingAt(text, end + ahead, lexicon.titlesByLast);
    if (longer && end + ahead - longer.length < end) return;
  }
  // 领导人, 代表们, 队伍: the word is part of a longer word here.
  if (
    '人们的者'.includes(text[end] ?? '') ||
    (word.length === 1 && words.isWord(text.slice(end - 1, end + 1)))
  )
    return;
  const first = nameAt(text, end, known, titled ? 'title' : 'descriptor');
  if (!first) return;
  const reporter = /(?:记者|通讯员)$/.test(word);
  // 记者采访时表示: after 记者 only a name with a clear cue, not a guessed run.
  if (reporter && first.cue < 2) return;
  // A one-character description (队) needs a clear end: 江城海鸥队岑亮；
  if (!titled && (first.cue < 1 || (word.length === 1 && first.cue < 3))) return;
  const titles = titled ? titlesBefore(text, end, known) : [];
  register.add(first.name, titles);
  const next = end + first.name.length;
  if (text[next] === '、') {
    const list = nameListAfter(text, next + 1, known, reporter);
    for (const name of list) register.add(name, titles);
  }
}

/** Further names of a list after its first item: 县领导白晓梅、汤立新. Reporters' lists are
 * read leniently: every item with a surname is a name (记者孙超、江南、姚雪青). */
function nameListAfter(text: string, at: number, known: ReadonlySet<string>, lenient = false): string[] {
  const names: string[] = [];
  let end = at;
  for (;;) {
    const segment = text.slice(end).match(/^[\u3400-\u9fff]{2,4}?(?=、|[，,。；;）)]|报道|整理|$)/u)?.[0];
    const item =
      lenient && segment && lexicon.surnames.has(segment[0])
        ? { name: segment, cue: 3 }
        : listItem(text, end, known);
    if (!item) break;
    names.push(item.name);
    end += item.name.length;
    end += femaleAt(text, end);
    if (text[end] !== '、') break;
    end++;
  }
  return names;
}

/** Runs of three or more 、-separated items of 2–12 characters, found without a backtracking
 * regular expression: split at other punctuation first. */
function* listRuns(text: string): Generator<{ 0: string; index: number }> {
  const first = text.indexOf('、');
  if (first < 0 || text.indexOf('、', first + 1) < 0) return;
  // The clauses (maximal runs of clauseChar) that hold a 、, found from each 、 outwards.
  for (let at = first; at >= 0; ) {
    let start = at;
    while (start > 0 && clauseChar[text.charCodeAt(start - 1)] === 1) start--;
    let end = at + 1;
    while (end < text.length && clauseChar[text.charCodeAt(end)] === 1) end++;
    const second = text.indexOf('、', at + 1);
    if (second >= 0 && second < end) yield* listsIn(text, start, end);
    at = text.indexOf('、', end);
  }
}

/** A character of a list item: Han or ·. */
const itemChar = itemTable;

/** How many item characters stand from `at` on (before `end`). */
function itemRun(text: string, at: number, end: number): number {
  let run = 0;
  while (at + run < end && itemChar[text.charCodeAt(at + run)] === 1) run++;
  return run;
}

/** The matches of /[\u3400-\u9fff·]{2,12}(?:、[\u3400-\u9fff·]{2,12}){2,}/gu in text.slice(start, end),
 * found without backtracking: a match starts where a run of 2–12 item characters is followed by
 * 、, and goes on over each further 、 and run of at least 2 (its first 12 when longer). */
export function* listsIn(text: string, start: number, end: number): Generator<{ 0: string; index: number }> {
  let from = start;
  for (let at = from; at < end; at++) {
    const first = itemRun(text, at, end);
    if (first < 2 || first > 12) continue;
    let close = at + first;
    let items = 0;
    while (close < end && text.charCodeAt(close) === listMark) {
      const run = itemRun(text, close + 1, end);
      if (run < 2) break;
      close += 1 + Math.min(run, 12);
      items++;
      if (run > 12) break;
    }
    if (items < 2) continue;
    yield { 0: text.slice(at, close), index: at };
    from = close;
    at = close - 1;
  }
}

/** A clause: a run without punctuation other than 、 (clauseRe of lexicon.ts). */
const clauseChar = clauseTable;

const hanChar = hanTable;
const pairCloser = charTable('，,。；;：:等');

/** The matches of /(?<=[\u3400-\u9fff])([\u3400-\u9fff]{3})、([\u3400-\u9fff]{3})(?=[，,。；;：:]|等)/gu,
 * found from each 、 (a Han character before, three on each side, a closing mark after). */
export function namePairs(text: string): Array<{ index: number; first: string; second: string }> {
  const pairs: Array<{ index: number; first: string; second: string }> = [];
  let lastEnd = 0;
  for (let mark = text.indexOf('、'); mark >= 0; mark = text.indexOf('、', mark + 1)) {
    const index = mark - 3;
    if (index < 1 || index < lastEnd || pairCloser[text.charCodeAt(mark + 4)] !== 1) continue;
    let han = true;
    for (let at = index - 1; at <= mark + 3 && han; at++)
      if (at !== mark && hanChar[text.charCodeAt(at)] !== 1) han = false;
    if (!han) continue;
    pairs.push({ index, first: text.slice(index, mark), second: text.slice(mark + 1, mark + 4) });
    lastEnd = mark + 4;
  }
  return pairs;
}

/** Plain 、-lists of three or more names: 岳东林、谷南川、石远山等, 庄一鸣、吕青山、尚可凡;
 * and pairs of three-character names closed by punctuation: 从岳东林、谷南川，到…. */
function bareLists(text: string, known: ReadonlySet<string>, register: Register): void {
  if (!text.includes('、')) return;
  for (const { index, first, second } of namePairs(text)) {
    if (looksLikeName(first) && looksLikeName(second) && !words.isWordAt(text, index - 1)) {
      register.add(first);
      register.add(second);
    }
  }
  for (const match of listRuns(text)) {
    const items = match[0].split('、');
    const isName = (item: string): boolean =>
      known.has(item) ||
      (item.includes('·') ? foreignNameAt(item, 0) === item : item.length <= 4 && looksLikeName(item));
    const middle = items.slice(1, -1).filter(isName);
    // Most middle items must read as names (a list of players may hold 明天, a name and a word),
    // and not all be two characters (金塘、柏岭、石坝 are places).
    if (middle.length * 3 < (items.length - 2) * 2 || middle.length === 0) continue;
    const allShort = !middle.some((item) => item.length >= 3 || known.has(item));
    if (allShort && !middle.every((item) => lexicon.surnames.has(item[0]) && !words.isWord(item))) continue;
    // The first item may carry what stands before it (江城海鸥队庄一鸣): its tail is the name.
    const head = items[0];
    const first = [head.slice(-3), head.slice(-2)].find(
      (tail) => tail.length >= 2 && (known.has(tail) || looksLikeName(tail)) && !words.isOrdinaryWord(tail),
    );
    const lastStart = match.index + match[0].length - items[items.length - 1].length;
    const last = listItem(text, lastStart, known) ?? nameAt(text, lastStart, known, 'clause');
    for (const item of middle) register.add(normaliseDots(item));
    if (first && (head.length === first.length || !looksLikeName(head.slice(-4)) || first.length === 3)) {
      register.add(first);
    }
    if (last) register.add(last.name);
  }
}

const knownScanners = new WeakMap<ReadonlySet<string>, NameScanner>();

/** Finds the known names in a text (what `new RegExp(alternation([...known]), 'g')` finds),
 * built once per set of known names. */
function knownScanner(known: ReadonlySet<string>): NameScanner {
  let scanner = knownScanners.get(known);
  if (!scanner) {
    scanner = nameScanner([...known]);
    knownScanners.set(known, scanner);
  }
  return scanner;
}

type NameScanner = (text: string, from: number, after?: number) => { index: number; end: number } | null;

/** A scanner over names; the regular expression it stands for where a name is empty (never
 * expected, but an empty alternative matches everywhere and the scanner does not model that). */
function nameScanner(names: string[]): NameScanner {
  if (!names.includes('')) {
    const scanner = new WordScanner([{ words: names, tag: 0 }]);
    return (text, from, after) => scanner.find(text, from, after);
  }
  const source = alternation(names);
  return (text, from, after) => {
    const re = new RegExp(after === undefined ? source : `(?:${source})${String.fromCharCode(after)}`, 'g');
    re.lastIndex = from;
    const match = re.exec(text);
    return match ? { index: match.index, end: match.index + match[0].length } : null;
  };
}

const listMark = '、'.charCodeAt(0);

/** People named in one unit, by the position rules (title, list, verb, byline). */
function scanUnit(text: string, known: ReadonlySet<string>, register: Register): void {
  // Title + name (+ 、name …): 县领导白晓梅、汤立新; description + name: 村民颂苯说 (the
  // description is not a title). Words are found by where they end, the longest first.
  // The same pass notes which characters occur (features) and where a clause-initial name may
  // start (a name start at a clause start): both depend on the text alone.
  let has = 0;
  const starts: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    has |= featureTable[code];
    if (lexicon.nameStart[code] === 1 && isClauseStart(text, at)) starts.push(at);
    const end = at + 1;
    if (end >= text.length || lexicon.titleLast[code] === 0) continue;
    const title = wordEndingAt(text, end, lexicon.titlesByLast);
    if (title) titledNames(text, end, title, known, register, true);
    const description = wordEndingAt(text, end, lexicon.descriptorsByLast);
    if (description && description.length >= title.length)
      titledNames(text, end, description, known, register, false);
  }
  // ·-names anywhere: 伊莎贝尔·莫顿.
  if (has & Feature.Dot)
    for (const match of text.matchAll(/[·•・‧]/g)) {
      const start = foreignNameStart(text, match.index ?? 0);
      const name = start < (match.index ?? 0) ? foreignNameAt(text, start, known) : null;
      if (name) register.add(normaliseDots(name));
    }
  // Clause-initial names (or 、-lists of them) before a verb: 白晓梅、葛文清代表双方签署.
  let skipTo = 0;
  for (const at of starts) {
    if (at < skipTo) continue;
    const list = nameList(text, at, known);
    if (list.names.length === 0) continue;
    const follower = followerAt(text, list.end);
    const known1 = list.names.length === 1 && known.has(list.names[0]);
    // 小区的郑秋云说, 传单的万青松。: after 的, a name closed by punctuation or a verb.
    const single = list.names[0];
    const afterOf =
      text[at - 1] === '的' &&
      list.names.length === 1 &&
      (follower.length > 1 ||
        list.end >= text.length ||
        isPunctuationAt(text, list.end) ||
        (single.length === 3 && /^[说称]/.test(follower))) &&
      !/[上下里中外内前后边间时处]$/.test(single) &&
      !lexicon.placeSuffixEndRe.test(single) &&
      !words.isWord(single.slice(1, 3));
    if (
      ((follower.length > 1 || (follower && (known1 || list.names.length > 1))) && text[list.end] !== '、') ||
      afterOf
    ) {
      for (const name of list.names) register.add(name);
    }
    skipTo = list.end;
  }
  bareLists(text, known, register);
  // A 、-list that holds a known name holds names: 拥有钟小禾、闻人若水等名将.
  const listed = known.size > 0 && has & Feature.ListMark ? knownScanner(known) : null;
  if (listed) {
    // Each known name followed by 、 (the regular expression (?:known…)、 with g).
    for (let match = listed(text, 0, listMark); match; match = listed(text, match.end, listMark)) {
      for (const other of nameListAfter(text, match.end, known)) register.add(other);
    }
  }
  if (has & Feature.Appointment && has & Feature.Post && appointmentWords.test(text))
    scanAppointments(text, known, register);
  if (has & Feature.Ji && text.includes('记者')) {
    for (const match of text.matchAll(bracketByline)) {
      const items = match[2].split('、');
      if (items.every((item) => item.length >= 2 && item.length <= 4 && !words.isCommonWord(item))) {
        for (const item of items) register.add(item, [match[1]]);
      }
    }
  }
  if (has & Feature.Reporter && reporterWords.test(text)) scanReporters(text, register);
  if (has & Feature.She) {
    const photo = text.match(photographerRe);
    if (photo) {
      for (const item of photo[1].split(/[\s\u3000]+/)) {
        const nameLength = item.length >= 2 && item.length <= 4;
        if ((nameLength && looksLikeName(item)) || foreignNameAt(item, 0) === item) register.add(item);
      }
    }
  }
  if (has & Feature.Slash) {
    for (const match of text.matchAll(slashCreditRe)) {
      if (looksLikeName(match[1]) || foreignNameAt(match[1], 0) === match[1]) register.add(match[1]);
    }
  }
  // creditRe ends in a name (and spaces): only a text ending in a Han character or · can match.
  if (has & Feature.Colon && endsInNameChar(text)) {
    const credit = text.match(creditRe);
    if (credit && (looksLikeName(credit[1]) || credit[1].includes('·'))) register.add(credit[1]);
  }
  if (has & Feature.Bracket && has & Feature.Close) {
    for (const match of text.matchAll(bracketReportersRe)) {
      const items = match[1].trim().split(/[、\s\u3000]+/);
      if (items.every((item) => item.length >= 2 && item.length <= 4 && looksLikeName(item))) {
        for (const item of items) register.add(item);
      }
    }
  }
}

const appointmentWords = /任命|补选|选举|增补|聘任|推选|免去/;
const reporterWords = /记者|通讯员|摄影|实习生/;

/** Characters whose presence lets a rule of scanUnit run at all: one pass over the text
 * instead of a search per rule. Each test stays behind its flag, so the answers are the same. */
enum Feature {
  Dot = 1,
  ListMark = 2,
  /** A first character of appointmentWords. */
  Appointment = 4,
  /** 记 (of 记者). */
  Ji = 8,
  /** A first character of reporterWords. */
  Reporter = 16,
  She = 32,
  Slash = 64,
  Colon = 128,
  /** 电, （ or (. */
  Bracket = 256,
  /** ） or ): bracketReportersRe ends with one. */
  Close = 512,
  /** 为 or 职 (of 职务): appointmentRe needs one. */
  Post = 1024,
}
const featureTable = (() => {
  const table = new Uint16Array(0x10000);
  const mark = (chars: string, feature: Feature): void => {
    for (const char of chars) table[char.charCodeAt(0)] |= feature;
  };
  mark('·•・‧', Feature.Dot);
  mark('、', Feature.ListMark);
  mark('任补选增聘推免', Feature.Appointment);
  mark('记', Feature.Ji);
  mark('记通摄实', Feature.Reporter);
  mark('摄', Feature.She);
  mark('/', Feature.Slash);
  mark('：:', Feature.Colon);
  mark('电（(', Feature.Bracket);
  mark('）)', Feature.Close);
  mark('为职', Feature.Post);
  return table;
})();

/** [\s\u3000]: \s holds U+3000. */
const spaceChar = spaceTable;

/** Does the text end, before any trailing spaces, in a character of a name (Han or ·)? */
function endsInNameChar(text: string): boolean {
  let last = text.length - 1;
  while (last >= 0 && spaceChar[text.charCodeAt(last)] === 1) last--;
  return last >= 0 && itemChar[text.charCodeAt(last)] === 1;
}

/** 任命X、Y为Z, 免去X的Z职务. */
function scanAppointments(text: string, known: ReadonlySet<string>, register: Register): void {
  for (const match of text.matchAll(appointmentRe)) {
    const names = match[1] ?? match[3];
    const posts = (match[2] ?? match[4]).split('、').filter((post) => lexicon.titleEndRe.test(post));
    for (const item of names.split('、')) {
      const name = item.replace(/[（(]女[）)]$/, '');
      if (name.includes('·') || (name.length <= 4 && looksLikeName(name)) || known.has(name))
        register.add(name, posts);
    }
  }
}

/** 新华社记者 王三 李四摄, （参与记者：林海舟、唐一禾）. */
function scanReporters(text: string, register: Register): void {
  for (const match of text.matchAll(reporterRe)) {
    const title = match[1].replace(/^(?:综合|参与)/, '');
    for (const raw of match[2].split(/[、\s\u3000]+/)) {
      const item = raw.replace(/(?:摄影报道|摄|报道|整理)$/, '');
      const surname = lexicon.surnames.has(item[0]) || lexicon.compoundSurnames.has(item.slice(0, 2));
      if (item.length < 2 || item.length > 4 || !(surname || item.includes('·'))) break;
      register.add(item, [title]);
    }
  }
}

/**
 * Whether knowing the page's names can change how a unit reads: a headline (names run
 * together), a known name in a 、-list or run on into other characters, or a first-round
 * name that holds a known one (李铁曾 and 李铁).
 */
function needsSecondRound(
  unit: TextUnit,
  found: Register,
  known: ReadonlySet<string>,
  mention: NameScanner,
): boolean {
  if (unit.head) return true;
  for (const name of found.titles.keys()) if (knownPrefix(name, known)) return true;
  const text = unit.text;
  for (let match = mention(text, 0); match; match = mention(text, match.end)) {
    const start = match.index;
    const end = match.end;
    if (text[start - 1] === '、' || text[end] === '、') return true;
    if (inTable(lexicon.nameStart, text, end) && cueAt(text, end, known) < 2) return true;
  }
  return false;
}

/** Reporters, correspondents and photographers from the structured byline and photo credits. */
function scanBylines(article: Article, register: Register): void {
  const source = article.byline?.source ?? '';
  for (const name of article.byline?.reporters ?? []) register.add(name, [`${source}记者`]);
  // a correspondent may be an intern (实习生 X): the marker nearest before the name says which
  const bylineText = (article.byline?.text ?? '').normalize('NFKC').replace(/\s/g, '');
  for (const name of article.byline?.correspondents ?? []) {
    const before = bylineText.slice(0, Math.max(0, bylineText.indexOf(name)));
    const intern = before.lastIndexOf('实习生') > before.lastIndexOf('通讯员');
    register.add(name, [`${source}${intern ? '实习生' : '通讯员'}`]);
  }
  for (const photo of article.photos) {
    for (const name of photo.photographers) {
      const credit = (photo.credit ?? '').normalize('NFKC');
      const before = credit.slice(0, credit.indexOf(name)).trim();
      register.add(name, /(?:记者|通讯员|摄影)$/.test(before) ? [before] : []);
    }
  }
}

/**
 * People of the page: found by position in two rounds (the second knows every name of the
 * first, so names run together in a headline split), then every mention of a known name
 * counted, and postfix titles (习近平总书记) added.
 */
export function findPeople(articles: Article[], units: TextUnit[]): Person[] {
  // Round one reads every unit; round two rereads, knowing every name of round one, the units
  // where that can change the reading (needsSecondRound).
  const none: ReadonlySet<string> = new Set();
  const bylines = new Register();
  for (const article of articles) scanBylines(article, bylines);
  const perUnit = units.map((unit) => {
    const found = new Register();
    scanUnit(unit.text, none, found);
    return found;
  });
  const firstRound = new Set(bylines.titles.keys());
  for (const found of perUnit) for (const name of found.titles.keys()) firstRound.add(name);
  // 伊莎贝尔·莫顿孔德平 read from a headline is two known names run together: drop it.
  const firstNames = [...firstRound];
  const known: ReadonlySet<string> = new Set(
    firstNames.filter(
      (name) =>
        !firstNames.some(
          (head) => head !== name && name.startsWith(head) && firstRound.has(name.slice(head.length)),
        ),
    ),
  );
  if (known.size > 0) {
    const mention = knownScanner(known);
    units.forEach((unit, index) => {
      if (!needsSecondRound(unit, perUnit[index], known, mention)) return;
      const found = new Register();
      scanUnit(unit.text, known, found);
      perUnit[index] = found;
    });
  }
  const register = new Register();
  for (const [name, titles] of bylines.titles) register.add(name, titles);
  for (const found of perUnit) for (const [name, titles] of found.titles) register.add(name, titles);
  for (const unit of units) {
    // The matches of lexicon.postfixTitleRe.
    for (
      let match = postfixTitles.find(unit.text, 0);
      match;
      match = postfixTitles.find(unit.text, match.end)
    ) {
      const after = match.end;
      // 某国总理伊万·彼得罗夫: a title followed by a name stands before it, not after a name.
      const next = nameAt(unit.text, after, known, 'title');
      if (next && next.cue >= 1) continue;
      const name = nameBefore(unit.text, match.index, known);
      if (name) register.add(name, [match.word]);
    }
    for (let at = unit.text.indexOf(comrade); at >= 0; at = unit.text.indexOf(comrade, at + comrade.length)) {
      const name = nameBefore(unit.text, at, known);
      // 有关负责同志: the name must begin a clause.
      if (name && name.length >= 3 && (known.has(name) || isClauseStart(unit.text, at - name.length)))
        register.add(name);
    }
  }
  const names = [...register.titles.keys()];
  const articlesOf = new Map<string, Set<number>>(names.map((name) => [name, new Set()]));
  if (names.length > 0) {
    const mention = nameScanner(names);
    for (const { text, article } of units) {
      for (let match = mention(text, 0); match; match = mention(text, match.end))
        articlesOf.get(text.slice(match.index, match.end))?.add(article);
    }
  }
  articles.forEach((article, index) => {
    for (const name of [...(article.byline?.reporters ?? []), ...(article.byline?.correspondents ?? [])]) {
      articlesOf.get(name)?.add(index);
    }
    for (const photo of article.photos)
      for (const name of photo.photographers) articlesOf.get(name)?.add(index);
  });
  return names.map((name) => ({
    name,
    titles: register.titles.get(name) ?? [],
    articles: [...(articlesOf.get(name) ?? [])].sort((a, b) => a - b),
  }));
}
