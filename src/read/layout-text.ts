/**
 * Text laid out as printed (`pdftotext -layout` and the like): the columns of a page stand side
 * by side on each line, set apart by runs of spaces. Read line by line it would interleave the
 * columns; instead it is read the way a PDF page is: each run of text a fragment on the
 * character grid (a line a row, a character a cell), put in reading order by the layout reader.
 */
import type { Line } from '../model.js';
import { charCount } from '../segment/chars.js';
import type { Fragment } from './layout-lines.js';
import { orderPrinted } from './layout-order.js';

/** Two or more spaces between text: a gutter, not a space inside a line. */
const gutter = / {2,}/g;
const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;
const insideGap = /\S {2,}\S/;

/** A run of text on a line and the cell it starts at. */
interface GridRun {
  start: number;
  text: string;
}

/** The runs of text of one line. */
function runsOf(text: string): GridRun[] {
  const runs: GridRun[] = [];
  const chars = [...text];
  let at = 0;
  for (const piece of text.split(gutter)) {
    const length = charCount(piece);
    const trimmed = piece.replace(/^ +/, '');
    if (trimmed) runs.push({ start: at + (length - charCount(trimmed)), text: trimmed.trimEnd() });
    at += length;
    // the gutter's spaces that split() dropped
    while (at < chars.length && chars[at] === ' ') at++;
  }
  return runs;
}

/**
 * Whether the lines set columns side by side: many lines hold two or more runs of CJK text
 * apart, and the runs on the right start at the same cells line after line (the columns' left
 * edges).
 */
export function isSideBySide(lines: Line[]): boolean {
  // most pages have no run of spaces inside a line at all: a quick count first
  let gapped = 0;
  // (two spaces in a row first, a native search: the pattern's engine call cost more, line by line)
  for (const line of lines) if (line.text.includes('  ') && insideGap.test(line.text)) gapped++;
  if (gapped < 6) return false;
  const filled = lines.filter((l) => l.text.trim());
  const starts = new Map<number, number>();
  let sideBySide = 0;
  for (const line of filled) {
    const runs = runsOf(line.text).filter((r) => cjk.test(r.text));
    if (runs.length < 2) continue;
    sideBySide++;
    for (const run of runs.slice(1)) starts.set(run.start, (starts.get(run.start) ?? 0) + 1);
  }
  if (sideBySide < 6 || sideBySide < 0.3 * filled.length) return false;
  // the commonest column edge, give or take a cell
  let aligned = 0;
  for (const start of starts.keys())
    aligned = Math.max(
      aligned,
      (starts.get(start - 1) ?? 0) + (starts.get(start) ?? 0) + (starts.get(start + 1) ?? 0),
    );
  return aligned >= 0.3 * sideBySide;
}

/**
 * The lines of a side-by-side page in reading order: column after column, each printed line as
 * it stands (the text reader then undoes the wraps, as for any hard-wrapped dump), a paragraph
 * start marked by the ideographic indent, a blank line where a column or a block ends.
 */
export function sideBySideLines(lines: Line[]): Line[] {
  // On the grid a character takes a cell; where a run starts comes from its place on the page,
  // where it ends does not: CJK glyphs are wider than a cell, and heads larger than body text.
  // A run longer than a column's line (a head) reaches on to the next run of its line, or across
  // the page when it stands alone there, so that it stands over the columns under it.
  const split = lines.map((line) => runsOf(line.text));
  const edges = columnEdges(split.flat().map((r) => r.start));
  const rows = split.map((row) => joinStrayRuns(row, edges));
  const runs = rows.flat();
  const columnChars = commonest(runs.map((r) => [...r.text].length).filter((n) => n >= 6)) ?? 0;
  const pageEnd = Math.max(...runs.map((r) => r.start + [...r.text].length));
  const fragments: Fragment[] = [];
  rows.forEach((row, y) => {
    row.forEach((run, k) => {
      const chars = [...run.text].length;
      const head = columnChars > 0 && chars > columnChars + 2;
      const end = head ? (row[k + 1]?.start ?? pageEnd + 2) - 2 : run.start + chars;
      fragments.push({
        text: run.text,
        box: { x: run.start, y, w: Math.max(chars, end - run.start), h: 1 },
        fontSize: 1,
      });
    });
  });
  const printed = orderPrinted(fragments).printed.filter((l) => l.box);
  // a column's left edge: where its leftmost line starts (others start there or indented)
  const edge = new Map<number, number>();
  for (const l of printed) edge.set(l.column ?? 0, Math.min(edge.get(l.column ?? 0) ?? Infinity, l.box!.x));
  const out: Line[] = [];
  printed.forEach((l, i) => {
    const before = printed[i - 1];
    if (before && (before.column !== l.column || l.box!.y - before.box!.y !== 1))
      out.push({ text: '', line: out.length + 1 });
    const indented = l.box!.x - (edge.get(l.column ?? 0) ?? 0) >= 2;
    out.push({ text: indented ? `　　${l.text}` : l.text, line: out.length + 1 });
  });
  return out;
}

function commonest(values: number[]): number | undefined {
  const count = new Map<number, number>();
  let best: number | undefined;
  for (const v of values) {
    count.set(v, (count.get(v) ?? 0) + 1);
    if (best === undefined || count.get(v)! > count.get(best)!) best = v;
  }
  return best;
}

/** The cells where columns start: starts shared by many lines. */
function columnEdges(starts: number[]): number[] {
  const count = new Map<number, number>();
  for (const x of starts) count.set(x, (count.get(x) ?? 0) + 1);
  return [...count].filter(([, n]) => n >= 0.04 * starts.length).map(([x]) => x);
}

/**
 * Two spaces inside a column's line (after a dateline, between names) also part runs: a run
 * that starts at no column edge (nor an indent's step in from one) goes on the run before it.
 */
function joinStrayRuns(row: GridRun[], edges: number[]): GridRun[] {
  const out: GridRun[] = [];
  for (const run of row) {
    const atColumn = edges.some((e) => run.start >= e - 1 && run.start <= e + 6);
    const last = out[out.length - 1];
    if (last && !atColumn) last.text += ` ${run.text}`;
    else out.push({ ...run });
  }
  return out;
}
