import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { InputError, type SourcePage } from '../model.js';
import { removeCjkSpaces, unifyIdeographs } from './layout-glyphs.js';
import { type Fragment, fragmentsFromRuns, type TextRun } from './layout-lines.js';
import { bodySize, orderFragments } from './layout-order.js';
import { cropShrink, decodePng, encodePng, stack } from './png.js';

const run = promisify(execFile);

const missing =
  'OCR needs tesseract with Chinese data: install the Debian packages tesseract-ocr tesseract-ocr-chi-sim';

/** One row of tesseract's TSV output. */
interface TsvRow {
  level: number;
  key: string;
  left: number;
  top: number;
  width: number;
  height: number;
  text: string;
}

function parseTsv(tsv: string): TsvRow[] {
  const rows: TsvRow[] = [];
  for (const line of tsv.split('\n').slice(1)) {
    const cells = line.split('\t');
    if (cells.length < 12) continue;
    const [level, page, block, par, lineNum, , left, top, width, height, , ...text] = cells;
    rows.push({
      level: Number(level),
      key: `${page}.${block}.${par}.${lineNum}`,
      left: Number(left),
      top: Number(top),
      width: Number(width),
      height: Number(height),
      text: text.join('\t'),
    });
  }
  return rows;
}

/** Runs tesseract over an image and returns its TSV (words, lines, blocks with boxes). */
export async function tesseractTsv(path: string, psm = 3): Promise<string> {
  try {
    const { stdout } = await run(
      'tesseract',
      [path, 'stdout', '-l', 'chi_sim', '--psm', String(psm), 'tsv'],
      {
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
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
 * median height of its CJK words: the line box then spans two baselines and is too tall.
 */
function runsFromTsv(rows: TsvRow[]): TextRun[] {
  const lines = new Map<string, { row: TsvRow; words: TsvRow[] }>();
  for (const row of rows) {
    if (row.level === 4) lines.set(row.key, { row, words: [] });
    if (row.level === 5 && row.text.trim()) lines.get(row.key)?.words.push(row);
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
    const pieces: TsvRow[][] = [];
    for (const word of sorted) {
      const piece = pieces[pieces.length - 1];
      const last = piece?.[piece.length - 1];
      if (last && word.left - (last.left + last.width) <= 2 * wordHeight) piece.push(word);
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
      const height = cjkHeight(piece) ?? Math.min(row.height, wordHeight);
      const y0 = Math.min(...piece.map((w) => w.top));
      const y1 = Math.max(...piece.map((w) => w.top + w.height));
      runs.push({ text, x: x0, y: y0, w: x1 - x0, h: y1 - y0, baseline: y1, fontSize: height / 0.93 });
    }
  }
  return runs;
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
 * Tesseract reads the full-width opening bracket （ as 〈 or 《 while it gets the closing one
 * right: an opening angle bracket closed by a round one was a round one.
 */
export function fixOcrBrackets(text: string): string {
  return text
    .replace(/[〈《<]([^〈《<>〉》()（）]{1,40})([)）])/gu, '($1$2')
    .replace(/([(（])([^〈《<>〉》()（）]{1,40})[〉》>]/gu, '$1$2)');
}

/** OCR sizes wobble by a few pixels: sizes near the body size are the body size. */
function snapSizes(fragments: Fragment[]): Fragment[] {
  const body = bodySize(fragments.map((f) => ({ ...f, fontSize: Math.round(f.fontSize / 2) * 2 })));
  return fragments.map((f) =>
    Math.abs(f.fontSize / body - 1) < 0.17 ? { ...f, fontSize: body } : { ...f, text: headGaps(f.text) },
  );
}

/**
 * Tesseract reads the wide gap between two clauses of a head as a quote (抓紧春耕”确保…): a ”
 * between ideographs with no “ before it on the line, or a “ never closed after it, is a gap.
 * It reads the dash that opens a subtitle or ends a kicker (——) as 一一. Heads only: in body
 * text a quote opened on the line before closes like that, and 一一 is a word (一一握手).
 */
function headGaps(text: string): string {
  text = text.replace(/^一一(?=\p{Script=Han})/u, '——').replace(/(?<=\p{Script=Han}[，、]?)一一$/u, '——');
  return text.replace(/(?<=\p{Script=Han})[“”"](?=\p{Script=Han})/gu, (quote, at: number) => {
    // A closing quote with no opening one before it, or an opening one never closed after it.
    const lone = quote === '“' ? !text.slice(at + 1).includes('”') : !text.slice(0, at).includes('“');
    return lone ? ' ' : quote;
  });
}

/** Runs OCR over an image file with a page segmentation mode and returns tesseract's TSV. */
export type OcrTsv = (path: string, psm: number) => Promise<string>;

export interface ReadImageOptions {
  /** Where the TSV comes from: tesseract itself unless given (the evaluation caches it). */
  ocr?: OcrTsv;
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
  fragments = await rereadHeads(path, fragments, ocr);
  const lines = orderFragments(fragments, { sizeTolerance: 1.17 });
  return { format: 'image', lines, width: page?.width, height: page?.height };
}

/**
 * Large bold heads come out of a whole-page pass with wrong characters (国 → 玉) that a pass
 * over the heads alone, shrunk to about 32 pixels a line, gets right. The heads are cut out,
 * shrunk and stacked into one image read in one more pass (psm 6, a block of lines). PNG only
 * (the reader decodes it itself); other images keep the first pass.
 */
async function rereadHeads(path: string, fragments: Fragment[], ocr: OcrTsv): Promise<Fragment[]> {
  const body = bodySize(fragments);
  const heads = fragments.filter((f) => f.fontSize > 1.25 * body && [...f.text].length >= 2);
  if (!heads.length) return fragments;
  const dir = await mkdtemp(join(tmpdir(), 'baoku-ocr-'));
  try {
    const page = decodePng(await readFile(path));
    if (!page) return fragments;
    const gap = 24;
    const crops = heads.map((f) => {
      // A little paper around the head, less above and below: the lines of a wrapped head
      // stand close.
      const padX = 0.3 * f.box.h;
      const padY = 0.12 * f.box.h;
      return cropShrink(
        page,
        f.box.x - padX,
        f.box.y - padY,
        f.box.w + 2 * padX,
        f.box.h + 2 * padY,
        f.box.h / 30,
      );
    });
    const { image, tops } = stack(crops, gap);
    const stacked = join(dir, 'heads.png');
    await writeFile(stacked, encodePng(image));
    const rows = parseTsv(await ocr(stacked, 6));
    const texts = new Map<Fragment, string[]>();
    for (const row of rows.filter((r) => r.level === 4)) {
      const cy = row.top + row.height / 2;
      const i = tops.findIndex((top, k) => cy >= top && cy <= top + crops[k].height);
      if (i < 0) continue;
      const words = rows
        .filter((w) => w.level === 5 && w.key === row.key && w.text.trim())
        .map((w) => w.text.trim());
      const list = texts.get(heads[i]) ?? [];
      list.push(words.join(' '));
      texts.set(heads[i], list);
    }
    return fragments.map((f) => {
      const again = fixOcrBrackets(
        headGaps(unifyIdeographs(removeCjkSpaces((texts.get(f) ?? []).join(' ')))),
      ).trim();
      return again ? { ...f, text: again } : f;
    });
  } catch {
    // The first pass stands when the second cannot run.
    return fragments;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
