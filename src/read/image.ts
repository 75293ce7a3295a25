import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { InputError, type SourcePage } from '../model.js';
import { circledDigit, digitImage, endingRing, grownToInk, withCircled, withTagDot } from './head-ink.js';
import { doubtfulPlaces, dropExtra, settleByWords, spellHeads } from './head-spelling.js';
import { removeCjkSpaces, unifyIdeographs } from './layout-glyphs.js';
import { type Fragment, fragmentsFromRuns, type TextRun } from './layout-lines.js';
import { bodySize, orderFragments } from './layout-order.js';
import { cropShrink, decodePng, encodePng, type Gray, stack } from './png.js';

const run = promisify(execFile);

const missing =
  'OCR needs tesseract with Chinese data: install the Debian packages tesseract-ocr tesseract-ocr-chi-sim';

/** One row of tesseract's TSV output. */
export interface TsvRow {
  level: number;
  key: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Word confidence 0–100 (-1 on rows above words). */
  conf: number;
  text: string;
}

export function parseTsv(tsv: string): TsvRow[] {
  const rows: TsvRow[] = [];
  for (const line of tsv.split('\n').slice(1)) {
    const cells = line.split('\t');
    if (cells.length < 12) continue;
    const [level, page, block, par, lineNum, , left, top, width, height, conf, ...text] = cells;
    rows.push({
      level: Number(level),
      key: `${page}.${block}.${par}.${lineNum}`,
      left: Number(left),
      top: Number(top),
      width: Number(width),
      height: Number(height),
      conf: Number(conf),
      text: text.join('\t'),
    });
  }
  return rows;
}

/** What a tesseract pass reads besides the page segmentation mode. */
export interface OcrOptions {
  /** Digits only, with the English model (a circled number's digit, read alone). */
  digits?: boolean;
}

/** Runs tesseract over an image and returns its TSV (words, lines, blocks with boxes). */
export async function tesseractTsv(path: string, psm = 3, options: OcrOptions = {}): Promise<string> {
  // Digits alone read better with the English model (chi_sim reads a lone 4 as nothing).
  const model = options.digits
    ? ['-l', 'eng', '-c', 'tessedit_char_whitelist=0123456789']
    : ['-l', 'chi_sim'];
  try {
    const { stdout } = await run('tesseract', [path, 'stdout', ...model, '--psm', String(psm), 'tsv'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new InputError(missing, 'ocr-missing');
    const detail = String(e.stderr ?? e.message);
    if (/chi_sim|Failed loading language|tessdata/i.test(detail))
      throw new InputError(missing, 'ocr-missing');
    const first = detail
      .trim()
      .split('\n')
      .find((l) => /error|cannot|can't|unsupported/i.test(l));
    throw new InputError(`the image cannot be read by OCR${first ? ` (${first.trim()})` : ''}`, 'image');
  }
}

/**
 * Lines of the TSV → runs: one per tesseract line (its words joined, CJK spacing removed), with
 * the line's box. Line boxes are steady (the ink of CJK glyphs fills about 0.93 em); word boxes
 * are not. When tesseract ran a line across a gutter (a gap between words of more than twice
 * the line's CJK word height), the line is cut there, and each piece takes its size from the
 * median height of its CJK words when the line box spans two baselines and is too tall — but
 * never more than the line's height: word boxes also come out too tall (a date of 年 月 日
 * boxed at 1.6 times its line in a running head), which made pieces of body lines heads.
 */
export function runsFromTsv(rows: TsvRow[]): TextRun[] {
  const lines = new Map<string, { row: TsvRow; words: TsvRow[] }>();
  const bars: TsvRow[] = [];
  for (const row of rows) {
    if (row.level === 4) lines.set(row.key, { row, words: [] });
    if (row.level !== 5) continue;
    if (row.text.trim()) lines.get(row.key)?.words.push(row);
    else if (isBar(row)) bars.push(row);
  }
  const runs: TextRun[] = [];
  const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
  const cjkHeight = (words: TsvRow[]) => {
    const heights = words.filter((w) => /^[\u3400-\u9fff]+$/u.test(w.text.trim())).map((w) => w.height);
    return heights.length >= 3 ? median(heights) : undefined;
  };
  for (const { row, words } of lines.values()) {
    const sorted = [...words].sort((p, q) => p.left - q.left);
    const wordHeight = cjkHeight(sorted) ?? row.height;
    const pitch = glyphPitch(sorted);
    const pieces: TsvRow[][] = [];
    for (const word of sorted) {
      const piece = pieces[pieces.length - 1];
      const last = piece?.[piece.length - 1];
      if (last && word.left - inkEnd(last, wordHeight, pitch) <= 2 * wordHeight) piece.push(word);
      else pieces.push([word]);
    }
    for (const [k, piece] of pieces.entries()) {
      const text = fixOcrBrackets(
        unifyIdeographs(removeCjkSpaces(piece.map((w) => w.text.trim()).join(' '))),
      );
      if (!text) continue;
      // The line's box holds glyphs its words lost (an opening quote, the left half of a bold
      // character): the first piece starts where the line starts, the last ends where it ends.
      const x0 = Math.min(...piece.map((w) => w.left), k === 0 ? row.left : Number.POSITIVE_INFINITY);
      const x1 = Math.max(
        ...piece.map((w) => w.left + w.width),
        k === pieces.length - 1 ? row.left + row.width : 0,
      );
      if (pieces.length === 1) {
        runs.push({
          text,
          x: x0,
          y: row.top,
          w: x1 - x0,
          h: row.height,
          baseline: row.top + row.height,
          fontSize: row.height / 0.93,
        });
        continue;
      }
      const height = Math.min(row.height, cjkHeight(piece) ?? wordHeight);
      const y0 = Math.min(...piece.map((w) => w.top));
      const y1 = Math.max(...piece.map((w) => w.top + w.height));
      runs.push({ text, x: x0, y: y0, w: x1 - x0, h: y1 - y0, baseline: y1, fontSize: height / 0.93 });
    }
  }
  return withDashes(runs, bars);
}

/** Ideographs of a word's text. */
const hanCount = (text: string) => [...text].filter((c) => /\p{Script=Han}/u.test(c)).length;

/**
 * The distance from one glyph's left edge to the next along a line: the median over its
 * neighbouring ideograph words of the step to the next word per glyph. Undefined with fewer
 * than three such steps.
 */
export function glyphPitch(sorted: TsvRow[]): number | undefined {
  const steps: number[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const text = sorted[i].text.trim();
    const n = hanCount(text);
    if (n === 0 || n !== [...text].length) continue;
    steps.push((sorted[i + 1].left - sorted[i].left) / n);
  }
  if (steps.length < 3) return undefined;
  return [...steps].sort((p, q) => p - q)[Math.floor(steps.length / 2)];
}

/**
 * Where a word's ink ends. Tesseract at times draws a word's box round its first glyph only
 * (a bold name of three glyphs boxed one glyph wide), so that the gap after it looks like a
 * gutter: a word of ideographs boxed narrower than half an em a glyph ends where its glyphs at
 * the line's pitch would. Only the gap test uses this: the box itself is not widened (a word
 * at a column's end would reach over the gutter).
 */
function inkEnd(word: TsvRow, height: number, pitch: number | undefined): number {
  const end = word.left + word.width;
  const n = hanCount(word.text.trim());
  if (!pitch || n < 2 || word.width >= 0.5 * n * height) return end;
  return Math.max(end, word.left + (n - 1) * pitch + Math.min(word.width, height));
}

/** A word tesseract found but gave no text: a flat bar, as a dash (——) or a rule is. */
const isBar = (w: TsvRow) => w.width >= 12 && w.height <= 0.15 * w.width;

/**
 * Tesseract finds the dash that opens a subtitle or a quoted speaker (——) as a word of its own
 * with no text, and the line loses it. A bar about two ems long, at the middle height of a line
 * and right before it, is put back as —— at the line's start. Rules are longer, or stand apart.
 */
export function withDashes(runs: TextRun[], bars: TsvRow[]): TextRun[] {
  return runs.map((run) => {
    const bar = bars.find((b) => {
      const mid = b.top + b.height / 2;
      const gap = run.x - (b.left + b.width);
      return (
        b.width >= 1.2 * run.h &&
        b.width <= 2.8 * run.h &&
        mid > run.y + 0.25 * run.h &&
        mid < run.y + 0.75 * run.h &&
        gap >= -0.2 * run.h &&
        gap <= 0.6 * run.h
      );
    });
    if (!bar || /^[—-]/u.test(run.text)) return run;
    return { ...run, text: `——${run.text}`, x: bar.left, w: run.x + run.w - bar.left };
  });
}

/**
 * A bold head glyph tesseract cut out of its line (the inner part of 国 read as 玉, boxed
 * alone) sits inside the line's height, right beside it, with a smaller box: it takes the
 * head's line geometry, so that it joins the head's row instead of standing as a line of body
 * size. Only runs within half an em of the head count (a column gutter is wider).
 */
export function joinOrphans(runs: TextRun[]): TextRun[] {
  const heads = [...runs].sort((a, b) => b.h - a.h);
  return runs.map((run) => {
    const mid = run.y + run.h / 2;
    const head = heads.find(
      (h) =>
        h !== run &&
        h.h >= 1.4 * run.h &&
        mid > h.y &&
        mid < h.y + h.h &&
        Math.max(h.x - (run.x + run.w), run.x - (h.x + h.w)) < 0.5 * h.fontSize,
    );
    return head ? { ...run, y: head.y, h: head.h, baseline: head.baseline, fontSize: head.fontSize } : run;
  });
}

/**
 * A head prints curly quotes only; tesseract reads some as straight ones ("在一起"): each " opens
 * a quote unless one is open.
 */
export function curlyQuotes(text: string): string {
  let open = false;
  return [...text]
    .map((c) => {
      if (c === '“') open = true;
      else if (c === '”') open = false;
      else if (c === '"') {
        open = !open;
        return open ? '“' : '”';
      }
      return c;
    })
    .join('');
}

/**
 * Tesseract reads the full-width opening bracket （ as 〈 or 《 while it gets the closing one
 * right: an opening angle bracket closed by a round one was a round one.
 */
export function fixOcrBrackets(text: string): string {
  return text
    .replace(/[〈《<]([^〈《<>〉》()（）]{1,40})([)）])/gu, '($1$2')
    .replace(/([(（])([^〈《<>〉》()（）]{1,40})[〉》>]/gu, '$1$2)');
}

/**
 * OCR sizes wobble by a few pixels: sizes near the body size are the body size. A short line's
 * height says little (the last line of a paragraph, 任——, boxed a fifth taller than its
 * glyphs): one of a few full-width glyphs set at the body's pitch (its width a glyph within a
 * tenth of the body size) is body text too. Heads are set wider than that.
 */
export function snapSizes(fragments: Fragment[]): Fragment[] {
  const body = bodySize(fragments.map((f) => ({ ...f, fontSize: Math.round(f.fontSize / 2) * 2 })));
  return fragments.map((f) => {
    const pitch = fullWidthPitch(f);
    const atBodyPitch = pitch !== undefined && Math.abs(pitch / body - 1) < 0.1;
    return Math.abs(f.fontSize / body - 1) < 0.17 || atBodyPitch
      ? { ...f, fontSize: body }
      : { ...f, text: columnTagDots(headGaps(f.text)) };
  });
}

/** Up to six glyphs, all full-width (ideographs, dashes, CJK punctuation): its width a glyph. */
function fullWidthPitch(f: Fragment): number | undefined {
  const glyphs = [...f.text.trim()];
  const fullWidth = /^[\p{Script=Han}—\u3000-\u303f\uff01-\uff5e“”‘’…]$/u;
  if (!glyphs.length || glyphs.length > 6 || !glyphs.every((c) => fullWidth.test(c))) return undefined;
  return f.box.w / glyphs.length;
}

/**
 * Tesseract reads the wide gap between two clauses of a head as a quote (抓紧春耕”确保…): a ”
 * between ideographs with no “ before it on the line, or a “ never closed after it, is a gap.
 * It reads the dash that opens a subtitle or ends a kicker (——) as 一一. Heads only: in body
 * text a quote opened on the line before closes like that, and 一一 is a word (一一握手).
 */
export function headGaps(text: string): string {
  // A rule beside the head read as a bar; the dash of a subtitle read as a hyphen.
  // The dash ending a kicker (杨村——) read as one hyphen.
  text = text
    .replace(/^[|｜]+|[|｜]+$/gu, '')
    .replace(/^[-—–]{1,2}(?=\p{Script=Han})/u, '——')
    .replace(/(?<=\p{Script=Han})[-–]$/u, '——');
  text = text.replace(/^一一(?=\p{Script=Han})/u, '——').replace(/(?<=\p{Script=Han}[，、]?)一一$/u, '——');
  return text.replace(/(?<=\p{Script=Han})[“”"](?=\p{Script=Han})/gu, (quote, at: number) => {
    // A closing quote with no opening one before it, or an opening one never closed after it.
    const lone = quote === '“' ? !text.slice(at + 1).includes('”') : !text.slice(0, at).includes('“');
    return lone ? ' ' : quote;
  });
}

/** Runs OCR over an image file with a page segmentation mode and returns tesseract's TSV. */
export type OcrTsv = (path: string, psm: number, options?: OcrOptions) => Promise<string>;

export interface ReadImageOptions {
  /** Where the TSV comes from: tesseract itself unless given (the evaluation caches it). */
  ocr?: OcrTsv;
}

/**
 * A head's trailing column tag joins its parts with a middle dot (海州观察·老街新生), a glyph
 * too small for tesseract: it comes out as 。，* or a point. Between two ideographs in that last
 * parenthetical, those are the dot (a space may be a real gap between two clauses); 一一 there
 * is a dash.
 */
export function columnTagDots(text: string): string {
  return text.replace(/([(（])([^()（）]+)([)）])$/u, (_, open: string, inner: string, close: string) => {
    const dotted = inner
      // The dot read as a point, or as a point beside a quote (闻“。走).
      .replace(/(?<=\p{Script=Han})[“”"]?[。，,*.•・][“”"]?(?=\p{Script=Han})/gu, '·')
      // The dash between a tag's series name and its topic (风从东方来——国际人士谈…).
      .replace(/(?<=\p{Script=Han})一一(?=\p{Script=Han})/gu, '——');
    return `${open}${dotted}${close}`;
  });
}

/** A scanned page image (PNG, JPEG, TIFF) → lines with geometry, through tesseract (chi_sim). */
export async function readImage(path: string, options: ReadImageOptions = {}): Promise<SourcePage> {
  const ocr = options.ocr ?? tesseractTsv;
  const rows = parseTsv(await ocr(path, 3));
  const page = rows.find((r) => r.level === 1);
  // Tesseract keeps columns apart in its own lines; pieces of one row closer than 1.5 em are
  // one line (a head whose clauses or bracket tesseract set apart).
  let fragments = snapSizes(fragmentsFromRuns(joinOrphans(runsFromTsv(rows)), { gutterEm: 1.5 }));
  if (!fragments.length) throw new InputError('OCR found no text on the image', 'empty');
  const doubtful = new Map<Fragment, Set<number>>();
  fragments = await rereadHeads(path, fragments, ocr, doubtful);
  const body = bodySize(fragments);
  fragments = spellHeads(fragments, (f) => f.fontSize > 1.25 * body, doubtful);
  // A head wrapped over two lines is joined here: its bracket and tag fixes see it whole.
  const lines = orderFragments(fragments, { sizeTolerance: 1.17 }).map((l) =>
    l.fontSize && l.fontSize > 1.25 * body
      ? { ...l, text: curlyQuotes(columnTagDots(fixOcrBrackets(l.text))) }
      : l,
  );
  return { format: 'image', lines, width: page?.width, height: page?.height };
}

/** One reading of a head: its text and the mean confidence of its words. */
interface Reading {
  text: string;
  conf: number;
}

/**
 * Large bold heads come out of a whole-page pass with wrong characters (国 → 玉) that a pass
 * over the heads alone, shrunk to about 30 pixels a line, mostly gets right. Which characters
 * go wrong changes with the scale, so the heads are read at three line heights and each takes
 * the reading two of them agree on (a character misread at one scale is read right at the
 * others). The heads are cut out, scaled and stacked into one image a pass (psm 6, a block of
 * lines). PNG only (the reader decodes it itself); other images keep the first pass. The places
 * where the readings of a head disagree go into `doubtful`.
 */
async function rereadHeads(
  path: string,
  fragments: Fragment[],
  ocr: OcrTsv,
  doubtful: Map<Fragment, Set<number>>,
): Promise<Fragment[]> {
  const body = bodySize(fragments);
  const heads = fragments.filter((f) => f.fontSize > 1.25 * body && [...f.text].length >= 2);
  if (!heads.length) return fragments;
  const dir = await mkdtemp(join(tmpdir(), 'baoku-ocr-'));
  try {
    const page = decodePng(await readFile(path));
    if (!page) return fragments;
    const passes: Map<Fragment, Reading>[] = [];
    for (const px of lineHeights)
      passes.push(await readHeadsAt(page, heads, px, ocr, join(dir, `heads-${px}.png`)));
    const out: Fragment[] = [];
    for (const f of fragments) {
      const readings = passes.flatMap((pass) => pass.get(f) ?? []);
      let text = chooseReading(readings) ?? f.text;
      if (heads.includes(f)) {
        text = dropExtra(settleByWords(text, [f.text, ...readings.map((r) => r.text)]), [
          f.text,
          ...readings.map((r) => r.text),
        ]);
        text = await readCircled(page, f, text, ocr, join(dir, 'digit.png'));
        text = withTagDot(page, f.box, text);
      }
      const read = text === f.text ? f : { ...f, text };
      // Where the readings disagree: the places the body may correct (head-spelling.ts).
      if (heads.includes(f))
        doubtful.set(read, doubtfulPlaces(text, [f.text, ...readings.map((r) => r.text)]));
      out.push(read);
    }
    return out;
  } catch {
    // The first pass stands when the second cannot run.
    return fragments;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The head with the circled number that ends it read alone (head-ink.ts), if one does. */
async function readCircled(
  page: Gray,
  f: Fragment,
  text: string,
  ocr: OcrTsv,
  file: string,
): Promise<string> {
  const ring = endingRing(page, f.box);
  if (!ring) return text;
  await writeFile(file, encodePng(digitImage(page, ring)));
  let digits = '';
  try {
    // Psm 8, one word: ⑩ and above hold two digits.
    digits = parseTsv(await ocr(file, 8, { digits: true }))
      .filter((r) => r.level === 5)
      .map((r) => r.text.trim())
      .join('');
  } catch {
    // No English model: the head keeps its reading.
  }
  const circled = /^\d{1,2}$/.test(digits) ? circledDigit(Number(digits)) : undefined;
  return circled ? withCircled(text, circled) : text;
}

/** Line heights (pixels) the heads are reread at; the middle one wins ties. */
const lineHeights = [30, 24, 36];

/**
 * The reading two passes agree on exactly; else the first (the middle line height). A vote of
 * the nearest reading (least edit distance) did worse: two passes that misread differently
 * out-vote the one that read right. Readings that close a bracket never opened (a lost （, a
 * ring's edge read as a second ）) lose to those that do not, when there are such.
 */
export function chooseReading(readings: Reading[]): string | undefined {
  const all = readings.map((r) => r.text).filter(Boolean);
  const whole = all.filter((t) => !closesUnopened(t));
  const texts = whole.length ? whole : all;
  return texts.find((t, i) => texts.indexOf(t) !== i) ?? texts[0];
}

/** A closing bracket with no opening one before it. */
function closesUnopened(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') depth--;
    if (depth < 0) return true;
  }
  return false;
}

/** Reads the heads cut out of the page, scaled to `px` pixels a line and stacked, in one pass. */
async function readHeadsAt(
  page: Gray,
  heads: Fragment[],
  px: number,
  ocr: OcrTsv,
  file: string,
): Promise<Map<Fragment, Reading>> {
  const gap = 24;
  const crops = heads.map((f) => {
    // A little paper around the head, less above and below: the lines of a wrapped head
    // stand close.
    const box = grownToInk(page, f.box);
    const padX = 0.3 * box.h;
    const padY = 0.12 * box.h;
    return cropShrink(page, box.x - padX, box.y - padY, box.w + 2 * padX, box.h + 2 * padY, box.h / px);
  });
  const { image, tops } = stack(crops, gap);
  await writeFile(file, encodePng(image));
  const rows = parseTsv(await ocr(file, 6));
  const found = new Map<Fragment, TsvRow[]>();
  for (const row of rows.filter((r) => r.level === 4)) {
    const cy = row.top + row.height / 2;
    const i = tops.findIndex((top, k) => cy >= top && cy <= top + crops[k].height);
    if (i < 0) continue;
    const words = rows.filter((w) => w.level === 5 && w.key === row.key && w.text.trim());
    found.set(heads[i], [...(found.get(heads[i]) ?? []), ...words]);
  }
  const readings = new Map<Fragment, Reading>();
  for (const [f, words] of found) {
    const text = columnTagDots(
      fixOcrBrackets(
        headGaps(unifyIdeographs(removeCjkSpaces(words.map((w) => w.text.trim()).join(' ')))),
      ).trim(),
    );
    const conf = words.reduce((sum, w) => sum + w.conf, 0) / Math.max(words.length, 1);
    if (text) readings.set(f, { text, conf });
  }
  return readings;
}
