import type { Box, Line, Page, SourcePage } from '../model.js';
import { boxUnion as union } from './box.js';

/** Line numbers an article was built from: `data.lines` from assemble, else its position range. */
function articleLines(article: Page['articles'][number]): number[] {
  const used = article.data?.lines;
  if (Array.isArray(used) && used.every((n) => typeof n === 'number')) return used as number[];
  if (!article.position) return [];
  const out: number[] = [];
  for (let n = article.position.start; n <= article.position.end; n++) out.push(n);
  return out;
}

/**
 * The areas of the page each article covers, in article order: the boxes of its lines, merged
 * into one rectangle per run of lines stacked in one column (a head, each column piece, a
 * caption). Empty for an article whose lines carry no geometry (text input).
 */
export function articleRegions(source: SourcePage, page: Page): Box[][] {
  const byNumber = new Map<number, Line>();
  for (const line of source.lines) if (line.box && line.text) byNumber.set(line.line, line);
  return page.articles.map((article) => {
    // A joined line (PDF, image) counts with each of its printed lines: a paragraph that runs
    // over two columns covers two rectangles, not the box around both.
    const lines = articleLines(article)
      .sort((a, b) => a - b)
      .flatMap((n) => {
        const line = byNumber.get(n);
        if (!line) return [];
        if (!line.printed?.length) return [line as Line & { box: Box }];
        return line.printed.map((p) => ({ text: p.text, line: n, box: p.box, fontSize: line.fontSize }));
      });
    const regions: Box[] = [];
    let run: Box[] = [];
    let last: (Line & { box: Box }) | undefined;
    for (const line of lines) {
      // Heads, body and captions are separate rectangles: a head is wider than the column.
      const stacked =
        last &&
        line.fontSize === last.fontSize &&
        line.box.y >= last.box.y &&
        line.box.y - (last.box.y + last.box.h) < 2 * last.box.h &&
        line.box.x < last.box.x + last.box.w &&
        last.box.x < line.box.x + line.box.w;
      if (!stacked && run.length) {
        regions.push(union(run));
        run = [];
      }
      run.push(line.box);
      last = line;
    }
    if (run.length) regions.push(union(run));
    return regions;
  });
}
