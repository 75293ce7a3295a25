import type { Article, Block, Jump, Photo } from '../model.js';
import { charCount, charsOver } from '../segment/chars.js';
import {
  creditRules,
  datelineParts,
  datelinePrefix,
  fold,
  jumpRules,
  openEnd,
  paragraphOpener,
  reporterParen,
  runsOnStart,
  sentenceEnd,
  signOff,
} from '../segment/patterns.js';
import { charsAcross, wordAcross } from '../segment/words.js';
import { parseStandaloneByline, splitLeadingByline, splitNames } from './byline.js';
import { cutOdds, startOdds } from './cut-odds.js';

/**
 * Blocks → articles. A kicker or title block opens an article; paragraph pieces are joined
 * across column cuts and across the captions and credits set inside them; bylines, photos
 * and jump lines become fields of their article.
 */
export function assemble(blocks: Block[]): Article[] {
  const articles: Article[] = [];
  const separator = paragraphSeparator(blocks);
  let current: Draft | undefined;
  let inHeads = false;
  for (const block of blocks) {
    const isHead = block.role === 'kicker' || block.role === 'title' || block.role === 'subtitle';
    if (isHead && (!inHeads || block.data?.opensArticle)) {
      if (current) articles.push(finish(current, separator));
      current = newDraft(block);
    }
    inHeads = isHead;
    if (!current) current = newDraft(block);
    add(current, block);
  }
  if (current) articles.push(finish(current, separator));
  return articles.filter((a) => a.title || a.paragraphs.length || a.photos.length);
}

/** fold(block.text): segment gives it with the block where it has it (a line as read). */
function foldOf(block: Block): string {
  const folded = block.data?.folded;
  return typeof folded === 'string' ? folded : fold(block.text);
}

/** How a page parts its paragraphs: by a blank line, by a bare line break, or it does not tell. */
type Separator = 'blank' | 'newline' | undefined;

/**
 * How the page parts paragraphs, from the pieces that follow a finished sentence: nearly all
 * stand after a blank line (blank), or nearly none do (newline). On the first a piece that
 * follows with no blank line goes on the paragraph before, on the second a piece after a blank
 * line does: a column cut where a sentence happened to end, the blank line the column's end.
 */
function paragraphSeparator(blocks: Block[]): Separator {
  let after = 0;
  let blank = 0;
  for (let k = 1; k < blocks.length; k++) {
    const [a, b] = [blocks[k - 1], blocks[k]];
    if (a.role !== 'paragraph' || b.role !== 'paragraph' || a.data?.closed) continue;
    if (!sentenceEnd.test(foldOf(a).trim())) continue;
    after++;
    if (b.data?.gapBefore) blank++;
  }
  if (after < 8) return undefined;
  if (blank >= after * 0.8) return 'blank';
  return blank <= after * 0.2 ? 'newline' : undefined;
}

interface Piece {
  text: string;
  /** fold(text).trim(), made once: the joining checks test it many times. */
  folded: string;
  /** Hard-wrapped lines (pdftotext); with closed false its last line fills the column. */
  wrapped: boolean;
  /** A blank line stands before the piece. */
  gapBefore: boolean;
  joinPrev: boolean;
  indent: boolean;
  ends: boolean;
  closed: boolean;
  subhead: boolean;
  /** A paragraph of its own whatever stands around it: a part's byline inside a body. */
  standalone: boolean;
  /** A photo's caption or credit stands between this piece and the one before. */
  afterPhoto: boolean;
}

interface Draft {
  kicker: string[];
  title: string[];
  subtitle: string[];
  byline: Article['byline'];
  pieces: Piece[];
  photos: Photo[];
  pendingCaption: string | null;
  continuedTo: Jump | null;
  continuedFrom: Jump | null;
  start: number;
  end: number;
  lines: number[];
  lastRole?: Block['role'];
  /** A caption or credit came since the last text piece. */
  photoSincePiece: boolean;
  /** A caption was told apart by its type size: the page shows picture and text apart. */
  captionBySize: boolean;
}

function newDraft(block: Block): Draft {
  return {
    kicker: [],
    title: [],
    subtitle: [],
    byline: null,
    pieces: [],
    photos: [],
    pendingCaption: null,
    continuedTo: null,
    continuedFrom: null,
    start: block.position.start,
    end: block.position.end,
    lines: [],
    photoSincePiece: false,
    captionBySize: false,
  };
}

function add(d: Draft, block: Block): void {
  d.end = Math.max(d.end, block.position.end);
  for (let l = block.position.start; l <= block.position.end; l++) d.lines.push(l);
  const data = block.data ?? {};
  switch (block.role) {
    case 'kicker':
      pushHead(d.kicker, block);
      break;
    case 'title':
      pushHead(d.title, block);
      break;
    case 'subtitle':
      pushHead(d.subtitle, block);
      break;
    case 'byline':
      if (!d.byline && !d.pieces.length) d.byline = parseStandaloneByline(block.text);
      else d.pieces.push({ ...piece(d, block, false), standalone: true });
      break;
    case 'caption': {
      d.photoSincePiece = true;
      if (data.bySize) d.captionBySize = true;
      // a caption wrapped onto several lines arrives as several caption blocks; a caption
      // right after a credit (set above its caption) belongs to that credit's photo
      const lastPhoto = d.photos[d.photos.length - 1];
      if (d.pendingCaption !== null && d.lastRole === 'caption')
        d.pendingCaption = joinText(d.pendingCaption, block.text);
      else if (d.lastRole === 'credit' && lastPhoto?.caption === null) lastPhoto.caption = block.text;
      else {
        flushCaption(d);
        d.pendingCaption = block.text;
      }
      break;
    }
    case 'credit':
      d.photoSincePiece = true;
      d.photos.push(photo(d.pendingCaption, block.text));
      d.pendingCaption = null;
      break;
    case 'jump': {
      const jump = parseJump(block.text);
      if (jump?.direction === 'to') d.continuedTo = { page: jump.page, marker: block.text };
      else if (jump) d.continuedFrom = { page: jump.page, marker: block.text };
      break;
    }
    case 'running-head':
      break;
    default:
      d.pieces.push(piece(d, block, block.role === 'subhead'));
      void data;
  }
  d.lastRole = block.role;
}

function piece(d: Draft, block: Block, subhead: boolean): Piece {
  const data = block.data ?? {};
  const afterPhoto = d.photoSincePiece;
  d.photoSincePiece = false;
  return {
    afterPhoto,
    text: block.text,
    folded: foldOf(block).trim(),
    gapBefore: Boolean(data.gapBefore),
    wrapped: Boolean(data.wrapped),
    indent: Boolean(data.indent),
    ends: Boolean(data.ends),
    closed: Boolean(data.closed),
    joinPrev: Boolean(data.joinPrev),
    subhead,
    standalone: false,
  };
}

function flushCaption(d: Draft): void {
  if (d.pendingCaption !== null)
    d.photos.push({ caption: d.pendingCaption, credit: null, photographers: [] });
  d.pendingCaption = null;
}

/** Most text a picture story carries: a caption's worth, a few sentences. */
const pictureStoryChars = 400;

/**
 * A picture story: a short text closed by its photo's credit. Its text, the part set as a
 * caption too, is the article's body (CONTRACT: a picture story standing alone is an article
 * whose body is its caption); the photo keeps the credit.
 */
function tellAsPictureStory(d: Draft): void {
  const [only] = d.photos;
  // the photo closes the article: its credit last, or its caption under a credit set above it
  const photoLast = d.lastRole === 'credit' || d.lastRole === 'caption';
  if (d.photos.length !== 1 || !photoLast || !only.caption || !only.credit || d.captionBySize) return;
  // a reported article (a byline or dateline opens it) that ends on a photo is no picture story
  if (d.byline || d.pieces.some((p) => p.subhead) || datelinePrefix.test(fold(d.pieces[0]?.text ?? '')))
    return;
  const chars = d.pieces.reduce((n, p) => n + p.text.length, only.caption.length);
  if (chars > pictureStoryChars) return;
  const text = only.caption;
  const folded = fold(text).trim();
  d.pieces.push({
    text,
    folded,
    gapBefore: true,
    wrapped: false,
    joinPrev: false,
    indent: false,
    ends: sentenceEnd.test(folded),
    closed: false,
    subhead: false,
    // (a caption that opens with 图为 after a finished sentence is a paragraph of its own)
    standalone: /^图为/.test(folded) && sentenceEnd.test(d.pieces.at(-1)?.folded ?? ''),
    afterPhoto: false,
  });
  only.caption = null;
}

function photo(caption: string | null, credit: string): Photo {
  return { caption, credit, photographers: photographers(credit) };
}

/** Names out of a photo credit: 渝西都市报记者 袁卿予 摄 → [袁卿予]; 图/X 文/Y → [X]. */
export function photographers(credit: string): string[] {
  const f = fold(credit).trim();
  for (const text of [f, f.replace(/^\((.*)\)$/, '$1')]) {
    for (const rule of creditRules) {
      const m = rule.pattern.exec(text);
      if (m?.[1]) return splitNames(m[1].replace(/^.*?(?:记者|通讯员|摄影)/, ''));
    }
  }
  return [];
}

const chineseDigits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 4 → 4, 四 → 4, 十二 → 12, 二十 → 20. */
export function pageNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else digit = chineseDigits[ch] ?? 0;
  }
  return total + digit;
}

function parseJump(text: string): { direction: 'to' | 'from'; page: number } | null {
  const f = fold(text).trim();
  const to = jumpRules[0].pattern.exec(f);
  if (to) return { direction: 'to', page: pageNumber(to[1].replace(/^[A-H]\s?/, '')) };
  const from = jumpRules[1].pattern.exec(f);
  if (from) return { direction: 'from', page: pageNumber(from[1].replace(/^[A-H]\s?/, '')) };
  return null;
}

/** Far less text than a newspaper column holds. */
const lessThanColumn = 60;

/**
 * Piece b starts a paragraph although a ends no sentence: b is short, ends no sentence either,
 * and more text follows it. A column cut's continuation runs to its paragraph's end or fills
 * the next column; a short piece that does neither is a line standing alone (a list item, a
 * subhead without end punctuation, a paragraph's start cut by the next column), unless a word
 * or a number runs across a | b.
 */
function standsAlone(a: Piece, b: Piece, after: Piece | undefined): boolean {
  // b is the article's last piece (a jump may cut it), or a photo splits b's paragraph
  if (!after || after.afterPhoto) return false;
  // a hard-wrapped piece whose last line fills the column runs on, however short
  if ((a.wrapped && !a.closed) || (b.wrapped && !b.closed)) return false;
  const fa = a.folded;
  const fb = b.folded;
  // b ends no sentence, but no clause or phrase is left open either (…开放， · …的)
  const open = sentenceEnd.test(fb) || openEnd.test(fb) || runsOnStart.test(fb);
  if (charsOver(fb, lessThanColumn) || /[。!?]/.test(fb) || open) return false;
  // a quote or bracket that b closes without opening it was opened in a: b runs on
  if (openEnd.test(fa) || closesUnopened(fb)) return false;
  // nor does a break with no stop whose characters either side are far more a column cut's
  // than a paragraph end's (…提供海州 | 视角，…: a lead line with no stop, cut by a column)
  return !joinedAcross(fa, fb) && (a.ends || cutOdds(fa, fb) <= CUT_ODDS);
}

/** Odds (cutOdds) over which a break is a column cut, whatever stands around it (e^1.5: near 4.5 to 1). */
const CUT_ODDS = 1.5;

/** A line opened by a box mark or a bracket set as one: a label, an item. */
const boxMarked = /^[■●◆▲□★【]/;

/** How a numbered point or a bulleted item opens: 第四节, 第十五条, （二）, (1), 五、, ●. */
const listMarker =
  /^(?:[■●◆▲]|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百零]+[节章条编])/;

/** The whole text is a dateline (本报海州3月2日电), nothing after it. */
function datelineAlone(text: string): boolean {
  const dateline = datelineParts.exec(text);
  return dateline !== null && dateline[0].length === text.length;
}

/** Text opens with its reporters in brackets: (记者X), (本报记者X 通讯员Y). */
const reportersOpen = /^\([^()]{0,20}?(?:记者|通讯员)/;

/** A year cut by a column between its digits: 20 | 11年, 从201 | 9年. */
function yearCutAcross(fa: string, fb: string): boolean {
  const left = /(?:^|[^\d.])(\d{1,3})$/.exec(fa);
  const right = /^(\d{1,3})年/.exec(fb);
  return left !== null && right !== null && left[1].length + right[1].length === 4;
}

/** A word or a number runs across the junction of a and b: a column cut them apart. */
function joinedAcross(fa: string, fb: string): boolean {
  return (/[\dA-Za-z.%年月]$/.test(fa) && /^[\dA-Za-z.%]/.test(fb)) || wordAcross(fa, fb);
}

/** Most a lead line summing up the text below holds (one sentence, no stop): two subheads' worth. */
const leadLineChars = 80;

/** Odds (startOdds) over which text under a subhead goes on that line (e^1.75: near 6 to 1). */
const RUNS_ON_ODDS = 1.75;

/** Odds (cutOdds) under which a break with no stop is taken for a paragraph's end. */
const PARAGRAPH_END_ODDS = -1;

/** The same, for a bare line break where such breaks part paragraphs (paragraphSeparator). */
const BARE_BREAK_END_ODDS = 0.5;

/**
 * Piece a, a line of one clause or sentence standing as a paragraph so far, ends there though
 * it ends no sentence (a subhead or lead line the heads left as text): nothing runs on across a | b — no clause
 * left open, no word, number or name cut, no dateline — and the characters either side of
 * the break are those of a paragraph's end and start rather than of a column cut.
 */
function closesUnstopped(a: Piece, b: Piece, paragraph: string, separator: Separator): boolean {
  const fa = a.folded;
  const fb = b.folded;
  if (a.ends || a.wrapped) return false;
  // (the paragraph so far as a whole: a lead line may itself have been cut by a column)
  const whole = foldedSoFar(a, paragraph);
  const length = charCount(whole);
  if (length < 4 || length > leadLineChars || /[。!?;]/.test(whole) || !bracketsClosed(whole)) return false;
  if (openEnd.test(fa) || runsOnStart.test(fb) || /^[·・]/.test(fb) || datelinePrefix.test(whole))
    return false;
  if (joinedAcross(fa, fb) || charsAcross(fa, fb)) return false;
  // where a bare line break parts paragraphs, a column cut mostly leaves a blank line: a break
  // with none is the likelier paragraph end
  const bare = separator === 'newline' && !b.gapBefore;
  return cutOdds(fa, fb) < (bare ? BARE_BREAK_END_ODDS : PARAGRAPH_END_ODDS);
}

/** The paragraph that piece a closes so far, folded (a's own folded text when it is a alone). */
function foldedSoFar(a: Piece, paragraph: string): string {
  return paragraph === a.text ? a.folded : fold(paragraph).replace(/\s+/gu, '');
}

/** The text opens a quote it does not close. */
function leavesQuoteOpen(text: string): boolean {
  let depth = 0;
  // (by code unit: quotes and brackets are no surrogates, and a string's iterator costs)
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 0x201c) depth++;
    else if (c === 0x201d && depth > 0) depth--;
  }
  return depth > 0;
}

/** Every quote and bracket the text opens it closes, none before it opened. */
function bracketsClosed(text: string): boolean {
  const depths = pairDepths(text);
  if (depths === undefined) return false;
  return depths.every((depth) => depth === 0);
}

/** Most a subhead holds. */
const subheadChars = 40;

/**
 * A short line that is a paragraph by itself so far and ends no sentence, before a piece that
 * opens the way paragraphs do (“…, 1月3日上午, (一), 目前…): a subhead or a list line, not a
 * paragraph's start cut by a column (where text runs on mid-clause).
 */
function linesUpBefore(a: Piece, b: Piece, paragraph: string): boolean {
  const fa = a.folded;
  const fb = b.folded;
  if (paragraph !== a.text || charsOver(fa, subheadChars) || openEnd.test(fa)) return false;
  return paragraphOpener.test(fb) && !joinedAcross(fa, fb);
}

/** Quotes and brackets, open and close: “” () 《》 「」. */
const opens = [0x201c, 0x28, 0x300a, 0x300c];
const closes = [0x201d, 0x29, 0x300b, 0x300d];
const depthsOf = [0, 0, 0, 0];

/**
 * How deep each pair of quotes or brackets stands open at the end of the text, or undefined
 * where one closes before it opened: one pass by code unit for the four pairs (none is a
 * surrogate), where a pass a pair over the string's iterator cost several times as much.
 * The array is reused: read it before the next call.
 */
function pairDepths(text: string): number[] | undefined {
  depthsOf.fill(0);
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    for (let k = 0; k < 4; k++) {
      if (c === opens[k]) depthsOf[k]++;
      else if (c === closes[k] && --depthsOf[k] < 0) return undefined;
    }
  }
  return depthsOf;
}

/** The text closes a quote or bracket it did not open (…城市之光》获奖名单)). */
function closesUnopened(text: string): boolean {
  return pairDepths(text) === undefined;
}

/** Text that opens with a quote running past a term's length or a comma: someone's words. */
function opensWords(text: string): boolean {
  return text.startsWith('“') && !quotedTerm.test(text);
}

/** A quote closed within a few characters, no comma or stop inside: a term (“河长制”, “一带一路”). */
const quotedTerm = /^“[^“”,，。!?！？;；:：]{1,12}”/;

/**
 * The paragraph that piece a closes so far is one short line ending no sentence and leaving
 * nothing open (a subhead, a lead line): no longer than a subhead, no stop inside, every quote
 * and bracket closed.
 */
function linesAlone(a: Piece, paragraph: string): boolean {
  const whole = foldedSoFar(a, paragraph);
  if (charsOver(whole, subheadChars) || /[。!?;]/.test(whole) || sentenceEnd.test(a.folded)) return false;
  return !openEnd.test(a.folded) && bracketsClosed(whole);
}

/** A line no longer than a subhead that ends no sentence and leaves no clause open. */
function flushLineAlone(b: Piece): boolean {
  const fb = b.folded;
  return !charsOver(fb, subheadChars) && !sentenceEnd.test(fb) && !openEnd.test(fb) && !b.wrapped;
}

/** Whether piece b goes on the paragraph piece a started (a column cut or a caption split it). */
interface Context {
  pageIndents: boolean;
  /** How the page parts paragraphs (paragraphSeparator). */
  separator: Separator;
  /** The piece after b. */
  after?: Piece;
  /** The paragraph a belongs to, as joined so far. */
  paragraph: string;
}

function continues(a: Piece, b: Piece, { pageIndents, separator, after, paragraph }: Context): boolean {
  if (b.joinPrev) return true;
  // a dateline on a line of its own runs on into its reporters in brackets, wherever in the
  // text it stands (a digest of news items: …一次 | 本报海州3月2日电 | (记者X)…)
  if (reportersOpen.test(b.folded) && datelineAlone(a.folded)) return true;
  // text that opens with a comma or a colon goes on whatever stands before it, even a line
  // taken for a subhead (2017年10月 | ，喜航在… · 编者按 | ：…)
  if (!b.subhead && /^[,，、;；:：)）」』”’》\]】]/.test(b.text)) return true;
  // a column cut through a word of a foreign name (安德烈 | ·马丁) or a year (20 | 11年)
  // ends nothing, even where the short line before it was taken for a subhead
  if (!b.subhead && (/^[·・]/.test(b.folded) || yearCutAcross(a.folded, b.folded))) return true;
  // where blank lines part paragraphs, a flush piece with none before it after a line with no
  // stop is a column cut's continuation, however short the line above and whatever it looks
  // like (海州新区管委会 | 主任…)
  if (
    separator === 'blank' &&
    !b.gapBefore &&
    !b.indent &&
    !b.afterPhoto &&
    !a.standalone &&
    !b.standalone &&
    !a.ends &&
    !sentenceEnd.test(a.folded)
  )
    return true;
  // a line taken for a subhead, ending no sentence, the flush text under it opening as paragraphs
  // seldom open
  // (海州老城墙 | 始建于明代，…), or the characters either side of the break are far more a
  // column cut's than a paragraph end's (海州港务局 | 局长…): a paragraph's start cut short by a column
  if (a.subhead && !a.ends && !b.indent && !b.standalone) {
    if (startOdds(b.folded) > RUNS_ON_ODDS) return true;
    // (not a line a box mark opens: ■追问 is a label the editor set, wherever it ends)
    if (!b.subhead && !boxMarked.test(a.folded) && cutOdds(a.folded, b.folded) > CUT_ODDS) return true;
    // nor does a line end its paragraph with a blank line under it where a bare line break
    // parts paragraphs
    if (separator === 'newline' && !pageIndents && !b.afterPhoto && b.gapBefore) return true;
  }
  // a word cut by a column runs on, whatever the line above or below was taken for (…依托省 |
  // 级统一…: no byline; …特殊教 | 育学校…: no subhead opens inside a word)
  if ((a.standalone || b.subhead) && !a.ends && !b.indent && wordAcross(a.folded, b.folded)) return true;
  if (a.subhead || b.subhead || a.standalone || b.standalone) return false;
  // an ellipsis cut in two by a column (…一年一个样… | …如今): the text runs on
  // (folded, … is three dots)
  if (/^\.{3}/.test(b.folded) && /(?:^|[^.])\.{3}$/.test(a.folded)) return true;
  // an ellipsis after a finished sentence marks text left out: it opens a paragraph (……)
  if (/^(?:…|\.{3})/.test(b.folded) && sentenceEnd.test(a.folded)) return false;
  if (/^[,，。、;；:：!！?？)）」』”’\]】…]/.test(b.text)) return true;
  if (pageIndents && b.indent) return false;
  // (a column cut at a sentence end leaves a flush piece on pages that indent: the same holds)
  if (!b.afterPhoto) {
    if (standsAlone(a, b, after)) return false;
    // where indents mark paragraphs they tell; elsewhere the way b opens does
    if (!pageIndents && !sentenceEnd.test(a.folded) && linesUpBefore(a, b, paragraph)) return false;
  }
  // a sign-off (（本报记者 X）) stands as its own paragraph, flush or not
  if (signOff.test(b.folded)) return false;
  // after a finished sentence, a numbered point (第四节, （二）, 五、, ●) or the next speaker's
  // words (…几点收工？” | “十二点前。…”) open a paragraph, flush or not: a column cut seldom
  // falls right before either
  if (
    sentenceEnd.test(a.folded) &&
    (listMarker.test(b.folded) || (/[。!?]”$/.test(a.folded) && /^“/.test(b.folded)))
  )
    return false;
  // on a page that indents, a line standing alone with no stop (a subhead) before a flush
  // quote that opens someone's words (海州新貌 | “这几年变化太大了，…): the opening quote hangs
  // in the indent, a paragraph starts; a quoted term runs on (…推行 | “河长制”以来…)
  // — as after a finished sentence with no blank line between, unless blank lines part paragraphs
  // (…问船员风浪大不大。 | “风平浪静，放心上船。”)
  if (pageIndents && !b.afterPhoto && opensWords(b.folded)) {
    if (linesAlone(a, paragraph)) return false;
    if (sentenceEnd.test(a.folded) && !b.gapBefore && separator !== 'blank') return false;
  }
  // a piece that stops mid-sentence goes on into the next when a photo set into the column
  // cut its line short (为支 | 持永续债), or when the page indents paragraphs and the next is
  // flush, however short the last line looks (在20 | 18年: digits make a line look short)
  if ((b.afterPhoto || pageIndents) && !sentenceEnd.test(a.folded)) return true;
  // a quote the paragraph left open runs on into the flush piece that closes it, whatever stop
  // came before (“每道工序都要做到位； | 每块木料都要选好。”他说)
  if (!b.indent && closesUnopened(b.folded) && leavesQuoteOpen(paragraph)) return true;
  if (a.closed && a.ends) {
    // a line that stopped short of the column edge with no stop, a word running across the break
    // or the characters either side far more a column cut's (…台下掌声不 | 断。…): the line fell
    // short for another reason (a column measured narrow, a picture beside it), the text runs on
    const fa = a.folded;
    const fb = b.folded;
    if (!sentenceEnd.test(fa) && (wordAcross(fa, fb) || cutOdds(fa, fb) > CUT_ODDS)) return true;
    return false;
  }
  // where indents do not tell, a short line that stands as a paragraph so far and ends with no
  // stop ends there when its last character and the next line's first are where such paragraphs
  // end and start (海州：聚焦民生短板，解决群众难题 | 海州市坚持…) more than where columns cut
  if (!pageIndents && !b.afterPhoto && closesUnstopped(a, b, paragraph, separator)) return false;
  if (!a.ends) return true;
  // a finished sentence: on a page that parts paragraphs by blank lines, b with no blank line
  // before it goes on; where a bare line break parts them, b after a blank line goes on
  if (
    !pageIndents &&
    !b.afterPhoto &&
    (separator === 'blank' ? !b.gapBefore : separator === 'newline' && b.gapBefore)
  )
    return true;
  // a flush line after a finished sentence, short and ending no sentence, before an indented
  // paragraph: a subhead set flush on a page that indents (…过上了好日子。 | 海州新貌 | 　　…)
  if (pageIndents && !b.indent && after?.indent && flushLineAlone(b)) return false;
  // a sentence end: a new paragraph, unless the page indents paragraphs and b is not indented
  return pageIndents && !b.indent;
}

function finish(d: Draft, separator: Separator): Article {
  flushCaption(d);
  tellAsPictureStory(d);
  const pageIndents = d.pieces.filter((p) => p.indent).length >= Math.max(2, d.pieces.length * 0.3);
  const paragraphs: string[] = [];
  let subheadings: number[] = [];
  let last: Piece | undefined;
  for (const [k, p] of d.pieces.entries()) {
    const context = {
      pageIndents,
      separator,
      after: d.pieces[k + 1],
      paragraph: paragraphs[paragraphs.length - 1],
    };
    if (last && paragraphs.length && continues(last, p, context)) {
      paragraphs[paragraphs.length - 1] = joinText(paragraphs[paragraphs.length - 1], p.text);
      // a subhead that the text runs on from was none
      if (subheadings[subheadings.length - 1] === paragraphs.length - 1 && !p.subhead) subheadings.pop();
    } else {
      if (p.subhead) subheadings.push(paragraphs.length);
      paragraphs.push(p.text);
    }
    last = p;
  }
  let byline = d.byline;
  if (!byline && paragraphs.length && !subheadings.includes(0)) {
    let split = splitLeadingByline(paragraphs[0]);
    // a dateline set on a line of its own, its reporters in brackets opening the next paragraph
    // (本报北京1月13日电 | (记者X)外交部…): one dateline
    if (split && !split.rest && paragraphs.length > 1 && reporterParen.test(fold(paragraphs[1]))) {
      paragraphs[0] += paragraphs[1];
      paragraphs.splice(1, 1);
      subheadings = subheadings.filter((k) => k > 1).map((k) => k - 1);
      split = splitLeadingByline(paragraphs[0]);
    }
    if (split) {
      byline = split.byline;
      if (split.rest) paragraphs[0] = split.rest;
      else {
        paragraphs.shift();
        for (let k = 0; k < subheadings.length; k++) subheadings[k]--;
      }
    }
  }
  // a picture story: its only text is the caption
  const article: Article = {
    kicker: joinHead(d.kicker),
    title: joinHead(d.title) ?? '',
    subtitle: joinHead(d.subtitle),
    byline,
    paragraphs,
    subheadings,
    photos: d.photos,
    continuedTo: d.continuedTo,
    continuedFrom: d.continuedFrom,
    position: { start: d.start, end: d.end },
    data: { lines: d.lines },
  };
  return article;
}

/** A head line cut mid-word (joinPrev) carries on the line before it with no space. */
function pushHead(lines: string[], block: Block): void {
  if (block.data?.joinPrev && lines.length)
    lines[lines.length - 1] = joinText(lines[lines.length - 1], block.text);
  else lines.push(block.text);
}

function joinHead(lines: string[]): string | null {
  if (!lines.length) return null;
  return lines.reduce((a, b) => joinText(a, b, ' '));
}

/** Joins two pieces of text: no space between CJK, one space between Latin words. */
function joinText(a: string, b: string, cjkGap = ''): string {
  const left = a.replace(/[\s\u3000]+$/u, '');
  const right = b.replace(/^[\s\u3000]+/u, '');
  // (a number cut by a column, 20 | 21年, joins with none)
  if (/[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) && !(/\d$/.test(left) && /^\d/.test(right)))
    return `${left} ${right}`;
  return left + cjkGap + right;
}
