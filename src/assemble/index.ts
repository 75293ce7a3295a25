import type { Article, Block, Jump, Photo } from '../model.js';
import {
  creditRules,
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
import { wordAcross } from '../segment/words.js';
import { parseStandaloneByline, splitLeadingByline, splitNames } from './byline.js';

/**
 * Blocks → articles. A kicker or title block opens an article; paragraph pieces are joined
 * across column cuts and across the captions and credits set inside them; bylines, photos
 * and jump lines become fields of their article.
 */
export function assemble(blocks: Block[]): Article[] {
  const articles: Article[] = [];
  const blankParagraphs = separatesByBlankLines(blocks);
  let current: Draft | undefined;
  let inHeads = false;
  for (const block of blocks) {
    const isHead = block.role === 'kicker' || block.role === 'title' || block.role === 'subtitle';
    if (isHead && (!inHeads || block.data?.opensArticle)) {
      if (current) articles.push(finish(current, blankParagraphs));
      current = newDraft(block);
    }
    inHeads = isHead;
    if (!current) current = newDraft(block);
    add(current, block);
  }
  if (current) articles.push(finish(current, blankParagraphs));
  return articles.filter((a) => a.title || a.paragraphs.length || a.photos.length);
}

/**
 * Whether the page sets a blank line between paragraphs: nearly every piece that follows a
 * finished sentence stands after one. There a piece that follows with no blank line goes on
 * the paragraph before (a column cut where a sentence happened to end).
 */
/** fold(block.text): segment gives it with the block where it has it (a line as read). */
function foldOf(block: Block): string {
  const folded = block.data?.folded;
  return typeof folded === 'string' ? folded : fold(block.text);
}

function separatesByBlankLines(blocks: Block[]): boolean {
  let after = 0;
  let blank = 0;
  for (let k = 1; k < blocks.length; k++) {
    const [a, b] = [blocks[k - 1], blocks[k]];
    if (a.role !== 'paragraph' || b.role !== 'paragraph' || a.data?.closed) continue;
    if (!sentenceEnd.test(foldOf(a).trim())) continue;
    after++;
    if (b.data?.gapBefore) blank++;
  }
  return after >= 8 && blank >= after * 0.8;
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
    standalone: false,
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
  if ([...fb].length > lessThanColumn || /[。!?]/.test(fb) || open) return false;
  // a quote or bracket that b closes without opening it was opened in a: b runs on
  if (openEnd.test(fa) || closesUnopened(fb)) return false;
  return !joinedAcross(fa, fb);
}

/** A word or a number runs across the junction of a and b: a column cut them apart. */
function joinedAcross(fa: string, fb: string): boolean {
  return (/[\dA-Za-z.%年月]$/.test(fa) && /^[\dA-Za-z.%]/.test(fb)) || wordAcross(fa, fb);
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
  if (paragraph !== a.text || [...fa].length > subheadChars || openEnd.test(fa)) return false;
  return paragraphOpener.test(fb) && !joinedAcross(fa, fb);
}

const pairs: [string, string][] = [
  ['“', '”'],
  ['(', ')'],
  ['《', '》'],
  ['「', '」'],
];

/** The text closes a quote or bracket it did not open (…我要上春晚》晋级选手)). */
function closesUnopened(text: string): boolean {
  return pairs.some(([open, close]) => {
    let depth = 0;
    for (const ch of text) {
      if (ch === open) depth++;
      else if (ch === close && --depth < 0) return true;
    }
    return false;
  });
}

/** Whether piece b goes on the paragraph piece a started (a column cut or a caption split it). */
interface Context {
  pageIndents: boolean;
  /** The page sets paragraphs apart by blank lines (separatesByBlankLines). */
  blankParagraphs: boolean;
  /** The piece after b. */
  after?: Piece;
  /** The paragraph a belongs to, as joined so far. */
  paragraph: string;
}

function continues(a: Piece, b: Piece, { pageIndents, blankParagraphs, after, paragraph }: Context): boolean {
  if (b.joinPrev) return true;
  // text that opens with a comma or a colon goes on whatever stands before it, even a line
  // taken for a subhead (2017年10月 | ，喜航在… · 编者按 | ：…)
  if (!b.subhead && /^[,，、;；:：)）」』”’》\]】]/.test(b.text)) return true;
  if (a.subhead || b.subhead || a.standalone || b.standalone) return false;
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
  // a piece that stops mid-sentence goes on into the next when a photo set into the column
  // cut its line short (为支 | 持永续债), or when the page indents paragraphs and the next is
  // flush, however short the last line looks (在20 | 18年: digits make a line look short)
  if ((b.afterPhoto || pageIndents) && !sentenceEnd.test(a.folded)) return true;
  if (a.closed && a.ends) return false;
  if (!a.ends) return true;
  if (blankParagraphs && !b.gapBefore && !b.afterPhoto && !pageIndents) return true;
  // a sentence end: a new paragraph, unless the page indents paragraphs and b is not indented
  return pageIndents && !b.indent;
}

function finish(d: Draft, blankParagraphs: boolean): Article {
  flushCaption(d);
  tellAsPictureStory(d);
  const pageIndents = d.pieces.filter((p) => p.indent).length >= Math.max(2, d.pieces.length * 0.3);
  const paragraphs: string[] = [];
  let subheadings: number[] = [];
  let last: Piece | undefined;
  for (const [k, p] of d.pieces.entries()) {
    const context = {
      pageIndents,
      blankParagraphs,
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
  if (/[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right)) return `${left} ${right}`;
  return left + cjkGap + right;
}
