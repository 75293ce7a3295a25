import type { BlockRole } from '../model.js';
import { countOf, isHan } from './chars.js';
import { endsParagraph, type Item, type Kind } from './item.js';
import {
  bodyLabel,
  captionCue,
  creditRules,
  datelinePrefix,
  gluedCredit,
  jumpRules,
  leadingJump,
  markedSignature,
  originalOffset,
  outsideBrackets,
  photographersLine,
  sentenceEnd,
  staffLine,
  standaloneByline,
  trailingJump,
  wholeParenthetical,
} from './patterns.js';
import { changedPiece, type Piece } from './pieces.js';
import { listedName, surnameLength } from './words.js';

const splitAt = (p: Piece, at: number): [Piece, Piece] => {
  const text = p.text;
  // map a cut in folded text back to the original (NFKC turns … into ...)
  const cut = text.length === p.folded.length ? at : originalOffset(text, at);
  const a = text.slice(0, cut).trimEnd();
  const b = text.slice(cut).trim();
  return [
    changedPiece(p, { text: a, folded: p.folded.slice(0, at).trimEnd(), end: p.start }),
    changedPiece(p, { text: b, folded: p.folded.slice(at).trim(), indent: false, gapBefore: false }),
  ];
};

/**
 * Patterns of this stage tried only on text holding a character each of their matches holds:
 * without a start anchor, the regex engine tries them at every stop or comma of a long
 * paragraph, and most paragraphs hold none of these characters.
 */
// every jump-to names 转 (下转, 转)
const jumpTo = (f: string) => (f.includes('转') ? trailingJump.exec(f) : null);
// a glued credit ends on 摄 (X 摄, X摄(影像中国)), names its maker after a slash (图/X) or its
// giver (受访者供图)
const credited = (f: string) =>
  f.includes('摄') || f.includes('/') || f.endsWith('供图') ? gluedCredit.exec(f) : null;
// every caption cue names 图 (图为, 左图, 组图, 图片)
const captioned = (f: string) => f.includes('图') && captionCue.test(f);

// every credit holds one of these (X摄, 图/X, 摄影:X, …供图, 资料图片, 新华社发, 人民视觉, X(…视觉))
const creditMark = /[摄/:供图发视(]/;

function isCredit(f: string): boolean {
  return f.length <= 40 && creditMark.test(f) && creditRules.some((r) => r.pattern.test(f));
}

/** □ 方知远 · 文/方知远: a mark, then a name that starts with a surname. */
function isSignature(f: string): boolean {
  const m = f.length <= 12 ? markedSignature.exec(f) : null;
  if (!m) return false;
  const name = m[1].replace(/\s+/gu, '');
  const surname = surnameLength(name);
  return surname === 2 ? name.length >= 3 : surname === 1 && name.length <= 3;
}

function classifyOne(p: Piece, bodySize: number | undefined): Kind {
  const f = p.folded.trim();
  if (jumpRules[0].pattern.test(f)) return 'jump-to';
  if (jumpRules[1].pattern.test(f)) return 'jump-from';
  if (isCredit(f)) return 'credit';
  if (f.length <= 40 && standaloneByline.test(f)) return 'byline';
  if (isSignature(f)) return 'byline';
  const size = sizeClass(p, bodySize);
  // a reader that knows font sizes settles what text alone leaves open: larger type is a
  // head, smaller type beside the body a caption
  if (size === 'larger') return 'head';
  if (size === 'smaller') return 'caption';
  if (looksLikeHead(p)) return 'head';
  return 'text';
}

/** The piece's type against the body's: larger (heads), smaller (captions), or body type. */
export function sizeClass(p: Piece, bodySize: number | undefined): 'larger' | 'smaller' | 'body' | undefined {
  if (!bodySize || !p.fontSize) return undefined;
  if (p.fontSize > bodySize * 1.12) return 'larger';
  if (p.fontSize < bodySize * 0.92) return 'smaller';
  return 'body';
}

/** The font size that most of the page's characters are set in: the body type. */
function bodyFontSize(pieces: Piece[]): number | undefined {
  const weight = new Map<number, number>();
  for (const p of pieces) {
    if (!p.fontSize) continue;
    const size = Math.round(p.fontSize * 4) / 4;
    weight.set(size, (weight.get(size) ?? 0) + p.text.length);
  }
  let best: number | undefined;
  for (const [size, w] of weight) if (best === undefined || w > (weight.get(best) ?? 0)) best = size;
  return best;
}

/** A line that could be a headline: short, whole, not ending a sentence with 。;:,、 */
/** A line of names and nothing else, parted by 、 (the lexicon asked only when every part is
 * as short as a name). */
function namesOnly(f: string): boolean {
  const parts = f.split('、');
  return parts.every((part) => /^[\u4e00-\u9fff]{2,4}$/.test(part)) && parts.every(listedName);
}

/** A box label (编者按, 链接), letter-spaced or not (链  接: a label of two characters is often set
 * spaced to a head's width). */
function boxLabel(text: string): boolean {
  const f = text.trim();
  return bodyLabel.test(f) || (f.length <= 12 && /\s/.test(f) && bodyLabel.test(f.replace(/\s+/g, '')));
}

/** Two Han characters anywhere in a text (counted up to two, not matched). */
function twoHan(text: string): boolean {
  let han = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (isHan(c) && ++han === 2) return true;
  }
  return false;
}

function looksLikeHead(p: Piece): boolean {
  const f = p.folded.trim();
  // a line wider than the column is set across columns: a head, or a caption if a sentence
  if (p.wide) return !captioned(f) && !sentenceEnd.test(f) && !wholeParenthetical.test(f);
  // a wrapped line runs on, unless it stands alone between blank lines (a head as wide as a
  // column, or a paragraph's start at a column's foot: the head checks tell them apart)
  if (p.wrapped && !p.closed && !(p.start === p.end && p.gapBefore && p.gapAfter)) return false;
  // a head wider than its column wraps onto a short second line, alone between blank lines
  // and with no clause break (老街不是“旧城的边角 | 料”(城市观察))
  const wrappedHead =
    p.wrapped && p.closed && p.end === p.start + 1 && p.gapBefore && p.gapAfter && !/[,;。!?]/.test(f);
  if (p.start !== p.end && !wrappedHead && !(p.bracketWrap && p.end === p.start + 1)) return false;
  if (f.length > 64 || f.length < 2) return false;
  // a head says something in words: a phone number or a date alone (0931-8259882) is none
  // (a per cent alone may head a data box: 63%)
  if (!twoHan(f) && !/^\d[\d.]*%$/.test(f)) return false;
  // a kicker leads into its title with a dash, whatever it holds
  if (/——$/.test(f) && f.length <= 64) return true;
  if (boxLabel(f) || staffLine.test(f)) return false;
  // nor a label over a name (追梦人：韩 飞, 讲述人：叶景行): who the text below is about or by
  const labelled = /^[\u4e00-\u9fff]{2,5}:\s*([\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3})$/.exec(f);
  if (labelled && listedName(labelled[1].replace(/\s/g, ''))) return false;
  // no head opens on a day and a comma (2月5日，… · 5日晚，…): a sentence's start, a caption's
  if (/^(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚|早|凌晨|傍晚)?,/.test(f)) return false;
  // nor a numbered photo's caption (图3:…, 图①:…)
  if (/^图\s*[\d①-⑳]+\s*:/.test(f)) return false;
  // nor is one a list of names (方清源、叶景行 | 参加会见。): who attended, cut by a column
  if (f.includes('、') && namesOnly(f)) return false;
  // a long line with several clauses, or a body opening with its dateline, is text; a title
  // of over 40 characters stands without a comma
  const bare = outsideBrackets(f);
  // (a column tag closing the title is no part of its length: …获得感(守初心 担使命…主题教育))
  const untagged = f.replace(/\((?:[^()]|\([^()]*\))*\)$/, '');
  if (untagged.length > 40 && /[,;、。]/.test(bare.slice(0, -1))) return false;
  // a title may list with 、 (早发现、早报告、早处置) but not run on clause after clause
  const clauses = countOf(bare, 0x2c) + countOf(bare, 0x3b);
  const listed = countOf(bare, 0x3001);
  // (a short title its column tag closes may run three clauses: 整治河道,贵在坚持,重在长效(声音))
  const shortTagged = untagged !== f && untagged.length <= 24 && !/[。!?;:]/.test(untagged) && clauses <= 3;
  if (
    (clauses >= 2 || clauses + listed >= 4 || (clauses === 1 && listed >= 1)) &&
    !/^(?:——|—)/.test(f) &&
    !shortTagged
  )
    return false;
  // speech introduced by a colon (…说:“…”) runs in the text
  if (f.length > 20 && /:[“"]/.test(f) && untagged === f) return false;
  // a clause of one character after a comma is a sentence cut at a column end (在…中心,张)
  if (/[,、][^,、]$/.test(bare)) return false;
  // a bracket closed that never opened, or opened and left so, is a piece of a parenthetical
  const opens = countOf(f, 0x28);
  const closes = countOf(f, 0x29);
  if (closes > opens || (opens > closes && f.startsWith('('))) return false;
  // a dateline's place cut off by a column end: 新华社北京 | 1月17日电 · 本报北京2月1 | 0日电
  if (/^(?:据?新华社|本报|中新社)[\u4e00-\u9fff]{0,6}(?:\d{1,2}(?:月\d{0,2}日?)?)?$/.test(f)) return false;
  // the line naming who took a picture story's photos (X Y摄影报道(影像中国)) is its text
  if (photographersLine.test(f)) return false;
  // a turn of an interview (记者:驿站什么时候开放? · 问:… · 主持人:…) is its text
  if (/^(?:记者|主持人|问|答)\s*:\s*\S/.test(f)) return false;
  // an article of a law or rule (第三条　国有企业党组织…) is its text, not a head
  if (/^第[一二三四五六七八九十百零〇]+条\s/.test(f)) return false;
  // an address to write to, a signature (——编者), are not heads
  if (/[\w.-]+@[\w.-]+\.\w+$|https?:\/\//.test(f) || /^——\s*(?:编\s*者|作\s*者)$/.test(f)) return false;
  if (/^[,。、;:!?)」』”’\]】]/.test(f)) return false;
  if (datelinePrefix.test(f) || wholeParenthetical.test(f)) return false;
  if (/[。;,、]$|\.{3}$|……$/.test(f) || (/:$/.test(f) && f.length > 8)) return false;
  if (/[。]/.test(f.slice(0, -1))) return false;
  return true;
}

/** An item with every field set, in one order: items of one shape keep V8's compiled code for
 * heads.ts on one object shape (each new shape met cost a deoptimisation and a recompile). */
function item(piece: Piece, kind: Kind, role?: BlockRole, bySize?: boolean): Item {
  return { piece, kind, role, joinPrev: undefined, bySize, opensArticle: undefined };
}

/** Splits glued jumps and credits off their pieces, then classifies each piece. */
export function classify(pieces: Piece[]): Item[] {
  const bodySize = bodyFontSize(pieces);
  const items: Item[] = [];
  for (const piece of pieces) {
    let p = piece;
    // the text after a jump from another page goes on the article it carries over: body, no head
    let carriedOver = false;
    const lead = leadingJump.exec(p.folded);
    if (lead && lead[0].length < p.folded.length) {
      const [a, b] = splitAt(p, lead[0].length);
      items.push(item(a, 'jump-from'));
      p = b;
      carriedOver = true;
    }
    let tail: Item | undefined;
    const trail = jumpTo(p.folded);
    if (trail && trail.index > 0) {
      const [a, b] = splitAt(p, trail.index);
      tail = item(b, 'jump-to');
      p = a;
    }
    const glued = !isCredit(p.folded.trim()) ? credited(p.folded) : null;
    if (glued && glued.index + 1 < p.folded.length && glued.index > 4) {
      const [a, b] = splitAt(p, glued.index + glued[1].length);
      items.push(item(a, 'caption'), item(b, 'credit'));
    } else {
      const one = classifyOne(p, bodySize);
      const kind = carriedOver && one === 'head' ? 'text' : one;
      const size = sizeClass(p, bodySize);
      // a box label (核心阅读, 编者按) heads the passage under it inside the body; body type
      // cannot open an article: a head-like line set in it is an in-body subhead
      const label = (kind === 'text' || (kind === 'head' && size === undefined)) && boxLabel(p.folded);
      if (label || (size === 'body' && kind === 'head')) items.push(item(p, 'text', 'subhead'));
      else items.push(item(p, kind, undefined, size === 'larger' || size === 'smaller'));
    }
    if (tail) items.push(tail);
  }
  markCaptions(items);
  return items;
}

/** A caption's opening date: 10月3日，… · 3日上午，… */
const captionDate = /^(?:\d{1,2}月)?\d{1,2}日[\u4e00-\u9fff]{0,2},/;
/** A caption's opening words: 图为…, 上图：… */
const captionOpening = /^(?:图为|[左右上下组]图[:：]?)/;

/** The text just before a credit is its caption; so is a 图为 sentence set inside a paragraph. */
function markCaptions(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind === 'credit' && i > 0) {
      const before = items[i - 1];
      const f = before.piece.folded;
      // (a closing mark alone on its line, 。 or ”, ends the text above: no caption says nothing)
      const captionLike =
        (before.kind === 'text' || before.kind === 'head') &&
        twoHan(f) &&
        (captioned(f) ||
          (sentenceEnd.test(f) && (!before.piece.indent || items[i - 2]?.kind === 'head')) ||
          before.kind === 'head');
      // a credit right after a title is a picture story's credit, its caption lies after it
      if (captionLike && !(before.kind === 'head' && isStoryHead(items, i - 1))) {
        before.kind = 'caption';
        // a caption wrapped onto several pieces: earlier pieces that run on into it (on a
        // hard-wrapped page a caption's short line cut mid-word is closed, yet runs on, and
        // set apart it looks like a head, unless it opens as captions do: 10月3日，… · 图为…)
        for (let k = i - 2; k >= 0; k--) {
          const piece = items[k];
          const pf = piece.piece.folded;
          const cutShort = piece.piece.closed && piece.piece.gapBefore && !sentenceEnd.test(pf);
          const captionHead =
            piece.kind === 'head' && cutShort && (captionDate.test(pf) || captionOpening.test(pf));
          if (
            (piece.kind !== 'text' && !captionHead) ||
            items[k + 1].piece.gapBefore ||
            (endsParagraph(piece.piece) && !cutShort)
          )
            break;
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
          (captioned(f2) || (isStoryHead(items, i) && sentenceEnd.test(f2)))
        )
          after.kind = 'caption';
      }
    } else if (item.kind === 'text' && captioned(item.piece.folded) && sentenceEnd.test(item.piece.folded)) {
      // 图为… interrupting a paragraph: the text before it is cut mid-sentence
      const prev = items[i - 1];
      const next = items[i + 1];
      const interrupts =
        prev && prev.kind === 'text' && !endsParagraph(prev.piece) && next && next.kind === 'text';
      // or a flush block of its own that opens with 图为 between the paragraphs of an article
      const apart =
        captionOpening.test(item.piece.folded) &&
        !item.piece.indent &&
        prev?.kind === 'text' &&
        item.piece.gapBefore &&
        item.piece.gapAfter === true;
      // (but a 图为 sentence over the line naming a photo report's makers is that report's text)
      const reported = next?.kind === 'text' && photographersLine.test(next.piece.folded.trim());
      if ((interrupts || apart) && !reported && item.piece.folded.length <= 160) item.kind = 'caption';
    }
  }
  captionListsAsText(items);
}

/** Captions listed under a 图片说明 label at an article's end (图①：… | X摄 | 图②：…) are its
 * text, as the paper prints them, up to the next heads. */
function captionListsAsText(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    if (items[i].kind !== 'text' || !/^图片说明:?$/.test(items[i].piece.folded.trim())) continue;
    let k = i + 1;
    for (; k < items.length && items[k].kind !== 'head' && items[k].kind !== 'byline'; k++)
      if (items[k].kind === 'caption' || items[k].kind === 'credit') items[k].kind = 'text';
    i = k - 1;
  }
}

export function isStoryHead(items: Item[], i: number): boolean {
  return i === 0 || items[i - 1].kind === 'head';
}
