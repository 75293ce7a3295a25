/**
 * Fragments of a page → its lines in reading order, with blank lines between blocks.
 *
 * Reading order is a recursive XY cut: a region splits first at vertical gutters (columns, left
 * to right), else at wide horizontal gaps (bands, top to bottom); a head spanning several columns
 * blocks every gutter beside it, so it is read before the columns under it. A region that has
 * neither but still holds fragments side by side is cut just above the first such row.
 */
import type { Line } from '../model.js';
import { joinBlocks } from './layout-blocks.js';
import type { Fragment } from './layout-lines.js';

export interface OrderOptions {
  /** Two sizes whose ratio is below this are the same size (PDF: exact sizes; OCR: noisy). */
  sizeTolerance?: number;
}

interface Column {
  x0: number;
  x1: number;
}

interface Placed {
  fragment: Fragment;
  column: Column;
}

const left = (f: Fragment) => f.box.x;
const right = (f: Fragment) => f.box.x + f.box.w;
const top = (f: Fragment) => f.box.y;
const bottom = (f: Fragment) => f.box.y + f.box.h;

/** The size most characters are set in: the body text (of fragments or of text runs). */
export function bodySize(fragments: { fontSize: number; text: string }[]): number {
  const weight = new Map<number, number>();
  for (const f of fragments) {
    const size = Math.round(f.fontSize * 4) / 4;
    weight.set(size, (weight.get(size) ?? 0) + f.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best || 10;
}

/** Gaps in the projection of the fragments on one axis, wider than `min`: [start, end] pairs. */
function gaps(spans: [number, number][], min: number): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let reach = sorted[0]?.[1] ?? 0;
  for (const [start, end] of sorted.slice(1)) {
    if (start - reach >= min) out.push([reach, start]);
    reach = Math.max(reach, end);
  }
  return out;
}

function splitAt(
  fragments: Fragment[],
  cuts: [number, number][],
  key: (f: Fragment) => number,
): Fragment[][] {
  const parts: Fragment[][] = cuts.map(() => []);
  parts.push([]);
  for (const f of fragments) {
    let i = 0;
    while (i < cuts.length && key(f) >= cuts[i][1]) i++;
    parts[i].push(f);
  }
  return parts.filter((p) => p.length);
}

function extent(fragments: Fragment[]): Column {
  return {
    x0: Math.min(...fragments.map(left)),
    x1: Math.max(...fragments.map(right)),
  };
}

/**
 * Pieces of one row set apart, none in the body size: a running head (paper, date, page)
 * spread over the page's width. They are one line, not one block per column.
 */
function oneRow(fragments: Fragment[], em: number): Fragment | null {
  if (fragments.length < 2) return null;
  const overlap = fragments.every((f) => fragments.every((g) => top(f) < bottom(g) && top(g) < bottom(f)));
  const size = fragments[0].fontSize;
  if (!overlap || fragments.some((f) => Math.abs(f.fontSize / em - 1) < 0.06)) return null;
  if (fragments.some((f) => Math.abs(f.fontSize / size - 1) > 0.06)) return null;
  const sorted = [...fragments].sort((a, b) => left(a) - left(b));
  const x0 = left(sorted[0]);
  const y0 = Math.min(...sorted.map(top));
  const x1 = Math.max(...sorted.map(right));
  const y1 = Math.max(...sorted.map(bottom));
  return {
    text: sorted.map((f) => f.text).join(' '),
    box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 },
    fontSize: sorted[0].fontSize,
  };
}

/**
 * Parts (columns, left to right) with vertical heads (竖排) before the columns they head. A head
 * at an article's left edge already comes first; where the region ends in one, the heads stand
 * at their articles' right edges, each before the columns between it and the head on its left.
 */
function verticalHeadsFirst(parts: Fragment[][]): Fragment[][] {
  const isVertical = (part: Fragment[]) => part.every((f) => f.vertical);
  if (parts.length < 2 || !isVertical(parts[parts.length - 1])) return parts;
  const out: Fragment[][] = [];
  let group: Fragment[][] = [];
  for (const part of parts) {
    if (isVertical(part)) {
      out.push(part, ...group);
      group = [];
    } else group.push(part);
  }
  return [...out, ...group];
}

const isHead = (f: Fragment, em: number) => f.fontSize > 1.15 * em;

/** Whether the first fragments under `y` (those level with the topmost) include a head. */
function headsUnder(fragments: Fragment[], y: number, em: number): boolean {
  const below = fragments.filter((f) => top(f) >= y);
  if (!below.length) return false;
  const first = Math.min(...below.map(top));
  return below.some((f) => top(f) < first + 0.5 * em && isHead(f, em));
}

/**
 * Whether the column parts of a region all start afresh under `y`: each part that goes on
 * below either starts with a head, or starts no lower than the first text under the new heads
 * or level with the text under a later head (the columns of an article whose heads span only
 * some of them), or with a caption (a picture at the top of the column). A part that goes on elsewhere (the rest of a column under a picture) is one
 * article running on past `y`.
 */
function rowEndsAt(parts: Fragment[][], y: number, em: number): boolean {
  const below = parts.map((part) => part.filter((f) => top(f) >= y)).filter((b) => b.length);
  const headed = below.filter((b) => headsUnder(b, y, em));
  if (!headed.length) return false;
  const textTop = Math.min(...headed.flatMap((b) => b.filter((f) => !isHead(f, em)).map(top)));
  // Where text starts under a head further down: the columns of a later article, whose heads
  // stand in other parts, start level with its text there.
  const starts: number[] = [];
  for (const b of below) {
    const sorted = [...b].sort((f, g) => top(f) - top(g));
    sorted.forEach((f, i) => {
      if (i > 0 && isHead(sorted[i - 1], em) && !isHead(f, em)) starts.push(top(f));
    });
  }
  return below.every((b) => {
    if (headed.includes(b)) return true;
    const first = Math.min(...b.map(top));
    // A caption first: the column starts with a picture, set at the top of an article's column
    // as its heads are.
    const caption = b.filter((f) => top(f) < first + 0.5 * em).every((f) => f.fontSize < 0.94 * em);
    return caption || first <= textTop + 0.5 * em || starts.some((s) => Math.abs(s - first) < 0.5 * em);
  });
}

/** Orders the fragments of a region; `column` is the innermost column the region lies in. */
function orderRegion(fragments: Fragment[], column: Column, em: number, out: Placed[]): void {
  if (!fragments.length) return;
  const row = oneRow(fragments, em);
  if (row) {
    out.push({ fragment: row, column });
    return;
  }
  const vertical = gaps(
    fragments.map((f) => [left(f), right(f)]),
    0.9 * em,
  );
  const horizontal = gaps(
    fragments.map((f) => [top(f), bottom(f)]),
    1.0 * em,
  );
  // Gaps under which heads start: the ends of articles. Other gaps are white space inside the
  // articles' columns (a picture, the end of a shorter article beside a longer one).
  const headed = horizontal.filter((g) => headsUnder(fragments, g[1], em));
  if (vertical.length) {
    const parts = verticalHeadsFirst(splitAt(fragments, vertical, left));
    // A row of articles side by side ends at a gap under which heads start, when every column
    // part goes on under it with a head or with the text under those heads.
    const rowEnds = headed.filter((g) => rowEndsAt(parts, g[1], em));
    if (rowEnds.length) {
      for (const part of splitAt(fragments, rowEnds, top)) orderRegion(part, column, em, out);
      return;
    }
    // A gutter with heads on one side only runs beside short heads (the last column under
    // several articles): read the bands across it first, when there are bands.
    const withHeads = parts.map((part) => part.some((f) => isHead(f, em)));
    // Columns without heads go on with the article whose heads stand left of them: articles
    // side by side, each a part with heads and the headless columns after it, are read apart.
    if (withHeads[0] && !withHeads.every(Boolean)) {
      const articles: Fragment[][] = [];
      parts.forEach((part, i) => {
        if (withHeads[i]) articles.push([...part]);
        else articles[articles.length - 1].push(...part);
      });
      if (articles.length > 1) {
        for (const article of articles) orderRegion(article, extent(article), em, out);
        return;
      }
    }
    const lopsided = withHeads.some(Boolean) && !withHeads.every(Boolean);
    if (!(lopsided && horizontal.length)) {
      for (const part of parts) orderRegion(part, extent(part), em, out);
      return;
    }
  }
  if (horizontal.length) {
    const cuts = headed.length ? headed : horizontal;
    for (const part of splitAt(fragments, cuts, top)) orderRegion(part, column, em, out);
    return;
  }
  const sorted = [...fragments].sort((a, b) => top(a) - top(b) || left(a) - left(b));
  // Fragments side by side with no gutter through the whole region: cut above their row.
  for (let i = 1; i < sorted.length; i++) {
    const f = sorted[i];
    const beside = sorted.some((g) => g !== f && top(g) < bottom(f) && top(f) < bottom(g));
    if (!beside) continue;
    const cutY = Math.min(...sorted.filter((g) => top(g) < bottom(f) && top(f) < bottom(g)).map(top));
    const above = sorted.filter((g) => bottom(g) <= cutY + 0.01);
    if (!above.length || above.length === sorted.length) break;
    orderRegion(above, column, em, out);
    orderRegion(
      sorted.filter((g) => bottom(g) > cutY + 0.01),
      column,
      em,
      out,
    );
    return;
  }
  for (const f of sorted) out.push({ fragment: f, column });
}

/**
 * Lines in reading order, one per block (paragraph, head, caption), blank lines between; each
 * keeps its printed lines with their boxes. See `orderPrinted` for the printed lines themselves.
 */
export function orderFragments(fragments: Fragment[], options: OrderOptions = {}): Line[] {
  const { printed, indented } = orderPrinted(fragments, options);
  return joinBlocks(printed, indented);
}

/** Printed lines in reading order with blank lines between blocks, and the indented block starts. */
export function orderPrinted(
  fragments: Fragment[],
  options: OrderOptions = {},
): { printed: Line[]; indented: Set<Line> } {
  if (!fragments.length) return { printed: [], indented: new Set() };
  const tolerance = options.sizeTolerance ?? 1.06;
  const em = bodySize(fragments);
  const placed: Placed[] = [];
  orderRegion(fragments, extent(fragments), em, placed);
  const sameSize = (a: number, b: number) => Math.max(a, b) / Math.min(a, b) < tolerance;
  const isBody = (f: Fragment) => sameSize(f.fontSize, em);
  // The edges of the printed column a line stands in, for indents and full lines: the body
  // lines that share its x-range (a region the cut left whole may still hold columns).
  const edges = new Map<Placed, { x0: number; x1: number }>();
  const bodyByColumn = new Map<Column, Placed[]>();
  for (const p of placed) {
    if (!isBody(p.fragment)) continue;
    const list = bodyByColumn.get(p.column) ?? [];
    list.push(p);
    bodyByColumn.set(p.column, list);
  }
  const edgesOf = (p: Placed) => {
    const known = edges.get(p);
    if (known) return known;
    const f = p.fragment;
    let x0 = left(f);
    let x1 = right(f);
    for (const q of bodyByColumn.get(p.column) ?? []) {
      const g = q.fragment;
      if (left(g) < right(f) && left(f) < right(g)) {
        x0 = Math.min(x0, left(g));
        x1 = Math.max(x1, right(g));
      }
    }
    const found = { x0, x1 };
    edges.set(p, found);
    return found;
  };
  const indented = (p: Placed) => left(p.fragment) - edgesOf(p).x0 > 0.8 * p.fragment.fontSize;
  const full = (p: Placed) => edgesOf(p).x1 - right(p.fragment) < 1.2 * p.fragment.fontSize;

  /** Does `next` continue the paragraph `prev` is in (same block, no blank line)? */
  const continues = (prev: Placed, next: Placed): boolean => {
    const a = prev.fragment;
    const b = next.fragment;
    if (!sameSize(a.fontSize, b.fontSize)) return false;
    if (!isBody(a)) {
      // Heads and captions: the same size, stacked closely in one column, aligned left or on
      // the centre (a right-aligned credit under its caption is a block of its own).
      const aligned =
        Math.abs(left(a) - left(b)) < a.fontSize ||
        Math.abs(left(a) + right(a) - left(b) - right(b)) < 2 * a.fontSize;
      return prev.column === next.column && aligned && top(b) - bottom(a) < 1.2 * a.fontSize;
    }
    // Body: the paragraph runs on (across a picture or into the next column) when the line
    // before reaches the column's right edge and this one starts without an indent.
    return !indented(next) && full(prev);
  };

  // Captions set inside a paragraph (the body line after them runs on unindented) are moved to
  // the paragraph's end, so that the paragraph is not cut in two.
  const sequence: Placed[] = [];
  let pending: Placed[] = [];
  let lastBody: Placed | null = null;
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    if (isBody(p.fragment)) {
      if (pending.length && lastBody && !continues(lastBody, p)) {
        sequence.push(...pending);
        pending = [];
      }
      sequence.push(p);
      lastBody = p;
      continue;
    }
    let j = i;
    while (j < placed.length && !isBody(placed[j].fragment)) j++;
    const next = placed[j];
    const smaller = placed.slice(i, j).every((q) => q.fragment.fontSize < em);
    if (
      smaller &&
      lastBody &&
      next &&
      sequence[sequence.length - 1] === lastBody &&
      continues(lastBody, next)
    ) {
      pending.push(...placed.slice(i, j));
      i = j - 1;
      continue;
    }
    sequence.push(...pending, p);
    pending = [];
    lastBody = null;
  }
  sequence.push(...pending);

  // Column numbers on the page grid: the left edges of all columns clustered (within an em),
  // numbered from the left, so that a column keeps its number in every band.
  const lefts = [...new Set(placed.map((p) => p.column))].map((c) => c.x0).sort((a, b) => a - b);
  const grid: number[] = [];
  for (const x of lefts) if (!grid.length || x - grid[grid.length - 1] > em) grid.push(x);
  const columnNumber = (c: Column) => {
    let n = 0;
    while (n + 1 < grid.length && grid[n + 1] <= c.x0 + em) n++;
    return n;
  };
  const lines: Line[] = [];
  const indentedStarts = new Set<Line>();
  const push = (text: string, p?: Placed) => {
    const line: Line = { text, line: lines.length + 1 };
    if (p) {
      line.box = { ...p.fragment.box };
      line.fontSize = Math.round(p.fragment.fontSize * 100) / 100;
      line.column = columnNumber(p.column);
    }
    lines.push(line);
  };
  sequence.forEach((p, i) => {
    const prev = sequence[i - 1];
    const starts = !prev || !continues(prev, p);
    if (prev && starts) push('');
    push(p.fragment.text, p);
    // A paragraph indent is about 2 em; a line set further in is right-aligned or centred
    // (a jump line, a signature), not a paragraph start.
    const inset = left(p.fragment) - edgesOf(p).x0;
    if (starts && isBody(p.fragment) && indented(p) && inset < 3.5 * p.fragment.fontSize)
      indentedStarts.add(lines[lines.length - 1]);
  });
  return { printed: lines, indented: indentedStarts };
}
