import type { Line } from '../model.js';
import {
  datelinePrefix,
  fold,
  foldLine,
  foldsApart,
  runningHeadRules,
  sentenceEnd,
  sourceLead,
  standaloneByline,
} from './patterns.js';
import { wordAcross } from './words.js';

/**
 * A piece is the smallest run of text the layout gives: one line of a dump, or the lines of
 * a hard-wrapped paragraph (pdftotext) up to its short last line. Pieces are what segment
 * classifies; assemble joins them into paragraphs.
 */
export interface Piece {
  /** Original text, indent removed, wrapped lines joined. */
  text: string;
  /** NFKC of text, for patterns. */
  folded: string;
  start: number;
  end: number;
  /** The first line starts with an indent (ideographic spaces, two spaces, a tab). */
  indent: boolean;
  /** A blank line stands before the piece. */
  gapBefore: boolean;
  /** The piece came from a hard-wrapped block. */
  wrapped: boolean;
  /** Hard-wrapped and its last line is short: the paragraph ends here. */
  closed: boolean;
  /** Filled its row only as a paragraph's first line would (two characters short of the edge). */
  firstLineOnly?: boolean;
  /** A blank line stands after the piece (or the page ends). */
  gapAfter?: boolean;
  /** Two lines joined where the first left a bracket open and the second closes it (…大( | 记者手记)). */
  bracketWrap?: boolean;
  /** On a hard-wrapped page, a line wider than the column: set across columns (a head, a caption). */
  wide?: boolean;
  fontSize?: number;
  /** `folded` is fold(text) as such: lines as read (toPieces folds each line), joined where the
   * folds join as NFKC would (foldsApart). Assemble takes this fold from the block rather than
   * fold the text again. */
  foldedAsRead: boolean;
}

/** The piece's fold, when it is fold(p.text) exactly; undefined otherwise. */
export function foldOf(p: Piece): string | undefined {
  return p.foldedAsRead ? p.folded : undefined;
}

const indentRe = /^[\u3000\t\u00a0 ]+/;
const lonePunct = /^[。，、；：！？）」』”’》,.;:!?)\]'"…—]{1,3}$/;

/** Display width: CJK and full-width forms count 2, the rest 1. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    // a surrogate pair is one character (of code point ≥ 0x10000: wide), a lone surrogate too
    if (c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1))) at++;
    w += unitWidth(c);
  }
  return w;
}

/** The display width of a character by its first code unit: CJK, Hangul jamo, dashes and curly quotes are wide. */
const unitWidth = (c: number): number =>
  c >= 0x2e80 || (c >= 0x1100 && c <= 0x115f) || c === 0x2014 || c === 0x2026 || (c >= 0x2018 && c <= 0x201d)
    ? 2
    : 1;

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** A line's display width and glyph count (measureLine's answer, reused: one object a process). */
const measured = { width: 0, glyphs: 0 };

/**
 * A line's display width (displayWidth) and its characters as set, NFKC's ... counted as the
 * one glyph … it was set in (`[...text.replace(/\.\.\./g, '…')].length`), in one pass.
 */
export function measureLine(text: string): { width: number; glyphs: number } {
  let width = 0;
  let glyphs = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    glyphs++;
    // (positions past the end are not read: charCodeAt there deoptimises V8's compiled loop)
    if (
      c === 0x2e &&
      at + 2 < text.length &&
      text.charCodeAt(at + 1) === 0x2e &&
      text.charCodeAt(at + 2) === 0x2e
    ) {
      // one glyph, three dots wide
      width += 3;
      at += 2;
      continue;
    }
    // a surrogate pair is one character (of code point ≥ 0x10000: wide), a lone surrogate too
    if (c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1))) at++;
    width += unitWidth(c);
  }
  measured.width = width;
  measured.glyphs = glyphs;
  return measured;
}

interface RawLine {
  text: string;
  line: number;
  indent: boolean;
  gapBefore: boolean;
  width: number;
  chars: number;
  fontSize?: number;
  /** fold(text), made once: the patterns test it several times. */
  folded: string;
  /** Printed letter-spaced, justified to the column's edge: a full line, whatever it measures. */
  spread?: boolean;
}

const paperName = /^[\u4e00-\u9fff]{2,8}(?:日报|晚报|都市报|时报|商报|早报|晨报|报)$/;
/** A page number or a section's name standing alone in a masthead: A2 · 第3版 · 要闻 · 区县新闻. */
const pageOrSection = /^(?:[A-H]?\d{1,2}|第?[A-H]?\d{1,3}版|[\u4e00-\u9fff]{2,4})$/;

/** Drops running heads (paper, date, page number) among the first and last lines of the page. */
function dropRunningHeads(lines: RawLine[]): RawLine[] {
  const isPaper = (l: RawLine) => paperName.test(l.folded.trim());
  const isHead = (l: RawLine) => {
    const f = l.folded.trim();
    return f.length <= 48 && runningHeadRules.some((r) => r.pattern.test(f));
  };
  // the masthead block: a paper's name, the date, 第N版, each maybe on a line of its own
  const edge = 4;
  const drop = new Set<number>();
  for (let k = 0; k < Math.min(edge, lines.length) && (isHead(lines[k]) || isPaper(lines[k])); k++)
    drop.add(k);
  for (
    let k = lines.length - 1;
    k >= Math.max(lines.length - edge, 0) && (isHead(lines[k]) || isPaper(lines[k]));
    k--
  )
    drop.add(k);
  // pdftotext may give each part of the masthead a line of its own (A2 | 要闻 | 2026年10月9日 星期五
  // | 东川日报): a bare page number and a short section name go with it when the whole block
  // up to the first blank line is masthead and holds a date or page line
  if (!drop.has(0)) {
    let end = 0;
    while (end < Math.min(edge, lines.length) && (end === 0 || !lines[end].gapBefore)) end++;
    const block = lines.slice(0, end);
    if (
      end < lines.length &&
      lines[end].gapBefore &&
      block.some((l) => isHead(l) && !pageOrSection.test(l.folded.trim())) &&
      block.every((l) => isHead(l) || isPaper(l) || pageOrSection.test(l.folded.trim()))
    )
      for (let k = 0; k < end; k++) drop.add(k);
  }
  // a paper's name alone counts only beside a date or page line
  if ([...drop].every((k) => isPaper(lines[k]) && !isHead(lines[k]))) drop.clear();
  const kept = lines.filter((_, k) => !drop.has(k));
  // set in place (the lines are this call's own): a spread copy has a shape of its own, which
  // deoptimises the compiled toPieces
  if (kept.length && drop.has(0)) kept[0].gapBefore = true;
  return kept;
}

const loneOpener = /^[“‘「『《（(【]$/;

/** An opening quote or bracket pushed onto a line of its own belongs to the line after it. */
function joinLoneOpeners(raw: RawLine[]): void {
  for (let k = raw.length - 2; k >= 0; k--) {
    const [open, next] = [raw[k], raw[k + 1]];
    if (!loneOpener.test(open.text.trim()) || next.gapBefore) continue;
    const text = open.text.trim() + next.text;
    raw[k + 1] = {
      ...next,
      text,
      folded: fold(text),
      line: open.line,
      gapBefore: open.gapBefore,
      indent: open.indent || next.indent,
    };
    raw.splice(k, 1);
  }
}

/**
 * The column width of a hard-wrapped page, or 0 when lines are whole paragraphs. Wrapped
 * text shows as many lines of one width (the column edge), the short ones ending paragraphs.
 * Widths are whole numbers (display widths, glyph counts): they index a table.
 */
export function wrapWidth(lines: { width: number }[], least = 12): number {
  return wrapEdge(
    lines.map((l) => l.width),
    least,
  ).edge;
}

let widthCounts = new Int32Array(256);

/** The most common line length of a page (the column edge) and the share of lines at it. */
function wrapEdge(all: number[], least: number): { edge: number; share: number } {
  const none = { edge: 0, share: 0 };
  const widths = all.filter((w) => w >= least);
  if (widths.length < 6) return none;
  // lines by width, in a table reused from call to call (cleared where it was filled)
  let most = 0;
  for (const w of widths) if (w > most) most = w;
  if (widthCounts.length <= most + 1)
    widthCounts = new Int32Array(Math.max(most + 2, widthCounts.length * 2));
  const counts = widthCounts;
  for (const w of widths) counts[w]++;
  let best = 0;
  let bestCount = 0;
  for (const w of widths) {
    // a column edge holds lines of width w and w-1 (a half-width character less)
    const c = counts[w] + counts[w - 1];
    // (the largest count, the widest on a tie: the order widths are met in makes no difference)
    if (c > bestCount || (c === bestCount && w > best)) {
      best = w;
      bestCount = c;
    }
  }
  // the edge is the commoner of the pair: lines squeezed by narrow punctuation run one over
  if (counts[best - 1] > counts[best]) best -= 1;
  for (const w of widths) counts[w] = 0;
  // whole-paragraph dumps have widths spread out; wrapped ones cluster at the edge, with a
  // few wider lines (heads, captions) set across columns
  const wider = widths.filter((w) => w > best + 4).length;
  const share = bestCount / widths.length;
  if (share < 0.4 || wider / widths.length > 0.2 || best > 90) return none;
  return { edge: best, share };
}

/**
 * A copy of a piece with some fields changed (`{ ...p, ...changes }`), made field by field in the
 * order toPieces makes pieces, gapAfter last: every piece then has one object shape, and V8's
 * compiled code for segment meets no new shape midway (each cost a deoptimisation and a recompile).
 */
export function changedPiece(
  p: Piece,
  changes: Partial<Pick<Piece, 'text' | 'folded' | 'end' | 'indent' | 'gapBefore'>>,
): Piece {
  const piece: Piece = {
    text: changes.text ?? p.text,
    folded: changes.folded ?? p.folded,
    start: p.start,
    end: changes.end ?? p.end,
    indent: changes.indent ?? p.indent,
    gapBefore: changes.gapBefore ?? p.gapBefore,
    wrapped: p.wrapped,
    firstLineOnly: p.firstLineOnly,
    closed: p.closed,
    wide: p.wide,
    fontSize: p.fontSize,
    // (a piece cut from another: its text and fold are cut apart, not folded as such)
    foldedAsRead: false,
  };
  piece.gapAfter = p.gapAfter;
  return piece;
}

/**
 * A page may set an article in a wider measure than its columns: a block of lines between
 * blank lines whose lines mostly end at one wider edge wraps at that edge. Returns the blocks'
 * own edges (display width), for the lines of blocks that have one.
 */
function blockEdges(lines: RawLine[], pageWidth: number): Map<RawLine, number> {
  const edges = new Map<RawLine, number>();
  let start = 0;
  for (let k = 1; k <= lines.length; k++) {
    if (k < lines.length && !lines[k].gapBefore) continue;
    const block = lines.slice(start, k);
    start = k;
    if (block.length < 3) continue;
    // the widest edge that most of the block's lines reach within three glyphs (digits are narrow)
    // (the block's lines counted by width once, in the table wrapEdge uses, cleared after: a
    // line's reach is a sum over seven widths, not a pass over the block)
    let widest = 0;
    for (const l of block) if (l.width > widest) widest = l.width;
    if (widthCounts.length <= widest + 1)
      widthCounts = new Int32Array(Math.max(widest + 2, widthCounts.length * 2));
    const counts = widthCounts;
    for (const l of block) counts[l.width]++;
    let edge = 0;
    let at = 0;
    for (const l of block) {
      let reach = 0;
      for (let w = Math.max(l.width - 6, 0); w <= l.width; w++) reach += counts[w];
      if (reach > at || (reach === at && l.width > edge)) {
        edge = l.width;
        at = reach;
      }
    }
    for (const l of block) counts[l.width] = 0;
    // only a wider measure: a block of short lines (verse, a list) sets no column of its own
    if (at < 3 || at < block.length * 0.4 || edge <= pageWidth + 6) continue;
    for (const l of block) edges.set(l, edge);
  }
  return edges;
}

/**
 * A justified line that pdftotext gave out letter by letter (本 报 印 度 金 奈 10 月 11 日): the
 * spaces are the justification's, not the text's. Its width stays as printed (a full line).
 */
const letterSpaced = /^(?:[\u4e00-\u9fff]|\d{1,2})(?: (?:[\u4e00-\u9fff]|\d{1,2})){5,}(?= |$)/;
function unspaced(text: string): string {
  const m = letterSpaced.exec(text);
  // mostly characters: a row of figures (a table) keeps its spaces
  if (!m || (m[0].match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 4) return text;
  return m[0].replace(/ /g, '') + text.slice(m[0].length);
}

/**
 * A three-character name read letter by letter where a byline names someone (记者 吴 佳 宁):
 * the spaces are OCR's. Two characters apart (许 朗) are a two-character name set to the width
 * of three, as printed, and stay; so do longer runs (王 五 李 六, two such names).
 */
const spacedName =
  /((?:记者|通讯员|实习生|评论员|[□口◎■]|[文图]\/)[\s\u3000]*)([\u4e00-\u9fff]) ([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?![\u4e00-\u9fff])(?![ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff]))/gu;
const unspacedNames = (text: string) =>
  text.includes(' ') ? text.replace(spacedName, (_, lead, a, b, c) => `${lead}${a}${b}${c}`) : text;

/**
 * Clauses set apart by a space, with no punctuation (坚持守正创新 推动融合发展): a head's
 * layout. A wrapped body line holds no such space, so nothing runs on from this line.
 */
const spacedClauses = (text: string) =>
  /^[\u4e00-\u9fff“”《》·]{2,}(?: [\u4e00-\u9fff“”《》·]{2,})+$/.test(text) && !standaloneByline.test(text);

/** No punctuation at all: a head's line, or a name's. */
const unpunctuated = (text: string) => !/[,.:;!?、。“”‘’"'…—()《》]/.test(text);

/** A line standing as a piece of its own, whole (a head line). */
function onePiece(line: RawLine, gapBefore: boolean): Piece {
  return {
    text: line.text,
    folded: line.folded,
    start: line.line,
    end: line.line,
    indent: line.indent,
    gapBefore,
    wrapped: false,
    firstLineOnly: false,
    closed: true,
    wide: false,
    fontSize: line.fontSize,
    foldedAsRead: true,
  };
}

/**
 * A line of one or two specks that no text sets alone (' ` | 丨 丶 _ ~ ·): what OCR reads from
 * dirt or a column rule. A lone 。 or ” is the end of the line above and is not one.
 */
const ocrSpeck = /^[\s\u3000]*['`|\u4e28\u4e36_~^·•°\uff40\uff07\uff5c]{1,2}$/u;

/** Lines → pieces, undoing hard wraps. */
export function toPieces(lines: Line[]): Piece[] {
  const raw: RawLine[] = [];
  let gap = true;
  for (const l of lines) {
    // trimEnd strips what /[\s\u3000]+$/u does (white space and line ends)
    const text = l.text.trimEnd();
    if (!text) {
      gap = true;
      continue;
    }
    // OCR noise: a speck read as a mark on a line of its own is no text (it leaves no gap)
    if (ocrSpeck.test(text)) continue;
    const indented = indentRe.test(text);
    const indent = indented && /^(?:\u3000|\t| {2}|\u00a0{2}|\u00a0 | \u00a0)/.test(text);
    const printed = indented ? text.replace(indentRe, '') : text;
    const spreadOut = unspaced(printed);
    const body = unspacedNames(spreadOut);
    const { width, glyphs } = measureLine(text);
    raw.push({
      text: body,
      line: l.line,
      indent,
      gapBefore: gap,
      width, // the column edge bounds the whole line, indent included
      // NFKC spells … as ... : count it as the one glyph it was set in
      chars: glyphs,
      fontSize: l.fontSize,
      folded: foldLine(body),
      spread: spreadOut !== printed,
    });
    gap = false;
  }
  joinLoneOpeners(raw);
  const kept = dropRunningHeads(raw);
  // an export that indents every line, heads too, marks no paragraph by it
  if (kept.length >= 4 && kept.every((l) => l.indent)) for (const l of kept) l.indent = false;
  // a column holds a fixed number of glyphs (a dump by characters) or a fixed width (a dump
  // by geometry, where Latin and digits are narrow): take the measure that clusters better
  const byWidth = wrapEdge(
    kept.map((l) => l.width),
    12,
  );
  const byChars = wrapEdge(
    kept.map((l) => l.chars),
    6,
  );
  const useChars = byChars.share > byWidth.share;
  const width = useChars ? byChars.edge : byWidth.edge;
  const measure = (l: RawLine) => (useChars ? l.chars : l.width);
  const slack = useChars ? 1 : 3;
  // blocks set in a measure of their own are measured by width (digits and Latin narrow)
  const edges = width > 0 ? blockEdges(kept, width * (useChars ? 2 : 1)) : undefined;
  const isFull = (l: RawLine) => {
    if (l.spread) return width > 0;
    const own = edges?.get(l);
    return own ? l.width >= own - 6 : width > 0 && measure(l) >= width - slack;
  };
  // wider than the column by glyphs and by width: digits and Latin are narrow, a line of them
  // holds more glyphs than the column's count without being set across columns
  const isWide = (l: RawLine) => {
    if (l.spread) return false;
    const own = edges?.get(l);
    if (own) return l.width > own + 4;
    return width > 0 && measure(l) > width + slack + 1 && (!useChars || l.width / 2 > width + 1);
  };
  /** The edge a line wraps at, in the page's measure. */
  const edgeOf = (l: RawLine) => {
    const own = edges?.get(l);
    return own ? (useChars ? own / 2 : own) : width;
  };
  // pdftotext drops the paragraph indent: a paragraph's first line stops two characters short
  // of the edge, and still runs on
  // (only on pages that show no indents at all: where indents are kept, they say it)
  const indentSize = useChars ? 2 : 4;
  const showsIndents = kept.some((l) => l.indent);
  const fillsFirst = (l: RawLine) =>
    width > 0 && !showsIndents && Math.abs(measure(l) - (edgeOf(l) - indentSize)) <= slack;
  // a line two characters short of the edge, a full line under it: where paragraphs start two
  // characters short, a paragraph's first line (pdftotext keeps no blank line between them)
  const startsParagraph = (l: RawLine, next: RawLine | undefined) =>
    fillsFirst(l) && next !== undefined && !next.gapBefore && isFull(next) && !fillsFirst(next);
  // a line as long as a paragraph's first line, unpunctuated, right above a line that is one:
  // a head glued to the paragraph under it (pdftotext keeps no blank line between them)
  // — or a line closed by a column tag, however long (海州港有底气有后劲（港城观察）)
  const headOverFirstLine = (l: RawLine, next: RawLine | undefined) =>
    next !== undefined &&
    !next.gapBefore &&
    fillsFirst(next) &&
    !isFull(next) &&
    ((fillsFirst(l) && !/[,.:;!?、。]/.test(l.folded)) || /\S\([^()]{2,12}\)$/.test(l.folded));
  // — unless the line reads as text: a stop inside it, or a word running on into the line
  // under it (…海州与临港结为友好城市以 | 来，两市…): a paragraph that starts at the edge, after a
  // blank line that parts paragraphs in this dump
  const headAtEdge = (l: RawLine, before: Piece | undefined, next: RawLine | undefined) =>
    width > 0 &&
    !showsIndents &&
    l.gapBefore &&
    isFull(l) &&
    !fillsFirst(l) &&
    before?.closed &&
    !sentenceEnd.test(l.folded) &&
    !/[。!?]/.test(l.folded) &&
    !(next !== undefined && !next.gapBefore && wordAcross(l.folded, next.folded));
  const pieces: Piece[] = [];
  // where in kept each piece's lines start (a piece's lines run on to the next piece's start)
  const firstLineOf: number[] = [];
  let prev: RawLine | undefined;
  let prevFills = false;
  for (let k = 0; k < kept.length; k++) {
    const l = kept[k];
    const last = pieces[pieces.length - 1];
    const f = l.folded;
    // a closing quote or full stop pushed onto a line of its own belongs to the line before
    // (lonePunct matches three characters at most: a longer line is tested no further)
    if (last && f.length <= 3 && lonePunct.test(f) && !l.gapBefore) {
      // (the line's fold joins the piece's as NFKC of the two joined would be, where it opens so)
      last.foldedAsRead &&= foldsApart(l.text);
      last.text += l.text;
      last.folded += f;
      last.end = l.line;
      prev = l;
      continue;
    }
    // a dateline (本报讯, 新华社北京5月1日电) opens an article's body: the line above it ended
    // (pdftotext glues a head to the body under it)
    // (its 电 may have wrapped to the next line: 本报印度金奈10月11日 | 电（记者…）)
    const after = kept[k + 1];
    const opensBody =
      width > 0 &&
      (datelinePrefix.test(f) ||
        (after !== undefined &&
          !after.gapBefore &&
          f.length < 24 &&
          // (its source named on the line itself: a paragraph's last line …坚决维护海州港安全 is none)
          sourceLead.test(f) &&
          datelinePrefix.test(f + after.folded)));
    if (last && opensBody) {
      last.closed = true;
      // head lines as wide as the column, joined as a paragraph above the dateline (周明远主持召开
      // 部分市人大代表座谈会 | 就市人大常委会工作报告稿听取意见建议): no line ends a sentence
      // or holds a comma, so they are heads, a piece each
      const joined = kept.slice(firstLineOf[pieces.length - 1], k);
      if (
        joined.length >= 2 &&
        joined.length <= 3 &&
        last.gapBefore &&
        joined.every((line) => unpunctuated(line.folded) && line.folded.length <= 30)
      ) {
        pieces.pop();
        firstLineOf.pop();
        for (const [n, line] of joined.entries()) {
          firstLineOf.push(k - joined.length + n);
          pieces.push(onePiece(line, n === 0 && last.gapBefore));
        }
      }
    }
    // a line that leaves a bracket open goes on in the line under it that closes the bracket
    // (…老街巷里的烟火气( | 记者手记)): a head's column tag wrapped, never two heads
    const closesBracket =
      !opensBody &&
      last !== undefined &&
      last.start === last.end &&
      !l.gapBefore &&
      /\([^()]*$/.test(last.folded) &&
      (f.length <= 30
        ? /^[^()]*\)/.test(f)
        : // a dateline's byline cut inside its bracket (本报讯（记者 X | 通讯员 Y）…), the body after it
          /(?:讯|电)\s*\([^()]*$/.test(last.folded) && /^[^()]{1,24}\)/.test(f));
    // a byline alone on its line (本报记者　贾华) goes on nothing: a head as wide as the
    // column stands above it, not a paragraph
    // (it opens as a byline does and holds no comma: 国记者X采访整理) and 记者采访时表示,… are text)
    const bylineAlone =
      f.length <= 40 &&
      /^(?:本报|记者|特约|特派|见习|实习|首席)/.test(f.trim()) &&
      !/[,;:。]/.test(f) &&
      standaloneByline.test(f.trim());
    // a byline broken over two lines (本报记者 X | 通讯员 Y): the second names more of its people
    const bylineGoesOn =
      last !== undefined &&
      last.start === last.end &&
      !l.gapBefore &&
      /^(?:特约通讯员|通讯员|实习生|见习记者|实习记者)/.test(f) &&
      last.folded.length <= 40 &&
      standaloneByline.test(last.folded.trim()) &&
      standaloneByline.test(`${last.folded.trim()} ${f}`);
    if (bylineGoesOn) {
      last.foldedAsRead &&= foldsApart(l.text);
      last.text += ` ${l.text}`;
      last.folded += ` ${f}`;
      last.end = l.line;
      prev = l;
      continue;
    }
    if (last && bylineAlone) last.closed = true;
    const continues =
      closesBracket ||
      (!opensBody &&
        !bylineAlone &&
        width > 0 &&
        last !== undefined &&
        !l.gapBefore &&
        !l.indent &&
        prevFills &&
        !isWide(l) &&
        last.wrapped &&
        l.fontSize === prev?.fontSize &&
        // a short unpunctuated line after a sentence end at the edge is a head, not a last line
        !(prev !== undefined && sentenceEnd.test(prev.folded) && !isFull(l) && !sentenceEnd.test(f)) &&
        // nor does a paragraph's first line after a sentence end at the edge
        !(prev !== undefined && sentenceEnd.test(prev.folded) && startsParagraph(l, after)) &&
        // nor after one line with no punctuation at all: two heads, one set under the other
        // (全市安全生产工作会议召开 | 周明远出席并讲话), where a paragraph's last line ends its sentence
        !(last.start === last.end && !isFull(l) && unpunctuated(last.folded) && unpunctuated(f)));
    if (continues) {
      if (closesBracket) last.bracketWrap = true;
      last.foldedAsRead &&= foldsApart(l.text);
      last.text += l.text;
      last.folded += f;
      last.end = l.line;
      last.closed = !isFull(l);
      prevFills = isFull(l);
    } else {
      prevFills = (isFull(l) && !isWide(l)) || fillsFirst(l);
      // where paragraphs start two characters short, a full line after a blank line and a
      // paragraph's end starts no paragraph and continues none: it is a head
      if (
        (headAtEdge(l, last, after) && !opensBody) ||
        spacedClauses(l.folded) ||
        headOverFirstLine(l, after)
      )
        prevFills = false;
      const piece: Piece = {
        text: l.text,
        folded: f,
        start: l.line,
        end: l.line,
        indent: l.indent,
        gapBefore: l.gapBefore,
        wrapped: prevFills,
        firstLineOnly: prevFills && !isFull(l),
        closed: width > 0 && !prevFills,
        wide: isWide(l),
        fontSize: l.fontSize,
        foldedAsRead: true,
      };
      pieces.push(piece);
      firstLineOf.push(k);
    }
    prev = l;
  }
  pieces.forEach((p, k) => {
    p.gapAfter = k + 1 === pieces.length || pieces[k + 1].gapBefore;
  });
  // a piece that an indented line follows without a gap has ended, even at the column edge
  for (let k = 0; k + 1 < pieces.length; k++) {
    if (pieces[k + 1].indent && !pieces[k + 1].gapBefore) pieces[k].closed = true;
  }
  return pieces;
}
