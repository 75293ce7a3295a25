import type { Block, BlockRole, Line } from '../model.js';
import { cohesion } from './cohesion.js';
import {
  captionCue,
  creditRules,
  datelinePrefix,
  gluedCredit,
  jumpRules,
  kickerCue,
  leadingJump,
  openEnd,
  sentenceEnd,
  standaloneByline,
  subheadCue,
  subtitleCue,
  titleEndCue,
  trailingJump,
  wholeParenthetical,
} from './patterns.js';
import { type Piece, toPieces } from './pieces.js';
import { wordAcross } from './words.js';

/**
 * Lines → blocks with roles. Every piece of the page becomes one block; the order is the
 * reading order of the input. Paragraph blocks are pieces, not yet paragraphs: assemble
 * joins the pieces a column cut or a caption split.
 */
export function segment(lines: Line[]): Block[] {
  const pieces = toPieces(lines);
  const items = classify(pieces);
  if (pieces.filter((p) => p.indent).length >= pieces.length * 0.3) demoteIndentedHeads(items);
  demoteCutHeads(items);
  assignHeads(items);
  return items.map(toBlock);
}

/** What a piece looks like on its own, before context decides. */
type Kind = 'text' | 'head' | 'byline' | 'caption' | 'credit' | 'jump-to' | 'jump-from';

interface Item {
  piece: Piece;
  kind: Kind;
  role?: BlockRole;
  /** The piece carries on the line before it (a head or subhead cut mid-word). */
  joinPrev?: boolean;
}

function toBlock(item: Item): Block {
  const p = item.piece;
  const role: BlockRole =
    item.role ?? (item.kind === 'head' || item.kind === 'text' ? 'paragraph' : roleOf(item.kind));
  const block: Block = { role, text: p.text, position: { start: p.start, end: p.end } };
  if (role === 'paragraph' || role === 'subhead')
    block.data = {
      indent: p.indent,
      gapBefore: p.gapBefore,
      ends: endsParagraph(p),
      closed: p.closed,
      joinPrev: item.joinPrev,
    };
  return block;
}

function roleOf(kind: Kind): BlockRole {
  if (kind === 'jump-to' || kind === 'jump-from') return 'jump';
  return kind as BlockRole;
}

/** The piece ends a sentence (so a paragraph may end here). */
export function endsParagraph(p: Piece): boolean {
  const f = p.folded.trim();
  return (
    p.closed || sentenceEnd.test(f) || wholeParenthetical.test(f) || staffLine.test(f) || closingLine.test(f)
  );
}

/**
 * Lines that close an article without a full stop: a closing parenthetical (…2月24日电),
 * an author's place and name (江苏兴化市 孙贵书), an address to write to.
 */
const closingLine =
  /\)$|^[\u4e00-\u9fff]{2,12}\s+[\u4e00-\u9fff·]{2,4}$|[\w.-]+@[\w.-]+\.\w+$|https?:\/\/\S+$/;

/** 本版制图: X · 版式设计: X · 责任编辑: X — a line of its own that closes an article. */
const staffLine =
  /^(?:本版|图片)?(?:制图|设计|版式设计|版式|摄影|责任编辑|编辑|统筹|策划|插图|漫画|绘图|整理|执笔|翻译|供图|题图|图表|数据来源|资料来源)\s*:\s*[\u4e00-\u9fff·\s、]{2,24}$/;
/** Box labels set like heads inside a body: 核心阅读, 编者按, 阅读提示. */
const bodyLabel =
  /^(?:核心阅读|编者按|阅读提示|内容提要|提要|短评|相关链接|延伸阅读|记者手记|记者观察|背景链接|链接)$/;

const splitAt = (p: Piece, at: number): [Piece, Piece] => {
  const text = p.text;
  // map a cut in folded text back to the original: NFKC keeps CJK text aligned except
  // for sequences like … → ..., so cut the original at the same share of characters.
  const cut = text.length === p.folded.length ? at : Math.round((at / p.folded.length) * text.length);
  const a = text.slice(0, cut).trimEnd();
  const b = text.slice(cut).trim();
  return [
    { ...p, text: a, folded: p.folded.slice(0, at).trimEnd(), end: p.start },
    { ...p, text: b, folded: p.folded.slice(at).trim(), indent: false, gapBefore: false },
  ];
};

function isCredit(f: string): boolean {
  return f.length <= 40 && creditRules.some((r) => r.pattern.test(f));
}

function classifyOne(p: Piece): Kind {
  const f = p.folded.trim();
  if (jumpRules[0].pattern.test(f)) return 'jump-to';
  if (jumpRules[1].pattern.test(f)) return 'jump-from';
  if (isCredit(f)) return 'credit';
  if (f.length <= 40 && standaloneByline.test(f)) return 'byline';
  if (looksLikeHead(p)) return 'head';
  return 'text';
}

/** A line that could be a headline: short, whole, not ending a sentence with 。;:,、 */
function looksLikeHead(p: Piece): boolean {
  const f = p.folded.trim();
  // a line wider than the column is set across columns: a head, or a caption if a sentence
  if (p.wide) return !captionCue.test(f) && !sentenceEnd.test(f) && !wholeParenthetical.test(f);
  if (p.wrapped && !p.closed) return false;
  if (p.start !== p.end) return false;
  if (f.length > 64 || f.length < 2) return false;
  // a kicker leads into its title with a dash, whatever it holds
  if (/——$/.test(f) && f.length <= 64) return true;
  if (bodyLabel.test(f) || staffLine.test(f)) return false;
  // a long line with several clauses, or a body opening with its dateline, is text; a title
  // of over 40 characters stands without a comma
  const bare = f.replace(/\([^()]*\)|“[^”]*”|《[^》]*》/g, '');
  if (f.length > 40 && /[,;、。]/.test(bare.slice(0, -1))) return false;
  if ((bare.match(/[,;、]/g)?.length ?? 0) >= 2 && !/^(?:——|—)/.test(f)) return false;
  if (/^[,。、;:!?)」』”’\]】]/.test(f)) return false;
  if (datelinePrefix.test(f) || wholeParenthetical.test(f)) return false;
  if (/[。;,、]$|\.{3}$|……$/.test(f) || (/:$/.test(f) && f.length > 8)) return false;
  if (/[。]/.test(f.slice(0, -1))) return false;
  return true;
}

/** Splits glued jumps and credits off their pieces, then classifies each piece. */
function classify(pieces: Piece[]): Item[] {
  const items: Item[] = [];
  for (const piece of pieces) {
    let p = piece;
    const lead = leadingJump.exec(p.folded);
    if (lead && lead[0].length < p.folded.length) {
      const [a, b] = splitAt(p, lead[0].length);
      items.push({ piece: a, kind: 'jump-from' });
      p = b;
    }
    let tail: Item | undefined;
    const trail = trailingJump.exec(p.folded);
    if (trail && trail.index > 0) {
      const [a, b] = splitAt(p, trail.index);
      tail = { piece: b, kind: 'jump-to' };
      p = a;
    }
    const glued = !isCredit(p.folded.trim()) ? gluedCredit.exec(p.folded) : null;
    if (glued && glued.index + 1 < p.folded.length && glued.index > 4) {
      const [a, b] = splitAt(p, glued.index + glued[1].length);
      items.push({ piece: a, kind: 'caption' }, { piece: b, kind: 'credit' });
    } else {
      items.push({ piece: p, kind: classifyOne(p) });
    }
    if (tail) items.push(tail);
  }
  markCaptions(items);
  return items;
}

/** The text just before a credit is its caption; so is a 图为 sentence set inside a paragraph. */
function markCaptions(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind === 'credit' && i > 0) {
      const before = items[i - 1];
      const f = before.piece.folded;
      const captionLike =
        (before.kind === 'text' || before.kind === 'head') &&
        (captionCue.test(f) ||
          (sentenceEnd.test(f) && (!before.piece.indent || items[i - 2]?.kind === 'head')) ||
          before.kind === 'head');
      // a credit right after a title is a picture story's credit, its caption lies after it
      if (captionLike && !(before.kind === 'head' && isStoryHead(items, i - 1))) {
        before.kind = 'caption';
        // a caption wrapped onto several pieces: earlier pieces that run on into it
        for (let k = i - 2; k >= 0; k--) {
          const piece = items[k];
          if (piece.kind !== 'text' || items[k + 1].piece.gapBefore || endsParagraph(piece.piece)) break;
          if (!(items[k - 1]?.kind === 'head' || piece.piece.gapBefore)) break;
          piece.kind = 'caption';
        }
      } else {
        // the credit first and its caption after it (a picture story, or a credit set above)
        const after = items[i + 1];
        const f2 = after?.piece.folded ?? '';
        if (
          after?.kind === 'text' &&
          f2.length <= 300 &&
          (captionCue.test(f2) || (isStoryHead(items, i) && sentenceEnd.test(f2)))
        )
          after.kind = 'caption';
      }
    } else if (
      item.kind === 'text' &&
      captionCue.test(item.piece.folded) &&
      sentenceEnd.test(item.piece.folded)
    ) {
      // 图为… interrupting a paragraph: the text before it is cut mid-sentence
      const prev = items[i - 1];
      const next = items[i + 1];
      const interrupts =
        prev && prev.kind === 'text' && !endsParagraph(prev.piece) && next && next.kind === 'text';
      if (interrupts && item.piece.folded.length <= 160) item.kind = 'caption';
    }
  }
}

function isStoryHead(items: Item[], i: number): boolean {
  return i === 0 || items[i - 1].kind === 'head';
}

/**
 * On a page that indents its paragraphs, heads stand flush and the text after a head starts
 * indented; an indented head-like piece is a paragraph's start, an unindented one followed
 * by unindented text is the end of a column.
 */
function demoteIndentedHeads(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind !== 'head') continue;
    if (item.piece.indent) {
      item.kind = 'text';
      // an indented whole line before an indented paragraph is an in-body subhead; before
      // unindented text it is a paragraph's start cut by a column
      const after = items[i + 1];
      if (after?.kind === 'text' && after.piece.indent && !item.piece.wrapped) item.role = 'subhead';
      continue;
    }
    const next = items[i + 1];
    const prev = items[i - 1];
    if (!items.slice(0, i).some((x) => x.kind === 'text')) continue;
    if (prev?.kind === 'jump-to' || prev?.kind === 'credit' || prev?.kind === 'head') continue;
    if (
      next?.kind === 'text' &&
      !next.piece.indent &&
      !next.piece.wide &&
      !datelinePrefix.test(next.piece.folded)
    )
      item.kind = 'text';
  }
}

/** What a paragraph cannot start with: closing punctuation, particles (了 们 吗 …). */
const continuing = /^(?:[,，。、;；:：!！?？)）」』”’\]】…了们吗呢吧么]|的(?!确))/;

/**
 * A head-like piece that a column cut made: the next piece goes on with punctuation, or a
 * word runs across the junction (副主 | 任). Two head pieces joined by a word are one line.
 */
function demoteCutHeads(items: Item[]): void {
  for (let i = items.length - 2; i >= 0; i--) {
    const item = items[i];
    const next = items[i + 1];
    if (item.kind !== 'head' || (next.kind !== 'text' && next.kind !== 'head')) continue;
    if (continuing.test(next.piece.folded)) {
      // a head wrapped before a particle (祖国是香港战胜挑战 | 的坚强后盾) stays a head
      if (next.kind === 'head') next.joinPrev = true;
      else item.kind = 'text';
    } else if (wordAcross(item.piece.folded, next.piece.folded)) {
      if (next.kind === 'head') next.joinPrev = true;
      else item.kind = 'text';
    }
  }
}

/**
 * Decides which runs of head-like pieces open a new article (and their roles: 引题 / 主题 /
 * 副题) and which are in-body subheads or plain short paragraphs.
 */
function assignHeads(items: Item[]): void {
  let inArticle = false;
  let lastBody: Item | undefined;
  let subheadsInArticle = 0;
  for (let i = 0; i < items.length; ) {
    const item = items[i];
    if (item.kind !== 'head') {
      if (item.kind === 'text' || item.kind === 'byline') {
        if (!inArticle && item.kind === 'text') {
          // body before any head: a continuation from another page or a headless piece
          inArticle = true;
        }
        lastBody = item;
      }
      if (item.kind === 'jump-to') lastBody = item;
      i++;
      continue;
    }
    let j = i;
    while (j < items.length && items[j].kind === 'head') j++;
    const run = items.slice(i, j);
    const next = items[j];
    const context = () => ({
      before: items
        .slice(Math.max(0, i - 12), i)
        .filter((x) => x.kind === 'text')
        .map((x) => x.piece.folded)
        .join('')
        .slice(-500),
      after: items
        .slice(j, j + 8)
        .filter((x) => x.kind === 'text')
        .map((x) => x.piece.folded)
        .join('')
        .slice(0, 500),
    });
    const decision = decide(run, next, inArticle, lastBody, subheadsInArticle, context);
    if (decision === 'heads') {
      setHeadRoles(run);
      inArticle = true;
      subheadsInArticle = 0;
      lastBody = undefined;
      i = j;
    } else if (decision === 'continuation' || decision === 'text') {
      // a piece of a paragraph, cut by a column end: before it, or inside it
      item.kind = 'text';
      lastBody = item;
      i++;
    } else {
      for (const h of run) {
        h.role = 'subhead';
        subheadsInArticle++;
      }
      lastBody = run[run.length - 1];
      i = j;
    }
  }
}

/** Head pieces grouped into printed lines: a piece cut mid-word joins the one before. */
function logicalLines(run: Item[]): Item[][] {
  const lines: Item[][] = [];
  for (const h of run) {
    if (h.joinPrev && lines.length) lines[lines.length - 1].push(h);
    else lines.push([h]);
  }
  return lines;
}

function decide(
  items: Item[],
  next: Item | undefined,
  inArticle: boolean,
  lastBody: Item | undefined,
  subheads: number,
  context: () => { before: string; after: string },
): 'heads' | 'subheads' | 'continuation' | 'text' {
  if (!inArticle || !lastBody) return 'heads';
  const run = logicalLines(items).map((line) => line[0]);
  const first = run[0].piece;
  const nextOpensArticle =
    next !== undefined &&
    (next.kind === 'byline' || next.kind === 'jump-from' || datelinePrefix.test(next.piece.folded.trim()));
  if (nextOpensArticle) return 'heads';
  if (lastBody.kind === 'text' && !endsParagraph(lastBody.piece) && lastBody.role !== 'subhead') {
    // the text before is cut mid-sentence: this short piece is its continuation
    return 'continuation';
  }
  // a paragraph cut at a column end mid-word: 区人大常委会副主 | 任张正元参加。
  if (run.length === 1 && next?.kind === 'text' && wordAcross(first.folded, next.piece.folded)) return 'text';
  if (lastBody.kind === 'jump-to') return 'heads';
  if (run.every((h) => subheadCue.test(h.piece.folded))) return 'subheads';
  if (run.length >= 2) return 'heads';
  // a line ending on 的, 和, 在 … runs on: the start of a paragraph cut by a column
  if (openEnd.test(first.folded) && next?.kind === 'text') return 'text';
  if (!next || next.kind === 'credit' || next.kind === 'caption') return 'heads';
  if (subheads > 0 && !/[,、]/.test(first.folded)) return 'subheads';
  if (subheadCue.test(first.folded)) return 'subheads';
  // one short line between paragraphs: a subhead when the text on both sides keeps to one
  // subject, a new article's title when the subject changes
  // a new article starts a new block of the dump: a line run on from text without a blank
  // line between is inside the article
  if (!first.gapBefore && lastBody.kind === 'text' && next?.kind === 'text') return 'subheads';
  // a column tag in brackets marks a title: 朝着解决问题的方向前进了一步(钟声)
  if (/\S\([^()]{2,16}\)$/.test(first.folded)) return 'heads';
  const { before, after } = context();
  const shared = cohesion(before, after);
  if (shared >= 0.04 || (first.folded.length <= 10 && shared >= 0.02)) {
    // one subject on both sides; a clause with a comma there is a paragraph's start cut by a
    // column more often than a subhead
    return /[,、]/.test(first.folded) && next?.kind === 'text' ? 'text' : 'subheads';
  }
  return 'heads';
}

/** Roles inside a head group: 引题 / 主题 / 副题, with a title wrapped over two lines joined. */
function setHeadRoles(run: Item[]): void {
  const lines = logicalLines(run);
  const roles = headRoles(
    lines.map((line) => line.map((h) => h.piece.folded.trim()).join('')),
    lines.map((line) => line[0].piece.fontSize),
  );
  lines.forEach((line, k) => {
    for (const h of line) h.role = roles[k];
  });
}

/** Roles for the lines of one head group; exported for tests. */
export function headRoles(texts: string[], sizes: (number | undefined)[] = []): BlockRole[] {
  const n = texts.length;
  if (n === 1) return ['title'];
  if (sizes.every((s) => s !== undefined) && new Set(sizes).size > 1) {
    // with font sizes the title is the largest line; lines above it lead in, lines below follow
    const max = Math.max(...(sizes as number[]));
    const first = sizes.indexOf(max);
    let last = first;
    while (last + 1 < n && sizes[last + 1] === max) last++;
    return texts.map((_, k) => (k < first ? 'kicker' : k <= last ? 'title' : 'subtitle'));
  }
  const kick = (k: number) => kickerCue.test(texts[k]);
  const sub = (k: number) => subtitleCue.test(texts[k]);
  const wraps = (k: number) => openEnd.test(texts[k]) || texts[k + 1].length <= 3;
  if (n === 2) {
    if (/^(?:——|—|-{2}|[●■◆▲]|\(\d{4}年)/.test(texts[1])) return ['title', 'subtitle'];
    // a column tag in brackets closes a title: 消费动力强劲(经济发展亮点多韧性足)
    if (/\([^()]{2,16}\)$/.test(texts[0]) && !/\([^()]{2,16}\)$/.test(texts[1])) return ['title', 'subtitle'];
    if (kick(0)) return ['kicker', 'title'];
    if (sub(1) || titleEndCue.test(texts[0])) return ['title', 'subtitle'];
    if (wraps(0)) return ['title', 'title'];
    return ['kicker', 'title'];
  }
  // three or more: the title is the line after a kicker, or the first line
  let t = kick(0) || !sub(1) ? 1 : 0;
  if (t === 0 && n >= 3 && kick(1)) t = 2;
  const roles: BlockRole[] = texts.map((_, k) => (k < t ? 'kicker' : k === t ? 'title' : 'subtitle'));
  // a title wrapped over two lines: the line after the title carries it on
  if (t + 1 < n && wraps(t) && !sub(t + 1)) roles[t + 1] = 'title';
  return roles;
}
