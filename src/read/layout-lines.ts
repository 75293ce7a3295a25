/**
 * Positioned text runs (PDF text items, OCR words) → line fragments: runs on one baseline merged
 * left to right, split where the gap is wide enough to be a column gutter.
 */
import type { Box } from '../model.js';
import { isCjk, removeCjkSpaces, unifyIdeographs } from './layout-glyphs.js';
import { bodySize } from './layout-order.js';

/** A run of text as a reader finds it: top-left origin, in page units. */
export interface TextRun {
  text: string;
  x: number;
  /** Top of the run's em box. */
  y: number;
  w: number;
  h: number;
  /** Baseline y (PDF) or bottom of the box (OCR). */
  baseline: number;
  fontSize: number;
}

/** One line of text in one column: what the layout orders into the page's lines. */
export interface Fragment {
  text: string;
  box: Box;
  fontSize: number;
  /** Set vertically, read top to bottom (a 竖排 head). */
  vertical?: boolean;
}

/** Gaps wider than this many ems end a fragment (a gutter between columns). */
const defaultGutterEm = 1.5;
/** Gaps wider than this many ems inside a fragment are kept as a space (between title clauses). */
const spaceEm = 0.6;

/**
 * Spaces pdfjs puts inside a run stand for inter-glyph spacing (justified CJK lines); drop them
 * unless they are wide, measured from the run's width against the advance of its glyphs.
 */
function cleanRunText(run: TextRun): string {
  const text = unifyIdeographs(run.text);
  if (!/\s/.test(text)) return text;
  const spaces = (text.match(/\s+/g) ?? []).length;
  let advance = 0;
  for (const char of text.replace(/\s+/g, '')) advance += isCjk(char) ? 1 : 0.55;
  const perSpace = (run.w / run.fontSize - advance) / spaces;
  return perSpace >= spaceEm ? text.replace(/\s+/g, ' ') : removeCjkSpaces(text);
}

function joinText(left: string, right: string, gap: number, fontSize: number): string {
  if (!left) return right;
  const a = left[left.length - 1];
  const b = right[0];
  const bothCjk = isCjk(a) || isCjk(b);
  const wide = gap >= (bothCjk ? spaceEm : 0.15) * fontSize;
  return wide && a !== ' ' && b !== ' ' ? `${left} ${right}` : left + right;
}

/** A fragment being built: its text, edges, and the sizes of its runs with their character counts. */
interface OpenFragment {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  firstEm: number;
  lastEm: number;
  sizes: Map<number, number>;
}

/** The size of the middle character, the characters ordered by size. */
function medianSize(sizes: Map<number, number>): number {
  const ordered = [...sizes].sort((a, b) => a[0] - b[0]);
  let middle = Math.floor(ordered.reduce((n, [, count]) => n + count, 0) / 2);
  for (const [size, count] of ordered) {
    if (middle < count) return size;
    middle -= count;
  }
  return ordered[ordered.length - 1][0];
}

/**
 * The em a gap beside a run of size `em` is measured in. Runs of one size: the larger em. A run
 * beside one of another size (a head level with a body line of the next article): the smaller,
 * as text of two sizes on one baseline is two columns unless set close.
 */
function gutterScale(current: OpenFragment, em: number): number {
  const ratio = Math.max(em, current.lastEm) / Math.min(em, current.lastEm);
  return ratio > 1.2 ? Math.min(em, current.lastEm) : Math.max(em, current.firstEm);
}

/** Merges runs into fragments: same baseline (within a third of an em), left to right. */
export function fragmentsFromRuns(runs: TextRun[], options: { gutterEm?: number } = {}): Fragment[] {
  const gutterEm = options.gutterEm ?? defaultGutterEm;
  const visible = runs.filter((r) => r.text.trim() && r.w > 0 && r.fontSize > 0);
  visible.sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const run of visible) {
    const row = rows[rows.length - 1];
    const tolerance = 0.35 * Math.min(run.fontSize, row?.[0].fontSize ?? run.fontSize);
    if (row && Math.abs(row[0].baseline - run.baseline) <= tolerance) row.push(run);
    else rows.push([run]);
  }
  const bodyEm = bodySize(visible);
  const isBody = (r: TextRun) => Math.abs(r.fontSize / bodyEm - 1) < 0.06;
  const bodyRuns = visible.filter(isBody);
  /**
   * Whether the gap between a head run and the next lies over a column gutter of the body text
   * under them: heads of two articles side by side, level on the page, set no further apart
   * than their columns. The body lines just below the heads leave a gutter inside the gap (a
   * clause space in one head over several columns is narrower than a gutter, or off it).
   */
  const overGutter = (current: OpenFragment, run: TextRun): boolean => {
    const [a, b] = [current.x1, run.x];
    const tolerance = 0.1 * bodyEm;
    if (b - a < 0.9 * bodyEm) return false;
    // The first body lines under each head (one may have more lines of head than the other; a
    // column may start under a picture).
    const firstUnder = (x0: number, x1: number) => {
      const under = bodyRuns.filter((r) => r.y >= current.y1 && r.x < x1 && r.x + r.w > x0);
      const first = Math.min(...under.map((r) => r.y));
      return under.filter((r) => r.y < first + 15 * bodyEm);
    };
    const near = [...firstUnder(current.x0, a), ...firstUnder(b, run.x + run.w)];
    // The gutter of those lines: from the right edge of the column left of the gap's middle to
    // the left edge of the column right of it; the gap must hold it.
    const middle = (a + b) / 2;
    let g0 = -Infinity;
    let g1 = Infinity;
    for (const r of near) {
      if (r.x + r.w <= middle) g0 = Math.max(g0, r.x + r.w);
      else if (r.x >= middle) g1 = Math.min(g1, r.x);
      else return false;
    }
    // A head may overhang its column's right edge by a closing mark (half of a full-width one's
    // advance is blank); none starts before its column.
    const overhang = /[）)」』”’》〉】]$/.test(current.text.trim()) ? 0.5 * current.lastEm : 0.3 * bodyEm;
    return g1 - g0 >= 0.9 * bodyEm && a <= g0 + overhang && b >= g1 - tolerance;
  };
  const fragments: Fragment[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: OpenFragment | null = null;
    const flush = () => {
      if (!current) return;
      const text = current.text.trim();
      if (text) {
        fragments.push({
          text,
          box: { x: current.x0, y: current.y0, w: current.x1 - current.x0, h: current.y1 - current.y0 },
          fontSize: medianSize(current.sizes),
        });
      }
      current = null;
    };
    for (const run of row) {
      const text = cleanRunText(run);
      const em = run.fontSize;
      if (current && run.x - current.x1 > gutterEm * gutterScale(current, em)) flush();
      else if (current && em > 1.15 * bodyEm && overGutter(current, run)) flush();
      if (!current) {
        current = {
          text,
          x0: run.x,
          x1: run.x + run.w,
          y0: run.y,
          y1: run.y + run.h,
          firstEm: em,
          lastEm: em,
          sizes: new Map(),
        };
      } else {
        current.text = joinText(current.text, text, run.x - current.x1, em);
        current.x1 = Math.max(current.x1, run.x + run.w);
        current.y0 = Math.min(current.y0, run.y);
        current.y1 = Math.max(current.y1, run.y + run.h);
        current.lastEm = em;
      }
      // Weight the fragment's size by its characters.
      current.sizes.set(em, (current.sizes.get(em) ?? 0) + Math.max(1, text.length));
    }
    flush();
  }
  return fragments;
}
