/**
 * Heads set vertically (竖排标题): their glyphs stand one under another, each a text run of its
 * own on its own baseline. Read as rows they would be cut into one-glyph lines, or glued to the
 * body line beside them; they are taken out first and made one fragment, read top to bottom.
 */
import { isCjk, unifyIdeographs } from './layout-glyphs.js';
import type { Fragment, TextRun } from './layout-lines.js';

/** The fewest glyphs that make a vertical head: two stacked glyphs could be anything. */
const leastGlyphs = 3;

/** A glyph alone on its row: no run of the page sits on its baseline within half an em of it. */
function standsAlone(run: TextRun, sameRow: TextRun[]): boolean {
  const em = run.fontSize;
  return sameRow.every(
    (other) => other === run || other.x > run.x + run.w + 0.5 * em || other.x + other.w < run.x - 0.5 * em,
  );
}

/**
 * Splits the runs into vertical heads (as fragments) and the rest. A vertical head is a chain
 * of at least three single CJK glyphs of one size, left edges aligned, each baseline about an
 * em (0.85–1.5) under the one before, every glyph alone on its row (body text set glyph by glyph
 * has neighbours an em apart).
 */
export function verticalHeads(runs: TextRun[]): { fragments: Fragment[]; rest: TextRun[] } {
  const glyphOf = (r: TextRun) => unifyIdeographs(r.text.trim());
  const glyphs = runs.filter((r) => [...glyphOf(r)].length === 1 && isCjk(glyphOf(r)));
  if (glyphs.length < leastGlyphs) return { fragments: [], rest: runs };
  const byBaseline = [...runs].sort((a, b) => a.baseline - b.baseline);
  // the runs on a glyph's row: a window of the baseline order, found by bisection (a page has
  // a few thousand runs, a good share of them single glyphs)
  const rowOf = (run: TextRun) => {
    const tolerance = 0.35 * run.fontSize;
    let lo = 0;
    let hi = byBaseline.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byBaseline[mid].baseline < run.baseline - tolerance) lo = mid + 1;
      else hi = mid;
    }
    const row: TextRun[] = [];
    for (let i = lo; i < byBaseline.length && byBaseline[i].baseline <= run.baseline + tolerance; i++)
      row.push(byBaseline[i]);
    return row;
  };
  const alone = glyphs.filter((g) => standsAlone(g, rowOf(g)));
  alone.sort((a, b) => a.x - b.x || a.baseline - b.baseline);
  const used = new Set<TextRun>();
  const fragments: Fragment[] = [];
  for (const start of alone) {
    if (used.has(start)) continue;
    const em = start.fontSize;
    const chain = [start];
    for (;;) {
      const last = chain[chain.length - 1];
      const next = alone.find(
        (g) =>
          !used.has(g) &&
          !chain.includes(g) &&
          Math.abs(g.fontSize - em) < 0.05 * em &&
          Math.abs(g.x - start.x) < 0.25 * em &&
          g.baseline - last.baseline >= 0.85 * em &&
          g.baseline - last.baseline <= 1.5 * em,
      );
      if (!next) break;
      chain.push(next);
    }
    if (chain.length < leastGlyphs) continue;
    for (const g of chain) used.add(g);
    const x0 = Math.min(...chain.map((g) => g.x));
    const x1 = Math.max(...chain.map((g) => g.x + g.w));
    const y0 = chain[0].y;
    const y1 = chain[chain.length - 1].y + chain[chain.length - 1].h;
    fragments.push({
      text: chain.map(glyphOf).join(''),
      box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 },
      fontSize: em,
      vertical: true,
    });
  }
  return { fragments, rest: used.size ? runs.filter((r) => !used.has(r)) : runs };
}
