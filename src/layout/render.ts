/**
 * Lays out one rmrb page as raw text, the way a PDF or OCR text dump prints it, together
 * with its truth. Every artifact is drawn from a PRNG seeded by (seed, page id).
 */
import iconv from 'iconv-lite';
import type { Byline, Jump, Photo } from '../model.js';
import { chineseNumber, inventCredit, inventName, pictureShows, sectionNames } from './inventory.js';
import type { LayoutOptions } from './options.js';
import { createRandom, hashSeed, type Random } from './prng.js';
import type { JumpPair, SourcePaperPage } from './source.js';
import { type ArticleParts, type GoldArticle, type GoldPage, readArticle } from './truth.js';

export interface LaidOutPage {
  id: string;
  /** The page text before encoding (after NFKC and CRLF when drawn). */
  text: string;
  /** The bytes of the page file (UTF-8 or GB18030). */
  bytes: Uint8Array;
  gold: GoldPage;
}

/** What one page draws once and keeps for all its articles. */
interface PageStyle {
  columnChars: number;
  hardWrap: boolean;
  lineChars: number;
  paragraphBlank: boolean;
  indent: string;
  headsBlank: boolean;
}

/** A run of body text, or lines set apart inside the body (a photo). */
type BodyItem = { kind: 'paragraph'; text: string; indent: boolean } | { kind: 'block'; lines: string[] };

const chars = (s: string): string[] => Array.from(s);
const length = (s: string): number => chars(s).length;

function drawStyle(random: Random, options: LayoutOptions): { style: PageStyle; artifacts: string[] } {
  const artifacts: string[] = [];
  const hardWrap = random.chance(options.hardWrap);
  const { ideographic, spaces, none } = options.indent;
  const roll = random.next() * (ideographic + spaces + (hardWrap ? 0 : none));
  const indentKind = roll < ideographic ? 'ideographic' : roll < ideographic + spaces ? 'spaces' : 'none';
  const style: PageStyle = {
    columnChars: random.int(options.columnChars[0], options.columnChars[1]),
    hardWrap,
    lineChars: random.int(options.lineChars[0], options.lineChars[1]),
    paragraphBlank: !random.chance(options.singleNewline),
    indent: indentKind === 'ideographic' ? '\u3000\u3000' : indentKind === 'spaces' ? '  ' : '',
    headsBlank: !random.chance(options.headsSingleNewline),
  };
  if (hardWrap) artifacts.push('hard-wrap');
  if (!style.paragraphBlank) artifacts.push('single-newline');
  if (!style.headsBlank) artifacts.push('heads-single-newline');
  artifacts.push(`indent-${indentKind}`);
  return { style, artifacts };
}

/** Splits a body for a jump: part one ends mid-sentence inside a paragraph. */
function splitForJump(
  parts: ArticleParts,
  random: Random,
): { head: ArticleParts; tail: ArticleParts } | null {
  const sizes = parts.paragraphs.map(length);
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total < 120 || parts.credit) return null;
  let target = Math.floor(total * (0.3 + random.next() * 0.4));
  for (let i = 0; i < parts.paragraphs.length; i++) {
    if (target >= sizes[i]) {
      target -= sizes[i];
      continue;
    }
    if (parts.subheadings.includes(i) || sizes[i] < 6) return null;
    const text = chars(parts.paragraphs[i]);
    let at = Math.min(Math.max(target, 2), text.length - 2);
    while (at < text.length - 2 && /[。！？；，、”’）\s]/.test(text[at - 1] + text[at])) at++;
    const head = text.slice(0, at).join('');
    const rest = text.slice(at).join('');
    return {
      head: {
        ...parts,
        paragraphs: [...parts.paragraphs.slice(0, i), head],
        subheadings: parts.subheadings.filter((k) => k < i),
      },
      tail: {
        ...parts,
        kicker: null,
        subtitle: null,
        byline: null,
        bylineApart: false,
        bylinePrefix: '',
        paragraphs: [rest, ...parts.paragraphs.slice(i + 1)],
        subheadings: parts.subheadings.filter((k) => k > i).map((k) => k - i),
      },
    };
  }
  return null;
}

function jumpToMarker(random: Random, page: number): string {
  return random.pick([
    `(下转${page}版)`,
    `（下转第${chineseNumber(page)}版）`,
    `（下转第${page}版）`,
    `（下转${page}版）`,
  ]);
}

function jumpFromMarker(random: Random, page: number): string {
  return random.pick([`（上接第${chineseNumber(page)}版）`, `（上接${page}版）`, `(上接第${page}版)`]);
}

/** A byline made up for a body that has none: 本报记者　X or 本报讯（记者 X 通讯员 Y）. */
function inventByline(random: Random): Byline {
  const reporters = Array.from({ length: random.int(1, 3) }, () => inventName(random));
  const join = random.pick(['、', ' ', '\u00a0', '\u3000']);
  if (random.chance(0.5)) {
    const gap = random.pick([' ', '\u3000', '\u00a0\u00a0']);
    return { text: `本报记者${gap}${reporters.join(join)}`, source: '本报', reporters };
  }
  const correspondents = random.chance(0.4) ? [inventName(random)] : [];
  const open = random.chance(0.7) ? '（' : '(';
  const close = open === '（' ? '）' : ')';
  const gap = random.pick(['', ' ']);
  const names = reporters.join(join === '\u3000' ? '、' : join);
  const tail = correspondents.length ? ` 通讯员${gap}${correspondents.join('、')}` : '';
  // Sometimes the paper's own name before 记者, as in 本报讯(渝西都市报记者 X).
  const paper = random.chance(0.3) ? '人民日报' : '';
  const byline: Byline = {
    text: `本报讯${open}${paper}记者${gap}${names}${tail}${close}`,
    source: paper || '本报',
    reporters,
  };
  if (correspondents.length) byline.correspondents = correspondents;
  return byline;
}

/** A caption made from a sentence of the article plus an invented 图为… ending. */
function inventCaption(random: Random, paragraphs: string[]): string | null {
  const sentences = paragraphs
    .join('')
    .split(/(?<=[。！？])/)
    .filter((s) => {
      const n = length(s);
      return n >= 12 && n <= 70 && /。$/.test(s) && !/[“”‘’「」《》（）()]/.test(s);
    });
  if (!sentences.length) return null;
  return random.pick(sentences) + random.pick(pictureShows);
}

/** Inserts a photo block into the body items at a character offset, splitting a paragraph. */
function insertBlock(items: BodyItem[], random: Random, lines: string[]): void {
  const sizes = items.map((item) => (item.kind === 'paragraph' ? length(item.text) : 0));
  const total = sizes.reduce((a, b) => a + b, 0);
  let target = Math.floor(total * (0.2 + random.next() * 0.7));
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind !== 'paragraph' || target >= sizes[i]) {
      target -= sizes[i];
      continue;
    }
    if (target < 2 || sizes[i] - target < 2) {
      items.splice(i + (target < 2 ? 0 : 1), 0, { kind: 'block', lines });
      return;
    }
    const text = chars(item.text);
    items.splice(
      i,
      1,
      { kind: 'paragraph', text: text.slice(0, target).join(''), indent: item.indent },
      { kind: 'block', lines },
      { kind: 'paragraph', text: text.slice(target).join(''), indent: false },
    );
    return;
  }
  items.push({ kind: 'block', lines });
}

/** Writes lines with column cuts; remembers how full the current column is. */
class PageWriter {
  readonly lines: string[] = [];
  private used = 0;
  cuts = 0;

  constructor(
    private readonly style: PageStyle,
    private readonly random: Random,
  ) {}

  blank(): void {
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  gap(blank: boolean): void {
    if (blank) this.blank();
  }

  line(text: string): void {
    this.lines.push(text);
  }

  private cutSeparator(): void {
    const roll = this.random.next();
    if (roll < 0.3) return;
    this.lines.push('');
    if (roll > 0.9) this.lines.push('', '');
  }

  /** A run of body text (indent included), cut where the column ends. */
  flow(text: string): void {
    if (this.style.hardWrap) {
      this.wrap(text);
      return;
    }
    let rest = chars(text);
    const capacity = this.style.columnChars;
    if (this.used >= capacity) this.used = 0;
    while (this.used + rest.length > capacity) {
      const take = capacity - this.used;
      const piece = rest.slice(0, take).join('');
      // A column that would end inside the indent ends before the paragraph instead.
      if (/^[\s\u3000]*$/.test(piece)) {
        if (this.used === 0) break;
        this.used = 0;
        continue;
      }
      this.lines.push(piece);
      rest = rest.slice(take);
      this.cutSeparator();
      this.cuts++;
      this.used = 0;
    }
    this.lines.push(rest.join(''));
    this.used += rest.length;
  }

  /** pdftotext style: every line ends at the column edge; a column end is a blank line. */
  private wrap(text: string): void {
    const width = this.style.lineChars;
    const perColumn = Math.max(3, Math.floor(this.style.columnChars / width));
    let all = chars(text);
    let lone: string | null = null;
    // Sometimes the closing 。 or ” alone on the next line, as when it did not fit the edge.
    if (all.length > 4 && /[。”]/.test(all[all.length - 1]) && this.random.chance(0.12)) {
      lone = all[all.length - 1];
      all = all.slice(0, -1);
    }
    const pieces: string[] = [];
    for (let i = 0; i < all.length; i += width) pieces.push(all.slice(i, i + width).join(''));
    if (lone) pieces.push(lone);
    for (const piece of pieces) {
      if (this.used >= perColumn) {
        this.lines.push('');
        this.cuts++;
        this.used = 0;
      }
      this.lines.push(piece);
      this.used++;
    }
  }
}

interface ArticlePlan {
  parts: ArticleParts;
  continuedTo: Jump | null;
  continuedFrom: Jump | null;
  artifacts: string[];
}

/** Decides, per article, the jump half it prints and the byline it gets. */
function planArticles(
  page: SourcePaperPage,
  jumps: Map<string, JumpPair>,
  seed: number,
  random: Random,
  options: LayoutOptions,
): ArticlePlan[] {
  const pageNumber = Number(page.page);
  const seenTitles = new Set<string>();
  return page.articles.map((source) => {
    let parts = readArticle(source);
    const artifacts: string[] = [];
    let continuedTo: Jump | null = null;
    let continuedFrom: Jump | null = null;
    const pair = jumps.get(source.title.trim());
    const firstOnPage = !seenTitles.has(parts.title);
    seenTitles.add(parts.title);
    if (pair && firstOnPage) {
      // The split point depends on the article alone, so both pages agree on it.
      const split = splitForJump(parts, createRandom(hashSeed(seed, page.date, pair.title, 'jump')));
      if (split && pair.fromPage === pageNumber) {
        parts = split.head;
        continuedTo = { page: pair.toPage, marker: jumpToMarker(random, pair.toPage) };
        artifacts.push('jump-to');
      } else if (split && pair.toPage === pageNumber) {
        parts = split.tail;
        continuedFrom = { page: pair.fromPage, marker: jumpFromMarker(random, pair.fromPage) };
        artifacts.push('jump-from');
      }
    }
    if (parts.byline) artifacts.push('dateline');
    else if (
      !continuedFrom &&
      !parts.credit &&
      parts.paragraphs.length > 1 &&
      random.chance(options.byline)
    ) {
      const byline = inventByline(random);
      const glued = random.chance(options.bylineGlued) && byline.text.startsWith('本报讯');
      parts = { ...parts, byline, bylineApart: !glued, bylinePrefix: byline.text };
      artifacts.push(glued ? 'byline-glued' : 'byline-apart');
    }
    if (parts.credit) artifacts.push(parts.paragraphs.length <= 2 ? 'picture-story' : 'closing-credit');
    if (parts.kicker) artifacts.push('kicker');
    if (parts.subtitle) artifacts.push('subtitle');
    if (parts.subheadings.length) artifacts.push('subheads');
    return { parts, continuedTo, continuedFrom, artifacts };
  });
}

function runningHead(random: Random, page: SourcePaperPage): string[] {
  const y = page.date.slice(0, 4);
  const m = Number(page.date.slice(4, 6));
  const d = Number(page.date.slice(6, 8));
  const n = Number(page.page);
  const weekday = '日一二三四五六'[new Date(Date.UTC(Number(y), m - 1, d)).getUTCDay()];
  const section = random.pick(sectionNames);
  const date = `${y}年${m}月${d}日`;
  return random.pick([
    [`人民日报\u3000${date}\u3000星期${weekday}`, `第${n}版\u3000${section}`],
    [`${page.page}\u3000${section}`],
    [`人民日报  ${date}  第${n}版`],
    [`${section}\u3000${date}\u3000星期${weekday}\u3000第${chineseNumber(n)}版`],
  ]);
}

function writeHeads(
  writer: PageWriter,
  plan: ArticlePlan,
  random: Random,
  style: PageStyle,
  options: LayoutOptions,
) {
  const { parts } = plan;
  if (parts.kicker) {
    writer.line(parts.kicker);
    writer.gap(style.headsBlank);
  }
  const title = chars(parts.title);
  const wrappable = title.length >= 10 && !/\s/.test(parts.title);
  if (wrappable && random.chance(options.titleWrapSpace)) {
    const at = random.int(Math.floor(title.length / 3), Math.ceil((2 * title.length) / 3));
    writer.line(`${title.slice(0, at).join('')} ${title.slice(at).join('')}`);
    plan.artifacts.push('title-space');
  } else if (wrappable && random.chance(options.titleWrapLines)) {
    const at = random.int(Math.floor(title.length / 3), Math.ceil((2 * title.length) / 3));
    writer.line(title.slice(0, at).join(''));
    writer.line(title.slice(at).join(''));
    plan.artifacts.push('title-two-lines');
  } else {
    writer.line(parts.title);
  }
  if (parts.subtitle) {
    writer.gap(style.headsBlank);
    writer.line(parts.subtitle);
  }
  writer.gap(style.headsBlank);
}

/** Lays out one page and returns its text, bytes and truth. */
export function renderPage(
  page: SourcePaperPage,
  jumps: Map<string, JumpPair>,
  id: string,
  options: LayoutOptions,
): LaidOutPage {
  const random = createRandom(hashSeed(options.seed, id));
  const { style, artifacts: pageArtifacts } = drawStyle(random, options);
  const plans = planArticles(page, jumps, options.seed, random, options);
  const writer = new PageWriter(style, random);
  const head = random.chance(options.runningHead) ? runningHead(random, page) : null;
  const headOnTop = random.chance(0.6);
  if (head) pageArtifacts.push(headOnTop ? 'running-head-top' : 'running-head-bottom');
  if (head && headOnTop) {
    for (const line of head) writer.line(line);
    writer.blank();
  }
  const golds: GoldArticle[] = [];
  for (const plan of plans) {
    const { parts } = plan;
    const cutsBefore = writer.cuts;
    writer.blank();
    if (random.chance(0.3)) writer.line('');
    writeHeads(writer, plan, random, style, options);
    const items: BodyItem[] = parts.paragraphs.map((text, i) => ({
      kind: 'paragraph',
      text,
      indent: !parts.subheadings.includes(i) || random.chance(0.5),
    }));
    // Photos dropped into the text, splitting a word.
    const photos: Photo[] = [];
    if (!parts.credit && parts.paragraphs.join('').length >= 150 && random.chance(options.photo)) {
      const count = random.chance(0.2) ? 2 : 1;
      for (let k = 0; k < count; k++) {
        const caption = inventCaption(random, parts.paragraphs);
        if (!caption) break;
        const credit = inventCredit(random);
        const glued = random.chance(options.creditGlued);
        const lines = glued ? [caption + random.pick(['', ' ', '  ']) + credit.text] : [caption, credit.text];
        insertBlock(items, random, lines);
        photos.push({ caption, credit: credit.text, photographers: credit.photographers });
        plan.artifacts.push('photo', `credit-${credit.form}`);
        if (glued) plan.artifacts.push('credit-glued');
      }
    }
    if (parts.byline && parts.bylineApart) {
      writer.line(parts.bylinePrefix);
      writer.gap(style.headsBlank);
    }
    let prefix = parts.byline && !parts.bylineApart ? parts.bylinePrefix : '';
    if (plan.continuedFrom) {
      if (random.chance(0.5)) prefix = plan.continuedFrom.marker ?? '';
      else writer.line(plan.continuedFrom.marker ?? '');
    }
    let first = true;
    for (const item of items) {
      if (item.kind === 'block') {
        writer.blank();
        for (let k = random.int(0, 2); k > 0; k--) writer.line('');
        for (const line of item.lines) writer.line(line);
        writer.blank();
        continue;
      }
      if (!first && style.paragraphBlank) writer.blank();
      const indent = item.indent ? style.indent : '';
      writer.flow(prefix ? indent + prefix + item.text : indent + item.text);
      prefix = '';
      first = false;
    }
    if (parts.credit?.credit) {
      writer.line((style.indent || '') + parts.credit.credit);
      photos.push(parts.credit);
    }
    if (plan.continuedTo) {
      const marker = plan.continuedTo.marker ?? '';
      const last = writer.lines.length - 1;
      if (!style.hardWrap && random.chance(0.3) && writer.lines[last]) writer.lines[last] += marker;
      else writer.line(marker);
    }
    if (writer.cuts > cutsBefore) plan.artifacts.push('column-cut');
    const byline = parts.byline;
    golds.push({
      kicker: parts.kicker,
      title: parts.title,
      subtitle: parts.subtitle,
      byline,
      paragraphs: parts.paragraphs,
      subheadings: parts.subheadings,
      photos,
      continuedTo: plan.continuedTo,
      continuedFrom: plan.continuedFrom,
      authors: byline ? [...byline.reporters, ...(byline.correspondents ?? [])] : [],
      artifacts: [...new Set(plan.artifacts)].sort(),
    });
  }
  if (head && !headOnTop) {
    writer.blank();
    for (const line of head) writer.line(line);
  }
  const leading = '\n'.repeat(random.chance(0.3) ? random.int(1, 2) : 0);
  let text = `${leading}${writer.lines.join('\n').replace(/^\n+/, '')}\n`;
  if (text.split('\n').some((line) => /^[\s\u3000]*[。”！？]$/.test(line))) pageArtifacts.push('lone-punct');
  if (random.chance(options.nfkc)) {
    text = text.normalize('NFKC');
    pageArtifacts.push('nfkc');
  }
  if (random.chance(options.crlf)) {
    text = text.replace(/\n/g, '\r\n');
    pageArtifacts.push('crlf');
  }
  const gb = random.chance(options.gb18030);
  if (gb) pageArtifacts.push('gb18030');
  const bytes = gb
    ? new Uint8Array(iconv.encode(text, 'gb18030'))
    : new Uint8Array(Buffer.from(text, 'utf8'));
  const artifacts = new Set(pageArtifacts);
  for (const gold of golds) for (const a of gold.artifacts) artifacts.add(a);
  return {
    id,
    text,
    bytes,
    gold: {
      source: `${id}.txt`,
      paper: page.newspaper || '人民日报',
      date: `${page.date.slice(0, 4)}-${page.date.slice(4, 6)}-${page.date.slice(6, 8)}`,
      page: Number(page.page),
      seed: options.seed,
      artifacts: [...artifacts].sort(),
      pageArtifacts: [...new Set(pageArtifacts)].sort(),
      articles: golds,
    },
  };
}
